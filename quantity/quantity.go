package quantity

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/article"
)

// The units of a Quantity. Currencies are ISO 4217 codes. Calendar units
// (year, date, time) and durations are kept apart: 2025 年 is the year 2025,
// 3 年 is three years.
const (
	Plain      = ""      // a count or a number whose unit is not read
	Percent    = "%"     // percent and percentage points
	BasisPoint = "bp"    // basis points, 基点
	Multiple   = "x"     // 100×, ten times, 100 倍
	USD        = "USD"   // $, US$, dollars, 美元
	EUR        = "EUR"   // €, euros, 欧元
	GBP        = "GBP"   // £, pounds, 英镑
	CNY        = "CNY"   // RMB, yuan, 元, 人民币
	YenOrYuan  = "¥"     // the sign ¥ (or ￥) alone: it matches JPY and CNY
	JPY        = "JPY"   // yen, 日元
	HKD        = "HKD"   // HK$, 港元
	AUD        = "AUD"   // A$, Australian dollars, 澳元
	CAD        = "CAD"   // C$, Canadian dollars, 加元
	TWD        = "TWD"   // NT$, NTD, New Taiwan dollars, 新臺幣
	CHF        = "CHF"   // SFr, CHF, Swiss francs, 瑞士法郎
	SGD        = "SGD"   // S$, SGD, Singapore dollars, 新加坡元
	KRW        = "KRW"   // KRW, Korean won, 韩元
	Year       = "year"  // a calendar year: Value 2025
	Date       = "date"  // Value YYYYMMDD, 00 for a part not stated
	Time       = "time"  // a time of day: Value HHMM
	Years      = "years" // a duration; so are the four below
	Months     = "months"
	Weeks      = "weeks"
	Days       = "days"
	Hours      = "hours"
	Minutes    = "minutes"
	Seconds    = "seconds" // also a time measured to the second: 2:13:38, 2 小时 13 分 38 秒
	// Decade is a decade, Value its first year as written (1880, or 80 for
	// 80 年代). Extract does not return decades; the check compares those
	// both languages write (see decadesIn).
	Decade = "decade"
	// Code is an identifier (an ISBN, a reference or model number, the
	// number in an address), Value 0: Text is compared as written.
	// Extract does not return identifiers; the check compares those both
	// languages write (see codesIn).
	Code = "code"
	// Label is the number of an article, a section or a chapter of a
	// text (第38条, Article 38), Value that number. Extract does not
	// return labels; the check compares those both languages write (see
	// labelsIn).
	Label = "label"
	// Quarter is a quarter of a year (第三季度, the third quarter, Q3),
	// Value its number. Extract does not return quarters; the check
	// compares those both languages name (see quartersIn).
	Quarter = "quarter"
)

// Quantity is one figure stated in a paragraph, with its normalised value and
// unit.
type Quantity struct {
	Lang article.Lang `json:"lang"`
	// Pair is the index of the pair in the article, 0-based; Check and
	// Candidates set it, Extract leaves it 0.
	Pair int `json:"pair"`
	// Start and End are the rune offsets of Text in the paragraph.
	Start int     `json:"start"`
	End   int     `json:"end"`
	Text  string  `json:"text"`
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
}

// Normalized returns the value and the unit as one short string, as a number
// claim records them: "110,000,000,000 USD", "27 %", "2026-02-04 date",
// "12:30 time", "6 months", "Q3", "18".
func (q Quantity) Normalized() string {
	if q.Unit == Code {
		return q.Text + " " + Code
	}
	v := formatValue(q.Value, q.Unit)
	if q.Unit == Plain || q.Unit == Quarter {
		return v // Q3 says its unit
	}
	return v + " " + q.Unit
}

