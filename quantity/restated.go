package quantity

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"tandem/article"
)

// Ways a translation restates a figure otherwise, from rounds 111 to 115:
// a size typed with k against KB, a machine's size code spelt out, a
// cook's scale in words or degrees, a list given by its range, a unit's
// note or heading, a doubling, two years clipped as a range, a figure in
// a word (billionaires, a tenner) and a margin in points as a compound.

// kiloTyped returns the figure of other that gives q's size in kilobytes,
// where one text types k after the number for them and Extract reads a
// thousand (页面大小为 64k and "64 KB").
func kiloTyped(q Quantity, mine, other *side) (Quantity, bool) {
	for _, o := range other.qs {
		if typedK(q.Text) && o.Value*1000 == q.Value && kilobytesAfter(o, other.text) ||
			typedK(o.Text) && q.Value*1000 == o.Value && kilobytesAfter(q, mine.text) {
			return o, true
		}
	}
	return Quantity{}, false
}

// typedK reports whether a figure as written ends in k or K after a digit.
func typedK(t string) bool {
	return len(t) >= 2 && (strings.HasSuffix(t, "k") || strings.HasSuffix(t, "K")) && isDigit(rune(t[len(t)-2]))
}

// kilobytesAfter reports whether KB, kB or KiB follows q in text.
func kilobytesAfter(q Quantity, text string) bool {
	rs := []rune(text)
	if q.End > len(rs) {
		return false
	}
	after := strings.TrimLeft(string(rs[q.End:]), " ")
	return strings.HasPrefix(after, "KB") || strings.HasPrefix(after, "kB") || strings.HasPrefix(after, "KiB")
}

// specCodeRe finds a machine's size written as a code, its cores and its
// memory: 4C16G, 64c128g.
var specCodeRe = regexp.MustCompile(`(?i)\b([0-9]+)c([0-9]+)g\b`)

// specGloss returns the code of a machine's size (4C16G) that q, in the
// words after it, spells out ("4C16G (4 CPU cores and 16 GB of memory)"),
// when the other text writes the code too.
func specGloss(q Quantity, mine, other *side) (string, bool) {
	rs := []rune(mine.text)
	if q.Unit != Plain || q.End > len(rs) {
		return "", false
	}
	before := string(rs[max(0, q.Start-40):q.Start])
	for _, m := range specCodeRe.FindAllStringSubmatch(before, -1) {
		if (m[1] == q.Text || m[2] == q.Text) && strings.Contains(strings.ToLower(other.text), strings.ToLower(m[0])) {
			return m[0], true
		}
	}
	return "", false
}

// cooksScale returns the English words of other that say what q, a
// Chinese cook's scale in tenths, says: how hot the oil (六成热, "medium-high
// heat", "smoking hot") or how done the meat (7分熟, 七成熟, "medium-well").
// Where the English says neither, the scale is left out and q is
// reported.
func cooksScale(q Quantity, mine, other *side) (string, bool) {
	rs := []rune(mine.text)
	if q.Lang != article.ZH || q.Value > 100 || q.End > len(rs) {
		return "", false
	}
	after := string(rs[q.End:])
	words := doneWords
	switch {
	case strings.HasSuffix(q.Text, "成") && (strings.HasPrefix(after, "热") || strings.HasPrefix(after, "熱")):
		words = heatWords
	case strings.HasSuffix(q.Text, "成") && strings.HasPrefix(after, "熟"), strings.HasPrefix(after, "分熟"):
	default:
		return "", false
	}
	return firstWordIn(strings.ToLower(other.text), words)
}

// cooksHeat returns the temperature in degrees Celsius of one text that a
// Chinese cook's scale of oil heat in the other says, at some 30 degrees a
// tenth: 六成热 and "180 °C", 五成油温 and "around 150 celsius". Either of
// the two may be q.
func cooksHeat(q Quantity, mine, other *side) (string, bool) {
	zh, en := mine, other
	if q.Lang == article.EN {
		zh, en = other, mine
	}
	heat := heatScaleRe.FindAllStringSubmatchIndex(zh.text, -1)
	if len(heat) == 0 {
		return "", false
	}
	degrees := celsiusRe.FindAllStringSubmatchIndex(en.text, -1)
	for _, h := range heat {
		tenths := hanOrDigitValue(zh.text[h[2]:h[3]])
		for _, d := range degrees {
			c, err := strconv.ParseFloat(en.text[d[2]:d[3]], 64)
			if err != nil || tenths <= 0 || math.Abs(c-30*tenths) > 30 {
				continue
			}
			if q.Lang == article.ZH && utf8.RuneCountInString(zh.text[:h[2]]) == q.Start {
				return en.text[d[0]:d[1]], true
			}
			if q.Lang == article.EN && utf8.RuneCountInString(en.text[:d[2]]) == q.Start {
				return zh.text[h[0]:h[1]], true
			}
		}
	}
	return "", false
}

// heatScaleRe finds a cook's scale of oil heat in tenths (六成热, 7成熱,
// 五成油温), its number in the group.
var heatScaleRe = regexp.MustCompile(`([0-9]|[一二三四五六七八九])\s*成\s*(?:热|熱|油温|油溫)`)

