package quantity

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"tandem/article"
)

// discounts returns the percentages that the discounts of text, Chinese,
// state: N折 is N tenths of the price (九折, 8折, 八五折, 8.5折), which
// English says as the price (90%) or as what is taken off (10% off). Each
// discount gives both. 折 after a number that is not one (折合, 打折)
// gives nothing.
func discounts(text string) []float64 {
	rs := []rune(text)
	var out []float64
	for i, r := range rs {
		if r != '折' || i == 0 || strings.ContainsRune("合算旧舊扣射", at(rs, i+1)) {
			continue
		}
		k := i
		for k > 0 && rs[k-1] == ' ' {
			k-- // 以 55 折
		}
		v, ok := tenthsBefore(rs, k)
		if !ok {
			continue
		}
		out = append(out, v*10, 100-v*10)
	}
	return out
}

// at returns rs[i], or 0 outside rs.
func at(rs []rune, i int) rune {
	if i < 0 || i >= len(rs) {
		return 0
	}
	return rs[i]
}

// spacesBack returns the index of the last rune of rs at or before i that
// is not a space, or -1 if there is none.
func spacesBack(rs []rune, i int) int {
	for i >= 0 && i < len(rs) && rs[i] == ' ' {
		i--
	}
	return i
}

// spacesOn returns the index of the first rune of rs at or after i that is
// not a space, or len(rs) if there is none.
func spacesOn(rs []rune, i int) int {
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	return i
}

// tenthsBefore reads the number of tenths written just before rs[i], a 折:
// one Chinese digit (九), two read as a decimal (八五: 8.5), or Arabic
// digits (8, 8.5, 85 as 8.5). It is under ten and over zero.
func tenthsBefore(rs []rune, i int) (float64, bool) {
	k := i
	for k > 0 && (isDigit(rs[k-1]) || rs[k-1] == '.') {
		k--
	}
	if k < i {
		if isDigit(at(rs, k-1)) || isLatin(at(rs, k-1)) {
			return 0, false
		}
		s := &scanner{rs: rs}
		c, ok := s.arabicCore(k)
		if !ok || c.end != i {
			return 0, false
		}
		v := c.value
		if v >= 10 && v < 100 && c.integer {
			v /= 10 // 85折: 8.5
		}
		return v, v > 0 && v < 10
	}
	var ds []int
	for k = i - 1; k >= 0 && len(ds) < 3; k-- {
		d, ok := hanDigits[rs[k]]
		if !ok || rs[k] == '零' || rs[k] == '〇' {
			break
		}
		ds = append([]int{d}, ds...)
	}
	if isHanNumeral(at(rs, k)) {
		return 0, false // 十折, 一百折: not a discount
	}
	switch len(ds) {
	case 1:
		return float64(ds[0]), ds[0] > 0
	case 2:
		return float64(ds[0]) + float64(ds[1])/10, ds[0] > 0
	}
	return 0, false
}

// foldAfter reports whether 折 follows i, a space or two between.
func foldAfter(rs []rune, i int) bool {
	for at(rs, i) == ' ' {
		i++
	}
	return at(rs, i) == '折'
}

// discounted reports whether q and a figure of others are one discount in
// both languages: a Chinese N折 and an English percentage of the price or
// taken off it (九折 and "a 10% discount"; 8折 and "20% off").
func discounted(q Quantity, myText []rune, others []Quantity, otherText string) bool {
	var zh []float64
	var en []Quantity
	switch {
	case q.Lang == article.EN && q.Unit == Percent && strings.ContainsRune(otherText, '折'):
		zh, en = discounts(otherText), []Quantity{q}
	case q.Lang == article.ZH && q.Unit == Plain && foldAfter(myText, q.End):
		v, ok := tenthsBefore(myText, q.End)
		if !ok {
			return false
		}
		zh, en = []float64{v * 10, 100 - v*10}, others
	default:
		return false
	}
	for _, p := range zh {
		for _, o := range en {
			if o.Unit == Percent && math.Abs(o.Value-p) < 1e-9 {
				return true
			}
		}
	}
	return false
}

// centsOnTheDollarRe finds an English price given as cents on the dollar:
// a debt sold "for 90 cents on the dollar" goes at 90% of its face value.
var centsOnTheDollarRe = regexp.MustCompile(`(?i)\b(\d{1,2})(?: cents|¢) on the dollar`)

// centsOnTheDollar reports whether q and a figure of the other language are
// one price in both: English cents on the dollar, and a Chinese share of
// the face value or the discount from it (10%的折扣 and "90 cents on the
// dollar", 55折 and "55¢ on the dollar").
func centsOnTheDollar(q Quantity, myText []rune, others []Quantity, otherText string) bool {
	if !strings.Contains(otherText, " on the dollar") && (q.Lang != article.EN || q.Value >= 1) {
		return false
	}
	var cents []float64
	var shares []Quantity
	switch {
	case q.Lang == article.ZH && q.Unit == Percent:
		for _, m := range centsOnTheDollarRe.FindAllStringSubmatch(otherText, -1) {
			c, _ := strconv.Atoi(m[1])
			cents = append(cents, float64(c))
		}
		shares = []Quantity{q}
	case q.Lang == article.EN && q.Value < 1 && centsOnTheDollarRe.MatchString(string(myText[max(0, q.Start-1):min(len(myText), q.End+15)])):
		cents, shares = []float64{math.Round(q.Value * 100)}, others
	}
	if q.Lang == article.ZH && q.Unit == Plain && foldAfter(myText, q.End) {
		if v, ok := tenthsBefore(myText, q.End); ok {
			for _, m := range centsOnTheDollarRe.FindAllStringSubmatch(otherText, -1) {
				c, _ := strconv.Atoi(m[1])
				if sameValue(v*10, float64(c)) {
					return true // 55折 and "55¢ on the dollar"
				}
			}
		}
	}
	if q.Lang == article.EN && len(cents) == 1 && slices.Contains(discounts(otherText), cents[0]) {
		return true // "55¢ on the dollar" and 55折
	}
	for _, c := range cents {
		for _, o := range shares {
			if o.Unit == Percent && (sameValue(o.Value, c) || sameValue(o.Value, 100-c)) {
				return true
			}
		}
	}
	return false
}
