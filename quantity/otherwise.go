package quantity

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/article"
)

// The ways of round 14 that a translation states a figure otherwise, or
// leaves out one the other language only restates (see doc.go): a count
// of the list just named, one of a unit against "per", the two volumes of
// a work, a numeral in a name written in pinyin, a month misspelt, a year
// by its last two digits, 100% against a word of wholeness, a season and
// episode written S.EE, thousands written with K, and a numeral in words
// in the title of a work.

// listCount reports whether q, a Chinese count, counts the members of a
// list the same text names, which a translation names without counting
// them: 北京交通大学、北京科技大学……北京化工大学5所高校 (the members that 、
// parts before it), 其他4人分别是甲、乙、丙、丁 (after it), or 以上4人 after
// 第一名……第二名……第三名……最后一名 (the members that ordinals number
// before it).
func listCount(q Quantity, text string) bool {
	if q.Lang != article.ZH || q.Unit != Plain || q.Value < 2 || q.Value > 20 || q.Value != math.Trunc(q.Value) {
		return false
	}
	rs := []rune(text)
	if q.Start <= 0 || q.End >= len(rs) || q.Start > len(rs) || !isHan(rs[q.End]) {
		return false
	}
	n := int(q.Value)
	before := rs[:q.Start]
	// 以上, 上述: the count looks back over the sentence to the ordinals.
	back := strings.TrimRight(string(before), " ")
	if strings.HasSuffix(back, "以上") || strings.HasSuffix(back, "上述") {
		return ordinalMembers(string(before)) == n
	}
	// A list parted by 、 right before the count, back to a clause's end,
	// or one named after it (其他4人分别是甲、乙、丙、丁).
	start := len(before)
	for start > 0 && !strings.ContainsRune("，。；：！？,;:“”\"（）()", before[start-1]) {
		start--
	}
	list := before[start:]
	if len(list) > 0 && isHan(list[len(list)-1]) && membersOf(string(list)) == n {
		return true
	}
	return followingMembers(rs[q.End:]) == n
}

