package lexicon

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"unicode"

	"tandem/article"
	"tandem/dict"
)

// Options tune the training. The zero value of a field means its default.
type Options struct {
	// Sample is the most sentence pairs trained on (default 20,000): a
	// library with more trains on a sample chosen by a hash of each
	// sentence pair's text, the same sample whatever the order of the
	// articles, so that time and memory stay bounded.
	Sample int
	// Iterations of expectation maximisation (default 5).
	Iterations int
	// Floor is the least score a translation must have to be kept
	// (default 0.15).
	Floor float64
	// Keep is the most translations kept for a word, in each direction
	// (default 3).
	Keep int
	// MinPair is how many sentence pairs must hold both words for them to
	// be translations (default 2): a word seen once beside a dozen others
	// says nothing about which one it translates.
	MinPair int
}

func (o Options) withDefaults() Options {
	if o.Sample <= 0 {
		o.Sample = 20000
	}
	if o.Iterations <= 0 {
		o.Iterations = 5
	}
	if o.Floor <= 0 {
		o.Floor = 0.15
	}
	if o.Keep <= 0 {
		o.Keep = 3
	}
	if o.MinPair <= 0 {
		o.MinPair = 2
	}
	return o
}

// maxTokens is the most words a side of a sentence pair may have: a longer
// "sentence" is an alignment of whole paragraphs, too loose to learn from,
// and would cost its length squared.
const maxTokens = 80

// sentence is a linked pair of sentences as words: Chinese words and
// English stems, as IDs.
type sentence struct {
	hash   uint64
	zh, en []int32
}

// Builder collects the sentence pairs the table is trained on.
type Builder struct {
	d     *dict.Dictionary
	opt   Options
	words map[string]int32 // Chinese words and English stems (prefixed "e:")
	names []string
	// surface counts the lower-case forms of each English stem, so that a
	// translation is shown as a word ("investment"), not a stem ("invest").
	surface map[int32]map[string]int
	sample  []sentence // at most opt.Sample, those with the lowest hashes
	seen    map[uint64]bool
	total   int // sentence pairs offered
}

// NewBuilder returns a builder that cuts Chinese text into words with d.
func NewBuilder(d *dict.Dictionary, opt Options) *Builder {
	return &Builder{d: d, opt: opt.withDefaults(), words: map[string]int32{}, surface: map[int32]map[string]int{}, seen: map[uint64]bool{}}
}

// Sentences is how many sentence pairs were offered to the builder.
func (b *Builder) Sentences() int { return b.total }

// AddArticle adds the linked sentences of every pair of a: a Chinese
// sentence and the English sentences it is linked to (or the reverse, for
// an English sentence linked to several Chinese ones).
func (b *Builder) AddArticle(a *article.Article) {
	for _, p := range a.Pairs {
		zhDone := map[int]bool{}
		for i := range p.SentencesZH {
			if zhDone[i] {
				continue
			}
			en := p.Counterparts(article.ZH, i)
			zh := []int{i}
			if len(en) == 1 {
				zh = p.Counterparts(article.EN, en[0])
			}
			var zt, et strings.Builder
			for _, k := range zh {
				zhDone[k] = true
				zt.WriteString(spanText(p.ZH, p.SentencesZH, k))
			}
			for _, k := range en {
				et.WriteString(spanText(p.EN, p.SentencesEN, k))
				et.WriteByte(' ')
			}
			if zt.Len() > 0 && et.Len() > 0 {
				b.Add(zt.String(), et.String())
			}
		}
	}
}

func spanText(text string, spans []article.Span, i int) string {
	if i < 0 || i >= len(spans) {
		return ""
	}
	r := []rune(text)
	s := spans[i]
	if s.Start < 0 || s.End > len(r) || s.Start >= s.End {
		return ""
	}
	return string(r[s.Start:s.End])
}

// Add adds one pair of sentences that translate each other.
func (b *Builder) Add(zh, en string) {
	b.total++
	h := fnv.New64a()
	h.Write([]byte(zh))
	h.Write([]byte{0})
	h.Write([]byte(en))
	sum := h.Sum64()
	if b.seen[sum] {
		return // the same sentence pair twice teaches nothing more
	}
	if len(b.sample) >= b.opt.Sample && sum >= b.sample[0].hash {
		return
	}
	s := sentence{hash: sum}
	for _, w := range ChineseWords(b.d, zh) {
		s.zh = append(s.zh, b.id(w))
	}
	for _, w := range englishWords(en) {
		id := b.id("e:" + dict.Stem(w))
		s.en = append(s.en, id)
		if b.surface[id] == nil {
			b.surface[id] = map[string]int{}
		}
		b.surface[id][w]++
	}
	if len(s.zh) == 0 || len(s.en) == 0 || len(s.zh) > maxTokens || len(s.en) > maxTokens {
		return
	}
	b.seen[sum] = true
	b.push(s)
}

