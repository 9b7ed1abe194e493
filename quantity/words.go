package quantity

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// wordNumbers are the English number words read on their own. One is left
// out: "one" and "a" are read only before a scale or a fraction (a million,
// one third), since the other language seldom writes them as a number.
var wordNumbers = map[string]float64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// fractionWords are the denominators of English fractions, singular.
var fractionWords = map[string]float64{
	"third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "fourth": 4, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "hundredth": 100, "thousandth": 1000,
	"millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
}

// months by English name; the short names may take a full stop (Feb.).
var (
	fullMonths = map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	}
	shortMonths = map[string]int{
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
		"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
	// lowerCaseMonths are the month names that are no other English word,
	// read in lower case too (not march, may, august).
	lowerCaseMonths = map[string]bool{"january": true, "february": true, "april": true, "june": true, "july": true,
		"september": true, "october": true, "november": true, "december": true}
	currencyCodes = map[string]string{
		"USD": USD, "EUR": EUR, "GBP": GBP, "CNY": CNY, "RMB": CNY, "JPY": JPY, "HKD": HKD,
		"TWD": TWD, "NTD": TWD, "CHF": CHF, "SGD": SGD, "KRW": KRW,
	}
)

// latinWord reads what may start with a Latin word: a currency written
// before the number (US$, HK$, RMB, USD), a date (Feb. 4, 2026, October
// 2025) or English number words.
func (s *scanner) latinWord(i int) match {
	e := s.wordEnd(i)
	if isLatin(s.at(i-1)) && !s.camelStart(i) || isDigit(s.at(i-1)) && !s.monthRunIn(i) {
		return skip(e)
	}
	w := string(s.rs[i:e])
	if j := camelNumber(s.rs[i:e]); j > 0 {
		return skip(i + j) // MethodsFifty-seven: a heading run into the number by a PDF's conversion
	}
	switch {
	case w == "US" && s.at(e) == '$':
		return s.amountAfterSign(i, e+1, USD)
	case w == "US" && isDigit(s.at(e)):
		return s.amountAfterSign(i, e, USD) // US21.99 billion: the dollar sign left out
	case w == "HK" && s.at(e) == '$':
		return s.amountAfterSign(i, e+1, HKD)
	case w == "HK" && isDigit(s.at(e)):
		return s.amountAfterSign(i, e, HKD) // HK4.97 cents: the dollar sign left out
	case w == "HK" && s.at(e) == '(' && isDigit(s.at(e+1)):
		return s.amountAfterSign(i, e+1, HKD) // HK(14.92 cents): a loss, in an account's brackets
	case w == "NT" && s.at(e) == '$':
		return s.amountAfterSign(i, e+1, TWD)
	case w == "NT" && isDigit(s.at(e)):
		return s.amountAfterSign(i, e, TWD) // NT200,000: the dollar sign left out
	case w == "A" && s.at(e) == '$':
		return s.amountAfterSign(i, e+1, AUD)
	case w == "C" && s.at(e) == '$':
		return s.amountAfterSign(i, e+1, CAD)
	case w == "S" && s.at(e) == '$':
		return s.amountAfterSign(i, e+1, SGD)
	case currencyCodes[w] != "":
		return s.amountAfterSign(i, e, currencyCodes[w])
	case w == "Euro" && isDigit(s.at(e)):
		return s.amountAfterSign(i, e, EUR) // Euro1.5 million, as United Nations documents write it; Euro 2020 is a tournament
	case w == "SFr" && isDigit(s.at(s.spaces(e))):
		return s.amountAfterSign(i, e, CHF) // SFr664m: Swiss francs, as the Financial Times writes them
	case w == "Rmb" && isDigit(s.at(s.spaces(e))):
		return s.amountAfterSign(i, e, CNY) // Rmb20bn, as the Financial Times writes the renminbi
	case w == "Won" && isDigit(s.at(e)):
		return s.amountAfterSign(i, e, KRW) // Won450bn: Korean won, as the Financial Times writes them
	}
	if m, _, _ := s.monthAt(i); m > 0 {
		return s.monthDate(i)
	}
	return s.numberWords(i)
}

// camelStart reports whether a capitalised number word starts at i, run
// into the lower-case word before it (camelNumber).
func (s *scanner) camelStart(i int) bool {
	k := i
	for k > 0 && isLatin(s.at(k-1)) {
		k--
	}
	return camelNumber(s.rs[k:s.wordEnd(i)]) == i-k
}

// camelNumber returns where a capitalised number word starts inside word,
// run into the lower-case word before it ("MethodsFifty"), or a month's
// name after mid, early or late ("midSeptember") or a day's ordinal
// ending ("21stOctober"); 0 when neither does.
func camelNumber(word []rune) int {
	for j := 1; j < len(word); j++ {
		if unicode.IsUpper(word[j]) && unicode.IsLower(word[j-1]) {
			tail, head := strings.ToLower(string(word[j:])), string(word[:j])
			_, number := wordNumbers[tail]
			_, month := fullMonths[tail]
			if number && j >= 3 || month && (head == "mid" || head == "early" || head == "late" || ordinalSuffixes[head]) {
				return j
			}
			return 0
		}
	}
	return 0
}

// ordinalSuffixes are the endings of an ordinal in digits (1st, 2nd).
var ordinalSuffixes = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// monthRunIn reports whether a capitalised month name begins at i right
// after a year, as a text extracted from a PDF runs a range of months
// together ("January 2013December 2014").
func (s *scanner) monthRunIn(i int) bool {
	if !unicode.IsUpper(s.at(i)) || !isDigit(s.at(i-1)) || isDigit(s.at(i-5)) || !isDigit(s.at(i-4)) {
		return false
	}
	_, ok := fullMonths[strings.ToLower(string(s.rs[i:s.wordEnd(i)]))]
	return ok
}

// monthAt reads a capitalised month name at i (January, Feb., Sept); full
// says whether it is written out.
func (s *scanner) monthAt(i int) (m, end int, full bool) {
	if isLatin(s.at(i-1)) && !s.camelStart(i) {
		return 0, i, false // midSeptember, run together by a PDF's conversion, is read
	}
	e := s.wordEnd(i)
	w := strings.ToLower(string(s.rs[i:e]))
	if !unicode.IsUpper(s.at(i)) {
		// A month in lower case, as a text extracted from a PDF may write
		// it ("since october 1998"), when the name is no other word.
		if m, ok := fullMonths[w]; ok && (lowerCaseMonths[w] || s.dayAndYearAfter(e)) {
			return m, e, true // and "on august 8, 1967", a day and a year after it
		}
		return 0, i, false
	}
	if m, ok := fullMonths[w]; ok {
		return m, e, true
	}
	if m, ok := shortMonths[w]; ok {
		if s.at(e) == '.' {
			e++
		}
		return m, e, false
	}
	return 0, i, false
}

