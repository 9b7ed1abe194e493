package quantity

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// isHanNumeral reports whether r is a Chinese digit or numeral unit.
func isHanNumeral(r rune) bool {
	_, d := hanDigits[r]
	_, u := hanUnits[r]
	return d || u
}

// ordinalWords are English ordinals and what they count.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}

// looseWords are English words that say a number without being a figure
// the check compares: both, a pair, a dozen, a century, parity (高于 1),
// unity (变换为1: "the transform is unity"), quadrennially (每4年),
// increment (加1).
var looseWords = map[string]float64{
	"both": 2, "pair": 2, "couple": 2, "twice": 2, "double": 2, "dozen": 12,
	"decade": 10, "decades": 10, "century": 100, "centuries": 100, "hundred": 100,
	"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "half": 0.5,
	"may": 5, "parity": 1, "unity": 1, "centenary": 100, "centennial": 100,
	"bicentenary": 200, "bicentennial": 200, "tercentenary": 300, "tricentennial": 300,
	// Every so many years: 每四年 and "quadrennially".
	"biennial": 2, "biennially": 2, "triennial": 3, "triennially": 3, "quadrennial": 4, "quadrennially": 4,
	"quinquennial": 5, "quinquennially": 5, "decennial": 10, "decennially": 10,
	// An age by its decade: 三十左右的女人 and "women in their thirties".
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
	// A step of one, as programmers say it: 加1 and "increment", 减1 and
	// "decrement" (not a name joined to another word: auto-increment,
	// AUTO_INCREMENT).
	"increment": 1, "increments": 1, "incremented": 1, "incrementing": 1,
	"decrement": 1, "decrements": 1, "decremented": 1, "decrementing": 1,
	// Digits named in the plural: 数字8和数字1 and "the eights and ones".
	"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6, "sevens": 7, "eights": 8, "nines": 9,
	// Cores and channels by their prefix: 四个核心 and "Quad Core".
	"dual": 2, "quad": 4, "octa": 8,
}

// perTimeRe finds a span of time said one at a time without a numeral:
// 每分钟, 每小時, 每秒.
var perTimeRe = regexp.MustCompile(`每(?:分钟|分鐘|小时|小時|秒钟|秒鐘|秒)`)

// perUnitRe finds a unit of data or of bandwidth said one at a time
// without a numeral: 每GB, USD/Mbps, "per GB", "the next GB".
var perUnitRe = regexp.MustCompile(`(?:每|/|\bper |\beach |\bnext |\bevery )\s*(?:[kKMGTP]i?B|[kKMGT]bps|[kKMGT]bit/s)\b`)

// yearCodes are the letters before the last two digits of a year that
// name a year's part: a fiscal year (FY18), a fashion season (SS19 for
// spring and summer, AW19 and FW19 for autumn and winter).
var yearCodes = []string{"FY", "SS", "AW", "FW"}

// singleDigits are the parts of the single digits markets name ("low
// single digits", "a mid-single-digit decline") and the shares they span.
var singleDigits = []struct {
	words  string
	shares []float64
}{
	{"low", []float64{0.01, 0.02, 0.03}},
	{"mid", []float64{0.04, 0.05, 0.06}},
	{"high", []float64{0.07, 0.08, 0.09}},
}

// lastRuneOf returns the last rune of s, utf8.RuneError when s is empty.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// capitalNumerals returns rs with each financial numeral (see financial)
// in its ordinary form, alone too (贰阶 and "Level 2", as a cheque or a
// game writes it), rs itself when it has none. Those that are words too
// (參加, 大陸, 队伍, 收拾) count only beside another financial numeral
// (柒伍: 75).
func capitalNumerals(rs []rune) []rune {
	return replaceRunes(rs, func(i int) (rune, bool) {
		if financialWord(rs[i]) {
			return financialAmongHan(rs, i)
		}
		return financial(rs[i])
	})
}

