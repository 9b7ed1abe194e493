package align

import (
	"fmt"
	"io"
	"strings"

	"tandem/article"
)

// Tally counts hits, false alarms and misses.
type Tally struct{ TP, FP, FN int }

// Add returns the sum of two tallies.
func (s Tally) Add(o Tally) Tally { return Tally{s.TP + o.TP, s.FP + o.FP, s.FN + o.FN} }

// Precision is the share of what was found that is right.
func (s Tally) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall is the share of what is right that was found.
func (s Tally) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Tally) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// Score is what one source under one damage got: pairs, sentence links,
// and the links that follow an untranslated sentence (in its row and every
// row after it), which must not shift: of those the aligner finds in the
// undamaged article, how many it still finds.
type Score struct {
	Source, Layout, Damage string
	Articles               int
	Pairs, Links           Tally
	AfterGap               Tally
}

func (s *Score) add(o Score) {
	s.Articles += o.Articles
	s.Pairs, s.Links, s.AfterGap = s.Pairs.Add(o.Pairs), s.Links.Add(o.Links), s.AfterGap.Add(o.AfterGap)
}

// measure parses a damaged article and scores it. gapRow and gapUnit are
// the row with an untranslated sentence and the unit it lacks, or -1;
// clean holds the links found in the undamaged article.
func measure(ps article.Parser, d doc, text []byte, gapRow, gapUnit int, clean map[string]bool, list func(d doc, a *article.Article)) (Score, map[string]bool, error) {
	a, err := ps.Parse(text)
	if err != nil {
		return Score{}, nil, err
	}
	if list != nil {
		list(d, a)
	}
	wantPairs, wantLinks := map[string]bool{}, map[string]bool{}
	after := map[string]bool{}
	for i, r := range d {
		g := r.gold()
		wantPairs[pairKey(g.zh, g.en)] = true
		for _, l := range g.links {
			k := linkKey(g.zh[l[0]], g.en[l[1]])
			wantLinks[k] = true
			if gapRow >= 0 && clean[k] && (i > gapRow || i == gapRow && unitOfEN(r, l[1]) > gapUnit) {
				after[k] = true
			}
		}
	}
	gotPairs, gotLinks := map[string]bool{}, map[string]bool{}
	for i := range a.Pairs {
		p := &a.Pairs[i]
		zh, en := texts(p, article.ZH), texts(p, article.EN)
		gotPairs[pairKey(zh, en)] = true
		for _, l := range p.Links {
			gotLinks[linkKey(zh[l.ZH], en[l.EN])] = true
		}
	}
	s := Score{Articles: 1, Pairs: compare(gotPairs, wantPairs), Links: compare(gotLinks, wantLinks)}
	for k := range after {
		if gotLinks[k] {
			s.AfterGap.TP++
		} else {
			s.AfterGap.FN++
		}
	}
	return s, gotLinks, nil
}

// unitOfEN returns the index of the unit that holds English sentence j of
// a row.
func unitOfEN(r row, j int) int {
	for i, u := range r.units {
		if j < len(u.en) {
			return i
		}
		j -= len(u.en)
	}
	return len(r.units)
}

func texts(p *article.Pair, l article.Lang) []string {
	rs := []rune(p.Text(l))
	var out []string
	for _, s := range p.Sentences(l) {
		out = append(out, string(rs[s.Start:s.End]))
	}
	return out
}

func linkKey(zh, en string) string { return zh + "\x00" + en }

func pairKey(zh, en []string) string {
	return strings.Join(zh, "\x1f") + "\x00" + strings.Join(en, "\x1f")
}

func compare(got, want map[string]bool) Tally {
	var s Tally
	for k := range got {
		if want[k] {
			s.TP++
		} else {
			s.FP++
		}
	}
	for k := range want {
		if !got[k] {
			s.FN++
		}
	}
	return s
}

// Clean is the name of the undamaged articles in the table.
const Clean = "clean"

// Run scores a source: each article whole, then under each damage at each
// position, in each layout. It returns one score for the clean articles
// and one per damage, for each layout. ps parses the articles: the
// library's import hands it the bundled dictionary.
func Run(source string, arts [][]paragraph, ps article.Parser) ([]Score, error) {
	return RunListing(source, arts, ps, nil)
}

// RunListing is Run, writing to w (when not nil) every pair of the right
// paragraphs whose sentence links are not the gold's: its sentences, the
// gold links and those found. A pair the aligner got wrong is not listed;
// the pair scores say how many.
func RunListing(source string, arts [][]paragraph, ps article.Parser, w io.Writer) ([]Score, error) {
	var scores []Score
	for _, lay := range layouts {
		s, err := runLayout(source, lay, arts, ps, w)
		if err != nil {
			return nil, err
		}
		scores = append(scores, s...)
	}
	return scores, nil
}