// dayAndYearAfter reports whether a day of the month and a year follow e
// (" 8, 1967"), as they follow a month's name in a date.
func (s *scanner) dayAndYearAfter(e int) bool {
	k := s.spaces(e)
	if k == e || !isDigit(s.at(k)) {
		return false
	}
	c, ok := s.arabicCore(k)
	if !ok || !c.plainDigit || !c.integer || c.digits > 2 || c.value < 1 || c.value > 31 {
		return false
	}
	y, _ := s.yearAfter(s.ordinalEnd(c.end))
	return y > 0
}

// monthDate reads a date that starts with a month: Feb. 4, 2026, Feb 4,
// October 2025, and a full month name alone (October, but not May).
func (s *scanner) monthDate(i int) match {
	m, e, full := s.monthAt(i)
	if s.at(e) == ',' && (full || unicode.IsUpper(s.at(i))) {
		if y, end := s.yearAfter(e); y > 0 {
			return found(end, date(y, float64(m), 0), Date) // January, 2015; Jan, 2013
		}
	}
	k, comma := s.spaces(e), false
	if full && s.at(e) == ',' && isDigit(s.at(e+1)) {
		k, comma = e+1, true // March,5th, 2013: a comma for the space
	}
	if (k > e || !full && s.at(e-1) == '.') && isDigit(s.at(k)) { // Feb 4, and Jan.31 run together
		c, ok := s.arabicCore(k)
		switch {
		case !ok:
		case unicode.IsUpper(s.at(c.end)) && !isLatin(s.at(c.end+1)):
			return skip(e) // Long March 5B: a rocket's name, no date
		case c.plainDigit && c.integer && c.digits <= 2 && c.value >= 1 && c.value <= 31:
			y, end := s.yearAfter(s.ordinalEnd(c.end))
			if comma && y == 0 && s.ordinalEnd(c.end) == c.end {
				break // March,12 people: a list, no date
			}
			return found(end, date(y, float64(m), c.value), Date)
		case yearLike(c) && (!isLatin(s.at(c.end)) || s.monthRunIn(c.end)):
			return found(c.end, date(c.value, float64(m), 0), Date) // and "January 2013December 2014", a dash lost
		}
	}
	if k := s.spaces(e); k > e && full {
		if d, end, ok := s.ordinalDay(k); ok {
			y, e := s.yearAfter(end)
			if y == 0 {
				y, e = s.yearWordsAfter(end)
			}
			return found(e, date(y, float64(m), d), Date) // March thirty-first, nineteen ninety-seven
		}
	}
	if y, end := s.yearOfMonth(e); full && y > 0 {
		return found(end, date(y, float64(m), 0), Date) // May of 2018
	}
	if full && m != 5 && (!s.nameAfter(e) || s.wordBefore(i, monthBeforeCapital)) {
		return found(e, date(0, float64(m), 0), Date) // in March America's regulator: a month all the same
	}
	return skip(e)
}

// monthBeforeCapital are the words before a month that make it one, even
// before a capitalised word (In March America's regulator): fewer than
// monthPreposition reads, as not "by" nor "from", which a name may follow
// (an album by June Christy).
var monthBeforeCapital = []string{"in", "since", "until", "during", "last", "early", "late"}

// wordBefore reports whether one of words, in lower case, stands before
// i, a space between them.
func (s *scanner) wordBefore(i int, words []string) bool {
	k := i - 1
	if s.at(k) != ' ' {
		return false
	}
	b := k
	for b > 0 && isLatin(s.at(b-1)) {
		b--
	}
	return b < k && slices.Contains(words, strings.ToLower(string(s.rs[b:k])))
}

// yearWordsAfter reads a year in words after a date in words ending at i,
// past a comma: nineteen ninety-seven, nineteen-oh-five, twenty
// twenty-four, two thousand and five. It returns 0 and i when there is
// none.
func (s *scanner) yearWordsAfter(i int) (float64, int) {
	k := i
	if s.at(k) == ',' {
		k++
	}
	k = s.spaces(k)
	word := func(k int) (string, int) { // the lower-case word at k and where the next begins
		e := s.wordEnd(k)
		w := strings.ToLower(string(s.rs[k:e]))
		next := e
		if s.at(e) == '-' || s.at(e) == ' ' {
			next = e + 1
		}
		return w, next
	}
	w, next := word(k)
	if w == "" {
		return 0, i
	}
	if w == "two" {
		if w2, n2 := word(next); w2 == "thousand" {
			y, end := 2000.0, s.wordEnd(next)
			if w3, n3 := word(n2); w3 == "and" {
				n2 = n3
			}
			if v, e, ok := s.twoDigitWords(n2); ok {
				y, end = y+v, e
			}
			return y, end
		}
		return 0, i
	}
	century, ok := wordNumbers[w]
	if !ok || century < 10 || century > 20 {
		return 0, i
	}
	if v, e, ok := s.twoDigitWords(next); ok {
		return century*100 + v, e
	}
	return 0, i
}

// twoDigitWords reads a number from 1 to 99 in words at k (ninety-seven,
// twelve, oh five), for the last two digits of a year.
func (s *scanner) twoDigitWords(k int) (float64, int, bool) {
	e := s.wordEnd(k)
	w := strings.ToLower(string(s.rs[k:e]))
	if w == "oh" && (s.at(e) == '-' || s.at(e) == ' ') {
		e2 := s.wordEnd(e + 1)
		if v, ok := wordNumbers[strings.ToLower(string(s.rs[e+1:e2]))]; ok && v < 10 {
			return v, e2, true
		}
		return 0, k, false
	}
	v, ok := wordNumbers[w]
	if !ok || e == k {
		return 0, k, false
	}
	if v >= 20 && int(v)%10 == 0 && (s.at(e) == '-' || s.at(e) == ' ') {
		e2 := s.wordEnd(e + 1)
		if u, ok := wordNumbers[strings.ToLower(string(s.rs[e+1:e2]))]; ok && u < 10 {
			return v + u, e2, true
		}
	}
	return v, e, true
}

// ordinalDay reads a day of the month written as an ordinal in words at
// i, after a month's name: first, twelfth, twenty-first, thirty first.
func (s *scanner) ordinalDay(i int) (float64, int, bool) {
	e := s.wordEnd(i)
	w := strings.ToLower(string(s.rs[i:e]))
	if d, ok := ordinalWords[w]; ok && d <= 31 {
		return d, e, true
	}
	if d, end, ok := s.tensOrdinal(e, w); ok && d <= 31 {
		return d, end, true
	}
	return 0, i, false
}

