package quantity

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"tandem/article"
)

// Round 61, from the abstracts of Chinese medical journals (WMT's
// biomedical task): numbers that name a place in a molecule, versions, and
// the bounds of ages said another way.

// chemistryRe finds a part of a chemical name in English:
// dimethylthiazol-2-yl, carboxymethoxyphenyl, 5-hydroxytryptamine,
// 2H-tetrazolium.
var chemistryRe = regexp.MustCompile(`(?i)[a-z]yl\b|-yl|hydroxy|methyl|ethyl|phenyl|amino|chloro|fluoro|bromo|nitro|sulfo|carboxy|tetrazolium|thiazol|deoxy|phospho`)

// hanChemistryRe finds a Chinese chemical name after a locant and its
// hyphen: 5-羟色胺, 2-甲基, 4-氨基.
var hanChemistryRe = regexp.MustCompile(`^\s*[-－]\s*(?:羟|甲基|乙基|苯|氨基|氯|氟|溴|硝基|磺|羧|脱氧)`)

// locant reports whether q, a small whole number, gives a place in a
// molecule rather than an amount: joined by a hyphen or a comma to a
// chemical name (3-(4,5-dimethylthiazol-2-yl), 5 - 羟色胺), or the 3′ or 5′
// end of a strand of DNA (Bis-(3′-5′), "the 3' of the gene").
func locant(q Quantity, text string) bool {
	if q.Unit != Plain || q.Value < 1 || q.Value > 20 || strings.TrimLeft(q.Text, "0123456789") != "" {
		return false
	}
	rs := []rune(text)
	if q.End > len(rs) {
		return false
	}
	after, before := at(rs, q.End), at(rs, q.Start-1)
	if (q.Value == 3 || q.Value == 5) && strings.ContainsRune("′'’", after) {
		next := at(rs, q.End+1)
		return strings.ContainsRune("-–),，", next) || next == 0 || next == ' ' && !isDigit(at(rs, q.End+2))
	}
	joined := strings.ContainsRune("-,)]", after) || strings.ContainsRune("-,([", before) // 2-yl, (4,5-dimethyl
	if hanChemistryRe.MatchString(string(rs[q.End:min(len(rs), q.End+8)])) {
		return true
	}
	if !joined || unicode.Is(unicode.Han, after) || unicode.Is(unicode.Han, before) {
		return false
	}
	lo, hi := max(0, q.Start-30), min(len(rs), q.End+30)
	return chemistryRe.MatchString(string(rs[lo:hi]))
}

// versionNumber reports whether q numbers a version of a product (1.5版,
// version 2.0, C++11), which the other language may leave out.
func versionNumber(q Quantity, text string) bool {
	if q.Unit != Plain {
		return false
	}
	rs := []rune(text)
	if q.End > len(rs) {
		return false
	}
	k := q.End
	for at(rs, k) == '.' && isDigit(at(rs, k+1)) {
		k = decimalEnd(rs, k+1) // 1.1.1 版本: the parts after the figure read
	}
	if at(rs, k) == ' ' && at(rs, k+1) == '版' || at(rs, k) == '版' {
		return at(rs, q.Start-1) != '第' // 第3版 is an edition, a label
	}
	w := strings.ToLower(strings.TrimSpace(string(rs[max(0, q.Start-8):q.Start])))
	if strings.HasSuffix(w, "version") || strings.HasSuffix(w, " v") || w == "v" || strings.HasSuffix(w, "c++") {
		return true
	}
	// A name's second or later edition, N.0 after a capitalised word: the
	// Fintech Career Accelerator Scheme 2.0 (计划升级版), Industry 4.0.
	k = q.Start - 1
	b := k
	for b > 0 && isLatin(at(rs, b-1)) {
		b--
	}
	return len(q.Text) == 3 && q.Text[1:] == ".0" && at(rs, k) == ' ' && b < k && unicode.IsUpper(at(rs, b))
}

