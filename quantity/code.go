package quantity

import (
	"regexp"
	"slices"
	"strconv"
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
		if e := escapesEnd(rs, i); e > i+3 {
			out = append(out, Quantity{Lang: lang, Start: i, End: e, Text: string(rs[i:e]), Unit: Code})
			i = e // %E5%8C%97: the escapes of a web address, compared as written
			continue
		}
		if !isCodeRune(rs[i]) {
			i++
			continue
		}
		e := i
		for e < len(rs) {
			if isCodeRune(rs[e]) || isCodeSeparator(rs[e]) && e+1 < len(rs) && isCodeRune(rs[e+1]) && e > i {
				e++
			} else if k := spacedTimes(rs, e); k > e && e > i {
				e = k // 3000 × 3000: a size spaced
			} else {
				break
			}
		}
		if isCode(rs[i:e]) && (strongCode(rs[i:e]) || !overlaps(qs, i, e)) {
			out = append(out, Quantity{Lang: lang, Start: i, End: e, Text: string(rs[i:e]), Unit: Code})
		}
		i = e
	}
	return out
}

// escapesEnd returns where the escapes of a web address that start at i
// end (%E5%8C%97: each % and a byte's code in hexadecimal), i when none
// does.
func escapesEnd(rs []rune, i int) int {
	upperHex := func(r rune) bool { return isDigit(r) || r >= 'A' && r <= 'F' }
	for i+2 < len(rs) && rs[i] == '%' && upperHex(rs[i+1]) && upperHex(rs[i+2]) {
		i += 3
	}
	return i
}

// mathNumberRe is a number alone set as a formula: $0$, $.5$, $1.02$.
var mathNumberRe = regexp.MustCompile(`^(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)$`)

// mathSpans returns where the formulas of text written in TeX between
// dollar signs start and end, each with a digit: one with a sign of TeX or
// an operator and no digit opening it ($p_{t+1}$, $ T_1 $), one with a
// command of TeX ($2.5\times 3=7.5$), a power or an index unspaced
// ($10^9+7$) or a number alone ($.5$); not "$5
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
		formula := inner != "" && (!isDigit([]rune(inner)[0]) && strings.ContainsAny(inner, `_^\{}=+-<>`) || strings.ContainsRune(inner, '\\') ||
			strings.ContainsAny(inner, "^_") && inner == string(rs[i+1:e]))
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

// digitBeside returns the rune before (step -1) or after (step 1) k in
// run, past spaces.
func digitBeside(run []rune, k, step int) rune {
	k += step
	for k >= 0 && k < len(run) && run[k] == ' ' {
		k += step
	}
	return at(run, k)
}

// spacedTimes returns where the digits after a times sign spaced on
// either side begin, when the digit before e and the sign after it make a
// size (448 × 448, 3 ×3); else e.
func spacedTimes(rs []rune, e int) int {
	if e == 0 || !isDigit(rs[e-1]) {
		return e
	}
	k := e
	k = spacesOn(rs, k)
	if k == len(rs) || rs[k] != '×' && rs[k] != '*' {
		return e
	}
	d := k + 1
	d = spacesOn(rs, d)
	if d == len(rs) || !isDigit(rs[d]) || d-e == 1 {
		return e // 800×480 is read as a run already
	}
	return d
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
		if (run[k] == '×' || run[k] == '*') && isDigit(digitBeside(run, k, -1)) && isDigit(digitBeside(run, k, 1)) {
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
// more, which are a code's, not a value's; or two groups after capitals
// and a slash or a dash, a contract's or a file's number (CV/2015/03,
// EP/SP/224/22), whose year is no date.
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
	return groups >= 3 || digits >= 10 || groups == 2 && filePrefixRe.MatchString(string(run))
}

// filePrefixRe is the capitals that open a contract's or a file's number.
var filePrefixRe = regexp.MustCompile(`^[A-Z]{2,}[/-]`)

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
// formula or a size with or without spaces ($ t+1 $ and $t+1$, 448 × 448
// and 448×448), its times sign a star or a cross (5*200 and 5 × 200).
func sameCode(a, b string) bool {
	flat := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, " ", ""), "*", "×") }
	return strings.EqualFold(unversioned(a), unversioned(b)) || strings.ContainsAny(a, "$×*") && flat(a) == flat(b) ||
		sameNames(a, b)
}

// sameNames reports whether a and b are one list of names parted by
// slashes, each with a letter, in another order: H.265/H.264/VP9/VP8 and
// H.265/H.264/VP8/VP9. Not numbers alone (2023/10/12 and 2023/12/10).
func sameNames(a, b string) bool {
	names := func(s string) []string {
		parts := strings.Split(strings.ToUpper(s), "/")
		if len(parts) < 2 || slices.ContainsFunc(parts, func(p string) bool { return !strings.ContainsFunc(p, unicode.IsLetter) }) {
			return nil
		}
		slices.Sort(parts)
		return parts
	}
	na := names(a)
	return na != nil && slices.Equal(na, names(b))
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
// two of different shapes are not. Sizes are of one shape when they have
// as many sides.
func codeShape(s string) string {
	if strings.Trim(s, "0123456789. ×*") == "" && strings.ContainsAny(s, "×*") {
		return strings.Repeat("×", strings.Count(s, "×")+strings.Count(s, "*")) // a size: 448× 48 and 448 × 448, a side mistyped
	}
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

// prefixedYearRe is a year after the capitals that say which kind of year
// it is: MY2035 (a model year), FY2023.
var prefixedYearRe = regexp.MustCompile(`^[A-Z]{1,3}((?:19|20)[0-9]{2})$`)

// numberSetAlone reports whether q is a number alone set as a formula
// ($4$) whose value others, the figures of the other text, state outside
// a formula (four).
func numberSetAlone(q Quantity, others []Quantity) bool {
	inner, ok := strings.CutPrefix(q.Text, "$")
	inner, closed := strings.CutSuffix(inner, "$")
	if !ok || !closed || !mathNumberRe.MatchString(inner) {
		return false
	}
	v, err := strconv.ParseFloat(inner, 64)
	return err == nil && slices.ContainsFunc(others, func(o Quantity) bool { return sameValue(o.Value, v) && !strings.Contains(o.Text, "$") })
}

// codeMismatches returns the identifiers of the pair i that one language
// writes and the other does not, where the other writes one of the same
// shape that the first does not: 9787512415813 against 9787512415812.
// An identifier the other language leaves out, or writes in another form,
// is not reported, nor a year after capitals (MY2035) whose digits the
// other text writes.
func codeMismatches(i int, zh, en string, zhQs, enQs []Quantity) []Mismatch {
	sides := [2][]Quantity{codesIn(zh, article.ZH, zhQs), codesIn(en, article.EN, enQs)}
	qss := [2][]Quantity{zhQs, enQs}
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
	texts := [2]string{zh, en}
	var out []Mismatch
	for k := range sides {
		for n, q := range sides[k] {
			if !alone(n, sides[k], sides[1-k]) {
				continue
			}
			if y := prefixedYearRe.FindStringSubmatch(q.Text); y != nil && strings.Contains(texts[1-k], y[1]) {
				continue // MY2025—2035 and "between MY2025 and MY2035": the year the other writes without its letters
			}
			if numberSetAlone(q, qss[1-k]) {
				continue // $4$ 次减法 and "four steps": the number the other writes as a figure
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
