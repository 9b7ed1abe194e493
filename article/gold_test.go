package article

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// goldArticle is a hand-aligned article under testdata/gold: the input file,
// the format Parse must detect, and the pairs a careful human aligner makes.
// Sentences are given as text, not as offsets or indexes, so the gold holds
// whatever the sentence splitter does; links index the pair's own lists.
type goldArticle struct {
	Input  string     `json:"input"`
	Format Format     `json:"format"`
	About  string     `json:"about"`
	Pairs  []goldPair `json:"pairs"`
}

type goldPair struct {
	ZH    []string `json:"zh"`
	EN    []string `json:"en"`
	Links [][2]int `json:"links"`
}

// minGoldF1 is the sentence-link F1 the aligner must reach over the gold set.
const minGoldF1 = 0.95

// tally counts hits, false alarms and misses.
type tally struct{ tp, fp, fn int }

func (s tally) add(o tally) tally { return tally{s.tp + o.tp, s.fp + o.fp, s.fn + o.fn} }

func (s tally) precision() float64 { return ratio(s.tp, s.tp+s.fp) }
func (s tally) recall() float64    { return ratio(s.tp, s.tp+s.fn) }

func (s tally) f1() float64 {
	p, r := s.precision(), s.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (s tally) String() string {
	if s.tp+s.fp+s.fn == 0 {
		return "none to find, none found"
	}
	return fmtScore(s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn)
}

// ratio is n/d, and 1 when there is nothing to count: an article with no
// links to find that finds none is right.
func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// compare counts the keys of got found in want and the others.
func compare(got, want map[string]bool) tally {
	var s tally
	for k := range got {
		if want[k] {
			s.tp++
		} else {
			s.fp++
		}
	}
	for k := range want {
		if !got[k] {
			s.fn++
		}
	}
	return s
}

// linkKey names a sentence link by the text of its two sentences.
func linkKey(zh, en string) string { return zh + "\x00" + en }

// pairKey names a paragraph pair by the sentences on each side.
func pairKey(zh, en []string) string {
	return strings.Join(zh, "\x1f") + "\x00" + strings.Join(en, "\x1f")
}

func (g *goldArticle) links() map[string]bool {
	m := map[string]bool{}
	for _, p := range g.Pairs {
		for _, l := range p.Links {
			m[linkKey(p.ZH[l[0]], p.EN[l[1]])] = true
		}
	}
	return m
}

func (g *goldArticle) pairs() map[string]bool {
	m := map[string]bool{}
	for _, p := range g.Pairs {
		m[pairKey(p.ZH, p.EN)] = true
	}
	return m
}

// sentenceTexts returns the text of each sentence of language l in p.
func sentenceTexts(p *Pair, l Lang) []string {
	rs := []rune(p.Text(l))
	var out []string
	for _, s := range p.Sentences(l) {
		out = append(out, string(rs[s.Start:s.End]))
	}
	return out
}

func articleLinks(a *Article) map[string]bool {
	m := map[string]bool{}
	for i := range a.Pairs {
		p := &a.Pairs[i]
		zh, en := sentenceTexts(p, ZH), sentenceTexts(p, EN)
		for _, l := range p.Links {
			m[linkKey(zh[l.ZH], en[l.EN])] = true
		}
	}
	return m
}

func articlePairs(a *Article) map[string]bool {
	m := map[string]bool{}
	for i := range a.Pairs {
		m[pairKey(sentenceTexts(&a.Pairs[i], ZH), sentenceTexts(&a.Pairs[i], EN))] = true
	}
	return m
}

// goldCase is one gold article, parsed.
type goldCase struct {
	name string
	gold goldArticle
	got  *Article
}

// loadGold reads and parses every gold article. It fails the test when a
// gold sentence is not in its input: the gold would then be wrong, not the
// aligner.
func loadGold(t *testing.T) []goldCase {
	t.Helper()
	files, err := filepath.Glob("testdata/gold/*.gold.json")
	if err != nil || len(files) < 8 {
		t.Fatalf("gold set: %d files, %v", len(files), err)
	}
	sort.Strings(files)
	var out []goldCase
	for _, f := range files {
		var g goldArticle
		if err := json.Unmarshal(readFile(t, f), &g); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		data := readFile(t, filepath.Join("testdata/gold", g.Input))
		for _, p := range g.Pairs {
			for _, s := range append(append([]string{}, p.ZH...), p.EN...) {
				if !strings.Contains(string(data), s) {
					t.Fatalf("%s: gold sentence %q is not in %s", f, s, g.Input)
				}
			}
		}
		a, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", g.Input, err)
		}
		out = append(out, goldCase{strings.TrimSuffix(filepath.Base(f), ".gold.json"), g, a})
	}
	return out
}