// ordinalDayOfMonth reads a date whose day is an ordinal in words before
// "of" or "day of" and a month's full name: the twenty-fifth of June, this
// fifth day of June, 2020 (as treaties and deeds date themselves), with the
// year in digits or in words; w is the word at i, in lower case.
func (s *scanner) ordinalDayOfMonth(i int, w string) (match, bool) {
	if _, ok := ordinalWords[w]; !ok && w != "twenty" && w != "thirty" {
		return match{}, false // no ordinal day starts with w: read nothing more
	}
	d, end, ok := s.ordinalDay(i)
	if !ok || s.at(end) != ' ' {
		return match{}, false
	}
	k := s.dayOf(end + 1)
	if k == end {
		return match{}, false
	}
	m, e, full := s.monthAt(k + 1)
	if m == 0 || !full {
		return match{}, false
	}
	y, e2 := s.yearAfter(e)
	if y == 0 {
		y, e2 = s.yearWordsAfter(e)
	}
	return found(e2, date(y, float64(m), d), Date), true
}

// numberInName reports whether the number word from i to e is part of a
// name: capitalised inside a sentence and before a capitalised word (the
// Three Gorges, the Seven Sisters), in a text that does not capitalise
// its words as a headline does.
func (s *scanner) numberInName(i, e int) bool {
	if !unicode.IsUpper(s.at(i)) || !s.nameAfter(e) || s.isWord(s.spaces(e), "For") || s.headline() {
		return false
	}
	k := i - 1
	k = spacesBack(s.rs, k)
	return k >= 0 && k < i-1 && isLatin(s.rs[k]) // not a sentence's first word, nor after a mark ("Three. …", (Three)
}

// headline reports whether the text capitalises its words as a headline
// does: no word of five letters or more in it begins in lower case.
func (s *scanner) headline() bool {
	if s.titled == 0 {
		s.titled = 1
		for k := 0; k < len(s.rs); k++ {
			if !isLatin(s.rs[k]) || k > 0 && isLatin(s.rs[k-1]) {
				continue
			}
			e := s.wordEnd(k)
			if e-k >= 5 && unicode.IsLower(s.rs[k]) {
				s.titled = 2
				break
			}
			k = e - 1
		}
	}
	return s.titled == 1
}

// nameAfter reports whether a month name alone ending at e begins a name:
// a capitalised word or "for" follows it (March for Life, March Madness).
func (s *scanner) nameAfter(e int) bool {
	k := s.spaces(e)
	if k == e {
		return false
	}
	_, isFor := s.hasWord(k, "for")
	return unicode.IsUpper(s.at(k)) || isFor
}

// ordinalEnd steps over st, nd, rd or th after a day at i (Feb. 4th).
func (s *scanner) ordinalEnd(i int) int {
	e := s.wordEnd(i)
	switch strings.ToLower(string(s.rs[i:e])) {
	case "st", "nd", "rd", "th":
		return e
	}
	return i
}

// idioms are English phrases whose number words count nothing: "talking
// nineteen to the dozen" (fast), "forty winks" (a nap), "six of one, half
// a dozen of the other" (all the same), "the whole nine yards", "on cloud
// nine"; and terms: "two's complement" (补码), a way to write a negative
// number in binary.
var idioms = []string{"nineteen to the dozen", "forty winks", "six of one, half a dozen of the other", "half a dozen of the other", "whole nine yards", "cloud nine",
	"two's complement", "two’s complement", "one's complement", "one’s complement"}

// idiom returns the end of the idiom whose number word w starts at i, if
// one does.
func (s *scanner) idiom(i int, w string) (int, bool) {
	if _, ok := wordNumbers[w]; !ok && w != "half" {
		return i, false // most words: no idiom opens with them
	}
	for _, p := range idioms {
		words := strings.Fields(p)
		for k, pw := range words {
			if pw != w && strings.TrimSuffix(strings.TrimSuffix(pw, "'s"), "’s") != w {
				continue // two of two's complement
			}
			start := i - len([]rune(strings.Join(words[:k], " ")))
			if k > 0 {
				start--
			}
			if start < 0 || isLatin(s.at(start-1)) {
				continue
			}
			if end, ok := s.hasWord(start, p); ok {
				return end, true
			}
		}
	}
	return i, false
}