// looseNumbers returns every number that text writes, in whatever form:
// digits inside names and ordinals (HMX-1, 19th, #77), Chinese numerals
// before any character (十九大, 十二届, 两国, 七国), English ordinals and
// month names, words such as both and dozen, and 10 for single or double
// figures (个位数, 上双, double digits); a scale after a number
// multiplies it. The check reads none of these as figures; a figure that
// matches one of them is mentioned, not missing.
func looseNumbers(text string) []float64 {
	folded := strings.ToLower(text)
	rs := capitalNumerals(latinZeros([]rune(text)))
	var out []float64
	if containsAny(text, "百分百", "百分之百", "满分", "滿分") {
		out = append(out, 1) // 百分百: 100%; 没有达到满分, "not doing 100 per cent"
	}
	for _, m := range chanceInRe.FindAllStringSubmatch(folded, -1) {
		out = append(out, 1/looseWords[m[1]]) // 百万分之一的概率: "a chance in a million"
	}
	for _, m := range colloquialPartRe.FindAllStringSubmatchIndex(text, -1) {
		part := []rune(text[m[2]:m[3]])
		if d, n := hanDigits[part[0]], hanDigits[part[2]]; n < d {
			out = append(out, float64(n)/float64(d)) // 四分三: three quarters, as Hong Kong writes it
		}
	}
	if strings.Contains(text, "世纪") || strings.Contains(text, "世紀") {
		out = append(out, 100) // 一个世纪: a century
	}
	if containsAny(folded, "quarter century", "quarter-century") {
		out = append(out, 25) // 25 年
	}
	if containsAny(folded, "half a century", "half-century") {
		out = append(out, 50) // 半个世纪, 50 年
	}
	for _, m := range partOfRe.FindAllStringSubmatch(folded, -1) {
		if n, _ := strconv.ParseFloat(m[1], 64); n > 1 {
			out = append(out, 1/n) // 二十分之一: "a 20th of what it is"
		}
	}
	if containsAny(folded, "a quarter", "one quarter", "one-quarter", "top quarter", "bottom quarter") {
		out = append(out, 0.25) // 25%: "nearly a quarter", 前25%: "the top quarter"
	}
	if containsAny(folded, "than-even", "than even", "even chance", "even odds", "fifty-fifty") {
		out = append(out, 0.5) // 50%的概率: "a greater-than-even probability"
	}
	if containsAny(folded, "a pair", "one pair") {
		out = append(out, 1) // 1 对排针: "a pair of header pins", one pair
	}
	if containsAny(folded, "couple of decades") {
		out = append(out, 20) // 20年前: "a couple of decades ago"
	}
	if containsAny(folded, "three quarters", "three-quarters") {
		out = append(out, 0.75) // 75%
	}
	if strings.Contains(text, "/") {
		for _, m := range mixedRe.FindAllStringSubmatch(text, -1) {
			w, _ := strconv.Atoi(m[1])
			n, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if d > 0 && n < d {
				out = append(out, float64(w)+float64(n)/float64(d)) // 4 1/2: 4岁半
			}
		}
	}
	if strings.Contains(text, "0x") {
		for _, m := range hexRe.FindAllString(text, -1) {
			if v, err := strconv.ParseUint(m[2:], 16, 32); err == nil {
				out = append(out, float64(v)) // 1 and 0x01: a value in hexadecimal
			}
		}
	}
	if strings.Contains(text, "Dozen") {
		out = append(out, 12) // 每日12清单 and "DailyDozen", a dozen run into a name
	}
	if perUnitRe.MatchString(text) {
		out = append(out, 1) // 每Mbps：15美元 and "1 Mbit/s: USD 15"; 按1 GB向上取整 and "rounded up to the next GB"
	}
	if strings.Contains(text, "百万千瓦") || strings.Contains(text, "百萬千瓦") {
		out = append(out, 1000, 1) // 百万千瓦级: 1000-MW, one gigawatt
	}
	if strings.Contains(text, "万兆") || strings.Contains(text, "萬兆") {
		out = append(out, 10) // 万兆网卡: a 10 Gigabit network card, ten thousand megabits
	}
	if strings.Contains(text, "千兆") {
		out = append(out, 1) // 千兆以太网: Gigabit Ethernet
	}
	if strings.Contains(text, "半百") {
		out = append(out, 50) // 年过半百: "past fifty"
	}
	if i := strings.Index(text, "百十"); i >= 0 && !isHanNumeral(lastRuneOf(text[:i])) {
		out = append(out, 100) // 百十年: "a hundred years", a hundred or a little more
	}
	if containsAny(folded, "every day of the year", "every single day of the year", "all year round", "year-round", "一年到头", "一年到頭") {
		out = append(out, 365) // 一年365天
	}
	if containsAny(text, "半个月", "半個月", "半月") {
		out = append(out, 15) // 十天半个月: ten to fifteen days; 过不了半月, "not half a month later"
	}
	if containsAny(text, "半分钟", "半分鐘", "半小时", "半小時", "半个小时", "半個小時", "半个钟头", "半個鐘頭") {
		out = append(out, 30) // 半分钟 and "30 seconds", 半小时 and "30 minutes"
	}
	if containsAny(folded, "个位数", "個位數", "两位数", "兩位數", "双位数", "上双", "上雙", "single digit", "double digit", "double figure") {
		out = append(out, 10) // 个位数 and "less than 10", 得分上双 and "more than 10 points"
	}
	for _, sd := range singleDigits {
		if containsAny(folded, sd.words+" single digit", sd.words+"-single-digit", sd.words+" single-digit", sd.words+"-single digit") {
			out = append(out, sd.shares...) // 预计下降5%左右: "a mid-single digit decline"
		}
	}
	for _, m := range millenniumRe.FindAllStringSubmatch(folded, -1) {
		n, ok := ordinalWords[m[2]]
		if m[1] != "" {
			n, _ = strconv.ParseFloat(m[1], 64)
			ok = true
		}
		if ok {
			out = append(out, n*1000, (n-1)*1000) // the 4th millennium BC: 公元前四千年; the end of the first millennium: 公元一千年
		}
	}
	add := func(v float64, end int) {
		out = append(out, v)
		if m := looseScale(rs, end); m > 1 {
			out = append(out, v*m)
		}
	}
	s := &scanner{rs: rs}
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case isDigit(r):
			c, ok := s.arabicCore(i)
			if ok {
				add(c.value, c.end)
				if i >= 2 && slices.Contains(yearCodes, strings.ToUpper(string(rs[i-2:i]))) && c.value < 100 && c.end-i == 2 {
					out = append(out, 2000+c.value) // FY18: 2018 财年; SS19: 2019 年春夏
				}
				if c.end < len(rs) && rs[c.end] == '旬' {
					out = append(out, c.value*10) // 8旬: eighty
				}
			}
			if ok && rs[min(c.end, len(rs)-1)] == '·' {
				if d, ok := s.arabicCore(c.end + 1); ok && d.end > c.end+1 {
					out = append(out, c.value+d.value/math.Pow(10, float64(d.end-c.end-1))) // 8·11 and 8.11
				}
			}
			i = max(c.end, i+1)
		case isHanNumeral(r) || strings.ContainsRune("俩倆", r):
			e := i
			for e < len(rs) && (isHanNumeral(rs[e]) || rs[e] == '0' && e > i) {
				e++
			}
			run := rs[i:e]
			if slices.Contains(run, '0') {
				run = []rune(strings.ReplaceAll(string(run), "0", "〇")) // 三二0, 一九八0: a zero typed among the numerals
			}
			if e == i {
				out = append(out, 2) // 俩: the two of them
				i++
				continue
			}
			if i > 0 && strings.ContainsRune("周週期拜", rs[i-1]) {
				i = e // 周四, 星期四: a weekday
				continue
			}
			if v, ok := hanValue(run); !ok && e-i >= 3 && v > 0 {
				add(v, e) // 二零一七, 六〇二: digit by digit, a year or a name
			} else if ok && v > 0 {
				add(v, e)
				if e < len(rs) && (rs[e] == '分' || rs[e] == '成') && (v < 10 || v == 12 && rs[e] == '分') {
					out = append(out, v/10) // 九分落实: nine tenths, 90%; 十二分的耐心: 120%
				}
				if e < len(rs) && rs[e] == '旬' {
					out = append(out, v*10) // 八旬: eighty
				}
			} else if v := unitsOnly(run); v > 0 {
				add(v, e) // 百日, 上万人, 百万美金
			} else if a, b, ok := neighbours(run); ok {
				add(a, e) // 十一二岁: 11 or 12
				add(b, e)
				if i >= 3 && string(rs[i-3:i]) == "百分之" {
					out = append(out, a/100, b/100) // 百分之七八十: 70% or 80%
				}
			}
			if v, ok := nextAfterComma(rs, i, e); ok {
				add(v, e+2) // 十一、二岁: 11 or 12
			}
			for _, c := range rs[i:e] {
				if d, ok := hanDigits[c]; ok {
					out = append(out, float64(d))
				}
			}
			i = e
		case r == '半':
			out = append(out, 0.5) // 半数: half, 50%
			i++
		case r >= 'Ⅰ' && r <= 'Ⅻ':
			out = append(out, float64(r-'Ⅰ'+1)) // Ⅱ型: type 2
			i++
		case isLatin(r):
			e := i
			for e < len(rs) && isLatin(rs[e]) {
				e++
			}
			w := strings.ToLower(string(rs[i:e]))
			if v, _, _, ok := s.oldStyle(i, e, w); ok {
				out = append(out, v) // the four and twentieth: 24
			}
			if v, _, ok := s.tensOrdinal(e, w); ok {
				out = append(out, v) // the twenty-fourth: 24
			}
			if v, ok := numberWordsRun(w); ok {
				out = append(out, v) // FiveThirtyEight: 538
			}
			if v, ok := looseWord(w); ok && !(strings.Contains(w, "crement") && i > 0 && strings.ContainsRune("-_", rs[i-1])) {
				add(v, e)
			} else if v := roman(string(rs[i:e])); v > 0 {
				add(v, e) // the starting XV, World War II
			}
			i = e
		default:
			i++
		}
	}
	return out
}

