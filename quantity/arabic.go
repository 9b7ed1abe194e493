package quantity

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/article"
)

// core is a number as written, before its scale and unit are read.
type core struct {
	start, end int // runes, including a currency sign before the number
	value      float64
	integer    bool   // no decimal part
	plainDigit bool   // Arabic digits without grouping commas
	digits     int    // digits before the decimal point
	scaled     bool   // a scale is part of it (一千亿, a million)
	han        bool   // written in Chinese numerals
	single     bool   // one Chinese numeral character (三, 两, 十)
	currency   string // from a sign before the number
	words      bool   // written in English words
}

// arabicAt reads a number in Arabic digits at i and what follows it. start is
// where the quantity begins (before a currency sign), cur the currency that
// sign names.
func (s *scanner) arabicAt(start, i int, cur string) match {
	if c, ok := s.amountBeforeDash(i); ok && start == i && cur == "" {
		cur = c // the 200m of $100m-200m, in the dollars of the first
	}
	if start == i && s.nameBefore(i) && !s.percentAfter(i) {
		if l := s.screwLength(i - 1); l > 0 {
			return skip(l) // M3x12mm: the diameter a name, the length after it a figure
		}
		return skip(s.alnumEnd(i))
	}
	if start == i && string(s.rs[i:s.alnumEnd(i)]) == "500" && s.indexBefore(i) {
		return skip(s.alnumEnd(i)) // 标普500指数, "Standard & Poor’s 500": an index's name
	}
	if start == i && s.at(i-1) == ',' && isDigit(s.at(i-2)) && s.alnumEnd(i) == i+3 && isDigit(s.at(i+2)) {
		return skip(s.alnumEnd(i)) // the 000 of n+1,000, a number already passed over
	}
	if e, ok := s.itemBeforeYear(start, i); ok {
		return skip(e) // 1.2015年排名: an item's number run into the year it opens with
	}
	if m, ok := s.numericDate(start, i); ok {
		return m // 12/31/08, 18-11-2003: a date in numbers
	}
	if m, ok := s.monthYear(start, i); ok {
		return m // 09/2014: a month
	}
	if e := s.thousandsMark(i - 2); e > 0 && start == i {
		return skip(e) // ('000): amounts in thousands, no figure
	}
	if strings.ContainsRune("'‘’", s.at(i-1)) && (isLatin(s.at(i-2)) || s.at(i-2) == '$') && s.has(i, "000") && !isDigit(s.at(i+3)) {
		return skip(i + 3) // RMB’000, HK$'000: a table's heading, amounts in thousands
	}
	c, ok := s.arabicCore(i)
	if ok && start == i && s.speakerLabel(c) {
		return skip(c.end + 1) // 播音员2：: the second announcer of a transcript, no figure
	}
	if ok && start == i && s.regionNumber(c) {
		return skip(c.end) // 华东 1（杭州）: a cloud's region, which English names by its city
	}
	if ok && start == i && s.itemBeforeShare(c) {
		return skip(c.end + 1) // 1：17.97%: the item 1, its share 17.97%; not a time
	}
	if ok && start == i && !c.integer && c.digits <= 2 && s.at(c.end) == '.' && isDigit(s.at(c.end+1)) && s.productBefore(i) {
		return skip(s.alnumEnd(c.end + 1)) // Volcano 1.7.0: a version, as v1.7.0 is; not a figure 1.7
	}
	if ok && start == i && s.equationNumber(c) {
		return skip(c.end + 1) // "= ln 2/ln(1+p). (1.7)": an equation's number, after it at the text's end
	}
	if e, ok := s.sectionNumber(i); ok && start == i {
		return skip(e) // 示例 1.1.1, 5.9.1: a section's or an example's number, not a figure 1.1
	}
	if strings.ContainsRune("·‧•", s.at(c.end)) && isDigit(s.at(c.end+1)) {
		return skip(s.alnumEnd(c.end + 1)) // 8·11, 7‧21元朗: the name of a day (元朗 is a place, Yuen Long)
	}
	if e, ok := s.subtitleTag(i); ok {
		return skip(e) // {\pos(288,255)}: where a subtitle stands on the screen
	}
	if g := s.spaces(c.end); ok && c.integer && slices.ContainsFunc(shapeWords, func(w string) bool { return s.has(g, w) }) {
		return skip(g + 2) // 16 进制: hexadecimal, a base named, as 十六进制 is; 12面体, a dodecahedron, a shape
	}
	if ok && start == i && c.value == 1 && s.monic(i, c.end) {
		return skip(c.end) // 首 1 多项式: a monic polynomial
	}
	if g := s.spaces(c.end); ok && start == i && string(s.rs[i:c.end]) == "01" && slices.ContainsFunc(binaryWords, func(w string) bool { return s.has(g, w) }) {
		return skip(c.end) // 01 矩阵, 01背包: a binary matrix, the 0-1 knapsack; no figure 1
	}
	if e, ok := s.powerSpelledOut(i); ok && start == i && cur == "" {
		return skip(e) // 2^31-1 (2,147,483,647), 231-1 with its superscript lost: the value in brackets is the figure
	}
	if e, ok := s.pluralSelector(i); ok && start == i {
		return skip(e) // {2} {^2:second;seconds}: the word chosen by slot 2's number, no figure
	}
	if s.at(i-1) == '双' || s.at(i-1) == '雙' {
		return skip(c.end) // 双11: a shopping day
	}
	if s.has(c.end, "人队") || s.has(c.end, "人隊") || string(s.rs[i:c.end]) == "007" {
		return skip(c.end) // 76人队: the Sixers, a team's name; 007: James Bond
	}
	if string(s.rs[i:c.end]) == "2019" && (s.has(s.spaces(c.end), "冠状病毒") || s.has(s.spaces(c.end), "冠狀病毒") || s.has(s.spaces(c.end), "新型冠状病毒")) {
		return skip(c.end) // 2019冠状病毒病, 2019冠狀病毒病: COVID-19's Chinese name, no year
	}
	if s.englishIdiom(i, c) {
		return skip(c.end) // a Catch 22: a bind, 进退两难
	}
	if e, ok := s.textSpeak(start, i, c); ok {
		return skip(e) // 2day, some1, "excited 2 take the stage": words, not figures
	}
	if e, ok := s.perfectVision(c); ok {
		return skip(e) // hindsight is 20-20: 事后诸葛亮
	}
	if ok && start == i && c.value == 101 && c.digits == 3 && s.courseBefore(i) {
		return skip(c.end) // Econ 101: the basics (经济学入门), a course's number
	}
	if e := s.subsections(c.end); e > c.end && ok && c.integer && start == i {
		return found(e, c.value, Plain) // 501(c)(3): a section of a law, its parts no figures
	}
	if start == i && s.listMarker(c) {
		return skip(c.end + 1) // routes: 1) by car; 2) by train
	}
	if _, ok := s.itemNumber(c.start, c.end); ok && start == i && c.integer && c.plainDigit {
		return skip(c.end) // 规定如下：1、… 2、…; "as follows:  1. Conducting …  2. …"
	}
	if s.decadeListed(c.end) {
		return skip(c.end) // 7、80 年代: the seventies and eighties
	}
	if v, e, ok := s.mixedFraction(c); ok && start == i {
		return found(e, v, Plain) // ages of 3, 4 1/2 and 6: 4岁半
	}
	if v, e, ok := s.spokenHalf(c); ok && start == i {
		return found(e, v, Plain) // 6斤半: 6.5 jin; 37块5: 37.5 yuan
	}
	if v, e, ok := s.fractionInWords(c); ok && start == i {
		return found(e, v, Plain) // 2 thirds of the time: 2/3
	}
	if y, ok := s.clippedYear(start, i, c); ok {
		return found(c.end, y, Year) // in '35: 1935年
	}
	if y, ok := s.clippedYearRange(start, i, c); ok {
		return found(c.end, y, Year) // 97-98 年: 1997 to 1998
	}
	if v, e, ok := s.powerOfTen(c); ok && start == i {
		return found(e, v, Plain) // 9.2×10^18: 9.2 quintillion
	}
	if k := s.spaces(c.end); (start == i || k == c.end) && (s.at(k) == '*' || s.at(k) == '×') && isDigit(s.at(s.spaces(k+1))) && (k == c.end || !s.tenToThe(s.spaces(k+1))) {
		return skip(s.alnumEnd(s.spaces(k + 1))) // 7*24: round the clock, not a figure; 3000 × 3000, a matrix's size; not USD 55 × 20/30, an amount spaced from its factor
	}
	if c.value == 24 && s.at(c.end) == '/' && s.at(c.end+1) == '7' && !isDigit(s.at(c.end+2)) {
		return skip(c.end + 2) // 24/7: round the clock, not a fraction or a date
	}
	if !ok || (s.at(i-1) == '第' || s.at(i-2) == '第' && isSpace(s.at(i-1)) || s.ordinalRangeEnd(i)) && !s.pageAfter(c.end) || start == i && s.labelBefore(i) && !s.sizeMeasured(i, c) && !s.isoDateAt(c) {
		return skip(c.end) // 第 3 次 is an ordinal; Section 3 a label; not "No 2017-12-05T22:40Z", a table's No before a date
	}
	if end, ok := decadeS(s.rs, c.end); ok && s.at(c.end) != 's' {
		if c.end == i+1 && start == i && s.lang == article.EN && !s.has(s.spaces(end), "complement") {
			return found(end, c.value, Plain) // 1's and 0's: the digits, 1 和 0; not 2's complement, 补码
		}
		return skip(end) // the 1930's, the 1930 ’ s: a decade
	}
	if isLatin(s.at(c.end)) && !s.suffixLetters(c.end, cur) && !(cur != "" && s.lang == article.ZH && s.nameAt(c.end)) {
		return s.attachedLetters(c, cur)
	}
	c.start, c.currency = start, cur
	return s.suffix(c)
}

// superscripts are the digits written raised, 0 to 9.
var superscripts = []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")

// powerOfTen reads a number in scientific notation after c: ×, x or *
// (spaced or not; × may have a space after it alone, 3.16× 10^7), 10 and
// the exponent after a caret or raised (9.2×10^18, 9.2×10 ^ 18, 3.5 x
// 10^-6, 6.02×10²³); or c is 10 with an exponent of 3 or more after a
// caret and no sign of multiplying before it (factors of 10^3: a thousand;
// not π×10^2, which a text may say as "10 squared"). It returns the value
// and where it ends.
func (s *scanner) powerOfTen(c core) (float64, int, bool) {
	k := s.spaces(c.end)
	if c.integer && c.digits == 2 && c.value == 10 && s.at(c.end) == '^' && !s.multipliedBefore(c.start) {
		if n, e, ok := s.exponent(c.end); ok && n >= 3 {
			return math.Pow(10, n), e, true
		}
	}
	if !strings.ContainsRune("×x*", s.at(k)) || s.at(k) != '×' && (k > c.end) != (s.at(k+1) == ' ') {
		return 0, 0, false
	}
	k = s.spaces(k + 1)
	if s.at(k) != '1' || s.at(k+1) != '0' {
		return 0, 0, false
	}
	n, e, ok := s.exponent(k + 2)
	return c.value * math.Pow(10, n), e, ok
}

