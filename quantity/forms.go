package quantity

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"tandem/article"
)

// This file holds figures one language writes in another form than the
// other: a duration in another unit, a time on a game clock, thousands
// parted by a space or a point, 100% as "certainly".

// dayLengths are the durations that convert exactly or by the plain
// convention a translator follows (a month is 30 days: 两个月 and "60
// days"), in days; months against weeks are left out (four weeks are no
// month, 13 weeks three months only roughly).
var dayLengths = map[string]float64{Days: 1, Weeks: 7, Months: 30, Years: 365}

// durationsAgree reports whether q and o are one duration in two units: 两周
// and "14 days", 三个月 and "90 days", 两年 and "24 months", 一小时 and "60
// minutes". The conversion must give a whole number of the smaller unit
// exactly: 两个月 against "61 days", or "eight weeks", stays reported. A
// month is counted as 30 days only up to a year of them, where a
// translator still rounds so.
func durationsAgree(q, o Quantity) bool {
	if q.Unit == o.Unit || q.Value <= 0 || o.Value <= 0 {
		return false
	}
	a, b := q, o
	if dayLengths[a.Unit] < dayLengths[b.Unit] || a.Unit == Minutes {
		a, b = b, a // a is the larger unit
	}
	switch {
	case a.Unit == Years && b.Unit == Months:
		return sameValue(a.Value*12, b.Value)
	case a.Unit == Hours && b.Unit == Minutes:
		return sameValue(a.Value*60, b.Value)
	case a.Unit == Seconds || b.Unit == Seconds:
		sa, okA := secondsOf(a)
		sb, okB := secondsOf(b)
		return okA && okB && sameValue(sa, sb) // 3小時30分鐘 and "3.5hours"
	case a.Unit == Months && b.Unit == Weeks, a.Unit == Years && b.Unit == Weeks:
		return false
	}
	la, lb := dayLengths[a.Unit], dayLengths[b.Unit]
	if la == 0 || lb == 0 || a.Unit == Months && a.Value > 12 {
		return false
	}
	return sameValue(a.Value*la/lb, b.Value)
}

// durationCounterpart reports whether a duration of others says q in
// another unit (durationsAgree).
func durationCounterpart(q Quantity, others []Quantity) bool {
	for _, o := range others {
		if durationsAgree(q, o) {
			return true
		}
	}
	return false
}

// colonRun is a time on a game or race clock written minutes:seconds
// (3:35, 27:37), from rune from to rune to of its text.
type colonRun struct {
	from, to int
	seconds  float64
}

// colonRuns finds the times written m:ss in text, minutes of one to three
// digits, seconds of two under 60, with no digit, colon or point joined
// to either end (1:23:45 and 3:35.2 are other forms).
func colonRuns(text string) []colonRun {
	rs := []rune(text)
	var out []colonRun
	for i := 0; i < len(rs); i++ {
		if !isDigit(rs[i]) || i > 0 && (isDigit(rs[i-1]) || strings.ContainsRune(":：.", rs[i-1])) {
			continue
		}
		k, m := i, 0
		for k < len(rs) && isDigit(rs[k]) && k-i < 4 {
			m = m*10 + digitValue(rs[k])
			k++
		}
		if k-i > 3 || at(rs, k) != ':' && at(rs, k) != '：' || !isDigit(at(rs, k+1)) || !isDigit(at(rs, k+2)) {
			continue
		}
		s := digitValue(rs[k+1])*10 + digitValue(rs[k+2])
		end := k + 3
		if s >= 60 || isDigit(at(rs, end)) || strings.ContainsRune(":：", at(rs, end)) ||
			at(rs, end) == '.' && isDigit(at(rs, end+1)) {
			continue
		}
		out = append(out, colonRun{i, end, float64(m*60 + s)})
		i = end - 1
	}
	return out
}