// otherMonthDay reports whether qs, the unmatched figures of the other
// language, hold a date with a month and a day, the month another than
// that of date n (MMDD): 12 月 11 日 against November 11 is a changed
// month, where 1 月 27 日 against "27th January" (read apart) is not.
func otherMonthDay(n int, qs []Quantity) bool {
	for _, q := range qs {
		m := int(q.Value+0.5) % 10000
		if q.Unit == Date && m/100 != 0 && m%100 != 0 && m/100 != n/100%100 {
			return true
		}
	}
	return false
}

// otherDay reports whether qs, the unmatched figures of the other
// language, hold a date of the month of date n (MMDD) with another day.
func otherDay(n int, qs []Quantity) bool {
	for _, o := range qs {
		m := int(o.Value + 0.5)
		if o.Unit == Date && m/100%100 == n/100%100 && m%100 != 0 && m%100 != n%100 {
			return true
		}
	}
	return false
}

// nextAfterComma reads "this or the next" written with a list's 、 between
// them, the next as its last digit alone: 十一、二 is 11 or 12. It returns
// the next, for the numeral rs[i:e].
func nextAfterComma(rs []rune, i, e int) (float64, bool) {
	if e+1 >= len(rs) || rs[e] != '、' || e+2 < len(rs) && isHanNumeral(rs[e+2]) {
		return 0, false
	}
	a, okA := hanDigits[rs[e-1]]
	b, okB := hanDigits[rs[e+1]]
	if !okA || !okB || b != a+1 || e-i < 2 {
		return 0, false
	}
	v, ok := hanValue(append(append([]rune{}, rs[i:e-1]...), rs[e+1]))
	return v, ok
}