// sectionNumber reads the number of an example or an exercise, of three
// or more parts of one or two digits each parted by single points, after
// its word (示例 1.1.1, Example 5.9.1): a textbook numbers them by its
// sections, and a translation may leave the number out. It returns where
// the number ends. A version (1.24.12) is compared as a code, a race's
// time (1.57.05) and a date (01.19.23) as figures.
func (s *scanner) sectionNumber(i int) (int, bool) {
	k := i - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	before := strings.ToLower(string(s.rs[max(0, k-7) : k+1]))
	if !slices.ContainsFunc(exampleWords, func(w string) bool { return strings.HasSuffix(before, w) }) {
		return i, false
	}
	e, parts := i, 0
	for {
		k := e
		for isDigit(s.at(k)) {
			k++
		}
		if k == e || k-e > 2 {
			return i, false
		}
		e, parts = k, parts+1
		if s.at(e) != '.' || !isDigit(s.at(e+1)) {
			break
		}
		e++
	}
	return e, parts >= 3 && !isLatin(s.at(e))
}

// equationNumber reports whether c, a number of a chapter and an item
// (1.7, 13.5), in brackets after a stop, ends the text: the number of the
// equation the text ends with, which a translation may leave out.
func (s *scanner) equationNumber(c core) bool {
	if c.integer || c.digits > 2 || c.end-c.start > 5 || s.at(c.start-1) != '(' || s.at(c.end) != ')' {
		return false
	}
	for k := c.end + 1; k < len(s.rs); k++ {
		if !isSpace(s.rs[k]) {
			return false
		}
	}
	k := c.start - 2
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	return s.at(k) == '.' || s.at(k) == '。'
}

// exampleWords name an example or an exercise before its number.
var exampleWords = []string{"示例", "例", "习题", "習題", "练习", "練習", "example", "exercise", "problem"}

// multipliedBefore reports whether a sign of multiplying, spaced or not,
// stands before i: π×10^2, 3 * 10^6, and as TeX writes it, 13.6 \cdot 10^6.
func (s *scanner) multipliedBefore(i int) bool {
	k := i - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	before := string(s.rs[max(0, k-5) : k+1])
	return strings.ContainsRune("×x*·", s.at(k)) || strings.HasSuffix(before, `\cdot`) || strings.HasSuffix(before, `\times`)
}

// exponent reads the exponent of 10 at k: after a caret (spaced or not,
// ^18, ^ -6) or raised (²³, ⁻⁶). It returns it, where it ends and whether
// there is one.
func (s *scanner) exponent(k int) (float64, int, bool) {
	raised := s.at(s.spaces(k)) != '^'
	if !raised {
		k = s.spaces(s.spaces(k) + 1) // 9.2×10 ^ 18, spaced
	}
	sign := 1.0
	if r := s.at(k); raised && r == '⁻' || !raised && (r == '-' || r == '−') {
		sign, k = -1, k+1
	}
	n, e := 0, k
	for ; e-k < 3; e++ {
		d := slices.Index(superscripts, s.at(e))
		if !raised {
			d = -1
			if isDigit(s.at(e)) {
				d = int(s.at(e) - '0')
			}
		}
		if d < 0 {
			break
		}
		n = 10*n + d
	}
	if e == k || isDigit(s.at(e)) || isLatin(s.at(e)) {
		return 0, 0, false
	}
	return sign * float64(n), e, true
}

// clippedYear reads a year written with its last two digits after an
// apostrophe that opens a word (in '35, the class of ’71,), as English
// speech clips it (see clippedCentury), or after ‘, the opening quote
// a word processor puts there (the ‘74 report) when no quote closes
// after it. Not before a word in lower case ('35 people, quoted) nor
// before s (the ’80s, a decade).
func (s *scanner) clippedYear(start, i int, c core) (float64, bool) {
	if start != i || c.han || !c.plainDigit || c.digits != 2 || c.end != i+2 ||
		!strings.ContainsRune("'’‘", s.at(i-1)) || i >= 2 && !isSpace(s.at(i-2)) && s.at(i-2) != '(' {
		return 0, false
	}
	switch after := s.at(c.end); {
	case after == 0, strings.ContainsRune(",;:!?)–—", after), after == '.' && !isDigit(s.at(c.end+1)):
	case s.at(i-1) == '‘' && isSpace(after) && !strings.ContainsRune(string(s.rs[c.end:min(len(s.rs), c.end+30)]), '’'):
	case isSpace(after) && !unicode.IsLower(s.at(s.spaces(c.end))) && !isDigit(s.at(s.spaces(c.end))):
	default:
		return 0, false
	}
	return clippedCentury(c.value), true
}

// clippedYearRange reads the first year of a range of years that a
// Chinese text writes with their last two digits, a hyphen and 年 after
// the last (97-98 年, 08-09 年金融危机: 1997 to 1998, 2008 to 2009): the
// first year of the twentieth century's second half or with a leading
// zero, as a span of years is seldom written (10-15年, 50-55年龄段), and
// the last a later year of the same decade or the next. Not a range of
// decades (50-60 年代).
func (s *scanner) clippedYearRange(start, i int, c core) (float64, bool) {
	if s.lang != article.ZH || start != i || c.han || !c.plainDigit || c.digits != 2 || c.end != i+2 || isDigit(s.at(i-1)) ||
		c.value >= 10 && c.value < 50 {
		return 0, false
	}
	k := s.spaces(c.end)
	if s.at(k) != '-' && s.at(k) != '–' {
		return 0, false
	}
	k = s.spaces(k + 1)
	if !isDigit(s.at(k)) || !isDigit(s.at(k+1)) || isDigit(s.at(k+2)) {
		return 0, false
	}
	e := s.spaces(k + 2)
	if s.at(e) != '年' || strings.ContainsRune("代龄齡级級纪紀", s.at(e+1)) {
		return 0, false
	}
	first, last := clippedCentury(c.value), clippedCentury(digitsValue(s.rs[k:k+2]))
	return first, last > first && last-first < 10
}

// courseBefore reports whether a capitalised word that is no month and
// does not begin a sentence, and a space, stand before i: the subject of
// an introductory course, as English names the basics of anything (Econ
// 101, Economics 101); or a subject's name in lower case (epidemiology
// 101).
func (s *scanner) courseBefore(i int) bool {
	if s.at(i-1) != ' ' {
		return false
	}
	k := i - 1
	for k > 0 && isLatin(s.at(k-1)) {
		k--
	}
	w := string(s.rs[k : i-1])
	if len(w) >= 6 && unicode.IsLower(s.at(k)) && (strings.HasSuffix(w, "ology") || strings.HasSuffix(w, "ics") || strings.HasSuffix(w, "omy")) {
		return true // epidemiology 101, economics 101: a subject's basics in lower case
	}
	if len(w) < 3 || !unicode.IsUpper(s.at(k)) || timeWord(strings.ToLower(w)) || isLatin(s.at(k-1)) {
		return false
	}
	b := k - 1
	for b >= 0 && isSpace(s.at(b)) {
		b--
	}
	if b >= 0 && (s.at(b) == '“' || s.at(b) == '"') {
		e := i + 3
		if s.at(e) == '.' || s.at(e) == ',' {
			e++
		}
		return s.at(e) == '”' || s.at(e) == '"' // “Econ 101.”: quoted whole, a name
	}
	return b >= 0 && !strings.ContainsRune(".!?:;", s.at(b)) // not a sentence's first word ("Some 101 people")
}

// subsections returns the end of the parts of a section of a law written
// after its number at i, each a letter or a number in brackets: (c)(3),
// (a); i itself when there is no lettered part first.
func (s *scanner) subsections(i int) int {
	if s.at(i) != '(' || !isLatin(s.at(i+1)) || s.at(i+2) != ')' {
		return i
	}
	for s.at(i) == '(' && (isLatin(s.at(i+1)) || isDigit(s.at(i+1))) && s.at(i+2) == ')' {
		i += 3
	}
	return i
}

// decadeListed reports whether a number ending at i is the first of a
// list or a range of decades: 7、80 年代, 70、80 年代, 50 至 60 年代, 20 和
// 30 年代.
func (s *scanner) decadeListed(i int) bool {
	if s.at(i) == ' ' && strings.ContainsRune(decadeRange+decadeAnd, s.at(i+1)) {
		i++ // 20 和 30 年代, typed with spaces
	}
	if !strings.ContainsRune("、,"+decadeRange+decadeAnd, s.at(i)) {
		return false
	}
	d := s.spaces(i + 1)
	if !isDigit(s.at(d)) || d > i+1 && !strings.ContainsRune(decadeRange+decadeAnd, s.at(i)) {
		return false
	}
	c, ok := s.arabicCore(d)
	k := s.spaces(c.end)
	return ok && (s.has(k, "年代") || s.decadeListed(c.end))
}

// percentAfter reports whether the digits at i are followed by a percent
// sign: GDP10% is 10 % of the GDP, not a name.
func (s *scanner) percentAfter(i int) bool {
	c, _ := s.arabicCore(i)
	return s.at(c.end) == '%' || s.at(c.end) == '％'
}

// labels are the words before a number that make it a label, not a
// figure: Section 5 is 第5条, Article 3, No. 7, world No 1 (capital N: "no 5" is
// a count), Group of 7 (七国集团), Division 1 (甲组, a league's first),
// Paragraph (2) (as a translation of a law marks each paragraph), theta 0
// (θ0, a variable's subscript).
var labels = []string{"section ", "article ", "chapter ", "clause ", "paragraph ", "resolution ",
	"division ", "no. ", "no.", "number ", "Group of ", "No ", "#", "size ", "subparagraph ",
	"paragraph (", "theta ", "alpha ", "beta ", "lambda ", "sigma ", "epsilon ", "RFC "}

// caseSensitiveLabel reports whether label l is one only with its capital:
// the Group of 7 and a group of 11 children, world No 1 and no 5 options,
// RFC 3986 (a standard's number).
func caseSensitiveLabel(l string) bool { return l == "Group of " || l == "No " || l == "RFC " }

// subtitleTag reports whether digits at i stand inside a subtitle's
// override tag ({\pos(288,255)}, {\fs20}, {pos(10,20)}), and returns the
// tag's end.
func (s *scanner) subtitleTag(i int) (int, bool) {
	b := i - 1
	for b >= 0 && i-b < 24 && s.at(b) != '{' && s.at(b) != '}' {
		b--
	}
	if s.at(b) != '{' || !(s.at(b+1) == '\\' || s.has(b+1, "pos(")) {
		return 0, false
	}
	for e := i; e < len(s.rs) && e-i < 24; e++ {
		if s.at(e) == '}' {
			return e + 1, true
		}
	}
	return 0, false
}

// rangeMarks are the marks between the two ends of a range: 216-217,
// 216～217, 216至217.
const rangeMarks = "-–—~～至到"