// numberWords reads English number words at i: six months, twenty-five,
// two hundred, two-thirds, tenfold, a million, one third.
func (s *scanner) numberWords(i int) match {
	e := s.wordEnd(i)
	w := strings.ToLower(string(s.rs[i:e]))
	if w == "five" && s.at(i) == 'F' && (s.isWord(e, "-year plan") || s.isWord(e, " year plan")) {
		return skip(e) // the Tenth Five-Year Plan: a plan's name, “十五”计划; not "a five-year plan"
	}
	if w == "twenty" && (s.isWord(e, "-foot equivalent") || s.isWord(e, " foot equivalent") || s.isWord(e, "-foot-equivalent")) {
		return skip(e) // twenty-foot equivalent units, TEU: a container's size named, 标箱
	}
	if end, ok := s.idiom(i, w); ok {
		return skip(end) // chattering away nineteen to the dozen: fast, no count
	}
	if v, end, ok := s.spokenDigits(i, e, w); ok {
		if m := s.suffix(core{start: i, end: end, value: v, integer: true, words: true}); m.ok && (m.unit != Plain || s.hasWordAfter(end, "degrees") || s.hasWordAfter(end, "turn")) {
			return m // One Six Zero Degrees: 160度
		}
	}
	if n, end, ok := s.tenToThePower(e, w); ok {
		return found(end, math.Pow(10, n), Plain) // ten to the seventh: 10^7
	}
	if v, end, ok := s.digitsJoined(e, w); ok {
		return found(end, v, Plain) // nine-one-one: 911, a number said digit by digit
	}
	if s.numberInName(i, e) {
		return skip(e) // the Three Gorges, the Seven Sisters
	}
	if m, ok := s.ordinalDayOfMonth(i, w); ok {
		return m // the twenty-fifth of June, this fifth day of June, 2020
	}
	if m, ok := s.pointWords(e, w); ok {
		return m // a quarter point, half a percentage point: 25 and 50 basis points
	}
	if v, end, ordinal, ok := s.oldStyle(i, e, w); ok {
		if ordinal {
			return skip(end) // the four and twentieth day: an ordinal
		}
		return s.suffix(core{start: i, end: end, value: v, integer: true, words: true}) // five and thirty years
	}
	if v, end, ok := s.theHundred(i, e, w); ok {
		return s.suffix(core{start: i, end: end, value: v, integer: true, words: true}) // the hundred and fifty days
	}
	if w == "one" || w == "zero" {
		if frac, end, ok := s.pointDigits(e); ok {
			return s.suffix(core{start: i, end: end, value: unitValue(w) + frac, words: true}) // one point five percent, zero point seven
		}
	}
	if w == "point" && s.wordBefore(i, pointLeaders) {
		if frac, end, ok := s.pointDigits(i - 1); ok {
			return s.suffix(core{start: i, end: end, value: frac, words: true}) // a precision of point five: 0.5
		}
	}
	if w == "a" || w == "one" || w == "quarter" {
		rest := "quarter of a century"
		if w == "quarter" {
			rest = "of a century"
		}
		if end, ok := s.hasWord(s.spaces(e), rest); ok && s.spaces(e) > e {
			return found(end, 25, Years) // the past quarter of a century, in a quarter of a century: 25年
		}
	}
	if w == "a" || w == "an" || w == "one" || w == "another" {
		return s.oneOrA(i, e, w != "one") // another billion: 10亿
	}
	if v, ok := foldWord(w); ok {
		return found(e, v, Multiple)
	}
	if v, ok := multipliedWord(w); ok {
		return found(e, v, Multiple) // quadrupled: 四倍
	}
	if v, ok := s.multiplyVerb(e, w); ok {
		return found(e, v, Multiple) // "seen its value quintuple in five years": 增加4倍
	}
	if w == "half" {
		for _, sep := range []string{"-", " a ", "-a-"} {
			if s.has(e, sep+"decade") && !isLatin(s.at(e+len(sep)+6)) {
				return found(e+len(sep)+6, 5, Years) // a half-decade: 五年
			}
			if s.has(e, sep+"century") && !isLatin(s.at(e+len(sep)+7)) {
				return found(e+len(sep)+7, 50, Years) // half a century: 五十年
			}
			if s.has(e, sep+"millennium") && !isLatin(s.at(e+len(sep)+10)) {
				return found(e+len(sep)+10, 500, Years) // half a millennium: 五百年
			}
			if s.has(e, sep+"month") && !isLatin(s.at(e+len(sep)+5)) {
				return found(e+len(sep)+5, 15, Days) // half a month: 半个月
			}
		}
		for _, sc := range englishScales[:4] {
			if s.has(e, "-"+sc.word) && !isLatin(s.at(e+1+len(sc.word))) {
				return found(e+1+len(sc.word), sc.value/2, Plain) // a half-billion people: 五亿人
			}
		}
		return s.halfA(e)
	}
	if w == "decade" {
		if end, ok := s.andAHalf(e); ok {
			return found(end, 15, Years) // a decade and a half: 15年
		}
		return found(e, 10, Years) // a decade, the past decade: 十年
	}
	if w == "triennium" {
		return found(e, 3, Years) // the 2012-15 triennium: 3年期间; a biennium is left unread, as 两年期 is
	}
	if w == "hundred" && s.has(e, "-year") && !isLatin(s.at(e+5)) {
		return found(e+5, 100, Years) // the two hundred-year goals: 两个一百年
	}
	v, ok := wordNumbers[w]
	if !ok {
		v, ok = runTogether(w)
	}
	if tens, ok := somethings(w); ok {
		return found(e, tens, Plain) // a twentysomething: 二十几岁的人
	}
	if tens, ok := genarians[strings.TrimSuffix(w, "s")]; ok {
		return found(e, tens, Plain) // a septuagenarian: 七十多岁
	}
	if !ok {
		return skip(e)
	}
	if v >= 2 && v < 10 && s.decadeOrBefore(i) {
		return found(e, 10*v, Years) // a decade or two: 十年或二十年
	}
	if v >= 20 && v < 100 && s.at(e) == '-' {
		if u, ok := ordinalWords[strings.ToLower(string(s.rs[e+1:s.wordEnd(e+1)]))]; ok && u < 10 {
			return skip(s.wordEnd(e + 1)) // the fifty-eighth session: 第五十八届, an ordinal
		}
	}
	v, e = s.compound(v, e)
	if frac, end, ok := s.pointDigits(e); ok {
		return s.suffix(core{start: i, end: end, value: v + frac, words: true}) // sixty-one point seven six percent: 61.76%
	}
	if sc, end, ok := s.fractionOfScale(e, "s"); ok {
		return s.suffix(core{start: i, end: end, value: v * sc, scaled: true}) // two thirds of a billion
	}
	if den, end, ok := s.fractionWord(e, "s"); ok {
		if end, ok := s.ofAnHour(end); ok {
			return found(end, 60*v/den, Minutes) // three quarters of an hour: 四十五分钟
		}
		return found(end, v/den, Plain)
	}
	if end, ok := s.hasWord(s.spaces(e), "dozen"); ok && s.spaces(e) > e {
		return s.suffix(core{start: i, end: end, value: v * 12, integer: true}) // three dozen: 36
	}
	if den, end, ok := s.outOf(e); ok {
		return found(end, v/den, Plain) // three out of four: 四分之三
	}
	if den, end, ok := s.inEvery(e); ok && den > v && den <= 100 && s.at(end) != '-' && !s.hasWordAfter(end, "years") {
		return found(end, v/den, Plain) // four in five: 五分之四; not "two in five-year terms"
	}
	if end, ok := s.andAHalf(e); ok {
		return s.suffix(core{start: i, end: end, value: v + 0.5}) // three and a half years
	}
	m := s.suffix(core{start: i, end: e, value: v, integer: true, words: true})
	if m.ok && m.unit == Plain && v <= 12 && s.at(m.end) == '-' && isLatin(s.at(m.end+1)) {
		// two-way, three-party: a compound word, as a counting word; not
		// two-million, Five-hundred-meter, nor Sixty-four-bit, a figure
		// as 64-bit is
		return skip(s.wordEnd(m.end + 1))
	}
	return m
}

// spokenDigits reads a number spoken digit by digit, as a pilot or a
// controller reads it out on the radio, the digit's word w from i to e
// its first: "One Six Zero Degrees" (160), "Five Two Minutes" (52), which
// numberWords takes only before a unit (not "list one, one, two"); or
// in hundreds and tens before "turn" or "degrees", as a turn is named:
// "one eighty turn", "three sixty turn" (180 and 360).
func (s *scanner) spokenDigits(i, e int, w string) (float64, int, bool) {
	d, ok := digitWord(w)
	if !ok || s.at(e) != ' ' && s.at(e) != '-' {
		return 0, e, false
	}
	k := e + 1
	next := strings.ToLower(string(s.rs[k:s.wordEnd(k)]))
	if t, ok := wordNumbers[next]; ok && d > 0 && t >= 20 && int(t)%10 == 0 && !isLatin(s.at(i-1)) {
		end := s.wordEnd(k)
		if !s.hasWordAfter(end, "turn") && !s.hasWordAfter(end, "degrees") {
			return 0, e, false // not "five-thirty", "one twenty-five", a time
		}
		return d*100 + t, end, true
	}
	if s.at(e) != ' ' {
		return 0, e, false
	}
	v, n, end := d, 1, e
	for s.at(end) == ' ' {
		u, ok := digitWord(strings.ToLower(string(s.rs[end+1 : s.wordEnd(end+1)])))
		if !ok {
			break
		}
		v, n, end = v*10+u, n+1, s.wordEnd(end+1)
	}
	return v, end, n >= 2 && s.at(end) != '-'
}

