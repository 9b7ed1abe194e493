package article

import (
	"math"
	"regexp"
	"strings"
	"unicode"
)

// segment is one unit to align: a sentence or a paragraph, described by what
// the length model and the anchors need.
type segment struct {
	han     int             // Chinese characters
	other   int             // every other non-space rune
	anchors map[string]bool // numbers and Latin names, lower case
}

func newSegment(s string) segment {
	seg := segment{anchors: anchorsOf(s)}
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
		case isHan(r):
			seg.han++
		default:
			seg.other++
		}
	}
	return seg
}

var anchorRE = regexp.MustCompile(`[0-9][0-9,]*(?:\.[0-9]+)?|[A-Za-z][A-Za-z0-9+\-]*[A-Za-z0-9+]`)

// anchorsOf collects the tokens a translation keeps as they are: numbers
// (grouping commas dropped) and Latin words that are names (a capital or a
// digit in them). Lower-case English words are left out: the Chinese side
// does not have them.
func anchorsOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, tok := range anchorRE.FindAllString(s, -1) {
		switch {
		case tok[0] >= '0' && tok[0] <= '9':
			m[strings.ReplaceAll(strings.TrimRight(tok, ","), ",", "")] = true
		case strings.IndexFunc(tok, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsDigit(r) }) >= 0:
			m[strings.ToLower(tok)] = true
		}
	}
	return m
}

// bead is one step of an alignment: a[A0:A1] translates b[B0:B1]. Either
// range may be empty.
type bead struct {
	A0, A1, B0, B1 int
	Cost           float64
}

// beadShape is an allowed number of units on each side, with the prior
// probability of seeing it in translated text (after Gale and Church, 1993,
// with 1–3 and 3–1 added because Chinese often joins English sentences).
type beadShape struct {
	a, b  int
	prior float64
}

var beadShapes = []beadShape{
	{1, 1, 0.86}, {1, 0, 0.005}, {0, 1, 0.005}, {2, 1, 0.05}, {1, 2, 0.05},
	{2, 2, 0.01}, {3, 1, 0.01}, {1, 3, 0.01},
}

// shapePrior returns the prior of a bead with a units on one side and b on the
// other, or a tiny one for shapes the table does not allow.
func shapePrior(a, b int) float64 {
	for _, s := range beadShapes {
		if s.a == a && s.b == b {
			return s.prior
		}
	}
	return 1e-6
}

const (
	lengthVariance = 12.0 // s² of the length model, per rune of expected English
	anchorReward   = 2.5  // cost taken off for each anchor both sides share
	oneSidedCap    = 5.0  // most a one-sided bead pays for its length
)

// maxCells bounds the work of one alignment; inputs beyond it (tens of
// thousands of paragraphs with very different counts) are paired by position.
const maxCells = 4_000_000

// alignSegments aligns Chinese segments a with English segments b by dynamic
// programming over bead shapes: the cost of a bead is its prior, how far the
// English length is from the length the Chinese predicts, less a reward for
// each shared anchor. The search keeps to a band around the diagonal. It
// returns the beads in order.
func alignSegments(a, b []segment, model lengthModel) []bead {
	n, m := len(a), len(b)
	band := abs(n-m) + 20
	if n*(2*band+1) > maxCells {
		return positionalBeads(n, m)
	}
	grid := newBandGrid(n, m, band)
	grid.set(0, 0, 0, beadShape{})
	for i := 0; i <= n; i++ {
		lo, hi := grid.span(i)
		for j := lo; j <= hi; j++ {
			for _, s := range beadShapes {
				if s.a > i || s.b > j {
					continue
				}
				prev := grid.cost(i-s.a, j-s.b)
				if math.IsInf(prev, 1) {
					continue
				}
				c := prev + model.beadCost(a[i-s.a:i], b[j-s.b:j], s.prior)
				if c < grid.cost(i, j) {
					grid.set(i, j, c, s)
				}
			}
		}
	}
	var beads []bead
	for i, j := n, m; i > 0 || j > 0; {
		s := grid.shape(i, j)
		if s.a == 0 && s.b == 0 { // unreachable corner: cannot happen inside the band
			return positionalBeads(n, m)
		}
		beads = append(beads, bead{i - s.a, i, j - s.b, j, grid.cost(i, j) - grid.cost(i-s.a, j-s.b)})
		i, j = i-s.a, j-s.b
	}
	for l, r := 0, len(beads)-1; l < r; l, r = l+1, r-1 {
		beads[l], beads[r] = beads[r], beads[l]
	}
	return beads
}

