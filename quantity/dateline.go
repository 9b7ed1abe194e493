package quantity

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"time"

	"tandem/article"
)

// Round 60, from NIST's fourth references read as whole reports: a news
// agency's report gives the day of its events by the day of the month
// alone (16日), its dateline the date of the report (新华社北京4月16日电),
// once, in its first paragraph. Its English names those days by their
// place from that date (today, yesterday) or by their weekday (Tuesday),
// in any paragraph of the report.

// dayWords are the English words that name a day by its place from the
// day of the report, in days.
var dayWords = map[string]int{"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0,
	"this evening": 0, "yesterday": -1, "last night": -1, "tomorrow": 1}

// ordinalDayRe finds a day of the month written as an ordinal (on the
// 7th, the 21st of June), not one before a noun (the 7th mine, the 8th
// anniversary).
var ordinalDayRe = regexp.MustCompile(`\b[0-9]{1,2}(?:st|nd|rd|th)\b(?:\s+of\b|\s*[^\sA-Za-z]|\s*$)`)

// reportDate is the date a news report is dated, 0 for a part not known.
type reportDate struct{ year, month, day int }

// reviewsLastYear reports whether the report is dated in the first three
// months of its year, when an annual letter or review speaks of the year
// before as its own: "last year" in a letter of February 2006 may be 2004,
// and "this year" 2005.
func (r reportDate) reviewsLastYear() bool { return r.month >= 1 && r.month <= 3 }

// reportDateOf returns the date of a's report: the dateline of one of its
// first three paragraphs, its year and month taken from the article's
// date when the dateline leaves them out (法新社巴黎二日电), or, without a
// dateline, the article's date.
func reportDateOf(a *article.Article) reportDate {
	var r reportDate
	if t, err := time.Parse(time.DateOnly, a.Date); err == nil {
		r = reportDate{t.Year(), int(t.Month()), t.Day()}
	}
	for _, p := range a.Pairs[:min(3, len(a.Pairs))] {
		if d, ok := datelineIn(simplified([]rune(p.ZH))); ok {
			return d.within(r)
		}
	}
	return r
}

// within fills the parts a dateline d leaves out from the article's date
// r: the month of a day written alone is r's, or the one before when the
// day comes after r's (a report of the 30th published on the 1st); the
// year is r's, or the one before for a dateline in a later month.
func (d reportDate) within(r reportDate) reportDate {
	if d.month == 0 && r.month > 0 {
		d.month, d.year = r.month, r.year
		if d.day > r.day {
			d.month--
			if d.month == 0 {
				d.month, d.year = 12, r.year-1
			}
		}
	}
	if d.year == 0 && r.year > 0 {
		d.year = r.year
		if d.month > r.month {
			d.year--
		}
	}
	return d
}

// datelineIn reads the dateline at the head of rs, a Chinese text in
// simplified characters: the date before 电 (電) within its first 40
// characters (新华社北京3月16日电, 新华社华盛顿2003年1月2日电, 法新社巴黎二日电,
// 中央社台北二十一日電).
func datelineIn(rs []rune) (reportDate, bool) {
	head := rs[:min(40, len(rs))]
	i := strings.Index(string(head), "日电")
	if i < 0 {
		i = strings.Index(string(head), "日電")
	}
	if i < 0 {
		return reportDate{}, false
	}
	k := len([]rune(string(head)[:i]))
	var d reportDate
	var ok bool
	if d.day, k, ok = numberBefore(head, k, 31); !ok {
		return reportDate{}, false
	}
	if at(head, k-1) == '月' {
		if d.month, k, ok = numberBefore(head, k-1, 12); !ok {
			return reportDate{}, false
		}
		if at(head, k-1) == '年' {
			d.year, _, _ = numberBefore(head, k-1, 2999)
		}
	}
	return d, true
}

