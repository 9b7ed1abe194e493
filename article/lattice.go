package article

import "math"

// posteriorTemperature divides bead costs before they are read as
// probabilities. The costs add up evidence that is not independent (the
// length of a sentence and the anchors in it), so taken at face value the
// probabilities come out surer than the alignment is right. The value is
// calibrated on the gold set (see TestConfidenceGold).
const posteriorTemperature = 2.5

// maxPosteriorCells bounds the work of the forward and backward sums; a
// bigger alignment (thousands of paragraphs) gets confidences from each bead
// alone.
const maxPosteriorCells = 300_000

// lattice sums over every alignment of a with b, forwards and backwards,
// so that the probability of any one bead can be read off: the weight of
// the alignments that use it over the weight of all of them (the posterior
// probability of the bead). Weights are exp(-cost/posteriorTemperature).
// The cost of every bead in the band is worked out once, in costs.
type lattice struct {
	a, b     []segment
	model    lengthModel
	lv       level
	costs    [][]float64 // [i][(j-lo)*len(shapes)+s]: bead of shape s ending at (i, j)
	fwd, bwd *bandGrid   // minus the log of the summed weights
	total    float64     // minus the log of the weight of all alignments
	ok       bool        // false when the sums were too big to make
}

// newLattice sums over the alignments of a with b; like alignSegments,
// it is faster on segments numbered together by internAnchors.
func newLattice(a, b []segment, model lengthModel, lv level) *lattice {
	lt := &lattice{a: a, b: b, model: model, lv: lv}
	n, m := len(a), len(b)
	band := abs(n-m) + 20
	if (n+1)*(2*band+1) > maxPosteriorCells {
		return lt
	}
	lt.fwd, lt.bwd = newBandGrid(n, m, band, false), newBandGrid(n, m, band, false)
	lt.fillCosts()
	lt.sum()
	return lt
}

// latticeOf sums over the alignments of a with b whose bead costs were
// worked out already, in costs (see alignByTable): a, b, the model and the
// level must be those costs were weighed with.
func latticeOf(a, b []segment, costs *lattice) *lattice {
	lt := &lattice{a: a, b: b, model: costs.model, lv: costs.lv, costs: costs.costs}
	n, m := len(a), len(b)
	band := abs(n-m) + 20
	lt.fwd, lt.bwd = newBandGrid(n, m, band, false), newBandGrid(n, m, band, false)
	lt.sum()
	return lt
}

// sum works out the forward and backward sums from the costs.
func (lt *lattice) sum() {
	n, m := len(lt.a), len(lt.b)
	lt.forward()
	lt.backward()
	lt.total = lt.fwd.cost(n, m)
	lt.ok = !math.IsInf(lt.total, 0) && !math.IsNaN(lt.total)
}

func (lt *lattice) fillCosts() {
	g, shapes := lt.fwd, lt.lv.shapes
	lt.costs = make([][]float64, g.n+1)
	cost := oneSidedMemo(lt.a, lt.b, lt.model, lt.lv)
	cells := 0
	for i := 0; i <= g.n; i++ {
		cells += len(g.costs[i])
	}
	all := make([]float64, cells*len(shapes))
	for i := 0; i <= g.n; i++ {
		lo, hi := g.span(i)
		w := (hi - lo + 1) * len(shapes)
		row := all[:w:w]
		all = all[w:]
		for j := lo; j <= hi; j++ {
			for k, s := range shapes {
				c := math.Inf(1)
				if s.a <= i && s.b <= j {
					c = cost(i, j, k)
				}
				row[(j-lo)*len(shapes)+k] = c
			}
		}
		lt.costs[i] = row
	}
}

// endCost is the cost of the bead of shape k ending at (i, j), +Inf outside
// the band.
func (lt *lattice) endCost(i, j, k int) float64 {
	lo, hi := lt.fwd.span(i)
	if j < lo || j > hi {
		return math.Inf(1)
	}
	return lt.costs[i][(j-lo)*len(lt.lv.shapes)+k]
}