// listAhead reports whether q, a small Chinese count, counts the members
// of a list that follows the text, a counting word after it and a colon
// ending the text as it ends the other language's: 主要有3个方面的挑战：
// and "The challenges are as follows:".
func listAhead(q Quantity, text, other string) bool {
	if q.Lang != article.ZH || q.Unit != Plain || q.Value < 2 || q.Value > 20 || q.Value != math.Trunc(q.Value) {
		return false
	}
	rs := []rune(text)
	if q.End > len(rs) {
		return false
	}
	rest := strings.TrimSpace(string(rs[q.End:]))
	colon := func(t string) bool { return strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") }
	counter := strings.ContainsRune("个個项項点點条條类類种種方步", at([]rune(rest), 0))
	return counter && colon(rest) && !strings.ContainsAny(rest, "。；;！？") && colon(strings.TrimSpace(other))
}

// ordinalRe finds the ordinals that number the members of a list: 第一名,
// 第二位, and 最后一名 for the last.
var ordinalRe = regexp.MustCompile(`第[一二三四五六七八九十]+[名位个個家人项項]|最后一[名位个個家人项項]|最後一[名位个個家人项項]`)

// ordinalMembers counts the distinct ordinals of text that number a list.
func ordinalMembers(text string) int {
	seen := map[string]bool{}
	for _, m := range ordinalRe.FindAllString(text, -1) {
		seen[m] = true
	}
	return len(seen)
}

// perUnit reports whether q, a Chinese 1 before a unit or measure word
// (1亩苹果的年产值), is the unit a rate counts by, which English says
// with "per" or "each" (output value per mu).
func perUnit(q Quantity, text, other string) bool {
	rs := []rune(text)
	if q.Lang != article.ZH || q.Unit != Plain || q.Value != 1 || q.End >= len(rs) || !isHan(rs[q.End]) {
		return false
	}
	return hasWordFold(other, "per") || hasWordFold(other, "each")
}

// volumesRe finds the numbered volumes or parts of a work in English:
// "Volumes 1 & 2", "Parts 1 and 2", "Vol. 1-3".
var volumesRe = regexp.MustCompile(`(?i)\b(?:volumes?|vols?\.?|parts?|books?)\s+(\d)(?:\s*(?:&|and|-|–|,)\s*(\d))?(?:\s*(?:&|and|,)\s*(\d))?`)

// volumes reports whether q, an English 1, 2 or 3, numbers the volumes or
// parts of a work that the Chinese names 上下册 or 上中下卷 (the upper and
// lower volumes), as many as it numbers.
func volumes(q Quantity, text, zh string) bool {
	if q.Lang != article.EN || q.Unit != Plain || q.Value < 1 || q.Value > 3 {
		return false
	}
	parts := 0
	switch {
	case regexp.MustCompile(`上[、]?中[、]?下[册冊卷集部篇]`).MatchString(zh):
		parts = 3
	case regexp.MustCompile(`上[、]?下[册冊卷集部篇]`).MatchString(zh):
		parts = 2
	default:
		return false
	}
	rs := []rune(text)
	for _, m := range volumesRe.FindAllStringSubmatchIndex(text, -1) {
		start, end := len([]rune(text[:m[0]])), len([]rune(text[:m[1]]))
		if q.Start < start || q.End > end || end > len(rs) {
			continue
		}
		n := 0
		for k := 2; k+1 < len(m); k += 2 {
			if m[k] >= 0 {
				n++
				if v, _ := strconv.Atoi(text[m[k]:m[k+1]]); v != n {
					return false // Volumes 1 & 3: not the two volumes in order
				}
			}
		}
		return n == parts
	}
	return false
}

// pinyinOf are the numerals as pinyin writes them, which a name keeps in
// translation: 燕十三 is Yan Shisan.
var pinyinOf = map[rune]string{
	'一': "yi", '二': "er", '三': "san", '四': "si", '五': "wu", '六': "liu", '七': "qi", '八': "ba", '九': "jiu",
	'十': "shi", '百': "bai", '千': "qian", '万': "wan", '萬': "wan", '两': "liang", '兩': "liang", '零': "ling", '〇': "ling",
}

// inPinyinName reports whether q, a numeral the Chinese writes in
// characters, is part of a name that the English writes in pinyin: 燕十三
// and "Yan Shisan". The pinyin must be four letters at least, in a word
// that begins with a capital, so that 三 is not San Francisco.
func inPinyinName(q Quantity, other string) bool {
	if q.Lang != article.ZH {
		return false
	}
	var py strings.Builder
	for _, r := range q.Text {
		p, ok := pinyinOf[r]
		if !ok {
			return false
		}
		py.WriteString(p)
	}
	want := py.String()
	if len(want) < 4 {
		return false
	}
	for _, w := range strings.FieldsFunc(other, func(r rune) bool { return !isLatin(r) && r != '\'' && r != '’' }) {
		if !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		lw := strings.Map(func(r rune) rune {
			if r == '\'' || r == '’' {
				return -1
			}
			return unicode.ToLower(r)
		}, w)
		if strings.HasPrefix(lw, want) || strings.HasSuffix(lw, want) {
			return true
		}
	}
	return false
}

// englishMonths are the months' names, January first.
var englishMonths = []string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// misspeltMonth reports whether q, a Chinese date with a year and a
// month, is written in English with the year and the month's name
// misspelt before it (2002年2月 and "Feburayr 2002"): a word of the
// month's first letter, a letter or two off its name.
func misspeltMonth(q Quantity, other string) bool {
	if q.Lang != article.ZH || q.Unit != Date {
		return false
	}
	v := int64(math.Round(q.Value))
	y, m := v/10000, v/100%100
	if y == 0 || m < 1 || m > 12 {
		return false
	}
	year := strconv.FormatInt(y, 10)
	words := strings.Fields(other)
	for i := 0; i+1 < len(words); i++ {
		next := strings.Trim(words[i+1], ",.;!?)")
		if next != year && !(i+2 < len(words) && atoi(next) == int(v%100) && strings.Trim(words[i+2], ",.;!?)") == year) {
			continue // "Augest 2025", "Augest 26, 2025"
		}
		if misspelt(words[i]) == int(m) {
			return true
		}
	}
	return false
}

// misspelt returns the month w misspells (Augest: 8), 0 when w is no
// misspelt month: five letters at least, the month's first letter, and
// two letters off at most.
func misspelt(w string) int {
	w = strings.ToLower(strings.Trim(w, ",."))
	if len(w) < 5 || slices.Contains(englishMonths, w) {
		return 0
	}
	month, best := 0, 3
	for k, name := range englishMonths {
		if d := editDistance(w, name); w[0] == name[0] && d < best {
			month, best = k+1, d // the nearest: Julye is July, not June
		}
	}
	return month
}

// dayOfMisspeltMonth reports whether q, an English day after a misspelt
// month ("Augest 26, 2025"), is the day of a date of others in that month.
func dayOfMisspeltMonth(q Quantity, text string, others []Quantity) bool {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Plain || q.Value < 1 || q.Value > 31 || q.Start < 2 || q.End > len(rs) {
		return false
	}
	before := strings.Fields(string(rs[:q.Start]))
	if len(before) == 0 {
		return false
	}
	m := misspelt(before[len(before)-1])
	return m > 0 && slices.ContainsFunc(others, func(o Quantity) bool {
		n := int(math.Round(o.Value))
		return o.Unit == Date && n/100%100 == m && n%100 == int(q.Value)
	})
}

// editDistance is the optimal string alignment distance of a and b: the
// letters inserted, dropped, changed or swapped with their neighbour.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// wholeWords are the Chinese words of wholeness that English may say as
// "100%" (全方位的服务 and "100% service"; 纯棉 and "100% cotton"; 全數贊成
// and "100% in favour").
var wholeWords = []string{"全方位", "全心全意", "全力", "完全", "十足", "彻底", "徹底", "百分之百", "纯", "純", "全数", "全數", "全部"}

// allWords are the commoner Chinese words for "all" (客户均 and "100% of
// customers"), which say 100% only where the Chinese leaves no figure
// unpaired that the 100% may have been changed from or dropped beside
// (为所有险种 beside 持股比例提高到89%).
var allWords = []string{"所有", "全体", "全體", "一律", "均", "都"}

// wholeWordsEN are the English words of wholeness a translation may say
// for a Chinese 100% (100%实现帮扶 and "all of the graduates are helped").
var wholeWordsEN = []string{"all", "every", "fully", "entirely", "completely", "wholly", "totally", "whole"}

// wholly reports whether q, a 100% the other language does not state,
// says wholeness the other language says in a word.
func wholly(q Quantity, other *side) bool {
	if q.Unit != Percent || q.Value != 100 {
		return false
	}
	if q.Lang == article.ZH {
		return slices.ContainsFunc(wholeWordsEN, func(w string) bool { return hasWordFold(other.text, w) })
	}
	words := wholeWords
	if len(other.unmatched) == 0 {
		words = append(slices.Clip(words), allWords...)
	}
	return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(other.text, w) })
}