// celsiusRe finds a temperature in degrees Celsius, its number in the
// group.
var celsiusRe = regexp.MustCompile(`(?i)([0-9]{2,3})\s*(?:°\s*C\b|℃|degrees?\b|celsius\b)`)

// hanOrDigitValue is the value of one digit or one Chinese numeral
// character; 0 for anything else.
func hanOrDigitValue(s string) float64 {
	r, _ := utf8.DecodeRuneInString(s)
	if isDigit(r) {
		return float64(r - '0')
	}
	return float64(hanDigits[r])
}

// unitDefinedRe finds a note that defines one unit by another, as a
// translation adds for a reader who does not know it: 1 "jin" = 500 g,
// 1 mu ≈ 667 square metres, 1 里 = 500 米.
var unitDefinedRe = regexp.MustCompile(`\b1\s*["“'‘]?\s*(?:[A-Za-z]+|\p{Han}{1,2})\s*["”'’]?\s*[=≈]\s*[0-9][0-9.,]*\s*([A-Za-z]+|\p{Han}{1,2})`)

// unitDefined returns the note in text that defines a unit by a unit of
// length, area, weight or temperature, when q is one of its two numbers.
func unitDefined(q Quantity, text string) (string, bool) {
	if !strings.ContainsAny(text, "=≈") {
		return "", false
	}
	for _, m := range unitDefinedRe.FindAllStringSubmatchIndex(text, -1) {
		unit := text[m[2]:m[3]]
		if unit != "g" && !slices.ContainsFunc(measureUnits, func(u measure) bool { return strings.EqualFold(u.text, unit) }) {
			continue // 1 euro ≈ 1.77 yuan: a rate of exchange, a figure of its own
		}
		start, end := utf8.RuneCountInString(text[:m[0]]), utf8.RuneCountInString(text[:m[1]])
		if q.Start >= start && q.End <= end {
			return text[m[0]:m[1]], true
		}
	}
	return "", false
}

// unitHeading reports whether q, a scale or a unit written without
// digits, follows "unit:" as the heading of a table or a chart gives the
// unit of its figures: (单位：十亿美元) and "in $bn", "Unit: RMB million".
func unitHeading(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Start > len(rs) || strings.ContainsAny(q.Text, "0123456789") {
		return false
	}
	before := strings.ToLower(strings.TrimRight(string(rs[:q.Start]), " "))
	for _, h := range []string{"单位：", "单位:", "單位：", "單位:", "单位为", "單位為", "unit:", "units:"} {
		if strings.HasSuffix(before, h) {
			return true
		}
	}
	return false
}

// doubling returns the words of other that say a doubling, when q is a
// rise of 100 percent: "under-14 players by 100 per cent" and 翻倍增长,
// 增长100% and "doubled".
func doubling(q Quantity, other string) (string, bool) {
	if q.Unit != Percent || q.Value != 100 {
		return "", false
	}
	words := []string{"翻倍", "翻一番", "翻了一番", "增长一倍", "增加一倍", "增長一倍", "增加了一倍", "增长了一倍"}
	if q.Lang == article.ZH {
		words = []string{"doubled", "doubling", "doubles"}
	}
	lower := strings.ToLower(other)
	for _, w := range words {
		if strings.Contains(lower, w) {
			return w, true
		}
	}
	return "", false
}

// clippedRangeRe finds two years clipped to their last two digits and
// joined as a range: "the 08-09 crisis", "the 97/98 season".
var clippedRangeRe = regexp.MustCompile(`(?:^|[^0-9.,'’])([0-9]{2})[-–/]([0-9]{2})(?:[^0-9.,%]|$)`)

// clippedRange returns the range of two clipped years, in whichever text
// writes it, that q belongs to, when the other text states both years in
// full: "the 08-09 crisis" and 2008至2009年的危机.
func clippedRange(q Quantity, mine, other *side) (string, bool) {
	en, zh := mine, other
	if q.Lang == article.ZH {
		en, zh = other, mine
	}
	hasYear := func(clip string) bool {
		return slices.ContainsFunc(zh.qs, func(y Quantity) bool { return y.Unit == Year && int(y.Value)%100 == atoi(clip) })
	}
	for _, m := range clippedRangeRe.FindAllStringSubmatchIndex(en.text, -1) {
		a, b := en.text[m[2]:m[3]], en.text[m[4]:m[5]]
		if a >= b && !(a == "99" && b == "00") || !hasYear(a) || !hasYear(b) {
			continue
		}
		start, end := utf8.RuneCountInString(en.text[:m[2]]), utf8.RuneCountInString(en.text[:m[5]])
		switch {
		case q.Lang == article.EN && q.Start >= start && q.End <= end,
			q.Lang == article.ZH && q.Unit == Year && (int(q.Value)%100 == atoi(a) || int(q.Value)%100 == atoi(b)):
			return en.text[m[2]:m[5]], true
		}
	}
	return "", false
}

