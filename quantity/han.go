package quantity

import (
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// hanDigits are the Chinese digits by value; 〇 and 零 are both zero, 两
// (traditional 兩) is two.
var hanDigits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// hanUnits are the Chinese numeral units, simplified and traditional.
var hanUnits = map[rune]float64{'十': 10, '百': 100, '千': 1e3, '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12}

// measures are the characters that make a single numeral character a count:
// 三种, 两个, 四大 (traditional 個, 種 …), 四行 and 三列 (rows and columns),
// 两句 (two sentences).
// Units (年, 天, 倍, 元 …) are read before and count too.
const measures = "个种类家名位项条件份所座只台部款本篇张辆架艘枚颗粒笔轮场届层级季岁组批股次点大块例记格行列句" +
	"個種類項條張輛顆筆輪場屆層級歲組點塊記"

// hanAt reads what may start at a Chinese character: 百分之, 千分之, 万分之
// and smaller fractions (百万分之一, one in a million), an amount after
// 人民币, or a Chinese numeral.
func (s *scanner) hanAt(i int) match {
	for _, f := range []struct {
		prefix string
		denom  float64
	}{
		{"百分之", 100}, {"千分之", 1e3}, {"万分之", 1e4}, {"十万分之", 1e5}, {"百万分之", 1e6}, {"千万分之", 1e7},
		{"万亿分之", 1e12}, {"十亿分之", 1e9}, {"亿分之", 1e8},
	} {
		if s.has(i, f.prefix) && s.afterFew(i) {
			return skip(i + len([]rune(f.prefix))) // 几万亿分之一, 几个万亿分之一: a few trillionths, no figure
		}
		if s.has(i, f.prefix) {
			return s.fraction(i+len([]rune(f.prefix)), f.denom)
		}
	}
	if s.has(i, "元月") && !isHanNumeral(s.at(i-1)) && !isDigit(s.at(i-1)) && !isDigit(s.at(i-2)) && !strings.ContainsRune("公单美日欧港台", s.at(i-1)) {
		d, end := s.day(i + 2)
		return found(end, date(0, 1, d), Date) // 元月五日: January 5; not 5000 元月租, yuan a month
	}
	if s.has(i, "元年") && (s.has(i-2, "民国") || s.has(i-2, "民國")) {
		return found(i+2, 1912, Year) // 民国元年: the first year of the Republic
	}
	if first, _, ok := s.hanYearRange(i); ok {
		return found(i+4, first, Year) // 一九四二至四五年: 1942
	}
	if _, last, ok := s.hanYearRange(i - 5); ok {
		return found(i+3, last, Year) // 一九四二至四五年: 1945
	}
	if m, ok := s.reignYear(i); ok {
		return m // 同治七年: 1868
	}
	if y, ok := s.classYear(i); ok {
		return found(i+2, y, Year) // 六二届, 七七级: the class of 1962, of 1977
	}
	if s.has(i, "人民币") {
		return s.amountAfterSign(i, i+3, CNY)
	}
	if s.has(i, "港币") || s.has(i, "港幣") {
		if isDigit(s.at(s.spaces(i + 2))) {
			return s.amountAfterSign(i, i+2, HKD) // 港幣342,369,000元, as Hong Kong's accounts write it
		}
		if s.at(i+2) == '$' && isDigit(s.at(i+3)) {
			return s.amountAfterSign(i, i+3, HKD) // 港幣$387,000.00: the sign is the same dollar
		}
	}
	if s.has(i, "新台币") || s.has(i, "新臺幣") || s.has(i, "新台幣") {
		return s.amountAfterSign(i, i+3, TWD) // 新臺幣二千萬元: New Taiwan dollars
	}
	if s.has(i, "半年") && !strings.ContainsRune("上下前后", s.at(i-1)) && !strings.ContainsRune("报度化", s.at(i+2)) {
		return found(i+2, 6, Months) // 过去半年; not 上半年 (the first half), 半年报, 半年化收益率 (semi-annualised)
	}
	if (s.has(i, "半个月") || s.has(i, "半個月")) && !strings.ContainsRune("上下天", s.at(i-1)) {
		return found(i+3, 15, Days) // 要半个月: a fortnight; not 上半个月, 十天半个月 (a week or two)
	}
	if _, ok := hanDigits[s.rs[i]]; ok || s.rs[i] == '十' {
		return s.hanNumeralAt(i, i, "")
	}
	if m, ok := s.bareScaleAmount(i); ok {
		return m
	}
	return skip(i)
}

// hanYearRange reads a range of years in Chinese digits at i whose second
// year gives only its last two digits: 一九四二至四五年 is 1942 to 1945. The
// first year has four digits and no 年; the second is later.
func (s *scanner) hanYearRange(i int) (first, last float64, ok bool) {
	if i < 0 || isHanNumeral(s.at(i-1)) || !strings.ContainsRune("至到—－-", s.at(i+4)) || s.at(i+7) != '年' {
		return 0, 0, false
	}
	first, yy := digitByDigit(s.rs[i:i+4]), digitByDigit(s.rs[i+5:i+7])
	last = math.Floor(first/100)*100 + yy
	return first, last, first >= 1000 && last > first
}

// weekdayInBrackets reports whether the Chinese digit at i, one to six,
// stands alone in brackets right after a date, where it names the weekday
// (2025年11月4日（二）, 28/02/2026 (六): Tuesday, Saturday).
func (s *scanner) weekdayInBrackets(i int) bool {
	d := hanDigits[s.at(i)]
	if d < 1 || d > 6 || !strings.ContainsRune("（(", s.at(i-1)) || !strings.ContainsRune("）)", s.at(i+1)) {
		return false
	}
	k := i - 2
	k = spacesBack(s.rs, k)
	return s.at(k) == '日' || isDigit(s.at(k))
}

// classOf are the words after a year's last two digits that make it a
// class of school or college: 六二届, 七七级 (the class of 1962, of 1977).
const classOf = "届屆级級"

// classYear reads a class of school or college named by the last two
// digits of its year in Chinese digits at i (六二届, 七七级, 〇五级),
// alone or opening a range (六二至六五届): 1962, 1977, 2005. Two digits
// in a row (七八届, 五六级风) say "seven or eight", not a year, and are
// not read so; nor are the digits of a longer numeral or an ordinal
// (第六二届).
func (s *scanner) classYear(i int) (float64, bool) {
	first, ok1 := hanDigits[s.at(i)]
	second, ok2 := hanDigits[s.at(i+1)]
	if !ok1 || !ok2 || s.at(i) == '两' || s.at(i) == '兩' || s.at(i+1) == '两' || s.at(i+1) == '兩' ||
		first > 0 && first < 5 || second == first+1 || isHanNumeral(s.at(i-1)) || s.at(i-1) == '第' {
		return 0, false
	}
	switch next := s.at(i + 2); {
	case strings.ContainsRune(classOf, next):
	case strings.ContainsRune("至到—-", next):
		if _, ok := s.classYear(i + 3); !ok {
			return 0, false
		}
	default:
		return 0, false
	}
	if first == 0 {
		return float64(2000 + second), true
	}
	return float64(1900 + 10*first + second), true
}

// bareScaleAmount reads 百万 or 千万 before a currency at i, start of a
// word: 百万美金 is US$1 million. Without a currency such a run stays vague
// (千万 is also "by all means").
func (s *scanner) bareScaleAmount(i int) (match, bool) {
	if s.at(i) != '百' && s.at(i) != '千' || s.at(i+1) != '万' && s.at(i+1) != '萬' || isHanNumeral(s.at(i-1)) || s.notACountBefore(i) {
		return match{}, false
	}
	if cur, factor, e := s.currencyAfter(i + 2); cur != "" {
		return found(e, hanUnits[s.at(i)]*1e4*factor, cur), true
	}
	return match{}, false
}

// notANumber reports whether the numeral run [i,end) is part of a word: 之一
// (one of) before 百度, 零 alone or twice (零部件, 零售, 孤零零), 十一 as the National Day
// holiday (十一黄金周, “十一”), 三次方程 (a power), 两位数
// (double digits), 十六进制 (hexadecimal, a base), 二十面体 and 六边形 (shapes), 十五世祖 (a generation),
// a weekday in brackets after a date (4日（二）), or of a set phrase
// (setPhrases: 退一万步, 三天两头).
func (s *scanner) notANumber(i, end int) (int, bool) {
	if e, ok := s.inSetPhrase(i); ok {
		return max(e, end), true // 退一万步, 三天两头: a set phrase
	}
	switch {
	case s.at(i-1) == '之' && s.at(i) == '一':
		return i + 1, true
	case s.zerosOnly(i, end) && !s.hanRangeOn(end) && !s.decimalAfterZero(i, end):
		return end, true // 零售, 孤零零; but 零至三周岁: from 0 to 3, 零点八: 0.8
	case end == i+2 && s.has(i, "十一") && s.nationalDay(i, end):
		return end, true
	case s.fiveYearPlan(i, end):
		return end, true // “十五”期间, 十四五规划: a five-year plan's name
	case end == i+1 && s.weekdayInBrackets(i):
		return end, true // 2025年11月4日（二）, 28/02/2026（六）: a weekday
	case s.starName(i):
		return end, true // 参宿四, Betelgeuse; 土卫十七, Pandora: a star or a moon named by its number
	case s.monic(i, end):
		return end, true // 首一多项式: a monic polynomial
	case s.has(end, "世祖") || s.has(end, "世孙") || s.has(end, "世孫") || s.has(end, "代孙") || s.has(end, "代孫"):
		return end, true // 十五世祖: a generation's ordinal, the fifteenth
	case s.has(end, "次方") || s.has(end, "位数") || s.has(end, "位數") || s.has(end, "进制") || s.has(end, "進制"),
		s.has(end, "面体") || s.has(end, "面體") || s.has(end, "边形") || s.has(end, "邊形") || s.has(end, "角形"):
		return end, true // a power, double digits, hexadecimal (十六进制), an icosahedron, a hexagon
	}
	return end, false
}

// monic reports whether the number [i,end) is the one of 首一多项式 or
// 首 1 多项式, a monic polynomial, its leading coefficient 1.
func (s *scanner) monic(i, end int) bool {
	k := spacesBack(s.rs, i-1)
	g := s.spaces(end)
	return k >= 0 && s.rs[k] == '首' && (s.has(g, "多项式") || s.has(g, "多項式"))
}

// starName reports whether the numeral run at i numbers a star of a
// Chinese asterism or a moon of a planet, as Chinese names them: 参宿四
// (Betelgeuse), 轩辕十四 (Regulus), 天津四 (Deneb), 土卫十七 (Pandora).
func (s *scanner) starName(i int) bool {
	if s.at(i-1) == '增' && (s.at(i-2) == '宿' || s.starName(i-1)) {
		return true // 昴宿增十二 (Pleione): an added star's number
	}
	if s.at(i-1) == '宿' || (s.at(i-1) == '卫' || s.at(i-1) == '衛') && strings.ContainsRune("土木天海火", s.at(i-2)) {
		return true
	}
	return slices.ContainsFunc(asterisms, func(a string) bool { return s.has(i-utf8.RuneCountInString(a), a) })
}

// asterisms are Chinese asterisms, not ending in 宿, whose stars are named
// by a numeral after them.
var asterisms = []string{"轩辕", "軒轅", "天津", "北河", "南河", "五车", "五車", "织女", "織女", "河鼓"}

// decimalAfterZero reports whether 零 alone at i, ending at end, opens a
// decimal (零点八个百分点, 零点二毫克): 点 and a digit follow it, and no 分
// after them (零点三十分 is half past midnight).
func (s *scanner) decimalAfterZero(i, end int) bool {
	if end != i+1 || s.at(i) != '零' {
		return false
	}
	_, _, ok := s.hanDecimal(end)
	return ok
}

// dottedDayName reads a day named by its month and day in numerals parted
// by a middle dot, the run [i,end) the month: “八·一七”公报 (the August 17
// communiqué), 九·一八事变, 五·四运动.
func (s *scanner) dottedDayName(i, end int) (match, bool) {
	if !strings.ContainsRune("·•・", s.at(end)) || !isHanNumeral(s.at(end+1)) {
		return match{}, false
	}
	m, ok := hanValue(s.rs[i:end])
	e := s.hanRunEnd(end + 1)
	d, whole := hanValue(s.rs[end+1 : e])
	if !whole {
		d = digitByDigit(s.rs[end+1 : e])
	}
	if !ok || m < 1 || m > 12 || m != math.Trunc(m) || d < 1 || d > 31 || d != math.Trunc(d) {
		return match{}, false
	}
	return found(e, date(0, m, d), Date), true
}

// fiveYearPlan reports whether the numeral run [i,end) names a five-year
// plan by its number and 五 (“十五”, 十四五规划, “十一五”期间): in quotes, or
// before 规划, 计划 or a word of its period.
func (s *scanner) fiveYearPlan(i, end int) bool {
	if end-i < 2 || s.at(end-1) != '五' {
		return false
	}
	if s.at(i-1) == '“' && s.at(end) == '”' || s.at(i-1) == '"' && s.at(end) == '"' {
		return true
	}
	for _, w := range []string{"规划", "規劃", "计划", "計劃", "期间", "期間", "时期", "時期"} {
		if s.has(end, w) {
			return true
		}
	}
	return false
}

// zerosOnly reports whether the numeral run [i,end) is 零 or 〇 alone,
// once or twice: part of a word (零部件, 零售, 孤零零, 零零星星), not a
// figure.
func (s *scanner) zerosOnly(i, end int) bool {
	if end <= i || end > i+2 {
		return false
	}
	for k := i; k < end; k++ {
		if s.at(k) != '零' && s.at(k) != '〇' {
			return false
		}
	}
	return true
}

// nationalDayAfter are the words after which 十一 names the National Day
// holiday of October 1, not a count: 十一黄金周, 十一长假, 十一期间.
var nationalDayAfter = []string{"黄金周", "黃金週", "长假", "長假", "小长假", "假期", "期间", "期間", "假日", "国庆", "國慶"}

// nationalDay reports whether the 十一 of [i,end) names the National Day
// holiday: a word of the holiday follows it, or quotes enclose it
// (“十一”, ‘十一’), which a translator renders "National Day".
func (s *scanner) nationalDay(i, end int) bool {
	for _, w := range nationalDayAfter {
		if s.has(end, w) {
			return true
		}
	}
	before, after := s.at(i-1), s.at(end)
	return before == '“' && after == '”' || before == '‘' && after == '’' || before == '"' && after == '"'
}

// fenWords are the characters that make a word of 分 after them (分配,
// 分别, 分析, 分享, 分布, 分为, 分成), where 分 is no minute.
const fenWords = "配别別析享布为為成散开開"

// hanDecimal reads the decimal part written 点 (點) and digits after a
// Chinese numeral ending at i: 五十一点六, 十五点二亿. Digits followed by
// 分 are minutes (三点五分), by 刻 quarters of an hour, not a decimal.
func (s *scanner) hanDecimal(i int) (float64, int, bool) {
	if s.at(i) != '点' && s.at(i) != '點' {
		return 0, i, false
	}
	k := i + 1
	frac, scale := 0.0, 0.1
	for {
		d, ok := hanDigits[s.at(k)]
		if !ok || s.at(k) == '两' || s.at(k) == '兩' {
			break
		}
		frac += float64(d) * scale
		scale /= 10
		k++
	}
	if k == i+1 || s.at(k) == '分' && !strings.ContainsRune(fenWords, s.at(k+1)) || s.at(k) == '十' || s.at(k) == '刻' {
		return 0, i, false // 三点五分, 十一点一刻: a time; not 百分之八點二四分配, "allocated"
	}
	return frac, k, true
}

// hanNumeralAt reads a Chinese numeral at i and what follows it; start is
// where the quantity begins (before 人民币), cur the currency named there.
func (s *scanner) hanNumeralAt(start, i int, cur string) match {
	end := s.hanRunEnd(i)
	if end-i >= 2 && s.at(end-1) == '千' && s.metricAfter(end) {
		if _, ok := hanValue(s.rs[i:end]); !ok {
			end-- // 五十千米: fifty kilometres, 千 the prefix kilo-
		}
	}
	if start == i && s.notACountBefore(i) {
		return skip(end)
	}
	if end == i+2 && s.at(end) == '成' && hanDigits[s.at(i)] > 0 && hanDigits[s.at(i+1)] == hanDigits[s.at(i)]+1 {
		end = i + 1 // 三四成: 30 or 40 %, 三 read as 三至四成's
	}
	if s.has(i, "一千瓦") && end == i+2 {
		return skip(end) // 6美分一千瓦时: a kilowatt, 千 the prefix kilo-
	}
	if _, ok := s.itemNumber(i, end); ok && start == i {
		return skip(end) // 如下：一、… 二、…; （三）
	}
	if e, ok := s.notANumber(i, end); ok {
		return skip(e)
	}
	if (end == i+1 || s.at(end-1) == '十') && hanDecadeListed(s.rs, end) {
		return skip(end) // 三、四十年代, 七十和八十年代: the thirties, the seventies, a decade
	}
	if m, ok := s.dottedDayName(i, end); ok {
		return m
	}
	run := s.rs[i:end]
	c := core{start: start, end: end, integer: true, han: true, currency: cur}
	v, ok := hanValue(run)
	switch {
	case !ok && s.yearDigits(run, end):
		c.value, c.plainDigit, c.digits = v, true, 4
	case !ok:
		return skip(end)
	default:
		c.value, c.single = v, len(run) == 1
		c.scaled = strings.ContainsAny(string(run), "万亿兆")
	}
	if s.has(end, "分之") {
		return s.fraction(end+2, v)
	}
	if frac, e := s.hanMixedFraction(end); ok && !c.scaled && e > end {
		c.value, c.end, c.integer, c.single = v+frac, e, false, false // 三百六十五又四分之一: 365.25
		return s.suffix(c)
	}
	if ok && !c.scaled && hanUnits[run[len(run)-1]] < 1e4 {
		if frac, e, isDecimal := s.hanDecimal(end); isDecimal {
			c.value, c.end, c.integer, c.single = v+frac, e, false, false
			c.scaled = s.hanScaleAt(e) > 1
			if c.scaled {
				m, e2 := s.hanScale(e)
				c.value, c.end = c.value*m, e2
			}
		}
	}
	if c.single && (v == 1 || run[0] == '两' && strings.ContainsRune("次倍", s.at(end))) {
		// 一 is too common a word (一个, 统一); 两次 and 两倍 read as twice.
		if m, ok := s.calendar(c); ok && v == 1 && (m.unit == Date || m.unit == Time && s.oneOClock(c.start, m.end)) {
			return m
		}
		if v == 1 && (s.has(end, "个百分点") || s.has(end, "個百分點")) {
			return s.suffix(c) // 一个百分点: one percentage point, a figure as 1 个百分点 is
		}
		if _, _, ok := s.metresAndCentimetres(c); ok && v == 1 {
			return s.suffix(c) // 一米八: 1.8 m
		}
		if v == 1 && (s.has(end, "岁半") || s.has(end, "歲半") || s.has(end, "个半月") || s.has(end, "个半小时") || s.has(end, "个半钟头") || s.has(end, "个半世纪") || s.has(end, "個半世紀")) {
			return s.suffix(c) // 一岁半: one and a half years old; 一个半月, 一个半小时, 一个半世纪
		}
		if v == 1 && (s.has(end, "年半") || s.has(end, "天半")) && !s.has(end+2, "载") && !s.has(end+2, "載") {
			return s.suffix(c) // 一年半: a year and a half; 一天半; not 一年半载, a year or so
		}
		return skip(end)
	}
	return s.suffix(c)
}

// oneOClock reports whether a time read at 一 (at start) and ending at end
// is one o'clock (一点半, 下午一点), not a set phrase that reads as one:
// 一时半会 (a short while), 一点半点 (a tiny bit), 有一点十分明确 (one point
// is very clear: 一点 after 有, 这, 那, 差 … is "a point" or "a little"; after
// an adjective it is "a bit", 再久一点15分钟后, 快一点, 早一点).
func (s *scanner) oneOClock(start, end int) bool {
	return !strings.ContainsRune("点點会會儿兒", s.at(end)) && !strings.ContainsRune("有这這那差多少些久快慢大小好高低早晚长長短远遠近轻輕重深浅淺强強弱", s.at(start-1))
}

// hanScaleAt returns the product of the scale characters (万, 亿) at i, 1
// when there are none.
func (s *scanner) hanScaleAt(i int) float64 {
	m, _ := s.hanScale(i)
	return m
}

// hanScale reads scale characters of ten thousand and more at i: 亿, 万亿.
func (s *scanner) hanScale(i int) (float64, int) {
	m := 1.0
	for {
		u, ok := hanUnits[s.at(i)]
		if !ok || u < 1e4 || u == 1e12 && s.metricAfter(i+1) {
			return m, i
		}
		m, i = m*u, i+1
	}
}

// daysOfAWeek reports whether the numeral at i, after 周, counts the days
// of a week rather than naming a weekday: 七 (no weekday is 周七), or 一
// to 六 before 天 after 每周 or 一周 (每周四天工作制; not 周三天气).
func (s *scanner) daysOfAWeek(i int) bool {
	if s.at(i) == '七' {
		return true
	}
	return strings.ContainsRune("每一", s.at(i-2)) && strings.ContainsRune("一二三四五六", s.at(i)) && s.at(i+1) == '天' && s.at(i+2) != '气' && s.at(i+2) != '氣'
}

// notACountBefore reports whether the character before a numeral at i makes
// it an ordinal, a weekday, a vague amount or the name of a day: 第三,
// 星期三, 周三, 数十亿, 几十, 数以万计 (traditional 數, 幾, 週), 双十一; or whether the numeral continues one that
// was stepped over (千万 as "by all means", 万一).
func (s *scanner) notACountBefore(i int) bool {
	p := s.at(i - 1)
	if (p == '周' || p == '週') && s.daysOfAWeek(i) {
		return false // 一周七天, 每周四天: days of a week, no weekday
	}
	if strings.ContainsRune("第数几周數幾週百千万亿兆萬億双雙", p) {
		return true
	}
	return s.has(i-2, "星期") || s.has(i-2, "礼拜") || s.has(i-2, "数以") // 数以十万计: in the hundreds of thousands
}

// hanRunEnd returns the end of the run of numeral characters at i. 兆 joins
// the run only as a scale, not as the prefix mega- (兆瓦).
func (s *scanner) hanRunEnd(i int) int {
	start := i
	for {
		r := s.at(i)
		_, digit := hanDigits[r]
		_, unit := hanUnits[r]
		if r == '有' && i > start && s.classicalAnd(i) {
			i++ // 十有三年, 二十有八載: thirteen, twenty-eight, as classical Chinese counts
			continue
		}
		if !digit && !unit || r == '兆' && s.metricAfter(i+1) {
			return i
		}
		if (r == '两' || r == '兩') && i > start && s.at(i-1) == '十' {
			return i // 三十两日: thirty, then "two days"; 两 ends no number after 十
		}
		if (r == '两' || r == '兩') && i > start && s.taelsOf(i+1) {
			return i // 一万两银子: ten thousand taels of silver, not 12,000
		}
		i++
	}
}

// classicalAnd reports whether 有 at i joins the tens or hundreds before
// it to the units after it, as classical Chinese counts (十有三: 13,
// 二十有八: 28); not in 十有八九, "nine times out of ten".
func (s *scanner) classicalAnd(i int) bool {
	d, ok := hanDigits[s.at(i+1)]
	if u := hanUnits[s.at(i-1)]; !ok || d == 0 || u < 10 || u > 1000 {
		return false
	}
	next, ok := hanDigits[s.at(i+2)]
	return !ok || next != d+1
}

// taelsOf reports whether silver or gold follows at i, so that a 两 before
// it is the tael, the old unit of weight they were counted in (一万两银子,
// 五百两黄金), not the numeral two.
func (s *scanner) taelsOf(i int) bool {
	for _, w := range []string{"银子", "白银", "纹银", "黄金", "金子", "銀子", "白銀", "紋銀", "黃金"} {
		if s.has(i, w) {
			return true
		}
	}
	return false
}

// metricAfter reports whether a unit of measure starts at i, so that a 千,
// 百 or 兆 before it is a metric prefix (千米, 兆瓦, 兆字节, 兆电子伏), not a scale;
// 兆 before a unit starts one too, so that 千兆 is giga- (14,000千兆位/秒:
// 14,000 gigabits a second), and so does 千兆 before a network (千兆网口,
// 千兆以太网: Gigabit Ethernet). A currency (千欧元) is not one.
func (s *scanner) metricAfter(i int) bool {
	if cur, _, _ := s.currencyAfter(i); cur != "" {
		return false
	}
	if s.at(i) == '兆' && s.at(i-1) == '千' {
		if strings.ContainsRune("网網口", s.at(i+1)) || s.has(i+1, "以太") {
			return true // 19 千兆网口: the 19th part, a Gigabit Ethernet port
		}
		i++
	}
	return strings.ContainsRune("米克瓦卡焦帕赫字位比伏欧吨像", s.at(i)) || s.has(i, "电子伏") || s.has(i, "電子伏")
}

// yearDigits reports whether run is a year written digit by digit before 年
// (二〇二五年, 一九九七年): a year of 1000 to 2999, so that grades listed
// (三四五六年级) are not one.
func (s *scanner) yearDigits(run []rune, end int) bool {
	if len(run) != 4 || s.at(s.spaces(end)) != '年' || run[0] != '一' && run[0] != '二' {
		return false
	}
	for _, r := range run {
		if _, ok := hanDigits[r]; !ok || r == '两' {
			return false
		}
	}
	return true
}

// hanValue evaluates a Chinese numeral: 十八, 二十七, 一千亿, 三万亿,
// 一亿三千万, 一百零五, the spoken 两万五 (25,000) and the old 四万万五千万
// (万万 for 亿: 450 million). Digits written one
// after another are not a numeral (五六 is "five or six"); the caller reads
// a year written so (二〇二五). It returns the digit-by-digit value in that
// case, with ok false.
func hanValue(run []rune) (float64, bool) {
	if slices.Contains(run, '有') {
		run = slices.DeleteFunc(slices.Clone(run), func(r rune) bool { return r == '有' }) // 十有三: classicalAnd's
	}
	if len(run) == 0 {
		return 0, false
	}
	var total, section, num float64
	prevDigit, afterZero := false, false
	bigger := 0.0 // the smallest unit of 亿 or above applied so far
	for i, r := range run {
		if d, ok := hanDigits[r]; ok {
			if prevDigit && !afterZero {
				return digitByDigit(run), false
			}
			num, prevDigit, afterZero = float64(d), true, d == 0
			continue
		}
		prevDigit, afterZero = false, false
		u := hanUnits[r]
		switch {
		case u < 1e4:
			if num == 0 && u != 10 {
				return 0, false // 一万千: a unit without its digit
			}
			section += max(num, 1) * u
		case u == 1e4 && i > 0 && hanUnits[run[i-1]] == 1e4:
			total *= u // 四万万: the old way of writing 亿, 400 million
		case u == 1e4:
			total += (section + num) * u
			section = 0
		case bigger > u:
			total += (section + num) * u // 三兆三千亿: 3.3 trillion
			section, bigger = 0, u
		default:
			total = (total + section + num) * u
			section, bigger = 0, u
		}
		num = 0
	}
	if n := len(run); n >= 3 && num > 0 && hanUnits[run[n-2]] >= 100 {
		num *= hanUnits[run[n-2]] / 10 // 两万五, 三百五: the spoken form drops the last unit
	}
	return total + section + num, true
}

// digitByDigit reads Chinese digits as written one after another.
func digitByDigit(run []rune) float64 {
	v := 0.0
	for _, r := range run {
		d, ok := hanDigits[r]
		if !ok {
			return 0
		}
		v = v*10 + float64(d)
	}
	return v
}

// afterFew reports whether 几 ("a few"), or 几个, stands before i.
func (s *scanner) afterFew(i int) bool {
	if s.at(i-1) == '个' || s.at(i-1) == '個' {
		i--
	}
	return s.at(i-1) == '几' || s.at(i-1) == '幾'
}

// fraction reads the numerator after 分之 (denominator denom) at i:
// 三分之一, 百分之二十七 (27 %), 千分之五 (0.5 %).
func (s *scanner) fraction(i int, denom float64) match {
	k := s.spaces(i)
	v, end, ok := s.numberAt(k)
	if !ok || denom == 0 {
		return skip(i)
	}
	if end-k >= 2 && s.at(end-1) == '千' && s.metricAfter(end) {
		if u, ok := hanValue(s.rs[k : end-1]); ok {
			v, end = u, end-1 // 四分之一千卡: a quarter of a kilocalorie, 千 the prefix kilo-
		}
	}
	switch denom {
	case 100:
		return found(end, v, Percent)
	case 1e3:
		return found(end, v/10, Percent)
	case 1e4:
		return found(end, v/100, Percent)
	}
	for _, w := range []string{"个世纪", "個世紀", "世纪", "世紀"} {
		if s.has(end, w) {
			return found(end+len([]rune(w)), v/denom*100, Years) // 四分之一个世纪: a quarter of a century, 25 years
		}
	}
	return found(end, v/denom, Plain)
}

// hanMixedFraction reads the fraction of a mixed number after 又 at i
// (三又二分之一, three and a half) and where it ends; i when there is none.
func (s *scanner) hanMixedFraction(i int) (float64, int) {
	if s.at(i) != '又' {
		return 0, i
	}
	den, e, ok := s.numberAt(i + 1)
	if !ok || den == 0 || !s.has(e, "分之") {
		return 0, i
	}
	num, end, ok := s.numberAt(e + 2)
	if !ok || num >= den {
		return 0, i
	}
	return num / den, end
}

// numberAt reads a number in Arabic digits or Chinese numerals at i, for the
// parts of dates, times and fractions.
func (s *scanner) numberAt(i int) (float64, int, bool) {
	if isDigit(s.at(i)) {
		c, ok := s.arabicCore(i)
		return c.value, c.end, ok
	}
	end := s.hanRunEnd(i)
	if end == i {
		return 0, i, false
	}
	v, ok := hanValue(s.rs[i:end])
	if frac, e, isDecimal := s.hanDecimal(end); ok && isDecimal {
		return v + frac, e, true // 百分之三点五
	}
	return v, end, ok
}