// neighbours reads a numeral that ends in two neighbouring digits, "this
// or the next" (十一二 is 11 or 12, 三四十 30 or 40, 五六十 50 or 60).
func neighbours(run []rune) (float64, float64, bool) {
	n := len(run)
	if n < 3 {
		return 0, 0, false
	}
	if u, ok := hanUnits[run[n-1]]; ok && n == 3 {
		a, okA := hanDigits[run[0]]
		b, okB := hanDigits[run[1]]
		if okA && okB && a > 0 && b == a+1 {
			return float64(a) * u, float64(b) * u, true // 五六十: 50 or 60; 三四亿: 300 or 400 million
		}
	}
	a, okA := hanDigits[run[n-2]]
	b, okB := hanDigits[run[n-1]]
	if !okA || !okB || b != a+1 {
		return 0, 0, false
	}
	x, okX := hanValue(run[:n-1])
	y, okY := hanValue(append(run[:n-2:n-2], run[n-1]))
	if !okX || !okY {
		return 0, 0, false
	}
	return x, y, true
}

// unitsOnly returns the value of a run of numeral units without a digit
// (百, 万, 百万, 千万), 0 when the run has a digit.
func unitsOnly(run []rune) float64 {
	v := 1.0
	for _, r := range run {
		u, ok := hanUnits[r]
		if !ok {
			return 0
		}
		v *= u
	}
	return v
}

