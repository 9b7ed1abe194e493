package dict

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// englishIndex finds entries by the words of their glosses: each English
// word's Snowball stem lists the entries with a gloss holding it.
type englishIndex struct {
	postings map[string][]int32
	// pairs counts the headwords (simplified) holding each pair of
	// characters, the dictionary's hint of how common a word is.
	pairs map[[2]rune]int
	// words gives each lower-case word of the glosses its stem's place in
	// stems, -1 for a stop word: stemming is the dear part of matching.
	words map[string]int32
	stems []string
}

// English returns the entries with a gloss that holds every word of query
// (compared by stem: "investments" finds "investment" and "to invest"),
// best first: a gloss that is the query itself, "to" and articles aside
// (word for word before stem for stem), then one beginning with it, one
// holding it as a phrase, one holding its words; among equals the shorter gloss, the earlier
// gloss (the word's first sense), the entry with fewer senses, then the
// shorter headword first. A gloss's parts between semicolons count as
// glosses. Cross-references ("variant of 投資", "see ...", measure words
// "CL:...") and surnames are not searched. The index is built on the first
// call.
func (d *Dictionary) English(query string) []Entry {
	hits := d.rankEnglish(query)
	out := make([]Entry, len(hits))
	for i, h := range hits {
		out[i] = d.entries[h.entry]
	}
	return out
}

// englishHit is an entry English found, with how well it matched.
type englishHit struct {
	entry  int32
	rank   int
	at     int // which gloss (parts between semicolons counted apart)
	words  int // how many words that gloss has
	senses int // how many glosses the entry has, references aside
}

// rankEnglish is English's entries with their ranks, best first.
func (d *Dictionary) rankEnglish(query string) []englishHit {
	d.englishOnce.Do(d.buildEnglish)
	q := d.stemsOf(query)
	if len(q) == 0 {
		return nil
	}
	cands := d.english.postings[q[0]]
	for _, s := range q[1:] {
		cands = intersect(cands, d.english.postings[s])
	}
	var hits []englishHit
	for _, x := range cands {
		best := englishHit{entry: x, rank: -1}
		at := 0
		for _, g := range d.entries[x].Glosses {
			if IsReference(g) {
				continue
			}
			for sub := range strings.SplitSeq(g, ";") {
				gs := d.stemsOf(sub)
				r := matchRank(gs, q)
				if r == rankEqual && singular(plain(sub)) == singular(plain(query)) {
					r = rankSame
				}
				if qualified(sub) {
					r = min(r, rankPhrase)
				}
				if r > best.rank || r == best.rank && len(gs) < best.words {
					best.rank, best.at, best.words = r, at, len(gs)
				}
				at++
			}
		}
		best.senses = at
		if best.rank > 0 {
			hits = append(hits, best)
		}
	}
	slices.SortStableFunc(hits, func(a, b englishHit) int {
		ea, eb := &d.entries[a.entry], &d.entries[b.entry]
		return cmp.Or(cmp.Compare(b.rank, a.rank), cmp.Compare(a.words, b.words), cmp.Compare(a.at, b.at),
			cmp.Compare(a.senses, b.senses), cmp.Compare(len(ea.Simplified), len(eb.Simplified)),
			cmp.Compare(a.entry, b.entry))
	})
	return hits
}

// Exact ranks of matchRank.
const (
	rankWords  = 1 // the gloss holds every word of the query
	rankPhrase = 2 // the gloss holds the query's words in a row
	rankLeads  = 3 // the gloss begins with the query's words
	rankEqual  = 4 // the gloss is the query, stem by stem
	rankSame   = 5 // the gloss is the query, word by word (or but for a plural s)
)

// qualified reports whether a gloss narrows its sense in parentheses after
// it ("to invest (energy or time)"), which makes it a looser match; a
// label of one word ("demand (economics)"), a label before the gloss
// ("(financial) deficit") or an abbreviation's note ("(abbr. for 通貨膨脹)")
// does not count.
func qualified(gloss string) bool {
	i := strings.IndexByte(gloss, '(')
	if i <= 0 || strings.TrimSpace(gloss[:i]) == "" || strings.HasPrefix(gloss[i+1:], "abbr") {
		return false
	}
	note, _, _ := strings.Cut(gloss[i+1:], ")")
	return len(strings.Fields(note)) > 1
}