// episodeRe finds a season and an episode in Chinese: 第二季第 10 集.
var episodeRe = regexp.MustCompile(`第\s*([0-9一二三四五六七八九十百]+)\s*季\s*第\s*([0-9一二三四五六七八九十百]+)\s*集`)

// episode reports whether q, an English S.EE (2.10), is the season and
// episode the Chinese names 第二季第 10 集.
func episode(q Quantity, zh string) bool {
	if q.Lang != article.EN || q.Unit != Plain {
		return false
	}
	season, ep, ok := strings.Cut(q.Text, ".")
	if !ok || season == "" || ep == "" {
		return false
	}
	for _, m := range episodeRe.FindAllStringSubmatch(zh, -1) {
		if numeralValue(m[1]) == season && numeralValue(m[2]) == ep {
			return true
		}
	}
	return false
}

// numeralValue writes a number of digits or Chinese numerals in digits;
// "" when it is neither.
func numeralValue(s string) string {
	if v, err := strconv.Atoi(s); err == nil {
		return strconv.Itoa(v)
	}
	if v, ok := hanValue([]rune(s)); ok && v == math.Trunc(v) {
		return strconv.Itoa(int(v))
	}
	return ""
}

// dayCode returns the digits of the month and the day of q, a day of
// the year that the other side names by them, as Chinese names events
// (九二八 and "September 28", 三二0 and "March 20"); or q itself, such
// digits (99年720), where the other side states that day.
func dayCode(q Quantity, other *side) (int, bool) {
	code := func(v float64) int {
		m, d := int(v)/100%100, dayOf(v)
		if m < 1 || m > 12 || d < 1 {
			return 0
		}
		return m*100 + d
	}
	if q.Unit == Date {
		c := code(q.Value)
		return c, c > 0 && mentionedValue(float64(c), other)
	}
	if q.Lang != article.ZH || q.Unit != Plain || q.Value < 101 || q.Value > 1231 || q.Value != math.Trunc(q.Value) {
		return 0, false
	}
	c := int(q.Value)
	return c, slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return o.Unit == Date && code(o.Value) == c })
}