// positionalBeads pairs unit i with unit i and leaves the rest one-sided.
func positionalBeads(n, m int) []bead {
	beads := make([]bead, 0, max(n, m))
	for i := 0; i < max(n, m); i++ {
		b := bead{A0: min(i, n), A1: min(i+1, n), B0: min(i, m), B1: min(i+1, m)}
		beads = append(beads, b)
	}
	return beads
}

// bandGrid holds the dynamic-programming table for cells within band of the
// diagonal from (0,0) to (n,m).
type bandGrid struct {
	n, m, band int
	costs      [][]float64
	shapes     [][]beadShape
	los        []int
}

func newBandGrid(n, m, band int) *bandGrid {
	g := &bandGrid{n: n, m: m, band: band, costs: make([][]float64, n+1), shapes: make([][]beadShape, n+1), los: make([]int, n+1)}
	for i := 0; i <= n; i++ {
		lo, hi := g.bounds(i)
		g.los[i] = lo
		g.costs[i] = make([]float64, hi-lo+1)
		g.shapes[i] = make([]beadShape, hi-lo+1)
		for k := range g.costs[i] {
			g.costs[i][k] = math.Inf(1)
		}
	}
	return g
}

func (g *bandGrid) bounds(i int) (int, int) {
	center := i * g.m / max(g.n, 1)
	return max(0, center-g.band), min(g.m, center+g.band)
}

func (g *bandGrid) span(i int) (int, int) { return g.los[i], g.los[i] + len(g.costs[i]) - 1 }

func (g *bandGrid) cost(i, j int) float64 {
	k := j - g.los[i]
	if k < 0 || k >= len(g.costs[i]) {
		return math.Inf(1)
	}
	return g.costs[i][k]
}

func (g *bandGrid) shape(i, j int) beadShape {
	k := j - g.los[i]
	if k < 0 || k >= len(g.shapes[i]) {
		return beadShape{}
	}
	return g.shapes[i][k]
}

