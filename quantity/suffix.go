package quantity

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"tandem/article"
)

// suffix reads what follows a number: the date or time it is part of, its
// scale, its currency or its unit.
func (s *scanner) suffix(c core) match {
	if c.currency == "" {
		if m, ok := s.spelledEmergency(c); ok {
			return m
		}
		if m, ok := s.calendar(c); ok {
			return m
		}
		if m, ok := s.dottedTime(c); ok {
			return m
		}
		if m, ok := s.dottedDate(c); ok {
			return m
		}
		if m, ok := s.dottedDayFirst(c); ok {
			return m
		}
	}
	if m, ok := s.quarterSpan(c); ok {
		return m
	}
	if v, e, ok := s.metresAndCentimetres(c); ok {
		return found(e, v, Plain) // 1米85, 一米八: a height, 1.85 m, 1.8 m
	}
	if v, e, ok := s.kilometresAndMetres(c); ok {
		return found(e, v, Plain) // 60公里700米: 60.7 km
	}
	if e, ok := s.andAHalf(c.end); ok && !c.han && !c.words && c.integer {
		c.value, c.end, c.integer = c.value+0.5, e, false // 5 and a half years: 5年半
	}
	v, end := c.value, c.end
	k := s.approx(end)
	if g := s.spaces(k); (s.has(g, "个亿") || s.has(g, "個億")) && !s.has(g+2, "元以上") && !s.has(g+2, "元级") {
		v, end, c.scaled = v*1e8, g+2, true // 4 个亿, 兩個億: spoken 亿; not 20 个亿元以上项目, projects
		k = end
	} else if w, ok := s.hasOneOf(g, "个百万", "個百萬", "（百万）", "（百萬）", "(百万)", "(百萬)"); ok {
		v, end, c.scaled = v*1e6, g+len([]rune(w)), true // 15个百万条: 15 million, counted in millions; 15（百万）, a table's cell
		k = end
	} else if mult, e, ok := s.scale(k, c); ok {
		v, end, c.scaled = v*mult, e, true
		if g := s.approx(end); g > end && (mult == 1e4 && s.hanScaleAt(g) == 1e8 || mult < 1e4 && s.hanScaleAt(g) == 1e4) {
			v, end = v*s.hanScaleAt(g), g+1 // 1萬多億元: over a trillion, as 两万多亿 is; 3千多万: over 30 million
		}
		if r, e, ok := s.remainder(end, mult); ok && !c.han {
			v, end = v+r, e // 2万4801: 24,801
			if mult == 1e4 && s.hanScaleAt(end) == 1e8 {
				v, end = v*1e8, end+1 // 1万9千亿: 1.9 trillion, the ten thousands and thousands of 亿
			}
		} else if r, e, ok := s.wordsRemainder(end, mult, v); ok && c.words {
			v, end = v+r, e // two thousand three hundred: 2,300
		} else if r, e, ok := s.spokenRemainder(end, mult); ok && s.lang == article.EN && c.integer && c.plainDigit && c.currency == "" {
			v, end = v+r, e // 32 thousand, 7 hundred and 68: 32,768, as a speaker says it
		}
		k = s.approx(end) // 6万多美元: over 60,000 dollars
	} else if c.han && k > end {
		if m, e := s.hanScale(k); m > 1 {
			v, end, c.scaled, k = v*m, e, true, e // 二十多万
		}
	} else if m, cur := s.rangeScale(end, c); m != 1 || cur == Multiple {
		return found(end, v*m, cur) // the 600 of 600-700 万, the 6 of 6-7 million, the 5 of 5-6美分, the 2 of 2至3倍
	}
	if s.yearsDollars(c, k) {
		return found(end, v, Year) // in 2012 dollars: at the prices of 2012, 按2012年美元计算
	}
	if g := s.spaces(k); c.currency == CNY && s.at(g) == '分' && !strings.ContainsRune("之别別钟鐘配红紅成布佈析行公拆", s.at(g+1)) {
		return found(g+1, v*0.01, CNY) // 人民币1.5分: fen, a hundredth of a yuan; not 人民币5分之一
	}
	if v, e, ok := s.spokenYuan(c, k); ok {
		return found(e, v, CNY) // 两块五毛钱: 2.5 yuan; 五毛钱: half a yuan
	}
	if cur, _, e := s.currencyAfter(k); cur != "" && s.thousandsMark(s.spaces(e)) > 0 && c.integer && c.digits == 4 && v >= 1900 && v <= 2100 {
		return found(end, v, Year) // 2016 RMB ('000): a table's column, its year and the unit of its amounts
	}
	if cur, factor, e := s.currencyAfter(k); cur != "" {
		if cur == CNY && c.currency != "" || factor == 0.01 && c.currency != "" {
			cur = c.currency // 新臺幣二千萬元: 元 is the unit of the currency named before; HK4.97 cents
		} else if cur == CNY && s.at(e-1) == '元' && s.namesTWD() {
			cur = TWD // 新臺幣二百萬元以上二千萬元以下: the second amount in the same dollars
		}
		if u := hanUnits[s.at(e)]; !c.scaled && (u == 1e4 || u == 1e8) && isHan(s.at(e-1)) && !isHan(s.at(e+1)) {
			factor, e = factor*u, e+1 // 434人民币亿: the scale put after the currency
		}
		if cents, sub, end, ok := s.centsAfter(e); ok && factor == 1 && c.integer && !c.scaled && (sub == USD || sub == cur) {
			return found(end, v+cents, cur) // two dollars and forty-four cents: 2.44 美元; 55 yuan and 6 jiao: 55.6 元
		}
		return found(e, v*factor, cur)
	}
	if e, ok := s.dozen(k); ok && !c.scaled && c.currency == "" {
		return found(e, v*12, Plain) // 二十打杯子: twenty dozen cups
	}
	if e, ok := s.hasWord(s.spaces(k), "dozen"); ok && s.spaces(k) > k && !c.han && !c.scaled && c.currency == "" {
		return found(e, v*12, Plain) // 3 dozen donuts: 3 打甜甜圈, 36 个
	}
	if c.currency != "" {
		return found(end, v, c.currency)
	}
	if secs, e, ok := s.stopwatch(v, k); ok && !c.scaled && c.currency == "" {
		return found(e, secs, Seconds)
	}
	for _, h := range []struct {
		text string
		unit string
		size float64
	}{{"个半月", Months, 1}, {"个半小时", Hours, 1}, {"个半钟头", Hours, 1}, {"个半世纪", Years, 100}, {"個半世紀", Years, 100},
		{"分半钟", Minutes, 1}, {"分半鐘", Minutes, 1}} {
		if g := s.spaces(k); s.has(g, h.text) && !c.scaled && c.currency == "" {
			return found(g+len([]rune(h.text)), (v+0.5)*h.size, h.unit) // 5 个半月: five and a half months; 四个半世纪: 450 years; 3分半钟: 3.5 minutes
		}
	}
	if c.han && c.single && v == 4 && s.aroundPlace(k) {
		return skip(k + 1) // 投票所四周三十公尺內: all around the polling station, no four weeks
	}
	if unit, e := s.unitAfter(k); e > k && unit == decades {
		return found(e, v*10, Years)
	} else if e > k && unit == centuries {
		return found(e, v*100, Years)
	} else if e > k {
		if (unit == Years || unit == Months || unit == Days) && (s.at(e) == '半') {
			return found(e+1, v+0.5, unit) // 三年半, 两个月半, 10天半
		}
		if t, e2, ok := s.minutesPast(c, unit, e); ok {
			return found(e2, t, Time) // 40 minutes past 9: 九时四十分
		}
		return found(e, v, unit)
	}
	if (s.at(k) == '岁' || s.at(k) == '歲') && s.at(k+1) == '半' && c.integer && !c.scaled && c.currency == "" {
		return found(k+2, v+0.5, Plain) // 39岁半, 三岁半: 39.5, 3½ years old
	}
	if s.at(k) == '旬' && c.integer && v >= 1 && v <= 12 && !c.scaled {
		return skip(k + 1) // 8旬老妪, 年近五旬: decades of age, said loosely ("in his late 40s"); mentioned, not a figure
	}
	if c.han && s.at(k) == '成' && !s.proportional(k) {
		if d, ok := hanDigits[s.at(k+1)]; ok && c.single && d > 0 && s.at(k+1) != '两' && (!isHan(s.at(k+2)) || strings.ContainsRune("的左以多上", s.at(k+2))) {
			return found(k+2, v*10+float64(d), Percent) // 三成五 is 35 %; not 三成一致
		}
		if s.at(k+1) == '半' && c.single {
			return found(k+2, v*10+5, Percent) // 九成半 is 95 %
		}
		return found(k+1, v*10, Percent) // 九成 is 90 %
	}
	if e, ok := s.milliseconds(s.spaces(k)); ok && !c.scaled && c.currency == "" {
		return found(e, v/1000, Seconds) // 25毫秒, 100 ms: a tenth of a second
	}
	if e, ok := s.hasExact(s.spaces(k), "BIPS"); ok && !isLatin(s.at(e)) && !c.scaled && c.currency == "" {
		return found(e, v, BasisPoint) // 850 BIPS: basis points; not "four BIPs", Bitcoin's proposals
	}

	if s.tenthsInDigits(c, k) {
		return found(k+1, v*10, Percent) // 6成 is 60 %, as 六成
	}
	if c.han && c.single && s.tenthsRange(c, k) {
		return found(end, v*10, Percent) // 三至四成: 30 to 40 %
	}
	if c.single && !s.measureAfter(k) && !s.hanRangeOn(k) {
		return skip(end) // 三星, 两岸: a word, not a count; but 三至五年, 零至三周岁
	}
	if strings.ContainsRune(countMeasures, s.at(s.spaces(k))) {
		return found(end, v, Plain) // 1932 个项目: a count, not a year
	}
	return found(end, v, plainUnit(c))
}

