package quantity

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"tandem/article"
)

// calendar reads the date, year or time of day that the whole number c
// begins: 2026 年 2 月 4 日, 2025 年, 10 月, 2026-02-04, 4 February 2026,
// 12:30, 3 pm, 下午 3 点. It also steps over decades and centuries (90 年代,
// 20 世纪), which are not checked.
func (s *scanner) calendar(c core) (match, bool) {
	if !c.integer || c.scaled {
		return match{}, false
	}
	for _, read := range []func(core) (match, bool){s.clock, s.hanClock, s.isoDate, s.hanDate, s.dayMonth} {
		if m, ok := read(c); ok {
			return m, true
		}
	}
	return match{}, false
}

// date encodes a date as YYYYMMDD, with 0 for a part not stated.
func date(y, m, d float64) float64 { return y*10000 + m*100 + d }

// yearLike reports whether c is written as a year: four digits, Arabic
// without grouping commas or Chinese digit by digit.
func yearLike(c core) bool {
	return c.plainDigit && c.integer && c.digits == 4 && c.value >= 1000 && c.value < 3000
}

// clock reads a time written 12:30 or 3 pm (3pm, 3 p.m.).
func (s *scanner) clock(c core) (match, bool) {
	h := c.value
	if secs, end, ok := s.primeSeconds(c); ok {
		return found(end, secs, Seconds), true // 23'54: 23 秒 54
	}
	if c.han || h > 24 {
		return match{}, false
	}
	minutes, e, colon := s.colonMinutes(c.end)
	if !colon {
		if m, end, ok := s.spacedMinutes(c.end); ok && (c.digits == 2 || c.digits == 1 && (s.afterTimePreposition(c.start) || s.timeAfterDash(end)) || s.meridiemAt(end)) {
			minutes, e, colon = m, end, true // 20: 00, 10 : 00, from 5: 30, 3 : 30 p.m.
		}
	}
	if colon && minutes >= 60 || colon && s.ratioAround(c.start, e) {
		return match{}, false // 7:13 in a ratio: two numbers
	}

	if secs, end, ok := s.lapSeconds(h, minutes, e); colon && ok {
		return found(end, secs, Seconds), true // 2:13:38, 3:51.659: a race time
	}
	pm, k := s.meridiem(e)
	switch {
	case k > e && pm && h < 12:
		h += 12
	case k > e && !pm && h == 12:
		h = 0 // 12 am is midnight
	case k == e && !colon:
		return match{}, false
	case k == e && h < 12 && afternoon(s.partOfDay(c.start)):
		h += 12 // 下午 6:19
	}
	return found(k, h*100+minutes, Time), true
}

// ratioAround reports whether the word "ratio" stands just before the
// number at i (a ratio of 7:13, the ratio 2:1) or just after the minutes
// ending at e (a 2:1 ratio): two numbers, not a time.
func (s *scanner) ratioAround(i, e int) bool {
	before := strings.ToLower(string(s.rs[max(0, i-len("ratio of ")):i]))
	if strings.HasSuffix(before, "ratio of ") || strings.HasSuffix(before, "ratio ") {
		return true
	}
	_, after := s.hasWord(s.spaces(e), "ratio")
	return after
}

// afternoon reports whether a part of the day is after noon.
func afternoon(part string) bool {
	switch part {
	case "下午", "晚上", "晚间", "夜间", "傍晚", "夜里":
		return true
	}
	return false
}

// dottedDate reads a date written with points from the number c, read
// as the decimal 2021.6: 2021.6.11 and 2022.01.05 are June 11, 2021 and
// January 5, 2022. A fourth part (1.2.3.4) makes a version, not a date.
func (s *scanner) dottedDate(c core) (match, bool) {
	if c.integer || c.han || c.digits != 4 || s.at(c.end) != '.' || !isDigit(s.at(c.end+1)) {
		return match{}, false
	}
	y := math.Floor(c.value)
	mDigits := c.end - c.start - 5
	if y < 1900 || y >= 2100 || mDigits < 1 || mDigits > 2 || s.at(c.start+4) != '.' {
		return match{}, false
	}
	m := digitsValue(s.rs[c.start+5 : c.end])
	e := c.end + 1
	for e < len(s.rs) && isDigit(s.at(e)) {
		e++
	}
	d := digitsValue(s.rs[c.end+1 : e])
	if m < 1 || m > 12 || d < 1 || d > 31 || e-c.end-1 > 2 || s.at(e) == '.' && isDigit(s.at(e+1)) || isLatin(s.at(e)) {
		return match{}, false
	}
	return found(e, date(y, m, d), Date), true
}