// tenToThePower reads a power of ten said in words after "ten", w ending
// at e: "ten to the seventh", "ten to the thirteenth power"; not after
// "times", as a product's parts are read apart. It returns the exponent
// and where the words end.
func (s *scanner) tenToThePower(e int, w string) (float64, int, bool) {
	if w != "ten" || !s.has(e, " to the ") || s.wordBefore(e-3, []string{"times"}) {
		return 0, e, false // not "pi times ten to the seventh", a product read in its parts as 10 and 7 are
	}
	k := e + len(" to the ")
	end := s.wordEnd(k)
	n, ok := ordinalWords[strings.ToLower(string(s.rs[k:end]))]
	if !ok {
		return 0, e, false
	}
	if p, ok := s.hasWord(s.spaces(end), "power"); ok && s.spaces(end) > end {
		end = p
	}
	return n, end, true
}

// digitsJoined reads three or more digits' words joined by hyphens, the
// first w ending at e, as a number is said digit by digit: nine-one-one
// (911), one-one-zero (110). It returns the number and where it ends.
func (s *scanner) digitsJoined(e int, w string) (float64, int, bool) {
	v, ok := digitWord(w)
	n := 1
	for ok && s.at(e) == '-' {
		end := s.wordEnd(e + 1)
		d, isDigitWord := digitWord(strings.ToLower(string(s.rs[e+1 : end])))
		if !isDigitWord {
			break
		}
		v, e, n = v*10+d, end, n+1
	}
	return v, e, ok && n >= 3
}

// digitWord reads the word of a digit, and niner as radio speech says
// nine.
func digitWord(w string) (float64, bool) {
	switch w {
	case "zero":
		return 0, true
	case "one":
		return 1, true
	case "niner":
		return 9, true
	}
	v, ok := wordNumbers[w]
	return v, ok && v < 10
}

// pointDigits reads the decimal part of a number in words after e, " point"
// and a digit's word each ("point seven six": 0.76), as a law's official
// translation spells out 61.76%.
func (s *scanner) pointDigits(e int) (float64, int, bool) {
	end, ok := s.hasWord(e+1, "point")
	if s.at(e) != ' ' || !ok {
		return 0, e, false
	}
	frac, place, n := 0.0, 0.1, 0
	for s.at(end) == ' ' {
		w := strings.ToLower(string(s.rs[end+1 : s.wordEnd(end+1)]))
		d, ok := wordNumbers[w]
		if w == "zero" || w == "one" {
			d, ok = unitValue(w), true
		}
		if !ok || d > 9 {
			break
		}
		frac, place, end, n = frac+d*place, place/10, s.wordEnd(end+1), n+1
	}
	return frac, end, n > 0
}

// pointLeaders are the words after which "point" and digits' words are
// a decimal said without its zero (a precision of point five, equals point
// eight), not a point in an argument (at this point two things).
var pointLeaders = []string{"of", "is", "was", "be", "equals", "equal", "to", "from", "about", "around", "than", "by"}

// runTogether reads a tens word run into its unit, as a name or a hurried
// typist writes it: "Sally Thirtytwo", twentyfive.
func runTogether(w string) (float64, bool) {
	for _, tens := range []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"} {
		if unit, ok := strings.CutPrefix(w, tens); ok {
			if u, ok := wordNumbers[unit]; ok && u < 10 {
				return wordNumbers[tens] + u, true
			}
			if unit == "one" {
				return wordNumbers[tens] + 1, true
			}
		}
	}
	return 0, false
}

// genarians are the words for a person in a decade of life, by its tens.
var genarians = map[string]float64{
	"quadragenarian": 40, "quinquagenarian": 50, "sexagenarian": 60, "septuagenarian": 70,
	"octogenarian": 80, "nonagenarian": 90,
}

// somethings reads a tens word run into "something", a person of that
// decade of life (twentysomethings, a thirtysomething): the tens.
func somethings(w string) (float64, bool) {
	tens, ok := strings.CutSuffix(strings.TrimSuffix(w, "s"), "something")
	if v := wordNumbers[tens]; ok && v >= 20 && v < 100 && math.Mod(v, 10) == 0 {
		return v, true
	}
	return 0, false
}

// wordsRemainder reads the rest of a number in English words after its
// scale mult, which ends at i: the "eight hundred thirty" of thirty-five
// thousand eight hundred thirty, the "and one" of one thousand and one,
// the "three hundred thousand" of two million three hundred thousand. The
// rest is less than the scale; after a comma it must hold hundreds (two
// thousand, three hundred), as a list of two numbers may not. After "and"
// a rest in a scale as large is taken when it is less than the total read
// so far, as older English counts (an hundred thousand and fourscore
// thousand and six thousand and four hundred).
func (s *scanner) wordsRemainder(i int, mult, total float64) (float64, int, bool) {
	k, comma, and, ok := s.remainderStart(i)
	if !ok {
		return 0, i, false
	}
	e := s.wordEnd(k)
	w := strings.ToLower(string(s.rs[k:e]))
	u := unitValue(w)
	if w == "an" && and && s.hasWordAfter(e, "hundred") {
		u = 1 // eight thousand and an hundred
	}
	v, end, ordinal, old := s.oldStyle(k, e, w)
	if old = old && !ordinal; old {
		u, e = v, end // an hundred thousand and fifty and one thousand
	}
	if u == 0 || u >= 100 {
		return 0, i, false
	}
	if !old {
		u, e = s.hyphenUnit(u, e)
	}
	hundreds := u
	u, e = s.compound(u, e)
	if comma && u == hundreds {
		return 0, i, false
	}
	limit := mult
	for _, sc := range englishScales[:3] {
		end, ok := s.hasWord(s.joint(e), sc.word)
		if !ok || s.joint(e) == e {
			continue
		}
		if sc.value >= mult {
			if !and || u*sc.value >= total {
				return 0, i, false // between ten million and fifty million: a second number
			}
			limit = total // an hundred thousand and fourscore thousand, as older English counts
		}
		u, e = u*sc.value, end
		if r, end, ok := s.wordsRemainder(e, sc.value, u); ok {
			u, e = u+r, end
		}
		break
	}
	if _, factor, end := s.currencyAfter(e); u >= limit || u == 0 || end > e && factor != 1 {
		return 0, i, false // not the "and five cents" of "fifteen thousand and five cents"
	}
	return u, e, true
}

// remainderStart reads what may stand between a number's scale ending at
// i and the rest of the number, in words or in digits: a comma, spaces and
// "and". It returns where the rest begins, whether a comma and "and"
// stood before it, and false when nothing sets the rest apart.
func (s *scanner) remainderStart(i int) (k int, comma, and, ok bool) {
	k, comma = i, s.at(i) == ','
	if comma {
		k++
	}
	k = s.spaces(k)
	if k == i || k == i+1 && comma {
		return i, false, false, false
	}
	e, and := s.hasWord(k, "and")
	if and = and && isSpace(s.at(e)); and {
		k = s.spaces(e)
	}
	return k, comma, and, true
}