// formatValue writes v for a person: dates in ISO 8601 (--02-04 when the
// year is missing), times as HH:MM, labels as written, other numbers with
// grouping commas.
func formatValue(v float64, unit string) string {
	n := int(math.Round(v))
	switch {
	case unit == Date && n%100 == 0 && n/10000 == 0:
		return fmt.Sprintf("--%02d", n/100%100)
	case unit == Date && n%100 == 0:
		return fmt.Sprintf("%04d-%02d", n/10000, n/100%100)
	case unit == Date && n/10000 == 0:
		return fmt.Sprintf("--%02d-%02d", n/100%100, n%100)
	case unit == Date:
		return fmt.Sprintf("%04d-%02d-%02d", n/10000, n/100%100, n%100)
	case unit == Time:
		return fmt.Sprintf("%02d:%02d", n/100, n%100)
	case unit == Quarter:
		return fmt.Sprintf("Q%d", n)
	case unit == Year || unit == Decade:
		return strconv.Itoa(n) // 2025, and 1880 for the 1880s
	}
	if unit == Label {
		return strconv.FormatFloat(v, 'f', -1, 64) // resolution 2189, article 2.2: no grouping
	}
	return groupDigits(strconv.FormatFloat(v, 'f', -1, 64))
}

// groupDigits puts a comma between each three digits of the integer part of
// a decimal number.
func groupDigits(s string) string {
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteString("." + frac)
	}
	return b.String()
}

// Extract returns the quantities stated in text, a paragraph in language
// lang, in the order they appear. Both languages are read by the same rules,
// so a Chinese paragraph quoting "$13 billion" and an English one quoting
// "1,000 亿美元" are read alike; lang only labels the result. It never fails:
// anything it cannot read is left out.
func Extract(text string, lang article.Lang) []Quantity {
	s := &scanner{rs: []rune(text), lang: lang}
	s.orig = s.rs
	s.rs = percentEscapes(latinZeros(widePoints(simplified(s.rs))))
	paths := urlPaths(text)
	maths := mathSpans(s.rs)
	tex := strings.Count(text, "$") >= 2 && (texCommandRe.MatchString(text) ||
		slices.ContainsFunc(maths, func(m [2]int) bool { return !mathNumberRe.MatchString(string(s.rs[m[0]+1 : m[1]-1])) }))
	for i := 0; i < len(s.rs); {
		if p := slices.IndexFunc(paths, func(p [2]int) bool { return i >= p[0] && i < p[1] }); p >= 0 {
			i = paths[p][1] // Document/1373163/1373163.htm: a page's name, no figure
			continue
		}
		if s.rs[i] == '$' && (tex || slices.ContainsFunc(maths, func(m [2]int) bool { return i == m[0] })) {
			i++ // $.5$, $2.5\times 3=7.5$: a formula's dollar signs name no currency, nor any in a text that sets formulas ($0/1$)
			continue
		}
		m := s.match(i)
		if m.end <= i {
			i++
			continue
		}
		if m.ok {
			s.emit(i, m)
		}
		i = m.end
	}
	s.sharedMonth()
	return s.out
}

// texCommandRe finds a command of TeX in a formula between dollar signs
// ($n \times n$): the text sets its formulas in TeX.
var texCommandRe = regexp.MustCompile(`\$[^$]{0,40}\\[A-Za-z]{2,}[^$]{0,40}\$`)

// urlPathRe finds a web address and, in its group, the path after its
// host: what names a page, not the host and its port (localhost:3000). The
// scheme may be left out where the host ends in a top-level domain's
// letters (firo.org/2021/01/28/…).
var urlPathRe = regexp.MustCompile(`(?i)(?:\bhttps?://[^\s/]+|\bwww\.[^\s/]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\b)(/[^\s，。；）」”"'<>]*)`)

// urlHostRe finds, in its group, the host of a web address after its
// scheme, up to its port: 2024.stateofjs.com names a site, no year.
var urlHostRe = regexp.MustCompile(`(?i)\bhttps?://([^\s/:?#，。；）」”"'<>]+)`)

// filePathRe finds, in its group, a file's path from the root, the home
// or the folder at hand, of two parts or more after no letter, digit, dot
// or slash (~/agilex_ws/src/build_map_2d.lua, /usr/lib64): a file's name,
// no figure. A path must hold a letter (not /01/28 of a date).
var filePathRe = regexp.MustCompile(`(?:^|[^\w/.])((?:~|\.\.?)?/[\w.\-]+(?:/[\w.\-]+)+/?)`)

