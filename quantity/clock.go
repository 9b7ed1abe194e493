package quantity

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"tandem/article"
)

// Times of day said in other ways than the extractor reads as one: the
// English words for a time (half past eight, a quarter to eight,
// eight-thirty, noon), an hour before 点 or 时 that Extract leaves a plain
// number (23点 and 11 p.m.), a time written with a full-width colon (2：30),
// and one half of the day left unsaid (八点半 and 8:30 p.m.). All compare
// on a 12-hour clock, as HHMM from 0 to 1159.

// halfDay returns the time v (HHMM) on a 12-hour clock.
func halfDay(v float64) int {
	return int(math.Round(v)) % 1200
}

// clockWords returns the times of day that text, English, names in words,
// on a 12-hour clock: eight o'clock, half past eight, a quarter to eight,
// ten past nine, eight-thirty, eleven forty-five, one in the afternoon,
// noon, midday, midnight.
// An hour word followed by minutes in words counts only when the minutes
// are a time's (fifteen, thirty, forty-five …: not "eight thirty-year-olds",
// which a hyphen after the minutes rules out).
func clockWords(text string) []int {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !isLatin(r) && r != '\'' && r != '’' && r != '-'
	})
	var toks []string
	for _, w := range words {
		if w == "o'clock" || w == "o’clock" {
			toks = append(toks, "o'clock")
			continue
		}
		for _, p := range strings.Split(w, "-") {
			if p != "" {
				toks = append(toks, strings.Trim(p, "'’"))
			}
		}
	}
	hourAt := func(k int) (int, bool) {
		if k < 0 || k >= len(toks) {
			return 0, false
		}
		h, ok := wordNumbers[toks[k]]
		if toks[k] == "one" {
			h, ok = 1, true
		}
		if !ok || h < 1 || h > 12 {
			return 0, false
		}
		return int(h) % 12, true
	}
	var out []int
	for k, t := range toks {
		switch t {
		case "noon", "midday", "midnight":
			out = append(out, 0)
		case "o'clock":
			if h, ok := hourAt(k - 1); ok {
				out = append(out, h*100)
			}
		case "past", "after", "to", "of":
			h, ok := hourAt(k + 1)
			if !ok || k == 0 {
				continue
			}
			m := 0
			switch {
			case toks[k-1] == "half" && (t == "past" || t == "after"):
				m = 30
			case toks[k-1] == "quarter":
				m = 15
			default:
				v, ok := minuteWordsBefore(toks, k)
				if !ok || t == "of" {
					continue
				}
				m = v
			}
			if t == "past" || t == "after" {
				out = append(out, h*100+m)
			} else {
				out = append(out, (h+11)%12*100+60-m)
			}
		default:
			h, ok := hourAt(k)
			if !ok || k+1 >= len(toks) {
				continue
			}
			if partOfDayAt(toks, k+1) {
				out = append(out, h*100) // one in the afternoon: 下午一点
				continue
			}
			if m, n, ok := minuteWordsAt(toks, k+1); ok && !strings.Contains(text, toks[k+n]+"-year") {
				out = append(out, h*100+m)
			}
		}
	}
	return out
}

// partOfDayAt reports whether toks[k:] name the part of the day an hour
// before them is in: "in the morning", "in the afternoon", "in the
// evening", "at night".
func partOfDayAt(toks []string, k int) bool {
	at := func(i int) string {
		if k+i < len(toks) {
			return toks[k+i]
		}
		return ""
	}
	switch at(0) {
	case "in":
		return at(1) == "the" && (at(2) == "morning" || at(2) == "afternoon" || at(2) == "evening")
	case "at":
		return at(1) == "night"
	}
	return false
}

// minuteWordsAt reads the minutes of a time in words at toks[k]: fifteen,
// thirty, forty-five, oh five; it returns them and how many words they
// take. Ten to nineteen and the tens from twenty count; a bare digit word
// (eight two) does not.
func minuteWordsAt(toks []string, k int) (m, n int, ok bool) {
	if k >= len(toks) {
		return 0, 0, false
	}
	if toks[k] == "oh" && k+1 < len(toks) {
		if v, ok := wordNumbers[toks[k+1]]; ok && v < 10 {
			return int(v), 2, true
		}
		return 0, 0, false
	}
	v, ok := wordNumbers[toks[k]]
	if !ok || v < 10 || v >= 60 {
		return 0, 0, false
	}
	if int(v)%10 == 0 && v >= 20 && k+1 < len(toks) {
		if u, ok := wordNumbers[toks[k+1]]; ok && u < 10 {
			return int(v + u), 2, true
		}
	}
	return int(v), 1, true
}

