package quantity

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"tandem/article"
)

// Numbers that are figures of speech: a translator renders them with
// another number or with none, and a reader would not call that a changed
// figure.

// likelyAdverb reports whether q is 八成 used as the adverb "most likely"
// (天气八成会放晴, 他八成是忘了) rather than 80 %: it stands before a verb
// or an adverb, and not after a word that introduces a share (有八成,
// 占八成, 约八成, 的八成).
func likelyAdverb(q Quantity, text string) bool {
	if q.Lang != article.ZH || q.Unit != Percent || q.Text != "八成" {
		return false
	}
	rs := []rune(text)
	if strings.ContainsRune("有占约約近超达達逾的了将將和及或至到为為是", at(rs, q.Start-1)) {
		return false
	}
	return strings.ContainsRune("会會要就是在能已不没沒也还還又得把被都想可", at(rs, q.End))
}

// roundWords are the English round numbers said with "a" that serve as
// figures of speech (worth a thousand words, a hundred times, a million
// reasons).
var roundWords = map[string]float64{"a hundred": 100, "a thousand": 1e3, "a million": 1e6}

// countless are the Chinese words for a number past counting (无数,
// 数不清, 不计其数), which a translator may render with a round number.
var countless = []string{"无数", "無數", "数不清", "數不清", "数不胜数", "數不勝數", "不计其数", "不計其數", "无穷", "無窮"}

// figureOfSpeech reports whether q, an English round number said with "a"
// (a thousand), faces a Chinese text that has a round numeral (百, 千, 万)
// the check does not read as a figure (百闻不如一见, 千方百计, 万无一失):
// an idiom with a number on each side, which need not agree; or a word
// for countless (无数: "like a thousand other days").
func figureOfSpeech(q Quantity, other *side) bool {
	if q.Lang != article.EN || q.Unit != Plain {
		return false
	}
	if _, ok := roundWords[strings.ToLower(q.Text)]; !ok {
		return false
	}
	if containsAny(other.text, countless...) {
		return true // like a thousand other days: 与其他无数日子
	}
	rs := []rune(other.text)
	for i, r := range rs {
		if !strings.ContainsRune("百千万萬", r) {
			continue
		}
		read := false
		for _, o := range other.qs {
			if o.Start <= i && i < o.End {
				read = true
				break
			}
		}
		if !read && !isHanNumeral(at(rs, i-1)) && !isDigit(at(rs, i-1)) && !isHanNumeral(at(rs, i+1)) {
			return true
		}
	}
	return false
}

// setPhrases are Chinese set phrases whose numerals are no figures: a
// translator renders their sense (退一万步 "at the very least", 三天两头
// "often", 十万八千里 "worlds apart", 半斤八两 "six of one, half a dozen
// of the other", 说一千道一万 "in essence", 接二连三 "one after another",
// 八股 the eight-legged essay, "hackneyed"), or words (十二指肠, the
// duodenum; 十六进制, hexadecimal).
var setPhrases = []string{
	"退一万步", "一万个不", "十万火急", "十万八千里", "三天两头", "三天打鱼", "两天晒网",
	"十年寒窗", "十年树木", "百年树人", "半斤八两", "九九八十一", "三百六十行", "千千万万",
	"十有八九", "十之八九", "八九不离十", "一传十", "十传百", "以一当十", "一目十行",
	"十拿九稳", "三十六计", "七十二变", "九牛二虎", "一年半载", "三年五载", "三五成群",
	"兩天曬網", "三天兩頭", "退一萬步", "十萬火急", "十萬八千里", "半斤八兩", "千千萬萬",
	"五十步笑百步", "说一千道一万", "說一千道一萬", "三番五次", "三番两次", "三番兩次", "接二连三", "接二連三",
	"不三不四", "朝三暮四", "十八般", "八股", "九出十三归", "九出十三歸",
	"十二分的", "十二分地", // more than wholly: 以十二分的耐心, "120% patient"
	"初一十五", "十二指肠", "十二指腸", // the new and the full moon, the first and the fifteenth of a lunar month; the duodenum
	"二进制", "八进制", "十进制", "十六进制", "二進制", "八進制", "十進制", "十六進制", // binary, octal, decimal, hexadecimal
	"三项全能", "三項全能", "铁人三项", "鐵人三項", "五项全能", "五項全能", "七项全能", "七項全能", "十项全能", "十項全能", // triathlon, pentathlon, heptathlon, decathlon
}