// urlPaths returns where the hosts and paths of text's web addresses and
// the paths of its files stand, in runes.
func urlPaths(text string) [][2]int {
	if !strings.Contains(text, "/") {
		return nil
	}
	var out [][2]int
	span := func(b, e int) [2]int {
		return [2]int{utf8.RuneCountInString(text[:b]), utf8.RuneCountInString(text[:e])}
	}
	for _, m := range urlPathRe.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, span(m[2], m[3]))
	}
	if strings.Contains(text, "://") {
		for _, m := range urlHostRe.FindAllStringSubmatchIndex(text, -1) {
			out = append(out, span(m[2], m[3])) // https://2024.stateofjs.com: a site's name
		}
	}
	for _, m := range filePathRe.FindAllStringSubmatchIndex(text, -1) {
		if strings.IndexFunc(text[m[2]:m[3]], isLatin) >= 0 {
			out = append(out, span(m[2], m[3]))
		}
	}
	return out
}

// percentEscapes returns rs with the escapes of a web address made
// spaces (%3A%22状态+of+JS+2022%22): a byte's code in hexadecimal after %,
// after a letter, a digit, + or another escape, is no figure, nor is the
// number before it a percentage.
func percentEscapes(rs []rune) []rune {
	if !slices.Contains(rs, '%') {
		return rs
	}
	escape := func(k int) bool {
		return k >= 1 && escapesEnd(rs, k) > k && !isDigit(at(rs, k+3)) &&
			(isLatin(rs[k-1]) || isDigit(rs[k-1]) || rs[k-1] == '+' || k >= 3 && rs[k-3] == '%')
	}
	return replaceRunes(rs, func(i int) (rune, bool) {
		return ' ', escape(i) || escape(i-1) || escape(i-2)
	})
}

// replaceRunes returns rs with each rune that to replaces replaced, rs
// itself when to replaces none: the readers that rewrite a text keep its
// length, so that positions hold in both, and copy it only when they
// change it.
func replaceRunes(rs []rune, to func(i int) (rune, bool)) []rune {
	var out []rune
	for i := range rs {
		r, ok := to(i)
		if !ok || r == rs[i] {
			continue
		}
		if out == nil {
			out = slices.Clone(rs)
		}
		out[i] = r
	}
	if out == nil {
		return rs
	}
	return out
}

// widePoints returns rs with each full-width point or colon between two
// digits made a point or a colon (7．8 亿 is 7.8 亿, 09：03 is 09:03); rs
// itself when it has none. The length stays, so positions hold in both.
func widePoints(rs []rune) []rune {
	return replaceRunes(rs, func(i int) (rune, bool) {
		if i == 0 || i+1 >= len(rs) || !isDigit(rs[i-1]) || !isDigit(rs[i+1]) {
			return 0, false
		}
		switch rs[i] {
		case '．':
			return '.', true
		case '：':
			return ':', true
		}
		return 0, false
	})
}

// latinZeros returns rs with each letter O (o, Ｏ) between two Chinese
// digits made 〇, as Chinese text typed on a Latin keyboard writes a zero
// (六O二厂, Factory 602), and the letters a scanned page's text reads for
// Arabic digits made digits (ocrDigits); rs itself when it has none. The
// length stays.
func latinZeros(rs []rune) []rune {
	return ocrDigits(replaceRunes(rs, func(i int) (rune, bool) {
		if i == 0 || i+1 >= len(rs) || !strings.ContainsRune("OoＯ", rs[i]) {
			return 0, false
		}
		_, before := hanDigits[rs[i-1]]
		_, after := hanDigits[rs[i+1]]
		return '〇', before && after
	}))
}