// push adds s to the sample, a max-heap on the hash, and drops the highest
// hash when the sample is full.
func (b *Builder) push(s sentence) {
	h := b.sample
	h = append(h, s)
	for i := len(h) - 1; i > 0; {
		p := (i - 1) / 2
		if h[p].hash >= h[i].hash {
			break
		}
		h[p], h[i] = h[i], h[p]
		i = p
	}
	if len(h) > b.opt.Sample {
		delete(b.seen, h[0].hash)
		h[0] = h[len(h)-1]
		h = h[:len(h)-1]
		for i := 0; ; {
			l, r, m := 2*i+1, 2*i+2, i
			if l < len(h) && h[l].hash > h[m].hash {
				m = l
			}
			if r < len(h) && h[r].hash > h[m].hash {
				m = r
			}
			if m == i {
				break
			}
			h[i], h[m] = h[m], h[i]
			i = m
		}
	}
	b.sample = h
}

func (b *Builder) id(w string) int32 {
	if id, ok := b.words[w]; ok {
		return id
	}
	id := int32(len(b.names))
	b.words[w] = id
	b.names = append(b.names, w)
	return id
}

// ChineseWords are the words of Chinese text the table knows: the runs of
// Chinese characters cut by d, grammar words (的, 了…) left out.
func ChineseWords(d *dict.Dictionary, text string) []string {
	var out []string
	for _, w := range d.Segment(text) {
		if strings.IndexFunc(w.Text, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 && !stopWords[w.Text] {
			out = append(out, w.Text)
		}
	}
	return out
}

// englishWords are the words of English text in lower case, grammar words
// and words without a letter left out.
func englishWords(text string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-'
	}) {
		w = strings.Trim(w, "'-")
		w = strings.TrimSuffix(w, "'s")
		if w == "" || stopWords[w] || strings.IndexFunc(w, unicode.IsLetter) < 0 || strings.IndexFunc(w, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			continue
		}
		out = append(out, w)
	}
	return out
}

// Key is how the table spells an English word: its stem in lower case.
func Key(english string) string { return dict.Stem(strings.ToLower(english)) }