// dottedDayFirst reads a date written day first with points from the
// number c, read as the decimal 1.9: 1.9.2022 and 31.12.2022 are
// September 1 and December 31, 2022, as Hong Kong's and Europe's English
// write them. With a year in two digits the month and the day must be two
// digits each and tell which is which (01.19.23 is January 19, 2023,
// 19.01.23 the same day), as a version's numbers seldom are.
func (s *scanner) dottedDayFirst(c core) (match, bool) {
	if c.integer || c.han || c.digits > 2 || s.at(c.end) != '.' {
		return match{}, false
	}
	point := c.start + c.digits
	if s.at(point) != '.' || c.end-point-1 < 1 || c.end-point-1 > 2 {
		return match{}, false
	}
	e := c.end + 1
	for e < len(s.rs) && isDigit(s.at(e)) {
		e++
	}
	short := e-c.end-1 == 2
	if e-c.end-1 != 4 && !short || s.at(e) == '.' && isDigit(s.at(e+1)) || isLatin(s.at(e)) {
		return match{}, false
	}
	d, m, y := digitsValue(s.rs[c.start:point]), digitsValue(s.rs[point+1:c.end]), digitsValue(s.rs[c.end+1:e])
	if short {
		if c.digits != 2 || c.end-point-1 != 2 || d <= 12 && m <= 12 {
			return match{}, false // 1.20.15 may be a version; 01.02.23 names no order
		}
		if m > 12 {
			d, m = m, d // 01.19.23: the American order
		}
		y += 2000
		if y >= 2050 {
			y -= 100
		}
	}
	if d < 1 || d > 31 || m < 1 || m > 12 || y < 1900 || y >= 2100 {
		return match{}, false
	}
	return found(e, date(y, m, d), Date), true
}

// dottedTime reads a time written 9.30am (the British way) from the number
// c, read as the decimal 9.30, and so in Chinese after a part of the day
// (下午 5.30, a translation keeping the English form); without either it
// stays a decimal.
func (s *scanner) dottedTime(c core) (match, bool) {
	if c.integer || c.han || c.value >= 13 || c.end-c.start < 4 || s.at(c.end-3) != '.' {
		return match{}, false
	}
	h := math.Floor(c.value)
	minutes := math.Round((c.value - h) * 100)
	if minutes >= 60 {
		return match{}, false
	}
	pm, k := s.meridiem(c.end)
	if k == c.end {
		part := s.partOfDay(c.start)
		if part == "" || strings.ContainsRune("元倍万萬亿億%％个個只件人次米克吨噸美港欧歐英日", s.at(s.spaces(c.end))) {
			return match{}, false // 下午 3.50 元: an amount
		}
		if afternoon(part) && h < 12 {
			h += 12
		}
		return found(k, h*100+minutes, Time), true
	}
	switch {
	case pm && h < 12:
		h += 12
	case !pm && h == 12:
		h = 0
	}
	return found(k, h*100+minutes, Time), true
}

// lapSeconds reads the seconds of a time measured to the second after
// "h:mm" ending at i: ":38" (h:mm:ss), or ".659" (m:ss.fff, h then being
// the minutes). It returns the time in seconds.
func (s *scanner) lapSeconds(h, mm float64, i int) (float64, int, bool) {
	if sec, e, ok := s.colonMinutes(i); ok && sec < 60 {
		return h*3600 + mm*60 + sec, e, true
	}
	if s.at(i) == '.' && isDigit(s.at(i+1)) {
		c, ok := s.arabicCore(i + 1)
		if !ok {
			return 0, i, false
		}
		frac := c.value / math.Pow(10, float64(c.end-i-1))
		return h*60 + mm + frac, c.end, true
	}
	return 0, i, false
}

// primeSeconds reads a race time written with an apostrophe or a prime
// between the seconds and two digits of hundredths, 23'54 or 22′85 (23 秒
// 54, 23.54 seconds); not the 1930's.
func (s *scanner) primeSeconds(c core) (float64, int, bool) {
	i := c.end
	if c.han || !strings.ContainsRune("'’′", s.at(i)) || !isDigit(s.at(i+1)) || !isDigit(s.at(i+2)) ||
		isDigit(s.at(i+3)) || isLatin(s.at(i+3)) || strings.ContainsRune("'’′\"”″", s.at(i+3)) {
		return 0, i, false
	}
	return c.value + float64(digitValue(s.at(i+1))*10+digitValue(s.at(i+2)))/100, i + 3, true
}

// colonMinutes reads ":30" after an hour at i.
func (s *scanner) colonMinutes(i int) (float64, int, bool) {
	if s.at(i) != ':' || !isDigit(s.at(i+1)) || !isDigit(s.at(i+2)) || isDigit(s.at(i+3)) {
		return 0, i, false
	}
	return float64(digitValue(s.at(i+1))*10 + digitValue(s.at(i+2))), i + 3, true
}

