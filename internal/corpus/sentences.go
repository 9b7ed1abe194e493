package corpus

import (
	"fmt"
	"strconv"
	"strings"
)

// sentence writes one sentence in both languages from one of the
// templates, with the same names and numbers on both sides.
func (w *writer) sentence() (string, string) {
	org, org2, person := w.pick(orgs), w.pick(orgs), w.pick(people)
	n1, n2, verb, verb2, adj := w.noun(), w.noun(), w.pick(verbs), w.pick(verbs), w.pick(adjs)
	year := strconv.Itoa(2019 + w.r.IntN(8))
	pct := strconv.Itoa(1+w.r.IntN(40)) + "." + strconv.Itoa(w.r.IntN(10))
	yi := 10 + w.r.IntN(4990) // in 亿 (hundreds of millions) of dollars
	amountZH, amountEN := grouped(yi)+" 亿美元", "$"+billions(yi)+" billion"
	switch w.r.IntN(8) {
	case 0:
		return fmt.Sprintf("%s表示,%s的%s在 %s 年%s了 %s%%。", zhName(org), adj.zh, n1.zh, year, verb.zh, pct),
			fmt.Sprintf("%s said %s %s %s %s%% in %s.", upper(org.en), adj.en, n1.en, verb.en, pct, year)
	case 1:
		return fmt.Sprintf("据%s称,%s%s,%s因此%s。", zhName(person), n1.zh, verb.zh, n2.zh, verb2.zh),
			fmt.Sprintf("According to %s, %s %s, and %s %s as a result.", person.en, n1.en, verb.en, n2.en, verb2.en)
	case 2:
		return fmt.Sprintf("%s的%s约为 %s,%s了 %s%%。", zhName(org), n1.zh, amountZH, verb.zh, pct),
			fmt.Sprintf("%s's %s was about %s, having %s %s%%.", upper(org.en), n1.en, amountEN, verb.en, pct)
	case 3:
		return fmt.Sprintf("%s认为,%s面临的风险%s。", zhName(person), n1.zh, adj.zh),
			fmt.Sprintf("%s argues that the risk facing %s is %s.", person.en, n1.en, adj.en)
	case 4:
		return fmt.Sprintf("在%s的推动下,%s和%s均%s。", zhName(org), n1.zh, n2.zh, verb.zh),
			fmt.Sprintf("Driven by %s, both %s and %s %s.", org.en, n1.en, n2.en, verb.en)
	case 5:
		return fmt.Sprintf("分析人士预计,到 %s 年%s将%s。", year, n1.zh, verb.zh),
			fmt.Sprintf("Analysts expect that by %s %s will have %s.", year, n1.en, verb.en)
	case 6:
		return fmt.Sprintf("%s与%s的%s协议规模达 %s。", zhName(org), zhName(org2), n1.zh, amountZH),
			fmt.Sprintf("The %s deal between %s and %s is worth %s.", strings.TrimPrefix(n1.en, "the "), org.en, org2.en, amountEN)
	}
	return fmt.Sprintf("这被视为对%s的警告:%s必须%s,否则%s将%s。", zhName(org), n1.zh, adj.zh, n2.zh, verb.zh),
		fmt.Sprintf("This is seen as a warning to %s: %s must be %s, or %s will have %s.", org.en, n1.en, adj.en, n2.en, verb.en)
}

// zhName puts spaces around a Latin name inside Chinese text, as the
// articles Tandem reads do.
func zhName(p pair) string {
	if strings.ContainsAny(p.zh, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") {
		return " " + p.zh + " "
	}
	return p.zh
}

// upper capitalises the first letter, for the start of a sentence.
func upper(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// grouped writes n with grouping commas: 1,350.
func grouped(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// billions writes n hundreds of millions as billions: 1,350 as 135, 25 as 2.5.
func billions(n int) string {
	if n%10 == 0 {
		return grouped(n / 10)
	}
	return grouped(n/10) + "." + strconv.Itoa(n%10)
}