// ocrDigits returns rs with the letters that text recognised from a
// scanned page reads for Arabic digits made those digits: O for 0 between
// digits (2O19, 100,0o0), after the digits that open a word when no
// letter follows (1O days, 2OO), or opening a decimal (P<O.05); l for 1
// between digits (2l3). Not in a word that opens with a letter (H2O,
// CO2), nor in a text that names a variable O. rs itself when it has none.
func ocrDigits(rs []rune) []rune {
	if !slices.ContainsFunc(rs, func(r rune) bool { return r == 'O' || r == 'o' || r == 'l' }) || namesO(rs) {
		return rs // "a cache line size of 2O, the low O bits": O names a variable
	}
	// digitBefore reports whether a digit stands before i, or before the
	// letters O that stand before it (2OO).
	digitBefore := func(i int) bool {
		k := i - 1
		for k >= 0 && (rs[k] == 'O' || rs[k] == 'o') {
			k--
		}
		return k >= 0 && isDigit(rs[k])
	}
	return replaceRunes(rs, func(i int) (rune, bool) {
		r := rs[i]
		switch {
		case r == 'l' && i > 0 && isDigit(rs[i-1]) && isDigit(at(rs, i+1)):
			return '1', true
		case r != 'O' && r != 'o':
			return 0, false
		case digitBefore(i) && isDigit(at(rs, i+1)):
			return '0', true
		case digitBefore(i) && opensWithDigits(rs, i) && (!isLatin(at(rs, i+1)) || at(rs, i+1) == r && !isLatin(at(rs, i+2))):
			return '0', true // 1O days, 2OO: not 2Ox, a name
		}
		return '0', (i == 0 || strings.ContainsRune(" (<>=≤≥~±", rs[i-1])) && at(rs, i+1) == '.' && isDigit(at(rs, i+2)) // P<O.05
	})
}

// namesO reports whether rs writes the letter O alone as a word, the name
// of a variable, which a power of two may then take (2O).
func namesO(rs []rune) bool {
	for i, r := range rs {
		if r == 'O' && (i == 0 || !isLatin(rs[i-1]) && !isDigit(rs[i-1])) && !isLatin(at(rs, i+1)) && !isDigit(at(rs, i+1)) && at(rs, i+1) != '.' {
			return true
		}
	}
	return false
}

// opensWithDigits reports whether the run of digits, points and commas
// that ends before i opens its word: no letter stands before it.
func opensWithDigits(rs []rune, i int) bool {
	k := i
	for k > 0 && (isDigit(rs[k-1]) || strings.ContainsRune(".,Oo", rs[k-1]) && k-1 > 0 && isDigit(rs[k-2])) {
		k--
	}
	return k == 0 || !isLatin(rs[k-1])
}

// scanner reads one paragraph.
type scanner struct {
	rs   []rune
	orig []rune // the text as written, when rs reads some characters as others; else nil
	lang article.Lang
	out  []Quantity
	// roc says whether the text counts its years from 民國: 0 not yet
	// looked for, 1 it does, 2 it does not.
	roc int8
	// twd says, the same way, whether the text names New Taiwan dollars
	// (新臺幣), and so counts its amounts in 元 alone in them.
	twd int8
	// titled says, the same way, whether the text capitalises its
	// words as a headline does (see headline).
	titled int8
}

// match is what a reader found at a position: end is how far it read (at or
// before the position when it read nothing); ok says whether what it read is
// a quantity, or something to step over, such as a name or a vague amount.
type match struct {
	end   int
	ok    bool
	value float64
	unit  string
}

// skip is a match that steps over runes up to end without a quantity.
func skip(end int) match { return match{end: end} }

// found is a quantity ending at end.
func found(end int, value float64, unit string) match {
	return match{end: end, ok: true, value: value, unit: unit}
}

func (s *scanner) emit(start int, m match) {
	if math.IsNaN(m.value) || math.IsInf(m.value, 0) || m.value < 0 || m.end > len(s.rs) {
		return
	}
	if _, base := s.hasOneOf(m.end, "进制", "进位", "進制", "進位"); base && m.unit == Plain && s.lang == article.ZH {
		return // 十六进制, 二进制: hexadecimal, binary, a base's name
	}
	if m.unit == Minutes && s.arcMinutes(start) {
		m.unit = Plain // 40 degrees 26 minutes north: minutes of arc, as 40度26分 counts them
	}
	s.out = append(s.out, Quantity{
		Lang: s.lang, Start: start, End: m.end,
		Text: string(s.written()[start:m.end]), Value: m.value, Unit: m.unit,
	})
}

// arcMinutes reports whether minutes at i follow degrees ("40 degrees 26
// minutes", "One Six Zero Degrees, Five Two Minutes"): minutes of an
// angle, not of time.
func (s *scanner) arcMinutes(i int) bool {
	before := strings.ToLower(strings.TrimRight(string(s.rs[max(0, i-10):i]), " ,"))
	return strings.HasSuffix(before, "degrees") || strings.HasSuffix(before, "degree") || strings.HasSuffix(before, "°")
}