// spacedMinutes reads ": 00" or " : 00" after an hour at i, a space
// after the colon or on both sides of it, as a translation typed from
// 20：00 may write it (20: 00 on the 26th, 10 : 00 – 20 : 00); the clock
// reads it after one digit only where a preposition of time stands before
// the hour or am or pm after the minutes (from 5: 30 to 6: 30, 3 : 30
// p.m.; John 3: 16 is a verse).
func (s *scanner) spacedMinutes(i int) (float64, int, bool) {
	k := i
	if s.at(k) == ' ' {
		k++
	}
	if s.at(k) != ':' || s.at(k+1) != ' ' || !isDigit(s.at(k+2)) || !isDigit(s.at(k+3)) || isDigit(s.at(k+4)) {
		return 0, i, false
	}
	return float64(digitValue(s.at(k+2))*10 + digitValue(s.at(k+3))), k + 4, true
}

// timeAfterDash reports whether a time written with a colon follows a
// dash at i, as a range of times ends (8 : 00 – 14 : 00).
func (s *scanner) timeAfterDash(i int) bool {
	k := s.spaces(i)
	if !strings.ContainsRune(rangeMarks, s.at(k)) {
		return false
	}
	k = s.spaces(k + 1)
	for isDigit(s.at(k)) {
		k++
	}
	_, _, colon := s.colonMinutes(k)
	_, _, spaced := s.spacedMinutes(k)
	return colon || spaced
}

// meridiemAt reports whether am or pm (a.m., p.m.) follows a time at i.
func (s *scanner) meridiemAt(i int) bool {
	_, e := s.meridiem(i)
	return e > i
}

// timePrepositions are the words before a time of day that tell an hour
// written "5: 30" from a verse or a score.
var timePrepositions = []string{"at", "from", "to", "by", "until", "till", "of", "before", "after", "around", "about", "since", "between"}

// afterTimePreposition reports whether one of timePrepositions and a space
// stand just before i.
func (s *scanner) afterTimePreposition(i int) bool {
	e := i - 1
	if e < 1 || s.at(e) != ' ' {
		return false
	}
	k := e
	for k > 0 && isLatin(s.at(k-1)) {
		k--
	}
	return slices.Contains(timePrepositions, strings.ToLower(string(s.rs[k:e])))
}

// meridiem reads am or pm (a.m., p.m.) after a time at i.
func (s *scanner) meridiem(i int) (pm bool, end int) {
	k := s.spaces(i)
	for _, m := range []string{"a.m.", "p.m."} {
		if s.has(k, m) {
			return m[0] == 'p', k + len(m)
		}
	}
	for _, m := range []string{"am", "pm"} {
		if e, ok := s.hasWord(k, m); ok {
			return m[0] == 'p', e
		}
	}
	return false, i
}

// hanClock reads a time written in Chinese: 12 点 30 分, 3 点半, 11 点一刻
// (a quarter past), 9 点 34 (分 left out), and 下午 3 点 with a part of
// the day before it.
func (s *scanner) hanClock(c core) (match, bool) {
	h := c.value
	e := s.spaces(c.end)
	if h > 24 || s.at(e) != '点' && s.at(e) != '时' {
		return match{}, false
	}
	e++
	minutes := -1.0
	k := s.spaces(e)
	if v, end, ok := s.numberAt(k); ok && v < 60 && s.at(s.spaces(end)) == '分' {
		minutes, e = v, s.spaces(end)+1
	} else if ok && v >= 1 && v <= 3 && s.at(s.spaces(end)) == '刻' {
		minutes, e = 15*v, s.spaces(end)+1 // 十一点一刻: a quarter past eleven
	} else if s.at(k) == '半' {
		minutes, e = 30, k+1
	} else if ok && v < 60 && end == k+2 && s.at(c.end) != '.' && s.minutesAlone(end) {
		minutes, e = v, end // 9 点 34: minutes in two digits, 分 left out
	}
	part := s.partOfDay(c.start)
	if minutes < 0 && part == "" {
		return match{}, false // 50 点 are index points
	}
	if afternoon(part) && h < 12 || part == "中午" && h >= 1 && h <= 3 {
		h += 12 // 中午1时: one in the afternoon, as 中午12时 is noon
	}
	return found(e, h*100+max(minutes, 0), Time), true
}

// partOfDay returns the word for a part of the day that ends just before i
// (下午 3 点), or "".
func (s *scanner) partOfDay(i int) string {
	k := i - 1
	if isSpace(s.at(k)) {
		k--
	}
	for _, p := range []string{"上午", "下午", "晚上", "晚间", "夜间", "傍晚", "夜里", "凌晨", "早上", "早晨", "清晨", "中午"} {
		if s.has(k-1, p) {
			return p
		}
	}
	return ""
}