// ageWords are the Chinese words for an age of life, from the Analects and
// custom, and that age: 而立之年, thirty.
var ageWords = []struct {
	word string
	age  float64
}{
	{"弱冠", 20}, {"而立", 30}, {"不惑", 40}, {"知天命", 50}, {"知命之年", 50}, {"天命之年", 50},
	{"花甲", 60}, {"耳顺", 60}, {"耳順", 60}, {"古稀", 70}, {"从心之年", 70}, {"從心之年", 70},
}

// ageInWords returns the Chinese word with which the other text says q,
// an age (30, "over the age of 30"), as an age of life: 已过而立之年.
func ageInWords(q Quantity, other *side) (string, bool) {
	if q.Lang != article.EN || q.Unit != Plain && q.Unit != Years {
		return "", false
	}
	for _, w := range ageWords {
		if w.age == q.Value && strings.Contains(other.text, w.word) {
			return w.word, true
		}
	}
	return "", false
}

// inSetPhrase returns the end of the set phrase that covers the numeral
// run starting at i, if one does.
func (s *scanner) inSetPhrase(i int) (int, bool) {
	for _, p := range setPhrases {
		n := len([]rune(p))
		for start := max(0, i-n+1); start <= i; start++ {
			if s.has(start, p) {
				return start + n, true
			}
		}
	}
	return i, false
}

// yearInName reports whether q, a year, is part of a name (Qatar 2022,
// the 2018 Olympic Games, 2017 China … Contest; in Chinese, digits that
// open an event's name, 2018汇添富南京山地马拉松组委会, 2017 Run For
// Beauty) and the other language states no year or date at all:
// translators add or drop the year of an event's name where the other
// names it by place or as 本届.
func yearInName(q Quantity, mine, other *side) bool {
	if q.Unit != Year && q.Unit != Plain || q.Value < 1900 || q.Value > 2099 ||
		q.Value != math.Trunc(q.Value) || calendarIn(other.qs) || mentionedValue(q.Value, other) {
		return false
	}
	rs := []rune(mine.text)
	if q.End > len(rs) || q.Start < 0 {
		return false
	}
	capitalAt := func(i int) bool { return i >= 0 && i < len(rs) && unicode.IsUpper(rs[i]) }
	if q.End+1 < len(rs) && rs[q.End] == ' ' && capitalAt(q.End+1) {
		return true // the 2018 Olympic Games
	}
	if q.Lang == article.ZH {
		return q.Text == strconv.Itoa(int(q.Value)) && eventNamed(rs[q.End:])
	}
	b := q.Start - 1
	if b < 1 || rs[b] != ' ' || !isLatin(rs[b-1]) {
		return false
	}
	w := b - 1
	for w > 0 && isLatin(rs[w-1]) {
		w--
	}
	word := strings.ToLower(string(rs[w:b]))
	switch word {
	case "in", "by", "since", "from", "until", "till", "for", "on", "at", "after", "before", "during", "of", "to", "and", "or", "than":
		return false // In 2022: a year, not a name
	}
	return capitalAt(w) // Qatar 2022
}

// eventNouns end the Chinese name of an event or of a body that holds it:
// a race, a games, a fair, a forum, a prize, its committee.
const eventNouns = "赛賽会會节節展杯奖獎坛壇"

// eventNamed reports whether rs, the text after a year's digits, opens
// with a name that an event's word ends within a few characters
// (汇添富南京山地马拉松组委会), not with 年 or a measure.
func eventNamed(rs []rune) bool {
	for k := 0; k < len(rs) && k < 16 && isHan(rs[k]); k++ {
		if k > 0 && strings.ContainsRune(eventNouns, rs[k]) {
			return true
		}
		if k == 0 && (rs[k] == '年' || isHanNumeral(rs[k]) || strings.ContainsRune(countMeasures, rs[k])) {
			return false
		}
	}
	return false
}