// countMeasures are the measure words that count things, which no year
// stands before (1932 个开源项目); not 届, 级 or 季, which follow a year
// (2008届: the class of 2008).
const countMeasures = "个种类家名位项条件份所座只台部款本篇张辆架艘枚颗粒笔次例個種類項條張輛顆筆"

// minutesPast reads the hour after "minutes past" at e, c the minutes
// (40 minutes past 9, 45 minutes past 6 PM): the time of day, HHMM, and
// where it ends.
func (s *scanner) minutesPast(c core, unit string, e int) (float64, int, bool) {
	if s.lang != article.EN || unit != Minutes || !c.integer || c.value >= 60 {
		return 0, 0, false
	}
	k, ok := s.hasWord(s.spaces(e), "past")
	if !ok {
		return 0, 0, false
	}
	k = s.spaces(k)
	h, end := 0.0, s.wordEnd(k)
	if d, ok := s.arabicCore(k); ok && d.integer {
		h, end = d.value, d.end
	} else {
		w := strings.ToLower(string(s.rs[k:end]))
		h = wordNumbers[w]
		if w == "one" {
			h = 1
		}
	}
	if h < 1 || h > 12 || isLatin(s.at(end)) || isDigit(s.at(end)) {
		return 0, 0, false
	}
	p := s.spaces(end)
	switch {
	case s.has(p, "p.m."):
		h, end = math.Mod(h, 12)+12, p+4
	case s.has(p, "PM") || s.has(p, "pm"):
		h, end = math.Mod(h, 12)+12, p+2
	}
	return h*100 + c.value, end, true
}

// namesTWD reports whether the text names New Taiwan dollars anywhere.
func (s *scanner) namesTWD() bool {
	if s.twd == 0 {
		s.twd = 2
		if containsAny(string(s.rs), "新臺幣", "新台幣", "新台币") {
			s.twd = 1
		}
	}
	return s.twd == 1
}

// aroundPlace reports whether 周 at k, after 四, says "all around" a
// place (航空站四周之一定距離, 投票所四周三十公尺, 老圍四周築有圍牆), not
// four weeks: a place goes before it and 之, a ring, a side, a wall built
// or a range, or a distance after it (not
// 每四周一次).
func (s *scanner) aroundPlace(k int) bool {
	if s.at(k) != '周' && s.at(k) != '週' || !isHan(s.at(k-2)) || isHanNumeral(s.at(k-2)) {
		return false
	}
	if strings.ContainsRune("之环環围圍边邊築筑范範", s.at(k+1)) {
		return true
	}
	e := k + 1
	for isHanNumeral(s.at(e)) || isDigit(s.at(e)) {
		e++
	}
	return e > k+1 && containsAny(string(s.rs[e:min(e+2, len(s.rs))]), "公尺", "公里", "米", "公分", "尺", "呎")
}

// spelledEmergency reads 9-1-1, the emergency number said digit by digit
// (call 9-1-1), as 911; other digits joined by hyphens are scores and
// records (3-1-1, 5-0-0).
func (s *scanner) spelledEmergency(c core) (match, bool) {
	if s.lang != article.EN || c.value != 9 || c.end-c.start != 1 || !s.has(c.end, "-1-1") ||
		isDigit(s.at(c.end+4)) || s.at(c.end+4) == '-' || s.at(c.start-1) == '-' || isDigit(s.at(c.start-1)) {
		return match{}, false
	}
	return found(c.end+4, 911, Plain), true
}

// metresAndCentimetres reads a height said in metres and the digits after
// 米 (1米85, 一米八): the digits are the decimals of the metres. It returns
// the height in metres and where it ends; the figure keeps 米 in its text,
// so the check reads it in metres.
func (s *scanner) metresAndCentimetres(c core) (float64, int, bool) {
	if !c.integer || c.value < 1 || c.value > 2 || c.scaled || c.words || s.at(c.end) != '米' {
		return 0, 0, false
	}
	k, frac, scale := c.end+1, 0.0, 0.1
	for ; k < c.end+3; k++ {
		d, ok := hanDigits[s.at(k)]
		if isDigit(s.at(k)) {
			d, ok = digitValue(s.at(k)), true
		}
		if !ok || s.at(k) == '两' || s.at(k) == '兩' {
			break
		}
		frac += float64(d) * scale
		scale /= 10
	}
	if k == c.end+1 || isDigit(s.at(k)) || isHanNumeral(s.at(k)) || strings.ContainsRune("米厘公分毫", s.at(k)) {
		return 0, 0, false
	}
	return c.value + frac, k, true
}