// isoDate reads 2026-02-04 or 2026/2/4.
func (s *scanner) isoDate(c core) (match, bool) {
	sep := s.at(c.end)
	if c.han || !yearLike(c) || sep != '-' && sep != '/' {
		return match{}, false
	}
	m, e, ok := s.smallInt(c.end+1, 12)
	if !ok || s.at(e) != sep {
		return match{}, false
	}
	d, e, ok := s.smallInt(e+1, 31)
	if !ok {
		return match{}, false
	}
	return found(e, date(c.value, m, d), Date), true
}

// smallInt reads one or two Arabic digits at i, a value from 1 to most.
func (s *scanner) smallInt(i int, most float64) (float64, int, bool) {
	e := i
	for e < i+2 && isDigit(s.at(e)) {
		e++
	}
	if e == i || isDigit(s.at(e)) {
		return 0, i, false
	}
	v := 0.0
	for k := i; k < e; k++ {
		v = v*10 + float64(digitValue(s.at(k)))
	}
	return v, e, v >= 1 && v <= most
}

// hanDate reads Chinese dates and years: 2026 年 2 月 4 日, 2025 年 10 月,
// 2 月 4 日, 十月, 2025 年; and steps over 90 年代 and 20 世纪.
func (s *scanner) hanDate(c core) (match, bool) {
	e := s.spaces(c.end)
	switch {
	case s.has(e, "年代") && int(c.value)%10 == 0 || s.has(e, "世纪") || s.has(e, "世紀"):
		return skip(e + 2), true // not 2013年代购: 2013年, then 代购 (buying for others)
	case s.at(e) == '年' && s.at(s.spaces(e+1)) == '代' && int(c.value)%10 == 0:
		return skip(s.spaces(e+1) + 1), true // 80年 代, a stray space
	case s.at(e) == '年' && s.decadeOfCentury(c):
		return skip(e + 1), true // 20 世纪 90 年 (嗲, a slip for 代): the nineties
	case s.at(e) == '年' && yearLike(c):
		if m, d, end, ok := s.monthDay(e + 1); ok {
			return found(end, date(c.value, m, d), Date), true
		}
		return found(e+1, c.value, Year), true
	case s.at(e) == '年' && !c.han && c.digits == 2 && s.at(c.start) == '0':
		y := 2000 + c.value // 08 年 6 月: 2008, a year clipped to two digits; no span of years is written with a leading zero
		if m, d, end, ok := s.monthDay(e + 1); ok {
			return found(end, date(y, m, d), Date), true
		}
		return found(e+1, y, Year), true
	case s.at(e) == '年' && s.rocYear(c, e):
		y := c.value + 1911 // 民國一百零七年: 2018
		if m, d, end, ok := s.monthDay(e + 1); ok {
			return found(end, date(y, m, d), Date), true
		}
		return found(e+1, y, Year), true
	case s.at(e) == '月' && s.ageInMonths(e+1):
		return found(e+1, c.value, Months), true // 6月龄, 0-2月婴儿, 3月大的宝宝: months of age
	case s.at(e) == '月' && c.value >= 1 && c.value <= 12:
		d, end := s.day(e + 1)
		if d == 0 && isSpace(s.at(e+1)) {
			d, end = s.dayBeforeStop(e + 1) // 7 月 13 翕: spaced, as Taiwanese writes a date
		}
		return found(end, date(0, c.value, d), Date), true
	}
	return match{}, false
}

// ageInMonths reports whether an age in months follows 月 at i: 月龄,
// 月婴儿, 月的婴儿, 月大的宝宝; not 3月大家 (everyone in March).
func (s *scanner) ageInMonths(i int) bool {
	for _, w := range []string{"龄", "齡", "婴儿", "嬰兒", "的婴儿", "的嬰兒", "宝宝", "寶寶", "大的婴儿", "大的嬰兒", "大的宝宝", "大的寶寶", "大的孩子", "大婴儿", "大宝宝"} {
		if s.has(i, w) {
			return true
		}
	}
	return false
}

// rocYear reports whether c, a whole number before 年 at e, is a year of
// the Republic of China's calendar, as Taiwan writes years (民國一百零七年,
// 民國107年: 2018): after 民國, or before a month in a text that counts
// its years from 民國 (至七十六年七月十四日).
func (s *scanner) rocYear(c core, e int) bool {
	if !c.integer || c.value < 1 || c.value > 150 {
		return false
	}
	k := c.start
	for k > 0 && isSpace(s.at(k-1)) {
		k--
	}
	if k >= 2 && (string(s.rs[k-2:k]) == "民國" || string(s.rs[k-2:k]) == "民国") {
		return true
	}
	if s.roc == 0 {
		s.roc = 2
		if text := string(s.rs); strings.Contains(text, "民國") || strings.Contains(text, "民国") {
			s.roc = 1
		}
	}
	if s.roc != 1 {
		return false
	}
	_, _, end, ok := s.monthDay(e + 1)
	return ok && end > e+1
}