// stopWords carry grammar rather than meaning, in both languages.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the of to in on for with by as at and or but nor not no is are was were be been being
		am do does did done has have had having will would shall should can could may might must that this these those
		it its it's he him his she her hers they them their theirs we us our you your i me my mine who whom whose which what
		when where why how than then there here so such also too very just only from into onto over under about after
		before between out up down off if because while all any both each few more most other some own same s t
		sb sth one's etc said says say
		的 了 在 是 和 与 及 把 被 对 也 都 将 之 而 着 这 那 个 我 你 他 她 它 们 我们 他们 就 有 为 以 于 中 上 等 或 并 但`) {
		m[w] = true
	}
	return m
}()

// Translation is a word of the other language and how surely it
// translates: the geometric mean of the two directions' probabilities.
type Translation struct {
	Word  string
	Score float64
}

// entry is one learned pair: a Chinese word, an English stem and the form
// the English word is shown in, and its score.
type entry struct {
	zh, stem, surface string
	score             float64
}

// Table is a learned translation table. A nil *Table has no translations.
type Table struct {
	// Sentences is how many sentence pairs the table was learned from
	// (those offered, before sampling).
	Sentences int
	// Articles is how many articles the library held when the table was
	// learned (0 when it was not learned from a library): the library
	// learns it again when it has grown well past that.
	Articles int
	entries  []entry          // sorted by zh, stem
	zh       map[string][]int // Chinese word → entries, best first
	en       map[string][]int // English stem → entries, best first
	keep     int
}

// Train estimates the table from the sentence pairs added so far.
func (b *Builder) Train() *Table {
	o := b.opt
	n := len(b.names)
	// pairs gives each co-occurring (Chinese, English) pair an index into
	// the arrays of probabilities.
	pairs := map[uint64]int32{}
	key := func(z, e int32) uint64 { return uint64(z)<<32 | uint64(uint32(e)) }
	cooc := []int32{}
	// Each sentence's pair indexes, zh-major, built once.
	// The sentences in the order of their hashes, whatever the order they
	// came in (the sample itself stays a heap, for more to be added).
	sample := slices.Clone(b.sample)
	slices.SortFunc(sample, func(x, y sentence) int { return cmp.Compare(x.hash, y.hash) })
	idx := make([][]int32, len(sample))
	for si, s := range sample {
		ids := make([]int32, 0, len(s.zh)*len(s.en))
		counted := map[int32]bool{}
		for _, z := range s.zh {
			for _, e := range s.en {
				k := key(z, e)
				p, ok := pairs[k]
				if !ok {
					p = int32(len(cooc))
					pairs[k] = p
					cooc = append(cooc, 0)
				}
				if !counted[p] {
					counted[p] = true
					cooc[p]++
				}
				ids = append(ids, p)
			}
		}
		idx[si] = ids
	}
	// tEZ is t(e|z), tZE is t(z|e); the NULL word's are per word.
	tEZ := make([]float64, len(cooc))
	tZE := make([]float64, len(cooc))
	nullE := make([]float64, n) // t(e|NULL)
	nullZ := make([]float64, n) // t(z|NULL)
	for i := range tEZ {
		tEZ[i], tZE[i] = 1, 1
	}
	for i := range nullE {
		nullE[i], nullZ[i] = 1, 1
	}
	countEZ := make([]float64, len(cooc))
	countZE := make([]float64, len(cooc))
	totalZ := make([]float64, n+1) // per Chinese word, n for NULL
	totalE := make([]float64, n+1)
	cNullE := make([]float64, n)
	cNullZ := make([]float64, n)
	for range o.Iterations {
		clear(countEZ)
		clear(countZE)
		clear(totalZ)
		clear(totalE)
		clear(cNullE)
		clear(cNullZ)
		for si, s := range sample {
			ids := idx[si]
			ne := len(s.en)
			// English generated by Chinese: for each e, share it among the z.
			for j, e := range s.en {
				sum := nullE[e]
				for i := range s.zh {
					sum += tEZ[ids[i*ne+j]]
				}
				c := nullE[e] / sum
				cNullE[e] += c
				totalZ[n] += c
				for i, z := range s.zh {
					c := tEZ[ids[i*ne+j]] / sum
					countEZ[ids[i*ne+j]] += c
					totalZ[z] += c
				}
			}
			// Chinese generated by English.
			for i, z := range s.zh {
				sum := nullZ[z]
				for j := range s.en {
					sum += tZE[ids[i*ne+j]]
				}
				c := nullZ[z] / sum
				cNullZ[z] += c
				totalE[n] += c
				for j, e := range s.en {
					c := tZE[ids[i*ne+j]] / sum
					countZE[ids[i*ne+j]] += c
					totalE[e] += c
				}
			}
		}
		for k, p := range pairs {
			z, e := int32(k>>32), int32(uint32(k))
			tEZ[p] = countEZ[p] / totalZ[z]
			tZE[p] = countZE[p] / totalE[e]
		}
		for w := range nullE {
			nullE[w] = cNullE[w] / totalZ[n]
			nullZ[w] = cNullZ[w] / totalE[n]
		}
	}
	var all []entry
	for k, p := range pairs {
		if int(cooc[p]) < o.MinPair {
			continue
		}
		score := math.Sqrt(tEZ[p] * tZE[p])
		if score < o.Floor {
			continue
		}
		z, e := int32(k>>32), int32(uint32(k))
		all = append(all, entry{zh: b.names[z], stem: strings.TrimPrefix(b.names[e], "e:"), surface: mostUsed(b.surface[e]), score: round(score)})
	}
	t := newTable(all, o.Keep, b.total)
	return t
}

// round keeps three decimals, as the file does, so that a table read back
// is the table written.
func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// mostUsed is the form used most, the first in alphabetical order among
// equals.
func mostUsed(forms map[string]int) string {
	best, n := "", 0
	for f, c := range forms {
		if c > n || c == n && f < best {
			best, n = f, c
		}
	}
	return best
}

// newTable indexes entries both ways and keeps only those among the keep
// best of their Chinese word or of their English word.
func newTable(all []entry, keep, sentences int) *Table {
	better := func(x, y entry) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.zh, y.zh); c != 0 {
			return c
		}
		return cmp.Compare(x.stem, y.stem)
	}
	slices.SortFunc(all, better)
	nz, ne := map[string]int{}, map[string]int{}
	var kept []entry
	for _, x := range all {
		if nz[x.zh] < keep || ne[x.stem] < keep {
			kept = append(kept, x)
		}
		nz[x.zh]++
		ne[x.stem]++
	}
	t := &Table{Sentences: sentences, keep: keep, zh: map[string][]int{}, en: map[string][]int{}}
	slices.SortFunc(kept, func(x, y entry) int {
		if c := cmp.Compare(x.zh, y.zh); c != 0 {
			return c
		}
		return cmp.Compare(x.stem, y.stem)
	})
	t.entries = kept
	for i, x := range kept {
		t.zh[x.zh] = append(t.zh[x.zh], i)
		t.en[x.stem] = append(t.en[x.stem], i)
	}
	for _, m := range []map[string][]int{t.zh, t.en} {
		for w, list := range m {
			slices.SortStableFunc(list, func(i, j int) int { return better(kept[i], kept[j]) })
			if len(list) > keep {
				m[w] = list[:keep]
			}
		}
	}
	return t
}

// Len is the number of pairs in the table.
func (t *Table) Len() int {
	if t == nil {
		return 0
	}
	return len(t.entries)
}

// English returns the English words that translate the Chinese word zh,
// best first, those scoring at least least.
func (t *Table) English(zh string, least float64) []Translation {
	if t == nil {
		return nil
	}
	var out []Translation
	for _, i := range t.zh[zh] {
		if e := t.entries[i]; e.score >= least {
			out = append(out, Translation{Word: e.surface, Score: e.score})
		}
	}
	return out
}

// Chinese returns the Chinese words that translate the English word en
// (any form: "investments" is "investment"), best first, those scoring at
// least least.
func (t *Table) Chinese(en string, least float64) []Translation {
	if t == nil {
		return nil
	}
	var out []Translation
	for _, i := range t.en[Key(en)] {
		if e := t.entries[i]; e.score >= least {
			out = append(out, Translation{Word: e.zh, Score: e.score})
		}
	}
	return out
}