// numberBefore reads the whole number from 1 to most that ends at i in rs,
// in digits or Chinese numerals (16, 十六, 二〇〇三); it returns where the
// number starts.
func numberBefore(rs []rune, i, most int) (int, int, bool) {
	k := i
	for k > 0 && (isDigit(rs[k-1]) || hanDigits[rs[k-1]] > 0 || rs[k-1] == '〇' || rs[k-1] == '零' || rs[k-1] == '十') {
		k--
	}
	run := rs[k:i]
	if len(run) == 0 {
		return 0, i, false
	}
	var v float64
	if isDigit(run[0]) {
		for _, r := range run {
			if !isDigit(r) {
				return 0, i, false
			}
			v = v*10 + float64(digitValue(r))
		}
	} else if hv, whole := hanValue(run); whole || most > 31 {
		v = hv // a year is written digit by digit
	}
	if v < 1 || v > float64(most) || v != math.Trunc(v) {
		return 0, i, false
	}
	return int(v), k, true
}

// dateOf returns the date of day d of month m (0: the month nearest r)
// within a week of r either way, and how many days it falls from r; r's
// year and month must be known.
func (r reportDate) dateOf(m, d int) (time.Time, int, bool) {
	return r.dateWithin(m, d, 7)
}

// dateWithin is dateOf for a date from the given number of days before r
// to a week after it.
func (r reportDate) dateWithin(m, d, before int) (time.Time, int, bool) {
	if r.year == 0 || r.month == 0 || r.day == 0 {
		return time.Time{}, 0, false
	}
	at := time.Date(r.year, time.Month(r.month), r.day, 0, 0, 0, 0, time.UTC)
	months := []int{r.month, r.month - 1, r.month + 1}
	if m > 0 {
		months = []int{m, m - 12, m + 12} // 12月31日 in a report of 1 January
	}
	for _, m := range months {
		t := time.Date(r.year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() != d {
			continue // 31 in a month of 30 days
		}
		if days := int(t.Sub(at).Hours() / 24); days >= -before && days <= 7 {
			return t, days, true
		}
	}
	return time.Time{}, 0, false
}

// loneDay returns the month (0 when not stated) and the day of q, a
// Chinese day of the month written alone (16日, 9日晚) or a date without
// its year (4月12日), where the English writes no day of the month, in
// figures or as an ordinal (on the 7th), that q may have been changed
// from: not a number the Chinese writes elsewhere (安保三文件 and "three").
func loneDay(q Quantity, mine, other *side) (m, d int, ok bool) {
	switch {
	case q.Lang != article.ZH:
		return 0, 0, false
	case q.Unit == Date && q.Value < 1232 && dayOf(q.Value) > 0:
		if dateline(q, mine.text) {
			return 0, 0, false // the report's date, not one named from it
		}
		m, d = int(q.Value)/100, dayOf(q.Value)
	case q.Unit == Plain && q.Value >= 1 && q.Value <= 31 && q.Value == math.Trunc(q.Value):
		if rs := []rune(mine.text); q.End >= len(rs) || rs[q.End] != '日' {
			return 0, 0, false
		}
		d = int(q.Value)
	default:
		return 0, 0, false
	}
	if slices.ContainsFunc(other.unmatched, func(o Quantity) bool {
		return o.Unit == Date && dayOf(o.Value) > 0 || o.Value >= 1 && o.Value <= 31 && o.Value == math.Trunc(o.Value) && !mentioned(o, mine)
	}) || ordinalDayRe.MatchString(other.text) {
		return 0, 0, false
	}
	return m, d, true
}

// dayByWord reports whether q is a Chinese day of the month written alone
// or a date without its year in a dated report (a dateline in its pair or
// its article's) that the English names by its place from the report's
// date (16日 today, 15日 yesterday, 4月12日 yesterday in a report of April
// 13), as translators of a dateline's news do; see loneDay.
func dayByWord(q Quantity, mine, other *side) bool {
	m, n, ok := loneDay(q, mine, other)
	if !ok {
		return false
	}
	var offsets []int // n's distance from each date the report is dated by
	for _, d := range mine.qs {
		if dm := int(d.Value) / 100 % 100; d.Unit == Date && dayOf(d.Value) > 0 && d.Start != q.Start && (m == 0 || dm == m) {
			offsets = append(offsets, n-dayOf(d.Value))
		}
	}
	r := mine.report
	if _, days, ok := r.dateOf(m, n); ok {
		offsets = append(offsets, days)
	} else if r.day > 0 && r.year == 0 && (m == 0 || m == r.month) {
		offsets = append(offsets, n-r.day)
	}
	lower := strings.ToLower(other.text)
	for w, from := range dayWords {
		if slices.Contains(offsets, from) && strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// periodEnd reports whether q, an English date, ends a period ("the six
// months ended 30 June 2013") whose year the other text writes alone with
// a part of the year or none (二零一三年上半年, 2013年度), as accounts name
// a period, or is the 31st of December of a year the other text writes
// before 底 or 末 (1977年底, 1995年末: the year's end).
func periodEnd(q Quantity, text string, other *side) bool {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Date || dayOf(q.Value) == 0 || yearOfDate(q.Value) == 0 || q.Start < 0 || q.Start > len(rs) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(string(rs[:q.Start]), " "))
	ended := strings.HasSuffix(before, "ended") || strings.HasSuffix(before, "ending")
	yearEnd := int(q.Value)%10000 == 1231
	ors := []rune(other.text)
	return slices.ContainsFunc(other.qs, func(o Quantity) bool {
		return o.Unit == Year && int64(o.Value) == yearOfDate(q.Value) && (ended || yearEnd && strings.ContainsRune("底末", at(ors, o.End)))
	})
}

// sinceJanuary reports whether q, a month, ends a period from January
// (1至7月, 1-7月) that the other text says runs to date: "since January",
// "so far this year", "year to date".
func sinceJanuary(q Quantity, text, otherText string) bool {
	if q.Unit != Date || q.Value < 200 || q.Value > 1200 || int(q.Value)%100 != 0 {
		return false
	}
	rs := []rune(text)
	before := strings.TrimRight(string(rs[:max(0, min(q.Start, len(rs)))]), " ")
	from := false
	for _, sep := range []string{"至", "到", "-", "—", "–", "~", "～"} {
		if b, ok := strings.CutSuffix(before, sep); ok {
			b, ok = strings.CutSuffix(strings.TrimRight(b, " "), "1")
			from = from || ok && !isDigit(lastRuneOf(b))
		}
	}
	return from && containsAny(strings.ToLower(otherText), "since january", "so far this year", "year to date", "year-to-date", "this year so far")
}

// monthPlace is words that name a month by its place from the month of
// the report, and that place, in months.
type monthPlace struct {
	words string
	from  int
}

// monthWords are the words that name a month by its place from the month
// of the report, in each language.
var monthWords = map[article.Lang][]monthPlace{
	article.EN: {{"this month", 0}, {"last month", -1}, {"the previous month", -1}, {"the month before", -1},
		{"the prior month", -1}, {"a month ago", -1}, {"the past month", -1}, {"the last month", -1},
		{"next month", 1}, {"the following month", 1}, {"the coming month", 1},
		{"start of the month", 0}, {"earlier in the month", 0}, {"course of the month", 0}},
	article.ZH: {{"本月", 0}, {"当月", 0}, {"这个月", 0}, {"上月", -1}, {"上个月", -1}, {"上一个月", -1},
		{"近1个月", -1}, {"近一个月", -1}, {"过去1个月", -1}, {"过去一个月", -1}, {"过去的一个月", -1}, {"下月", 1}, {"下个月", 1}},
}

// monthAfterWords are the words that name a month only by its place from
// another month the text names ("ended May at 4.44%, up from 4.37% a month
// earlier"), and that place.
var monthAfterWords = map[article.Lang][]monthPlace{
	article.EN: {{"a month earlier", -1}, {"a month before", -1}, {"a month later", 1}},
}

// monthByWord returns the words with which the other language names q, a
// month written alone (5月, in May, 2023年12月), by its place from the
// month of the report (this month, last month, 下个月), as translators of
// dated news do either way, or by its place from another month the other
// text names alone ("ended May at 4.44%, up from 4.37% a month earlier"
// against 4月). The other language must state no month of its own that q
// may have been changed from, but that other month or one this language
// names too where the check reads no figure ("April and May"); when the
// report's month is known, q must be that place from it, and in that year
// if q states one; and this language must not say that place in words
// too (5月 … 上月 and "the previous month" are two months).
func monthByWord(q Quantity, mine, other *side) (words string, anchored, ok bool) {
	v := int(q.Value + 0.5)
	m := v / 100 % 100
	if q.Unit != Date || dayOf(q.Value) != 0 || m < 1 || m > 12 {
		return "", false, false
	}
	text, mineText := strings.ToLower(other.text), strings.ToLower(mine.text)
	for i, w := range slices.Concat(monthWords[other.lang], monthAfterWords[other.lang]) {
		said := slices.ContainsFunc(monthWords[mine.lang], func(v monthPlace) bool {
			return v.from == w.from && strings.Contains(mineText, v.words)
		})
		if !strings.Contains(text, w.words) || said {
			continue
		}
		anchor := (m-w.from+23)%12 + 1
		onlyAnchor := !slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return monthAlone(o) != anchor && int(o.Value)/100%100 > 0 })
		anchorYear := 0
		if y := v / 10000; y > 0 {
			anchorYear = y + (m-w.from-1+120)/12 - 10 // 2023年12月 and "January 2024 … a month earlier"
		}
		if w.from != 0 && onlyAnchor && namesMonth(other, anchor, anchorYear) {
			return w.words, true, true
		}
		noMonth := !slices.ContainsFunc(other.unmatched, func(o Quantity) bool {
			return o.Unit == Date && int(o.Value)/100%100 > 0 && (monthAlone(o) == 0 || !namesMonth(mine, monthAlone(o), 0))
		}) // a month this text names unread ("April and May") is no month q was changed from
		if i < len(monthWords[other.lang]) && noMonth && mine.report.names(w.from, m, v/10000) {
			return w.words, false, true
		}
	}
	return "", false, false
}