// aroundTheClock are the words that say "24 hours a day", or a day of 24
// hours, without the number, in either language (一整天 and "in 24 hours").
var aroundTheClock = []string{"round the clock", "round-the-clock", "24/7", "all day", "day and night",
	"always", "a whole day", "a full day", "全天候", "昼夜", "晝夜", "全天", "随时", "隨時", "一天", "一整天", "整天", "一日"}

// dayAndNight reports whether q is 24 hours and the other text says it
// without the number (24 小时 and "round the clock").
func dayAndNight(q Quantity, otherText string) bool {
	if q.Unit != Hours || q.Value != 24 {
		return false
	}
	lower := strings.ToLower(otherText)
	for _, w := range aroundTheClock {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// someTens reports whether q, a Chinese count of some tens (20多,
// 三十余, 四十几), stands against English dozens or scores, which say as
// much without a number: 20多家投资方 and "dozens of investors".
func someTens(q Quantity, myText, otherText string) bool {
	rs := []rune(myText)
	if q.Lang != article.ZH || q.Value < 20 || q.Value > 90 || math.Mod(q.Value, 10) != 0 || q.End >= len(rs) ||
		!strings.ContainsRune("多余餘几幾来來", rs[q.End]) {
		return false
	}
	lower := strings.ToLower(otherText)
	return strings.Contains(lower, "dozens") || strings.Contains(lower, "scores of")
}

// fractionApart returns the numerator and denominator of q, an English
// fraction in words ("six out of seven", "one in six"), when the other
// text writes both apart: 七項一級賽其中六項 says six out of seven as the
// seven races and the six won.
func fractionApart(q Quantity, other *side) (n, m int, ok bool) {
	if q.Lang != article.EN || q.Unit != Plain || q.Value <= 0 || q.Value >= 1 ||
		!strings.Contains(q.Text, " out of ") && !strings.Contains(q.Text, " in ") {
		return 0, 0, false
	}
	for m = 2; m <= 1000; m++ {
		n = int(math.Round(q.Value * float64(m)))
		if n >= 1 && sameValue(float64(n)/float64(m), q.Value) && mentionedValue(float64(n), other) && mentionedValue(float64(m), other) {
			return n, m, true
		}
	}
	return 0, 0, false
}

// scaleOfTableRe finds an English heading's unit of money with its scale
// and no number: (HK$M), "in HK$ million", "RMB million", "in millions".
var scaleOfTableRe = regexp.MustCompile(`(?i)(?:\b[A-Z]{0,3}\$|\bRMB|€|£)\s?(?:m|mn|million|millions)\b|\bin millions\b`)

// scaleOfTable reports whether q, a Chinese scale and currency with no
// number (百萬港元), is a table's unit of money that the English writes
// without a number too: 捐款（百萬港元） and "donations (HK$M)".
func scaleOfTable(q Quantity, otherText string) bool {
	return q.Lang == article.ZH && isCurrency(q.Unit) && !strings.ContainsFunc(q.Text, isHanDigitOrDigit) && scaleOfTableRe.MatchString(otherText)
}

// isHanDigitOrDigit reports whether r is an Arabic digit or a Chinese
// digit other than a scale.
func isHanDigitOrDigit(r rune) bool {
	_, han := hanDigits[r]
	return han || isDigit(r)
}

// aSide reports whether q, in English, counts the players of a game's
// form (15-a-side, seven-a-side): a name, not a count.
func aSide(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Lang != article.EN || q.End > len(rs) {
		return false
	}
	rest := strings.ToLower(string(rs[q.End:min(len(rs), q.End+8)]))
	return strings.HasPrefix(rest, "-a-side") || strings.HasPrefix(rest, "-aside") || strings.HasPrefix(rest, " a side")
}

// totalBefore are the words that say the figure after them is a sum:
// 共计 2000 余人, a total of 2,000.
var totalBefore = []string{"共计", "共計", "合计", "合計", "总计", "總計", "总共", "總共", "一共", "共", "total of", "totalling", "totaling"}

// isTotal reports whether text says that q is a sum: a word of totalBefore
// just before it, or "in all" or "in total" after it.
func isTotal(q Quantity, rs []rune) bool {
	if q.End > len(rs) || q.Start < 0 || q.Start > q.End {
		return false
	}
	before := strings.ToLower(strings.TrimRight(string(rs[max(0, q.Start-14):q.Start]), " 约約达達近超过過逾"))
	for _, w := range totalBefore {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	after := strings.ToLower(string(rs[q.End:min(len(rs), q.End+40)]))
	return strings.Contains(after, " in all") || strings.Contains(after, " in total")
}

// sumOfParts reports whether q is a total that the other language states
// as two parts, or one part of such a total: 共计 2000 余人 against 1,500
// and "other 500". The total must be said to be one (isTotal), the parts
// be of its unit, one part at least have no counterpart, no part be the
// sum of two figures beside it (共有3例（1例…，2例…）: 3 and 1 are no
// parts of "a total of 4"), and neither part be below a fiftieth of the
// total (348 and the 1 of 1区 are no parts of
// "a total of 349": a figure one off is a changed one).
func sumOfParts(q Quantity, mine, others []Quantity, myText, otherText []rune) bool {
	if q.Value <= 0 {
		return false
	}
	// q a part: q and another figure of mine add up to a total of others
	// that has no counterpart here.
	for _, o := range others {
		if !sameCount(o.Unit, q.Unit) || o.Value <= q.Value || !isTotal(o, otherText) || hasCounterpart(o, mine) || sumOfTwo(q, mine) {
			continue
		}
		for _, p := range mine {
			if p.Start != q.Start && sameCount(p.Unit, q.Unit) && sameValue(q.Value+p.Value, o.Value) && min(p.Value, q.Value) >= o.Value/50 && !sumOfTwo(p, mine) {
				return true
			}
		}
	}
	// q the total: two figures of others add up to it, one of them without
	// a counterpart here.
	if !isTotal(q, myText) {
		return false
	}
	for a, o1 := range others {
		for _, o2 := range others[a+1:] {
			if sameCount(o1.Unit, q.Unit) && sameCount(o2.Unit, q.Unit) && sameValue(o1.Value+o2.Value, q.Value) &&
				min(o1.Value, o2.Value) >= q.Value/50 && (!hasCounterpart(o1, mine) || !hasCounterpart(o2, mine)) &&
				!sumOfTwo(o1, others) && !sumOfTwo(o2, others) {
				return true
			}
		}
	}
	return false
}

// sumOfTwo reports whether two other figures of qs add up to q.
func sumOfTwo(q Quantity, qs []Quantity) bool {
	for a, x := range qs {
		for _, y := range qs[a+1:] {
			if x.Start != q.Start && y.Start != q.Start && sameCount(x.Unit, q.Unit) && sameCount(y.Unit, q.Unit) && sameValue(x.Value+y.Value, q.Value) {
				return true
			}
		}
	}
	return false
}

// sameCount reports whether units a and b may count the same things: the
// same unit, or plain numbers, which Extract reads as years when they have
// four digits (共计 2000 余人).
func sameCount(a, b string) bool {
	countish := func(u string) bool { return u == Plain || u == Year }
	return a == b || countish(a) && countish(b)
}

// decadeAges are the English words for an age by its decade, and the
// youngest age each names: teens, twenties … nineties.
var decadeAges = map[string]int{
	"teens": 13, "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
}

// ageInDecade reports whether q, a Chinese age (二十多岁, 快二十岁, 不到
// 30 岁), falls within or just at the end of an age the other text gives
// by its decade ("in his twenties", "in her late teens", "in their 30s"):
// the two say the same age in the way each language says it. An age
// more than N (四十多岁) is of a decade when N is a round ten.
func ageInDecade(q Quantity, myText string, other *side) bool {
	if q.Lang != article.ZH || q.Unit != Plain && q.Unit != Years || !strings.ContainsAny(myText, "岁歲") {
		return false
	}
	rs := []rune(myText)
	k := q.End
	for k < len(rs) && strings.ContainsRune(" 多几幾余餘来來", rs[k]) {
		k++
	}
	if k >= len(rs) || rs[k] != '岁' && rs[k] != '歲' {
		return false
	}
	if k > q.End && strings.ContainsAny(string(rs[q.End:k]), "多几幾余餘来來") && math.Mod(q.Value, 10) != 0 {
		return false // 四十多岁 is in the forties, 41多岁 a changed age
	}
	for _, lo := range other.decadeAges() {
		if q.Value >= float64(lo) && q.Value <= float64(lo/10*10+10) {
			return true
		}
	}
	return false
}

// decadeAgesIn returns the youngest age of each age that English text
// gives by its decade: 13 for teens, 20 for twenties or 20s.
func decadeAgesIn(text string) []int {
	lower := strings.ToLower(text)
	if !containsAny(lower, "teens", "ties", "0s", "0's", "0’s") {
		return nil
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return !isLatin(r) && !isDigit(r) && r != '\'' && r != '’' })
	var out []int
	for i, w := range words {
		lo, ok := decadeAges[w]
		if !ok && i > 0 && words[i-1] != "the" && strings.HasSuffix(w, "s") {
			w = strings.TrimRight(strings.TrimSuffix(w, "s"), "'’")
			if n, err := strconv.Atoi(w); err == nil && n >= 10 && n <= 90 && n%10 == 0 && len(w) == 2 {
				lo, ok = n, true // in his 20s, in her 30's
			}
		}
		if ok {
			out = append(out, lo)
		}
	}
	return out
}

// halfHours are the ways to say half an hour without the number 30.
var halfHours = []string{"半小时", "半个小时", "半小時", "半個小時", "半个钟头", "半個鐘頭", "half an hour", "half-hour", "half hour"}

// quarterHours are the ways to say a quarter of an hour without the
// number 15.
var quarterHours = []string{"一刻钟", "quarter-hour", "quarter hour"}

// halfAnHour reports whether q is 30 minutes and the other text says half
// an hour (半小时 and "30 minutes").
func halfAnHour(q Quantity, otherText string) bool {
	return q.Unit == Minutes && q.Value == 30 && containsAny(strings.ToLower(otherText), halfHours...)
}

// quarterAnHour reports whether q is 15 minutes and the other text says a
// quarter of an hour without a number (十五分鐘 and "the quarter-hour mark").
func quarterAnHour(q Quantity, otherText string) bool {
	return q.Unit == Minutes && q.Value == 15 && containsAny(strings.ToLower(otherText), quarterHours...)
}

// periodWords are the English words for an event every so many years.
var periodWords = map[string]float64{"biennial": 2, "biennially": 2, "triennial": 3, "triennially": 3,
	"quadrennial": 4, "quinquennial": 5, "decennial": 10}

// everyYears reports whether q, a Chinese number of years after 每 (每 2 年
// 舉辦 1 次), is the period the other language says in a word (biennial).
func everyYears(q Quantity, myText, otherText string) bool {
	rs := []rune(myText)
	if q.Lang != article.ZH || q.Unit != Years || q.Start > len(rs) {
		return false
	}
	before := strings.TrimRight(string(rs[:q.Start]), " ")
	if !strings.HasSuffix(before, "每") && !strings.HasSuffix(before, "每隔") {
		return false
	}
	for w, v := range periodWords {
		if v == q.Value && hasWordFold(otherText, w) {
			return true
		}
	}
	return false
}

// emergencyWords are the words a language says an emergency number by,
// for the other's: the police, an ambulance, the fire brigade.
var emergencyWords = []string{"报警", "報警", "报案", "報案", "报的案", "報的案", "急救", "紧急", "緊急", "救护车", "救護車", "消防",
	"police", "emergency", "ambulance", "fire brigade", "fire department"}

// emergencyNumber reports whether q is a number one calls in an emergency
// (911, 999, 112; 110, 119, 120), which the other side says by the
// service (报警 for "called 911", "called the police" for 打110), and
// writes no number of three digits it may have been changed to (120急救车
// and "the 112 ambulance").
func emergencyNumber(q Quantity, other *side) bool {
	switch {
	case q.Unit != Plain:
		return false
	case q.Lang == article.EN && (q.Value == 911 || q.Value == 999 || q.Value == 112),
		q.Lang == article.ZH && (q.Value == 110 || q.Value == 119 || q.Value == 120 || q.Value == 999):
		return containsAny(strings.ToLower(other.text), emergencyWords...) &&
			!slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return o.Unit == Plain && o.Value >= 100 && o.Value < 1000 })
	}
	return false
}

