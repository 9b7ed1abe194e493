package quantity

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"tandem/article"
)

// Round 12's kinds of figure said another way, read from the WMT21 news
// test set: a day of the month written alone against the full date, the
// whole of a day, a count of none, and a generation against its year.

// bareDay returns the day of the month that q, a plain whole number in
// Chinese text written before 日 or 号 with no month before it (26日,
// 25日8时, 今（27）日), states; a news text says the month once, in its
// dateline, and a translator may write it out at every day (July 26, 2020).
func bareDay(q Quantity, rs []rune) (int, bool) {
	if q.Lang != article.ZH || q.Unit != Plain || q.Value < 1 || q.Value > 31 || float64(int(q.Value)) != q.Value || q.End > len(rs) {
		return 0, false
	}
	s := &scanner{rs: rs}
	end, start := s.spaces(q.End), q.Start
	if s.at(end) == '）' && s.at(start-1) == '（' {
		end, start = end+1, start-1 // 今（27）日, as news agencies write today's date
	}
	if r := s.at(end); r != '日' && r != '号' && r != '號' {
		return 0, false
	}
	if s.at(start-1) == '月' || isDigit(s.at(start-1)) {
		return 0, false
	}
	return int(q.Value), true
}

// dayOf returns the day of the month of a date (MMDD or YYYYMMDD); 0 when
// it names none (a month alone).
func dayOf(v float64) int { return int(v) % 100 }

// dayAgrees reports whether q and a figure of others are one day of the
// month, one of them written alone (26日 and "July 26, 2020"), or the day
// after one the other text states when it says "the next day" (25日8时至26日8时
// and "8:00 am on July 25th to 8:00 am next day"). The date must be one
// that mine, the figures of q's text, do not state in full, and a full
// date of the other text must have its counterpart.
func dayAgrees(q Quantity, mine []Quantity, myText []rune, others []Quantity, otherText []rune) bool {
	if d, ok := bareDay(q, myText); ok {
		next := containsAny(strings.ToLower(string(otherText)), "next day", "following day")
		for _, o := range others {
			if o.Unit == Date && (dayOf(o.Value) == d || next && dayOf(o.Value) == d-1) && !hasCounterpart(o, mine) {
				return true
			}
		}
		return false
	}
	if q.Unit != Date || dayOf(q.Value) == 0 {
		return false
	}
	for _, o := range others {
		if o.Unit == Date && !hasCounterpart(o, mine) {
			return false // 8月8日 and 7日 against August 7 twice: a date changed
		}
	}
	for _, o := range others {
		if d, ok := bareDay(o, otherText); ok && d == dayOf(q.Value) {
			return true
		}
	}
	return false
}

// wholeDay reports whether q is the 0 or the 24 of 0—24时 (0时至24时), the
// whole of a day, which a translator renders by the date alone: others,
// the figures of the other text, then state no time of day, no 0 and no
// 24 (when they write "0:00 to 24:00" the hours are compared).
func wholeDay(q Quantity, rs []rune, others []Quantity) bool {
	if q.Lang != article.ZH || q.Unit != Plain || q.Value != 0 && q.Value != 24 || q.End > len(rs) {
		return false
	}
	for _, o := range others {
		if o.Unit == Time || o.Value == 0 || o.Value == 24 {
			return false
		}
	}
	s := &scanner{rs: rs}
	dash := func(i int) bool { return strings.ContainsRune("—–-~～至到", s.at(i)) }
	if q.Value == 0 {
		e := q.End
		if r := s.at(e); r == '时' || r == '時' || r == '点' || r == '點' {
			e++
		}
		if !dash(e) {
			return false
		}
		for e++; s.at(e) == '—'; e++ {
		}
		return s.has(e, "24时") || s.has(e, "24時") || s.has(e, "24点") || s.has(e, "24點")
	}
	if r := s.at(q.End); r != '时' && r != '時' && r != '点' && r != '點' {
		return false
	}
	b := q.Start - 1
	for b >= 0 && s.at(b) == '—' && s.at(b-1) == '—' {
		b--
	}
	if !dash(b) {
		return false
	}
	b--
	if r := s.at(b); r == '时' || r == '時' || r == '点' || r == '點' {
		b--
	}
	return s.at(b) == '0' && !isDigit(s.at(b-1))
}