// written returns the text as written, which a quantity's Text quotes.
func (s *scanner) written() []rune {
	if len(s.orig) == len(s.rs) {
		return s.orig
	}
	return s.rs
}

// match tries every reader that can start with the rune at i.
func (s *scanner) match(i int) match {
	r := s.rs[i]
	switch {
	case isDigit(r):
		return s.arabicAt(i, i, "")
	case isLatin(r):
		return s.latinWord(i)
	case isHan(r):
		return s.hanAt(i)
	case r == '.' && isDigit(s.at(i+1)) && s.bareDecimal(i+1):
		return s.arabicAt(i, i+1, "") // .08%
	case r == '<':
		if e, ok := s.markupTag(i); ok {
			return skip(e) // <seg id="8">: markup a corpus or a page left in
		}
	}
	if cur, after := s.currencySign(i); cur != "" {
		return s.amountAfterSign(i, after, cur)
	}
	return skip(i)
}

// markupTag returns the end of an SGML or HTML tag at i (<seg id="8">,
// </p>, <br/>): a letter or a slash after <, a name of letters and digits,
// then attributes up to > on the same line. Not a comparison (<5%, x < 3).
func (s *scanner) markupTag(i int) (int, bool) {
	k := i + 1
	if s.at(k) == '/' {
		k++
	}
	if !isLatin(s.at(k)) {
		return i, false
	}
	for isLatin(s.at(k)) || isDigit(s.at(k)) {
		k++
	}
	for e := k; e < len(s.rs) && e-i < 200; e++ {
		switch s.rs[e] {
		case '>':
			if e > k && !isSpace(s.at(k)) && s.at(k) != '/' {
				return i, false // <ab3x>: no tag name ends there
			}
			return e + 1, true
		case '<', '\n':
			return i, false
		}
	}
	return i, false
}

// at returns the rune at i, or 0 outside the text.
func (s *scanner) at(i int) rune {
	if i < 0 || i >= len(s.rs) {
		return 0
	}
	return s.rs[i]
}

// has reports whether the text at i starts with p, exactly.
func (s *scanner) has(i int, p string) bool {
	for _, r := range p {
		if s.at(i) != r {
			return false
		}
		i++
	}
	return true
}

// hasWord reports whether the text at i is the English word w (lower case),
// in any case, and not the start of a longer word; it returns the end.
func (s *scanner) hasWord(i int, w string) (int, bool) {
	for _, r := range w {
		if i >= len(s.rs) || unicode.ToLower(s.rs[i]) != r {
			return i, false
		}
		i++
	}
	return i, !isLatin(s.at(i))
}

// spaces skips at most two white-space runes, the most a figure and its unit
// are set apart by ("1,000 亿美元", "100  billion").
func (s *scanner) spaces(i int) int {
	for n := 0; n < 2 && unicode.IsSpace(s.at(i)); n++ {
		i++
	}
	return i
}

// wordEnd returns the end of the run of Latin letters starting at i.
func (s *scanner) wordEnd(i int) int {
	for isLatin(s.at(i)) {
		i++
	}
	return i
}

// alnumEnd returns the end of the run of Latin letters, digits and the
// punctuation names use (GPT-4.5, UTF-16) starting at i.
func (s *scanner) alnumEnd(i int) int {
	for {
		r := s.at(i)
		switch {
		case isLatin(r) || isDigit(r):
		case (r == '.' || r == '-') && (isDigit(s.at(i+1)) || isLatin(s.at(i+1))):
		default:
			return i
		}
		i++
	}
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// digitValue is the value of an ASCII or full-width digit.
func digitValue(r rune) int {
	if r >= '０' {
		return int(r - '０')
	}
	return int(r - '0')
}

func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isLatin(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

func isHan(r rune) bool { return article.IsHan(r) } // 〇 included

// isOtherLetter reports whether r is a letter of a script other than Han
// (Latin with accents, Greek, Cyrillic): digits attached to one are a name.
func isOtherLetter(r rune) bool { return unicode.IsLetter(r) && !isHan(r) }
