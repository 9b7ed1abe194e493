package article

import (
	"maps"
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// bead is one step of an alignment: a[A0:A1] translates b[B0:B1]. Either
// range may be empty.
type bead struct {
	A0, A1, B0, B1 int
	Cost           float64
}

// beadShape is an allowed number of units on each side, with the prior
// probability of seeing it in translated text.
type beadShape struct {
	a, b  int
	prior float64
}

// level is what differs between aligning the paragraphs of an article and
// the sentences of a paragraph: which bead shapes are allowed, how likely
// each is, the most a unit left without translation pays for its length,
// and what a name found on one side only costs.
type level struct {
	shapes      []beadShape
	oneSidedCap float64
	missPenalty float64 // cost added for each name one side has and the other lacks
	quoteSplit  float64 // cost of a bead that ends inside a quotation on one side only (see inQuote)
	// priorCosts holds minus the log of each shape's prior, worked out
	// once (see init) rather than for every bead weighed.
	priorCosts []float64
}

func init() {
	for _, lv := range []*level{&sentenceLevel, &fitLevel, &paragraphLevel, &interleavedLevel} {
		lv.priorCosts = make([]float64, len(lv.shapes))
		for k, s := range lv.shapes {
			lv.priorCosts[k] = -math.Log(s.prior)
		}
	}
}

// sentenceLevel follows Gale and Church (1993), with 1–3 and 3–1 added
// because Chinese often joins English sentences, and 4–1 and 1–4 because a
// long English sentence strung together with colons and semicolons often
// comes out as four Chinese ones (in published translations one unit in
// fifty; make eval). A sentence left out of a
// translation (1–0) is rarer than a sentence split, but a translator who
// shortens does it, so it is neither priced out nor charged much for its
// length; a name one side has and the other lacks counts against a bead.
//
// A run of three or more sentences against one is priced by runPrior, so
// that where a pair has more sentences on one side the extra ones cost the
// same whether they join one sentence of the other side or several, and
// lengths and words alone say which.
var sentenceLevel = level{
	shapes: []beadShape{
		{1, 1, oneToOne}, {1, 0, 0.02}, {0, 1, 0.02}, {2, 1, twoToOne}, {1, 2, twoToOne},
		{2, 2, 0.01}, {3, 1, runPrior(3)}, {1, 3, runPrior(3)}, {4, 1, runPrior(4)}, {1, 4, runPrior(4)},
	},
	oneSidedCap: 2,
	missPenalty: 1,
	quoteSplit:  quoteSplit,
}

// quoteSplit is the cost of a bead of sentences that ends inside a
// quotation on one side and outside on the other: a quotation the
// splitter cut ("He says he sees "exceptional clarity." and "Lake Tahoe
// is the cleanest … lake, I think, in the country."") is one utterance,
// which the other language translates in one piece (据他表示，“……”), and
// a boundary inside it on one side only puts half of it with the
// neighbour. A quotation that both sides cut at the same place costs
// nothing, and so does every cut where one side quotes nothing at all.
// On published translations (make eval) 1 took the clean links of the
// wmt21b documents from 0.990 to 0.992, and each of their damaged
// layouts up by 0.001 or 0.002, lowering no row; 0.5 moved nothing, 2
// lost a link of WMT20's where paragraphs are merged, 3 lost several of
// the wmt20b documents'.
const quoteSplit = 1.0

// The priors of a sentence translated by one and by two sentences.
const (
	oneToOne = 0.86
	twoToOne = 0.05
)

// runPrior is the prior of a bead of k sentences against one: each
// sentence past the first joins at the odds of 2–1 against 1–1. Priced on
// their own (3–1 at 0.01, 4–1 at 0.005, as Chinese does join three
// English sentences), one run of three and a sentence alone cost 1.2 nats
// less than two runs of two, whatever the lengths said; the Chinese Bible
// cuts a verse into two sentences one time in three, and a short sentence
// at the edge of a run went with the wrong neighbour (make eval: clean
// links of bible-nt 0.988, now 0.994; bible-ot 0.976, now 0.979).
func runPrior(k int) float64 {
	return oneToOne * math.Pow(twoToOne/oneToOne, float64(k-1))
}

// fitLevel is sentenceLevel with runs of sentences priced each on its own,
// as sentenceFit weighs the sentences of a paragraph pair: its weight
// against the paragraph beads was set with these prices, and at
// sentenceLevel's a Bible paragraph missing on one side took its
// neighbour's place more often (make eval: pairs 0.967 to 0.959).
var fitLevel = level{
	shapes: []beadShape{
		{1, 1, 0.86}, {1, 0, 0.02}, {0, 1, 0.02}, {2, 1, 0.05}, {1, 2, 0.05},
		{2, 2, 0.01}, {3, 1, 0.01}, {1, 3, 0.01}, {4, 1, 0.005}, {1, 4, 0.005},
	},
	oneSidedCap: 2,
	missPenalty: 1,
}

// paragraphLevel makes a paragraph without counterpart — a translator's
// note, a disclaimer, a title in one language — about as likely as a
// paragraph split in two, and cheap whatever its length: otherwise the
// length model glues such a paragraph onto a neighbour, where its sentences
// then link to sentences that do not translate them. On published
// translations (make eval) a nat of length is the most it should pay: at
// two, a short untranslated paragraph still went onto its neighbour.
var paragraphLevel = level{
	shapes: []beadShape{
		{1, 1, 0.85}, {1, 0, 0.02}, {0, 1, 0.02}, {2, 1, 0.04}, {1, 2, 0.04},
		{2, 2, 0.005}, {3, 1, 0.01}, {1, 3, 0.01},
	},
	oneSidedCap: 1,
	missPenalty: 1,
}

// interleavedLevel scores the pairs of an interleaved article, whose layout
// pairs neighbouring paragraphs and so allows no bead but 1–1 and a
// paragraph alone.
var interleavedLevel = level{
	shapes:      []beadShape{{1, 1, 0.9}, {1, 0, 0.05}, {0, 1, 0.05}},
	oneSidedCap: paragraphLevel.oneSidedCap,
	missPenalty: paragraphLevel.missPenalty,
}

// priorCost returns minus the log of the prior of a bead with a units on
// one side and b on the other; ok is false for shapes the level does not
// allow.
func (lv level) priorCost(a, b int) (cost float64, ok bool) {
	for k, s := range lv.shapes {
		if s.a != a || s.b != b {
			continue
		}
		if s.prior <= 0 {
			return 0, false
		}
		if k < len(lv.priorCosts) {
			return lv.priorCosts[k], true
		}
		return -math.Log(s.prior), true
	}
	return 0, false
}

const (
	lengthVariance = 12.0 // s² of the length model, per rune of expected English
	anchorReward   = 2.5  // cost taken off for each anchor both sides share
)

// maxCells bounds the work of one alignment; inputs beyond it (some six
// thousand paragraphs a side, fewer with very different counts) are paired
// by position. Each cell weighs eight beads twice over, a microsecond or so
// each: at four million cells a 19 MB article of 31,000 paragraphs a side
// took half a minute to align, where the longest real reports have a few
// hundred.
const maxCells = 250_000

// alignSegments aligns Chinese segments a with English segments b by dynamic
// programming over the level's bead shapes: the cost of a bead is its prior,
// how far the English length is from the length the Chinese predicts, less a
// reward for each shared anchor. The search keeps to a band around the
// diagonal. It returns the beads in order. It is faster on segments
// numbered together by internAnchors, which the caller does once for all
// the passes it makes over them; the beads are the same either way.
func alignSegments(a, b []segment, model lengthModel, lv level) []bead {
	return bestPath(len(a), len(b), lv, oneSidedMemo(a, b, model, lv))
}

// oneSidedMemo returns the cost of the bead of shape lv.shapes[s] that ends
// after unit i of a and unit j of b, as beadCost weighs it. A bead with
// units on one side only costs the same wherever it ends on the other, so
// each is weighed once and kept: a search over the band asks for it again
// in every cell of a row (or a column). The prior of each shape is
// looked up once too.
func oneSidedMemo(a, b []segment, model lengthModel, lv level) func(i, j, s int) float64 {
	// kept[s][x] is the cost of the one-sided bead of shape s ending
	// after unit x of its side, NaN until weighed.
	kept := make([][]float64, len(lv.shapes))
	priors := make([]float64, len(lv.shapes))
	allowed := make([]bool, len(lv.shapes))
	for s, sh := range lv.shapes {
		priors[s], allowed[s] = lv.priorCost(sh.a, sh.b)
		switch {
		case sh.a > 0 && sh.b == 0:
			kept[s] = nanSlice(len(a) + 1)
		case sh.a == 0 && sh.b > 0:
			kept[s] = nanSlice(len(b) + 1)
		}
	}
	return func(i, j, s int) float64 {
		sh := lv.shapes[s]
		x := i
		if sh.a == 0 {
			x = j
		}
		if k := kept[s]; k != nil {
			if c := k[x]; !math.IsNaN(c) {
				return c
			}
		}
		c := math.Inf(1)
		if allowed[s] {
			c = model.beadCostFrom(priors[s], a[i-sh.a:i], b[j-sh.b:j], lv)
		}
		if k := kept[s]; k != nil && !math.IsNaN(c) {
			k[x] = c
		}
		return c
	}
}

func nanSlice(n int) []float64 {
	out := make([]float64, n)
	for i := range out {
		out[i] = math.NaN()
	}
	return out
}

// bestPath finds the cheapest alignment of n units with m units, where
// cost(i, j, s) is the cost of the bead of shape lv.shapes[s] that ends
// after unit i of one side and unit j of the other.
func bestPath(n, m int, lv level, cost func(i, j, s int) float64) []bead {
	band := abs(n-m) + 20
	if n*(2*band+1) > maxCells {
		return positionalBeads(n, m)
	}
	grid := newBandGrid(n, m, band, true)
	grid.set(0, 0, 0, beadShape{})
	for i := 0; i <= n; i++ {
		lo, hi := grid.span(i)
		for j := lo; j <= hi; j++ {
			for k, s := range lv.shapes {
				if s.a > i || s.b > j {
					continue
				}
				prev := grid.cost(i-s.a, j-s.b)
				if math.IsInf(prev, 1) {
					continue
				}
				if c := prev + cost(i, j, k); c < grid.cost(i, j) {
					grid.set(i, j, c, s)
				}
			}
		}
	}
	return traceBack(grid)
}

// traceBack reads the cheapest alignment out of a filled grid, in order.
func traceBack(grid *bandGrid) []bead {
	var beads []bead
	for i, j := grid.n, grid.m; i > 0 || j > 0; {
		s := grid.shape(i, j)
		if s.a == 0 && s.b == 0 { // unreachable corner: cannot happen inside the band
			return positionalBeads(grid.n, grid.m)
		}
		beads = append(beads, bead{i - s.a, i, j - s.b, j, grid.cost(i, j) - grid.cost(i-s.a, j-s.b)})
		i, j = i-s.a, j-s.b
	}
	for l, r := 0, len(beads)-1; l < r; l, r = l+1, r-1 {
		beads[l], beads[r] = beads[r], beads[l]
	}
	return beads
}

// beadsCost is the total cost of an alignment under a model.
func beadsCost(a, b []segment, beads []bead, model lengthModel, lv level) float64 {
	total := 0.0
	for _, bd := range beads {
		total += model.beadCost(a[bd.A0:bd.A1], b[bd.B0:bd.B1], lv)
	}
	return total
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
// diagonal from (0,0) to (n,m): the cost of each cell and, when the grid
// keeps them (bestPath's does, a lattice's sums do not), the size of the
// bead that reaches it.
type bandGrid struct {
	n, m, band int
	costs      [][]float64
	shapes     [][]beadSize // nil when the grid keeps no shapes
	los        []int
}

// beadSize is the number of units on each side of a bead shape: all a grid
// keeps of it (a bead has at most maxRun units a side).
type beadSize struct{ a, b int8 }

func newBandGrid(n, m, band int, keepShapes bool) *bandGrid {
	g := &bandGrid{n: n, m: m, band: band, costs: make([][]float64, n+1), los: make([]int, n+1)}
	cells := 0
	for i := 0; i <= n; i++ {
		lo, hi := g.bounds(i)
		g.los[i] = lo
		cells += hi - lo + 1
	}
	// One allocation for all the rows of each table: an alignment makes
	// a grid for every pair of an article.
	costs := make([]float64, cells)
	for k := range costs {
		costs[k] = math.Inf(1)
	}
	var shapes []beadSize
	if keepShapes {
		g.shapes, shapes = make([][]beadSize, n+1), make([]beadSize, cells)
	}
	at := 0
	for i := 0; i <= n; i++ {
		lo, hi := g.bounds(i)
		w := hi - lo + 1
		g.costs[i] = costs[at : at+w : at+w]
		if keepShapes {
			g.shapes[i] = shapes[at : at+w : at+w]
		}
		at += w
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

// shape returns the size of the bead that reaches cell (i, j) (no prior),
// or a bead of no units.
func (g *bandGrid) shape(i, j int) beadShape {
	if g.shapes == nil {
		return beadShape{}
	}
	k := j - g.los[i]
	if k < 0 || k >= len(g.shapes[i]) {
		return beadShape{}
	}
	x := g.shapes[i][k]
	return beadShape{a: int(x.a), b: int(x.b)}
}

func (g *bandGrid) set(i, j int, c float64, s beadShape) {
	g.costs[i][j-g.los[i]] = c
	if g.shapes != nil {
		g.shapes[i][j-g.los[i]] = beadSize{int8(s.a), int8(s.b)}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// lengthModel is what an alignment learns of the translation it aligns.
// It predicts the English length of Chinese text: perHan English runes for
// each Chinese character, and the other runes (Latin names, numbers) one
// for one. dropCost is what a name one side has and the other lacks says
// against a bead: minus the log of the chance that the translation writes
// a name otherwise, learnt from how many it keeps (see keptNames).
type lengthModel struct {
	perHan   float64
	dropCost perClass
}

// perClass holds one value for numbers and one for words.
type perClass struct{ numbers, words float64 }

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
		return newLengthModel(3, keptNames(a, b))
	}
	return newLengthModel(math.Max(1, float64(en-other)/float64(han)), keptNames(a, b))
}

func newLengthModel(perHan float64, kept perClass) lengthModel {
	drop := func(k float64) float64 { return -math.Log(1 - math.Min(k, maxKeptNames)) }
	return lengthModel{perHan: perHan, dropCost: perClass{drop(kept.numbers), drop(kept.words)}}
}

// keptNames returns the share of the distinct names of each side that the
// other side has as an anchor somewhere, numbers and words apart; 0 where
// there are none. Analyst commentary keeps most names (Nvidia, 2025); a
// translated news story or a book writes most words in Chinese characters
// (Tennessee is 田纳西) and many numbers in Chinese units (160,000 is 16万).
func keptNames(a, b []segment) perClass {
	var kept, total [2]int // [0] numbers, [1] words
	if w, ok := oneNumbering(a, b); ok {
		// The bits of each side's names and anchors, unioned.
		var names, anchors [2][maxAnchorWords]uint64
		for side, segs := range [2][]segment{a, b} {
			for i := range segs {
				for k := range w {
					names[side][k] |= segs[i].nameBits[k]
					anchors[side][k] |= segs[i].anchorBits[k]
				}
			}
		}
		numbers := firstSegment(a, b).numbers
		for side := range 2 {
			for k := range w {
				x, low := names[side][k], lowBits(k, numbers)
				y := x & anchors[1-side][k]
				total[0] += bits.OnesCount64(x & low)
				total[1] += bits.OnesCount64(x &^ low)
				kept[0] += bits.OnesCount64(y & low)
				kept[1] += bits.OnesCount64(y &^ low)
			}
		}
		return perClass{share(kept[0], total[0]), share(kept[1], total[1])}
	}
	for _, sides := range [][2][]segment{{a, b}, {b, a}} {
		anchors := tokenSet(sides[1], anchorsList)
		for _, t := range tokenSet(sides[0], namesList) {
			k := 1
			if isNumber(t) {
				k = 0
			}
			total[k]++
			if _, ok := slices.BinarySearch(anchors, t); ok {
				kept[k]++
			}
		}
	}
	return perClass{share(kept[0], total[0]), share(kept[1], total[1])}
}

// share is kept over total, 0 when total is.
func share(kept, total int) float64 {
	if total == 0 {
		return 0
	}
	return float64(kept) / float64(total)
}

// oneNumbering reports whether every segment of a and b carries bitsets of
// one call of internAnchors, and returns their width in words.
func oneNumbering(a, b []segment) (int, bool) {
	first := firstSegment(a, b)
	if first == nil || first.numbering == nil || first.anchorBits == nil {
		return 0, false
	}
	w := len(first.anchorBits)
	for _, segs := range [2][]segment{a, b} {
		for i := range segs {
			s := &segs[i]
			if s.numbering != first.numbering || len(s.anchorBits) != w || len(s.nameBits) != w || s.anchorBits == nil {
				return 0, false
			}
		}
	}
	return w, w <= maxAnchorWords
}

// firstSegment returns the first segment of a, else of b, else nil.
func firstSegment(a, b []segment) *segment {
	switch {
	case len(a) > 0:
		return &a[0]
	case len(b) > 0:
		return &b[0]
	}
	return nil
}

// tokenSet returns the tokens of one list of each segment, sorted, each
// once: sorting the few dozen tokens of a paragraph costs less than
// hashing them into a set, while the hundreds of thousands of a whole
// long article, mostly repeats, are first made unique in a map (sorting
// them all took 0.6 s of a 19 MB article's import).
func tokenSet(segs []segment, list func(*segment) []string) []string {
	n := 0
	for i := range segs {
		n += len(list(&segs[i]))
	}
	if n > manyTokens {
		seen := make(map[string]struct{}, manyTokens)
		for i := range segs {
			for _, t := range list(&segs[i]) {
				seen[t] = struct{}{}
			}
		}
		return slices.Sorted(maps.Keys(seen))
	}
	all := make([]string, 0, n)
	for i := range segs {
		all = append(all, list(&segs[i])...)
	}
	return sortedSet(all)
}

// manyTokens is the number of tokens from which tokenSet hashes them
// before sorting.
const manyTokens = 4096

// maxKeptNames bounds the share of kept names an alignment believes, so
// that a name missing from a bead never rules the bead out.
const maxKeptNames = 0.9

// missCost is what the names one side has and the other lacks cost a
// bead: for each, minus the log of the chance that the translation drops
// it, at most the level's penalty. Where the translator writes names in
// Chinese characters a missing name says nothing, and an English paragraph
// full of them must not pay for each until leaving it without counterpart
// is cheaper than pairing it with its translation.
func (lm lengthModel) missCost(m missed, lv level) float64 {
	return math.Min(lv.missPenalty, lm.dropCost.numbers)*float64(m.numbers) + math.Min(lv.missPenalty, lm.dropCost.words)*float64(m.words)
}

// fitOneToOne fits the length model to the 1–1 beads of an alignment; ok
// is false when there are none with Chinese characters.
func fitOneToOne(a, b []segment, beads []bead) (lengthModel, bool) {
	as, bs := make([]segment, 0, len(beads)), make([]segment, 0, len(beads))
	han := 0
	for _, bd := range beads {
		if bd.A1-bd.A0 == 1 && bd.B1-bd.B0 == 1 {
			as, bs = append(as, a[bd.A0]), append(bs, b[bd.B0])
			han += a[bd.A0].han
		}
	}
	return fitLength(as, bs), han > 0
}

// beadCost is the cost of a bead at a level: minus the log of its prior and
// of the probability of its lengths, less the anchor reward, plus the
// penalty for names only one side has. A shape the level does not allow
// costs +Inf.
func (lm lengthModel) beadCost(a, b []segment, lv level) float64 {
	c, ok := lv.priorCost(len(a), len(b))
	if !ok {
		return math.Inf(1)
	}
	return lm.beadCostFrom(c, a, b, lv)
}

// beadCostFrom is beadCost for a bead whose prior costs c.
func (lm lengthModel) beadCostFrom(c float64, a, b []segment, lv level) float64 {
	han, other, en := 0, 0, 0
	for _, s := range a {
		han, other = han+s.han, other+s.other
	}
	for _, s := range b {
		en += s.han + s.other
	}
	want := lm.perHan*float64(han) + float64(other)
	got := float64(en)
	if want+got > 0 {
		// A split paragraph is priced by where it splits, and the
		// length of the whole bead is not worked out for nothing.
		lc, ok := lm.splitCost(a, b)
		if !ok {
			lc = lengthCost(want, got)
			if len(a) == 0 || len(b) == 0 {
				// Gale and Church charge a unit left without translation by
				// its length, as if translated into nothing; then a long
				// unit missing on one side is always glued onto a neighbour
				// instead. An omission is as likely long as short.
				lc = math.Min(lc, lv.oneSidedCap)
			}
		}
		c += lc
	}
	c -= anchorReward * float64(sharedAnchors(a, b))
	c += lexCost(a, b)
	if lv.quoteSplit > 0 && len(a) > 0 && len(b) > 0 && a[len(a)-1].inQuote != b[len(b)-1].inQuote {
		c += lv.quoteSplit
	}
	if len(a) > 0 && len(b) > 0 && lv.missPenalty > 0 {
		c += lm.missCost(missedNames(a, b).add(missedNames(b, a)), lv)
	}
	return c
}

// lengthCost is minus the log of the probability that text predicted to
// be want runes long in English comes out got runes long.
func lengthCost(want, got float64) float64 {
	if want+got == 0 {
		return 0
	}
	delta := math.Abs((got - want) / math.Sqrt(lengthVariance*(want+got)/2))
	if delta >= farDelta {
		return farCost
	}
	p := 2 * (1 - normalCDF(delta))
	return -math.Log(math.Max(p, minLengthP))
}

// minLengthP is the least probability lengthCost believes: lengths far
// apart cost a bead much, never everything.
const minLengthP = 1e-12

// farDelta is a deviation beyond which the probability lengthCost works
// out is below minLengthP whatever the rounding: it first is at 7.14
// standard deviations, and at 7.5 the tail (6e-14) is a sixteenth of
// minLengthP and still hundreds of times the rounding of a float near 1.
// Past it lengthCost returns farCost without the error function and the
// logarithm, which the far beads of an alignment paid for nothing.
const farDelta = 7.5

// farCost is minus the log of minLengthP, the cost of lengths at least
// farDelta deviations apart.
var farCost = -math.Log(minLengthP)

// splitCost prices a paragraph split in two on one side (a 2–1 or 1–2
// bead of paragraphs) by where the split falls: between two sentences of
// the other side's paragraph, each part translating one of the two. A
// paragraph glued onto its neighbour's pair has no such place, where a
// length summed over the bead might still fit. ok is false for other
// beads, and where the single paragraph has one sentence.
func (lm lengthModel) splitCost(a, b []segment) (float64, bool) {
	switch {
	case len(a) == 2 && len(b) == 1 && len(b[0].parts) > 1:
		return lm.bestSplit(b[0], func(k int) (float64, float64, float64, float64) {
			x, y := b[0].partLen(0, k), b[0].partLen(k, len(b[0].parts))
			return lm.english(a[0].han, a[0].other), float64(x.han + x.other), lm.english(a[1].han, a[1].other), float64(y.han + y.other)
		}), true
	case len(a) == 1 && len(b) == 2 && len(a[0].parts) > 1:
		return lm.bestSplit(a[0], func(k int) (float64, float64, float64, float64) {
			x, y := a[0].partLen(0, k), a[0].partLen(k, len(a[0].parts))
			return lm.english(x.han, x.other), float64(b[0].han + b[0].other), lm.english(y.han, y.other), float64(b[1].han + b[1].other)
		}), true
	}
	return 0, false
}

// bestSplit tries every place between the sentences of whole, where
// halves(k) gives the predicted and the actual English length of each
// half when the split falls before sentence k, and returns the length
// cost of the best. The place is chosen by the squared deviations, which
// rank as the costs do, so only one place pays for the logarithms.
func (lm lengthModel) bestSplit(whole segment, halves func(k int) (want0, got0, want1, got1 float64)) float64 {
	z := func(want, got float64) float64 {
		if want+got == 0 {
			return 0
		}
		return (got - want) * (got - want) / ((want + got) / 2)
	}
	best, bestK := math.Inf(1), 1
	for k := 1; k < len(whole.parts); k++ {
		w0, g0, w1, g1 := halves(k)
		if d := z(w0, g0) + z(w1, g1); d < best {
			best, bestK = d, k
		}
	}
	w0, g0, w1, g1 := halves(bestK)
	return lengthCost(w0, g0) + lengthCost(w1, g1)
}

// english is the predicted English length of Chinese text.
func (lm lengthModel) english(han, other int) float64 {
	return lm.perHan*float64(han) + float64(other)
}

func normalCDF(x float64) float64 {
	return 0.5 * math.Erfc(-x/math.Sqrt2)
}

// alignSentences splits the pair into sentences and links them. It returns
// the posterior probability of each link, which score turns into the link
// confidences once it knows the pair's. lex, when not nil, weighs the
// links too; perHan, when above 0, is the length ratio of the whole
// article (see articleRatio), which the pair's lengths are weighed by.
func alignSentences(p *Pair, lex Lexicon, perHan float64) []float64 {
	// Empty lists rather than nil, so JSON readers always get arrays.
	p.SentencesZH = append([]Span{}, Sentences(p.ZH)...)
	p.SentencesEN = append([]Span{}, Sentences(p.EN)...)
	var post []float64
	p.Links, post = linkSentencesAt(p, lex, perHan)
	return post
}

// articleRatio is the English runes a Chinese character makes in the
// pairs of an article that have both languages, as fitLength works it
// out, or 0 when they have no Chinese characters.
func articleRatio(pairs []Pair) float64 {
	han, other, en := 0, 0, 0
	for i := range pairs {
		p := &pairs[i]
		if p.ZH == "" || p.EN == "" {
			continue
		}
		z, e := stringCounts(p.ZH), stringCounts(p.EN)
		han, other, en = han+z.han, other+z.other, en+e.han+e.other
	}
	if han == 0 {
		return 0
	}
	return math.Max(1, float64(en-other)/float64(han))
}

// linkSentences aligns the sentences of a pair as they are split and
// returns the links, never nil, with the posterior probability of each;
// lex, when not nil, weighs them too.
func linkSentences(p *Pair, lex Lexicon) ([]Link, []float64) {
	return linkSentencesAt(p, lex, 0)
}

// linkSentencesAt is linkSentences weighing lengths by the article's
// ratio perHan when it is above 0.
func linkSentencesAt(p *Pair, lex Lexicon, perHan float64) ([]Link, []float64) {
	links := []Link{}
	if len(p.SentencesZH) == 0 || len(p.SentencesEN) == 0 {
		return links, []float64{}
	}
	lt, beads := sentenceAlignment(p, lex, perHan)
	for _, bd := range beads {
		links = append(links, beadLinks(lt.a, lt.b, bd, lt.model)...)
	}
	return links, lt.linkPosteriors(links)
}

// sentenceLattice sums over the alignments of the pair's sentences by
// their lengths and anchors, as sentenceAlignment weighs them without a
// lexicon.
func sentenceLattice(p *Pair, perHan float64) *lattice {
	lt, _ := sentenceAlignment(p, nil, perHan)
	return lt
}

// sentenceAlignment sums over the alignments of the pair's sentences and
// returns the sums with the cheapest alignment.
//
// Lengths are weighed by perHan, the ratio of the whole article, when it
// is above 0; else by the ratio of the pair's own two sides. A pair's own
// ratio takes in whatever its translation left out. Of one Chinese
// sentence and two English ones, the second untranslated, the two
// English together are exactly as long as that ratio predicts, and the
// untranslated one was glued on whatever its length; of two sentences a
// side with the first English one untranslated, the ratio is twice the
// translator's, and the two pairs one for one fit. A translator's ratio
// holds across an article (make eval, untranslated sentence: the links
// of all sources 0.963 to 0.982 precise in the digest layout, links right
// after it 0.978 to 0.990 in the Old Testament, 0.986 to 0.990 in the
// New, clean links unchanged).
//
// lex, when not nil, weighs them too where some sentence joins a
// neighbour or has no counterpart: there lengths nearly tie more often
// than not, and only words tell which neighbour. That is so wherever the
// two sides have different numbers of sentences, and where they have as
// many but lengths alone align them otherwise than one for one, or are
// unsure of it (sureBead): a translator who joins two sentences in one
// place and splits one in another keeps the count (Genesis 39:21–40:3 in
// the Chinese Union Version, six sentences a side, a 2–1 and a 1–3 that
// lengths alone read as 1–1, 1–1 and 1–2; make eval: clean links of the
// Old Testament 0.979 to 0.985, links right after an untranslated
// sentence 0.990 to 0.994, of the New 0.990 to 0.995). A pair with as many sentences a side
// that lengths surely align one for one, the most common by far, is not
// looked up: lengths rarely err there, and the lexicon's look-ups (a third
// of the cost of aligning a pair) would be paid for nothing.
func sentenceAlignment(p *Pair, lex Lexicon, perHan float64) (*lattice, []bead) {
	a := segmentsOf(p.ZH, p.SentencesZH)
	b := segmentsOf(p.EN, p.SentencesEN)
	if !strings.ContainsAny(p.ZH, quoteMarks) || !strings.ContainsAny(p.EN, quoteMarks) {
		// One side quotes nothing (the King James Bible): where the other
		// cuts a quotation says nothing of where the first does.
		for k := range a {
			a[k].inQuote = false
		}
		for k := range b {
			b[k].inQuote = false
		}
	}
	internAnchors(a, b)
	lexicon := func() {
		internLexicon(a, b, spanTexts(p.ZH, p.SentencesZH), spanTexts(p.EN, p.SentencesEN), lex)
	}
	if lex != nil && len(a) != len(b) {
		lexicon()
	}
	model := fitLength(a, b)
	if perHan > 0 {
		model.perHan = perHan
	}
	lt := newLattice(a, b, model, sentenceLevelFor(a, b, model))
	beads := lt.best()
	if lex == nil || len(a) != len(b) || lt.sure(beads) {
		return lt, beads
	}
	lexicon()
	lt = newLattice(a, b, lt.model, lt.lv)
	return lt, lt.best()
}

// sure reports whether lengths alone settle an alignment: every bead has
// one unit a side, and each is likely (posterior at least sureBead).
func (lt *lattice) sure(beads []bead) bool {
	for _, bd := range beads {
		if bd.A1-bd.A0 != 1 || bd.B1-bd.B0 != 1 || lt.posterior(bd) < sureBead {
			return false
		}
	}
	return true
}

// sureBead is the posterior from which sentenceAlignment takes a bead of
// one sentence a side on lengths alone: below it another alignment of the
// pair weighs as much. On published translations (make eval) the
// lexicon asked below 0.5 placed as many sentences as asked below 0.9 or
// for every pair of as many sentences, and one more of the news.
const sureBead = 0.5

// longRuns are the bead shapes a pair may add when one side has many more
// sentences than the other: a long sentence cut into five or more (the
// Chinese of a KJV verse runs to nine), run k with one sentence across
// priced by runPrior. Rare, so a pair whose counts are near each other
// never pays for them.
func longRuns(longest int) []beadShape {
	var out []beadShape
	for k := 5; k <= longest; k++ {
		out = append(out, beadShape{k, 1, runPrior(k)}, beadShape{1, k, runPrior(k)})
	}
	return out
}

// fitRuns are longRuns as fitLevel prices them: 0.002 for a run of five,
// halved for each sentence past five.
func fitRuns(longest int) []beadShape {
	var out []beadShape
	prior := 0.002
	for k := 5; k <= longest; k++ {
		out = append(out, beadShape{k, 1, prior}, beadShape{1, k, prior})
		prior /= 2
	}
	return out
}

// maxRun bounds the longest run of sentences one bead may take: a grid
// keeps the size of a bead in an int8 (beadSize).
const maxRun = 127

// runWork bounds the work a pair's long runs may make. Weighing the beads
// of a pair costs about its cells times the square of its longest run
// (runs of up to k sentences, each summing up to k of them), and a pair
// may make as much as the largest one the sums are made for
// (maxPosteriorCells) did when no run was longer than twelve. So a short
// lopsided pair may take the long run it needs (a transcript whose English
// has no full stops, thirty-three Chinese sentences against three, one of
// twenty-three), while a pair of hundreds of sentences is held near twelve.
const runWork = maxPosteriorCells * 12 * 12

// runCap is the longest run runWork allows a pair of n and m sentences,
// never under twelve.
func runCap(n, m int) int {
	cells := float64(n+1) * float64(m+1)
	return min(maxRun, max(12, int(math.Sqrt(runWork/cells))))
}

// longestRun is the longest run of sentences on one side a bead of a pair
// may take, a and b its Chinese and English sentences and model what
// predicts their lengths. Beads of at most k to one cover at most k times
// the sentences of the shorter side, so a pair of fourteen sentences
// against two needs a bead of seven or more; two beyond the ratio leaves
// room for a neighbour that is one to one. At least three times as many
// sentences, and five or more, allow six whatever the ratio, and as many
// as the lengths ask (runAgainst): there the sentences of the shorter side
// are often far apart in length, and the longest may translate most of
// the other side. Where the counts are nearer, runs that the lengths
// allowed took in the sentences of a wrong pair of paragraphs (make eval:
// links of bible-nt with an English paragraph missing, 0.985 to 0.984)
// and set nothing right. Four is sentenceLevel's own longest; no run is
// longer than the pair's sentences.
func longestRun(a, b []segment, model lengthModel) int {
	n, m := len(a), len(b)
	lo, hi := min(n, m), max(n, m)
	if lo == 0 || hi < 5 {
		return 4
	}
	r := (hi+lo-1)/lo + 2
	if hi >= 3*lo {
		zh := func(s segment) float64 { return model.english(s.han, s.other) }
		en := func(s segment) float64 { return float64(s.han + s.other) }
		r = max(r, 6, runAgainst(b, n, en), runAgainst(a, m, zh))
	}
	return min(r, hi, runCap(n, m))
}

// runAgainst is the longest run of the others sentences of one side that a
// sentence of the other side, few, may translate: a sentence that takes a
// share s of its side's length translates about s of the other side, so
// the share of the longest sentence of few, of others, rounded up, and two
// more. Where the sentences of few are alike in length, that is the ratio
// of the counts and two more. Sentences of no length count as alike.
func runAgainst(few []segment, others int, length func(segment) float64) int {
	longest, total := 0.0, 0.0
	for _, s := range few {
		l := length(s)
		longest, total = max(longest, l), total+l
	}
	share := 1 / float64(len(few))
	if total > 0 {
		share = longest / total
	}
	// Less a hair, so that sentences alike in length give the ratio of
	// the counts whatever the rounding.
	return int(math.Ceil(float64(others)*share-1e-9)) + 2
}

// sentenceLevelFor returns the sentence level for a pair of Chinese
// sentences a and English sentences b whose lengths model predicts:
// sentenceLevel, with the long runs up to longestRun when that is beyond
// four.
func sentenceLevelFor(a, b []segment, model lengthModel) level {
	return withRuns(sentenceLevel, longestRun(a, b, model), longRuns)
}

// fitLevelFor is sentenceLevelFor for sentenceFit: fitLevel, with the
// long runs of fitRuns.
func fitLevelFor(a, b []segment, model lengthModel) level {
	return withRuns(fitLevel, longestRun(a, b, model), fitRuns)
}

// withRuns returns lv with the shapes runs(longest) adds when longest is
// beyond four.
func withRuns(lv level, longest int, runs func(int) []beadShape) level {
	if longest <= 4 {
		return lv
	}
	out := lv
	out.shapes = append(append([]beadShape{}, lv.shapes...), runs(longest)...)
	return out
}

// minOverlap is the share of the shorter of two sentences that must lie
// alongside the other for a 2–2 bead to link them. Below one half, so every
// sentence keeps a link: of its two neighbours across, one lies alongside
// at least half of it.
const minOverlap = 0.2

// beadLinks lists the links a bead makes, in order. A bead with one unit on
// a side links it with every unit of the other. In a 2–2 bead the
// translator cut the text at different places on each side; the units of
// each side are laid end to end by length (Chinese converted to expected
// English) and linked where they lie alongside each other, so that the
// first Chinese sentence is not linked to an English sentence that only
// translates the second.
func beadLinks(a, b []segment, bd bead, model lengthModel) []Link {
	var links []Link
	if bd.A1-bd.A0 <= 1 || bd.B1-bd.B0 <= 1 {
		for i := bd.A0; i < bd.A1; i++ {
			for j := bd.B0; j < bd.B1; j++ {
				links = append(links, Link{i, j})
			}
		}
		return links
	}
	as := extents(a[bd.A0:bd.A1], func(s segment) float64 { return model.perHan*float64(s.han) + float64(s.other) })
	bs := extents(b[bd.B0:bd.B1], func(s segment) float64 { return float64(s.han + s.other) })
	for i, x := range as {
		for j, y := range bs {
			over := math.Min(x[1], y[1]) - math.Max(x[0], y[0])
			short := math.Min(x[1]-x[0], y[1]-y[0])
			if over > 0 && over >= minOverlap*short {
				links = append(links, Link{bd.A0 + i, bd.B0 + j})
			}
		}
	}
	return links
}

// extents lays units end to end on [0, 1] by their lengths; with no length
// at all, by count.
func extents(segs []segment, length func(segment) float64) [][2]float64 {
	total := 0.0
	for _, s := range segs {
		total += length(s)
	}
	out := make([][2]float64, len(segs))
	at := 0.0
	for i, s := range segs {
		l := 1 / float64(len(segs))
		if total > 0 {
			l = length(s) / total
		}
		out[i] = [2]float64{at, at + l}
		at += l
	}
	return out
}

func linksHas(links []Link, l Lang, i int) bool {
	for _, k := range links {
		if k.index(l) == i {
			return true
		}
	}
	return false
}

// segmentsOf describes the sentences of a text. A span outside the text
// (only in a damaged article.json) describes nothing rather than panicking.
func segmentsOf(text string, spans []Span) []segment {
	out := make([]segment, len(spans))
	var q quoteDepth
	for i, t := range spanTexts(text, spans) {
		if t != "" {
			out[i] = newSegment(t)
		}
		q.read(t)
		out[i].inQuote = q.open()
	}
	return out
}

// quoteMarks are the double quotation marks quoteDepth follows.
const quoteMarks = "“”「」『』\""

// quoteDepth follows the quotation marks of a paragraph read sentence by
// sentence: curly and corner marks open and close by their shape; a
// straight double quote opens after a space or an opening bracket and
// closes after anything else, and one that closes what never opened is a
// slip for an apostrophe ("160 hours" unpaid work") and is passed over.
type quoteDepth struct {
	depth int
	prev  rune // the rune before, across sentences; 0 at the start
}

func (q *quoteDepth) read(s string) {
	for _, r := range s {
		switch {
		case r == '“' || r == '「' || r == '『' || r == '"' && (q.prev == 0 || unicode.IsSpace(q.prev) || strings.ContainsRune("([{—–-“", q.prev)):
			q.depth++
		case r == '”' || r == '」' || r == '』' || r == '"':
			q.depth = max(q.depth-1, 0)
		}
		q.prev = r
	}
	q.prev = ' ' // the next sentence begins after a space
}

// open reports whether a quotation is open where the text read so far
// ends.
func (q *quoteDepth) open() bool { return q.depth > 0 }

// spanTexts returns the text of each span, "" for a span outside it.
func spanTexts(text string, spans []Span) []string {
	out := make([]string, len(spans))
	c := runeCursor{s: text}
	for i, s := range spans {
		if s.Start < 0 || s.Start > s.End {
			continue
		}
		start, ok := c.seek(s.Start)
		if !ok {
			continue
		}
		end, ok := c.seek(s.End)
		if !ok {
			continue
		}
		out[i] = text[start:end]
	}
	return out
}

// runeCursor finds the byte offset of a rune index in a string, walking on
// from the last one asked for: spans come in order, so a text is walked
// once instead of being copied into runes and each sentence back into a
// string. A byte that is not UTF-8 counts as one rune, as in []rune(s).
type runeCursor struct {
	s    string
	r, b int // rune index r starts at byte b
}

// seek returns the byte offset of rune index r, which may be the end of the
// text; ok is false past it.
func (c *runeCursor) seek(r int) (int, bool) {
	if r < c.r {
		c.r, c.b = 0, 0
	}
	for c.r < r {
		if c.b >= len(c.s) {
			return 0, false
		}
		_, size := utf8.DecodeRuneInString(c.s[c.b:])
		c.b += size
		c.r++
	}
	return c.b, true
}

// alignParagraphs pairs Chinese and English paragraphs by length and
// anchors. When two paragraphs of one side align with one of the other they
// are joined by a line break into one pair.
func alignParagraphs(zh, en []string) []Pair {
	return (*measured)(nil).alignParagraphs(zh, en)
}

// alignParagraphs aligns paragraphs as the function does, keeping their
// segments and the costs of the beads it weighed in m.
func (m *measured) alignParagraphs(zh, en []string) []Pair {
	a, b := m.paragraphSegments(zh), m.paragraphSegments(en)
	var pairs []Pair
	beads, lt := paragraphBeads(a, b, m.wordCost(zh, en))
	if m != nil && lt != nil {
		m.aligned = &alignedParagraphs{zh: zh, en: en, lt: lt}
	}
	for _, bd := range beads {
		pairs = append(pairs, Pair{
			ZH: strings.Join(zh[bd.A0:bd.A1], "\n"),
			EN: strings.Join(en[bd.B0:bd.B1], "\n"),
		})
	}
	return pairs
}

func paragraphSegments(ps []string) []segment {
	return (*measured)(nil).paragraphSegments(ps)
}

// measured holds what one parse has worked out about its paragraphs: the
// confidences (paragraphLattice) weigh the paragraphs the alignment did,
// mostly with the same model, and measuring them (names, numbers,
// sentences) was a tenth of an import's CPU each time, weighing the beads
// again as much. A nil measured keeps nothing.
type measured struct {
	segs    map[string]segment // the paragraphs measured, by text
	aligned *alignedParagraphs // the last alignment of paragraphs, or nil
	// lex, when not nil, weighs where a paragraph without counterpart
	// goes (see placeLoneParagraphs).
	lex Lexicon
}

// alignedParagraphs is an alignment of paragraphs zh with en, whose lattice
// holds the cost of every bead under the model it ended with (no sums).
type alignedParagraphs struct {
	zh, en []string
	lt     *lattice
}

func newMeasured() *measured { return &measured{segs: map[string]segment{}} }

// costsFor returns a lattice of the costs of aligning paragraphs zh with en
// under model and level lv, without its sums, when m has them; else nil.
func (m *measured) costsFor(zh, en []string, model lengthModel, lv level) *lattice {
	if m == nil || m.aligned == nil {
		return nil
	}
	al := m.aligned
	if !slices.Equal(al.zh, zh) || !slices.Equal(al.en, en) || al.lt.model != model || !sameLevel(al.lt.lv, lv) {
		return nil
	}
	return al.lt
}

// sameLevel reports whether two levels are one: the same shapes (not a
// copy) and the same prices.
func sameLevel(x, y level) bool {
	return len(x.shapes) == len(y.shapes) && len(x.shapes) > 0 && &x.shapes[0] == &y.shapes[0] &&
		x.oneSidedCap == y.oneSidedCap && x.missPenalty == y.missPenalty
}

// paragraphSegments measures paragraphs, each once for m. The segments
// it keeps are never changed in place: an alignment sets its bitsets on
// its own copies (internAnchors).
func (m *measured) paragraphSegments(ps []string) []segment {
	out := make([]segment, len(ps))
	var todo []int
	for i, p := range ps {
		if m != nil {
			if s, ok := m.segs[p]; ok {
				out[i] = s
				continue
			}
		}
		todo = append(todo, i)
	}
	eachParagraph(len(todo), func(k int) {
		i := todo[k]
		out[i] = newSegment(ps[i])
		rs := []rune(ps[i])
		for _, sp := range sentenceSpans(rs) {
			out[i].parts = append(out[i].parts, runeCounts(rs[sp.Start:sp.End]))
		}
	})
	if m != nil {
		for _, i := range todo {
			m.segs[ps[i]] = out[i]
		}
	}
	return out
}

// positionMargin is how much cheaper (in nats) an alignment must be than
// pairing by position before it is preferred when both sides have as many
// paragraphs: then the translator most likely kept the paragraphs, but a
// paragraph split on one side and one missing on the other also give equal
// counts, with every pair after the split wrong.
const positionMargin = 5.0

// paragraphBeads aligns paragraphs. When a paragraph is missing on one
// side, the length ratio of the whole text is off by that paragraph and
// misleads the alignment; the ratio of the paragraphs a first pass paired
// one to one is not, so a second pass uses that.
//
// It also returns the costs of the beads the last pass weighed, as a
// lattice without its sums, or nil when the alignment was too big for one.
func paragraphBeads(a, b []segment, words func(i, j int) float64) ([]bead, *lattice) {
	internAnchors(a, b)
	beads, lt := alignByTable(a, b, fitLength(a, b), paragraphLevel)
	model, ok := fitOneToOne(a, b, beads)
	if ok {
		beads, lt = alignByTable(a, b, model, paragraphLevel)
	}
	if !ok {
		model = fitLength(a, b)
	}
	beads = placeLoneParagraphs(a, b, beads, model, words)
	if len(a) != len(b) {
		return beads, lt
	}
	diagonal := positionalBeads(len(a), len(b))
	if beadsCost(a, b, beads, model, paragraphLevel) < beadsCost(a, b, diagonal, model, paragraphLevel)-positionMargin {
		return beads, lt
	}
	return diagonal, lt
}

// placeLoneParagraphs looks again at each paragraph the alignment left
// without counterpart next to a pair of one paragraph a side: the
// translator may as well have left out the paragraph of that pair, the
// lone one then pairing across. Lengths alone often cannot tell (a
// paragraph left out of a book's translation is as likely long as short),
// but the sentences of a paragraph and its translation fit each other one
// by one, where those of a wrong pair do not. So each way is weighed by its
// paragraph beads plus, for its pair, how well the sentences align
// (sentenceFit), and the cheaper kept. The sentence costs are summed over
// beads whose evidence is not independent, so, as with the confidences,
// they are divided by posteriorTemperature; at full weight they override
// lengths that rightly decide (make eval).
//
// words, when not nil, adds what a lexicon says of each such pair (see
// measured.wordCost), divided likewise. A book's names are often
// translated into characters (Peter, 彼得), where no anchor tells a
// paragraph's translation from its neighbour, but its words are still
// there (fear, 惧怕): on the Bible with a paragraph missing in Chinese
// (make eval) it placed 0.985 of the pairs right, lengths and sentences
// 0.948, and the news, whose names and numbers decide, did not change.
// Only the few pairs weighed here are looked up.
func placeLoneParagraphs(a, b []segment, beads []bead, model lengthModel, words func(i, j int) float64) []bead {
	cost := func(bd bead) float64 {
		c := model.beadCost(a[bd.A0:bd.A1], b[bd.B0:bd.B1], paragraphLevel)
		if bd.A1-bd.A0 == 1 && bd.B1-bd.B0 == 1 {
			c += sentenceFit(a[bd.A0], b[bd.B0]) / posteriorTemperature
			if words != nil {
				c += words(bd.A0, bd.B0) / posteriorTemperature
			}
		}
		return c
	}
	var out []bead
	for i := 0; i+1 < len(beads); i++ {
		x, y := beads[i], beads[i+1]
		nx, ny, ok := acrossPair(x, y)
		if !ok {
			continue
		}
		if cost(nx)+cost(ny) < cost(x)+cost(y) {
			if out == nil {
				out = append([]bead{}, beads...)
			}
			out[i], out[i+1] = nx, ny
			beads = out
		}
	}
	return beads
}

// acrossPair returns beads x and y, one a paragraph of one side alone and
// the other a pair of one paragraph a side, with the lone paragraph paired
// instead and the pair's paragraph of that side alone; ok is false for any
// other two beads.
func acrossPair(x, y bead) (bead, bead, bool) {
	one := func(bd bead) bool { return bd.A1-bd.A0 == 1 && bd.B1-bd.B0 == 1 }
	zhAlone := func(bd bead) bool { return bd.A1-bd.A0 == 1 && bd.B0 == bd.B1 }
	enAlone := func(bd bead) bool { return bd.B1-bd.B0 == 1 && bd.A0 == bd.A1 }
	switch {
	case zhAlone(x) && one(y): // Chinese X; Chinese Y with English E
		return bead{A0: x.A0, A1: x.A1, B0: y.B0, B1: y.B1}, bead{A0: y.A0, A1: y.A1, B0: y.B1, B1: y.B1}, true
	case enAlone(x) && one(y): // English X; Chinese Y with English Y
		return bead{A0: y.A0, A1: y.A1, B0: x.B0, B1: x.B1}, bead{A0: y.A1, A1: y.A1, B0: y.B0, B1: y.B1}, true
	case one(x) && zhAlone(y): // Chinese X with English X; Chinese Y
		return bead{A0: x.A0, A1: x.A1, B0: x.B0, B1: x.B0}, bead{A0: y.A0, A1: y.A1, B0: x.B0, B1: x.B1}, true
	case one(x) && enAlone(y): // Chinese X with English X; English Y
		return bead{A0: x.A0, A1: x.A0, B0: x.B0, B1: x.B1}, bead{A0: x.A0, A1: x.A1, B0: y.B0, B1: y.B1}, true
	}
	return x, y, false
}

// wordCost returns what m's lexicon says of pairing Chinese paragraph
// zh[i] with English paragraph en[j], as lexCost says it of a bead of
// sentences: a reward for each English word of it the Chinese translates,
// a charge for each it knows and the Chinese does not. Each paragraph is
// looked up once, when first asked for. It returns nil when m has no
// lexicon.
func (m *measured) wordCost(zh, en []string) func(i, j int) float64 {
	if m == nil || m.lex == nil {
		return nil
	}
	zhKeys, enKeys := make([][]int32, len(zh)), make([][]int32, len(en))
	keys := func(kept [][]int32, i int, look func(string, func(int32)), text string) []int32 {
		if kept[i] == nil {
			ks := []int32{}
			look(text, func(k int32) { ks = append(ks, k) })
			slices.Sort(ks)
			kept[i] = slices.Compact(ks)
		}
		return kept[i]
	}
	return func(i, j int) float64 {
		t := keys(zhKeys, i, m.lex.TranslationKeys, zh[i])
		w := keys(enKeys, j, m.lex.WordKeys, en[j])
		shared := 0
		for _, k := range w {
			if _, ok := slices.BinarySearch(t, k); ok {
				shared++
			}
		}
		return -lexReward*float64(shared) + lexMiss*float64(len(w)-shared)
	}
}

// sentenceFit is the cost of the best alignment of the sentences of
// paragraph x with those of paragraph y, by their lengths, under a ratio
// fitted to the two paragraphs themselves: the paragraph bead weighs how
// far their totals are apart, this how well the sentences fit within
// them, with runs of sentences priced as fitLevel prices them. It is 0
// when either paragraph has no sentences.
func sentenceFit(x, y segment) float64 {
	if len(x.parts) == 0 || len(y.parts) == 0 {
		return 0
	}
	as, bs := partSegments(x), partSegments(y)
	model := fitLength(as, bs)
	total := 0.0
	for _, bd := range alignSegments(as, bs, model, fitLevelFor(as, bs, model)) {
		total += bd.Cost
	}
	return total
}

// partSegments returns the sentences of a paragraph as segments of their
// lengths alone.
func partSegments(s segment) []segment {
	out := make([]segment, len(s.parts))
	for i, p := range s.parts {
		out[i] = segment{han: p.han, other: p.other}
	}
	return out
}

// alignByTable is alignSegments weighing every bead of the band first,
// into a lattice it returns without sums (nil when the band is too big
// for one), so that the confidences can sum over the same costs.
func alignByTable(a, b []segment, model lengthModel, lv level) ([]bead, *lattice) {
	n, m := len(a), len(b)
	band := abs(n-m) + 20
	if n*(2*band+1) > maxCells || (n+1)*(2*band+1) > maxPosteriorCells {
		return alignSegments(a, b, model, lv), nil
	}
	lt := &lattice{a: a, b: b, model: model, lv: lv, fwd: newBandGrid(n, m, band, false)}
	lt.fillCosts()
	return bestPath(n, m, lv, lt.endCost), lt
}