// clockSeconds reports whether q is a time in minutes and seconds (3分35秒)
// whose other language writes it on a game clock (3:35), or a number of
// such a clock time whose other language writes it in minutes and seconds.
// Both must give the same seconds: 3分36秒 against 3:35 stays reported.
func clockSeconds(q Quantity, myText string, others []Quantity, otherText string) bool {
	if q.Unit == Seconds && minutesAndSeconds(q) {
		for _, r := range colonRuns(otherText) {
			if sameValue(r.seconds, q.Value) {
				return true
			}
		}
		return false
	}
	for _, r := range colonRuns(myText) {
		if q.Start < r.from || q.Start >= r.to {
			continue
		}
		for _, o := range others {
			if o.Unit == Seconds && minutesAndSeconds(o) && sameValue(o.Value, r.seconds) {
				return true
			}
		}
	}
	return false
}

// minutesAndSeconds reports whether q, a time measured to the second, is
// written in minutes and seconds only (3分35秒, 3 minutes 35 seconds), with
// no hours.
func minutesAndSeconds(q Quantity) bool {
	t := strings.ToLower(q.Text)
	return q.Value < 3600 && (strings.Contains(t, "分") && strings.Contains(t, "秒") ||
		strings.Contains(t, "minute") && strings.Contains(t, "second")) &&
		!strings.ContainsAny(t, "时時") && !strings.Contains(t, "hour")
}

// spacedRun is a number whose thousands are parted by a space (2 000,
// 1 250 000) or a full-width comma (5，000), from rune from to rune to of
// its text.
type spacedRun struct {
	from, to int
	value    float64
}

// isGroupMark reports whether r parts thousands in a spaced run: a space,
// a no-break or a thin space, or the full-width comma that Chinese typed in
// full-width mode writes for the comma (5，000多年), which the reader takes
// for a list's comma unless the other language states the whole.
func isGroupMark(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u2009' || r == '\u202f' || r == '，'
}

// groupMark returns the length of the mark at k that may part thousands
// in a spaced run: 1 for one of isGroupMark, 2 for a comma and a space
// ("RMB1, 500", a translation typed with a space after every comma), 0
// for none.
func groupMark(rs []rune, k int) int {
	switch {
	case isGroupMark(at(rs, k)):
		return 1
	case at(rs, k) == ',' && at(rs, k+1) == ' ':
		return 2
	}
	return 0
}

// spacedDecimals reads the decimals at k of a number that parts them in
// groups of three by a space, as Chinese standards write them (0.010 3,
// 3.141 59): a point, three digits, a mark and one to three digits. It
// returns where they end and their value.
func spacedDecimals(rs []rune, k int) (int, float64, bool) {
	if at(rs, k) != '.' || !isDigit(at(rs, k+1)) || !isDigit(at(rs, k+2)) || !isDigit(at(rs, k+3)) {
		return k, 0, false
	}
	if r := at(rs, k+4); r == '，' || !isGroupMark(r) || !isDigit(at(rs, k+5)) {
		return k, 0, false // a space, not a comma
	}
	e := k + 5
	for e < len(rs) && e < k+8 && isDigit(rs[e]) {
		e++
	}
	if isDigit(at(rs, e)) || at(rs, e) == '.' && isDigit(at(rs, e+1)) {
		return k, 0, false
	}
	digits := string(rs[k+1:k+4]) + string(rs[k+5:e])
	f, err := strconv.ParseFloat("0."+digits, 64)
	return e, f, err == nil
}

// spacedRuns finds the numbers of text whose thousands are parted by a
// space, a full-width comma, or a comma and a space: one to three digits,
// then groups of exactly three after a single mark, with no digit, point
// or comma joined to either end.
func spacedRuns(text string) []spacedRun {
	rs := []rune(text)
	var out []spacedRun
	for i := 0; i < len(rs); i++ {
		if !isDigit(rs[i]) || i > 0 && (isDigit(rs[i-1]) || strings.ContainsRune(".,:：", rs[i-1]) && !spacedBefore(rs, i-1)) {
			continue
		}
		k, v := i, 0.0
		for k < len(rs) && isDigit(rs[k]) {
			v = v*10 + float64(digitValue(rs[k]))
			k++
		}
		if k-i > 3 {
			i = k - 1
			continue
		}
		groups := 0
		for {
			m := groupMark(rs, k)
			if m == 0 || !isDigit(at(rs, k+m)) || !isDigit(at(rs, k+m+1)) || !isDigit(at(rs, k+m+2)) || isDigit(at(rs, k+m+3)) {
				break
			}
			v = v*1000 + float64(digitValue(rs[k+m])*100+digitValue(rs[k+m+1])*10+digitValue(rs[k+m+2]))
			k += m + 3
			groups++
		}
		if e, frac, ok := spacedDecimals(rs, k); ok {
			k, v, groups = e, v+frac, groups+1 // 0.010 3: 0.0103
		}
		if groups > 0 && !(strings.ContainsRune(".,", at(rs, k)) && isDigit(at(rs, k+1)) && !spacedAfter(rs, k)) {
			out = append(out, spacedRun{i, k, v})
		}
		i = k - 1
	}
	return out
}