// multiplied are the verbs of multiplying, without -d or -ing: tripled,
// quadrupling. Doubled is left out, as twice and double are: 翻倍 is not
// read either.
var multiplied = map[string]float64{"tripl": 3, "trebl": 3, "quadrupl": 4, "quintupl": 5, "sextupl": 6}

// multipliedWord reads a verb of multiplying (tripled, quadruples,
// quintupling); the adjectives (a triple jump) are not figures.
func multipliedWord(w string) (float64, bool) {
	for _, end := range []string{"ed", "es", "ing"} {
		if stem, ok := strings.CutSuffix(w, end); ok {
			v, ok := multiplied[stem]
			return v, ok
		}
	}
	return 0, false
}

// multiplyAfter are the words after which the verb of multiplying in its
// bare form says how a figure grew: "triple in size", "quadruple to
// $4bn", "quintuple over five years".
var multiplyAfter = []string{"in", "to", "from", "over", "since", "by", "within", "during", "between"}

// multiplyVerb reads w, ending at e, as the bare verb of multiplying
// (triple, quadruple, quintuple, sextuple) when a preposition of growth
// or the end of a clause follows it: "see its value quintuple in five
// years", "expected to triple." The adjective before a noun (a triple
// jump, quadruple bypass, triple-A) is no figure.
func (s *scanner) multiplyVerb(e int, w string) (float64, bool) {
	stem, ok := strings.CutSuffix(w, "e")
	v := multiplied[stem]
	if !ok || v == 0 {
		return 0, false
	}
	if r := s.at(e); r == '.' || r == ',' || r == ';' {
		return v, !isDigit(s.at(e + 1))
	}
	k := s.spaces(e)
	if k == e {
		return 0, false
	}
	for _, p := range multiplyAfter {
		if s.isWord(k, p) {
			return v, true
		}
	}
	return 0, false
}

// decadeOrBefore reports whether "decade or " or "decades or " stands
// before i: the number there counts decades too.
func (s *scanner) decadeOrBefore(i int) bool {
	for _, p := range []string{"decade or ", "decades or "} {
		k := i - len(p)
		if k >= 0 && strings.EqualFold(string(s.rs[k:i]), p) && !isLatin(s.at(k-1)) {
			return true
		}
	}
	return false
}

// pointPhrases are the words in which markets give a move of a quarter,
// a half or a whole percentage point, after quarter, half or full; half a
// percent is 0.5% too.
var pointPhrases = map[string][]string{
	"quarter": {" of a percentage point", " percentage point", "-percentage-point", " point", "-point"},
	"half":    {" a percentage point", " percentage point", "-percentage-point", " a point", " point", "-point", " a percent", " a per cent"},
	"full":    {" percentage point"},
}

// pointWords reads a fraction of a percentage point in words after the
// word w ending at e, or after "a" and that word: a quarter point, half a
// percentage point, a half-point cut, a full percentage point (0.25, 0.5
// and 1 point).
func (s *scanner) pointWords(e int, w string) (match, bool) {
	if w == "a" && s.at(e) == ' ' {
		for _, next := range []string{"quarter", "half", "full"} {
			if end, ok := s.hasWord(e+1, next); ok {
				w, e = next, end
			}
		}
	}
	var v float64
	switch w {
	case "quarter":
		v = 0.25
	case "half":
		v = 0.5
	case "full":
		v = 1
	default:
		return match{}, false
	}
	for _, words := range pointPhrases[w] {
		if end, ok := s.hasWord(e, words); ok {
			return found(end, v, Percent), true
		}
	}
	return match{}, false
}

// halfA reads what follows "half" ending at e: half a year (six months),
// half a dozen (six), half a billion (0.5 billion); half alone is not a
// figure.
func (s *scanner) halfA(e int) match {
	k := s.spaces(e)
	a, ok := s.hasWord(k, "a")
	if !ok || k != e+1 {
		return skip(e)
	}
	k = s.spaces(a)
	if end, ok := s.hasWord(k, "year"); ok {
		return found(end, 6, Months) // half a year: 半年
	}
	if end, ok := s.hasWord(k, "dozen"); ok {
		return found(end, 6, Plain) // half a dozen: 六
	}
	for _, sc := range englishScales[:4] {
		if end, ok := s.hasWord(k, sc.word); ok {
			return s.suffix(core{start: e - 4, end: end, value: sc.value / 2, scaled: true})
		}
	}
	return skip(e)
}

// outOf reads "out of four" after a number ending at e.
func (s *scanner) outOf(e int) (float64, int, bool) {
	k := s.spaces(e)
	out, ok := s.hasWord(k, "out")
	if !ok || k == e {
		return 0, e, false
	}
	k = s.spaces(out)
	of, ok := s.hasWord(k, "of")
	if !ok || k == out {
		return 0, e, false
	}
	k = s.spaces(of)
	w := strings.ToLower(string(s.rs[k:s.wordEnd(k)]))
	if den, ok := wordNumbers[w]; ok && k > of {
		return den, s.wordEnd(k), true
	}
	return 0, e, false
}

// inEvery reads " in six" after "one" ending at e, also " part in": "one
// part in a hundred thousand", 十万分之一.
func (s *scanner) inEvery(e int) (float64, int, bool) {
	k := s.joint(e)
	if part, ok := s.hasWord(k, "part"); ok && k > e {
		k = s.joint(part)
	}
	in, ok := s.hasWord(k, "in")
	if !ok || k == e {
		return 0, e, false
	}
	k = s.joint(in)
	w := strings.ToLower(string(s.rs[k:s.wordEnd(k)]))
	if den, ok := wordNumbers[w]; ok && k > in {
		return den, s.wordEnd(k), true
	}
	if c, ok := s.arabicCore(k); ok && isDigit(s.at(k)) && k > in && c.integer && c.value >= 2 && !isLatin(s.at(c.end)) &&
		!isDigit(s.at(c.end)) && c.digits <= 4 && !yearLike(c) {
		return c.value, c.end, true // one in 40: 2.5%
	}
	if a, ok := s.hasWord(k, "a"); ok && k > in {
		for _, sc := range append([]struct {
			word  string
			value float64
		}{{"hundred", 100}}, englishScales[:4]...) {
			if end, ok := s.hasWord(s.joint(a), sc.word); ok && s.joint(a) > a && s.joint(a) <= a+3 {
				if sc.value == 100 {
					for _, more := range englishScales[:4] {
						if e2, ok := s.hasWord(s.joint(end), more.word); ok && s.joint(end) > end {
							return 100 * more.value, e2, true // one in a hundred thousand: 十万分之一
						}
					}
				}
				return sc.value, end, true // one in a thousand, one-in-a-million: 千分之一, 百万分之一
			}
		}
	}
	return 0, e, false
}