// kilometresAndMetres reads a distance said in kilometres and metres, in
// digits (60公里700米: 60.7 km), as kilometres, where it ends and whether
// there is one.
func (s *scanner) kilometresAndMetres(c core) (float64, int, bool) {
	if c.han || c.words || !c.integer || c.scaled || !s.has(c.end, "公里") || !isDigit(s.at(c.end+2)) {
		return 0, 0, false
	}
	m, ok := s.arabicCore(c.end + 2)
	if !ok || !m.integer || m.value >= 1000 || m.end-m.start > 3 || s.at(m.end) != '米' {
		return 0, 0, false
	}
	return c.value + m.value/1000, m.end + 1, true
}

// tenthsRange reports whether a range or a list of tenths goes on at i
// after the digit c: 三至四成, 两、三成 (20 or 30 %), the next digit one or
// two above c and followed by 成; or 三四成, the next digit one above.
func (s *scanner) tenthsRange(c core, i int) bool {
	if d, ok := hanDigits[s.at(i)]; ok && s.at(i+1) == '成' {
		return float64(d) == c.value+1 // 三四成
	}
	if !strings.ContainsRune("、至到-—～~", s.at(i)) || s.at(i+2) != '成' {
		return false
	}
	d, ok := hanDigits[s.at(i+1)]
	return ok && float64(d) > c.value && float64(d) <= c.value+2
}

// hanRangeOn reports whether a range goes on at i to a Chinese numeral:
// 至, 到 or a dash, then the numeral (the 三 of 三至五年 is a figure).
func (s *scanner) hanRangeOn(i int) bool {
	return strings.ContainsRune("至到-—～~", s.at(i)) && isHanNumeral(s.at(i+1))
}

// remainder reads the rest of a number written in digits and a Chinese
// scale after the scale mult, which ends at i: the 4801 of 2万4801, the
// 2000万 of 1亿2000万, the 5千万 of 4亿5千万, the 7000 of 1 萬 7000 (a
// space after the scale where one stands before it, as in 5 亿 4 百万),
// the 5,635 of 223万5,635, the 5 of 2万5 (25,000, as 两万五 is). The rest
// is whole digits, less than the scale, and no age (900万11岁以下: under
// eleven).
func (s *scanner) remainder(i int, mult float64) (float64, int, bool) {
	spaced := s.at(i) == ' ' && s.at(i-2) == ' '
	if spaced {
		i++ // 1 萬 7000: spaced as the number before the scale is
	}
	if mult < 1e4 || !isDigit(s.at(i)) {
		return 0, i, false
	}
	r, ok := s.arabicCore(i)
	if !ok || !r.integer || !r.plainDigit && r.value < 1000 {
		return 0, i, false // grouped, as 223万5,635 is
	}
	v, e := r.value, r.end
	k := e
	if spaced && s.at(k) == ' ' {
		k++ // 5 亿 4 百万: every part spaced
	}
	if u, ok := hanUnits[s.at(k)]; ok && u < mult && !s.metricAfter(k+1) {
		v, e = v*u, k+1
		if g := s.approx(e); u < 1e4 && s.at(g) == '万' && mult > 1e4 && !s.metricAfter(g+1) {
			v, e = v*1e4, g+1 // the 5千万 of 4亿5千万: 450 million; the 3千多万 of 1亿3千多万
		} else {
			v, e = s.places(v, e, u, spaced) // 1 萬 2 千 4 百: 12,400
		}
	} else if e == i+1 && v > 0 {
		v *= mult / 10 // 2万5, 3亿5: the next place, as 两万五 is 25,000
	}
	if v >= mult || isLatin(s.at(e)) || s.at(e) == '.' || isDigit(s.at(e)) || s.at(e) == '岁' || s.at(e) == '歲' {
		return 0, i, false // 900万11岁以下女童: nine million girls under 11, an age
	}
	if strings.ContainsRune("至到-–~～", s.at(e)) {
		return 0, i, false // 4000万20至40岁的男性: 40 million men aged 20 to 40, a range
	}
	return v, e, true
}

// places reads the smaller places after a number's place u, ending at e,
// each one digit and its scale, spaced as the number is or not (the 4 百
// of 1 萬 2 千 4 百, the 7百 of 2万6千7百): the number v with them added,
// and where they end.
func (s *scanner) places(v float64, e int, u float64, spaced bool) (float64, int) {
	for u > 10 {
		k := e
		if spaced && s.at(k) == ' ' {
			k++
		}
		if !isDigit(s.at(k)) || isDigit(s.at(k+1)) {
			break
		}
		n := float64(digitValue(s.at(k)))
		k++
		if spaced && s.at(k) == ' ' {
			k++
		}
		next, ok := hanUnits[s.at(k)]
		if !ok || next >= u || s.metricAfter(k+1) || isDigit(s.at(k+1)) {
			break
		}
		v, e, u = v+n*next, k+1, next
	}
	return v, e
}

// spokenRemainder reads the rest of an English number spoken in digits and
// scale words, as captions write a speaker's words, after the scale mult
// ending at i: the "7 hundred and 68" of 32 thousand, 7 hundred and 68,
// the "6 hundred and 75 thousand 3 hundred and 9" of 8 million 6 hundred
// and 75 thousand 3 hundred and 9, the "and 56" of 2 hundred and 56. Each
// part is a group (digits, hundred and digits) with a smaller scale, or the
// last group after "and" or with hundreds; after a comma the group must
// hold hundreds or a scale, as a list of two numbers may not.
func (s *scanner) spokenRemainder(i int, mult float64) (float64, int, bool) {
	k, comma, and, ok := s.remainderStart(i)
	if !ok {
		return 0, i, false
	}
	g, e, hundreds, ok := s.spokenGroup(k)
	if !ok {
		return 0, i, false
	}
	scaled := false
	for _, sc := range englishScales[:4] {
		if end, ok := s.hasWord(s.spaces(e), sc.word); ok && s.spaces(e) == e+1 {
			if sc.value >= mult {
				return 0, i, false // between 5 thousand and 7 thousand: a second number
			}
			g, e, scaled = g*sc.value, end, true
			if r, end, ok := s.spokenRemainder(e, sc.value); ok {
				g, e = g+r, end
			}
			break
		}
	}
	if !scaled && !hundreds && (comma || !and) || g >= mult || isLatin(s.at(e)) || s.at(e) == '.' && isDigit(s.at(e+1)) {
		return 0, i, false
	}
	if _, factor, end := s.currencyAfter(e); end > e && factor != 1 {
		return 0, i, false // not the "and 5 cents" of 10 thousand and 5 cents
	}
	return g, e, true
}

// spokenGroup reads a group of a number spoken in digits at k: up to three
// plain digits (75), or one digit and hundred with the tens and units
// after it, "and" between or not (6 hundred and 75); hundreds says the
// group holds a hundred.
func (s *scanner) spokenGroup(k int) (float64, int, bool, bool) {
	if !isDigit(s.at(k)) {
		return 0, k, false, false
	}
	c, ok := s.arabicCore(k)
	if !ok || !c.integer || !c.plainDigit || c.value < 1 || c.value > 999 {
		return 0, k, false, false
	}
	v, e := c.value, c.end
	end, ok := s.hasWord(s.spaces(e), "hundred")
	if !ok || v >= 10 || s.spaces(e) != e+1 {
		return v, e, false, true
	}
	v, e = v*100, end
	t := s.spaces(e)
	if a, ok := s.hasWord(t, "and"); ok && t == e+1 && isSpace(s.at(a)) {
		t = s.spaces(a)
	}
	if t > e && isDigit(s.at(t)) {
		if r, ok := s.arabicCore(t); ok && r.integer && r.plainDigit && r.value >= 1 && r.value < 100 {
			v, e = v+r.value, r.end
		}
	}
	return v, e, true, true
}

