package quantity

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/article"
)

// Round 95's spans of time said two ways: a range of months from January
// and "the first four months", a range of years and the count of years it
// holds.

// firstMonths reports whether q and the other language name one part of
// a year from its start: a Chinese range of months from January (1—4月,
// 1月至6月, 1至9月) and the English "the first four months", "the first
// half", "the first quarter" or "the first three quarters", as economic
// news gives a year's figures so far.
func firstMonths(q Quantity, myText, otherText string) bool {
	if q.Lang == article.ZH {
		if n := rangeFromJanuary([]rune(myText), q.Start); q.Unit == Plain && q.Value == 1 && n > 1 && yearTo(otherText, n) {
			return true // the 1 of 1-9月 and "in the year to September"
		}
		v := int(q.Value+0.5) % 10000
		if q.Unit != Date || v%100 != 0 || v == 0 {
			return false // a month without its day
		}
		n := fromJanuary(q, []rune(myText))
		if n > 1 && yearTo(otherText, n) {
			return true // 今年1月至10月 and "in the year to October"
		}
		return (strings.Contains(otherText, "first") || strings.Contains(otherText, "First")) && n == monthsSaid(otherText)
	}
	before := strings.ToLower(string([]rune(myText)[:q.Start]))
	months := int(q.Value)
	switch v := int(q.Value+0.5) % 10000; {
	case q.Unit == Date && v%100 == 0 && v > 0 && strings.HasSuffix(before, "year to "):
		months = v / 100 // "in the year to September" and 今年头三个季度, 1-9月
		if slices.Contains(spanFromStart(otherText), months) {
			return true
		}
	case q.Unit != Months || !strings.HasSuffix(before, "first "):
		return false
	}
	rs := []rune(otherText)
	for i := range rs {
		if n := rangeFromJanuary(rs, i); n > 0 && n == months {
			return true
		}
	}
	return false
}

// monthsToRe finds a span of months named by its last month, as English
// news gives a period: "the three months to August", "12 months ending in
// June".
var monthsToRe = regexp.MustCompile(`(?i)\b([a-z]+|[0-9]{1,2}) months (?:to|ending|ending in|through) ([a-z]+)`)

// zhMonthRangeRe finds a Chinese range of months: 6月至8月, 6—8月, 六至八月.
var zhMonthRangeRe = regexp.MustCompile(`([0-9]{1,2}|[一二三四五六七八九十]{1,3})月?份?\s*[至到—–\-～~]\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})月`)

// monthsTo reports whether q is part of a span of months one language
// gives as a range (去年6月至8月) and the other by its length and its last
// month ("the three months to August"): q is the range's first or last
// month, or the span's length.
func monthsTo(q Quantity, myText, otherText string) bool {
	zh, en := myText, otherText
	if q.Lang == article.EN {
		zh, en = otherText, myText
	}
	var spans [][2]int // length and last month, of the English spans
	for _, m := range monthsToRe.FindAllStringSubmatch(en, -1) {
		n, ok := smallNumber(m[1])
		if !ok {
			n = wordNumbers[strings.ToLower(m[1])]
		}
		if last := fullMonths[strings.ToLower(m[2])]; last > 0 && n >= 2 && n <= 12 {
			spans = append(spans, [2]int{int(n), last})
		}
	}
	if len(spans) == 0 {
		return false
	}
	for _, m := range zhMonthRangeRe.FindAllStringSubmatchIndex(zh, -1) {
		a, okA := smallNumber(zh[m[2]:m[3]])
		b, okB := smallNumber(zh[m[4]:m[5]])
		if !okA || !okB || a < 1 || a > 12 || b < 1 || b > 12 {
			continue
		}
		n := (int(b)-int(a)+12)%12 + 1
		if !slices.Contains(spans, [2]int{n, int(b)}) {
			continue
		}
		if q.Lang == article.EN {
			return q.Unit == Months && int(q.Value) == n || q.Unit == Date && int(q.Value+0.5)%10000 == int(b)*100
		}
		start, end := utf8.RuneCountInString(zh[:m[0]]), utf8.RuneCountInString(zh[:m[1]])
		if q.Unit == Date && q.Start < end && q.End > start {
			return true
		}
	}
	return false
}

// spanFromStartRe finds the first quarters or months of a year in Chinese:
// 前三季度, 头三个季度, 前9个月.
var spanFromStartRe = regexp.MustCompile(`[前头頭]([1-4一二三四两兩])个?個?季度|[前头頭]([0-9]{1,2}|[一二三四五六七八九十]{1,2})个?個?月`)

// spanFromStart returns the months of each span from a year's start that
// the Chinese text names by its quarters or months (前三季度: 9).
func spanFromStart(text string) []int {
	var out []int
	for _, m := range spanFromStartRe.FindAllStringSubmatch(text, -1) {
		n, per := m[2], 1
		if m[1] != "" {
			n, per = m[1], 3
		}
		if v, ok := hanValue([]rune(n)); ok {
			out = append(out, int(v)*per)
		} else if v, err := strconv.Atoi(n); err == nil {
			out = append(out, v*per)
		}
	}
	return out
}

// yearTo reports whether text counts a year to the end of month m ("in the
// year to October", "the year to Oct"), as English news gives the months
// from January.
func yearTo(text string, m int) bool {
	rest := strings.ToLower(text)
	for {
		i := strings.Index(rest, "year to ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("year to "):]
		w := rest
		if e := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
			w = w[:e]
		}
		if fullMonths[w] == m || shortMonths[w] == m {
			return true
		}
	}
}