// decadeOfCentury reports whether c, a number before 年, is a decade
// written after its century with 代 left out or mistyped: the 90 of 20
// 世纪 90 年嗲; ninety years is no span a century is named before.
func (s *scanner) decadeOfCentury(c core) bool {
	if c.value < 10 || c.value > 90 || int(c.value)%10 != 0 || !c.integer {
		return false
	}
	k := c.start - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	return s.at(k-1) == '世' && (s.at(k) == '纪' || s.at(k) == '紀')
}

// monthDay reads the month, and the day if there is one, after 年 at i:
// " 2 月 4 日", "十月".
func (s *scanner) monthDay(i int) (m, d float64, end int, ok bool) {
	k := s.spaces(i)
	if s.has(k, "元月") {
		d, end = s.day(k + 2)
		return 1, d, end, true // 二○○五年元月: January 2005
	}
	m, e, ok := s.numberAt(k)
	e = s.spaces(e)
	if ok && m >= 1 && m <= 12 && m == float64(int(m)) && e > k && isDigit(s.at(e-1)) &&
		(s.has(e, "以来") || s.has(e, "以後") || s.has(e, "以后") || strings.ContainsRune("起底初末", s.at(e))) {
		return m, 0, e, true // 自2009年10以来: 月 left out, the month a time is counted from
	}
	if !ok || m < 1 || m > 12 || m != float64(int(m)) || s.at(e) != '月' {
		return 0, 0, i, false
	}
	d, end = s.day(e + 1)
	if d == 0 {
		d, end = s.dayBeforeStop(e + 1)
	}
	return m, d, end, true
}

// dayBeforeStop reads a day written in digits without 日 after a year and
// its month, at i, when a stop, a comma or the text's end comes after it
// (2002年6月15，被命令: June 15, 2002), or, where the text spaces its
// numbers from its words, a space and a word that counts nothing (2020 年
// 12 月 21 翕, as Taiwanese writes a date); it returns 0 and i when there
// is none.
func (s *scanner) dayBeforeStop(i int) (float64, int) {
	k := s.spaces(i)
	if !isDigit(s.at(k)) {
		return 0, i
	}
	d, e, ok := s.numberAt(k)
	if !ok || d < 1 || d > 31 || d != float64(int(d)) {
		return 0, i
	}
	next := s.at(s.spaces(e))
	spaced := k > i && s.spaces(e) > e
	if e < len(s.rs) && !strings.ContainsRune("，。；！？,;", next) && !(spaced && (isHan(next) && !strings.ContainsRune(countingChars, next) || unicode.IsLower(next))) {
		return 0, i
	}
	return d, e
}

// minutesAlone reports whether minutes written without 分 end at i: no
// digit, point, percent sign or word that counts follows them.
func (s *scanner) minutesAlone(i int) bool {
	next := s.at(s.spaces(i))
	return !isDigit(next) && !strings.ContainsRune(".%％"+countingChars, next)
}

// countingChars are the characters after a number that make it a count,
// an amount or a measure, not a day of the month.
const countingChars = "元倍万萬亿億%％个個只件人次米克吨噸美港欧歐英日号號家名位项項条條款年月天周週岁歲度分秒点點公里千百十台部座架张張场場届屆期级級层層"

// day reads the day after 月 at i (" 4 日", "四号"); it returns 0 and i when
// there is none.
func (s *scanner) day(i int) (float64, int) {
	k := s.spaces(i)
	d, e, ok := s.numberAt(k)
	e = s.spaces(e)
	if !ok || d < 1 || d > 31 || d != float64(int(d)) {
		return 0, i
	}
	if s.at(e) != '日' && s.at(e) != '号' && s.at(e) != '號' {
		if s.listedDay(e) {
			return d, e // 7月17和7月22日: 日 said once for both days
		}
		return 0, i
	}
	return d, e + 1
}

// listedDay reports whether a day of the month written without 日 ends at i
// before a conjunction and a day or a date that has it (7月17和7月22日,
// 17、22日, 17至22日): a list or a range of days sharing 日.
func (s *scanner) listedDay(i int) bool {
	if !strings.ContainsRune("和、与與及至到-–—~～", s.at(i)) {
		return false
	}
	k := s.spaces(i + 1)
	v, e, ok := s.numberAt(k)
	e = s.spaces(e)
	switch {
	case !ok || v < 1 || v != float64(int(v)):
		return false
	case v <= 31 && (s.at(e) == '日' || s.at(e) == '号'):
		return true
	case v <= 12 && s.at(e) == '月':
		d, end := s.day(e + 1)
		return d > 0 && end > e+1
	}
	return false
}

