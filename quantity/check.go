package quantity

import (
	"encoding/json"
	"math"

	"tandem/article"
)

// Mismatch is a quantity that has no counterpart in the other language of
// its pair.
type Mismatch struct {
	Quantity
}

// MarshalJSON writes the mismatch as {"pair","lang","text","value","unit"},
// the record of `tandem check-numbers --json`; pair is 0-based.
func (m Mismatch) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Pair  int          `json:"pair"`
		Lang  article.Lang `json:"lang"`
		Text  string       `json:"text"`
		Value float64      `json:"value"`
		Unit  string       `json:"unit"`
	}{m.Pair, m.Lang, m.Text, m.Value, m.Unit})
}

// Check returns the quantities of a that have no counterpart in the other
// language of their pair, by pair, Chinese before English, in reading order.
// See the package documentation for what counts as a counterpart.
func Check(a *article.Article) []Mismatch {
	var out []Mismatch
	for i := range a.Pairs {
		out = append(out, CheckPair(i, &a.Pairs[i])...)
	}
	return out
}

// CheckPair returns the quantities of pair p, the i-th of its article, that
// have no counterpart in the other language. A pair with one side empty is
// not checked.
func CheckPair(i int, p *article.Pair) []Mismatch {
	if p.ZH == "" || p.EN == "" {
		return nil
	}
	zh, en := Extract(p.ZH, article.ZH), Extract(p.EN, article.EN)
	var out []Mismatch
	for _, side := range [][2][]Quantity{{zh, en}, {en, zh}} {
		for _, q := range side[0] {
			if !hasCounterpart(q, side[1]) {
				q.Pair = i
				out = append(out, Mismatch{q})
			}
		}
	}
	return out
}

// hasCounterpart reports whether some quantity of others matches q.
func hasCounterpart(q Quantity, others []Quantity) bool {
	for _, o := range others {
		if Matches(q, o) {
			return true
		}
	}
	return false
}

// Matches reports whether a and b state the same figure: the same unit and
// value; or one of them a plain number with the value of the other; or ¥
// against yen or yuan of the same value; or two dates that agree on month
// and day when one leaves out the year.
func Matches(a, b Quantity) bool {
	switch {
	case a.Unit == Date && b.Unit == Date:
		return sameDate(a.Value, b.Value)
	case a.Unit == b.Unit, a.Unit == Plain, b.Unit == Plain, yenOrYuan(a.Unit, b.Unit), yenOrYuan(b.Unit, a.Unit):
		return sameValue(a.Value, b.Value)
	}
	return false
}

// yenOrYuan reports whether a is the sign ¥ and b one of the currencies it
// may stand for.
func yenOrYuan(a, b string) bool { return a == YenOrYuan && (b == JPY || b == CNY) }

// sameValue reports whether a and b are equal but for floating-point error
// (13.5 亿 against 1.35 billion).
func sameValue(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(math.Abs(a), math.Abs(b))
}

// sameDate compares two dates encoded YYYYMMDD; a year of 0 (not stated)
// matches any year.
func sameDate(a, b float64) bool {
	x, y := int64(math.Round(a)), int64(math.Round(b))
	if x/10000 == 0 || y/10000 == 0 {
		return x%10000 == y%10000
	}
	return x == y
}