// TestAlignmentGold scores the alignment against the hand-made gold set:
// precision, recall and F1 of sentence links, where a link is the pair of
// its sentences' texts, and of paragraph pairs. It fails when the overall
// link F1 falls below minGoldF1.
func TestAlignmentGold(t *testing.T) {
	var links, pairs tally
	for _, c := range loadGold(t) {
		if c.got.Format != c.gold.Format {
			t.Errorf("%s: format %q, want %q", c.name, c.got.Format, c.gold.Format)
		}
		l := compare(articleLinks(c.got), c.gold.links())
		p := compare(articlePairs(c.got), c.gold.pairs())
		t.Logf("%-30s links %s", c.name, l)
		t.Logf("%-30s pairs %s", "", p)
		links, pairs = links.add(l), pairs.add(p)
	}
	t.Logf("%-30s links %s", "overall", links)
	t.Logf("%-30s pairs %s", "", pairs)
	if f := links.f1(); f < minGoldF1 {
		t.Errorf("sentence-link F1 %.3f, want at least %.2f", f, minGoldF1)
	}
}

func fmtScore(p, r, f float64, tp, fp, fn int) string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (%d right, %d wrong, %d missed)", p, r, f, tp, fp, fn)
}

// calibration collects confidences of right and wrong links or pairs.
type calibration struct{ right, wrong []float64 }

func (c *calibration) add(conf float64, right bool) {
	if right {
		c.right = append(c.right, conf)
	} else {
		c.wrong = append(c.wrong, conf)
	}
}