// dayMonth reads a date written day first: 4 February 2026, 4 Feb., and
// with an ordinal day, 4th July 1776, the 6th of October, this 5th day of
// June, 2020; with a comma after the day only when a year follows (5,
// December 2016).
func (s *scanner) dayMonth(c core) (match, bool) {
	if c.han || !c.plainDigit || c.digits > 2 || c.value < 1 || c.value > 31 {
		return match{}, false
	}
	i := c.end
	if suffix := strings.ToLower(string(s.rs[i:min(i+2, len(s.rs))])); ordinalSuffix(int(c.value)) == suffix {
		i += 2
		if s.at(i) == ' ' {
			i = s.dayOf(i + 1)
		} else if m, e, _ := s.monthAt(i); m > 0 && unicode.IsUpper(s.at(i)) {
			y, end := s.yearAfter(e)
			return found(end, date(y, float64(m), c.value), Date), true // 21stOctober 2016, the space lost
		}
	}
	comma := s.at(i) == ',' && s.at(i+1) == ' '
	if comma {
		i++ // (5, December 2016): a dateline with a comma after its day
	}
	if !isSpace(s.at(i)) {
		return match{}, false
	}
	m, e, full := s.monthAt(i + 1)
	if comma {
		if y, end := s.yearAfter(e); m > 0 && y > 0 {
			return found(end, date(y, float64(m), c.value), Date), true
		}
		return match{}, false // 3, 4, 5, December's figures: a list
	}
	if m == 0 {
		if m, e = s.hijriMonthAt(i + 1); m == 0 {
			return match{}, false
		}
		k := s.afterHijra(e)
		y, end := s.yearAfter(k)
		switch after := s.afterHijra(end); {
		case y == 0:
			end = e
		case k == e && after == end:
			y, end = 0, e // no A.H. before the year or after it: a year of another calendar
		default:
			end = after
		}
		return found(end, date(y, float64(m), c.value), Date), true
	}
	y, end := s.yearAfter(e)
	if y == 0 && !full {
		y, end = s.twoDigitYear(e)
	}
	return found(end, date(y, float64(m), c.value), Date), true
}

// twoDigitYear reads a year in two digits after a short month name ending
// at i, as tables and notices write a date (22 Oct 14: 2014年10月22日),
// when a stop or the text's end follows it, not a time's colon (26 Apr
// 23:59:59); it returns 0 and i otherwise.
func (s *scanner) twoDigitYear(i int) (float64, int) {
	if s.at(i) != ' ' || !isDigit(s.at(i+1)) || !isDigit(s.at(i+2)) {
		return 0, i
	}
	if r := s.at(i + 3); r != 0 && !strings.ContainsRune(",.;:)", r) || (r == '.' || r == ':') && isDigit(s.at(i+4)) {
		return 0, i
	}
	return clippedCentury(float64(10*(s.at(i+1)-'0') + s.at(i+2) - '0')), i + 3
}

// clippedCentury returns the year whose last two digits are yy, as a date
// or speech clips it (22 Oct 14, in '35): 1930 to 2029.
func clippedCentury(yy float64) float64 {
	if yy < 30 {
		return 2000 + yy
	}
	return 1900 + yy
}

// hijriMonthAt reads the capitalised name of a month of the Islamic
// calendar at i, as United Nations documents spell them (25 Rajab A.H.
// 1436 and 回历1436年7月25日; Rabi' al-Awwal, Dhu al-Hijjah); 0 when there
// is none.
func (s *scanner) hijriMonthAt(i int) (m, end int) {
	word := func(i int) (string, int) {
		e := s.wordEnd(i)
		for (s.at(e) == '\'' || s.at(e) == '’') && isLatin(s.at(e+1)) {
			e = s.wordEnd(e + 1) // Sha'ban
		}
		w := strings.NewReplacer("'", "", "’", "").Replace(strings.ToLower(string(s.rs[i:e])))
		if s.at(e) == '\'' || s.at(e) == '’' {
			e++ // Rabi'
		}
		return w, e
	}
	if !unicode.IsUpper(s.at(i)) || isLatin(s.at(i-1)) {
		return 0, i
	}
	w, e := word(i)
	switch w {
	case "muharram":
		return 1, e
	case "safar":
		return 2, e
	case "rajab":
		return 7, e
	case "shaban", "shaaban":
		return 8, e
	case "ramadan":
		return 9, e
	case "shawwal":
		return 10, e
	case "rabi", "jumada", "dhu":
		if s.at(e) != ' ' || !s.has(e+1, "al-") {
			return 0, i
		}
		second, end := word(e + 4)
		for _, n := range []struct {
			first, second string
			month         int
		}{
			{"rabi", "awwal", 3}, {"rabi", "thani", 4}, {"rabi", "akhir", 4},
			{"jumada", "ula", 5}, {"jumada", "awwal", 5}, {"jumada", "thani", 6}, {"jumada", "akhirah", 6}, {"jumada", "akhira", 6},
			{"dhu", "qidah", 11}, {"dhu", "qadah", 11}, {"dhu", "qada", 11}, {"dhu", "hijjah", 12}, {"dhu", "hijja", 12},
		} {
			if w == n.first && second == n.second {
				return n.month, end
			}
		}
	}
	return 0, i
}