// stopwatch reads a time measured in hours, minutes and seconds after a
// number v ending at k: 2 小时 13 分 38 秒, 1 分 57 秒 79 (1:57.79), 4 分
// 41 秒 30, 38 秒;
// the value is in seconds. Hours or minutes alone are durations, read by
// unitAfter.
func (s *scanner) stopwatch(v float64, k int) (float64, int, bool) {
	total, groups, end, last := 0.0, 0, k, 0.0
	for i := s.spaces(k); ; {
		unit, m := "", 0.0
		for _, u := range []struct {
			text string
			secs float64
		}{{"小时", 3600}, {"小時", 3600}, {"分钟", 60}, {"分鐘", 60}, {"分", 60}, {"秒", 1}} {
			if s.has(i, u.text) {
				unit, m = u.text, u.secs
				break
			}
		}
		e := i + len([]rune(unit))
		if unit == "" {
			e, m = s.clockUnitWord(i) // in Chinese too: 2h45m, 3 hrs 15 mins
			if e == i+1 && groups == 0 && m == 1 {
				break // 30s: a decade, and a letter alone is no time
			}
		}
		if m == 0 || groups > 0 && m >= last {
			break // 36 hours and 24 hours: a list, not one time
		}
		last = m
		total, groups = total+v*m, groups+1
		i = e
		end = i

		if m == 1 {
			j := s.spaces(i)
			if c, ok := s.arabicCore(j); ok && isDigit(s.at(j)) && c.integer && c.digits == 2 && !isDigit(s.at(c.end)) {
				total, end = total+c.value/100, c.end // 57 秒 79, 41 秒 30: hundredths
			}
			return total, end, true
		}
		next, e, ok := s.stopwatchPart(s.spaces(i))
		if !ok {
			break
		}
		v, i = next, s.spaces(e)
	}
	return total, end, groups >= 2
}

// stopwatchPart reads the number of the next part of a time measured in
// hours, minutes and seconds at i: digits or Chinese numerals, and in
// English words (four hours fifteen minutes, 49 minutes six seconds; not
// after "and", as "1 minute and 30 seconds" may be read apart).
func (s *scanner) stopwatchPart(i int) (float64, int, bool) {
	if v, e, ok := s.numberAt(i); ok || s.lang != article.EN {
		return v, e, ok
	}
	if v, e, ok := s.twoDigitWords(i); ok {
		return v, e, true
	}
	e := s.wordEnd(i)
	if w := strings.ToLower(string(s.rs[i:e])); w == "one" || w == "a" || w == "an" {
		if _, m := s.clockUnitWord(s.spaces(e)); m > 0 && s.spaces(e) > e {
			return 1, e, true // 2 hours one minute: a unit of time follows the one
		}
	}
	return 0, i, false
}

// clockUnitWords are the English words of hours, minutes and seconds
// that a duration written in more than one of them uses, with their unit
// and seconds: 3 hrs 15 mins, 1hr25mins, 2 hours 30 minutes.
var clockUnitWords = []struct {
	word, unit string
	secs       float64
}{{"hours", Hours, 3600}, {"hour", Hours, 3600}, {"hrs", Hours, 3600}, {"hr", Hours, 3600},
	{"minutes", Minutes, 60}, {"minute", Minutes, 60}, {"mins", Minutes, 60}, {"min", Minutes, 60},
	{"seconds", Seconds, 1}, {"second", Seconds, 1}, {"secs", Seconds, 1}, {"sec", Seconds, 1}}

// clockUnitOf returns the unit of w, one of clockUnitWords.
func clockUnitOf(w string) (string, bool) {
	for _, u := range clockUnitWords {
		if u.word == w {
			return u.unit, true
		}
	}
	return "", false
}

// clockUnitWord reads an English word of hours, minutes or seconds at i,
// attached or not to a number after it (1hr25mins), or its letter attached
// to the number before it (1m 59.85s, 2h 13m; stopwatch takes these only
// in a time of two parts or more); its end and its seconds, 0 when there
// is none.
func (s *scanner) clockUnitWord(i int) (int, float64) {
	for _, u := range clockUnitWords {
		e, ok := s.hasWord(i, u.word)
		if ok || e == i+len(u.word) && isDigit(s.at(e)) {
			return e, u.secs
		}
	}
	if !isDigit(s.at(i-1)) || isLatin(s.at(i+1)) {
		return i, 0
	}
	switch s.at(i) {
	case 'h':
		return i + 1, 3600
	case 'm':
		return i + 1, 60
	case 's':
		return i + 1, 1
	}
	return i, 0
}

// rangeScale returns the scale of the number after a range dash at i
// (600-700 万, 6-7 million, 0.2 ~ 2.4 万亿, 1 至 1.5 亿), or after the English words of a
// range or a list (25 to 30 billion, between 3 and 4 million, three to four
// million, 7 and 8 million), or after a Chinese verb of change from the
// first (从 994 下降至 885 亿): the first number shares the scale written
// after the second. After a dash or 至 it also returns cents, 0.01 and
// their currency (5-6美分), or 1 and Multiple before 倍 (1.75至4倍); the
// currency is Plain otherwise.
// After an English word the first may be at most ten times the second
// (9 to 5 billion; not "in 2020 to 2 billion"). It returns 1 when there is
// none.
func (s *scanner) rangeScale(i int, c core) (float64, string) {
	if c.han {
		return s.hanRangeScale(i, c), Plain
	}
	k, words, list, part := i, false, false, false
	switch {
	case strings.ContainsRune("-–—~～", s.at(k)):
		k++
	case s.spaces(k) > k && strings.ContainsRune("-–—~～", s.at(s.spaces(k))) && s.at(s.spaces(k)+1) == ' ':
		k = s.spaces(s.spaces(k) + 1) // 0.2 ~ 2.4 万亿: spaced on both sides
	case s.at(s.spaces(k)) == '至' || s.at(s.spaces(k)) == '到':
		k = s.spaces(s.spaces(k) + 1)
	case s.fromBefore(c.start) && s.changedTo(s.spaces(k)) > 0:
		k, words = s.spaces(s.changedTo(s.spaces(k))), true // 从 994 下降至 885 亿: 994 亿
	case s.spaces(k) > k && s.partOf(s.spaces(k)) > 0:
		k, part = s.spaces(s.partOf(s.spaces(k))), true
	case !c.han && s.spaces(k) > k:
		e, l, ok := s.englishRangeWord(s.spaces(k), c)
		if !ok {
			return 1, Plain
		}
		k, words, list = s.spaces(e), true, l
		if w := strings.ToLower(string(s.rs[k:s.wordEnd(k)])); wordNumbers[w] > 0 && s.spaces(s.wordEnd(k)) > s.wordEnd(k) {
			next := core{start: k, end: s.wordEnd(k), value: wordNumbers[w], integer: true}
			if mult, _, ok := s.scale(next.end, next); ok && c.value <= 10*next.value && (!list || c.value < next.value) {
				return mult, Plain // three to four million
			}
			return 1, Plain
		}
	default:
		return 1, Plain
	}
	if !isDigit(s.at(k)) || c.han {
		return 1, Plain
	}
	next, ok := s.arabicCore(k)
	if !ok {
		return 1, Plain
	}
	mult, _, ok := s.scale(s.approx(next.end), next)
	cur := Plain
	if !ok && !words && s.at(s.approx(next.end)) == '倍' {
		return 1, Multiple // 1.75至4倍: 1.75倍 too
	}
	if !ok {
		if u, factor, _ := s.currencyAfter(s.approx(next.end)); factor == 0.01 {
			mult, cur, ok = factor, u, true // 5-6美分, 2 to 3 cents: cents
		}
	}
	if !ok && !words && !list && !part && s.lang == article.EN {
		if m := thousandsShared(c, string(s.rs[next.start:next.end]), next.value); m > 1 {
			return m, Plain // 3-4,000 workers: 3,000 to 4,000
		}
	}
	if !ok || words && c.value > 10*next.value || list && c.value >= next.value || part && (c.value >= next.value || 10*c.value < next.value) {
		return 1, Plain // in 2020 to 2 billion: a year, then an amount, not a range; 3 of the 45 million: three
	}
	return mult, cur
}