// minuteWordsBefore reads the minutes in words before toks[k] ("ten" past,
// "twenty-five" to), with "minutes" between allowed.
func minuteWordsBefore(toks []string, k int) (int, bool) {
	k--
	if k >= 0 && (toks[k] == "minutes" || toks[k] == "minute") {
		k--
	}
	if k < 0 {
		return 0, false
	}
	v, ok := wordNumbers[toks[k]]
	if !ok {
		return 0, false
	}
	if k > 0 && v < 10 {
		if t, ok := wordNumbers[toks[k-1]]; ok && t >= 20 && int(t)%10 == 0 {
			v += t
		}
	}
	if v >= 60 {
		return 0, false
	}
	return int(v), true
}

// hourBefore returns the hour that q, a plain whole number in Chinese text
// written before 点 or 时 (23点, 8 時), states; Extract reads such a number
// as a time only with minutes or a part of the day (50 点 may be index
// points).
func hourBefore(q Quantity, rs []rune) (int, bool) {
	if q.Lang != article.ZH || q.Unit != Plain || q.Value > 24 || q.Value != math.Trunc(q.Value) {
		return 0, false
	}
	s := &scanner{rs: rs}
	if !strings.ContainsRune("点點时時", s.at(s.spaces(q.End))) {
		return 0, false
	}
	return int(q.Value), true
}

// colonTime returns the time that q, a plain number in text, is one half
// of when text writes it with another number and a colon or a dash
// between (2：30, 07：30, a full-width colon Extract does not read as a
// time; 21-19, a score another text may write 21:19), as HHMM. Minutes
// have two digits: 3：1 is more often a score. In a range
// of times (12：00-13:00) the minutes before the dash belong to the colon
// before them.
func colonTime(q Quantity, rs []rune) (int, bool) { return colonTimeOf(q, rs, false) }

// colonTimeOf is colonTime, reading minutes of one digit after a colon
// too when short is set.
func colonTimeOf(q Quantity, rs []rune, short bool) (int, bool) {
	if q.Unit != Plain || q.Value != math.Trunc(q.Value) {
		return 0, false
	}
	s := &scanner{rs: rs}
	colon := func(i int) bool { return strings.ContainsRune("：:-–", s.at(i)) }
	digitsAt := func(i, step int) (int, int) { // the value and count of the digits from i on, going step
		v, n := 0, 0
		for k := i; isDigit(s.at(k)); k += step {
			if step > 0 {
				v = v*10 + digitValue(s.at(k))
			} else {
				v += digitValue(s.at(k)) * int(math.Pow10(n))
			}
			n++
		}
		return v, n
	}
	if q.End > len(rs) || q.Start < 0 || q.Start >= q.End {
		return 0, false
	}
	var h, m, mDigits int
	switch {
	case colon(q.End) && (s.at(q.Start-1) != '：' && s.at(q.Start-1) != ':' || !strings.ContainsRune("-–", s.at(q.End))):
		h = int(q.Value)
		m, mDigits = digitsAt(q.End+1, 1)
	case colon(q.Start - 1):
		var hDigits int
		h, hDigits = digitsAt(q.Start-2, -1)
		if hDigits == 0 {
			return 0, false
		}
		m, mDigits = int(q.Value), q.End-q.Start
	default:
		return 0, false
	}
	if mDigits != 2 && (!short || mDigits != 1 || !strings.ContainsRune(":：", s.at(q.End)) && !strings.ContainsRune(":：", s.at(q.Start-1))) {
		return 0, false // 3：1 is more often a score; 21-9 is one
	}
	if m >= 60 || h > 24 {
		return 0, false
	}
	return h*100 + m, true
}

// colonText returns the hour and minutes of a time q written h:mm, from
// its text, or h.mm (5.30pm).
func colonText(q Quantity) (int, bool) {
	if q.Unit != Time {
		return 0, false
	}
	h, rest, ok := strings.Cut(q.Text, ":")
	if !ok {
		h, rest, ok = strings.Cut(q.Text, ".") // 5.30pm, a time already
	}
	if !ok || len(rest) < 2 || h == "" {
		return 0, false
	}
	hv, mv := 0, 0
	for _, r := range h {
		if !isDigit(r) {
			return 0, false
		}
		hv = hv*10 + digitValue(r)
	}
	for _, r := range rest[:2] {
		if !isDigit(r) {
			return 0, false
		}
		mv = mv*10 + digitValue(r)
	}
	return hv*100 + mv, true
}