// afterHijra returns the end of " A.H." or " AH" at i, the era of the
// Islamic calendar, written before its year or after it; i when there is
// none.
func (s *scanner) afterHijra(i int) int {
	k := s.spaces(i)
	if k == i {
		return i
	}
	for _, era := range []string{"A.H.", "AH"} {
		if s.has(k, era) && !isLatin(s.at(k+len(era))) {
			return k + len(era)
		}
	}
	return i
}

// ordinalSuffix returns the English suffix of the ordinal of n: st, nd,
// rd or th.
func ordinalSuffix(n int) string {
	switch {
	case n%100 >= 11 && n%100 <= 13:
		return "th"
	case n%10 == 1:
		return "st"
	case n%10 == 2:
		return "nd"
	case n%10 == 3:
		return "rd"
	}
	return "th"
}

// yearAfter reads ", 2026" or " 2026" after a month or a day at i; it
// returns 0 and i when there is no year.
func (s *scanner) yearAfter(i int) (float64, int) {
	k := i
	if s.at(k) == ',' {
		k++
	}
	k = s.spaces(k)
	if k == i || !isDigit(s.at(k)) {
		return 0, i
	}
	c, ok := s.arabicCore(k)
	if !ok || !yearLike(c) || isLatin(s.at(c.end)) || s.codeAfter(c.end) {
		return 0, i
	}
	return c.value, c.end
}

// codeAfter reports whether a currency's code follows i after a space: a
// price after a date (June 17, 1050 RMB), not the date's year.
func (s *scanner) codeAfter(i int) bool {
	k := s.spaces(i)
	_, ok := currencyCode(string(s.rs[k:s.wordEnd(k)]))
	return ok && k > i
}

// sharedMonth makes a date of each day that follows a date in a list or a
// range sharing its month, as English writes it once: July 17 and 22, May
// 3 to 5 (not after a comma: July 17, 20 people), with the year written
// after the last (September 29 and 30, 2018). The day must be a plain
// number from 1 to 31 that no word follows (not "July 17 and 22 people"),
// but for "of", "this" or "last". In Chinese, a day with 日 after a date
// and 、, 和 or 至 takes the date's month (11月3日、4日). And each day
// before a date written day first takes its month: 3 and 4 February, 2, 3
// and 4 May.
func (s *scanner) sharedMonth() {
	for i := 1; i < len(s.out); i++ {
		p, q := s.out[i-1], &s.out[i]
		if p.Unit != Date || dayOf(p.Value) == 0 || int(p.Value)/100%100 == 0 || q.Unit != Plain ||
			q.Value < 1 || q.Value > 31 || q.Value != float64(int(q.Value)) || q.Text != strconv.Itoa(int(q.Value)) {
			continue
		}
		gap := strings.TrimSpace(string(s.rs[p.End:q.Start]))
		if s.lang == article.ZH {
			if isDigit([]rune(p.Text)[0]) && p.Text == strconv.Itoa(dayOf(p.Value)) {
				gap = strings.TrimSpace(strings.TrimLeft(gap, "日号號")) // 24日、25日、26日: each takes the month
			}
			if r := s.at(s.spaces(q.End)); r == '日' || r == '号' || r == '號' {
				switch gap {
				case "、", "和", "及", "与", "與", "至", "到", "-", "–", "—", "～", "~":
					q.Value, q.Unit = float64(int(p.Value)/100*100)+q.Value, Date // 11月3日、4日
				}
			}
			continue
		}
		listed := false // October 24, 25, 26 and 27
		switch strings.ToLower(gap) {
		case "and", "or", "&", "to", "-", "–", "and on", ", and":
		case ",":
			if listed = s.daysListed(i); !listed {
				continue // July 17, 20 people
			}
		default:
			continue
		}
		if k := s.spaces(q.End); !listed && isLatin(s.at(k)) {
			w := strings.ToLower(string(s.rs[k:s.wordEnd(k)]))
			if w != "of" && w != "this" && w != "last" && w != "respectively" {
				continue
			}
		}
		q.Value, q.Unit = float64(int(p.Value)/100*100)+q.Value, Date
		if i+1 < len(s.out) && s.out[i+1].Unit == Year && strings.TrimSpace(string(s.rs[q.End:s.out[i+1].Start])) == "," {
			y := s.out[i+1] // September 29 and 30, 2018: the year is the range's
			q.Value += y.Value * 10000
			q.End, q.Text = y.End, q.Text+string(s.written()[q.End:y.End])
			s.out = slices.Delete(s.out, i+1, i+2)
		}
	}
	for i := len(s.out) - 2; i >= 0; i-- {
		p, q := &s.out[i], s.out[i+1]
		if q.Unit != Date || dayOf(q.Value) == 0 || int(q.Value)/100%100 == 0 || !isDigit([]rune(q.Text)[0]) ||
			p.Unit != Plain || p.Value < 1 || p.Value > 31 || p.Text != strconv.Itoa(int(p.Value)) {
			continue
		}
		if lead := q.Text[:strings.IndexFunc(q.Text+" ", func(r rune) bool { return !isDigit(r) })]; atoi(lead) != dayOf(q.Value) {
			continue // N=5, 2022-08-26: a date written year first shares no month with a day before it
		}
		switch strings.ToLower(strings.TrimSpace(string(s.rs[p.End:q.Start]))) {
		case "and", "or", "&", "to", "-", "–", ",", ", and":
			p.Value, p.Unit = float64(int(q.Value)/100*100)+p.Value, Date // 3 and 4 February
		}
	}
	s.sharedDay()
}