// thousandsShared returns the power of a thousand that the number c before
// a dash shares with the one after it, text and value, written with
// groups of zeros: 3-4,000 is 3,000 to 4,000, 10-15,000 is 10,000 to
// 15,000. It returns 1 when c is written whole (2,500-3,000) or is no
// smaller than what leads the second (2015-2,000).
func thousandsShared(c core, text string, value float64) float64 {
	if !c.integer || c.value < 1 || value < 1e3 {
		return 1
	}
	m := 1.0
	for strings.HasSuffix(text, ",000") {
		text, m = strings.TrimSuffix(text, ",000"), m*1e3
	}
	if m == 1 || c.value >= value/m {
		return 1
	}
	return m
}

// grandEnds reports whether "grand" ending at e is a thousand dollars
// (100 grand in their pocket, 50 grand a year): no noun follows it, only a
// mark, the end or a small word (2 grand pianos, 3 grand slams).
func (s *scanner) grandEnds(e int) bool {
	k := s.spaces(e)
	if !isLatin(s.at(k)) {
		return true
	}
	return k > e && slices.Contains([]string{"a", "an", "in", "on", "for", "to", "of", "and", "or", "per", "from", "that", "each", "the", "is", "was", "with", "at", "by", "back", "worth"}, strings.ToLower(string(s.rs[k:s.wordEnd(k)])))
}

// partOf returns where the number after "of the" at i starts, or 0: 40 of
// the 45 million years, a part of a whole that shares its scale when the
// two are near.
func (s *scanner) partOf(i int) int {
	e, ok := s.hasWord(i, "of")
	if !ok || s.at(e) != ' ' {
		return 0
	}
	if e, ok = s.hasWord(e+1, "the"); !ok || s.at(e) != ' ' || !isDigit(s.at(e+1)) {
		return 0
	}
	return e + 1
}

// changeVerbs are the Chinese verbs of a change from one amount to another
// before 至 or 到.
var changeVerbs = []string{"下降", "上升", "增长", "增長", "增加", "减少", "減少", "回落", "降", "升", "增", "减", "減", "跌", "涨", "漲"}

// changedTo returns where the number after a verb of change and 至 or 到
// at i starts (下降至 885 亿), or 0.
func (s *scanner) changedTo(i int) int {
	for _, v := range changeVerbs {
		if k := i + len([]rune(v)); s.has(i, v) && (s.at(k) == '至' || s.at(k) == '到') {
			return k + 1
		}
	}
	return 0
}

// fromBefore reports whether 从 (從) stands just before a number at i.
func (s *scanner) fromBefore(i int) bool {
	k := i - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	return s.at(k) == '从' || s.at(k) == '從'
}

// hanRangeScale returns the scale that c, one Chinese digit, shares with
// the numeral after a range's or a list's mark at i: a digit one or two
// above it and a scale, read in tens or more (三、五十年: thirty or fifty
// years; 三至四十亿: three to four billion). It returns 1 when there is
// none (三至四十五: the second is no digit and its scale).
func (s *scanner) hanRangeScale(i int, c core) float64 {
	if !c.single || !strings.ContainsRune("、至到-—～~", s.at(i)) {
		return 1
	}
	end := s.hanRunEnd(i + 1)
	run := s.rs[i+1 : end]
	if len(run) < 2 {
		return 1
	}
	d, ok := hanDigits[run[0]]
	v, whole := hanValue(run)
	if !ok || !whole || float64(d) <= c.value || float64(d) > c.value+2 {
		return 1
	}
	mult := v / float64(d)
	if mult < 10 || mult != math.Trunc(mult) || math.Log10(mult) != math.Trunc(math.Log10(mult)) {
		return 1
	}
	return mult
}

// plainUnit is the unit of a number with nothing after it: a year when it is
// written as one (2025), else none.
func plainUnit(c core) string {
	if yearLike(c) && !c.scaled {
		return Year
	}
	return Plain
}

// approx steps over 多, 余 and 来 after a number (二十多家, 100 多亿): they
// say "more than" or "about" and leave the value as it is.
func (s *scanner) approx(i int) int {
	k := s.spaces(i)
	if strings.ContainsRune("多余来", s.at(k)) {
		return k + 1
	}
	return i
}

// measureAfter reports whether a single numeral character is followed by a
// measure word, a unit with the prefix kilo- (十千克), or by no Chinese
// character at all.
func (s *scanner) measureAfter(i int) bool {
	r := s.at(i)
	return !isHan(r) || strings.ContainsRune(measures, r) || r == '千' && s.metricAfter(i+1)
}

// dozen reads 打, a dozen, at i after a number or a space after it:
// before the thing counted (二十打杯子, 3 打甜甜圈), not as the verb "to
// beat" (三打一, 十打九赢, 1:1 打平), a verb's object (打了, 打电话) or a
// batter's turns (三打数一安打: one for three).
func (s *scanner) dozen(i int) (int, bool) {
	k := s.spaces(i)
	next := s.at(k + 1)
	if s.at(k) != '打' || !isHan(next) || isHanNumeral(next) || strings.ContainsRune("了过過败敗赢贏中开開成出进進下死伤傷倒电電球工架算平破击擊造通入响響扫掃折听聽车車数數席包印卡字", next) {
		return i, false
	}
	return k + 1, true
}

// englishScales are the scale words and their abbreviations, the Indian
// English lakh (100,000) and crore (ten million), in which Indian news
// counts (14 lakh cases: 140 万例), the scale words misspelt, and hundred.
var englishScales = []struct {
	word  string
	value float64
}{
	{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"trillion", 1e12},
	{"quadrillion", 1e15}, {"quintillion", 1e18}, {"bn", 1e9}, {"tn", 1e12}, {"trn", 1e12}, {"mn", 1e6},
	{"lakh", 1e5}, {"lakhs", 1e5}, {"crore", 1e7}, {"crores", 1e7},
	// The scale words with a letter dropped, as a hurried translator types
	// them (6 billon HKD: 60亿港元); none is another English word.
	{"billon", 1e9}, {"bilion", 1e9}, {"millon", 1e6}, {"milion", 1e6}, {"trillon", 1e12}, {"trilion", 1e12},
	// Hundred after one digit, as a translation of 一百多元 may write it
	// ("more than 1 hundred yuan"); not "100 hundred years" for 百年.
	{"hundred", 100},
}