// looseWord reads one English word that names a number.
func looseWord(w string) (float64, bool) {
	if v, ok := wordNumbers[w]; ok {
		return v, true
	}
	if v, ok := ordinalWords[w]; ok {
		return v, true
	}
	if v, ok := looseWords[w]; ok {
		return v, true
	}
	if m, ok := fullMonths[w]; ok {
		return float64(m), true
	}
	if m, ok := shortMonths[w]; ok {
		return float64(m), true
	}
	return 0, false
}

// unitWords are the English words of the digits one to nine.
var unitWords = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}

// numberWordsRun reads w, a name of number words run together, as the
// digits they say in turn: fivethirtyeight (five, thirty-eight) is 538,
// seventysix 76. It needs two words at least.
func numberWordsRun(w string) (float64, bool) {
	digits, words := "", 0
	for w != "" {
		n, size := 0.0, 0
		for word, v := range wordNumbers {
			if len(word) > size && strings.HasPrefix(w, word) {
				n, size = v, len(word)
			}
		}
		if size == 0 && strings.HasPrefix(w, "one") {
			n, size = 1, 3
		}
		if size == 0 {
			return 0, false
		}
		w, words = w[size:], words+1
		if n >= 20 && int(n)%10 == 0 {
			for word, v := range unitWords {
				if strings.HasPrefix(w, word) {
					n, w, words = n+v, w[len(word):], words+1 // thirtyeight
					break
				}
			}
		}
		digits += strconv.Itoa(int(n))
	}
	v, err := strconv.ParseFloat(digits, 64)
	return v, err == nil && words >= 2
}