func (g *bandGrid) set(i, j int, c float64, s beadShape) {
	g.costs[i][j-g.los[i]] = c
	g.shapes[i][j-g.los[i]] = s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// lengthModel predicts the English length of Chinese text: perHan English
// runes for each Chinese character, and the other runes (Latin names,
// numbers) one for one.
type lengthModel struct{ perHan float64 }

func fitLength(a, b []segment) lengthModel {
	han, other, en := 0, 0, 0
	for _, s := range a {
		han += s.han
		other += s.other
	}
	for _, s := range b {
		en += s.han + s.other
	}
	if han == 0 {
		return lengthModel{perHan: 3}
	}
	return lengthModel{perHan: math.Max(1, float64(en-other)/float64(han))}
}

// fitOneToOne fits the length model to the 1–1 beads of an alignment; ok
// is false when there are none with Chinese characters.
func fitOneToOne(a, b []segment, beads []bead) (lengthModel, bool) {
	var as, bs []segment
	han := 0
	for _, bd := range beads {
		if bd.A1-bd.A0 == 1 && bd.B1-bd.B0 == 1 {
			as, bs = append(as, a[bd.A0]), append(bs, b[bd.B0])
			han += a[bd.A0].han
		}
	}
	return fitLength(as, bs), han > 0
}

func (lm lengthModel) beadCost(a, b []segment, prior float64) float64 {
	han, other, en := 0, 0, 0
	for _, s := range a {
		han, other = han+s.han, other+s.other
	}
	for _, s := range b {
		en += s.han + s.other
	}
	shared := sharedAnchors(a, b)
	want := lm.perHan*float64(han) + float64(other)
	got := float64(en)
	c := -math.Log(prior)
	if want+got > 0 {
		delta := (got - want) / math.Sqrt(lengthVariance*(want+got)/2)
		p := 2 * (1 - normalCDF(math.Abs(delta)))
		lc := -math.Log(math.Max(p, 1e-12))
		if len(a) == 0 || len(b) == 0 {
			// Gale and Church charge a unit left without translation by
			// its length, as if translated into nothing; then a long
			// paragraph missing on one side is always glued onto a
			// neighbour instead. An omission is as likely long as short.
			lc = math.Min(lc, oneSidedCap)
		}
		c += lc
	}
	return c - anchorReward*float64(shared)
}

// sharedAnchors counts the anchors of a that some segment of b also has,
// each once. It runs for every cell of the alignment, so it counts without
// building a set: beads hold at most three segments a side.
func sharedAnchors(a, b []segment) int {
	n := 0
	for i, s := range a {
		for k := range s.anchors {
			if inAny(a[:i], k) {
				continue // counted with an earlier segment
			}
			if inAny(b, k) {
				n++
			}
		}
	}
	return n
}

func inAny(segs []segment, k string) bool {
	for _, s := range segs {
		if s.anchors[k] {
			return true
		}
	}
	return false
}

func normalCDF(x float64) float64 {
	return 0.5 * math.Erfc(-x/math.Sqrt2)
}

// alignSentences fills the pair's sentence spans and links.
func alignSentences(p *Pair) {
	// Empty lists rather than nil, so JSON readers always get arrays.
	p.SentencesZH = append([]Span{}, Sentences(p.ZH)...)
	p.SentencesEN = append([]Span{}, Sentences(p.EN)...)
	p.Links = []Link{}
	if len(p.SentencesZH) == 0 || len(p.SentencesEN) == 0 {
		return
	}
	a := segmentsOf(p.ZH, p.SentencesZH)
	b := segmentsOf(p.EN, p.SentencesEN)
	for _, bd := range alignSegments(a, b, fitLength(a, b)) {
		for i := bd.A0; i < bd.A1; i++ {
			for j := bd.B0; j < bd.B1; j++ {
				p.Links = append(p.Links, Link{i, j})
			}
		}
	}
}

func segmentsOf(text string, spans []Span) []segment {
	rs := []rune(text)
	out := make([]segment, len(spans))
	for i, s := range spans {
		out[i] = newSegment(string(rs[s.Start:s.End]))
	}
	return out
}

// alignParagraphs pairs Chinese and English paragraphs: by position when the
// counts match, else by length and anchors. When two paragraphs of one side
// align with one of the other they are joined by a line break into one pair.
func alignParagraphs(zh, en []string) []Pair {
	if len(zh) == len(en) {
		pairs := make([]Pair, len(zh))
		for i := range zh {
			pairs[i] = Pair{ZH: zh[i], EN: en[i]}
		}
		return pairs
	}
	a := make([]segment, len(zh))
	for i, s := range zh {
		a[i] = newSegment(s)
	}
	b := make([]segment, len(en))
	for i, s := range en {
		b[i] = newSegment(s)
	}
	beads := alignSegments(a, b, fitLength(a, b))
	// When a paragraph is missing on one side, the length ratio of the
	// whole text is off by that paragraph and misleads the alignment; the
	// ratio of the paragraphs it paired one to one is not.
	if model, ok := fitOneToOne(a, b, beads); ok {
		beads = alignSegments(a, b, model)
	}
	var pairs []Pair
	for _, bd := range beads {
		pairs = append(pairs, Pair{
			ZH: strings.Join(zh[bd.A0:bd.A1], "\n"),
			EN: strings.Join(en[bd.B0:bd.B1], "\n"),
		})
	}
	return pairs
}