// joint steps over what joins two words of a phrase at i: spaces, or a
// hyphen with or without spaces around it (one-in-a-million, "one - in - a
// - million" as a tokenizer spaces it). It returns i when there is none.
func (s *scanner) joint(i int) int {
	k := s.spaces(i)
	if s.at(k) == '-' && isLatin(s.at(s.spaces(k+1))) {
		return s.spaces(k + 1)
	}
	return k
}

// andAHalf reads " and a half" or "-and-a-half" after a number ending at e.
func (s *scanner) andAHalf(e int) (int, bool) {
	for _, sep := range []string{" ", "-"} {
		if s.has(e, sep+"and"+sep+"a"+sep+"half") && !isLatin(s.at(e+len("and a half")+1)) {
			return e + len("and a half") + 1, true
		}
	}
	return e, false
}

// compound continues a number word v ending at e: twenty-five, two hundred
// and fifty.
func (s *scanner) compound(v float64, e int) (float64, int) {
	v, e = s.hyphenUnit(v, e)
	k, joined := s.spaces(e), s.at(e) == '-'
	if joined {
		k = e + 1 // Five-hundred-meter
	}
	end, ok := s.hasWord(k, "hundred")
	if !ok || k == e || !joined && s.at(end) == '-' && isLatin(s.at(end+1)) {
		return v, e // not "two hundred-year goals"
	}
	return s.hundredTail(v*100, end)
}

// hundredTail reads the tens and units after a number of hundreds v ending
// at e, with or without "and": two hundred (and) fifty-five, one hundred
// and fifty; one only after "and" (five hundred and one). The words may
// be joined by hyphens all through, as a story spells a large number out:
// five-hundred-and-one, six-hundred-twenty-two.
func (s *scanner) hundredTail(v float64, e int) (float64, int) {
	k, hyphens := s.spaces(e), s.at(e) == '-' && isLatin(s.at(e+1))
	if hyphens {
		k = e + 1
	}
	end, and := s.hasWord(k, "and")
	if and = and && k > e && (!hyphens || s.at(end) == '-'); and {
		k = s.spaces(end)
		if hyphens {
			k = end + 1
		}
	}
	w := strings.ToLower(string(s.rs[k:s.wordEnd(k)]))
	if u, end, ok := s.scores(s.wordEnd(k), w); ok && k > e {
		return v + u, end // a thousand seven hundred and threescore and fifteen
	}
	if _, ok := wordNumbers[w]; (ok || and && w == "one") && k > e {
		u, end := s.hyphenUnit(unitValue(w), s.wordEnd(k)) // five hundred and one
		if n, e2, ok := s.tensAndUnit(end); ok && tensWord(u) {
			u, end = u+n, e2 // an hundred sixty and two
		}
		v, e = v+u, end
	}
	return v, e
}

// hyphenUnit continues a tens word v ending at e with a unit: twenty-five,
// thirty-one, and written without the hyphen, "Thirty two".
func (s *scanner) hyphenUnit(v float64, e int) (float64, int) {
	if v >= 20 && v < 100 && int(v)%10 == 0 && s.at(e) == ' ' {
		w := strings.ToLower(string(s.rs[e+1 : s.wordEnd(e+1)]))
		if u, ok := wordNumbers[w]; ok && u >= 1 && u < 10 || w == "one" {
			return v + max(u, 1), s.wordEnd(e + 1)
		}
	}
	if v < 20 || s.at(e) != '-' {
		return v, e
	}
	w := strings.ToLower(string(s.rs[e+1 : s.wordEnd(e+1)]))
	if u, ok := wordNumbers[w]; ok && u < 10 || w == "one" {
		return v + max(u, 1), s.wordEnd(e + 1)
	}
	return v, e
}

// oneOrA reads "a", "one" or "another" at i (ending at e) before a scale word (a
// million, one hundred), a fraction (one third, one-third, a third of) or
// percent (one percent, one percentage point, not "a percent"); anything
// else is not a figure.
func (s *scanner) oneOrA(i, e int, article bool) match {
	k := s.spaces(e)
	if k == e+1 {
		for _, sc := range append([]struct {
			word  string
			value float64
		}{{"hundred", 100}}, englishScales[:4]...) {
			if end, ok := s.hasWord(k, sc.word); ok {
				v := sc.value
				if sc.word == "hundred" && (s.at(end) != '-' || !isLatin(s.at(end+1))) {
					v, end = s.hundredTail(v, end) // one hundred and fifty
				} else if e2, ok := s.andAHalf(end); ok {
					v, end = v*1.5, e2 // a million and a half: 150 万
				} else if r, e2, ok := s.wordsRemainder(end, v, v); ok {
					v, end = v+r, e2 // a thousand and one: 一千零一
				}
				return s.suffix(core{start: i, end: end, value: v, integer: true, scaled: true, words: sc.word == "hundred"})
			}
		}
	}
	if end, ok := s.hasWord(k, "dozen"); ok && k == e+1 {
		return found(end, 12, Plain) // a dozen
	}
	if end, ok := s.andAHalf(e); ok && !article {
		return s.suffix(core{start: i, end: end, value: 1.5}) // one and a half hours: 一个半小时
	}
	if w := s.wordEnd(k); w > k && k == e+1 && measureWord(strings.ToLower(string(s.rs[k:w]))) {
		if end, ok := s.andAHalf(w); ok {
			return found(end, 1.5, Plain) // a mile and a half: 1.5英里
		}
	}
	if w := s.wordEnd(k); w > k && k == e+1 {
		if unit, ok := halfUnits[strings.ToLower(string(s.rs[k:w]))]; ok {
			if end, ok := s.andAHalf(w); ok {
				return found(end, 1.5, unit) // an hour and a half: 一个半小时
			}
		}
	}
	for _, w := range percentWords {
		if end, ok := s.hasWord(k, w); ok && k == e+1 && (!article || w == "percentage point") {
			return found(end, 1, Percent) // the "one percent", one percentage point, a percentage point: 1%
		}
	}
	if !article && s.rangeToPercent(i, e) {
		return found(e, 1, Plain) // one to two percent: 百分之一到二
	}
	if den, end, ok := s.inEvery(e); ok && !article {
		return found(end, 1/den, Plain) // one in six: 六分之一
	}
	if end, ok := s.hasWord(k, "century"); ok && k == e+1 {
		return found(end, 100, Years) // a century: 一百年
	}
	if end, ok := s.hasWord(k, "millennium"); ok && k == e+1 {
		return found(end, 1000, Years) // more than a millennium ago: 1000 多年前
	}
	if sc, end, ok := s.fractionOfScale(e, ""); ok {
		return s.suffix(core{start: i, end: end, value: sc, scaled: true}) // a quarter of a million: 25 万
	}
	if den, end, ok := s.fractionWord(e, ""); ok {
		if end, ok := s.ofAnHour(end); ok {
			return found(end, 60/den, Minutes) // a quarter of an hour: 十五分钟
		}
		if !article || s.followedByOf(end) || !isLatin(s.at(s.spaces(end))) || s.byBefore(i) || s.hasWordAfter(end, "as") {
			return found(end, 1/den, Plain) // a third of, fell by a third, risen by a tenth this year, a fifteenth as rich; not a third party
		}
	}
	return skip(e)
}