// looseScale reads a scale after a number ending at i: 万, 亿, 多万, 几亿,
// 几千 (十几千: over ten thousand),
// million, billion, also after a range (6-7 million); it returns 1 when
// there is none.
func looseScale(rs []rune, i int) float64 {
	s := &scanner{rs: rs}
	if strings.ContainsRune("-–~", s.at(i)) && isDigit(s.at(i+1)) {
		c, _ := s.arabicCore(i + 1)
		i = c.end // 6-7 million: the 6 is in millions too
	} else if strings.ContainsRune("到至-~～", s.at(i)) && isHanNumeral(s.at(i+1)) {
		k := i + 1 // 三到十万: the 三 is in 万 too
		for k < len(rs) && (hanDigits[rs[k]] > 0 || rs[k] == '十' || rs[k] == '百' || rs[k] == '千') {
			k++
		}
		if k > i+1 {
			i = k
		}
	}
	k := s.spaces(i)
	m := 1.0
	switch {
	case strings.ContainsRune("几幾", s.at(k)) && s.at(k+1) == '千' && !strings.ContainsRune("米克瓦卡", s.at(k+2)):
		m, k = 1e3, k+2 // 十几千: ten thousand and more
	case strings.ContainsRune("多余几幾", s.at(k)):
		k++ // 十几亿: a billion and more
	}
	for {
		u, ok := hanUnits[s.at(k)]
		if !ok || u < 1e4 {
			break
		}
		m, k = m*u, k+1
	}
	if m > 1 {
		return m
	}
	for _, sc := range englishScales {
		if _, ok := s.hasWord(k, sc.word); ok {
			return sc.value
		}
	}
	if s.at(i) == '-' {
		k = i + 1 // a three-decade miracle
	}
	for _, sc := range []struct {
		word  string
		value float64
	}{{"decades", 10}, {"decade", 10}, {"centuries", 100}, {"century", 100}, {"millenniums", 1000}, {"millennia", 1000}, {"millennium", 1000}} {
		if _, ok := s.hasWord(k, sc.word); ok {
			return sc.value // three decades: 30 年; two millenniums: 两千年
		}
	}
	return 1
}

// partOfRe finds a part named by its ordinal in digits: "a 20th of".
var partOfRe = regexp.MustCompile(`\ba ([0-9]{1,4})(?:st|nd|rd|th) of\b`)

// millenniumRe finds a millennium named by its ordinal, in digits or in
// words: the 4th millennium, the first millenium (as it is misspelt).
var millenniumRe = regexp.MustCompile(`\b(?:([0-9]{1,2})(?:st|nd|rd|th)|([a-z]+))[ -]millenn?i`)

// mentioned reports whether the other side writes the value of q in some
// form the check does not read as a figure: an ordinal (十九大 and "19th
// Congress"), a name (HMX-1), a word (两国 and "both countries"), a day
// or an hour alone (7 日 and "the 7th", 晚上 9 点 and "9 p.m."), or a
// duration in months the other language says in years (12 months and 一年).
// Amounts of money and multiples in digits are never excused so, nor
// percentages but by a word (50% and "half"); "seven times" may be shots
// (七枪).
func mentioned(q Quantity, other *side) bool {
	if unitTyped(q, other.text) {
		return true
	}
	var alts []float64
	switch q.Unit {
	case Percent:
		alts = append(alts, q.Value/100) // 50% and "over half"
		if slices.Contains(pointsApart(other.text), q.Value) {
			return true // "one or two percentage points" and 一两个百分点
		}
	case BasisPoint:
		return false
	case Multiple:
		if isLatin([]rune(q.Text)[0]) {
			alts = append(alts, q.Value)
		} else {
			return false
		}
	case Date:
		// A day alone (the 7th, 二号) or a month alone (五月, May); a month
		// and day must agree as a date.
		n := int(q.Value + 0.5)
		switch {
		case n/10000 != 0:
			return false
		case n%100 == 0:
			alts = append(alts, float64(n/100%100))
		case otherDay(n, other.unmatched):
			return false // 8 月 8 日 against August 7
		case n/100 != 0 && otherMonthDay(n, other.unmatched):
			return false // 12 月 11 日 against November 11: a month changed
		default:
			alts = append(alts, float64(n%100))
		}
	case Time:
		n := int(q.Value + 0.5)
		if n%100 != 0 || slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return o.Unit == Time }) {
			return false // 下午4时 against "at 3 p.m.": a time changed, whatever 16 the other side writes
		}
		alts = append(alts, float64(n/100), float64(n/100-12))
	case Months:
		alts = append(alts, q.Value)
		if y := q.Value / 12; y == float64(int(y)) && containsAny(strings.ToLower(other.text), "年", "year") {
			alts = append(alts, y) // 12 months and 一年: a duration in another unit
		}
	case Years:
		alts = append(alts, q.Value)
		if containsAny(strings.ToLower(other.text), "月", "month") {
			alts = append(alts, q.Value*12) // 一年半 and 18 months
		}
	case Seconds, Minutes, Hours:
		if q.Value == 1 && perTimeRe.MatchString(other.text) {
			return true // 每分鐘 and "every 1 minute": one at a time
		}
		alts = append(alts, q.Value)
	case Days:
		if (q.Value == 365 || q.Value == 366) && containsAny(strings.ToLower(other.text), "年", "year") &&
			!slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Unit == Days }) {
			return true // 移动365天 and "the one-year return", where the other counts no days
		}
		alts = append(alts, q.Value)
	default:
		if isCurrency(q.Unit) {
			return false
		}
		alts = append(alts, q.Value)
	}
	for _, v := range other.looseNumbers() {
		for _, a := range alts {
			if a > 0 && sameValue(v, a) {
				return true
			}
		}
	}
	// Zero is no loose number (零部件 is no 0), but named as a number it
	// is one: "the number 0", 数字 0.
	return q.Value == 0 && slices.Contains(alts, 0) && zeroNamedRe.MatchString(other.text)
}

