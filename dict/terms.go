package dict

import (
	"strings"
	"sync"
	"unicode"
)

// TermPair is a Chinese term and its English counterpart as the reader
// confirmed them: a pair of their own term list, which overrides the
// dictionary where both know a term. Added and Note are the reader's
// record: the day the pair was added (YYYY-MM-DD) and a remark; matching
// ignores them.
type TermPair struct {
	ZH    string `json:"zh"`
	EN    string `json:"en"`
	Added string `json:"added,omitempty"`
	Note  string `json:"note,omitempty"`
}

// Terms is the reader's term list, ready to answer which pairs a term
// belongs to. A nil *Terms is an empty list. It is safe for use by several
// goroutines at once; it does not change once made.
type Terms struct {
	pairs []TermPair
	once  sync.Once
	byKey map[string][]int // TermKey of either side → indexes in pairs
	// byFirst finds the sides by their first word: its key → the sides
	// that begin with it, as word keys.
	byFirst map[string][]termSide
}

// termSide is one side of a pair, cut into word keys.
type termSide struct {
	pair int
	zh   bool
	keys []string
}

// NewTerms makes a term list of pairs, in their order. It is cheap: the
// list is indexed on its first question, which may load the dictionary
// (see Simplify).
func NewTerms(pairs []TermPair) *Terms {
	return &Terms{pairs: append([]TermPair(nil), pairs...)}
}

// keys indexes the pairs by the TermKey of each side, once.
func (t *Terms) keys() map[string][]int {
	t.index()
	return t.byKey
}

// index builds byKey and byFirst, once.
func (t *Terms) index() {
	t.once.Do(func() {
		t.byKey, t.byFirst = map[string][]int{}, map[string][]termSide{}
		for i, p := range t.pairs {
			for _, k := range []string{TermKey(p.ZH), TermKey(p.EN)} {
				t.byKey[k] = append(t.byKey[k], i)
			}
			for _, side := range []termSide{{pair: i, zh: true, keys: wordKeys(p.ZH)}, {pair: i, keys: wordKeys(p.EN)}} {
				if len(side.keys) > 0 {
					t.byFirst[side.keys[0]] = append(t.byFirst[side.keys[0]], side)
				}
			}
		}
	})
}

func wordKeys(s string) []string {
	var out []string
	for _, w := range termWords(s) {
		out = append(out, w.key)
	}
	return out
}

// TermHit is a side of a pair of the list found in a text: the pair, and
// the rune span [Start, End) the side takes in the text.
type TermHit struct {
	Pair       TermPair
	Start, End int
}

// In finds the pairs whose Chinese side (zh true) or English side stands in
// text, as FindTerm finds a term, each place it stands, in the order of
// the text: the text is read once, however long the list.
func (t *Terms) In(text string, zh bool) []TermHit {
	if t.Len() == 0 {
		return nil
	}
	t.index()
	words := termWords(text)
	var out []TermHit
	for i, w := range words {
		for _, side := range t.byFirst[w.key] {
			if side.zh != zh || i+len(side.keys) > len(words) || !sameKeys(words[i:i+len(side.keys)], side.keys) {
				continue
			}
			out = append(out, TermHit{Pair: t.pairs[side.pair], Start: w.start, End: words[i+len(side.keys)-1].end})
		}
	}
	return out
}

func sameKeys(words []termWord, keys []string) bool {
	for j, k := range keys {
		if words[j].key != k {
			return false
		}
	}
	return true
}

// Pairs returns the list's pairs in order.
func (t *Terms) Pairs() []TermPair {
	if t == nil {
		return nil
	}
	return append([]TermPair(nil), t.pairs...)
}

// Len is the number of pairs.
func (t *Terms) Len() int {
	if t == nil {
		return 0
	}
	return len(t.pairs)
}

// Has reports whether the list holds a pair equal to p, sides compared by
// TermKey.
func (t *Terms) Has(p TermPair) bool {
	if t == nil {
		return false
	}
	zh, en := TermKey(p.ZH), TermKey(p.EN)
	for _, i := range t.keys()[zh] {
		if TermKey(t.pairs[i].EN) == en {
			return true
		}
	}
	return false
}