// noneWords say a count of none in English.
var noneWords = map[string]bool{"no": true, "none": true, "zero": true, "nil": true, "nobody": true}

// noneSaid reports whether q, a count of 0 in Chinese (疑似病例0例), is one
// the English says in a word ("there were no suspected cases", "none was
// hospitalized"): the English must say none, in words or as 0, at least as
// often as the Chinese writes 0, so that a 0 changed on the English side
// is still found.
func noneSaid(q Quantity, mine, others []Quantity, otherText string) bool {
	if q.Lang != article.ZH || q.Unit != Plain || q.Value != 0 || q.Text != "0" {
		return false
	}
	zeros, nones := 0, 0
	for _, m := range mine {
		if m.Value == 0 && m.Text == "0" {
			zeros++
		}
	}
	for _, o := range others {
		if o.Value == 0 {
			nones++
		}
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(otherText), func(r rune) bool { return !isLatin(r) }) {
		if noneWords[w] {
			nones++
		}
	}
	return nones >= zeros
}

// generationYear returns the year that q, two digits in Chinese text
// before 后 (95后, 00后: born in or after 1995, 2000), names.
func generationYear(q Quantity, rs []rune) (float64, bool) {
	if q.Lang != article.ZH || q.Unit != Plain || len([]rune(q.Text)) != 2 || q.End > len(rs) {
		return 0, false
	}
	s := &scanner{rs: rs}
	if r := s.at(q.End); r != '后' && r != '後' {
		return 0, false
	}
	if q.Value >= 30 {
		return 1900 + q.Value, true
	}
	return 2000 + q.Value, true
}

// generationAgrees reports whether q and a figure of others are a
// generation and the year it starts at (95后 and "born after 1995").
func generationAgrees(q Quantity, myText []rune, others []Quantity, otherText []rune) bool {
	if y, ok := generationYear(q, myText); ok {
		for _, o := range others {
			if o.Unit == Year && o.Value == y {
				return true
			}
		}
		return false
	}
	if q.Unit != Year {
		return false
	}
	for _, o := range others {
		if y, ok := generationYear(o, otherText); ok && y == q.Value {
			return true
		}
	}
	return false
}

// slashDays returns the month-and-day names an English text writes with a
// slash (9/11, 7/7), each as its digits run together ("911", "77").
func slashDays(text string) []string {
	rs := []rune(text)
	var out []string
	for i, r := range rs {
		if r != '/' {
			continue
		}
		a, b := i, i+1
		for a > 0 && isDigit(rs[a-1]) {
			a--
		}
		for b < len(rs) && isDigit(rs[b]) {
			b++
		}
		if i-a < 1 || i-a > 2 || b-i-1 < 1 || b-i-1 > 2 || a > 0 && (isLatin(rs[a-1]) || rs[a-1] == '/') ||
			b < len(rs) && (isLatin(rs[b]) || rs[b] == '/') {
			continue
		}
		m, d := digitsValue(rs[a:i]), digitsValue(rs[i+1:b])
		if m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			out = append(out, string(rs[a:i])+string(rs[i+1:b]))
		}
	}
	return out
}

