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
	// words gives each lower-case word of the glosses its stem's place in
	// stems, -1 for a stop word: stemming is the dear part of matching.
	words map[string]int32
	stems []string
	// byStem is the places in stems sorted by stem, to find a stem's.
	byStem []int32
	// postings[postingsAt[i]:postingsAt[i+1]] are the entries (in order)
	// with a gloss holding stem i.
	postings   []int32
	postingsAt []int32
}

// postingsOf is the entries, in order, with a gloss holding stem.
func (ix *englishIndex) postingsOf(stem string) []int32 {
	i, ok := slices.BinarySearchFunc(ix.byStem, stem, func(id int32, s string) int {
		return strings.Compare(ix.stems[id], s)
	})
	if !ok {
		return nil
	}
	id := ix.byStem[i]
	return ix.postings[ix.postingsAt[id]:ix.postingsAt[id+1]:ix.postingsAt[id+1]]
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
	xs := make([]int32, len(hits))
	for i, h := range hits {
		xs[i] = h.entry
	}
	return d.entriesOf(xs)
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
	cands := d.english.postingsOf(q[0])
	for _, s := range q[1:] {
		cands = intersect(cands, d.english.postingsOf(s))
	}
	var hits []englishHit
	for _, x := range cands {
		best := englishHit{entry: x, rank: -1}
		at := 0
		for g := range d.glosses(x) {
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
			cmp.Compare(a.senses, b.senses), cmp.Compare(ea.simp, eb.simp),
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
	// The glosses hold some 40,000 distinct words in 600,000 places: each
	// word is stemmed once, and a place costs one map look-up of the word
	// (-1 for a stop word) and one append to its stem's list.
	ids := make(map[string]int32, 1<<16)
	stemIDs := make(map[string]int32, 1<<15)
	var lists [][]int32
	var stemOf []string
	var word []byte
	for i := range d.entries {
		for g := range d.glosses(int32(i)) {
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
	// What is kept is sized to fit: the maps made for the build have room
	// to grow, and appends left up to half of each list's room unused.
	// One array holds every list, found by the stem's number.
	ix := &englishIndex{words: make(map[string]int32, len(ids)), stems: slices.Clip(stemOf)}
	for w, id := range ids {
		ix.words[w] = id
	}
	total := 0
	for _, l := range lists {
		total += len(l)
	}
	ix.postings = make([]int32, 0, total)
	ix.postingsAt = make([]int32, 1, len(lists)+1)
	for _, l := range lists {
		ix.postings = append(ix.postings, l...)
		ix.postingsAt = append(ix.postingsAt, int32(len(ix.postings)))
	}
	ix.byStem = make([]int32, len(stemOf))
	for i := range ix.byStem {
		ix.byStem[i] = int32(i)
	}
	slices.SortFunc(ix.byStem, func(a, b int32) int { return strings.Compare(stemOf[a], stemOf[b]) })
	d.english = ix
}

// pairCounts counts the headwords (simplified) holding each pair of
// characters, the dictionary's hint of how common a word is: pairs sorted,
// each packed as two 21-bit runes, and counts beside them.
type pairCounts struct {
	pairs  []uint64
	counts []int32
}

// packPair is a pair of characters as one number, ordered as the pairs.
func packPair(a, b rune) uint64 { return uint64(a)<<21 | uint64(b) }

// count is how many headwords hold the characters a and b in a row.
func (pc *pairCounts) count(a, b rune) int {
	i, ok := slices.BinarySearch(pc.pairs, packPair(a, b))
	if !ok {
		return 0
	}
	return int(pc.counts[i])
}

// countPairs builds d.pairs: each headword's pairs once, sorted, then
// counted in runs.
func (d *Dictionary) countPairs() {
	var all []uint64
	var seen []uint64
	for i := range d.entries {
		r := []rune(d.simp(int32(i)))
		seen = seen[:0]
		for k := 0; k+1 < len(r); k++ {
			p := packPair(r[k], r[k+1])
			if !slices.Contains(seen, p) {
				seen = append(seen, p)
				all = append(all, p)
			}
		}
	}
	slices.Sort(all)
	pc := &pairCounts{}
	n := 0
	for i := range all {
		if i > 0 && all[i] == all[i-1] {
			continue
		}
		n++
	}
	pc.pairs, pc.counts = make([]uint64, 0, n), make([]int32, 0, n)
	for i, p := range all {
		if i > 0 && p == all[i-1] {
			pc.counts[len(pc.counts)-1]++
			continue
		}
		pc.pairs = append(pc.pairs, p)
		pc.counts = append(pc.counts, 1)
	}
	d.pairs = pc
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