// letterScaleRe finds a number written with a letter for its scale: 50K,
// 12k, 2M, 1.5B.
var letterScaleRe = regexp.MustCompile(`\b(\d{1,3}(?:\.\d{1,2})?)(?:\s*[-–~]\s*(\d{1,3}(?:\.\d{1,2})?))?([KkMBT])\b`)

// letterScales are the scales the letters of letterScaleRe name.
var letterScales = map[string]float64{"K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}

// letterRangeFrom reports whether q opens a range whose end is written
// with a letter for its scale (2-3T tokens), and the other language
// states q in that scale ("2-3 trillion tokens").
func letterRangeFrom(q Quantity, text string, other *side) bool {
	rs := []rune(text)
	if q.Start < 0 || q.End > len(rs) {
		return false
	}
	m := letterScaleRe.FindStringSubmatchIndex(string(rs[q.Start:]))
	if m == nil || m[0] != 0 || m[4] < 0 || utf8.RuneCountInString(string(rs[q.Start:])[:m[3]]) != q.End-q.Start {
		return false
	}
	return hasValue(other.qs, q.Value*letterScales[string(rs[q.Start:])[m[6]:m[7]]])
}

// inLetterScale reports whether q, an amount of thousands or more, is
// written in the other language with a letter for its scale (5万元 and
// "50K", 200万 and "2M teachers", "671 billion" and 671B 参数, 14.8T
// token, "1100 GPU cards", read as a year, and 1.1K张), which Extract does not read as a figure, as 4K and 5G may be
// names.
func inLetterScale(q Quantity, other string) bool {
	if q.Unit != Plain && q.Unit != Year && !isCurrency(q.Unit) || q.Value < 1000 {
		return false
	}
	for _, m := range letterScaleRe.FindAllStringSubmatch(other, -1) {
		for _, d := range m[1:3] {
			if v, err := strconv.ParseFloat(d, 64); err == nil && sameValue(v*letterScales[m[3]], q.Value) {
				return true // 2-3T: 2 trillion and 3 trillion
			}
		}
	}
	return false
}

// inTitleWords reports whether q, a Chinese numeral in characters, stands
// inside the title of a work (《十月围城》, a film the English calls "The
// Stand-in"), which a translation may name by another title, and the
// other language has no figure left without a counterpart that the
// title's may have been changed to. Digits in a title (《杀破狼2》 and
// "Kill Zone 2") are still compared.
func inTitleWords(q Quantity, text string, other *side) bool {
	if q.Lang != article.ZH || len(other.unmatched) > 0 || strings.ContainsAny(q.Text, "0123456789０１２３４５６７８９") {
		return false
	}
	rs := []rune(text)
	if q.Start < 0 || q.End > len(rs) {
		return false
	}
	before := string(rs[:q.Start])
	open := strings.LastIndexAny(before, "《〈")
	if open < 0 || strings.ContainsAny(before[open:], "》〉") {
		return false
	}
	return strings.ContainsAny(string(rs[q.End:]), "》〉")
}

// The ways of round 20: a list named after its count, and a service's
// telephone number before the service; of round 21, a turn of 180
// degrees.

// listOpeners begin a list named after the count of its members (其他4人分别
// 是, 三个国家包括, 两项工作：).
var listOpeners = []string{"分别是", "分别为", "包括", "是", "为", "：", ":"}

// followingMembers counts the members of a list parted by 、 that rest,
// the text after a count, names within a few characters, to the end of
// its clause: 4 for 人分别是甲、乙、丙和丁. It returns 0 when no list follows.
func followingMembers(rest []rune) int {
	k := 0
	for k < len(rest) && k < 6 && isHan(rest[k]) {
		for _, w := range listOpeners {
			if strings.HasPrefix(string(rest[k:]), w) {
				list := []rune(strings.TrimPrefix(string(rest[k:]), w))
				end := 0
				for end < len(list) && !strings.ContainsRune("，。；：！？,;!?（）()", list[end]) {
					end++
				}
				return membersOf(string(list[:end]))
			}
		}
		k++
	}
	return 0
}

// membersOf counts the members of a list parted by 、, the last one joined
// by 和, 及 or 与 (甲、乙和丙: three); 0 for text with no 、.
func membersOf(list string) int {
	last := strings.LastIndex(list, "、")
	if last < 0 {
		return 0
	}
	n := strings.Count(list, "、") + 1
	if strings.ContainsAny(list[last:], "和及与") {
		n++
	}
	return n
}

// hotlineWords name the services that Chinese calls by their telephone
// number: 120急救车 (the ambulance), 110报警, 12345热线.
var hotlineWords = []string{"急救", "救护车", "报警", "火警", "热线", "专线"}

// hotline reports whether q, a Chinese number of three to five digits
// beginning with 1, is the telephone number of the service named after it,
// which a translation may name by the service alone ("the ambulance").
func hotline(q Quantity, text string) bool {
	if q.Lang != article.ZH || q.Unit != Plain {
		return false
	}
	rs := []rune(text)
	if q.End > len(rs) || q.End-q.Start < 3 || q.End-q.Start > 5 || rs[q.Start] != '1' {
		return false
	}
	for _, r := range rs[q.Start:q.End] {
		if r < '0' || r > '9' {
			return false
		}
	}
	rest := strings.TrimLeft(string(rs[q.End:]), " ")
	for _, w := range hotlineWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// turnWords follow a turn of 180 degrees said as a figure of speech (180度
// 的大转变, "a 180-degree shift"), which a translation may say in words
// ("totally change", 彻底转向).
var turnWords = []string{"转", "掉头", "逆转", "变",
	"turn", "u-turn", "about-face", "reversal", "shift", "change", "swing", "switch"}

// aboutTurn reports whether q, 180 or 360 of degrees, is a turn said as a
// figure of speech: 180度的大转变, "a 180-degree turn", 360度大转弯 (a
// complete reversal, as Chinese says it too).
func aboutTurn(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Value != 180 && q.Value != 360 || q.End > len(rs) {
		return false
	}
	rest := strings.ToLower(strings.TrimLeft(string(rs[q.End:]), " "))
	for _, w := range []string{"度", "°", "-degree", " degree", "degrees", "degree"} {
		rest = strings.TrimLeft(strings.TrimPrefix(rest, w), " ")
	}
	for _, w := range []string{"的", "大", "s"} {
		rest = strings.TrimLeft(strings.TrimPrefix(rest, w), " ")
	}
	for _, w := range turnWords {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// complementShare reports whether q, a share, and an unmatched share of
// the other side add up to 100 % where the English one says by how much
// less (百分之七十 and "30 percent less than"; 降為百分之八十 and
// "decreased by 20 percent"): one sentence, said from either end.
func complementShare(q Quantity, mine, other *side) bool {
	if q.Unit != Percent || q.Value <= 0 || q.Value >= 100 {
		return false
	}
	return slices.ContainsFunc(other.unmatched, func(o Quantity) bool {
		if o.Unit != Percent || !sameValue(q.Value+o.Value, 100) {
			return false
		}
		if q.Lang == article.EN {
			return lessBy(q, mine.text)
		}
		return lessBy(o, other.text)
	})
}

// lessWords are the English words before "by" that make a share the part
// taken off (decreased by 20 percent).
var lessWords = []string{"decreased", "reduced", "cut", "fallen", "fell", "dropped", "lowered", "discounted"}

// lessBy reports whether q, an English share in text, is a part taken off:
// "less than", "lower than" or "below" after it, or a word of lessWords and
// "by" before it.
func lessBy(q Quantity, text string) bool {
	rs := []rune(text)
	if q.End > len(rs) || q.Start > q.End {
		return false
	}
	after := strings.ToLower(string(rs[q.End:min(q.End+12, len(rs))]))
	if hasAnyPrefix(after, " less than", " lower than", " below") {
		return true
	}
	before := strings.Fields(strings.ToLower(string(rs[max(0, q.Start-20):q.Start])))
	n := len(before)
	return n >= 2 && before[n-1] == "by" && slices.Contains(lessWords, before[n-2])
}

// hasAnyPrefix reports whether s begins with one of prefixes.
func hasAnyPrefix(s string, prefixes ...string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// hasAnySuffix reports whether s ends with one of suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(x string) bool { return strings.HasSuffix(s, x) })
}

// raceClockRe finds a time in minutes and seconds as sport reports the
// clock: with primes (6′09″, also typed with apostrophes) or with points
// and its hundredths (1.57.05).
var raceClockRe = regexp.MustCompile(`\b(\d{1,2})(?:['′](\d{2})(?:''|″|")|\.(\d{2})\.(\d{2})\b)`)

// partSecondRe finds a fraction of a second in English words or digits
// ("six one-hundredths of a second", as a reporter may misspell it).
var partSecondRe = regexp.MustCompile(`(?i)\b([a-z]+|\d+)(?: one)?[- ]?(tenths|hundredths|hundreths|thousandths) of a second`)

// raceTime is a time a text writes as a race clock, its runes from start
// to end: seconds, to the hundredth where exact says it gives them.
type raceTime struct {
	start, end int
	seconds    float64
	exact      bool
}

// raceTimesIn returns the times text writes as a race clock: 6′09″,
// 1.57.05, "six hundredths of a second".
func raceTimesIn(text string) []raceTime {
	var out []raceTime
	runes := func(b int) int { return utf8.RuneCountInString(text[:b]) }
	num := func(m []int, k int) float64 { n, _ := strconv.Atoi(text[m[k]:m[k+1]]); return float64(n) }
	if strings.ContainsAny(text, "'′.") {
		for _, m := range raceClockRe.FindAllStringSubmatchIndex(text, -1) {
			if m[4] >= 0 {
				out = append(out, raceTime{runes(m[0]), runes(m[1]), num(m, 2)*60 + num(m, 4), false})
			} else {
				out = append(out, raceTime{runes(m[0]), runes(m[1]), num(m, 2)*60 + num(m, 6) + num(m, 8)/100, true})
			}
		}
	}
	if strings.Contains(text, "of a second") {
		for _, m := range partSecondRe.FindAllStringSubmatchIndex(text, -1) {
			n, err := strconv.ParseFloat(text[m[2]:m[3]], 64)
			if err != nil {
				n = wordNumbers[strings.ToLower(text[m[2]:m[3]])]
			}
			part := map[string]float64{"tenths": 10, "hundredths": 100, "hundreths": 100, "thousandths": 1000}[strings.ToLower(text[m[4]:m[5]])]
			if n > 0 {
				out = append(out, raceTime{runes(m[0]), runes(m[1]), n / part, true})
			}
		}
	}
	return out
}

// states reports whether the race time r states v seconds: to the
// hundredth where it gives them, else to the second.
func (r raceTime) states(v float64) bool {
	if r.exact {
		return math.Abs(r.seconds-v) < 0.005
	}
	return r.seconds == math.Trunc(v)
}

// raceClock reports whether q is a time in seconds the other side writes
// as a race clock (6分09秒 and 6′09″, 1分57秒05 and 1.57.05, 0.06秒 and
// "six one-hundredths of a second"), or a piece of such a time whose
// seconds the other side states.
func raceClock(q Quantity, mine, other *side) bool {
	if q.Unit == Seconds {
		return slices.ContainsFunc(other.raceTimes(), func(r raceTime) bool { return r.states(q.Value) })
	}
	return slices.ContainsFunc(mine.raceTimes(), func(r raceTime) bool {
		return q.Start >= r.start && q.End <= r.end &&
			slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Unit == Seconds && r.states(o.Value) })
	})
}

// inTableAlone reports whether q stands in or after a table drawn with
// box-drawing characters (┌───┬───┐) in its text, where the other text
// draws none: a translation of a law may carry the table the original
// gives apart, or leave it out.
func inTableAlone(q Quantity, mine, other *side) bool {
	box := func(r rune) bool { return r >= 0x2500 && r <= 0x257F && (r < 0x2571 || r > 0x2573) } // not ╱, Hong Kong's slash: 盈利╱（虧損）
	if strings.ContainsFunc(other.text, box) {
		return false
	}
	first := strings.IndexFunc(mine.text, box)
	return first >= 0 && q.Start >= utf8.RuneCountInString(mine.text[:first])
}

// datedEvents are events Chinese names by their date, which English names
// by the date or the year written out: 六四 and the movement of 1989 (八九民运,
// 89民运) that it ended on 4 June 1989, the May Fourth Movement of 1919.
var datedEvents = []struct {
	names            []string // simplified and traditional
	year, month, day int
}{
	{[]string{"六四", "八九民运", "89民运", "89 民运", "八九学运", "89学运", "八九民運", "89民運", "89 民運", "八九學運", "89學運"}, 1989, 6, 4},
	{[]string{"五四运动", "五四運動"}, 1919, 5, 4},
}

// datedEvent returns the Chinese name of an event dated by q, an English
// date or year the Chinese text names the event by (June 4th and 六四,
// 1989 and 八九民运), or by which q, the number in a Chinese name, names
// an event whose date or year the English text writes (89民运 and "the
// 1989 movement").
func datedEvent(q Quantity, mine, other *side) (string, bool) {
	dates := func(o Quantity, year, month, day int) bool {
		v := int(o.Value + 0.5)
		return o.Unit == Year && v == year ||
			o.Unit == Date && v%10000 == month*100+day && (v/10000 == 0 || v/10000 == year)
	}
	for _, ev := range datedEvents {
		for _, name := range ev.names {
			switch {
			case q.Lang == article.EN && strings.Contains(other.text, name) && dates(q, ev.year, ev.month, ev.day):
				return name, true
			case q.Lang == article.ZH && strings.HasPrefix(string([]rune(mine.text)[min(q.Start, len([]rune(mine.text))):]), name) &&
				slices.ContainsFunc(other.qs, func(o Quantity) bool { return dates(o, ev.year, ev.month, ev.day) }):
				return name, true
			}
		}
	}
	return "", false
}

// plenumNumber reports whether q, a Chinese number, counts the Central
// Committee whose plenary session a name gives (十一届三中全会: the Third
// Plenum of the 11th Central Committee), which a translation may call "the
// session".
func plenumNumber(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Lang != article.ZH || at(rs, q.End) != '届' {
		return false
	}
	return strings.Contains(string(rs[q.End:min(len(rs), q.End+6)]), "中全会")
}

// stockIndices lists, for each family of stock indices named with a
// number (S&P 500, 富时100, Russell 2000), the names it goes by in both
// languages.
var stockIndices = [][]string{
	{"S&P", "标普", "標普", "标准普尔", "標準普爾"},
	{"FTSE", "富时", "富時"},
	{"Russell", "罗素", "羅素"},
	{"Nikkei", "日经", "日經"},
	{"CSI", "沪深", "滬深", "中证", "中證"},
	{"STOXX", "Stoxx", "斯托克"},
}

// nameFollowedBy reports whether text holds one of names followed, past
// spaces, by a rune that after accepts.
func nameFollowedBy(text string, names []string, after func(r rune) bool) bool {
	for _, n := range names {
		for rest := text; ; {
			i := strings.Index(rest, n)
			if i < 0 {
				break
			}
			rest = rest[i+len(n):]
			if after(firstRune(strings.TrimLeft(rest, " "))) {
				return true
			}
		}
	}
	return false
}

// indexReferredRe finds a Chinese reference back to an index named
// before: 该指数, 該指數, 此指数, 这一指数.
var indexReferredRe = regexp.MustCompile(`[该該此这這]一?指[数數]`)

// indexNamed reports whether q is the number in a stock index's name (标普
// 500, "the S&P 500") and other, the other language's text, names the
// index without its number ("the S&P", 标普指数): the same index, called
// by a shorter name, or refers back to it (該指數, "the index"). An index
// the other text does not name at all is left to be reported: "The FTSE
// 250 firm" against 该公司 leaves it out.
func indexNamed(q Quantity, text, other string) bool {
	if q.Unit != Plain {
		return false
	}
	rs := []rune(text)
	before := strings.TrimRight(string(rs[:min(q.Start, len(rs))]), " ")
	for _, names := range stockIndices {
		if !slices.ContainsFunc(names, func(n string) bool { return strings.HasSuffix(before, n) }) {
			continue
		}
		if (indexReferredRe.MatchString(other) || strings.Contains(strings.ToLower(other), "the index")) && !nameFollowedBy(other, names, isDigit) {
			return true // 在該指數連續兩年錄得雙位數字的升幅後 and "after the CSI 300 Index registering …"; not where 标普500 stands
		}
		if nameFollowedBy(other, names, func(r rune) bool { return !isDigit(r) && (r >= utf8.RuneSelf || !unicode.IsLetter(r)) }) {
			return true // "the S&P", "S&P's", 标普指数; not "CSIS" nor "S&P 500"
		}
	}
	return false
}

// percentileRe finds a percentile named by its rank: the 99th percentile,
// P99, 99分位, 第99百分位.
var percentileRe = regexp.MustCompile(`(?i)\b([0-9]{1,2})(?:st|nd|rd|th)[ -]percentile|\bp([0-9]{1,2})\b|第?([0-9]{1,2})\s*百?分位`)

// rankRe finds an English ordinal in digits: the 50th.
var rankRe = regexp.MustCompile(`\b([0-9]{1,2})(?:st|nd|rd|th)\b`)

// percentileNamed reports whether q, a percentage, is a percentile the
// other text names by its rank: 在 99% 时 and "in the 99th percentile",
// 50%、90% 和 99% and "the 50th, 90th, and 99th percentiles", as a
// translator may write a latency's percentile.
func percentileNamed(q Quantity, other *side) bool {
	if q.Unit != Percent || q.Value != math.Trunc(q.Value) || !strings.ContainsAny(other.text, "Pp分") {
		return false
	}
	matches := percentileRe.FindAllStringSubmatch(other.text, -1)
	if strings.Contains(strings.ToLower(other.text), "percentile") {
		matches = append(matches, rankRe.FindAllStringSubmatch(other.text, -1)...)
	}
	for _, m := range matches {
		for _, g := range m[1:] {
			if v, err := strconv.Atoi(g); err == nil && float64(v) == q.Value {
				return true
			}
		}
	}
	return false
}

// dayNumberRe finds a day numbered with 第 and 天: 第 0 天.
var dayNumberRe = regexp.MustCompile(`第\s*([0-9]+)\s*天`)

// dayNumbered reports whether q, an English number after "day" (day-0,
// Day 1), numbers a day the Chinese numbers with 第 and 天 (第 0 天): the
// label of a stage, read by neither language as a figure alike.
func dayNumbered(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Lang != article.EN || q.Unit != Plain || q.Start < 4 || q.End > len(rs) {
		return false
	}
	if before := strings.ToLower(string(rs[q.Start-4 : q.Start])); before != "day-" && before != "day " {
		return false
	}
	for _, m := range dayNumberRe.FindAllStringSubmatch(other.text, -1) {
		if v, err := strconv.Atoi(m[1]); err == nil && float64(v) == q.Value {
			return true
		}
	}
	return false
}

// congressRe finds a National Congress of the Party named by its number
// (十八大, 党的十九大, 二十大), congressRe's group its number; planRe a
// five-year plan (“十三五”时期, 十四五规划), its group the units of its
// number after ten.
var (
	congressRe = regexp.MustCompile(`(十[二三四五六七八九]|二十[一二]?)大`)
	planRe     = regexp.MustCompile(`十([一二三四六七八九])五(?:”|"|规划|規劃|计划|計劃|时期|時期|期间|期間)`)
)

// yearNamed reports whether q, an English year, is the year of a Party
// congress the Chinese names by its number (the 18th, 2012: 1982 and every
// five years after) or one of the years of a five-year plan it names (十三五:
// 2016 to 2020), which a translation may add for its reader ("the 18th
// National Congress in 2012", "from 2016 through 2020"); not where the
// Chinese leaves a year of its own unmatched, which the English year may
// have been changed from.
func yearNamed(q Quantity, other *side) bool {
	if q.Lang != article.EN || q.Unit != Year || !strings.ContainsAny(other.text, "大五") ||
		slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return o.Unit == Year }) {
		return false
	}
	y := int(q.Value)
	for _, m := range congressRe.FindAllStringSubmatch(other.text, -1) {
		if n, ok := hanValue([]rune(m[1])); ok && y == 1982+5*(int(n)-12) {
			return true
		}
	}
	for _, m := range planRe.FindAllStringSubmatch(other.text, -1) {
		n := 10 + hanDigits[[]rune(m[1])[0]]
		if start := 1956 + 5*(n-1); y >= start && y < start+5 {
			return true
		}
	}
	return false
}

// itemNumberRe finds a number that closes with a bracket, as items are
// numbered: 1), 2）.
var itemNumberRe = regexp.MustCompile(`[0-9]+\s*[)）]`)

// inlineItem reports whether q, in English, numbers an item inside a
// sentence ("both to 1) incorporate … and 2) contribute"): a space
// before it, a closing bracket after it, and the item before or after it
// numbered so, where the Chinese numbers no item. Where it does, the
// numbers are compared as figures.
func inlineItem(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Lang != article.EN || q.Unit != Plain || q.Start < 1 || q.End >= len(rs) || rs[q.End] != ')' || rs[q.Start-1] != ' ' ||
		q.Value != math.Trunc(q.Value) || q.Value > 20 || itemNumberRe.MatchString(other.text) {
		return false
	}
	v := int(q.Value)
	return strings.Contains(string(rs[q.End:]), " "+strconv.Itoa(v+1)+")") || v > 1 && strings.Contains(string(rs[:q.Start]), " "+strconv.Itoa(v-1)+")")
}