func (c *calibration) merge(o calibration) {
	c.right = append(c.right, o.right...)
	c.wrong = append(c.wrong, o.wrong...)
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := 0.0
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

// below is the share of xs under the threshold.
func below(xs []float64, threshold float64) float64 {
	n := 0
	for _, x := range xs {
		if x < threshold {
			n++
		}
	}
	return ratio(n, len(xs))
}

func (c *calibration) String() string {
	return "right " + summary(c.right) + "; wrong " + summary(c.wrong)
}

func summary(xs []float64) string {
	if len(xs) == 0 {
		return "none"
	}
	return fmt.Sprintf("%d, mean %.3f, %.0f%% below %.2f", len(xs), mean(xs), 100*below(xs, LowConfidence), LowConfidence)
}

// rowFlags counts rows (pairs) by whether they hold a mistake and whether
// Pair.LowConfidence marks them.
type rowFlags struct{ badMarked, bad, goodMarked, good int }

func (r rowFlags) String() string {
	return fmt.Sprintf("%d of %d rows with a mistake marked, %d of %d right rows marked",
		r.badMarked, r.bad, r.goodMarked, r.good)
}

// calibration of one article: its links, its pairs and its rows.
type articleCalibration struct {
	links, pairs calibration
	rows         rowFlags
}

func (c *articleCalibration) merge(o articleCalibration) {
	c.links.merge(o.links)
	c.pairs.merge(o.pairs)
	c.rows = rowFlags{c.rows.badMarked + o.rows.badMarked, c.rows.bad + o.rows.bad,
		c.rows.goodMarked + o.rows.goodMarked, c.rows.good + o.rows.good}
}

// calibrate sorts the article's links, pairs and rows into right and wrong
// by the gold and keeps their confidences. A row is wrong when its pairing
// is, or when one of its links is wrong or missing.
func calibrate(a *Article, g *goldArticle) articleCalibration {
	var c articleCalibration
	wantLinks, wantPairs := g.links(), g.pairs()
	for i := range a.Pairs {
		p := &a.Pairs[i]
		zh, en := sentenceTexts(p, ZH), sentenceTexts(p, EN)
		right := wantPairs[pairKey(zh, en)]
		c.pairs.add(p.Confidence, right)
		got := map[string]bool{}
		for k, l := range p.Links {
			key := linkKey(zh[l.ZH], en[l.EN])
			got[key] = true
			c.links.add(p.LinkConfidence[k], wantLinks[key])
			right = right && wantLinks[key]
		}
		for _, z := range zh {
			for _, e := range en {
				right = right && got[linkKey(z, e)] == wantLinks[linkKey(z, e)]
			}
		}
		c.rows.add(right, p.LowConfidence())
	}
	return c
}

func (r *rowFlags) add(right, marked bool) {
	switch {
	case right && marked:
		r.good, r.goodMarked = r.good+1, r.goodMarked+1
	case right:
		r.good++
	case marked:
		r.bad, r.badMarked = r.bad+1, r.badMarked+1
	default:
		r.bad++
	}
}

// dropVariants makes harder cases out of a gold article: for each pair with
// two or more sentences in a language and some link, the same input with
// the last of those sentences deleted, as by a translator who left it out,
// and the gold made to agree. The aligner must then leave a sentence (or a
// paragraph) without counterpart — the mistakes confidence must point at.
func dropVariants(t *testing.T, c goldCase) []goldCase {
	t.Helper()
	data := string(readFile(t, filepath.Join("testdata/gold", c.gold.Input)))
	var out []goldCase
	for pi, p := range c.gold.Pairs {
		for _, l := range []Lang{ZH, EN} {
			sents := p.ZH
			if l == EN {
				sents = p.EN
			}
			if len(sents) < 2 || len(p.Links) == 0 {
				continue
			}
			last := len(sents) - 1
			cut := strings.Replace(data, sents[last], "", 1)
			a, err := Parse([]byte(cut))
			if err != nil {
				t.Fatalf("%s without %q: %v", c.name, sents[last], err)
			}
			g := c.gold
			g.Pairs = append([]goldPair{}, c.gold.Pairs...)
			g.Pairs[pi] = p.without(l, last)
			out = append(out, goldCase{fmt.Sprintf("%s-drop-%d%s", c.name, pi, l), g, a})
		}
	}
	return out
}

// without returns the pair with sentence i of language l removed.
func (p goldPair) without(l Lang, i int) goldPair {
	q := goldPair{ZH: p.ZH, EN: p.EN}
	side := 1
	if l == ZH {
		side = 0
		q.ZH = append(append([]string{}, p.ZH[:i]...), p.ZH[i+1:]...)
	} else {
		q.EN = append(append([]string{}, p.EN[:i]...), p.EN[i+1:]...)
	}
	for _, k := range p.Links {
		switch {
		case k[side] < i:
			q.Links = append(q.Links, k)
		case k[side] > i:
			k[side]--
			q.Links = append(q.Links, k)
		}
	}
	return q
}

// minStressF1 is the link F1 the aligner must keep on the gold articles
// with a sentence left out. It guards against a change that helps the gold
// set and hurts everything near it.
const minStressF1 = 0.92

// TestAlignmentStress scores the alignment on the gold articles with a
// sentence left out (see dropVariants).
func TestAlignmentStress(t *testing.T) {
	var links, pairs tally
	for _, c := range loadGold(t) {
		for _, v := range dropVariants(t, c) {
			links = links.add(compare(articleLinks(v.got), v.gold.links()))
			pairs = pairs.add(compare(articlePairs(v.got), v.gold.pairs()))
		}
	}
	t.Logf("links %s", links)
	t.Logf("pairs %s", pairs)
	if f := links.f1(); f < minStressF1 {
		t.Errorf("sentence-link F1 %.3f with a sentence left out, want at least %.2f", f, minStressF1)
	}
}

// TestConfidenceGold checks that confidence says where to look, on the gold
// set and on its variants with a sentence left out: wrong links and pairs
// score lower than right ones, LowConfidence catches most wrong links and
// few right ones, and Pair.LowConfidence marks most rows with a mistake.
func TestConfidenceGold(t *testing.T) {
	var gold, stress articleCalibration
	for _, c := range loadGold(t) {
		gold.merge(calibrate(c.got, &c.gold))
		for _, v := range dropVariants(t, c) {
			stress.merge(calibrate(v.got, &v.gold))
		}
	}
	for _, r := range []struct {
		name string
		c    *articleCalibration
	}{{"gold", &gold}, {"gold with a sentence left out", &stress}} {
		t.Logf("%s:", r.name)
		t.Logf("  links: %s", &r.c.links)
		t.Logf("  pairs: %s", &r.c.pairs)
		t.Logf("  rows:  %s", r.c.rows)
	}
	var all articleCalibration
	all.merge(gold)
	all.merge(stress)
	checks := []struct {
		what string
		ok   bool
	}{
		{"wrong links score lower than right ones", mean(all.links.wrong) < mean(all.links.right)-0.2},
		{"wrong pairs score lower than right ones", mean(all.pairs.wrong) < mean(all.pairs.right)-0.2},
		{"most wrong links are below LowConfidence", below(all.links.wrong, LowConfidence) > 0.5},
		{"few right links of the gold are below LowConfidence", below(gold.links.right, LowConfidence) < 0.1},
		{"few right links of the variants are below LowConfidence", below(stress.links.right, LowConfidence) < 0.2},
		{"most rows with a mistake are marked", ratio(all.rows.badMarked, all.rows.bad) > 0.5},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("want: %s", c.what)
		}
	}
}