// twentyFourSeven reports whether q, in English, is the 24 or the 7 of "24
// - 7" or "24-7", round the clock, where the Chinese says all day (全天,
// 二十四小时); 24-7 alone may be a score.
func twentyFourSeven(q Quantity, mine, other *side) bool {
	if q.Lang != article.EN || q.Unit != Plain || q.Value != 24 && q.Value != 7 {
		return false
	}
	rs := []rune(mine.text)
	if q.Value == 24 {
		e := q.End
		for e < len(rs) && strings.ContainsRune(" -–/", rs[e]) {
			e++
		}
		if e == q.End || at(rs, e) != '7' || isDigit(at(rs, e+1)) {
			return false
		}
	} else {
		k := q.Start
		for k > 0 && strings.ContainsRune(" -–/", rs[k-1]) {
			k--
		}
		if k == q.Start || k < 2 || string(rs[k-2:k]) != "24" {
			return false
		}
	}
	return containsAny(other.text, "全天", "二十四小时", "二十四小時", "24小时", "24小時", "昼夜", "晝夜", "日夜")
}

// splitWords are the Chinese words for a split of a whole: 六四开 is 60/40.
var splitWords = regexp.MustCompile(`([一二三四五六七八九])([一二三四五六七八九])[开開]`)

// splitOfTen reports whether q, in English, is a share of a split of 100
// in tens (60/40, 70-30) that the Chinese says in a word (六四开, 三七开),
// or a half of an even split (50/50) that it says is half each (各负责一半).
func splitOfTen(q Quantity, mine, other *side) bool {
	if q.Lang != article.EN || q.Value < 10 || q.Value > 90 || int(q.Value)%10 != 0 {
		return false
	}
	if q.Value == 50 && containsAny(mine.text, "50/50", "50-50", "50:50") && containsAny(other.text, "一半", "各半", "对半", "平分", "均分", "平均分") {
		return true
	}
	for _, m := range splitWords.FindAllStringSubmatch(other.text, -1) {
		a, b := float64(hanDigits[[]rune(m[1])[0]]), float64(hanDigits[[]rune(m[2])[0]])
		if a+b == 10 && (q.Value == 10*a || q.Value == 10*b) {
			return true
		}
	}
	return false
}

// digitsApart reports whether q and a number of the other text are one
// number, one of them read out digit by digit with hyphens (437 and
// "rescue 4-3-7"), as call signs and codes are.
func digitsApart(q Quantity, mine, other *side) bool {
	runs := func(s *side) []float64 {
		var out []float64
		for _, m := range digitRunRe.FindAllString(s.text, -1) {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(m, "-", ""), 64); err == nil {
				out = append(out, v)
			}
		}
		return out
	}
	if q.Unit != Plain {
		return false
	}
	if q.Value < 10 {
		rs := []rune(mine.text)
		if at(rs, q.End) != '-' && at(rs, q.Start-1) != '-' {
			return false
		}
		for _, v := range runs(mine) {
			if strings.ContainsRune(strconv.FormatFloat(v, 'f', -1, 64), rune('0'+int(q.Value))) && hasValue(other.unmatched, v) {
				return true
			}
		}
		return false
	}
	return slices.Contains(runs(other), q.Value)
}

// digitRunRe finds three digits or more read out one by one: 4-3-7.
var digitRunRe = regexp.MustCompile(`\b[0-9](?:-[0-9]){2,}\b`)