// powerSpelledOut reports whether the digits at i begin a power of 2 or
// 10, give or take a number, that the brackets after it spell out: 2^16 -
// 1 (65,535), and 216-1 (65,535) where a copy lost the superscript. Its
// parts are no figures; it returns where the brackets begin, so their
// value is read as the figure.
func (s *scanner) powerSpelledOut(i int) (int, bool) {
	e := i
	for isDigit(s.at(e)) {
		e++
	}
	digits := string(s.rs[i:e])
	var base, exp string
	if s.at(e) == '^' && isDigit(s.at(e+1)) {
		base, e = digits, e+1
		k := e
		for isDigit(s.at(e)) {
			e++
		}
		exp = string(s.rs[k:e])
	}
	k := s.spaces(e)
	addend := 0.0
	if strings.ContainsRune("-−+", s.at(k)) {
		a, ok := s.arabicCore(s.spaces(k + 1))
		if !ok || !a.integer || a.value > 9 {
			return i, false
		}
		addend, k = a.value, s.spaces(a.end)
		if s.at(s.spaces(e)) != '+' {
			addend = -addend
		}
	}
	if s.at(k) != '(' && s.at(k) != '（' {
		return i, false
	}
	v, ok := s.arabicCore(k + 1)
	if !ok || !v.integer {
		return i, false
	}
	if exp != "" {
		return k, powerIs(base, exp, addend, v.value)
	}
	for _, b := range []string{"2", "10"} {
		if x, ok := strings.CutPrefix(digits, b); ok && len(x) > 0 && len(x) <= 2 && powerIs(b, x, addend, v.value) {
			return k, true
		}
	}
	return i, false
}

// powerIs reports whether base to the power exp, plus addend, is v.
func powerIs(base, exp string, addend, v float64) bool {
	b, err1 := strconv.Atoi(base)
	x, err2 := strconv.Atoi(exp)
	return err1 == nil && err2 == nil && x < 64 && math.Abs(math.Pow(float64(b), float64(x))+addend-v) < 0.5
}

// fileAfter reports whether the number at i ends a file's name: a point
// and letters follow it, then no letter or digit (wolf-400.jpg).
func (s *scanner) fileAfter(i int) bool {
	e := i
	for isDigit(s.at(e)) {
		e++
	}
	if s.at(e) != '.' || !isASCIILower(s.at(e+1)) {
		return false
	}
	k := e + 1
	for isASCIILower(s.at(k)) {
		k++
	}
	return k-e-1 <= 4 && !isOtherLetter(s.at(k)) && !isDigit(s.at(k))
}

// pluralSelector reports whether the digits at i name the slot of a
// message whose number chooses a word, {^2:second;seconds}; it returns
// the end of the selector.
func (s *scanner) pluralSelector(i int) (int, bool) {
	if s.at(i-1) != '^' || s.at(i-2) != '{' {
		return i, false
	}
	e := i
	for e < len(s.rs) && s.at(e) != '}' {
		e++
	}
	return min(e+1, len(s.rs)), e < len(s.rs)
}

// pageAfter reports whether 页 follows a number ending at i, or a range
// that it opens: 第215页 and 第216-217页 give pages, figures to compare
// with "p. 215" and "pp. 216-217".
func (s *scanner) pageAfter(i int) bool {
	if strings.ContainsRune(rangeMarks, s.at(i)) {
		for i++; isDigit(s.at(i)); i++ {
		}
	}
	return s.at(i) == '页' || s.at(i) == '頁'
}

// ordinalRangeEnd reports whether digits at i end a range that begins
// with an ordinal or a label: the 217 of 第216-217页 and of "pp. 216-217".
func (s *scanner) ordinalRangeEnd(i int) bool {
	if !strings.ContainsRune(rangeMarks, s.at(i-1)) {
		return false
	}
	k := i - 1
	for k > 0 && isDigit(s.at(k-1)) {
		k--
	}
	if k == i-1 || !(s.at(k-1) == '第' || s.labelBefore(k)) {
		return false
	}
	from, _, _ := s.numberAt(k)
	to, _, _ := s.numberAt(i)
	return to > from // not 第66-4条, article 66-4
}

// labelBefore reports whether a label ends just before digits at i.
func (s *scanner) labelBefore(i int) bool {
	for _, l := range labels {
		n := len([]rune(l))
		if i-n < 0 || isLatin(s.at(i-n-1)) {
			continue
		}
		got := string(s.rs[i-n : i])
		if caseSensitiveLabel(l) && got == l || !caseSensitiveLabel(l) && strings.EqualFold(got, l) {
			return true // a group of 11 children is a count; the Group of 7 a name
		}
	}
	return false
}

// regionNumber reports whether c, a number of one or two digits after a
// Chinese word of a direction and before its city in brackets, numbers a
// region of a provider's cloud (华东 1（杭州）, 美国西部1（硅谷）,
// 亚太东南 1 (新加坡)), which English calls "China (Hangzhou)".
func (s *scanner) regionNumber(c core) bool {
	if s.lang != article.ZH || !c.integer || c.han || c.digits > 2 || c.end != c.start+c.digits {
		return false
	}
	k := c.start - 1
	if s.at(k) == ' ' {
		k--
	}
	b := s.spaces(c.end)
	return strings.ContainsRune("东南西北中部東", s.at(k)) && (s.at(b) == '（' || s.at(b) == '(') && isHan(s.at(b+1))
}

// isoDateAt reports whether c opens a date written 2017-12-05 or
// 2017/12/05.
func (s *scanner) isoDateAt(c core) bool {
	_, ok := s.isoDate(c)
	return ok
}

// speakerLabel reports whether c, a number of one or two digits between a
// Chinese word for a person and a colon, tells the speakers of a
// transcript apart (播音员2：, 记者1：, 受访者3:), as the English names them
// or leaves them unnamed.
func (s *scanner) speakerLabel(c core) bool {
	return s.lang == article.ZH && c.integer && !c.han && c.digits <= 2 && c.end == c.start+c.digits &&
		(c.end < len(s.orig) && s.orig[c.end] == '：' || s.at(c.end) == ':' && !isDigit(s.at(c.end+1))) && strings.ContainsRune("员員者人手官师師宾賓", s.at(c.start-1))
}

// itemBeforeShare reports whether c, a number of one or two digits, and a
// colon name an item whose share with decimals follows (0：73.97%;
// 1：17.97%, as a chart's description lists them), not an hour and its
// minutes.
func (s *scanner) itemBeforeShare(c core) bool {
	if !c.integer || c.han || c.digits > 2 || s.at(c.end) != ':' || !isDigit(s.at(c.end+1)) {
		return false
	}
	k, point := c.end+1, false
	for isDigit(s.at(k)) || s.at(k) == '.' && isDigit(s.at(k+1)) {
		point = point || s.at(k) == '.'
		k++
	}
	return point && (s.at(k) == '%' || s.at(k) == '％') // not 18:40%, a time mistyped
}

// sizeMeasured reports whether c, at i after the label "size", is a
// measure, a unit's letters right after it (a size of 1.2m*2m, 30L), not
// a size by its number (size 9).
func (s *scanner) sizeMeasured(i int, c core) bool {
	return strings.EqualFold(string(s.rs[max(0, i-5):i]), "size ") && isLatin(s.at(c.end))
}