// plain is a gloss or query in lower case without a leading "to", "the",
// "a" or "an", or what is in parentheses.
func plain(s string) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(depth-1, 0)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	s = strings.Join(strings.Fields(strings.ToLower(b.String())), " ")
	for _, p := range []string{"to ", "the ", "a ", "an "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

// singular is an English word or phrase without a plural s at its end.
func singular(s string) string { return strings.TrimSuffix(s, "s") }

// matchRank says how well a gloss's stems gs hold the query's stems q.
func matchRank(gs, q []string) int {
	switch {
	case slices.Equal(gs, q):
		return rankEqual
	case len(gs) > len(q) && slices.Equal(gs[:len(q)], q):
		return rankLeads
	case containsRun(gs, q):
		return rankPhrase
	}
	for _, s := range q {
		if !slices.Contains(gs, s) {
			return 0
		}
	}
	return rankWords
}

func containsRun(gs, q []string) bool {
	for i := 0; i+len(q) <= len(gs); i++ {
		if slices.Equal(gs[i:i+len(q)], q) {
			return true
		}
	}
	return false
}

func (d *Dictionary) buildEnglish() {
	ix := &englishIndex{postings: make(map[string][]int32, 1<<16)}
	// The glosses hold some 40,000 distinct words in 600,000 places: each
	// word is stemmed once, and a place costs one map look-up of the word
	// (-1 for a stop word) and one append to its stem's list.
	ids := make(map[string]int32, 1<<16)
	stemIDs := make(map[string]int32, 1<<15)
	var lists [][]int32
	var stemOf []string
	var word []byte
	for i, e := range d.entries {
		for _, g := range e.Glosses {
			if IsReference(g) {
				continue
			}
			eachWord(g, &word, func(w []byte) {
				id, ok := ids[string(w)]
				if !ok {
					id = -1
					if !stopWords[string(w)] {
						st := Stem(string(w))
						var seen bool
						if id, seen = stemIDs[st]; !seen {
							id = int32(len(lists))
							stemIDs[st] = id
							lists = append(lists, nil)
							stemOf = append(stemOf, st)
						}
					}
					ids[string(w)] = id
				}
				if id >= 0 {
					if p := lists[id]; len(p) == 0 || p[len(p)-1] != int32(i) {
						lists[id] = append(p, int32(i))
					}
				}
			})
		}
	}
	// One array holds every list: appends left up to half of each list's
	// room unused.
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	flat := make([]int32, 0, total)
	ix.words, ix.stems = ids, stemOf
	ix.pairs = make(map[[2]rune]int, 1<<17)
	var seen [][2]rune
	for i := range d.entries {
		r := []rune(d.entries[i].Simplified)
		seen = seen[:0]
		for k := 0; k+1 < len(r); k++ {
			p := [2]rune{r[k], r[k+1]}
			if !slices.Contains(seen, p) {
				seen = append(seen, p)
				ix.pairs[p]++
			}
		}
	}
	for id, st := range stemOf {
		at := len(flat)
		flat = append(flat, lists[id]...)
		ix.postings[st] = flat[at:len(flat):len(flat)]
	}
	d.english = ix
}

// eachWord calls f with each English word of s in lower case, leaving out
// what is in parentheses or brackets; buf is reused between words.
func eachWord(s string, buf *[]byte, f func([]byte)) {
	depth := 0
	w := (*buf)[:0]
	flush := func() {
		if len(w) > 0 {
			f(w)
			w = w[:0]
		}
	}
	for _, r := range s {
		switch {
		case r == '(' || r == '[':
			flush()
			depth++
		case r == ')' || r == ']':
			flush()
			depth = max(depth-1, 0)
		case depth > 0:
		case unicode.IsLetter(r) && r < unicode.MaxLatin1 || unicode.IsDigit(r) || r == '\'' && len(w) > 0:
			w = utf8.AppendRune(w, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	*buf = w
}

// IsReference reports whether a gloss points elsewhere instead of saying
// what the word means: a variant, a cross-reference, a surname, or what
// the word counts ("classifier for vehicles": 辆 does not mean vehicle).
func IsReference(g string) bool {
	for _, p := range []string{"variant of ", "old variant of ", "see ", "see also ", "CL:", "used in ", "abbr. for ", "erhua variant of ", "Japanese variant of ", "surname ", "classifier for "} {
		if strings.HasPrefix(g, p) {
			return true
		}
	}
	return false
}

// stopWords are left out of glosses and queries: "to invest" and "invest"
// are the same gloss.
var stopWords = map[string]bool{"to": true, "a": true, "an": true, "the": true, "of": true, "sb": true, "sth": true, "one's": true, "oneself": true,
	"or": true, "and": true, "in": true, "on": true, "for": true, "with": true, "by": true, "as": true, "at": true, "be": true, "is": true, "etc": true}

// stemsOf is the stems of the English words of s, lower case, without
// stop words or what is in parentheses or brackets (usage notes, pinyin);
// the stems of the glosses' words are known.
func (d *Dictionary) stemsOf(s string) []string {
	var out []string
	var buf []byte
	eachWord(s, &buf, func(w []byte) {
		id, ok := d.english.words[string(w)]
		switch {
		case !ok && !stopWords[string(w)]:
			out = append(out, Stem(string(w)))
		case ok && id >= 0:
			out = append(out, d.english.stems[id])
		}
	})
	return out
}

// Stem is the Snowball (Porter 2) stem of an English word in lower case:
// "investments" and "investing" give "invest".
func Stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	env := snowballstem.NewEnv(w)
	english.Stem(env)
	return env.Current()
}

// intersect returns the indexes in both sorted lists.
func intersect(a, b []int32) []int32 {
	var out []int32
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}