// eventDay reports whether q is part of an event named by its day, which
// English writes with a slash (after 9/11) and Chinese with the digits
// run together (911 事件): the 9 or the 11 of the English, or the 911 of
// the Chinese, when the other text writes the same digits the other way;
// three digits at least, as 23 and 2/3 are no such name.
func eventDay(q Quantity, myText, otherText string) bool {
	if q.Unit != Plain {
		return false
	}
	switch q.Lang {
	case article.EN:
		rs := []rune(myText)
		if q.End > len(rs) || q.Start < 0 {
			return false
		}
		a, b := q.Start, q.End
		if b < len(rs) && rs[b] == '/' {
			for b++; b < len(rs) && isDigit(rs[b]); b++ {
			}
		} else if a > 0 && rs[a-1] == '/' {
			for a--; a > 0 && isDigit(rs[a-1]); a-- {
			}
		}
		days := slashDays(string(rs[a:b]))
		return len(days) == 1 && len(days[0]) >= 3 && digitRun(otherText, days[0])
	case article.ZH:
		for _, d := range slashDays(otherText) {
			if len(d) >= 3 && q.Text == d {
				return true
			}
		}
	}
	return false
}

// digitRun reports whether text writes the digits d as a whole run, with
// no digit before or after them.
func digitRun(text, d string) bool {
	return occurs(text, d, func(before, after rune) bool { return !isDigit(before) && !isDigit(after) })
}

// occurs reports whether text writes w somewhere that bounded accepts the
// runes around it, utf8.RuneError or 0 at the text's ends.
func occurs(text, w string, bounded func(before, after rune) bool) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		k += i
		if bounded(lastRuneOf(text[:k]), firstRune(text[k+len(w):])) {
			return true
		}
		i = k + 1
	}
}

// dayLeftOut returns the date of the other side that is q's month, when
// one of the two states its day and the other the month alone (2016 年 3
// 月 and "3 March 2016", 二零零七年六月三十日 and "June 2007"): one date,
// written less precisely in one language. Their years must agree where
// both state one; neither may be a dateline's, which states its day; and
// no number may stand beside the month alone (4月23、24日, 9 月 21, 32
// December: days read apart from it).
func dayLeftOut(q Quantity, mine, other *side) (Quantity, bool) {
	if q.Unit != Date {
		return Quantity{}, false
	}
	n := int(q.Value + 0.5)
	for _, o := range other.unmatched {
		k := int(o.Value + 0.5)
		if o.Unit != Date || n/100%100 == 0 || n/100%100 != k/100%100 || (n%100 == 0) == (k%100 == 0) {
			continue
		}
		if y, oy := n/10000, k/10000; y != oy && y != 0 && oy != 0 {
			continue
		}
		if dateline(q, mine.text) || dateline(o, other.text) {
			continue // 4月1日电 and "Phnom Penh, April,": a dateline states its day
		}
		if n%100 == 0 && !numberBeside(q, mine.text) || k%100 == 0 && !numberBeside(o, other.text) {
			return o, true
		}
	}
	return Quantity{}, false
}

// yearAlone returns the year of other that q, a date with its year and
// month, is written as: the other language cites the source by its year
// alone, in brackets after its author (（1986年10月30日） and "Stallman
// (1986)"). The other text must state no date of that year, which would
// be q's counterpart.
func yearAlone(q Quantity, other *side) (Quantity, bool) {
	n := int(q.Value + 0.5)
	if q.Unit != Date || n/10000 == 0 || n/100%100 == 0 {
		return Quantity{}, false
	}
	var year Quantity
	for _, o := range other.qs {
		switch {
		case o.Unit == Date && int(o.Value+0.5)/10000 == n/10000:
			return Quantity{}, false
		case o.Unit == Year && int(o.Value) == n/10000 && inBrackets(o, other.text) && strings.ContainsRune(")）", at([]rune(other.text), o.End)):
			year = o
		}
	}
	return year, year.Text != ""
}

// dateline reports whether q is the date of a Chinese news agency's
// dateline: 电 (電) follows it.
func dateline(q Quantity, text string) bool {
	r := at([]rune(text), q.End)
	return r == '电' || r == '電'
}

// numberBeside reports whether a digit or a Chinese numeral follows q in
// text, past spaces, or a digit stands just before it (32 December 2015: a
// day the reading left apart).
func numberBeside(q Quantity, text string) bool {
	s := &scanner{rs: []rune(text)}
	k := q.Start - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	r := s.at(s.spaces(q.End))
	return isDigit(r) || isHanNumeral(r) || isDigit(s.at(k))
}