// baseNamed reports whether the Chinese numerals at i name a base of
// numbers before 进制 (十六进制, hexadecimal, 三十二进制): a word, no
// scale. Such a name has three numerals at most, all it looks at.
func (s *scanner) baseNamed(i int) bool {
	k := i
	for k-i < 3 {
		if _, ok := hanDigits[s.at(k)]; !ok {
			if _, ok := hanUnits[s.at(k)]; !ok {
				break
			}
		}
		k++
	}
	return k > i && (s.has(k, "进制") || s.has(k, "進制"))
}

// scale reads the scale after a number at i: Chinese characters, multiplied
// (亿, 万亿, 千万; not a metric prefix, 千米, 兆瓦) or an English word
// (billion, bn; m only after a currency sign, $5m, and mill a space
// after one, $250 mill; k after any number, 5k; w for 万 in Chinese,
// 2wPod); a plus between
// the number and its word says "more than" (300+ billion).
func (s *scanner) scale(i int, c core) (float64, int, bool) {
	if !c.han {
		mult, e := 1.0, s.spaces(i)
		for {
			u, ok := hanUnits[s.at(e)]
			if !ok || (u < 1e4 || u == 1e12) && s.metricAfter(e+1) || u == 100 && s.at(e+1) == '分' || u == 1e3 && s.at(e+1) == '禧' || s.baseNamed(e) {
				break // 5 千米 is 5 km; 2 百分点 is a misspelt 2 个百分点; 4亿千禧一代 are 400 million millennials; 41 十六进制, hexadecimal
			}
			mult, e = mult*u, e+1
		}
		if mult > 1 {
			return mult, e, true
		}
	}
	k := s.spaces(i)
	if s.at(i) == '-' {
		k = i + 1
	} else if s.at(i) == '.' && !c.integer && isSpace(s.at(i+1)) {
		k = s.spaces(i + 1) // 1.1. Billion: a stray full stop a tool put in
	} else if s.at(i) == '+' && isSpace(s.at(i+1)) {
		k = s.spaces(i + 1) // $300+ billion: more than 300 billion
	}
	for _, sc := range englishScales {
		if e, ok := s.hasWord(k, sc.word); ok && (sc.value != 100 || c.integer && c.value < 10 && isDigit(s.at(c.end-1))) {
			if sc.value == 1e3 {
				if m, e2, ok := s.scaleAfterThousand(e); ok {
					return 1e3 * m, e2, true // 1 thousand billion: 一万亿; a thousand million, as British English said a billion
				}
			}
			if sc.value == 100 {
				for _, big := range englishScales[:2] {
					if e2, ok := s.hasWord(s.spaces(e), big.word); ok && s.spaces(e) == e+1 {
						return 100 * big.value, e2, true // 4 hundred thousand dollars: 40 万美元
					}
				}
			}
			return sc.value, e, true
		}
		if e, ok := s.hasWord(k, sc.word+"s"); ok && sc.value >= 1e3 && c.integer && (isDigit(s.at(c.end-1)) || c.words) && k > i {
			return sc.value, e, true // 10 thousands of people, three millions rads, as a translation may write 一万, 三百万
		}
	}
	if e, ok := s.hasWord(k, "grand"); ok && k == i+1 && c.currency == "" && c.integer && isDigit(s.at(c.end-1)) && s.at(k) == 'g' && s.grandEnds(e) {
		return 1e3, e, true // 100 grand: a hundred thousand dollars, as a speaker says it; not 2 grand pianos
	}
	if e, ok := s.hasWord(k, "mill"); ok && c.currency != "" && k == i+1 {
		return 1e6, e, true // $250 mill: million, as a post shortens it after an amount of money
	}
	if c.currency == "" && k == i+1 && !c.han && s.has(k, "MP") && !isLatin(s.at(k+2)) && !isDigit(s.at(k+2)) && s.at(k+2) != '/' {
		return 1e6, k + 2, true // a 2 MP resolution: 200 万像素, as the 2MP attached
	}
	if c.currency == "" && k == i && !c.han {
		if e, ok := s.hasWord(k, "k"); ok && s.at(k) == 'k' {
			return 1e3, e, true // 5k nodes, 20k pods: thousands, as engineers write them
		}
		if s.lang == article.ZH && s.wanLetter(k) {
			return 1e4, k + 1, true // 2wPod, 3w+: 万, as Chinese engineers type it
		}
	}
	if c.currency != "" && k == i {
		for _, sc := range []struct {
			word  string
			value float64
		}{{"m", 1e6}, {"mm", 1e6}, {"k", 1e3}, {"b", 1e9}, {"tr", 1e12}} {
			if e, ok := s.hasWord(k, sc.word); ok { // $700mm: millions, as bankers write them; $16tr, trillions in the FT's style
				return sc.value, e, true
			}
		}
	}
	return 1, i, false
}

// scaleAfterThousand reads "million" or "billion" a space after
// "thousand" at i: the scale they make together.
func (s *scanner) scaleAfterThousand(i int) (float64, int, bool) {
	if s.at(i) != ' ' {
		return 1, i, false
	}
	for _, w := range []struct {
		word  string
		value float64
	}{{"million", 1e6}, {"billion", 1e9}} {
		if e, ok := s.hasWord(i+1, w.word); ok {
			return w.value, e, true
		}
	}
	return 1, i, false
}

// yearsDollars reports whether c, a year, names the prices dollars are
// reckoned in ("in 2012 dollars", "(in 2013 dollars)", "in constant 2015
// US dollars"): the word dollars at k and "in" before it, or "constant"
// or "real", or an opening bracket.
func (s *scanner) yearsDollars(c core, k int) bool {
	if s.lang != article.EN || c.digits != 4 || !c.integer || c.value < 1900 || c.value > 2100 || c.currency != "" {
		return false
	}
	g := s.spaces(k)
	if e, ok := s.hasWord(g, "us"); ok && s.at(e) == ' ' {
		g = e + 1
	}
	if _, ok := s.hasWord(g, "dollars"); !ok || s.spaces(k) == k {
		return false
	}
	before := strings.ToLower(string(s.rs[max(0, c.start-9):c.start]))
	for _, w := range []string{"in ", "constant ", "real "} {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isLatin(rune(before[len(before)-len(w)-1]))) {
			return true
		}
	}
	return strings.HasSuffix(before, "(")
}