// clockAgrees reports whether q, a time or the parts of one, has a
// counterpart in others said another way: an hour before 点 and a time
// on the hour (23点 and 11 p.m.); the two numbers around a full-width colon
// and a time written h:mm (2：30 and 2:30); two times a half day apart when
// one of them does not say which half (八点半 and 8:30 p.m.; 21点 and nine
// o'clock); a time and
// the same time typed with minutes of one digit (5 点 9 分 and 5:9); a
// military time and the hour (0500 and 五点). Times compare
// on a 12-hour clock here only when one side leaves the half of the day
// out; the minutes must agree.
func clockAgrees(q Quantity, myText []rune, others []Quantity, otherText []rune) bool {
	if timeOfDayInSeconds(q) {
		q.Unit, q.Value = Time, clockOfSeconds(q.Value) // 09:00:00 and 九点
	}
	if h, ok := hourBefore(q, myText); ok {
		for _, o := range others {
			if (o.Unit == Time || timeOfDayInSeconds(o)) && halfDay(clockOf(o)) == h%12*100 {
				return true
			}
		}
		if h%12 == 0 && q.Lang == article.ZH && slices.Contains(clockWords(string(otherText)), 0) {
			return true // 12时 and noon, 今晚 12 点 and midnight
		}
		for _, o := range others {
			if t, ok := militaryTime(o, otherText); ok && t%100 == 0 && t/100%12 == h%12 {
				return true // 五点 and 0500
			}
			if oh, ok := oclock(o, otherText); ok && oh%12 == h%12 {
				return true // 21点 and nine o'clock
			}
		}
	}
	if t, ok := colonTime(q, myText); ok {
		for _, o := range others {
			if o.Unit == Time && halfDay(o.Value) == t%1200 {
				return true
			}
		}
	}
	if h, ok := oclock(q, myText); ok {
		for _, o := range others {
			if o.Unit == Time && halfDay(o.Value) == h%12*100 {
				return true
			}
		}
		if h%12 == 0 && containsAny(string(otherText), midnightWords...) {
			return true // 0 o'clock and 零时: midnight
		}
		for _, o := range others {
			if oh, ok := hourBefore(o, otherText); ok && oh%12 == h%12 {
				return true // nine o'clock and 21点
			}
		}
	}
	if t, ok := militaryTime(q, myText); ok {
		if (t == 0 || t == 2400) && containsAny(string(otherText), midnightWords...) {
			return true // 0000 hours and 零时: midnight
		}
		for _, o := range others {
			if h, ok := hourBefore(o, otherText); ok && t%100 == 0 && t/100%12 == h%12 || o.Unit == Time && int(math.Round(o.Value)) == t ||
				o.Unit == Time && halfUnsaid(o, otherText) && halfDay(o.Value) == t%1200 {
				return true // 0500 and 五点, 0730 and 7:30
			}
		}
	}
	if t, ok := plainClock(q, myText); ok {
		for _, o := range others {
			if o.Unit == Time && halfDay(o.Value) == t%1200 {
				return true // 2.30 and 下午2:30, 430 pm and 4:30
			}
		}
	}
	if q.Unit != Time {
		return false
	}
	for _, o := range others {
		if t, ok := plainClock(o, otherText); ok && halfDay(q.Value) == t%1200 {
			return true
		}
	}
	if (q.Value == 0 || q.Value == 2400) && containsAny(string(otherText), midnightWords...) {
		return true // 0:00 and 零点: midnight
	}
	if zonesApart(q, myText, others, otherText) {
		return true
	}
	if hm, ok := colonText(q); ok {
		for _, o := range others {
			if t, ok := colonTime(o, otherText); ok && t%1200 == hm%1200 {
				return true
			}
		}
	}
	for _, o := range others {
		if t, ok := colonTimeOf(o, otherText, true); ok && t%100 < 10 && t == int(q.Value) {
			return true // 5 点 9 分 and 5:9, minutes typed with one digit
		}
		if t, ok := militaryTime(o, otherText); ok && (int(math.Round(q.Value)) == t || halfUnsaid(q, myText) && halfDay(q.Value) == t%1200) {
			return true // 下午5:30 and 1730 hours
		}
		switch {
		case o.Unit == Time && halfDay(o.Value) == halfDay(q.Value) && (halfUnsaid(q, myText) || halfUnsaid(o, otherText)):
			return true
		case halfDay(q.Value)%100 == 0:
			if h, ok := hourBefore(o, otherText); ok && h%12*100 == halfDay(q.Value) {
				return true
			}
		}
	}
	return false
}