// Translations returns the other side of every pair one of whose sides is
// term (compared by TermKey), in the list's order, each once: for 投资 the
// English of the pairs whose Chinese is 投资 (or 投資), for "Investments" the
// Chinese of the pairs whose English is "investment". None when the list
// does not hold the term; the caller then asks the dictionary.
func (t *Terms) Translations(term string) []string {
	if t == nil {
		return nil
	}
	k := TermKey(term)
	var out []string
	seen := map[string]bool{}
	for _, i := range t.keys()[k] {
		p := t.pairs[i]
		other := p.EN
		if TermKey(p.EN) == k {
			other = p.ZH
		}
		if !seen[TermKey(other)] {
			seen[TermKey(other)] = true
			out = append(out, other)
		}
	}
	return out
}

// TermKey is how a term is compared: Chinese characters in their simplified
// form and without spaces, English words in lower case and stemmed, one
// space between them, punctuation kept as it is. 投資 and 投资 are one term;
// "Rate  cuts" and "rate cut" are one term.
func TermKey(s string) string {
	var b strings.Builder
	for _, w := range termWords(s) {
		if b.Len() > 0 && !isHanWord(w.text) && !lastIsHan(b.String()) {
			b.WriteByte(' ')
		}
		b.WriteString(w.key)
	}
	return b.String()
}

func isHanWord(s string) bool {
	for _, r := range s {
		return isHan(r)
	}
	return false
}

func lastIsHan(s string) bool {
	r := []rune(s)
	return len(r) > 0 && isHan(r[len(r)-1])
}

// termWord is a word of text as terms are matched: one Chinese character,
// a run of letters and digits, or one other character that is not a space.
// start and end count runes.
type termWord struct {
	text, key  string
	start, end int
}

// termWords cuts s into the words terms are matched by.
func termWords(s string) []termWord {
	runes := []rune(s)
	var out []termWord
	for i := 0; i < len(runes); {
		r := runes[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case isHan(r):
			out = append(out, termWord{text: string(r), key: string(Simplify(r)), start: i, end: i + 1})
			i++
		case isWordRune(r):
			n := 1
			for i+n < len(runes) && (isWordRune(runes[i+n]) || joins(runes, i+n)) {
				n++
			}
			w := string(runes[i : i+n])
			out = append(out, termWord{text: w, key: Stem(strings.ToLower(w)), start: i, end: i + n})
			i += n
		default:
			out = append(out, termWord{text: string(r), key: string(r), start: i, end: i + 1})
			i++
		}
	}
	return out
}

// FindTerm returns where term stands in text, as rune spans [start, end)
// in order and apart: as whole words of text compared as TermKey compares
// them, so 投資 is found in 投资者 and "rate cut" in "Rate cuts", but "cut"
// not in "cutting-edge" unless the stems agree.
func FindTerm(text, term string) [][2]int {
	want := termWords(term)
	if len(want) == 0 {
		return nil
	}
	words := termWords(text)
	var out [][2]int
	for i := 0; i+len(want) <= len(words); {
		ok := true
		for j, w := range want {
			if words[i+j].key != w.key {
				ok = false
				break
			}
		}
		if !ok {
			i++
			continue
		}
		out = append(out, [2]int{words[i].start, words[i+len(want)-1].end})
		i += len(want)
	}
	return out
}

// simplified maps traditional characters to simplified ones, from the
// bundled dictionary's one-character entries; empty should it not load.
var simplified = sync.OnceValue(func() map[rune]rune {
	out := map[rune]rune{}
	d, err := Bundled()
	if err != nil {
		return out
	}
	for i := range d.entries {
		t, s := []rune(d.trad(int32(i))), []rune(d.simp(int32(i)))
		if len(t) == 1 && len(s) == 1 && t[0] != s[0] {
			if _, ok := out[t[0]]; !ok {
				out[t[0]] = s[0]
			}
		}
	}
	return out
})

// Simplify is the simplified form of a Chinese character as the bundled
// dictionary gives it (投資's 資 is 资), and any other rune as it is. The
// first call loads the dictionary.
func Simplify(r rune) rune {
	if !isHan(r) {
		return r
	}
	if s, ok := simplified()[r]; ok {
		return s
	}
	return r
}