// slashDayRe finds a day written with slashes, month and day in either
// order, with its year or without: 11/9, 11/9/89, 9/11/2001, and the year
// after a space (30/06 2024, as one changelog heads its versions).
var slashDayRe = regexp.MustCompile(`(?:^|[^0-9/.,])([0-9]{1,2})/([0-9]{1,2})(?:/([0-9]{2}|[0-9]{4})| ([0-9]{4}))?(?:$|[^0-9/])`)

// dotDayRe finds a day a Chinese text writes with a point between its
// month and its day: 11.9 (the 9th of November), 9·11.
var dotDayRe = regexp.MustCompile(`(?:^|[^0-9.])([0-9]{1,2})[.·‧]([0-9]{1,2})(?:$|[^0-9.])`)

// slashDay reports whether q is a day, or a part of one, that one
// language writes with slashes (11/9/89, 19/05/2022; Extract reads its
// numbers apart, as 11/9 may be a fraction) and the other as a date
// (1989年11月9日, "May 19 2022") or, in Chinese, with a point (11.9): one
// day, written two ways.
func slashDay(q Quantity, myText string, others []Quantity, otherText string) bool {
	type day struct{ y, m, d int }
	parse := func(text string, m []int, group int) int {
		if m[group] < 0 {
			return 0
		}
		n, _ := strconv.Atoi(text[m[group]:m[group+1]])
		return n
	}
	// slashDays are the days a text writes with slashes, each in both
	// orders, that span the runes from start to end (all when end is 0).
	slashDays := func(text string, start, end int) []day {
		var out []day
		for _, m := range slashDayRe.FindAllStringSubmatchIndex(text, -1) {
			from, to := utf8.RuneCountInString(text[:m[2]]), utf8.RuneCountInString(text[:m[5]])
			y := parse(text, m, 6)
			if m[6] >= 0 {
				to = utf8.RuneCountInString(text[:m[7]])
			} else if m[8] >= 0 {
				y, to = parse(text, m, 8), utf8.RuneCountInString(text[:m[9]])
			}
			if end > 0 && (start < from || end > to) {
				continue
			}
			a, b := parse(text, m, 2), parse(text, m, 4)
			out = append(out, day{y, a, b}, day{y, b, a})
		}
		return out
	}
	same := func(a, b day) bool {
		return a.m == b.m && a.d == b.d && a.m >= 1 && a.m <= 12 && a.d >= 1 && a.d <= 31 &&
			(a.y == 0 || b.y == 0 || a.y%100 == b.y%100)
	}
	dateOf := func(o Quantity) (day, bool) {
		v := int(o.Value + 0.5)
		return day{v / 10000, v / 100 % 100, v % 100}, o.Unit == Date && v%100 != 0
	}
	// days are the days a text and its figures write as dates, and a
	// Chinese text with a point.
	days := func(text string, qs []Quantity, lang article.Lang) []day {
		var out []day
		for _, o := range qs {
			if d, ok := dateOf(o); ok {
				out = append(out, d)
			}
		}
		if lang == article.ZH {
			for _, m := range dotDayRe.FindAllStringSubmatchIndex(text, -1) {
				out = append(out, day{0, parse(text, m, 2), parse(text, m, 4)})
			}
		}
		return out
	}
	matchAny := func(as, bs []day) bool {
		return slices.ContainsFunc(as, func(a day) bool { return slices.ContainsFunc(bs, func(b day) bool { return same(a, b) }) })
	}
	other := article.EN
	if q.Lang == article.EN {
		other = article.ZH
	}
	if strings.Contains(myText, "/") && q.Unit != Date {
		if mine := slashDays(myText, q.Start, q.End); len(mine) > 0 {
			return matchAny(mine, days(otherText, others, other))
		}
	}
	return strings.Contains(otherText, "/") && matchAny(days(q.Text, []Quantity{q}, q.Lang), slashDays(otherText, 0, 0))
}