// indexBefore reports whether the number at i names a stock index after
// its publisher: 标普500, 标准普尔 500, "Standard & Poor's 500", "S&P
// 500" (not 标普31.6%, the index's return).
func (s *scanner) indexBefore(i int) bool {
	before := string(s.rs[max(0, i-12):i])
	before = strings.TrimRight(before, " ")
	for _, w := range []string{"标普", "標普", "标准普尔", "標準普爾", "S&P", "Poor's", "Poor’s", "Poors"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// productBefore reports whether a product's name stands before i, a space
// between: a capitalised Latin word (Volcano 1.7.0, Kubernetes 1.25.3) or
// a word for a release (version 1.7.0, 版本 1.7.0); the number after it is
// a version, not a time of a race (a time of 1.57.05).
func (s *scanner) productBefore(i int) bool {
	k := i - 1
	k = spacesBack(s.rs, k)
	e := k + 1
	for k >= 0 && isLatin(s.rs[k]) {
		k--
	}
	w := string(s.rs[k+1 : e])
	return e < i && (w != "" && unicode.IsUpper(s.rs[k+1]) || strings.EqualFold(w, "version") || strings.EqualFold(w, "release") || strings.HasSuffix(string(s.rs[max(0, e-2):e]), "版本"))
}

// nameBefore reports whether digits at i belong to a name: attached to a
// letter (GB18030, Big5; not to a word of gluedWords), or joined by - + _ / to a single letter or to a
// word with a capital after its first letter (GPT-5, GMT+8, UTF-16, X-1).
// After a word of time in lower case or capitalised the number stands
// (late-2023, Mid-2024); after another word of three letters or more it
// is a name after a name joined by hyphens (us-west-2) and before a
// file's extension (wolf-400.jpg). Digits after "digits." are a version or an
// address (1.2.3).
func (s *scanner) nameBefore(i int) bool {
	p := s.at(i - 1)
	switch {
	case isOtherLetter(p):
		return !s.approxGlued(i) && !s.dateAfterLetters(i) && !s.afterTimesX(i)
	case p == '.' && isDigit(s.at(i-2)):
		first := 0 // the text's first rune that is no space
		for first < i && s.rs[first] == ' ' {
			first++
		}
		e, item := s.itemBeforeYear(first, first)
		return !item || e != i // not 2015 of 1.2015年, an item's number run into it
	case p == '.' && s.dottedName(i-1):
		return true // ASN.1: a standard's name
	case p == ' ' && s.spacedFormula(i):
		return true
	case p == '/' && isDigit(s.at(i-2)) && s.at(s.alnumEnd(i)) == '/' && unicode.IsUpper(s.at(s.alnumEnd(i)+1)):
		return true // Directive 2003/98/EC: the number of a law, its year before it
	case p == ' ' && s.has(i, "19") && !isDigit(s.at(i+2)) && i >= 6 && strings.EqualFold(string(s.rs[i-6:i-1]), "covid") && !isLatin(s.at(i-7)):
		return true // Covid 19: the disease's name, its hyphen left out
	case strings.ContainsRune("-+_/−", p) && isOtherLetter(s.at(i-2)):
		k := i - 2
		for k > 0 && isOtherLetter(s.at(k-1)) {
			k--
		}
		word := s.rs[k : i-1]
		if p == '−' {
			return len(word) >= 2 && !slices.ContainsFunc(word, unicode.IsLower) // UTC−5, GMT−8; not N−1
		}
		if p == '-' && slices.Contains([]string{"am", "pm", "nn"}, strings.ToLower(string(word))) {
			return false // 5:00pm-7:00pm, 12:00nn-2:00pm (nn: noon): a range of times
		}
		if _, ok := s.amountBeforeDash(i); ok {
			return false // $100m-200m: a range of amounts
		}
		for _, r := range word[1:] {
			if unicode.IsUpper(r) {
				return true // GPT-5, GMT+8; Late-2023 at a sentence start is not a name
			}
		}
		if p == '-' && len(word) >= 3 && unicode.IsUpper(word[0]) && !timeWord(strings.ToLower(string(word))) {
			return true // Covid-19, Expo-2020: a name; Mid-2024 is a time
		}
		if p == '-' && (strings.EqualFold(string(word), "covid") || strings.EqualFold(string(word), "omega")) {
			return true // covid-19, as some house styles write the name; omega-3, a fatty acid
		}
		if p == '-' && len(word) >= 3 && !timeWord(strings.ToLower(string(word))) && (s.at(k-1) == '-' && isOtherLetter(s.at(k-2)) || s.fileAfter(i)) {
			return true // us-west-2, wolf-400.jpg: a region, a file; not 6-foot-4
		}
		if p == '/' && s.at(k-1) == '/' {
			return true // /pull/1, /issues/23: a link's path, what is left of it
		}
		if p == '/' && string(word) == "x" && isDigit(s.at(k-1)) && s.multipleX(i) {
			return false // 4x/16x: two multiples, one after the other
		}
		if p == '-' && isDigit(s.at(k-1)) && s.scaleAfter(i, string(word)) {
			return false // 30m-40m accounts: a range in millions, the scale written twice
		}
		return len(word) == 1 || isDigit(s.at(k-1))
	}
	return false
}

// dottedName reports whether the point at i ends three capitals or more
// that run into the digit after it, a name such as ASN.1; not FIG.1 or
// VOL.2, an abbreviation that numbers, nor III.2, a Roman numeral's part.
func (s *scanner) dottedName(i int) bool {
	k := i
	for unicode.IsUpper(s.at(k-1)) && isLatin(s.at(k-1)) {
		k--
	}
	if i-k < 3 || isLatin(s.at(k-1)) || isDigit(s.at(k-1)) || strings.Trim(string(s.rs[k:i]), "IVXLCDM") == "" {
		return false // not Article III.2, a Roman numeral's part
	}
	return !slices.Contains([]string{"FIG", "VOL", "ART", "SEC", "NOS", "REF", "EQN", "APP"}, string(s.rs[k:i]))
}

// afterTimesX reports whether the digits at i after an x are a figure:
// a count after a measure, spaced from it (12mm x3, three screws of
// 12mm), or a metric screw's length after its diameter (the 12mm of
// M3x12mm).
func (s *scanner) afterTimesX(i int) bool {
	if s.at(i-1) != 'x' && s.at(i-1) != 'X' {
		return false
	}
	k := i
	for isDigit(s.at(k)) {
		k++
	}
	if s.at(i-1) == 'x' && s.at(i-2) == ' ' {
		u := i - 3
		for u > 0 && isOtherLetter(s.at(u)) {
			u--
		}
		return u < i-3 && isDigit(s.at(u)) && k-i <= 3 && s.alnumEnd(i) == k && !(s.at(k) == '.' && isDigit(s.at(k+1))) // 12mm x3; not "with X3"
	}
	m := i - 2
	for isDigit(s.at(m)) || s.at(m) == '.' {
		m--
	}
	return s.screwLength(m) == i
}

// screwLength returns where the length of a metric screw written at m
// begins (the 12 of M3x12mm), or 0 when no screw's size is written there.
func (s *scanner) screwLength(m int) int {
	if s.at(m) != 'M' || isLatin(s.at(m-1)) {
		return 0
	}
	if l := screwRe.FindStringSubmatchIndex(string(s.rs[m:s.alnumEnd(m)])); l != nil {
		return m + l[2] // the size is ASCII: bytes are runes
	}
	return 0
}

// screwRe is a metric screw's size, its diameter and its length in
// millimetres (M3x12mm), the length as group 1.
var screwRe = regexp.MustCompile(`^M[0-9]+(?:\.[0-9]+)?[xX]([0-9]+(?:\.[0-9]+)?)mm$`)

// multipleX reports whether the number at i is a multiple written with
// an x run into it and nothing more (the 16x of 4x/16x).
func (s *scanner) multipleX(i int) bool {
	k := i
	for isDigit(s.at(k)) {
		k++
	}
	return k > i && s.at(k) == 'x' && !isLatin(s.at(k+1)) && !isDigit(s.at(k+1))
}

// scaleAfter reports whether the number at i ends with the scale letters
// w of scaleLetters and nothing more (the 40m of 30m-40m).
func (s *scanner) scaleAfter(i int, w string) bool {
	k := i
	for isDigit(s.at(k)) || (s.at(k) == '.' || s.at(k) == ',') && isDigit(s.at(k+1)) {
		k++
	}
	return k > i && slices.Contains(scaleLetters, w) && string(s.rs[k:s.alnumEnd(k)]) == w
}

// thousandsMark returns the end of ('000) at i, the mark of a table's
// amounts in thousands, with a straight or curly apostrophe; 0 when there
// is none.
func (s *scanner) thousandsMark(i int) int {
	if s.at(i) == '(' && strings.ContainsRune("'‘’", s.at(i+1)) && s.has(i+2, "000)") {
		return i + 6
	}
	return 0
}

// scaleLetters are the scales written as letters against a number ($5m,
// £2bn) that may end the first amount of a range.
var scaleLetters = []string{"m", "mn", "bn", "b", "tn", "tr", "trn", "k"}

// amountBeforeDash returns the currency of an amount written with a sign
// and a scale in letters that ends with a dash just before i ($100m-, £1bn-):
// the number at i is the second end of a range of amounts.
func (s *scanner) amountBeforeDash(i int) (string, bool) {
	if s.at(i-1) != '-' {
		return "", false
	}
	k := i - 2
	for k >= 0 && isLatin(s.at(k)) {
		k--
	}
	if !slices.Contains(scaleLetters, string(s.rs[k+1:i-1])) || !isDigit(s.at(k)) {
		return "", false
	}
	for k >= 0 && (isDigit(s.at(k)) || s.at(k) == ',' || s.at(k) == '.') {
		k--
	}
	cur, _ := s.currencySign(k)
	if cur == "" {
		e := k + 1
		for k >= 0 && isLatin(s.at(k)) {
			k--
		}
		cur = prefixCurrency(string(s.rs[k+1 : e]))
	}
	return cur, cur != ""
}

// prefixCurrency is the currency a code or word written before an amount
// names (RMB, USD, Rmb, SFr), "" for any other word.
func prefixCurrency(w string) string {
	switch w {
	case "Rmb":
		return CNY
	case "SFr":
		return CHF
	}
	return currencyCodes[w]
}

// formulaMolecules are the chemical symbols a tokenized text parts from
// the count of their atoms: O 2, CO 2, H 2 O.
var formulaMolecules = map[string]bool{"O": true, "H": true, "N": true, "CO": true, "NO": true, "SO": true, "CH": true}

// spacedFormula reports whether the digit at i is the count of atoms in a
// chemical formula a tokenizer spaced (the partial pressure of O 2, CO 2
// emissions): one digit from 2 to 4 after a symbol standing alone.
func (s *scanner) spacedFormula(i int) bool {
	if s.at(i) < '2' || s.at(i) > '4' || isDigit(s.at(i+1)) || s.at(i+1) == '.' && isDigit(s.at(i+2)) {
		return false
	}
	k := i - 1
	for k > 0 && isLatin(s.at(k-1)) {
		k--
	}
	return k < i-1 && !isLatin(s.at(k-1)) && !isDigit(s.at(k-1)) && formulaMolecules[string(s.rs[k:i-1])]
}

// timeWords are the words that, capitalised before a hyphen and a
// number, make it a time or a count rather than a name: Mid-2024,
// Late-2023, Pre-2008, Top-10, Under-21.
var timeWords = map[string]bool{"mid": true, "late": true, "early": true, "pre": true, "post": true,
	"end": true, "start": true, "since": true, "from": true, "circa": true, "top": true, "under": true,
	"over": true, "summer": true, "winter": true, "spring": true, "autumn": true, "fall": true,
	"year": true, "fiscal": true, "first": true, "last": true, "next": true}

// timeWord reports whether w, in lower case, makes the number after it a
// time or a count: a word of timeWords or a month.
func timeWord(w string) bool {
	_, full := fullMonths[w]
	_, short := shortMonths[w]
	return timeWords[w] || full || short
}

// suffixLetters reports whether the letters attached to a number at i are a
// suffix the reader knows: a multiple (10x), a scale (100bn, 5k, and $5m
// after a currency sign), a time (3pm) or milliseconds (2000ms).
func (s *scanner) suffixLetters(i int, cur string) bool {
	w := strings.ToLower(string(s.rs[i:s.wordEnd(i)]))
	switch {
	case w == "x" && isDigit(s.at(i+1)):
		return false // 5x8: a size, not a multiple
	}
	switch w {
	case "x", "bn", "tn", "trn", "mn", "am", "pm", "thousand", "million", "billion", "trillion":
		return true // a scale written against the number: £101million
	case "k":
		return cur != "" || s.at(i) == 'k' // $3k, 5k nodes; 50K is inLetterScale's
	case "ms":
		return cur == "" && s.at(i) == 'm' && s.at(i+1) == 's' // 2000ms: milliseconds; not the Ka-52Ms, helicopters
	case "m", "mm", "b", "tr":
		return cur != "" // $5m, $700mm, $16tr: after a sign, millions and trillions, not metres
	}
	if s.lang == article.ZH && s.wanLetter(i) {
		return true // 2wPod: 2万
	}
	return w == "p" && s.has(i, "p.m.") || w == "a" && s.has(i, "a.m.")
}

// nameAt reports whether a name in Latin letters starts at i, a capital
// and then a small letter, as Chinese runs it into an amount before it
// ($1,000LifeSG补助: $1,000 paid through LifeSG).
func (s *scanner) nameAt(i int) bool {
	return unicode.IsUpper(s.at(i)) && unicode.IsLower(s.at(i+1)) && s.wordEnd(i)-i >= 4
}

// attachedLetters reads a number with letters attached that are not a
// suffix the reader knows: a unit in lower case keeps the number (3nm,
// 10km) and 0s and 1s are the digits; capitals make a name (5G, 4K, 3D);
// ordinals (1st), decades (1990s), a term of algebra (2i, 3n) and anything
// followed by more digits (4o3) are not figures, nor is the number of a
// rule outlined with letters (12a1, 2u).
func (s *scanner) attachedLetters(c core, cur string) match {
	e := s.wordEnd(c.end)
	w := string(s.rs[c.end:e])
	if cur == "" && s.outlineNumber(c) {
		return skip(s.alnumEnd(c.end))
	}
	if c.digits == 4 && c.integer && cur == "" && timeZones[w] {
		return found(c.end, c.value, Plain) // 0200GMT: a military time, its zone attached
	}
	if cur == "" && !c.scaled && !(c.digits == 4 && c.integer) { // 2300hrs: a military time
		if secs, end, ok := s.stopwatch(c.value, c.end); ok {
			return found(end, secs, Seconds) // 1hr25mins, and in Chinese 2h45m
		}
	}
	if u, ok := clockUnitOf(w); ok && cur == "" && !c.scaled && s.lang == article.ZH && w != "s" {
		return found(e, c.value, u) // 最近5min: 五分钟, as English writes it too
	}
	if u, ok := clockUnitOf(w); ok && cur == "" && !c.scaled && s.lang == article.EN && !(c.digits == 4 && c.integer) {
		return found(e, c.value, u) // 3.5hours
	}
	if w == "a" && s.lang == article.ZH && cur == "" && !c.scaled && !isLatin(s.at(e)) && !isDigit(s.at(e)) {
		return found(e, c.value, Years) // 持续 2a多: a as the year, annus, as Chinese science writes it
	}
	if v, ok := s.capitalScale(c, e, w); ok && cur == "" {
		return found(e, v, Plain) // 1M tasks, 50K goroutines: 100万, 5万
	}
	if s.temperatureLetter(c.end) && cur == "" && s.lang == article.EN {
		return found(e, c.value, Plain) // approaching 30C: 30 摄氏度, as the FT writes degrees
	}
	if w == "MP" && cur == "" && !c.scaled && s.at(e) != '/' {
		return found(e, c.value*1e6, Plain) // a 2MP camera: 200 万像素, two million pixels; not +5MP/s, a game's mana points
	}
	if u, ok := currencyCode(w); ok && cur == "" && !isDigit(s.at(e)) {
		return found(e, c.value, u) // 580RMB, 100USD: an amount, its currency's code attached
	}
	if cur == "" && !isDigit(s.at(e)) && (capitalUnits[w] || hashRates[w] && s.has(e, "/s") || w == "K" && s.at(e) == '/' && unicode.IsUpper(s.at(e+1)) && !isLatin(s.at(e+2))) {
		return found(e, c.value, Plain) // 1GB, 0.085BTC, 3.2GHz, 14TH/s, 0.47K/W: a unit, as when spaced
	}
	if upper := strings.ToUpper(w); upper == w && (upper == "ST" || upper == "ND" || upper == "RD" || upper == "TH") {
		w = strings.ToLower(w) // 30TH JUNE, 2005: a heading in capitals
	}
	if len(w) > 2 && w[:2] == ordinalSuffix(int(c.value)) {
		if m, ok := s.dayMonth(c); ok {
			return m // 21stOctober 2016: a day run into its month
		}
	}
	if cur != "" || isDigit(s.at(e)) || strings.ToLower(w) != w {
		return skip(s.alnumEnd(c.end))
	}
	switch w {
	case "st", "nd", "rd", "th":
		if m, ok := s.dayMonth(c); ok {
			return m // 4th July 1776
		}
		if m, ok := s.dayOfStatedMonth(c, e); ok {
			return m
		}
		if m, ok := s.rangeEndDay(c, e); ok {
			return m
		}
		return skip(e)
	case "s":
		if c.integer && c.digits == 1 && c.value <= 1 {
			return found(e, c.value, Plain) // "fill them with 0s", "1s and 0s": the digits themselves
		}
		if s.secondsLetter(c) {
			return found(e, c.value, Seconds) // for 8s, every 2.5s: 8 秒
		}
		return skip(e)
	case "i", "j", "n":
		return skip(e) // the 2i-th step, 3n: a term of algebra, no unit
	}
	return found(e, c.value, Plain)
}

// capitalScale reads an English number with a capital scale letter
// attached, w ending at e: M for a million and K for a thousand before a
// word in lower case or a stop (1M tasks, 50K goroutines). Not 3M, a
// firm, nor 4K or 8K, a screen's resolution, nor a 10K run; not 3000M,
// megabytes, nor a number in a name (chat_0.8M).
func (s *scanner) capitalScale(c core, e int, w string) (float64, bool) {
	if s.lang != article.EN || c.scaled || c.value >= 1000 || !(w == "M" && c.value != 3 || w == "K" && c.value >= 10) {
		return 0, false // not 3000M, megabytes
	}
	if before := s.at(c.start - 1); isLatin(before) || strings.ContainsRune("_-.", before) {
		return 0, false // multiturn_chat_0.8M: a name
	}
	next := s.at(e)
	if !(next == ' ' && unicode.IsLower(s.at(e+1)) || next == 0 || strings.ContainsRune(".,;:)", next) && !isDigit(s.at(e+1))) {
		return 0, false
	}
	if w == "K" && (s.hasWordAfter(e, "run") || s.hasWordAfter(e, "race")) {
		return 0, false
	}
	if w == "M" {
		return c.value * 1e6, true
	}
	return c.value * 1e3, true
}

// shapeWords make a word of the number before them, as of a numeral
// (notANumber): a base (16 进制) and a shape (12面体, 6边形).
var shapeWords = []string{"进制", "進制", "面体", "面體", "边形", "邊形", "角形"}

// binaryWords are the things whose entries are 0 or 1, named with 01
// before them: a binary matrix, string or sequence, the 0-1 knapsack.
var binaryWords = []string{"矩阵", "矩陣", "串", "字符串", "序列", "数组", "數組", "背包", "变量", "變量", "规划", "規劃"}

// outlineNumber reports whether the number c, a small letter attached,
// numbers a rule or a clause of a text that outlines its parts with
// letters and digits (12a1, 4b4+, 2u): the text opens with it before a
// closing bracket (12a1) 面转动, "2u) Competitors"), or a word for a
// rule stands before it (见规则 2u, "see Regulation 12c", Article 5a).
func (s *scanner) outlineNumber(c core) bool {
	if !c.integer || c.digits > 3 || !unicode.IsLower(s.at(c.end)) {
		return false
	}
	k := c.start - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	e := s.alnumEnd(c.end)
	for s.at(e) == '+' {
		e++ // 4b4+): a clarification of rule 4b4
	}
	if k < 0 && (s.at(e) == ')' || s.at(e) == '）') {
		return true
	}
	before := strings.ToLower(string(s.rs[max(0, k-11) : k+1]))
	return slices.ContainsFunc(ruleWords, func(w string) bool {
		return strings.HasSuffix(before, w) && (!isLatin([]rune(w)[0]) || !isLatin(s.at(k-utf8.RuneCountInString(w))))
	})
}

// ruleWords name a rule or a clause before its number, in lower case.
var ruleWords = []string{"规则", "規則", "细则", "細則", "条款", "條款", "指南", "regulation", "regulations", "guideline", "guidelines",
	"rule", "rules", "article", "articles", "section", "sections", "clause", "clauses"}

// secondsLetter reports whether the s attached to c is seconds, not a
// plural: a number under 100 that no hyphen or word joins (for 8s, 2.5s;
// not F-16s or 747s), and a whole ten only after a word of time (for 10s,
// every 30s, 小于 30s; not the 30s or her 20s, decades).
func (s *scanner) secondsLetter(c core) bool {
	if c.value >= 100 || c.value <= 0 || s.at(c.start-1) == '-' || isLatin(s.at(c.start-1)) || isDigit(s.at(c.end+1)) || isLatin(s.at(c.end+1)) {
		return false
	}
	if !c.integer || int(c.value)%10 != 0 {
		return true
	}
	k := c.start - 1
	for k > 0 && s.at(k) == ' ' {
		k--
	}
	if s.lang == article.ZH && (strings.ContainsRune("到于於过過约約每为為内內达達小大低高", s.at(k)) || strings.ContainsRune("~～-–至", s.at(k)) && isDigit(s.at(k-1))) {
		return true // 小于 30s, 降低到 10s, 10~30s: Chinese writes a decade 30年代
	}
	w := k + 1
	for w > 0 && isLatin(s.at(w-1)) {
		w--
	}
	return slices.Contains([]string{"for", "every", "within", "after", "lasts", "last", "lasting", "takes", "took", "about", "around", "than", "per", "each", "to", "between", "from"},
		strings.ToLower(string(s.rs[w:k+1])))
}

// capitalUnits are units written with capitals that a number may carry
// attached, read as the number as when a space sets them apart: sizes of
// data, frequencies, power and energy, the units of science (dB, hPa,
// mV; K only before a slash and a unit's capital, 0.47K/W; not
// 5K/weekday), and the common cryptocurrencies.
// Other capitals make a name (5G, 4K, 7B).
var capitalUnits = map[string]bool{
	"KB": true, "MB": true, "GB": true, "TB": true, "PB": true, "KiB": true, "MiB": true, "GiB": true, "TiB": true,
	"Kb": true, "Mb": true, "Gb": true, "Kbps": true, "Mbps": true, "Gbps": true,
	"Hz": true, "kHz": true, "MHz": true, "GHz": true,
	"kW": true, "MW": true, "GW": true, "kWh": true, "MWh": true, "GWh": true, "TWh": true, "mAh": true,
	// Units of science written against the number (4mW, 14.0dB, 850hPa, 12.87MJ/kg).
	"mW": true, "TW": true, "mV": true, "kV": true, "mA": true, "dB": true, "dBm": true, "dBi": true,
	"Pa": true, "hPa": true, "kPa": true, "MPa": true, "GPa": true, "kJ": true, "MJ": true, "GJ": true,
	"BTC": true, "ETH": true, "USDT": true, "USDC": true, "BNB": true,
}

// hashRates are the units of a hash rate, before /s (14TH/s).
var hashRates = map[string]bool{"KH": true, "MH": true, "GH": true, "TH": true, "PH": true, "EH": true}

// numericDate reads a date written in numbers with slashes or hyphens,
// month or day first, the year last in two or four digits: 12/31/08 and
// 6/30/2021 (American), 18/11/2003 and 18-11-2003 (day first, as Europe,
// Hong Kong and much software write it). The part over 12 tells which is
// the day. Where neither is over 12 (08-12-2003), the year must have four
// digits (10/12/21 may be a reference); a hyphen then reads the day first
// and a slash the month, and Matches takes the other order too. A hyphen
// always needs a year in four digits, as 10-12-21 may be a range. No
// digit, slash or hyphen may stand on either side.
func (s *scanner) numericDate(start, i int) (match, bool) {
	if start != i || !isDigit(s.at(i+1)) && !strings.ContainsRune("/-", s.at(i+1)) {
		return match{}, false // the cheap test: a separator within the first three runes
	}
	sep := s.at(i + 1)
	if isDigit(sep) {
		sep = s.at(i + 2)
	}
	if sep != '/' && sep != '-' || strings.ContainsRune("/-", s.at(i-1)) || isDigit(s.at(i-1)) {
		return match{}, false
	}
	var parts, digits [3]int
	k := i
	for n := range 3 {
		for isDigit(s.at(k)) {
			parts[n] = parts[n]*10 + digitValue(s.at(k))
			digits[n]++
			k++
		}
		if digits[n] == 0 || n < 2 && s.at(k) != sep {
			return match{}, false
		}
		if n < 2 {
			k++
		}
	}
	if digits[0] > 2 || digits[1] > 2 || digits[2] != 2 && digits[2] != 4 || isDigit(s.at(k)) || strings.ContainsRune("/-", s.at(k)) {
		return match{}, false
	}
	m, d := parts[0], parts[1]
	if m <= 12 && d <= 12 && digits[2] != 4 {
		return match{}, false // 10/12/21: a reference as likely as a date
	}
	if m > 12 || d <= 12 && sep == '-' {
		m, d = d, m // 18-11-2003, 18/11/2003, 08-12-2003: the day first
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || sep == '-' && (digits[2] != 4 || parts[2] < 1000) {
		return match{}, false
	}
	y := parts[2]
	if digits[2] == 2 {
		y += 1900
		if y < 1930 {
			y += 100 // 08: 2008; 95: 1995
		}
	}
	return found(k, date(float64(y), float64(m), float64(d)), Date), true
}

// monthYear reads a month and a year written 09/2014 or 9/2014 at i: the
// month of an issue or a release. No digit or slash may stand on either side.
func (s *scanner) monthYear(start, i int) (match, bool) {
	k := i + 1
	if isDigit(s.at(k)) {
		k++
	}
	if start != i || s.at(k) != '/' || isDigit(s.at(i-1)) || s.at(i-1) == '/' || s.numberedBy(i) {
		return match{}, false // not week 12/2020, Practice Note 1/2016: a week, a document's number
	}
	m := digitsValue(s.rs[i:k])
	e := k + 1
	for isDigit(s.at(e)) {
		e++
	}
	y := digitsValue(s.rs[k+1 : e])
	if e-k-1 != 4 || m < 1 || m > 12 || y < 1900 || y >= 2100 || s.at(e) == '/' || s.at(e) == '-' && isDigit(s.at(e+1)) {
		return match{}, false
	}
	return found(e, date(y, m, 0), Date), true
}

// numberedBefore are the words before a number and a year with a slash
// that make them no month: a week (week 12/2020) or a document's number
// (Practice Note 1/2016, Circular No. 3/2019).
var numberedBefore = map[string]bool{
	"week": true, "wk": true, "note": true, "no": true, "nos": true, "number": true, "circular": true,
	"order": true, "notice": true, "decision": true, "directive": true, "regulation": true,
	"law": true, "act": true, "ref": true, "reference": true, "decree": true, "resolution": true,
}

// numberedBy reports whether a word of numberedBefore stands before i,
// spaces and a point between ("No. 3/2019").
func (s *scanner) numberedBy(i int) bool {
	k := spacesBack(s.rs, i-1)
	if at(s.rs, k) == '.' {
		k = spacesBack(s.rs, k-1)
	}
	b := k + 1
	for b > 0 && isLatin(s.rs[b-1]) {
		b--
	}
	return numberedBefore[strings.ToLower(string(s.rs[b:k+1]))]
}

// swappedDate returns the date q states read in the other order, month and
// day exchanged, where q is written in numbers (08-12-2003, 10/12/2021) and
// neither of its first two parts is over 12; ok is false otherwise.
func swappedDate(q Quantity) (float64, bool) {
	t := q.Text
	if q.Unit != Date || len(t) < 8 || len(t) > 10 || !isDigit(rune(t[0])) || !strings.ContainsAny(t, "/-") {
		return 0, false
	}
	f := strings.FieldsFunc(t, func(r rune) bool { return r == '/' || r == '-' })
	if len(f) != 3 || len(f[0]) > 2 || len(f[1]) > 2 {
		return 0, false
	}
	a, b := digitsValue([]rune(f[0])), digitsValue([]rune(f[1]))
	if a > 12 || b > 12 || a == b {
		return 0, false
	}
	v := math.Round(q.Value)
	y := math.Floor(v / 10000)
	m, d := math.Floor(v/100)-y*100, v-math.Floor(v/100)*100
	return date(y, d, m), true
}

// itemBeforeYear returns the end of an item's number and its point that
// open the text and run into a year of four digits with 年 or a dash after
// it (1.2015年, 2.2003-2006年): the year is read on its own from there.
func (s *scanner) itemBeforeYear(start, i int) (int, bool) {
	if start != i {
		return 0, false
	}
	for k := range i {
		if !isSpace(s.rs[k]) {
			return 0, false // not at the text's start
		}
	}
	k := i
	for isDigit(s.at(k)) && k-i < 2 {
		k++
	}
	if k == i || s.at(k) != '.' {
		return 0, false
	}
	y := k + 1
	for j := y; j < y+4; j++ {
		if !isDigit(s.at(j)) {
			return 0, false
		}
	}
	if first := string(s.rs[y : y+2]); first != "19" && first != "20" || isDigit(s.at(y+4)) || !strings.ContainsRune("年-–—至", s.at(y+4)) {
		return 0, false
	}
	return y, true
}

// arabicCore reads digits at i: grouped by commas in threes (1,000, and by
// apostrophes as Switzerland groups them, 600'000), with a decimal part
// (1.4). ok is false when the number is too long to be a value; end then
// steps over it.
func (s *scanner) arabicCore(i int) (core, bool) {
	var b strings.Builder
	c := core{start: i, integer: true, plainDigit: true}
	end := i
	for isDigit(s.at(end)) {
		b.WriteByte(byte('0' + digitValue(s.at(end))))
		end++
	}
	c.digits = end - i
	if e, v, ok := s.indianGroups(end, b.String()); ok {
		b.Reset()
		b.WriteString(v)
		end, c.plainDigit = e, false
	}
	if s.lang == article.ZH && c.digits <= 4 && s.at(end) == ',' && s.groupOfFour(end+1) && s.groupedByWan(i, end) {
		for s.at(end) == ',' && s.groupOfFour(end+1) { // 100,0000: a Chinese text grouping by 万
			for k := end + 1; k < end+5; k++ {
				b.WriteByte(byte('0' + digitValue(s.at(k))))
			}
			end += 5
		}
		c.plainDigit = false
	}
	for c.digits <= 3 && (s.at(end) == ',' || s.at(end) == '\'' || s.at(end) == '’') && s.groupOfThree(end+1) {
		for k := end + 1; k < end+4; k++ {
			b.WriteByte(byte('0' + digitValue(s.at(k))))
		}
		end += 4
		c.plainDigit = false
	}
	if c.digits <= 3 && c.plainDigit && s.at(end) == '.' {
		e := s.pointGroupsEnd(end)
		for k := end; k < e; k++ { // 3.000.000: points grouping thousands, as much of Europe writes them
			if s.at(k) != '.' {
				b.WriteByte(byte('0' + digitValue(s.at(k))))
			}
		}
		if e > end {
			end, c.plainDigit = e, false
		}
	}
	c.digits = b.Len()
	if s.bareDecimal(i) {
		c.integer, c.digits = false, 0 // .08% is 0.08 %
		v, err := strconv.ParseFloat("0."+b.String(), 64)
		c.end, c.value = end, v
		return c, err == nil
	}
	if s.at(end) == '.' && isDigit(s.at(end+1)) {
		b.WriteByte('.')
		for end++; isDigit(s.at(end)); end++ {
			b.WriteByte(byte('0' + digitValue(s.at(end))))
		}
		c.integer = false
	}
	c.end = end
	v, err := strconv.ParseFloat(b.String(), 64)
	if err != nil {
		return c, false
	}
	if f, ok := vulgarFractions[s.at(end)]; ok && c.integer {
		v, c.end, c.integer = v+f, end+1, false // 14½: 14.5
	}
	c.value = v
	return c, true
}

// vulgarFractions are the fractions written as one character after a
// whole number (14½-13½: 14.5 to 13.5).
var vulgarFractions = map[rune]float64{'½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1.0 / 3, '⅔': 2.0 / 3}

// listMarker reports whether the number c numbers an item of an English
// list, as a translator may add (routes: 1) by car …; 2) by train): one or
// two digits and a closing bracket that closes no bracket opened before it,
// at the start of the text or after a colon, a semicolon or a full stop
// and a space.
// In either language so does a number that opens the text before a point
// (escaped or not, as Markdown writes it: 1\.) or 、 and no digit
// (10. 委员会商定…, "61. In the past five years"): the number of a
// paragraph or an item, which one language may leave out (listLabelRe
// compares them where both write one).
func (s *scanner) listMarker(c core) bool {
	if !c.integer || c.digits > 3 {
		return false
	}
	k := c.start - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	after := c.end
	if s.at(after) == '\\' && s.at(after+1) == '.' {
		after++ // 1\. in Markdown, escaped so as not to start a list
	}
	if k < 0 && strings.ContainsRune(".．、)）", s.at(after)) && !isDigit(s.at(after+1)) {
		return true
	}
	if k < 0 && c.digits == 2 && s.at(c.start) == '0' && s.at(c.end) == ' ' && !isDigit(s.at(s.spaces(c.end))) {
		m, _, _ := s.monthAt(c.end + 1)
		return m == 0 // 01 项目缘起: a heading's number; not 01 February 1998, a date
	}
	if s.lang != article.EN || c.digits > 2 || s.at(c.end) != ')' || s.openBefore(c.start) {
		return false // not "(value: 0)", whose bracket closes
	}
	return k < 0 || k < c.start-1 && strings.ContainsRune(":;.", s.at(k))
}

// mixedFraction reads a mixed fraction in digits from the whole
// number c (4 1/2, 3 3/4, and in English 10-1/2): its value, where it ends and whether there is
// one. It is a label too (mixedRe), compared as one where both languages
// write one (3 1/2 stars and 3½); as a figure it has the value a Chinese
// half states (4岁半).
func (s *scanner) mixedFraction(c core) (float64, int, bool) {
	if !c.integer || !c.plainDigit || c.digits > 3 || s.at(c.end) != ' ' && (s.at(c.end) != '-' || s.lang != article.EN) || s.at(c.start-1) == '/' {
		return 0, 0, false // 4 1/2; in English 10-1/2 too
	}
	k := c.end + 1
	if s.lang == article.EN && s.has(c.end, " and ") && isDigit(s.at(c.end+5)) && s.at(c.end+6) == '/' {
		k = c.end + 5 // 4 and 1/2
	}
	if !isDigit(s.at(k)) || s.at(k+1) != '/' || !isDigit(s.at(k+2)) {
		return 0, 0, false
	}
	e := k + 3
	if isDigit(s.at(e)) {
		e++
	}
	if isDigit(s.at(e)) || s.at(e) == '/' || s.at(e) == '.' && isDigit(s.at(e+1)) || s.at(e) == ',' && isDigit(s.at(e+1)) {
		return 0, 0, false
	}
	n, d := digitValue(s.at(k)), digitsValue(s.rs[k+2:e])
	if d == 0 || float64(n) >= d {
		return 0, 0, false
	}
	return c.value + float64(n)/d, e, true
}

// spokenHalf reads a whole number in digits that spoken Chinese gives a
// half or a tenth after its unit: 6斤半 (6.5 jin), 2公里半 (2.5 km), 37块5
// (37.5 yuan, five 毛 after the 块). Its value, where it ends and whether
// there is one; not 5公里半程 (a half marathon) nor 3块50.
func (s *scanner) spokenHalf(c core) (float64, int, bool) {
	if !c.integer || !c.plainDigit || s.lang != article.ZH {
		return 0, 0, false
	}
	for _, u := range []string{"公斤", "公里", "斤", "米", "块", "塊"} {
		if !s.has(c.end, u) {
			continue
		}
		k := c.end + utf8.RuneCountInString(u)
		switch {
		case s.at(k) == '半' && !strings.ContainsRune("程价價年天月日小时時个個场場岛島径徑身数數", s.at(k+1)):
			return c.value + 0.5, k + 1, true
		case (u == "块" || u == "塊") && isDigit(s.at(k)) && !isDigit(s.at(k+1)) && s.at(k+1) != '.':
			e := k + 1
			if s.at(e) == '毛' || s.at(e) == '角' {
				e++
			}
			return c.value + float64(digitValue(s.at(k)))/10, e, true
		}
		return 0, 0, false
	}
	return 0, 0, false
}

// fractionInWords reads a fraction whose numerator is in digits and whose
// denominator is an English word of fractionWords in the plural (2
// thirds, 4 fifths): its value and where it ends. Quarters and fourths are
// left alone (a game's 3 quarters), and so are a part of a second, read
// with its unit (six hundredths of a second).
func (s *scanner) fractionInWords(c core) (float64, int, bool) {
	if s.lang != article.EN || !c.integer || !c.plainDigit || c.value < 1 || c.value > 20 || s.at(c.end) != ' ' {
		return 0, 0, false
	}
	e := s.wordEnd(c.end + 1)
	w := strings.ToLower(string(s.rs[c.end+1 : e]))
	d, ok := fractionWords[strings.TrimSuffix(w, "s")]
	if !ok || !strings.HasSuffix(w, "s") || d == 4 || d > 10 || c.value >= d {
		return 0, 0, false
	}
	return c.value / d, e, true
}

// itemNumber returns the number of an item a text lists, from i to e: one
// or two digits, or up to three Chinese numerals without a scale or a
// zero, that itemMarker places as an item's number.
func (s *scanner) itemNumber(i, e int) (float64, bool) {
	if e <= i || e > len(s.rs) {
		return 0, false
	}
	run := s.rs[i:e]
	var v float64
	switch {
	case isDigit(run[0]) && e-i <= 2:
		v = digitsValue(run)
	case !isDigit(run[0]) && e-i <= 3 && !strings.ContainsAny(string(run), "百千万萬亿億零〇两兩"):
		v, _ = hanValue(run)
	}
	return v, v >= 1 && s.itemMarker(i, e)
}

// itemBefore reports whether the item numbered one less than the digits
// from start to end, before the same closing bracket, stands before start:
// 2）… 以及 3）….
func (s *scanner) itemBefore(start, end int) bool {
	if !isDigit(s.at(start)) {
		return false
	}
	v := int(digitsValue(s.rs[start:end]))
	from := max(0, start-2000) // an item runs to a paragraph at most
	return v > 1 && strings.Contains(string(s.rs[from:start]), strconv.Itoa(v-1)+string(s.at(end)))
}

// itemMarker reports whether the number from start to end numbers an item
// inside a text, as laws and notes list their points; each language
// numbers them in its own way (一、 and "1.", （二） and "(2)"), and a
// translation may leave them out. It is: in brackets, after the text's
// start, a stop, two spaces or in Chinese one, or after a comma, "and"
// or "or" and a space where the item before it stands (… (1) to
// maximize, or (2) given), in Chinese after a stop or a comma and 或 so
// (：(1)……；或(2)……; not 第(1)或(2)款, a law's subsections);
// in Chinese before 、 or a
// point, after the start, a space, a colon, a semicolon or a stop
// (不同：1、… 2、…; not 两、三成), or before a closing bracket alone
// after the start or a stop (原因有两点： 1）…；2）…), or a space after
// the item before it (2）… 以及 3）…); in English before a point and a space or
// a letter, after the start, a colon or a semicolon, or two spaces (as
// follows:  1. Conducting) or a full stop and a space before a capital
// ("conduct. 2. Budget"), or before a closing bracket alone after the
// start, a colon or a semicolon (solution: 1)Develop) that closes no
// bracket opened before it ("(value: 0)").
func (s *scanner) itemMarker(start, end int) bool {
	open, close := s.at(start-1), s.at(end)
	bracketed := (open == '(' || open == '（') && (close == ')' || close == '）')
	k := start - 1
	if bracketed {
		k--
	}
	spaces := 0
	for k >= 0 && isSpace(s.at(k)) {
		k, spaces = k-1, spaces+1
	}
	stop := k < 0 || strings.ContainsRune("：:；;。！？!?", s.at(k)) && !isDigit(s.at(k-1)) // not the 0 of 7:0
	switch {
	case bracketed:
		return stop || spaces >= 2 || s.at(k) == '.' || s.lang == article.ZH && spaces > 0 || // not "thirty (30) times"
			spaces > 0 && (s.at(k) == ',' || s.wordBefore(start-1, []string{"and", "or"})) && s.itemBefore(start, end) || // "(1) to maximize …, or (2) given"
			s.lang == article.ZH && s.at(k) == '或' && strings.ContainsRune("；，;,", s.at(k-1)) && s.itemBefore(start, end) // ：(1)……；或(2)……; not 第(1)或(2)款
	case s.lang == article.ZH:
		return (close == '、' || close == '.' || close == '．') && !isDigit(s.at(end+1)) && (stop || spaces > 0) ||
			(close == '）' || close == ')') && (stop || spaces > 0 && s.itemBefore(start, end))
	}
	next := s.at(end + 1)
	sentence := s.at(k) == '.' && spaces == 1 && next == ' ' && unicode.IsUpper(s.at(end+2)) // "conduct. 2. Budget"
	return close == '.' && (next == ' ' || isLatin(next) || next == '"' || next == '“') && (stop || spaces >= 2 || sentence) ||
		close == ')' && stop && !s.openBefore(start) // not "(value: 0)"
}

// openBefore reports whether a bracket opened before i, within the 200
// runes a bracket's words run to, is still open there: a closing bracket
// after i closes it, and numbers no item.
func (s *scanner) openBefore(i int) bool {
	depth := 0
	for k := i - 1; k >= 0 && k >= i-200; k-- {
		switch s.rs[k] {
		case ')', '）':
			depth++
		case '(', '（':
			if depth == 0 {
				return true
			}
			depth--
		}
	}
	return false
}

// tenToThe reports whether i may hold 10 raised to a power: 10 and its
// exponent after a caret, a minus, in superscript or run into it where the
// superscript was lost (20 × 10-18, 6 × 10^23, 1.1 × 1011).
func (s *scanner) tenToThe(i int) bool {
	return s.at(i) == '1' && s.at(i+1) == '0' && (isDigit(s.at(i+2)) || strings.ContainsRune("^-⁻⁰¹²³⁴⁵⁶⁷⁸⁹", s.at(i+2)))
}

// bareDecimal reports whether the digits at i are the decimals of a
// number written without its leading zero (.08%, $.20, {.01, .05}): a
// point before them, and before the point a space, a bracket, a brace,
// =, a slash (1/.7), a comma (mAP@[.5，.95]), a minus after a space (-.8), a full-width
// colon (默认值：.025) or a currency sign; in Chinese, not
// at the text's start, and after a Chinese character too (.50口径).
func (s *scanner) bareDecimal(i int) bool {
	if s.at(i-1) != '.' {
		return false
	}
	switch s.at(i - 2) {
	case 0, ' ', '(', '$', '€', '£', '{', '[', '=', '：', ',', '，', '/':
		return s.lang == article.EN || s.at(i-2) != 0 // .08%, $.20, {.01, .05}; in Chinese too, as its formulas copy them
	case '-', '−':
		return strings.ContainsRune(" ([", s.at(i-3)) || i == 2 // from -.5 down to -.8: -0.5, the sign read apart
	}
	if strings.ContainsRune("XxNn", s.at(i-2)) && !isLatin(s.at(i-3)) && !isDigit(s.at(i-3)) {
		return true // X.49 becomes X: a whole number left unknown, its decimals stated
	}
	if s.lang != article.ZH || !isHan(s.at(i-2)) {
		return false
	}
	e := i
	for isDigit(s.at(e)) {
		e++
	}
	// 转化为.50口径: a calibre, .50; not 积分.100公里组, a full stop typed
	// before a count or a measure.
	return !strings.ContainsRune(countMeasures+"公千米元人年天", s.at(e))
}

// indianGroups reads the rest of a number grouped the Indian way after
// its first one or two digits, digits, ending at i: pairs of digits, then
// three (2,06,737; 1,00,000; 12,34,56,789). It returns where the number
// ends and its digits.
func (s *scanner) indianGroups(i int, digits string) (int, string, bool) {
	if len(digits) > 2 || s.at(i) != ',' || !isDigit(s.at(i+1)) || !isDigit(s.at(i+2)) || s.at(i+3) != ',' {
		return i, digits, false
	}
	var b strings.Builder
	b.WriteString(digits)
	e := i
	for s.at(e) == ',' && isDigit(s.at(e+1)) && isDigit(s.at(e+2)) && s.at(e+3) == ',' {
		b.WriteByte(byte('0' + digitValue(s.at(e+1))))
		b.WriteByte(byte('0' + digitValue(s.at(e+2))))
		e += 3
	}
	if s.at(e) != ',' || !s.groupOfThree(e+1) {
		return i, digits, false
	}
	for k := e + 1; k < e+4; k++ {
		b.WriteByte(byte('0' + digitValue(s.at(k))))
	}
	return e + 4, b.String(), true
}

// pointGroupsEnd returns the end of two or more groups of three digits,
// each after a point, that start at i (3.000.000: 3 million); i when there
// are fewer, or a point and a digit follow (an address, 192.168.001.001).
func (s *scanner) pointGroupsEnd(i int) int {
	e, n := i, 0
	for s.at(e) == '.' && s.groupOfThree(e+1) {
		e, n = e+4, n+1
	}
	if n < 2 || s.at(e) == '.' && isDigit(s.at(e+1)) {
		return i
	}
	return e
}

// groupedByWan reports whether the digits from i to end, before a comma
// and four digits, open a number grouped by 万 (100,0000): not the end of
// a range (1635-36,1655), nor before a year (36,1655, a list).
func (s *scanner) groupedByWan(i, end int) bool {
	if strings.ContainsRune("-–—~～至到", s.at(i-1)) || isDigit(s.at(i-1)) {
		return false
	}
	k := end
	for s.at(k) == ',' && s.groupOfFour(k+1) {
		k += 5
	}
	last := 0
	for _, r := range s.rs[k-4 : k] {
		last = 10*last + digitValue(r)
	}
	return k > end+5 || last < 1000 || last > 2099
}

// groupOfFour reports whether four digits, and no more, start at i.
func (s *scanner) groupOfFour(i int) bool {
	return s.groupOfThree(i+1) && isDigit(s.at(i))
}

// groupOfThree reports whether exactly three digits start at i.
func (s *scanner) groupOfThree(i int) bool {
	return isDigit(s.at(i)) && isDigit(s.at(i+1)) && isDigit(s.at(i+2)) && !isDigit(s.at(i+3))
}

// currencySign reads a currency sign written before a number ($, €, £, ¥); it returns the currency and the index after the sign.
func (s *scanner) currencySign(i int) (string, int) {
	switch s.at(i) {
	case '$':
		if p := s.at(i - 1); isDigit(p) || p == ')' || p == '}' {
			return "", i // $E(2)$ 四舍五入: a formula's closing sign before the text goes on, no dollar
		}
		if s.at(i+1) == 'A' && isDigit(s.at(i+2)) {
			return AUD, i + 2 // $A45,000: Australian dollars, as Australia's documents write them
		}
		if s.at(i+1) == 'U' && s.at(i+2) == 'S' && isDigit(s.at(i+3)) {
			return USD, i + 3 // $US5.87 billion, as Australian news writes American dollars
		}
		return USD, i + 1
	case '€':
		return EUR, i + 1
	case '£', '￡':
		return GBP, i + 1
	case '¥', '￥':
		return YenOrYuan, i + 1
	}
	return "", i
}

// amountAfterSign reads the number after a currency sign or code that
// starts at start and ends at after.
func (s *scanner) amountAfterSign(start, after int, cur string) match {
	k := s.spaces(after)
	if k > after+1 {
		return skip(after)
	}
	if isDigit(s.at(k)) {
		if e := s.alnumEnd(k); s.has(e, "年期") || s.has(e, "個月") || s.has(e, "个月") {
			return skip(after) // 人民幣1年期債券: a bond's term, not an amount
		}
		return s.arabicAt(start, k, cur)
	}
	if k == after && s.at(k) == '.' && isDigit(s.at(k+1)) && s.bareDecimal(k+1) {
		return s.arabicAt(start, k+1, cur) // $.20: twenty cents
	}
	if _, ok := hanDigits[s.at(k)]; ok || s.at(k) == '十' {
		return s.hanNumeralAt(start, k, cur) // 人民币三万亿元
	}
	return skip(after)
}

// dayOfStatedMonth reads "the 26th", an ordinal day ending at e, as a date
// in the month of the last date before it that states its day (between 20:00
// on July 25th and 20:00 on the 26th): a translator says the month once.
// Nothing but punctuation or a word of a list or a time may follow it (not
// the 21st century, the 19th Congress).
func (s *scanner) dayOfStatedMonth(c core, e int) (match, bool) {
	if !c.integer || c.value < 1 || c.value > 31 || c.start < 4 || !strings.EqualFold(string(s.rs[c.start-4:c.start]), "the ") {
		return match{}, false
	}
	if k := s.spaces(e); k > e && strings.ContainsRune("\"“‘'", s.at(k)) && unicode.IsUpper(s.at(k+1)) {
		return match{}, false // the 24th "National Eye Care Day": the ordinal of a name in quotation marks
	}
	if k := s.spaces(e); isLatin(s.at(k)) {
		switch strings.ToLower(string(s.rs[k:s.wordEnd(k)])) {
		case "and", "or", "to", "at", "until", "till":
			if s.ordinalBeforeNoun(s.spaces(s.wordEnd(k))) {
				return match{}, false // the 18th and 19th centuries
			}
		default:
			return match{}, false
		}
	}
	for i := len(s.out) - 1; i >= 0; i-- {
		if q := s.out[i]; q.Unit == Date && dayOf(q.Value) > 0 && int(q.Value)/100%100 > 0 {
			if float64(dayOf(q.Value)) > c.value {
				return match{}, false // the 2nd after July 30th: another month
			}
			return found(e, float64(int(q.Value)/100*100)+c.value, Date), true
		}
	}
	return match{}, false
}

// rangeEndDay reads an ordinal day that ends a range or a pair of days
// after a date (November 16th to 18th, May 2nd and 3rd): it takes the
// date's month.
func (s *scanner) rangeEndDay(c core, e int) (match, bool) {
	if !c.integer || c.value < 1 || c.value > 31 || len(s.out) == 0 {
		return match{}, false
	}
	p := s.out[len(s.out)-1]
	if p.Unit != Date || dayOf(p.Value) == 0 || int(p.Value)/100%100 == 0 || float64(dayOf(p.Value)) >= c.value || p.End > c.start {
		return match{}, false
	}
	switch strings.ToLower(strings.TrimSpace(string(s.rs[p.End:c.start]))) {
	case "to", "and", "-", "–", "through", "until":
		return found(e, float64(int(p.Value)/100%100*100)+c.value, Date), true
	}
	return match{}, false
}

// ordinalBeforeNoun reports whether an ordinal in digits at i is followed
// by a word that is not a month nor "of": the second of "the 18th and 19th
// centuries" or "the 3rd and 4th floors", which make the first no day.
func (s *scanner) ordinalBeforeNoun(i int) bool {
	c, ok := s.arabicCore(i)
	if !ok || c.start == c.end {
		return false
	}
	switch string(s.rs[c.end:s.wordEnd(c.end)]) {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	k := s.spaces(s.wordEnd(c.end))
	if !isLatin(s.at(k)) || strings.EqualFold(string(s.rs[k:s.wordEnd(k)]), "of") {
		return false
	}
	m, _, _ := s.monthAt(k)
	return m == 0
}

// englishIdioms are English set phrases that end in a number written in
// digits, which a translator renders by their sense: a Catch 22 is 进退两难,
// cloud 9 is 欣喜若狂.
var englishIdioms = []struct {
	words string
	value float64
}{{"catch", 22}, {"cloud", 9}}

// englishIdiom reports whether the number c at i ends an English idiom.
func (s *scanner) englishIdiom(i int, c core) bool {
	if !isSpace(s.at(i-1)) || isDigit(s.at(c.end)) || s.at(c.end) == '.' && isDigit(s.at(c.end+1)) {
		return false
	}
	for _, id := range englishIdioms {
		n := len([]rune(id.words))
		b := i - 1 - n
		if c.value == id.value && b >= 0 && !isLatin(s.at(b-1)) && strings.EqualFold(string(s.rs[b:i-1]), id.words) {
			return true
		}
	}
	return false
}

// textWords are the English words of text messages and posts that a
// digit spells, in lower case: 2day is today, some1 someone.
var textWords = map[string]bool{
	"2day": true, "2morrow": true, "2moro": true, "2nite": true, "2night": true, "2gether": true, "4ever": true,
	"2u": true, "4u": true, "b4": true, "some1": true, "any1": true, "every1": true, "no1": true, "gr8": true, "l8r": true,
	"2say": true, "2do": true, "2go": true, "2see": true, "2be": true, "2get": true, "4get": true, "2make": true, "2take": true,
}

// textVerbs are the words, in lower case as a post writes them, before
// which a lone 2 is "to" (Excited 2 take the stage, thank you 2 my fans,
// the greatest 2 do it).
var textVerbs = map[string]bool{
	"take": true, "do": true, "be": true, "go": true, "see": true, "get": true, "make": true, "say": true, "have": true,
	"help": true, "meet": true, "watch": true, "my": true, "all": true, "u": true, "you": true, "me": true, "everyone": true,
}

// textSpeak reports whether the digits c at i, in English, spell a word
// of a text message or post (2day, some1, 4ever) or a lone 2 that is "to"
// between a word and one of textVerbs, and returns where that word ends.
func (s *scanner) textSpeak(start, i int, c core) (int, bool) {
	if s.lang != article.EN || start != i || !c.plainDigit || c.end-c.start != 1 {
		return 0, false
	}
	b := i
	for isLatin(s.at(b - 1)) {
		b--
	}
	e := c.end
	for isLatin(s.at(e)) {
		e++
	}
	if (b < i || e > c.end) && textWords[strings.ToLower(string(s.rs[b:e]))] {
		return e, true
	}
	if c.value != 2 || e > c.end || s.at(i-1) != ' ' || !isLatin(s.at(i-2)) || s.at(c.end) != ' ' {
		return 0, false
	}
	w := c.end + 1
	for s.at(w) >= 'a' && s.at(w) <= 'z' {
		w++
	}
	before := strings.ToLower(string(s.rs[max(0, i-9) : i-1]))
	return c.end, textVerbs[string(s.rs[c.end+1:w])] && !isLatin(s.at(w)) && s.at(w) != '.' && !labelWordEnds(before)
}

// labelWordEnds reports whether text ends with a word that a number
// names a part after (page 2, chapter 2, step 2, phase 2).
func labelWordEnds(text string) bool {
	for _, w := range []string{"page", "chapter", "step", "phase", "part", "section", "level", "round", "stage", "game", "year", "grade", "day", "week", "number", "no"} {
		if strings.HasSuffix(text, " "+w) || text == w {
			return true
		}
	}
	return false
}

// perfectVision reports whether the number c is the 20 of 20/20 (20-20)
// said of hindsight or vision, an idiom a translator renders by its sense
// (事后诸葛亮), and returns the end of the second 20.
func (s *scanner) perfectVision(c core) (int, bool) {
	if c.value != 20 || c.end-c.start != 2 || !strings.ContainsRune("/-", s.at(c.end)) ||
		!s.has(c.end+1, "20") || isDigit(s.at(c.end+3)) {
		return 0, false
	}
	around := strings.ToLower(string(s.rs[max(0, c.start-30):min(len(s.rs), c.end+30)]))
	return c.end + 3, strings.Contains(around, "hindsight") || strings.Contains(around, "vision")
}

// dateAfterLetters reports whether a date or a time of day starts at i,
// letters run into it being not its name but the text before it: a
// Chinese date in digits with its year and month after a web address
// (www.blairwitch.com1999年1月6日), a time with its minutes and am or pm
// after a heading (Information Centre9:00am).
func (s *scanner) dateAfterLetters(i int) bool {
	k := i
	for isDigit(s.at(k)) {
		k++
	}
	if k-i <= 2 && s.at(k) == ':' && isDigit(s.at(k+1)) && isDigit(s.at(k+2)) {
		_, end := s.meridiem(k + 3)
		return end > k+3
	}
	if k-i != 4 || s.at(k) != '年' {
		return false
	}
	m := k + 1
	for isDigit(s.at(m)) {
		m++
	}
	return m > k+1 && m <= k+3 && s.at(m) == '月'
}

// gluedWords are the words before an amount that a translation may run
// into its digits, a space left out ("nearly10,000 bottles"), or that a
// text converted from a PDF runs into them ("the39predicted categories",
// "byabout3.6times", "and84 with full-term birth").
var gluedWords = []string{"nearly", "about", "around", "almost", "over", "approximately", "roughly", "some", "only", "just",
	"the", "and", "of", "by", "to", "at", "in", "on", "than", "with", "from", "for", "was", "were", "is", "are", "or", "per", "total"}

// approxGlued reports whether the letters just before the digits at i,
// with no space between, are words of gluedWords in lower case, one or
// more run together (byabout3.6; not band84, a name), before at most six
// digits (not for20112012b, two years run together).
func (s *scanner) approxGlued(i int) bool {
	k := i
	for k > 0 && isLatin(s.at(k-1)) {
		k--
	}
	e := i
	for isDigit(s.at(e)) {
		e++
	}
	return e-i <= 6 && gluedRun(string(s.rs[k:i]))
}

// gluedRun reports whether run is made of gluedWords run together.
func gluedRun(run string) bool {
	if run == "" {
		return false
	}
	for _, w := range gluedWords {
		if rest, ok := strings.CutSuffix(run, w); ok && (rest == "" || gluedRun(rest)) {
			return true
		}
	}
	return false
}

// isASCIILower reports whether r is a small Latin letter, a to z.
func isASCIILower(r rune) bool { return r >= 'a' && r <= 'z' }
