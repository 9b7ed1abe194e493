package quantity

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"tandem/article"
)

// Identifiers are not figures Extract returns: an ISBN (9787512415813), a
// reference number (424.10.37.20.01.001), a model (LP700-4) or the number
// in an address (zhihu.com/p/60474874) is no amount, and translators copy
// it as it is. So the check compares them as written: an identifier one
// language writes that the other does not, where the other writes one of
// the same shape instead, is a changed one.

// codesIn returns the identifiers of text, unit Code: a run of letters,
// digits and the separators . - / _ between them, with a digit, that has
// letters too, or three groups of digits or more, or seven digits or more.
// A run that a quantity of qs (the figures Extract read there) overlaps
// is a figure (10km, 2500000), unless its digits are more than a value
// compares (an ISBN of 13, 424.10.37.20.01.001: 424.10 is read).
func codesIn(text string, lang article.Lang, qs []Quantity) []Quantity {
	rs := []rune(text)
	var out []Quantity
	maths := mathSpans(rs)
	for i := 0; i < len(rs); {
		if len(maths) > 0 && i == maths[0][0] {
			out = append(out, Quantity{Lang: lang, Start: i, End: maths[0][1], Text: string(rs[i:maths[0][1]]), Unit: Code})
			i, maths = maths[0][1], maths[1:]
			continue
		}
		if !isCodeRune(rs[i]) {
			i++
			continue
		}
		e := i
		for e < len(rs) && (isCodeRune(rs[e]) || isCodeSeparator(rs[e]) && e+1 < len(rs) && isCodeRune(rs[e+1]) && e > i) {
			e++
		}
		if isCode(rs[i:e]) && (strongCode(rs[i:e]) || !overlaps(qs, i, e)) {
			out = append(out, Quantity{Lang: lang, Start: i, End: e, Text: string(rs[i:e]), Unit: Code})
		}
		i = e
	}
	return out
}

// mathNumberRe is a number alone set as a formula: $0$, $.5$, $1.02$.
var mathNumberRe = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$`)

// mathSpans returns where the formulas of text written in TeX between
// dollar signs start and end, each with a digit: one with a sign of TeX or
// an operator and no digit opening it ($p_{t+1}$, $ T_1 $), one with a
// command of TeX ($2.5\times 3=7.5$) or a number alone ($.5$); not "$5
// and $", amounts of money, nor `${cluster_1}`, a template's name. Each is
// compared as an identifier, the formula as written.
func mathSpans(rs []rune) [][2]int {
	var out [][2]int
	for i := 0; i < len(rs); i++ {
		if rs[i] != '$' {
			continue
		}
		e := i + 1
		for e < len(rs) && rs[e] != '$' && e-i < 120 {
			e++
		}
		if e == len(rs) || rs[e] != '$' {
			return out
		}
		inner := strings.TrimSpace(string(rs[i+1 : e]))
		formula := inner != "" && (!isDigit([]rune(inner)[0]) && strings.ContainsAny(inner, `_^\{}=+-<>`) || strings.ContainsRune(inner, '\\'))
		if (formula || mathNumberRe.MatchString(string(rs[i+1:e]))) && strings.ContainsAny(inner, "0123456789") && inner[0] != '{' && !strings.ContainsRune(inner, '`') {
			out = append(out, [2]int{i, e + 1})
			i = e
		}
	}
	return out
}

// formulaApart reports whether q stands in a formula of its text set in
// TeX ($\mu_0$, $t \geq 0$) that shares no figure with any formula of
// the other language: a formula that language leaves out, or one the
// pairing set beside another. A formula is an identifier, compared as
// written; its figures are no figures to report alone. A formula whose
// figures the other language's formulas share (the same sum with \times
// for \cdot, or two formulas for one) is checked figure by figure.
func formulaApart(q Quantity, mine, other *side) bool {
	if !strings.ContainsRune(mine.text, '$') {
		return false
	}
	spans := mathSpans([]rune(mine.text))
	at := slices.IndexFunc(spans, func(m [2]int) bool { return q.Start > m[0] && q.End < m[1] })
	if at < 0 {
		return false
	}
	var theirs [][2]int
	if strings.ContainsRune(other.text, '$') {
		theirs = mathSpans([]rune(other.text))
	}
	for _, f := range mine.qs {
		if f.Start <= spans[at][0] || f.End >= spans[at][1] {
			continue
		}
		for _, o := range other.qs {
			if sameValue(f.Value, o.Value) && slices.ContainsFunc(theirs, func(m [2]int) bool { return o.Start > m[0] && o.End < m[1] }) {
				return false
			}
		}
	}
	return true
}