// namesMonth reports whether the text of s names month m alone, of year
// y if that is not 0: a figure read so, or, when the year does not
// matter, the month's English name with its capital ("ended May at
// 4.44%"), which is read as a date only where no other word may be meant.
func namesMonth(s *side, m, y int) bool {
	if slices.ContainsFunc(s.qs, func(o Quantity) bool {
		return monthAlone(o) == m && (y == 0 || yearOfDate(o.Value) == 0 || yearOfDate(o.Value) == int64(y))
	}) {
		return true
	}
	if s.lang != article.EN || y != 0 {
		return false
	}
	name := englishMonths[m-1]
	return slices.Contains(monthNameRe.FindAllString(s.text, -1), strings.ToUpper(name[:1])+name[1:])
}

// monthNameRe finds an English month's name with its capital.
var monthNameRe = regexp.MustCompile(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b`)

// monthAlone returns the month of q, a date with no day, or 0.
func monthAlone(q Quantity) int {
	if q.Unit != Date || dayOf(q.Value) != 0 {
		return 0
	}
	return int(q.Value+0.5) / 100 % 100
}

// names reports whether month m of year y (0: not stated) is the month
// from months after the report's: any month alone when the report's month
// is not known. A report may be dated some days after it was written, and
// a translation published days after the original, so a month counted
// from two weeks before its date is one too (3月 and "last month" in a
// report dated 5 May; 11月 and "this month" in a translation dated 8
// December).
func (r reportDate) names(from, m, y int) bool {
	if r.month == 0 {
		return y == 0
	}
	dated := time.Date(r.year, time.Month(r.month), max(r.day, 1), 0, 0, 0, 0, time.UTC)
	for _, t := range []time.Time{dated, dated.AddDate(0, 0, -14)} {
		named := t.AddDate(0, from, 1-t.Day())
		if int(named.Month()) == m && (y == 0 || y == named.Year()) {
			return true
		}
	}
	return false
}

// glossedDayRe finds a Chinese word that names a day by its place from
// today or by its weekday, and the bracket that opens after it: 今天（,
// 下周一（, 随后一个周五（.
var glossedDayRe = regexp.MustCompile(`(?:今天|今日|明天|昨天|周[一二三四五六日天]|星期[一二三四五六日天]|礼拜[一二三四五六日天])\s*[（(]$`)

// glossedDay reports whether q, a Chinese date, stands alone in brackets
// after a word that names its day by its place from today or by its
// weekday (今天（5月24日）, 下周一（6月10日）), a gloss the translator adds
// where the English names the day the same way (today, next Monday) and
// states no date with its day that q may have been changed from: none
// without a counterpart, none in brackets.
func glossedDay(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Lang != article.ZH || q.Unit != Date || dayOf(q.Value) == 0 || q.End >= len(rs) || rs[q.End] != '）' && rs[q.End] != ')' {
		return false
	}
	if !glossedDayRe.MatchString(string(rs[max(0, q.Start-8):q.Start])) ||
		slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return o.Unit == Date && dayOf(o.Value) > 0 }) ||
		slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Unit == Date && dayOf(o.Value) > 0 && inBrackets(o, other.text) }) {
		return false // 今天(9月28日) and "this afternoon (September 27)": a changed date
	}
	if _, weekdays := weekdaysIn(other.text); weekdays > 0 {
		return true
	}
	lower := strings.ToLower(other.text)
	for w := range dayWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// inBrackets reports whether q opens a bracket of text: "this afternoon
// (September 27)".
func inBrackets(q Quantity, text string) bool {
	rs := []rune(text)
	k := q.Start - 1
	k = spacesBack(rs, k)
	return k >= 0 && (rs[k] == '(' || rs[k] == '（')
}

// holidays are the days the English names by a holiday, by month and day.
var holidays = map[int]string{101: "new year's day", 1224: "christmas eve", 1225: "christmas", 1231: "new year's eve", 214: "valentine's day"}

// holidayOf returns the holiday by which text names the day of q, a date
// with its month and day (1999年12月31日 and "New Year's Eve 1999").
func holidayOf(q Quantity, text string) (string, bool) {
	name, ok := holidays[int(q.Value)%10000]
	text = strings.ReplaceAll(strings.ToLower(text), "’", "'")
	if q.Unit != Date || !ok || !strings.Contains(text, name) || name == "christmas" && strings.Contains(text, "christmas eve") {
		return "", false
	}
	return name, true
}

// dayByWeekday returns the date of q, a Chinese day of the month written
// alone in a report whose year and month are known, when the English
// names that day by its weekday (9日 and "on Tuesday" in a report of
// Wednesday 10 April 2002) and every weekday it names is the weekday of
// such a day of the Chinese (16日下午和17日上午 and "on Tuesday afternoon
// … on Wednesday morning"); see loneDay. A weekday that is not that day's
// leaves q reported (23日 and "on Wednesday" when the 23rd is a Thursday).
func dayByWeekday(q Quantity, mine, other *side) (time.Time, bool) {
	t, ok := mine.loneDate(q, other)
	if !ok || !strings.Contains(other.text, t.Weekday().String()) {
		return time.Time{}, false
	}
	var days [7]bool // the weekdays of the Chinese days of the month alone
	for _, d := range mine.unmatched {
		if t, ok := mine.loneDate(d, other); ok {
			days[t.Weekday()] = true
		}
	}
	named, _ := weekdaysIn(other.text)
	for w := range time.Weekday(7) {
		if named[w] && !days[w] {
			return time.Time{}, false
		}
	}
	return t, true
}

// weekdaysIn returns which weekdays text names, and how many.
func weekdaysIn(text string) (named [7]bool, n int) {
	for w := range time.Weekday(7) {
		if strings.Contains(text, w.String()) {
			named[w] = true
			n++
		}
	}
	return named, n
}

// otherWeekday returns the date of q, a Chinese day of the month written
// alone in a report whose year and month are known, and the one weekday
// the English names, when that is the weekday of no such day of the
// Chinese: 23日 and "on Wednesday" when the 23rd is a Thursday.
func otherWeekday(q Quantity, mine, other *side) (time.Time, time.Weekday, bool) {
	t, ok := mine.loneDate(q, other)
	if !ok {
		return time.Time{}, 0, false
	}
	named, n := weekdaysIn(other.text)
	if n != 1 {
		return time.Time{}, 0, false
	}
	w := time.Weekday(slices.Index(named[:], true))
	for _, d := range mine.unmatched {
		if t, ok := mine.loneDate(d, other); ok && t.Weekday() == w {
			return time.Time{}, 0, false
		}
	}
	return t, w, true
}

// loneDate returns the date of q, a day of the month alone or a date
// without its year (see loneDay), in a report whose year and month are
// known, when it falls within a week of the report's date.
func (s *side) loneDate(q Quantity, other *side) (time.Time, bool) {
	m, d, ok := loneDay(q, s, other)
	if !ok {
		return time.Time{}, false
	}
	t, _, ok := s.report.dateOf(m, d)
	return t, ok
}

// zhWeekdayRe finds a weekday named in Chinese (周五, 星期五, 礼拜五), not
// a week's count (每周一次, 周一至周五 is both days).
var zhWeekdayRe = regexp.MustCompile(`(?:周|星期|礼拜)([一二三四五六日天])`)

// weekdaysNamed returns which weekdays text, in lang, names, and how many.
func weekdaysNamed(text string, lang article.Lang) (named [7]bool, n int) {
	if lang == article.EN {
		return weekdaysIn(text)
	}
	rs := []rune(text)
	for _, m := range zhWeekdayRe.FindAllStringSubmatchIndex(text, -1) {
		start, end := len([]rune(text[:m[0]])), len([]rune(text[:m[1]]))
		if at(rs, start-1) == '每' || strings.ContainsRune("次个個年岁天", at(rs, end)) {
			continue
		}
		w := time.Weekday(max(0, slices.Index([]rune("日一二三四五六"), []rune(text[m[2]:m[3]])[0]))) // 天: Sunday
		if !named[w] {
			named[w] = true
			n++
		}
	}
	return named, n
}

// dateByWeekday returns the weekday of q, a date with its day, when the
// other text names that one weekday instead and states no date with a day
// that q may have been changed from: "Friday (23 July)" against 周五, 5
// May 2022 against "on Thursday". The weekday is the one q's year gives,
// else the report's date (from three weeks before it to one after), else
// the one q's own text names beside it.
func dateByWeekday(q Quantity, mine, other *side) (time.Weekday, bool) {
	n := int(q.Value + 0.5)
	y, m, d := n/10000, n/100%100, n%100
	if q.Unit != Date || d == 0 || m == 0 {
		return 0, false
	}
	named, count := weekdaysNamed(other.text, other.lang)
	if count != 1 || slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return o.Unit == Date && dayOf(o.Value) > 0 }) {
		return 0, false
	}
	w := time.Weekday(slices.Index(named[:], true))
	if y > 0 {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		return w, t.Day() == d && t.Weekday() == w
	}
	if t, _, ok := mine.report.dateWithin(m, d, 21); ok {
		return w, t.Weekday() == w // a translation may be dated two weeks after its original
	}
	rs := []rune(mine.text)
	near := string(rs[max(0, q.Start-12):min(len(rs), q.End+12)])
	mineNamed, _ := weekdaysNamed(near, mine.lang)
	return w, mineNamed[w]
}