// spacedBefore and spacedAfter report whether the comma at k parts two
// numbers of a list whose thousands are parted by spaces, with no space
// after the comma (5 778,6 984,5 220): a space and three digits end the
// number before it, and one to three digits, a space and three digits
// open the number after it.
func spacedBefore(rs []rune, k int) bool {
	return at(rs, k) == ',' && k >= 5 && isGroupMark(rs[k-4]) && rs[k-4] != '，' &&
		isDigit(rs[k-3]) && isDigit(rs[k-2]) && isDigit(rs[k-1]) && isDigit(at(rs, k-5)) && spacedAfter(rs, k)
}

func spacedAfter(rs []rune, k int) bool {
	if at(rs, k) != ',' {
		return false
	}
	e := k + 1
	for e < len(rs) && e < k+4 && isDigit(rs[e]) {
		e++
	}
	r := at(rs, e)
	return e > k+1 && !isDigit(r) && isGroupMark(r) && r != '，' &&
		isDigit(at(rs, e+1)) && isDigit(at(rs, e+2)) && isDigit(at(rs, e+3)) && !isDigit(at(rs, e+4))
}

// spacedThousands reports whether q is part of a number whose thousands
// mine parts by a space, a full-width comma or a comma and a space (2 000,
// 5，000多年, RMB1, 500) that
// others state whole (2000, 5,000 years), or a number that the other
// language writes so. The whole must agree: 2 001 against 2000 stays
// reported.
func spacedThousands(q Quantity, myText string, others []Quantity, otherText string) bool {
	for _, r := range spacedRuns(myText) {
		if q.End <= r.from || q.Start >= r.to {
			continue // q is not in the run (RMB1 of "RMB1, 500" is)
		}
		for _, o := range others {
			if sameValue(o.Value, r.value) {
				return true
			}
		}
	}
	if q.Unit != Plain && q.Unit != Year && unitKind(q.Unit) != "duration" && !isCurrency(q.Unit) {
		return false
	}
	for _, r := range spacedRuns(otherText) {
		if sameValue(q.Value, r.value) {
			return true
		}
	}
	return false
}

// pointedThousands reports whether q or one of others is a number, or an
// amount of money, whose thousands are parted by points, as much of Europe
// writes them (10.700 tests, $12.000), and the other states the same whole
// in the same unit (10,700 次, 一万二千美元). The whole must agree: 10.700
// against 10,701 stays reported.
func pointedThousands(q Quantity, others []Quantity) bool {
	if q.Unit != Plain && !isCurrency(q.Unit) {
		return false
	}
	v, pointed := pointedWhole(q.Text)
	for _, o := range others {
		if o.Unit != q.Unit {
			continue
		}
		if ov, ok := pointedWhole(o.Text); pointed && sameValue(o.Value, v) || ok && sameValue(q.Value, ov) {
			return true
		}
	}
	return false
}

// pointedWhole reads text written as one to three digits, then groups of
// three after single points (10.700, 1.250.000), as a whole number; a
// currency's sign may come before it ($12.000).
func pointedWhole(text string) (float64, bool) {
	text = strings.TrimLeftFunc(text, func(r rune) bool { return !isDigit(r) && strings.ContainsRune("$€£¥￥US", r) })
	head, rest, ok := strings.Cut(text, ".")
	if !ok || len(head) == 0 || len(head) > 3 || strings.TrimLeft(head, "0123456789") != "" {
		return 0, false
	}
	for _, g := range strings.Split(rest, ".") {
		if len(g) != 3 || strings.TrimLeft(g, "0123456789") != "" {
			return 0, false
		}
	}
	v, err := strconv.ParseFloat(head+strings.ReplaceAll(rest, ".", ""), 64)
	return v, err == nil
}

