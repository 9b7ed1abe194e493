package quantity

import (
	"math"
	"strings"

	"tandem/article"
)

// A bound that one language states strictly and the other counts in
// moves by one: 少于100名选手 and "99 or fewer competitors", "more than
// 10 days" and 11天或以上. Both figures are one bound of whole things.

// strictBounds are the words before a number that leave it out of a bound
// (fewer than 100), by the way the bound runs: -1 below, +1 above.
var strictBounds = map[string]int{
	"少于": -1, "少於": -1, "小于": -1, "小於": -1, "低于": -1, "低於": -1, "不足": -1, "不到": -1, "未满": -1, "未滿": -1,
	"fewer than": -1, "less than": -1, "under": -1, "below": -1,
	"多于": 1, "多於": 1, "大于": 1, "大於": 1, "高于": 1, "高於": 1, "超过": 1, "超過": 1,
	"more than": 1, "over": 1, "above": 1, "greater than": 1,
}

// inclusiveBounds are the words after a number that count it in a bound
// (99 or fewer), by the way the bound runs; not 以上 and 以下 alone,
// which a translation of "more than" writes too (41%以上 and "more than
// 40 percent" differ).
var inclusiveBounds = map[string]int{
	"或以下": -1, "及以下": -1, "或更少": -1, "or fewer": -1, "or less": -1, "or under": -1, "or below": -1,
	"或以上": 1, "及以上": 1, "或更多": 1, "or more": 1, "or above": 1, "or over": 1, "or greater": 1,
}

// boundByOne returns the figure of other that states the bound q states,
// one language leaving the number out of it and the other counting it in
// (少于100 and "99 or fewer"): a count of whole things.
func boundByOne(q Quantity, mine, other *side) (Quantity, bool) {
	if q.Unit != Plain || q.Value != math.Trunc(q.Value) || q.Value < 1 {
		return Quantity{}, false
	}
	if way := strictBound(q, mine.text); way != 0 {
		for _, o := range other.unmatched {
			if o.Unit == q.Unit && o.Value == q.Value+float64(way) && inclusiveBound(o, other.text) == way {
				return o, true
			}
		}
	}
	if way := inclusiveBound(q, mine.text); way != 0 {
		for _, o := range other.unmatched {
			if o.Unit == q.Unit && o.Value == q.Value-float64(way) && strictBound(o, other.text) == way {
				return o, true
			}
		}
	}
	return Quantity{}, false
}

// strictBound is the way of the bound whose words of strictBounds stand
// just before q in text, 0 if none does.
func strictBound(q Quantity, text string) int {
	before := strings.ToLower(strings.TrimRight(string([]rune(text)[:q.Start]), " "))
	for w, way := range strictBounds {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isLatin(rune(before[len(before)-len(w)-1])) || !isLatin(rune(w[0]))) {
			return way
		}
	}
	return 0
}

// inclusiveBound is the way of the bound whose words of inclusiveBounds
// follow q in text, a Chinese measure word between (99名以下), 0 if none
// does.
func inclusiveBound(q Quantity, text string) int {
	after := []rune(strings.ToLower(strings.TrimLeft(string([]rune(text)[q.End:]), " ")))
	for w, way := range inclusiveBounds {
		if strings.HasPrefix(string(after), w) || len(after) > 1 && isHan(after[0]) && strings.HasPrefix(string(after[1:]), w) {
			return way
		}
	}
	return 0
}

// severalWords say "more than one" in Chinese without a numeral.
var severalWords = []string{"多名", "多个", "多個", "多位", "多项", "多項", "多种", "多種", "多家", "多人", "多张", "多張", "多台", "多块", "多塊", "若干"}

// twoOrMore returns the Chinese word of other that says "more than one",
// as English says "two or more" (two or more competitors: 多名参赛者) or
// "more than 1" (more than 1 GPU: 多张GPU).
func twoOrMore(q Quantity, mine, other *side) (string, bool) {
	if q.Lang != article.EN || q.Unit != Plain {
		return "", false
	}
	if !(q.Value == 2 && inclusiveBound(q, mine.text) == 1 || q.Value == 1 && strictBound(q, mine.text) == 1) {
		return "", false
	}
	return firstWordIn(other.text, severalWords)
}

// othersAfter are the English words after a count of people that leave
// out the one the text speaks to: "no more than 5 other people".
var othersAfter = []string{" other people", " other persons", " others", " other adults", " other individuals"}

// othersAndSelf returns the figure of other that counts the people q
// counts with one more: the English counts "5 other people" a reader may
// meet where the Chinese counts the whole group, 6 人, the reader in it.
// The figure may have a partner of its own value too (不得超过 4 人（除非
// 是与 3 人以上…） and "no more than 3 other people (unless … a larger
// number)").
func othersAndSelf(q Quantity, mine, other *side) (Quantity, bool) {
	if q.Unit != Plain || q.Value != math.Trunc(q.Value) || q.Value < 1 {
		return Quantity{}, false
	}
	for _, o := range other.qs {
		en, zh, enText, zhText := q, o, mine.text, other.text
		if q.Lang == article.ZH {
			en, zh, enText, zhText = o, q, other.text, mine.text
		}
		if o.Unit == Plain && zh.Value == en.Value+1 && othersCounted(en, enText) && peopleCounted(zh, zhText) {
			return o, true
		}
	}
	return Quantity{}, false
}

// othersCounted reports whether q, an English count, counts people other
// than the one the text speaks to ("5 other people").
func othersCounted(q Quantity, text string) bool {
	rs := []rune(text)
	return q.End <= len(rs) && hasAnyPrefix(strings.ToLower(string(rs[q.End:])), othersAfter...)
}

// peopleCounted reports whether q, a Chinese count, is a limit on a
// group of people: 不得超过 4 人, 最多6人, 6人以内.
func peopleCounted(q Quantity, text string) bool {
	rs := []rune(text)
	k := spacesOn(rs, q.End)
	if k >= len(rs) || rs[k] != '人' {
		return false
	}
	before := strings.TrimRight(string(rs[max(0, q.Start-4):q.Start]), " ")
	return hasAnySuffix(before, "超过", "最多", "至多", "上限为") || hasAnyPrefix(string(rs[k+1:]), "以内", "以內", "或以下", "以下")
}

// singleDigitWords say a number under ten without one.
var singleDigitWords = []string{"single-digit", "single digit", "个位数", "個位數"}

// underTen returns the words of other that say "under ten" where q
// is 10 below a bound (不足10% and "low single-digit percentages").
func underTen(q Quantity, mine, other *side) (string, bool) {
	if q.Value != 10 || strictBound(q, mine.text) != -1 && inclusiveBound(q, mine.text) != -1 {
		return "", false
	}
	return firstWordIn(strings.ToLower(other.text), singleDigitWords)
}