// clockOf returns the time of day (HHMM) that q, a time or a time of day
// written to the second, states.
func clockOf(q Quantity) float64 {
	if q.Unit == Seconds {
		return clockOfSeconds(q.Value)
	}
	return q.Value
}

// plainClock returns the time of day (HHMM) that q, a plain English
// number, may state in a way Extract does not read as a time: the hour and
// minutes parted by a stop, as British English writes them ("in the
// afternoon at 2.30"), or run together before am or pm ("430 pm"). A
// clock names it only when the other text has the same time.
func plainClock(q Quantity, rs []rune) (int, bool) {
	if q.Lang != article.EN || q.Unit != Plain || q.Start < 0 || q.End > len(rs) {
		return 0, false
	}
	h, m, dotted := strings.Cut(q.Text, ".")
	if !dotted {
		rest := strings.ToLower(strings.TrimLeft(string(rs[q.End:]), " "))
		if len(q.Text) < 3 || len(q.Text) > 4 || !strings.HasPrefix(rest, "pm") && !strings.HasPrefix(rest, "am") &&
			!strings.HasPrefix(rest, "p.m") && !strings.HasPrefix(rest, "a.m") {
			return 0, false
		}
		h, m = q.Text[:len(q.Text)-2], q.Text[len(q.Text)-2:]
	}
	hv, err1 := strconv.Atoi(h)
	mv, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || len(m) != 2 || len(h) > 2 || hv > 23 || mv > 59 {
		return 0, false
	}
	return hv*100 + mv, true
}

// midnightWords are the Chinese words for midnight, 0 o'clock.
var midnightWords = []string{"零时", "零点", "零時", "零點", "午夜", "子夜"}

// halfUnsaid reports whether the time q says nothing of the half of the
// day: no am or pm, no 下午 or 上午 before it, an hour under 13.
func halfUnsaid(q Quantity, rs []rune) bool {
	if q.Value >= 1300 || strings.ContainsAny(strings.ToLower(q.Text), "apm") {
		return false
	}
	if q.Lang == article.ZH {
		s := &scanner{rs: rs}
		return s.partOfDay(q.Start) == ""
	}
	return true
}

// oclock returns the hour of q, a plain whole number before "o'clock"
// (11 o'clock, 0 o'clock), which Extract leaves a plain number.
func oclock(q Quantity, rs []rune) (int, bool) {
	if q.Lang != article.EN || q.Unit != Plain || q.Value > 24 || q.Value != math.Trunc(q.Value) || q.End > len(rs) {
		return 0, false
	}
	rest := strings.TrimLeft(string(rs[q.End:]), " ")
	if !strings.HasPrefix(rest, "o'clock") && !strings.HasPrefix(rest, "o’clock") {
		return 0, false
	}
	return int(q.Value), true
}

// militaryTime returns the time of day (HHMM, 24-hour) that q, a plain
// English number of four digits, states on the military clock: a leading
// zero (at 0500, 0730), "hours" after it (1700 hours, 2300hrs), a time zone (1200
// GMT, 0930 UTC) or "at" before it (At 1310; a year is "in"). Other
// numbers of four digits are years or counts.
func militaryTime(q Quantity, rs []rune) (int, bool) {
	if q.Lang != article.EN || q.Start < 0 || q.End > len(rs) || q.Text != string(rs[q.Start:q.End]) {
		return 0, false
	}
	text := []rune(q.Text)
	if len(text) < 4 {
		return 0, false
	}
	v := 0
	for _, r := range text[:4] {
		if r < '0' || r > '9' {
			return 0, false
		}
		v = v*10 + int(r-'0')
	}
	switch rest := strings.ToLower(strings.TrimLeft(string(text[4:]), " ")); {
	case q.Unit == Plain && rest == "" && text[0] == '0': // 0500
	case q.Unit == Hours && len(text) > 4 && text[4] == ' ' && (rest == "hours" || rest == "hrs"): // 1700 hours
	case q.Unit == Plain && len(text) > 4 && (rest == "hrs" || rest == "hr"): // 2300hrs
	case (q.Unit == Plain || q.Unit == Year) && rest == "" && zoneAfter(rs[q.End:]): // 1200 GMT
	case (q.Unit == Plain || q.Unit == Year) && rest == "" && militaryRangeEnd(rs[q.End:]): // 1100 and 1200 hours
	case (q.Unit == Plain || q.Unit == Year) && rest == "" && q.Start >= 3 && strings.EqualFold(string(rs[q.Start-3:q.Start]), "at ") &&
		(q.End == len(rs) || strings.ContainsRune(",;:)", rs[q.End])) && (q.Start == 3 || !isLatin(rs[q.Start-4])): // "At 1310, near the village", as a military report writes it; not "aimed at 2300 people"
	default:
		return 0, false
	}
	if v/100 > 23 || v%100 > 59 {
		return 0, false
	}
	return v, true
}