// shapeIndex returns the index of the shape with a and b units, or -1.
func (lt *lattice) shapeIndex(a, b int) int {
	for k, s := range lt.lv.shapes {
		if s.a == a && s.b == b {
			return k
		}
	}
	return -1
}

// best returns the cheapest alignment.
func (lt *lattice) best() []bead {
	if !lt.ok {
		return alignSegments(lt.a, lt.b, lt.model, lt.lv)
	}
	return bestPath(len(lt.a), len(lt.b), lt.lv, lt.endCost)
}

func (lt *lattice) forward() {
	g := lt.fwd
	g.set(0, 0, 0, beadShape{})
	for i := 0; i <= g.n; i++ {
		lo, hi := g.span(i)
		for j := lo; j <= hi; j++ {
			if i == 0 && j == 0 {
				continue
			}
			var sum softmin
			for k, s := range lt.lv.shapes {
				if s.a <= i && s.b <= j {
					sum.add(g.cost(i-s.a, j-s.b) + lt.endCost(i, j, k)/posteriorTemperature)
				}
			}
			g.set(i, j, sum.value(), beadShape{})
		}
	}
}

func (lt *lattice) backward() {
	g := lt.bwd
	for i := g.n; i >= 0; i-- {
		lo, hi := g.span(i)
		for j := hi; j >= lo; j-- {
			if i == g.n && j == g.m {
				g.set(i, j, 0, beadShape{})
				continue
			}
			var sum softmin
			for k, s := range lt.lv.shapes {
				if i+s.a <= g.n && j+s.b <= g.m {
					sum.add(lt.endCost(i+s.a, j+s.b, k)/posteriorTemperature + g.cost(i+s.a, j+s.b))
				}
			}
			g.set(i, j, sum.value(), beadShape{})
		}
	}
}

// posterior returns the probability that the alignment holds bead bd.
func (lt *lattice) posterior(bd bead) float64 {
	if !lt.ok {
		return lt.alone(bd)
	}
	k := lt.shapeIndex(bd.A1-bd.A0, bd.B1-bd.B0)
	if k < 0 {
		return 0
	}
	return lt.posteriorOf(bd, k)
}

// posteriorOf is posterior for a bead whose shape is lt.lv.shapes[k].
func (lt *lattice) posteriorOf(bd bead, k int) float64 {
	return clamp01(math.Exp(-lt.posteriorCost(bd, k)))
}

// posteriorCost is minus the log of posteriorOf, before it is clamped.
func (lt *lattice) posteriorCost(bd bead, k int) float64 {
	return lt.fwd.cost(bd.A0, bd.B0) + lt.endCost(bd.A1, bd.B1, k)/posteriorTemperature + lt.bwd.cost(bd.A1, bd.B1) - lt.total
}

// minPosterior is the least posterior of a bead that adds to the
// posteriors of its links.
const minPosterior = 1e-9

// unlikelyCost is a posterior cost past which the posterior is below
// minPosterior (exp(-21) is 7.6e-10): linkPosteriors does not work it out.
const unlikelyCost = 21.0

// alone judges a bead without the rest of the alignment, for lattices too
// big to sum: its weight against that of leaving each of its units without
// a counterpart.
func (lt *lattice) alone(bd bead) float64 {
	cost := func(i0, i1, j0, j1 int) float64 {
		return lt.model.beadCost(lt.a[i0:i1], lt.b[j0:j1], lt.lv) / posteriorTemperature
	}
	c := cost(bd.A0, bd.A1, bd.B0, bd.B1)
	apart := 0.0
	for i := bd.A0; i < bd.A1; i++ {
		apart += cost(i, i+1, bd.B0, bd.B0)
	}
	for j := bd.B0; j < bd.B1; j++ {
		apart += cost(bd.A0, bd.A0, j, j+1)
	}
	return clamp01(1 / (1 + math.Exp(c-apart)))
}