// ageBound returns why q, a bound of an age, stands for a figure the other
// language gives another way: the 0 that starts a range of ages (0-2月婴儿)
// where the English counts from birth or gives the upper bound alone
// ("under 6"); five years that end a range (6月龄至5岁) against 59 months;
// N岁及以上, N and over, against "more than N-1 years" (not N岁以上, which
// may be "over N").
func ageBound(q Quantity, mine, other *side) (Reason, bool) {
	if q.Lang == article.ZH && q.Value == 0 && q.Unit == Plain && strings.ContainsRune("-~～至到—", at([]rune(mine.text), q.End)) &&
		containsAny(strings.ToLower(other.text), "birth", "newborn", "under ", "up to ", "younger than", "less than") {
		return because("an age counted from 0, which the %s text counts from birth or bounds above", string(other.lang)), true
	}
	zh, en := mine, other
	if q.Lang != article.ZH {
		zh, en = other, mine
	}
	zrs, ers := []rune(zh.text), []rune(en.text)
	for _, z := range zh.unmatched {
		if r := at(zrs, z.End); r != '岁' && r != '歲' || z.Unit != Plain || z.Value != math.Trunc(z.Value) || z.Value < 1 {
			continue
		}
		for _, e := range en.unmatched {
			if z != q && e != q {
				continue
			}
			if e.Unit == Months && e.Value == 12*z.Value-1 {
				return because("an age of %s years as its last month, %s months", formatValue(z.Value, Plain), formatValue(e.Value, Plain)), true
			}
			andOver := string(zrs[z.End+1:min(len(zrs), z.End+4)]) == "及以上"
			before := strings.ToLower(string(ers[max(0, e.Start-14):e.Start]))
			if e.Value == z.Value-1 && andOver && containsAny(before, "more than", "over", "older than", "above") {
				return because("ages of %s and over: above %s", formatValue(z.Value, Plain), formatValue(e.Value, Plain)), true
			}
		}
	}
	return Reason{}, false
}

// rateBase reports whether q, in English, is the base of a rate ("3 per
// 1,000") that the Chinese writes with a per-mille or per-ten-thousand
// sign or word (3‰, 千分之三, 万分之五).
func rateBase(q Quantity, mine, other *side) bool {
	if q.Lang != article.EN || q.Value != 1000 && q.Value != 10000 {
		return false
	}
	rs := []rune(mine.text)
	if !strings.HasSuffix(strings.ToLower(string(rs[max(0, q.Start-4):q.Start])), "per ") {
		return false
	}
	if q.Value == 1000 {
		return containsAny(other.text, "‰", "千分之")
	}
	return containsAny(other.text, "‱", "万分之", "萬分之")
}

// groupsListed reports whether q, in English, counts the groups of a
// study ("divided into 5 groups") that the Chinese names one by one
// instead (分为正常对照组、模型组……和高剂量组).
func groupsListed(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Lang != article.EN || q.Unit != Plain || q.Value < 2 || q.Value > 12 || q.End > len(rs) {
		return false
	}
	if after := strings.ToLower(string(rs[q.End:min(len(rs), q.End+8)])); !strings.HasPrefix(after, " groups") && !strings.HasPrefix(after, " arms") {
		return false
	}
	_, list, ok := strings.Cut(other.text, "分为")
	if !ok {
		_, list, ok = strings.Cut(other.text, "分成")
	}
	if !ok {
		return false
	}
	if end := strings.IndexAny(list, "，。；：,;:"); end >= 0 {
		list = list[:end]
	}
	depth, items := 0, 1
	for _, r := range list {
		switch {
		case r == '(' || r == '（':
			depth++
		case r == ')' || r == '）':
			depth--
		case depth == 0 && strings.ContainsRune("、与與和及", r):
			items++
		}
	}
	return float64(items) == q.Value && strings.Count(list, "组")+strings.Count(list, "組") >= items
}

// powerWords are the words for raising to a power, by exponent, that a
// language says where the other writes a caret (x^2: "x squared", x的平方).
var powerWords = map[float64][]string{
	2: {"squared", "square", "平方"},
	3: {"cubed", "cube", "立方"},
}

// exponentRaised reports whether q is an exponent written after a caret
// that the other language writes raised, in superscript digits (2^256 and
// 2²⁵⁶).
func exponentRaised(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Unit != Plain || q.Value != math.Trunc(q.Value) || q.Start < 1 || q.End > len(rs) || rs[q.Start-1] != '^' {
		return false
	}
	return strings.Contains(other.text, strings.Map(func(r rune) rune { return superscripts[r-'0'] }, strconv.Itoa(int(q.Value))))
}

// exponentSaid reports whether q is an exponent written after a caret
// (x^2, 5^(3), π×10^2) that the other language says in words: squared
// or cubed, or for any exponent "to the 4th", "power", 次方 or 次幂.
// The caret is notation; the power is the same.
func exponentSaid(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Unit != Plain || q.Value != math.Trunc(q.Value) || q.Start < 1 || q.End > len(rs) {
		return false
	}
	k := q.Start - 1
	if rs[k] == '(' || rs[k] == '{' {
		k--
	}
	if k < 0 || rs[k] != '^' {
		return false
	}
	said := strings.ToLower(other.text)
	for _, w := range append(powerWords[q.Value], "次方", "次幂", "次冪", "power", "to the "+strconv.Itoa(int(q.Value))) {
		if strings.Contains(said, w) {
			return true
		}
	}
	return false
}