// currencies after a number, longest first. Chinese names and ISO codes
// match exactly, English words in any case. A factor other than 1 turns a
// subunit into the currency (25 cents is 0.25 USD; 仙, after digits, is a
// Hong Kong cent, as 港仙 is; 美仙 a US cent).
var currencies = []struct {
	text, unit string
	word       bool // an English word, matched in any case
	factor     float64
}{
	{"美元", USD, false, 1}, {"美金", USD, false, 1}, {"美分", USD, false, 0.01}, {"美仙", USD, false, 0.01}, {"港仙", HKD, false, 0.01},
	{"欧元", EUR, false, 1}, {"英镑", GBP, false, 1}, {"日元", JPY, false, 1},
	{"歐元", EUR, false, 1}, {"英鎊", GBP, false, 1}, {"港幣", HKD, false, 1}, {"人民幣", CNY, false, 1},
	{"日圆", JPY, false, 1}, {"港元", HKD, false, 1}, {"港币", HKD, false, 1},
	{"澳元", AUD, false, 1}, {"澳币", AUD, false, 1}, {"加元", CAD, false, 1}, {"加币", CAD, false, 1},
	{"新加坡元", SGD, false, 1}, {"新加坡币", SGD, false, 1}, {"新加坡幣", SGD, false, 1}, {"新元", SGD, false, 1}, {"新币", SGD, false, 1}, {"新幣", SGD, false, 1},
	{"新台币", TWD, false, 1}, {"新臺幣", TWD, false, 1}, {"新台幣", TWD, false, 1}, {"瑞士法郎", CHF, false, 1},
	{"人民币", CNY, false, 1}, {"块钱", CNY, false, 1}, {"塊錢", CNY, false, 1}, {"元", CNY, false, 1},
	{"USD", USD, false, 1}, {"EUR", EUR, false, 1}, {"GBP", GBP, false, 1}, {"CNY", CNY, false, 1},
	{"RMB", CNY, false, 1}, {"JPY", JPY, false, 1}, {"HKD", HKD, false, 1},
	{"TWD", TWD, false, 1}, {"NTD", TWD, false, 1}, {"new taiwan dollars", TWD, true, 1}, {"SGD", SGD, false, 1}, {"singapore dollars", SGD, true, 1},
	{"CHF", CHF, false, 1}, {"swiss francs", CHF, true, 1},
	{"韩元", KRW, false, 1}, {"韓元", KRW, false, 1}, {"韩圆", KRW, false, 1}, {"韓圓", KRW, false, 1}, {"KRW", KRW, false, 1},
	{"south korean won", KRW, true, 1}, {"korean won", KRW, true, 1},
	{"us dollars", USD, true, 1}, {"australian dollars", AUD, true, 1}, {"canadian dollars", CAD, true, 1},
	{"dollars", USD, true, 1}, {"dollar", USD, true, 1},
	{"cents", USD, true, 0.01}, {"cent", USD, true, 0.01}, {"¢", USD, false, 0.01}, {"仙", HKD, false, 0.01},
	{"euros", EUR, true, 1}, {"euro", EUR, true, 1}, {"pounds", GBP, true, 1}, {"pound", GBP, true, 1},
	{"sterling", GBP, true, 1}, {"yuan", CNY, true, 1}, {"renminbi", CNY, true, 1}, {"yen", JPY, true, 1},
	{"jiao", CNY, true, 0.1},
}

// currencyCode returns the currency whose code in capitals w is (RMB,
// USD, HKD), as currencies list them.
func currencyCode(w string) (string, bool) {
	for _, c := range currencies {
		if c.text == w && !c.word && len(w) == 3 && c.factor == 1 && strings.ToUpper(w) == w && isLatin(rune(w[0])) {
			return c.unit, true
		}
	}
	return "", false
}

// wanLetter reports whether the w at k stands for 万 after a number, as
// Chinese engineers type it: before a name in capitals (2wPod), a plus
// or a word that counts (3w多, 5w人, 2w个); not W, a watt (3W扬声器),
// nor a week (免疫6w雌性小鼠).
func (s *scanner) wanLetter(k int) bool {
	next := s.at(k + 1)
	return s.at(k) == 'w' && (unicode.IsUpper(next) || strings.ContainsRune("+多人个個次元条條行", next))
}

// milliseconds reads 毫秒, ms or milliseconds at k; it returns where the
// word ends and whether it is there.
func (s *scanner) milliseconds(k int) (int, bool) {
	if s.has(k, "毫秒") {
		return k + 2, true
	}
	for _, w := range []string{"milliseconds", "millisecond", "ms"} {
		if e, ok := s.hasWord(k, w); ok {
			return e, true
		}
	}
	return k, false
}

// centsAfter reads " and forty-four cents" or " and six jiao" after a
// whole amount ending at e: the cents in the amount's unit, the currency
// the subunit's word names (USD for cents, whatever the dollar), where
// they end, and whether there are any.
func (s *scanner) centsAfter(e int) (float64, string, int, bool) {
	and, ok := s.hasWord(s.spaces(e), "and")
	k := s.spaces(and)
	if !ok || s.spaces(e) == e || k == and {
		return 0, "", e, false
	}
	var v float64
	var end int
	if isDigit(s.at(k)) {
		c, ok := s.arabicCore(k)
		if !ok || !c.integer {
			return 0, "", e, false
		}
		v, end = c.value, c.end
	} else {
		w := strings.ToLower(string(s.rs[k:s.wordEnd(k)]))
		if v = unitValue(w); v == 0 {
			return 0, "", e, false
		}
		v, end = s.hyphenUnit(v, s.wordEnd(k))
	}
	if cur, factor, after := s.currencyAfter(end); factor < 1 && v*factor < 1 {
		return v * factor, cur, after, true
	}
	return 0, "", e, false
}

// currencyAfter reads a currency after a number at i, and the factor that
// turns the number into it; the currency is "" when there is none. A word
// may be joined by a hyphen (a 9-cent ride).
func (s *scanner) currencyAfter(i int) (string, float64, int) {
	k := s.spaces(i)
	if s.at(i) == '-' && isLatin(s.at(i+1)) {
		k = i + 1 // a 9-cent ride, a 20-dollar bill: a word only
	}
	for _, c := range currencies {
		e, ok := s.hasWord(k, c.text)
		if !c.word {
			e, ok = s.hasExact(k, c.text)
			ok = ok && k == s.spaces(i) && (c.text != "仙" || isDigit(s.at(i-1)))
		}
		if !ok {
			continue
		}
		if c.text == "元" && s.has(s.spaces(e), "人民币") {
			e = s.spaces(e) + 3 // 3.5 万亿元人民币
		}
		return c.unit, c.factor, e
	}
	return "", 1, i
}

// decades and centuries are read after a number and turned into Years;
// they are never a Quantity's unit.
const (
	decades   = "decades"
	centuries = "centuries"
)