// linkPosteriors returns, for each of links, the probability that the
// alignment links those two sentences: the summed posteriors of every bead
// that would make the link.
func (lt *lattice) linkPosteriors(links []Link) []float64 {
	out := make([]float64, len(links))
	if !lt.ok {
		for k, l := range links {
			if l.ZH >= 0 && l.ZH < len(lt.a) && l.EN >= 0 && l.EN < len(lt.b) {
				out[k] = lt.alone(bead{A0: l.ZH, A1: l.ZH + 1, B0: l.EN, B1: l.EN + 1})
			}
		}
		return out
	}
	at := newLinkIndex(links, len(lt.a), len(lt.b))
	g := lt.fwd
	for i := 0; i <= g.n; i++ {
		lo, hi := g.span(i)
		for j := lo; j <= hi; j++ {
			lt.addBeadsEndingAt(i, j, at, out)
		}
	}
	for k := range out {
		out[k] = clamp01(out[k])
	}
	return out
}

// addBeadsEndingAt adds the posterior of every two-sided bead that ends at
// (i, j) to the links it makes.
func (lt *lattice) addBeadsEndingAt(i, j int, at linkIndex, out []float64) {
	for k, s := range lt.lv.shapes {
		if s.a == 0 || s.b == 0 || s.a > i || s.b > j {
			continue
		}
		bd := bead{A0: i - s.a, A1: i, B0: j - s.b, B1: j}
		c := lt.posteriorCost(bd, k)
		if c >= unlikelyCost {
			continue // exp(-c) is below minPosterior: no need to work it out
		}
		p := clamp01(math.Exp(-c))
		if p < minPosterior {
			continue
		}
		if s.a > 1 && s.b > 1 {
			for _, l := range beadLinks(lt.a, lt.b, bd, lt.model) {
				if k, ok := at.find(l.ZH, l.EN); ok {
					out[k] += p
				}
			}
			continue
		}
		// One unit on a side links with every unit of the other, as
		// beadLinks would list them, without making the list.
		for x := bd.A0; x < bd.A1; x++ {
			for y := bd.B0; y < bd.B1; y++ {
				if k, ok := at.find(x, y); ok {
					out[k] += p
				}
			}
		}
	}
}

// linkIndex finds the place of a link in a list of links: in a table of
// every pair of sentences when there are not too many, else in a map.
type linkIndex struct {
	m     int
	table []int32 // [zh*m+en]: the link's place plus one, 0 for none
	byKey map[Link]int
}

// maxLinkTable bounds the table a linkIndex keeps (entries); a pair of
// paragraphs has a few sentences a side.
const maxLinkTable = 1 << 16

func newLinkIndex(links []Link, n, m int) linkIndex {
	if n*m > maxLinkTable {
		at := make(map[Link]int, len(links))
		for k, l := range links {
			at[l] = k
		}
		return linkIndex{byKey: at}
	}
	x := linkIndex{m: m, table: make([]int32, n*m)}
	for k, l := range links {
		if l.ZH >= 0 && l.ZH < n && l.EN >= 0 && l.EN < m {
			x.table[l.ZH*m+l.EN] = int32(k) + 1
		}
	}
	return x
}

func (x linkIndex) find(zh, en int) (int, bool) {
	if x.table == nil {
		k, ok := x.byKey[Link{zh, en}]
		return k, ok
	}
	k := x.table[zh*x.m+en]
	return int(k) - 1, k > 0
}

// softmin sums weights given as costs: it returns -log Σ exp(-x), kept
// as a running minimum and a sum relative to it so nothing overflows.
type softmin struct {
	min, sum float64
	any      bool
}

func (s *softmin) add(x float64) {
	switch {
	case math.IsInf(x, 1) || math.IsNaN(x):
	case !s.any:
		s.min, s.sum, s.any = x, 1, true
	case x < s.min:
		s.sum = s.sum*math.Exp(x-s.min) + 1
		s.min = x
	default:
		s.sum += math.Exp(s.min - x)
	}
}

func (s *softmin) value() float64 {
	if !s.any {
		return math.Inf(1)
	}
	return s.min - math.Log(s.sum)
}

func clamp01(x float64) float64 {
	switch {
	case math.IsNaN(x) || x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}