// daysListed reports whether the plain number s.out[i], after a comma,
// opens the rest of a list of days that "and" or "or" closes: the 25 of
// October 24, 25, 26 and 27.
func (s *scanner) daysListed(i int) bool {
	for k := i; k+1 < len(s.out); k++ {
		q, n := s.out[k], s.out[k+1]
		if n.Unit != Plain || n.Value < 1 || n.Value > 31 || n.Text != strconv.Itoa(int(n.Value)) {
			return false
		}
		switch strings.ToLower(strings.TrimSpace(string(s.rs[q.End:n.Start]))) {
		case ",":
		case "and", "or", ", and", ", or":
			return !isLatin(s.at(s.spaces(n.End)))
		default:
			return false
		}
	}
	return false
}

// sharedDay gives a year listed beside a full date, the year before or
// after, its month and day, as the accounts of two years write them:
// 二零零八年及二零零七年六月三十日 (a year, then the date) and "31 December
// 2011 and 2010" (the date, then a year). A month without its day keeps it
// unsaid: "31 December 2013 and December 2014" leaves the second day out.
func (s *scanner) sharedDay() {
	full := func(q Quantity) bool {
		return q.Unit == Date && dayOf(q.Value) > 0 && int(q.Value)/100%100 > 0 && yearOfDate(q.Value) > 0
	}
	year := func(q Quantity) int64 { // the year of a date or a year
		if q.Unit == Year {
			return int64(q.Value)
		}
		return yearOfDate(q.Value)
	}
	for i := 1; i < len(s.out); i++ {
		p, q := &s.out[i-1], &s.out[i]
		gap := strings.ToLower(strings.TrimSpace(string(s.rs[p.End:q.Start])))
		if d := year(*p) - year(*q); d != 1 && d != -1 {
			continue // two years of accounts are next to each other; 1966 and 13 November 1922 are two dates
		}
		switch {
		case s.lang == article.ZH && p.Unit == Year && strings.HasSuffix(p.Text, "年") && full(*q) && (gap == "及" || gap == "和" || gap == "与" || gap == "與" || gap == "、"):
			p.Value, p.Unit = p.Value*1e4+float64(int(q.Value)%10000), Date
		case s.lang == article.EN && full(*p) && gap == "and" && q.Unit == Year:
			q.Value, q.Unit = q.Value*1e4+float64(int(p.Value)%10000), Date
		}
	}
}

// dayOf steps over "of " or "day of " at i, after an ordinal day (the 6th
// of October, the twenty-fifth day of June), to the space before the
// month; it returns i-1, the space before i, when neither is there.
func (s *scanner) dayOf(i int) int {
	k := i
	if e, ok := s.hasWord(k, "day"); ok && s.at(e) == ' ' {
		k = e + 1
	}
	if e, ok := s.hasWord(k, "of"); ok && s.at(e) == ' ' {
		return e
	}
	return i - 1
}