// units after a number, longest first. Latin words match in any case and
// may be joined by a hyphen (10-year, 27-percent, 100-fold).
var units = []struct{ text, unit string }{
	{"个百分点", Percent}, {"百分点", Percent}, {"个基点", BasisPoint}, {"基点", BasisPoint},
	{"個百分點", Percent}, {"百分點", Percent}, {"個基點", BasisPoint}, {"基點", BasisPoint},
	{"個多月", Months}, {"個月", Months}, {"個星期", Weeks}, {"個小時", Hours}, {"小時", Hours}, {"分鐘", Minutes},
	{"%", Percent}, {"％", Percent}, {"×", Multiple}, {"倍", Multiple},
	{"个多世纪", centuries}, {"個多世紀", centuries}, {"个世纪", centuries}, {"個世紀", centuries},
	{"个多月", Months}, {"个月", Months}, {"周年", Years}, {"周岁", Years}, {"週歲", Years},
	{"周", Weeks}, {"个星期", Weeks},
	{"星期", Weeks}, {"个礼拜", Weeks}, {"天", Days}, {"个小时", Hours}, {"小时", Hours},
	{"个分钟", Minutes}, {"個分鐘", Minutes}, {"分钟", Minutes}, {"秒钟", Seconds}, {"秒鐘", Seconds}, {"年", Years},
	{"percentage points", Percent}, {"percentage point", Percent}, {"percentage-points", Percent}, {"percentage-point", Percent}, {"percent", Percent},
	{"per cent", Percent}, {"basis points", BasisPoint}, {"basis point", BasisPoint}, {"basis-points", BasisPoint}, {"basis-point", BasisPoint},
	{"bps", BasisPoint}, {"times", Multiple}, {"fold", Multiple}, {"x", Multiple},
	{"years", Years}, {"year", Years}, {"months", Months}, {"month", Months},
	{"weeks", Weeks}, {"week", Weeks}, {"days", Days}, {"day", Days},
	{"hours", Hours}, {"hour", Hours}, {"minutes", Minutes}, {"minute", Minutes}, {"seconds", Seconds},
	{"decades", decades}, {"centuries", centuries},
}

// unitAfter reads the unit after a number at i; the end is i when there is
// none. A multiple written x must be attached (10x).
func (s *scanner) unitAfter(i int) (string, int) {
	k := s.spaces(i)
	if s.at(i) == '-' && isLatin(s.at(i+1)) {
		k = i + 1
	}
	for _, u := range units {
		if !isLatin(rune(u.text[0])) {
			if s.has(k, u.text) {
				return u.unit, k + len([]rune(u.text))
			}
			continue
		}
		if u.text == "x" && k != i {
			continue
		}
		if e, ok := s.hasWord(k, u.text); ok {
			return u.unit, e
		}
	}
	if s.lang != article.EN || k == i || !isLatin(s.at(k)) {
		return "", i
	}
	for _, w := range spanAdjectives {
		if e, ok := s.hasWord(k, w); ok {
			if u, end := s.unitAfter(e); end > e && (u == decades || u == centuries || spanUnits[u]) {
				return u, end // three long decades, five straight years: 30 years, 5 years
			}
		}
	}
	return "", i
}

// spanAdjectives are the words English puts between a number and a span
// of time without changing it (three long decades, two full years).
var spanAdjectives = []string{"long", "full", "straight", "consecutive", "whole", "short"}

// spanUnits are the units of a span of time.
var spanUnits = map[string]bool{Years: true, Months: true, Weeks: true, Days: true, Hours: true, Minutes: true}

// hasExact reports whether the text at i is t, exactly, and, when t is in
// Latin letters (USD), not the start of a longer word; it returns the end.
func (s *scanner) hasExact(i int, t string) (int, bool) {
	if !s.has(i, t) {
		return i, false
	}
	e := i + len([]rune(t))
	return e, !isLatin(s.at(e-1)) || !isLatin(s.at(e))
}

// tenthsInDigits reports whether the whole number c in Arabic digits, up to
// 10, stands before 成 at k as a share in tenths (6成是男性: 60 % are men),
// as 六成 does; not when 成 begins a word (3成员国, 5成为, 2成功).
func (s *scanner) tenthsInDigits(c core, k int) bool {
	if c.han || !c.integer || c.value < 1 || c.value > 10 || s.at(k) != '成' || s.at(c.start-1) == '.' {
		return false
	}
	return !strings.ContainsRune("员員为為功立交本绩績长長熟果就品型都年人", s.at(k+1)) && !s.proportional(k)
}

// proportional reports whether 成 at k begins 成正比 or 成反比, "in
// proportion to": 与1成正比 is "proportional to 1", no share in tenths.
func (s *scanner) proportional(k int) bool {
	return s.has(k+1, "正比") || s.has(k+1, "反比")
}

// englishRangeWord reads the word that joins the two numbers of an English
// range at k, after the number c: "to" or "or" (six or eight million
// years: 600万或800万年), or "and" (between 3 and 4 million). It returns
// the end of the word, whether it was "and" without "between" before c,
// a list whose scale is shared only when the second number is the larger
// (two milestones of 7 and 8 million: 700万、800万), and whether there
// was a word.
func (s *scanner) englishRangeWord(k int, c core) (end int, list, ok bool) {
	for _, w := range []string{"to", "or"} {
		if e, ok := s.hasWord(k, w); ok && s.spaces(e) > e {
			return e, false, true
		}
	}
	e, ok := s.hasWord(k, "and")
	if !ok || s.spaces(e) == e {
		return k, false, false
	}
	from := max(0, c.start-24) // enough for "between" and its spaces
	before := strings.ToLower(strings.TrimRight(string(s.rs[from:c.start]), " "))
	between := strings.HasSuffix(before, "between") && (len(before) == 7 && from == 0 || len(before) > 7 && !isLatin(rune(before[len(before)-8])))
	return e, !between, true
}

// spokenYuan reads money as a market says it after a whole number c, at
// k: 块 and a digit of 毛 (两块五毛钱, 三块五毛, 3块5毛钱, 两块五 at a
// sentence's end), 元 and a digit of 角 or 毛 (二十六元七角钱), or 毛 alone
// (五毛钱): the amount in yuan, where it ends
// and whether there is one. Not 两块五花肉 (two pieces of pork belly),
// nor 一毛钱关系 (nothing at all to do with it).
func (s *scanner) spokenYuan(c core, k int) (float64, int, bool) {
	if s.lang != article.ZH || !c.integer || c.currency != "" {
		return 0, 0, false
	}
	if (s.at(k) == '毛' || s.at(k) == '角') && (s.at(k+1) == '钱' || s.at(k+1) == '錢') && !s.has(k+2, "关系") && !s.has(k+2, "的关系") && !s.has(k+2, "關係") {
		return c.value / 10, k + 2, true
	}
	yuan := s.at(k) == '元'
	if s.at(k) != '块' && s.at(k) != '塊' && !yuan {
		return 0, 0, false
	}
	d, ok := hanDigits[s.at(k+1)]
	if isDigit(s.at(k + 1)) {
		d, ok = digitValue(s.at(k+1)), true
	}
	e := k + 2
	if !ok || d == 0 || isDigit(s.at(e)) || s.at(e) == '.' || hanUnits[s.at(e)] > 0 {
		return 0, 0, false
	}
	jiao := s.at(e) == '毛' || s.at(e) == '角'
	if jiao {
		e++
	} else if yuan {
		return 0, 0, false // 元 and a digit of 角 only: 二十六元七角
	}
	if s.at(e) == '钱' || s.at(e) == '錢' {
		e++
	} else if !jiao && (isHan(s.at(e)) || isLatin(s.at(e))) {
		return 0, 0, false // 两块五花肉: two pieces of pork belly
	}
	return c.value + float64(d)/10, e, true
}

// hasOneOf returns the first of words that the text holds at i.
func (s *scanner) hasOneOf(i int, words ...string) (string, bool) {
	for _, w := range words {
		if s.has(i, w) {
			return w, true
		}
	}
	return "", false
}