// chanceInRe finds a chance told as one in a round number without "one"
// ("a chance in a million").
var chanceInRe = regexp.MustCompile(`\bin an? (hundred|thousand|million|billion)\b`)

// colloquialPartRe finds a fraction said without 之, as Hong Kong's
// Chinese says it (四分三, 三分一: three quarters, a third): a numeral of
// two to nine, 分, a smaller one, no numeral, 秒 or 钟 after it (not
// 五分三十秒, 三分二十; nor 十分一致, "wholly agreed").
var colloquialPartRe = regexp.MustCompile(`(?:^|[^一二三四五六七八九十百千万萬零〇两兩])(([二三四五六七八九])分([一二三四五六七八]))(?:$|[^一二三四五六七八九十百千万萬零〇秒鐘钟点點])`)

// joinedToWord reports whether q, a whole number after a word and a space
// (Qos 0, Level 3), is written run into that word in the other text, or
// into the capital that opens it (Qos0, L3), which reads no figure there;
// only where the other text numbers that word with q alone (not HTTP 2.x
// against HTTP 1.x beside http2, nor Level 2 against L1, L2 and L3).
func joinedToWord(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Unit != Plain || q.Start < 3 || q.End > len(rs) || rs[q.Start-1] != ' ' || !isLatin(rs[q.Start-2]) ||
		strings.TrimLeft(q.Text, "0123456789") != "" || at(rs, q.End) == '.' {
		return false
	}
	k := q.Start - 2
	for k > 0 && isLatin(rs[k-1]) {
		k--
	}
	word := string(rs[k : q.Start-1])
	numbers := numbersAfter(other.text, word, true)
	if unicode.IsUpper(rs[k]) {
		numbers = append(numbers, numbersAfter(other.text, string(rs[k]), false)...)
	}
	return len(numbers) > 0 && !slices.ContainsFunc(numbers, func(n string) bool { return n != q.Text }) &&
		(runIn(strings.ToLower(other.text), strings.ToLower(word+q.Text)) || unicode.IsUpper(rs[k]) && runIn(other.text, string(rs[k])+q.Text))
}

// numbersAfter returns the numbers that text writes after word, run into
// it or after a space (http2, HTTP 1.x: 2 and 1), in any case when fold.
func numbersAfter(text, word string, fold bool) []string {
	if fold {
		text, word = strings.ToLower(text), strings.ToLower(word)
	}
	var out []string
	for off := 0; ; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return out
		}
		i += off
		off = i + len(word)
		if isLatin(lastRuneOf(text[:i])) {
			continue
		}
		k := off
		if k < len(text) && text[k] == ' ' {
			k++
		}
		e := k
		for e < len(text) && isDigit(rune(text[e])) {
			e++
		}
		if e > k {
			out = append(out, text[k:e])
		}
	}
}