// isWord reports whether the text at i is w, in any case, not the start
// of a longer word.
func (s *scanner) isWord(i int, w string) bool {
	_, ok := s.hasWord(i, w)
	return ok
}

// halfUnits are the units of time said "a year and a half", "an hour and
// a half".
var halfUnits = map[string]string{"year": Years, "month": Months, "week": Weeks, "day": Days, "hour": Hours, "minute": Minutes}

// percentWords are the English words of a percentage after its number.
var percentWords = []string{"percentage points", "percentage point", "percent", "per cent"}

// rangeToPercent reports whether "one" at i, ending at e, opens a range of
// percentages: "one to two percent", "one or two percentage points".
func (s *scanner) rangeToPercent(i, e int) bool {
	k := s.spaces(e)
	if k == e {
		return false
	}
	k, _, ok := s.englishRangeWord(k, core{start: i})
	if !ok {
		return false
	}
	k = s.spaces(k)
	w := s.wordEnd(k)
	if v := wordNumbers[strings.ToLower(string(s.rs[k:w]))]; w == k || v < 2 || v > 10 || s.spaces(w) == w {
		return false
	}
	for _, p := range percentWords {
		if _, ok := s.hasWord(s.spaces(w), p); ok {
			return true
		}
	}
	return false
}

// measureWord reports whether w, in lower case, is an English unit of
// measure in the singular (mile, foot, kilometre, pound).
func measureWord(w string) bool {
	for _, m := range measureUnits {
		if m.word && (m.text == w || m.text == w+"s") {
			return true
		}
	}
	return false
}

// byBefore reports whether the word "by" ends just before i, after a
// space: a change by a fraction (risen by a tenth this year).
func (s *scanner) byBefore(i int) bool {
	k := i - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	return k < i-1 && k >= 1 && strings.EqualFold(string(s.rs[k-1:k+1]), "by") && !isLatin(s.at(k-2))
}

// fractionWord reads a fraction word after a number ending at i, joined by
// a space or a hyphen: "thirds" (plural "s") after two, "third" after one.
// Quarters need "of" after them: three quarters of the market, not three
// quarters of a year.
func (s *scanner) fractionWord(i int, plural string) (float64, int, bool) {
	den, e, ok := s.denominator(i, plural)
	if !ok || s.at(e) == '-' {
		return 0, i, false
	}
	if den == 4 && (!s.followedByOf(e) || s.yearAfterOf(e)) {
		return 0, i, false // three quarters of 2017: periods, not 3/4
	}
	return den, e, true
}

// denominator reads the fraction word (third, quarter…) after a number
// ending at i, joined by a space or a hyphen, with the plural ending
// plural ("s" after a number above one): its denominator and end.
func (s *scanner) denominator(i int, plural string) (float64, int, bool) {
	k := s.spaces(i)
	if s.at(i) == '-' {
		k = i + 1
	}
	if k == i {
		return 0, i, false
	}
	e := s.wordEnd(k)
	w := strings.ToLower(string(s.rs[k:e]))
	den, ok := fractionWords[strings.TrimSuffix(w, plural)]
	if !ok || plural != "" && !strings.HasSuffix(w, plural) {
		return 0, i, false
	}
	return den, e, true
}

// followedByOf reports whether the word "of" follows i.
func (s *scanner) followedByOf(i int) bool {
	k := s.spaces(i)
	_, ok := s.hasWord(k, "of")
	return ok && k > i
}

// yearOfMonth reads " of 2018" after a month name ending at i, the year
// of a month said with "of" (married in May of 2018); it returns 0 and i
// when there is none.
func (s *scanner) yearOfMonth(i int) (float64, int) {
	k := s.spaces(i)
	e, ok := s.hasWord(k, "of")
	if !ok || k == i || !isSpace(s.at(e)) {
		return 0, i
	}
	c, ok := s.arabicCore(e + 1)
	if !ok || !yearLike(c) || isLatin(s.at(c.end)) || isDigit(s.at(c.end)) {
		return 0, i
	}
	return c.value, c.end
}

// yearAfterOf reports whether "of" and a year or "the year" follow i:
// the first three quarters of 2017, of this year.
func (s *scanner) yearAfterOf(i int) bool {
	k := s.spaces(i)
	e, _ := s.hasWord(k, "of")
	k = s.spaces(e)
	if c, ok := s.arabicCore(k); ok && yearLike(c) {
		return true
	}
	for _, w := range []string{"the year", "this year", "last year", "next year"} {
		if s.has(k, w) {
			return true
		}
	}
	return false
}

// foldWord reads a multiple written as one word: twofold, tenfold,
// hundredfold.
func foldWord(w string) (float64, bool) {
	n, ok := strings.CutSuffix(w, "fold")
	if !ok {
		return 0, false
	}
	switch n {
	case "hundred":
		return 100, true
	case "thousand":
		return 1e3, true // a thousandfold: 一千倍
	case "million":
		return 1e6, true
	}
	v, ok := wordNumbers[n]
	return v, ok
}

// fractionOfScale reads a fraction of a scale word after a number ending
// at i: "quarter of a million" after a (250,000, 25 万), "thirds of a
// billion" after two, "quarter-million", "third of one trillion". plural is
// "s" after a number above one, as in fractionWord. It returns the
// fraction of the scale, the end and whether there was one.
func (s *scanner) fractionOfScale(i int, plural string) (float64, int, bool) {
	den, e, ok := s.denominator(i, plural)
	if !ok {
		return 0, i, false
	}
	k := s.spaces(e)
	if s.at(e) == '-' {
		k = e + 1
	} else if of, ok := s.hasWord(k, "of"); ok && k > e {
		a := s.spaces(of)
		n, ok := s.hasWord(a, "a")
		if !ok {
			n, ok = s.hasWord(a, "one")
		}
		if !ok || a == of {
			return 0, i, false
		}
		k = s.spaces(n)
		if k == n {
			return 0, i, false
		}
	} else if k == e {
		return 0, i, false
	}
	for _, sc := range englishScales[:4] {
		if end, ok := s.hasWord(k, sc.word); ok {
			return sc.value / den, end, true
		}
	}
	return 0, i, false
}

// ofAnHour reads " of an hour" after a fraction ending at i (a quarter of
// an hour), which makes the fraction minutes.
func (s *scanner) ofAnHour(i int) (int, bool) {
	const w = " of an hour"
	if e, ok := s.hasWord(i, w); ok {
		return e, true
	}
	return i, false
}