func runLayout(source string, lay layout, arts [][]paragraph, ps article.Parser, w io.Writer) ([]Score, error) {
	lister := func(what string) func(doc, *article.Article) {
		if w == nil {
			return nil
		}
		return func(d doc, a *article.Article) { listWrongLinks(w, what, d, a) }
	}
	scores := []Score{{Source: source, Layout: lay.name, Damage: Clean}}
	var kinds []damage
	for _, dm := range damages {
		if lay.splitsMerge || !dm.rearranges {
			kinds = append(kinds, dm)
			scores = append(scores, Score{Source: source, Layout: lay.name, Damage: dm.name})
		}
	}
	for ai, paras := range arts {
		s, clean, err := measure(ps, undamaged(paras), lay.render(undamaged(paras), source), -1, -1, nil,
			lister(fmt.Sprintf("%s, %s, %s, article %d", source, lay.name, Clean, ai)))
		if err != nil {
			return nil, fmt.Errorf("%s article %d, %s: %w", source, ai, lay.name, err)
		}
		scores[0].add(s)
		other := arts[(ai+1)%len(arts)][0]
		for di, dm := range kinds {
			for _, p := range positions(len(paras)) {
				d, ok := dm.apply(undamaged(paras).clone(), p, other)
				if !ok {
					continue
				}
				gapRow, gapUnit := untranslatedAt(d)
				s, _, err := measure(ps, d, lay.render(d, source), gapRow, gapUnit, clean,
					lister(fmt.Sprintf("%s, %s, %s at %d, article %d", source, lay.name, dm.name, p, ai)))
				if err != nil {
					return nil, fmt.Errorf("%s article %d, %s, %s at %d: %w", source, ai, lay.name, dm.name, p, err)
				}
				scores[di+1].add(s)
			}
		}
	}
	return scores, nil
}

// untranslatedAt finds the unit without Chinese in a row that has Chinese,
// or returns -1, -1.
func untranslatedAt(d doc) (int, int) {
	for i, r := range d {
		if r.noZH {
			continue
		}
		for j, u := range r.units {
			if len(u.zh) == 0 {
				return i, j
			}
		}
	}
	return -1, -1
}

// WriteTable prints the scores, one line each, with the totals of each
// damage over every source.
func WriteTable(w io.Writer, scores []Score) {
	fmt.Fprintf(w, "%-10s %-12s %-30s %5s   %-23s   %-23s   %s\n", "source", "layout", "damage", "cases", "pairs P / R / F1", "links P / R / F1", "after gap R")
	row := func(s Score) {
		gap := "-"
		if s.AfterGap.TP+s.AfterGap.FN > 0 {
			gap = fmt.Sprintf("%.3f", s.AfterGap.Recall())
		}
		fmt.Fprintf(w, "%-10s %-12s %-30s %5d   %.3f / %.3f / %.3f   %.3f / %.3f / %.3f   %s\n", s.Source, s.Layout, s.Damage, s.Articles,
			s.Pairs.Precision(), s.Pairs.Recall(), s.Pairs.F1(), s.Links.Precision(), s.Links.Recall(), s.Links.F1(), gap)
	}
	for _, s := range scores {
		row(s)
	}
	for _, t := range Totals(scores) {
		row(t)
	}
}

// Totals sums the scores of each layout and damage over the sources, in
// the order they first appear.
func Totals(scores []Score) []Score {
	var out []Score
	at := map[[2]string]int{}
	for _, s := range scores {
		k := [2]string{s.Layout, s.Damage}
		i, ok := at[k]
		if !ok {
			i = len(out)
			at[k] = i
			out = append(out, Score{Source: "all", Layout: s.Layout, Damage: s.Damage})
		}
		out[i].add(s)
	}
	return out
}

// listWrongLinks writes to w each pair of a that is a row of d, its
// paragraphs right, whose links are not the row's gold links.
func listWrongLinks(w io.Writer, what string, d doc, a *article.Article) {
	got := map[string]*article.Pair{}
	for i := range a.Pairs {
		p := &a.Pairs[i]
		got[pairKey(texts(p, article.ZH), texts(p, article.EN))] = p
	}
	for i, r := range d {
		g := r.gold()
		p := got[pairKey(g.zh, g.en)]
		if p == nil || len(g.zh) == 0 || len(g.en) == 0 {
			continue
		}
		var found [][2]int
		for _, l := range p.Links {
			found = append(found, [2]int{l.ZH, l.EN})
		}
		if fmt.Sprint(found) == fmt.Sprint(g.links) {
			continue
		}
		fmt.Fprintf(w, "== %s, row %d\n", what, i)
		for k, s := range g.zh {
			fmt.Fprintf(w, "  zh%d %s\n", k, s)
		}
		for k, s := range g.en {
			fmt.Fprintf(w, "  en%d %s\n", k, s)
		}
		fmt.Fprintf(w, "  gold  %v\n  found %v\n", g.links, found)
	}
}