// fromJanuary returns the months a range from January that q, a Chinese
// month without its day, opens or ends spans (4 for each of 1 and 4月 in
// 1—4月); -1 when q is neither.
func fromJanuary(q Quantity, rs []rune) int {
	v := int(q.Value+0.5) % 10000
	if v%100 != 0 || v == 0 {
		return -1
	}
	if m := v / 100; m > 1 {
		k := q.Start - 1
		for k >= 0 && strings.ContainsRune(monthRangeMarks, rs[k]) {
			k--
		}
		for k >= 0 && strings.ContainsRune("月份", rs[k]) {
			k--
		}
		if k < q.Start-1 && k >= 0 && (rs[k] == '1' || rs[k] == '一') && (k == 0 || !isDigit(rs[k-1]) && !isHanNumeral(rs[k-1])) &&
			rangeFromJanuary(rs, k) == m {
			return m
		}
		return -1
	}
	if q.End < 2 || q.End > len(rs) || rs[q.End-1] != '月' {
		return -1
	}
	if n := rangeFromJanuary(rs, q.End-2); n > 0 {
		return n // 1月 and 2024年1月 opening 1月至6月
	}
	return -1
}

// monthRangeMarks join the two ends of a range of months, and the spaces
// beside them.
const monthRangeMarks = "至到—–-～~ "

// rangeFromJanuary returns the last month of a range of months that
// January opens at i (1—4月, 1月至6月份, 一至九月), 0 when none does.
func rangeFromJanuary(rs []rune, i int) int {
	if at(rs, i) != '1' && at(rs, i) != '一' || i > 0 && (isDigit(rs[i-1]) || isHanNumeral(rs[i-1])) {
		return 0
	}
	k := i + 1
	if at(rs, k) == '月' {
		k++
	}
	if at(rs, k) == '份' {
		k++
	}
	start := k
	for strings.ContainsRune(monthRangeMarks, at(rs, k)) {
		k++
	}
	if k == start {
		return 0
	}
	m, e := 0, k
	for e < len(rs) && e < k+2 && (isDigit(rs[e]) || isHanNumeral(rs[e])) {
		e++
	}
	switch run := string(rs[k:e]); {
	case e > k && isDigit(rs[k]):
		m, _ = strconv.Atoi(run)
	case e > k:
		v, _ := hanValue(rs[k:e])
		m = int(v)
	}
	if m < 2 || m > 12 || at(rs, e) != '月' {
		return 0
	}
	return m
}

// monthsSaid returns how many months from a year's start an English text
// names: "the first four months" 4, "the first half" 6, "the first
// quarter" 3, "the first three quarters" 9; 0 when it names none.
func monthsSaid(text string) int {
	lower := strings.ToLower(text)
	for _, p := range []struct {
		words  string
		months int
	}{{"first half", 6}, {"first quarter", 3}, {"first three quarters", 9}} {
		if strings.Contains(lower, p.words) {
			return p.months
		}
	}
	_, after, ok := strings.Cut(lower, "first ")
	if !ok {
		return 0
	}
	n, rest, _ := strings.Cut(after, " ")
	if !strings.HasPrefix(rest, "months") {
		return 0
	}
	if v, ok := wordNumbers[n]; ok {
		return int(v)
	}
	v, _ := strconv.Atoi(n)
	return v
}

// yearRangeRe finds a range of years (2025—2027年, 2021-2025).
var yearRangeRe = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*(?:年\s*)?[—–\-~～至到]\s*((?:19|20)[0-9]{2})(?:\s*年)?`)

// yearsSpanned reports whether q and the other language give one span of
// years: a range of them (《行动方案（2025—2027年）》) and a count of the
// years it holds, ends counted ("a plan for the next three years", "a
// three-year action plan"), where the text that counts them names neither
// end; q is one of the range's years or the count.
func yearsSpanned(q Quantity, myText string, others []Quantity, otherText string) bool {
	type span struct{ from, to int }
	spans := func(text string, start, end int) []span {
		var out []span
		for _, m := range yearRangeRe.FindAllStringSubmatchIndex(text, -1) {
			from, to := utf8.RuneCountInString(text[:m[0]]), utf8.RuneCountInString(text[:m[1]])
			if end > 0 && (start < from || end > to) {
				continue
			}
			a, _ := strconv.Atoi(text[m[2]:m[3]])
			b, _ := strconv.Atoi(text[m[4]:m[5]])
			if b > a {
				out = append(out, span{a, b})
			}
		}
		return out
	}
	names := func(text string, sp span) bool {
		return strings.Contains(text, strconv.Itoa(sp.from)) || strings.Contains(text, strconv.Itoa(sp.to))
	}
	if q.Unit == Years {
		return slices.ContainsFunc(spans(otherText, 0, 0), func(sp span) bool { return float64(sp.to-sp.from+1) == q.Value && !names(myText, sp) })
	}
	if q.Unit != Year && q.Unit != Plain || q.Value < 1900 || q.Value > 2099 || !slices.ContainsFunc(others, func(o Quantity) bool { return o.Unit == Years }) {
		return false // a year of a range, against a count of years
	}
	return slices.ContainsFunc(spans(myText, q.Start, q.End), func(sp span) bool {
		return !names(otherText, sp) && slices.ContainsFunc(others, func(o Quantity) bool { return o.Unit == Years && o.Value == float64(sp.to-sp.from+1) })
	})
}