// atoi is the value of digits, 0 for anything else.
func atoi(digits string) int {
	n, _ := strconv.Atoi(digits)
	return n
}

// figureWords are English words that say a figure of a unit (any unit
// where it is ""): billionaires and a billionth count by a billion, a
// tenner is a note of ten pounds.
var figureWords = []struct {
	word  string
	value float64
	unit  string
}{{"billionaire", 1e9, ""}, {"billionth", 1e9, ""}, {"millionaire", 1e6, ""}, {"millionth", 1e6, ""},
	{"tenner", 10, GBP}, {"fiver", 5, GBP}}

// figureWord returns the word of other (figureWords) that says q:
// 身家十亿美元以上的富豪 and "billionaires", 突破10亿部 and "its billionth
// iPhone", 10英镑 and "a tenner".
func figureWord(q Quantity, other string) (string, bool) {
	lower := strings.ToLower(other)
	for _, w := range figureWords {
		if q.Value == w.value && (w.unit == "" || q.Unit == w.unit) && strings.Contains(lower, w.word) {
			return w.word, true
		}
	}
	return "", false
}

// pointLeadRe finds a margin in percentage points written as a compound
// before its noun, the number in words or digits: "a seven-point lead",
// "a 2.5-point gap".
var pointLeadRe = regexp.MustCompile(`(?i)\b([a-z]+|[0-9]+(?:\.[0-9]+)?)-points?\s+(?:lead|gap|margin|advantage|deficit|swing|drop|rise|fall|gain|jump|cut)`)

// pointLead returns the margin of other that states q, Chinese percentage
// points (个百分点), as a compound before its noun: 领先七个百分点 and "a
// seven-point lead".
func pointLead(q Quantity, other string) (string, bool) {
	if q.Lang != article.ZH || q.Unit != Percent || !strings.Contains(q.Text, "百分点") && !strings.Contains(q.Text, "百分點") {
		return "", false
	}
	for _, m := range pointLeadRe.FindAllStringSubmatchIndex(other, -1) {
		n := strings.ToLower(other[m[2]:m[3]])
		v, ok := wordNumbers[n]
		if n == "one" {
			v, ok = 1, true
		}
		if !ok {
			f, err := strconv.ParseFloat(n, 64)
			v, ok = f, err == nil
		}
		if ok && sameValue(v, q.Value) {
			return other[m[0]:m[1]], true
		}
	}
	return "", false
}

// heatWords and doneWords say in English how hot the oil and how done the
// meat, as a Chinese cook's scale in tenths does.
var (
	heatWords = []string{"smoking", "medium-high", "medium high", "high heat", "very hot", "shimmer", "moderately hot"}
	doneWords = []string{"rare", "medium", "well done", "well-done"}
)

// listRe finds a list of whole numbers in square brackets ([0,1,2,3]), or
// parted by commas, 、 and a last "and" or "or" (1, 2, 3, 4, 24, and 60).
var listRe = regexp.MustCompile(`\[\s*[0-9]+(?:\s*,\s*[0-9]+)+\s*\]|[0-9]+(?:\s*[,、，]\s*(?:and |or )?[0-9]+){2,}`)

// listNumberRe finds each number of a list.
var listNumberRe = regexp.MustCompile(`[0-9]+`)

// rangeListed returns the run, in mine's text, of three or more
// consecutive whole numbers of a list that q is a member of, when the
// other language states the run's first and last members as a range
// instead ([0,1,2,3,4,5,6,7] and 0到7; "1, 2, 3, …, 12, 24 and 36" and
// 1~12, 24, 36; not [1, 2, 3] and [1, 3, 3], a list the other writes too,
// nor a run with a number changed, which breaks it).
func rangeListed(q Quantity, mine, other *side) (string, bool) {
	if q.Unit != Plain || !strings.ContainsAny(mine.text, "[,、，") {
		return "", false
	}
	for _, loc := range listRe.FindAllStringIndex(mine.text, -1) {
		list := mine.text[loc[0]:loc[1]]
		nums := listNumberRe.FindAllStringIndex(list, -1)
		at := -1 // the number of the list that q is
		vs := make([]float64, len(nums))
		for k, n := range nums {
			v, _ := strconv.Atoi(list[n[0]:n[1]])
			vs[k] = float64(v)
			if utf8.RuneCountInString(mine.text[:loc[0]+n[0]]) == q.Start {
				at = k
			}
		}
		if at < 0 {
			continue
		}
		a, b := at, at
		for a > 0 && vs[a-1]+1 == vs[a] {
			a--
		}
		for b+1 < len(vs) && vs[b]+1 == vs[b+1] {
			b++
		}
		first, last := formatValue(vs[a], Plain), formatValue(vs[b], Plain)
		if b-a >= 2 && regexp.MustCompile(`(?:^|[^0-9])`+first+`\s*(?:到|至|-|–|~|～|to|through)\s*`+last+`(?:[^0-9]|$)`).MatchString(other.text) {
			return list[nums[a][0]:nums[b][1]], true
		}
	}
	return "", false
}