// militaryRangeEnd reports whether rs starts with the second time of a
// range of military times, which alone says "hours": " and 1200 hours",
// " to 1800 hrs", "-0930 hours".
func militaryRangeEnd(rs []rune) bool {
	s := string(rs)
	for _, sep := range []string{" and ", " to ", "-", "–", " - ", " – "} {
		if rest, ok := strings.CutPrefix(s, sep); ok {
			digits := 0
			for digits < len(rest) && isDigit(rune(rest[digits])) {
				digits++
			}
			unit := strings.ToLower(rest[digits:])
			return digits == 4 && (strings.HasPrefix(unit, " hours") || strings.HasPrefix(unit, " hrs") || strings.HasPrefix(unit, "hrs"))
		}
	}
	return false
}

// timeZones are the time zones a military time is written before.
var timeZones = map[string]bool{"GMT": true, "UTC": true, "Z": true, "Zulu": true}

// zoneAfter reports whether rs starts with the name of a time zone that a
// military time is written before (GMT, UTC, Zulu or Z), after a space or
// attached (0200GMT).
func zoneAfter(rs []rune) bool {
	if len(rs) > 0 && rs[0] == ' ' {
		rs = rs[1:]
	}
	word := rs
	for i, r := range word {
		if r < 'A' || r > 'Z' && r < 'a' || r > 'z' {
			word = word[:i]
			break
		}
	}
	return timeZones[string(word)]
}

// zoneOffsets are the hours ahead of UTC of the time zones a text names
// after a time, in brackets or not: 23:30 (台北時間), 15:30 UTC.
var zoneOffsets = []struct {
	name  string
	hours int
}{
	{"UTC", 0}, {"GMT", 0}, {"台北時間", 8}, {"台北时间", 8}, {"臺北時間", 8}, {"北京时间", 8}, {"北京時間", 8},
	{"香港时间", 8}, {"香港時間", 8}, {"Taipei time", 8}, {"Beijing time", 8}, {"Hong Kong time", 8},
	{"HKT", 8}, {"SGT", 8}, {"JST", 9}, {"日本时间", 9}, {"日本時間", 9}, {"東京時間", 9}, {"东京时间", 9},
	{"CET", 1}, {"CEST", 2}, {"EST", -5}, {"EDT", -4}, {"PST", -8}, {"PDT", -7},
}

// zoneOf returns the offset from UTC of the time zone named right after
// q, a time of day (a space or a bracket between), and whether one is.
func zoneOf(q Quantity, text []rune) (int, bool) {
	k := q.End
	for k < len(text) && k < q.End+3 && strings.ContainsRune(" (（", text[k]) {
		k++
	}
	rest := string(text[k:min(len(text), k+16)])
	for _, z := range zoneOffsets {
		if strings.HasPrefix(rest, z.name) {
			return z.hours, true
		}
	}
	return 0, false
}

// zonesApart reports whether q, a time of day in a zone it names, is the
// same moment as a time of the other text in another zone it names
// (23:30 (台北時間) and 15:30 UTC): a deadline given in each reader's zone.
func zonesApart(q Quantity, myText []rune, others []Quantity, otherText []rune) bool {
	a, ok := zoneOf(q, myText)
	if q.Unit != Time || !ok {
		return false
	}
	minutes := func(v float64, zone int) int {
		t := int(math.Round(v))
		return ((t/100-zone)*60 + t%100 + 48*60) % (24 * 60)
	}
	for _, o := range others {
		if b, ok := zoneOf(o, otherText); ok && o.Unit == Time && a != b && minutes(q.Value, a) == minutes(o.Value, b) {
			return true
		}
	}
	return false
}

// containsAny reports whether text contains one of words.
func containsAny(text string, words ...string) bool {
	_, ok := firstWordIn(text, words)
	return ok
}

// startsWithAny reports whether text starts with one of words.
func startsWithAny(text string, words ...string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(text, w) })
}

// firstWordIn returns the first of words that text contains.
func firstWordIn(text string, words []string) (string, bool) {
	for _, w := range words {
		if strings.Contains(text, w) {
			return w, true
		}
	}
	return "", false
}
