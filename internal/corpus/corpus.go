// Package corpus generates a deterministic synthetic archive of bilingual
// analyst articles, about 5 KB of text each, with sources, dates, tags and
// annotations, for tests and benchmarks. The same seed and index always
// give the same article, so any article can be made on its own.
package corpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is one generated article: both languages paragraph by paragraph,
// and the annotations a reader might have made on it.
type Article struct {
	Source      string
	Date        string // YYYY-MM-DD
	Hash        string // 40 hex digits, the digest footer's id
	ZH, EN      []string
	Annotations []Annotation
}

// Annotation is a highlight to make on a generated article: the first
// occurrence of Quote in the text of Lang.
type Annotation struct {
	Lang  string // zh or en
	Quote string
	Tags  []string
	Color string
	Note  string
}

// Generator makes the articles of one corpus.
type Generator struct{ seed uint64 }

// New returns the generator of the corpus named by seed.
func New(seed uint64) *Generator { return &Generator{seed: seed} }

// first and days span the articles' dates: 2021-01-01 onwards, 2,000 days.
var first = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)

const days = 2000

// colors are the highlight colours, as annotation.Colors names them.
var colors = []string{"yellow", "green", "blue", "pink", "purple"}

// Article returns article i of the corpus.
func (g *Generator) Article(i int) Article {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	w := writer{r: r}
	a := Article{
		Source: sources[w.zipf(len(sources))],
		Date:   first.AddDate(0, 0, r.IntN(days)).Format(time.DateOnly),
		Hash:   fmt.Sprintf("%016x%016x%08x", r.Uint64(), r.Uint64(), r.Uint32()),
	}
	for range 6 + r.IntN(4) {
		zh, en := w.paragraph()
		a.ZH, a.EN = append(a.ZH, zh), append(a.EN, en)
	}
	if r.IntN(10) < 3 {
		a.Annotations = w.annotations(strings.Join(a.ZH, "\n"), strings.Join(a.EN, "\n"))
	}
	return a
}

// Digest writes the article in the digest format Tandem imports: the
// ← 返回 header, the Chinese paragraphs, the English ones, the dated footer.
func (a Article) Digest() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "← 返回 %s\n\n", a.Source)
	for _, p := range append(append([]string{}, a.ZH...), a.EN...) {
		b.WriteString(p + "\n\n")
	}
	d, _ := time.Parse(time.DateOnly, a.Date)
	fmt.Fprintf(&b, "%s (%s) · %s\n", a.Date, d.Weekday(), a.Hash)
	return []byte(b.String())
}

// TextBytes is the size of the article's text, both languages.
func (a Article) TextBytes() int {
	n := 0
	for i := range a.ZH {
		n += len(a.ZH[i]) + len(a.EN[i])
	}
	return n
}

// writer draws words and sentences.
type writer struct {
	r     *rand.Rand
	used  []pair // nouns used so far, for quotes
	zipfs map[int]*rand.Zipf
}

// zipf draws an index below n, small ones far more often.
func (w *writer) zipf(n int) int {
	z, ok := w.zipfs[n]
	if !ok {
		if w.zipfs == nil {
			w.zipfs = map[int]*rand.Zipf{}
		}
		z = rand.NewZipf(w.r, 1.1, 1, uint64(n-1))
		w.zipfs[n] = z
	}
	return int(z.Uint64())
}

func (w *writer) pick(list []pair) pair { return list[w.zipf(len(list))] }

func (w *writer) noun() pair {
	p := w.pick(nouns)
	w.used = append(w.used, p)
	return p
}

func (w *writer) paragraph() (string, string) {
	var zh, en []string
	for range 4 + w.r.IntN(3) {
		z, e := w.sentence()
		zh, en = append(zh, z), append(en, e)
	}
	return strings.Join(zh, ""), strings.Join(en, " ")
}

// annotations highlights nouns the text holds in both languages.
func (w *writer) annotations(zh, en string) []Annotation {
	var quotable []pair
	for _, p := range w.used {
		if strings.Contains(zh, p.zh) && strings.Contains(en, p.en) {
			quotable = append(quotable, p)
		}
	}
	var out []Annotation
	for range min(len(quotable), 1+w.r.IntN(3)) {
		p := quotable[w.r.IntN(len(quotable))]
		an := Annotation{Lang: "zh", Quote: p.zh, Color: colors[w.zipf(len(colors))]}
		if w.r.IntN(2) == 0 {
			an.Lang, an.Quote = "en", p.en
		}
		for range 1 + w.r.IntN(2) {
			an.Tags = append(an.Tags, tags[w.zipf(len(tags))])
		}
		if w.r.IntN(3) == 0 {
			n := w.pick(notes)
			an.Note = n.en
			if w.r.IntN(2) == 0 {
				an.Note = n.zh
			}
		}
		out = append(out, an)
	}
	return out
}