// runIn reports whether text writes w, a word run into its number, with
// no letter before it and no digit or decimal after it.
func runIn(text, w string) bool {
	return occurs(text, w, func(before, after rune) bool { return !isLatin(before) && !isDigit(after) && after != '.' })
}

// hexRe finds a number in hexadecimal, of one to four bytes: 0x01, 0x1F.
var hexRe = regexp.MustCompile(`\b0x[0-9A-Fa-f]{1,8}\b`)

// zeroNamedRe finds zero named as a number: "the number 0", 数字 0,
// "nonzero" (非0值), 01 before a word of binaryWords (01 矩阵, a matrix of
// 0s and 1s), 0x00 in hexadecimal.
var zeroNamedRe = regexp.MustCompile(`(?i)\bnumber 0\b|\b0x0+\b|\bnon-?zero\b|数字 ?0(?:[^.0-9]|$)|(?:^|[^0-9])01 ?(?:` + strings.Join(binaryWords, "|") + `)`)

// roman returns the value of w, a Roman numeral in capitals of two letters
// or more (II, XV, XIV), 0 for any other word; I alone is a pronoun and
// a single letter is no numeral.
func roman(w string) float64 {
	vals := map[rune]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100}
	rs := []rune(w)
	if len(rs) < 2 || len(rs) > 8 {
		return 0
	}
	total := 0
	for i, r := range rs {
		v, ok := vals[r]
		if !ok {
			return 0
		}
		if i+1 < len(rs) && vals[rs[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || toRoman(total) != w {
		return 0 // IIII, VX: not written so
	}
	return float64(total)
}

// toRoman writes n (1 to 399) as a Roman numeral.
func toRoman(n int) string {
	var b strings.Builder
	for _, p := range []struct {
		v int
		s string
	}{{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}} {
		for n >= p.v {
			b.WriteString(p.s)
			n -= p.v
		}
	}
	return b.String()
}

// pointsApart returns the digits of a run of two neighbouring Chinese
// numerals before 个百分点 or 百分点 (一两个百分点, 两三个百分点): an
// approximate range the reading of numbers leaves out, as it does 五六个.
func pointsApart(text string) []float64 {
	if !strings.Contains(text, "百分点") {
		return nil
	}
	var out []float64
	rs := []rune(text)
	for i := 2; i < len(rs); i++ {
		if !hasAt(rs, i, "百分点") {
			continue
		}
		k := i
		if rs[k-1] == '个' || rs[k-1] == '個' {
			k--
		}
		if k < 2 {
			continue
		}
		a, okA := hanDigits[rs[k-2]]
		b, okB := hanDigits[rs[k-1]]
		if okA && okB && b == a+1 && (k < 3 || !isHanNumeral(rs[k-3])) {
			out = append(out, float64(a), float64(b))
		}
	}
	return out
}

// unitTyped reports whether q, a number with a unit in capitals attached
// (24GB, 0.085BTC), is written in text with its digits before that unit
// shortened or in the plural: 24G, 10M, "30GBs", which Extract leaves
// unread as it does 5G, a name.
func unitTyped(q Quantity, text string) bool {
	at := strings.IndexFunc(q.Text, isLatin)
	if at <= 0 || !capitalUnits[q.Text[at:]] {
		return false
	}
	digits, letter := q.Text[:at], q.Text[at]
	for i := 0; ; {
		k := strings.Index(text[i:], digits)
		if k < 0 {
			return false
		}
		k += i
		e := k + len(digits)
		before, _ := utf8.DecodeLastRuneInString(text[:k])
		if e < len(text) && text[e] == letter && !isDigit(before) && before != '.' {
			return true
		}
		i = k + 1
	}
}