// isCodeRune reports whether r is a letter or digit of an identifier:
// ASCII only, so that a Chinese word beside it stays out.
func isCodeRune(r rune) bool {
	return r < 128 && (isDigit(r) || unicode.IsLetter(r))
}

// isCodeSeparator reports whether r joins the parts of an identifier, or
// the sides of a size (800×480, 2*5-PIN).
func isCodeSeparator(r rune) bool { return strings.ContainsRune(".-/_×*", r) }

// isCode reports whether a run of letters, digits and separators is an
// identifier: a digit and a letter (LP700-4), or three groups of digits
// (424.10.37), or seven digits or more (an ISBN, a number in an address),
// or a size, digits either side of × or * (800×480, a 3×1 matrix).
func isCode(run []rune) bool {
	for k := 1; k+1 < len(run); k++ {
		if (run[k] == '×' || run[k] == '*') && isDigit(run[k-1]) && isDigit(run[k+1]) {
			return true
		}
	}
	digits, letters, groups := 0, 0, 0
	for k, r := range run {
		switch {
		case isDigit(r):
			digits++
			if k == 0 || !isDigit(run[k-1]) {
				groups++
			}
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits > 0 && (letters > 0 || groups >= 3 || digits >= 7)
}

// strongCode reports whether a run is an identifier even where Extract
// read a number in it: three groups of digits or more, or ten digits or
// more, which values compared to a relative 1e-9 do not tell apart.
func strongCode(run []rune) bool {
	digits, groups := 0, 0
	for k, r := range run {
		if isDigit(r) {
			digits++
			if k == 0 || !isDigit(run[k-1]) {
				groups++
			}
		}
	}
	return groups >= 3 || digits >= 10
}

// overlaps reports whether a quantity of qs overlaps runes [start, end).
func overlaps(qs []Quantity, start, end int) bool {
	for _, q := range qs {
		if q.Start < end && q.End > start {
			return true
		}
	}
	return false
}

// sameCode reports whether two identifiers are one: the same letters in
// any case, a version with or without its v (v4.0.5 and 4.0.5), a
// formula with or without spaces ($ t+1 $ and $t+1$).
func sameCode(a, b string) bool {
	return strings.EqualFold(unversioned(a), unversioned(b)) || strings.ContainsRune(a, '$') && strings.ReplaceAll(a, " ", "") == strings.ReplaceAll(b, " ", "")
}

// unversioned is s without the v that may open a version number.
func unversioned(s string) string {
	if len(s) > 1 && (s[0] == 'v' || s[0] == 'V') && isDigit(rune(s[1])) {
		return s[1:]
	}
	return s
}

// codeShape is an identifier with every digit made 9 and its letters in
// capitals, without a version's v: two identifiers of one shape may be
// one changed into the other (LP700-4 and LP700-5, v4.0.6 and 4.0.5),
// two of different shapes are not.
func codeShape(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case isDigit(r):
			return '9'
		case r == ' ':
			return -1 // $ t+1 $, a formula spaced
		}
		return unicode.ToUpper(r)
	}, unversioned(s))
}

// codeMismatches returns the identifiers of the pair i that one language
// writes and the other does not, where the other writes one of the same
// shape that the first does not: 9787512415813 against 9787512415812.
// An identifier the other language leaves out, or writes in another form,
// is not reported.
func codeMismatches(i int, zh, en string, zhQs, enQs []Quantity) []Mismatch {
	sides := [2][]Quantity{codesIn(zh, article.ZH, zhQs), codesIn(en, article.EN, enQs)}
	if len(sides[0]) == 0 || len(sides[1]) == 0 {
		return nil
	}
	// alone reports whether the n-th identifier of mine is written more
	// often up to there than others write it: v4.0.9 and v4.0.8 against
	// v4.0.8 twice leaves v4.0.9 alone on one side and a v4.0.8 on the other.
	alone := func(n int, mine, others []Quantity) bool {
		count := 0
		for _, m := range mine[:n+1] {
			if sameCode(m.Text, mine[n].Text) {
				count++
			}
		}
		for _, o := range others {
			if sameCode(o.Text, mine[n].Text) {
				count--
			}
		}
		return count > 0
	}
	var out []Mismatch
	for k := range sides {
		for n, q := range sides[k] {
			if !alone(n, sides[k], sides[1-k]) {
				continue
			}
			for m, o := range sides[1-k] {
				if codeShape(o.Text) == codeShape(q.Text) && alone(m, sides[1-k], sides[k]) {
					q.Pair = i
					out = append(out, mismatch(q, confPartner, because("no counterpart; the %s text writes %s", string(o.Lang), o.Text)))
					break
				}
			}
		}
	}
	return out
}
