package quantity

import "strings"

// hanDigits are the Chinese digits by value; 〇 and 零 are both zero, 两 is
// two.
var hanDigits = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4,
	'五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
}

// hanUnits are the Chinese numeral units.
var hanUnits = map[rune]float64{'十': 10, '百': 100, '千': 1e3, '万': 1e4, '亿': 1e8, '兆': 1e12}

// measures are the characters that make a single numeral character a count:
// 三种, 两个, 四大. Units (年, 天, 倍, 元 …) are read before and count too.
const measures = "个种类家名位项条件份所座只台部款本篇张辆架艘枚颗笔轮场届层级季岁组批股次点大"

// hanAt reads what may start at a Chinese character: 百分之, 千分之, 万分之
// fractions, an amount after 人民币, or a Chinese numeral.
func (s *scanner) hanAt(i int) match {
	for _, f := range []struct {
		prefix string
		denom  float64
	}{{"百分之", 100}, {"千分之", 1e3}, {"万分之", 1e4}} {
		if s.has(i, f.prefix) {
			return s.fraction(i+3, f.denom)
		}
	}
	if s.has(i, "人民币") {
		return s.amountAfterSign(i, i+3, CNY)
	}
	if s.has(i, "半年") && !strings.ContainsRune("上下前后", s.at(i-1)) && !strings.ContainsRune("报度", s.at(i+2)) {
		return found(i+2, 6, Months) // 过去半年; not 上半年 (the first half), 半年报
	}
	if _, ok := hanDigits[s.rs[i]]; ok || s.rs[i] == '十' {
		return s.hanNumeralAt(i, i, "")
	}
	return skip(i)
}

// hanNumeralAt reads a Chinese numeral at i and what follows it; start is
// where the quantity begins (before 人民币), cur the currency named there.
func (s *scanner) hanNumeralAt(start, i int, cur string) match {
	end := s.hanRunEnd(i)
	if start == i && s.notACountBefore(i) {
		return skip(end)
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
	if c.single && (v == 1 || run[0] == '两' && strings.ContainsRune("次倍", s.at(end))) {
		// 一 is too common a word (一个, 统一); 两次 and 两倍 read as twice.
		if m, ok := s.calendar(c); ok && v == 1 && m.unit == Date {
			return m
		}
		return skip(end)
	}
	return s.suffix(c)
}

// notACountBefore reports whether the character before a numeral at i makes
// it an ordinal, a weekday or a vague amount: 第三, 星期三, 周三, 数十亿,
// 几十; or whether the numeral continues one that was stepped over
// (千万 as "by all means", 万一).
func (s *scanner) notACountBefore(i int) bool {
	p := s.at(i - 1)
	if strings.ContainsRune("第数几周百千万亿兆", p) {
		return true
	}
	return s.has(i-2, "星期") || s.has(i-2, "礼拜")
}

// hanRunEnd returns the end of the run of numeral characters at i. 兆 joins
// the run only as a scale, not as the prefix mega- (兆瓦).
func (s *scanner) hanRunEnd(i int) int {
	for {
		r := s.at(i)
		_, digit := hanDigits[r]
		_, unit := hanUnits[r]
		if !digit && !unit || r == '兆' && s.metricAfter(i+1) {
			return i
		}
		i++
	}
}

// metricAfter reports whether a unit of measure starts at i, so that a 千,
// 百 or 兆 before it is a metric prefix (千米, 兆瓦, 兆字节), not a scale.
// A currency (千欧元) is not one.
func (s *scanner) metricAfter(i int) bool {
	if cur, _, _ := s.currencyAfter(i); cur != "" {
		return false
	}
	return strings.ContainsRune("米克瓦卡焦帕赫字位比伏欧吨像", s.at(i))
}

// yearDigits reports whether run is a year written digit by digit before 年
// (二〇二五年).
func (s *scanner) yearDigits(run []rune, end int) bool {
	if len(run) != 4 || s.at(s.spaces(end)) != '年' {
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
// 一亿三千万, 一百零五, and the spoken 两万五 (25,000). Digits written one
// after another are not a numeral (五六 is "five or six"); the caller reads
// a year written so (二〇二五). It returns the digit-by-digit value in that
// case, with ok false.
func hanValue(run []rune) (float64, bool) {
	if len(run) == 0 {
		return 0, false
	}
	var total, section, num float64
	prevDigit, afterZero := false, false
	for _, r := range run {
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
		case u == 1e4:
			total += (section + num) * u
			section = 0
		default:
			total = (total + section + num) * u
			section = 0
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

// fraction reads the numerator after 分之 (denominator denom) at i:
// 三分之一, 百分之二十七 (27 %), 千分之五 (0.5 %).
func (s *scanner) fraction(i int, denom float64) match {
	k := s.spaces(i)
	v, end, ok := s.numberAt(k)
	if !ok || denom == 0 {
		return skip(i)
	}
	switch denom {
	case 100:
		return found(end, v, Percent)
	case 1e3:
		return found(end, v/10, Percent)
	case 1e4:
		return found(end, v/100, Percent)
	}
	return found(end, v/denom, Plain)
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
	return v, end, ok
}