// certainlyAfter are the words after which an English 100% says
// "certainly" rather than a share: "it was 100% the phone", "I'm 100%
// sure", "100% not worth it".
var certainlyAfter = []string{"the", "a", "an", "my", "his", "her", "their", "our", "your", "this", "that",
	"it", "not", "sure", "certain", "right", "true", "correct", "worth", "recommend", "agree", "committed", "behind"}

// certainly reports whether q, an English 100% (or 100 percent) that the
// other language has no figure unpaired against, says "certainly": it
// stands before an article, a pronoun or a word of certainty (it was 100%
// the phone; 100% sure), where a share would stand before a noun or "of".
func certainly(q Quantity, myText string, other *side) bool {
	if q.Lang != article.EN || q.Unit != Percent || q.Value != 100 || len(other.unmatched) > 0 {
		return false
	}
	rs := []rune(myText)
	if q.End > len(rs) {
		return false
	}
	rest := strings.TrimLeft(string(rs[q.End:]), " ")
	word := rest
	if i := strings.IndexFunc(rest, func(r rune) bool { return !isLatin(r) }); i >= 0 {
		word = rest[:i]
	}
	word = strings.ToLower(word)
	for _, w := range certainlyAfter {
		if word == w {
			return true
		}
	}
	return false
}

// workWords are the Chinese words that follow the name of a work: a
// review, a trailer, a release, the box office (憨豆特工3评论, 战狼2上映).
var workWords = []string{"评论", "評論", "影评", "影評", "书评", "書評", "预告", "預告", "上映", "首映", "票房",
	"剧照", "劇照", "海报", "海報", "续集", "續集", "定档", "定檔", "热映", "熱映"}

// sequelNumber reports whether q, a number of one or two digits written
// straight after a Chinese name, numbers a sequel that the other language
// may name by its own title ("Johnny English Strikes Again"): before a
// word about a work (憨豆特工3评论: a review of Johnny English 3), before
// 之 and the sequel's subtitle (憨豆特工 3 之东山再起), or at the end of a
// title in 《》 or of its part before a colon (《憨豆特工2》, 《复仇者联盟4：
// 终局之战》), where the other language writes no small
// number that may be the sequel's (Kill Zone 2). Not when the other
// language leaves a figure unpaired that it may have been changed to: a
// number of the other language changed beside it is still caught.
func sequelNumber(q Quantity, text string, other *side) bool {
	if q.Lang != article.ZH || q.Unit != Plain || len(other.unmatched) > 0 {
		return false
	}
	rs := []rune(text)
	if q.End > len(rs) || q.End-q.Start > 2 {
		return false
	}
	for _, r := range rs[q.Start:q.End] {
		if !isDigit(r) {
			return false
		}
	}
	start := q.Start
	start = spacesBack(rs, start-1) + 1
	if start < 2 {
		return false
	}
	for _, r := range rs[start-2 : start] {
		if !isHan(r) || isHanNumeral(r) {
			return false
		}
	}
	rest := strings.TrimLeft(string(rs[q.End:]), " ")
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, "之")); strings.HasPrefix(rest, "之") && isHan(r) && !isHanNumeral(r) {
		return true // 憨豆特工 3 之东山再起: a sequel and its subtitle
	}
	if (strings.HasPrefix(rest, "》") || strings.HasPrefix(rest, "：")) && strings.Contains(string(rs[:start]), "《") && !smallNumberIn(other.qs) {
		return true // 《憨豆特工2》: a title ending in its sequel's number; 《复仇者联盟4：终局之战》, before its subtitle
	}
	for _, w := range workWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// smallNumberIn reports whether qs hold a plain number under 100, such as
// a sequel's.
func smallNumberIn(qs []Quantity) bool {
	return slices.ContainsFunc(qs, func(q Quantity) bool { return q.Unit == Plain && q.Value < 100 })
}
