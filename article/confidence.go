package article

import (
	"math"
	"strings"
)

// LowConfidence is the confidence below which a pair or a link deserves a
// second look: the reader marks such rows. It is set on the gold set under
// testdata/gold and on its variants with a sentence left out, where about 6
// in 10 wrong links fall below it, and 1 in 7 right ones (1 in 16 on the
// gold set itself); see TestConfidenceGold.
const LowConfidence = 0.5

// oneSidedConfidence is the most a pair without counterpart gets in an
// article that has both languages: a paragraph only one version has is
// worth the reader's look even when the alignment is sure of it.
const oneSidedConfidence = 0.4

// LowConfidence reports whether the reader should check the pair: its
// pairing or one of its links is below LowConfidence, or — in a pair with
// both languages that the reader has not edited — a sentence has no
// counterpart.
func (p *Pair) LowConfidence() bool {
	if p.Confidence < LowConfidence {
		return true
	}
	for _, c := range p.LinkConfidence {
		if c < LowConfidence {
			return true
		}
	}
	return !p.Edited && len(p.Links) > 0 && (p.unlinked(ZH) || p.unlinked(EN))
}

// unlinked reports whether a sentence of language l has no link.
func (p *Pair) unlinked(l Lang) bool {
	for i := range p.Sentences(l) {
		if !linksHas(p.Links, l, i) {
			return true
		}
	}
	return false
}

// Rescore recomputes the confidence of every pair and link from the text
// and the alignment as they stand, without changing the alignment. Pairs
// made or changed by an edit keep theirs. On an article Parse returned it
// changes nothing; call it on articles read from article.json files saved
// before confidences existed, which load as confident throughout.
func (a *Article) Rescore() {
	a.score(nil, nil)
}

// score sets the confidences. A pair's is the posterior probability of its
// paragraph bead (paragraphs are the pair's lines; see paragraphLattice);
// a link's is the posterior probability that its two sentences are linked,
// times its pair's. In an article with only one language nothing was
// aligned, and everything gets 1. posteriors, when not nil, holds the link
// posteriors of each pair, already worked out by alignSentences; m, when
// not nil, holds paragraphs already measured.
func (a *Article) score(posteriors [][]float64, m *measured) {
	zh, en := false, false
	for _, p := range a.Pairs {
		zh, en = zh || p.ZH != "", en || p.EN != ""
	}
	var lt *lattice
	var beads []bead
	if zh && en {
		lt, beads = paragraphLattice(a.Pairs, a.Format, m)
	}
	ratio := 0.0
	if posteriors == nil {
		ratio = articleRatio(a.Pairs)
	}
	for i := range a.Pairs {
		p := &a.Pairs[i]
		if p.Edited {
			continue
		}
		p.Confidence = 1
		if lt != nil {
			p.Confidence = round3(lt.posterior(beads[i]))
			if p.ZH == "" || p.EN == "" {
				p.Confidence = math.Min(p.Confidence, oneSidedConfidence)
			}
		}
		var post []float64
		if posteriors != nil {
			post = posteriors[i]
		}
		p.LinkConfidence = scoreLinks(p, p.Confidence, post, ratio)
	}
}

// paragraphLattice rebuilds the paragraphs the pairs were made of — a pair's
// text holds its paragraphs one a line — and the bead each pair is, and sums
// over their alignments: over those the layout allows when the article is
// interleaved.
func paragraphLattice(pairs []Pair, f Format, m *measured) (*lattice, []bead) {
	var zhLines, enLines []string
	beads := make([]bead, len(pairs))
	for i, p := range pairs {
		bd := bead{A0: len(zhLines), B0: len(enLines)}
		zhLines = appendLines(zhLines, p.ZH)
		enLines = appendLines(enLines, p.EN)
		bd.A1, bd.B1 = len(zhLines), len(enLines)
		beads[i] = bd
	}
	zh, en := m.paragraphSegments(zhLines), m.paragraphSegments(enLines)
	internAnchors(zh, en)
	model, ok := fitOneToOne(zh, en, beads)
	if !ok {
		model = fitLength(zh, en)
	}
	lv := paragraphLevel
	if interleavedLayout(pairs, f) {
		lv = interleavedLevel
	}
	if costs := m.costsFor(zhLines, enLines, model, lv); costs != nil {
		return latticeOf(zh, en, costs), beads
	}
	return newLattice(zh, en, model, lv), beads
}

// interleavedLayout reports whether the pairs come from paragraphs laid out
// in turn, one language after the other. Markdown and HTML hold either
// layout; there a pair that joins two paragraphs of a language shows the
// other.
func interleavedLayout(pairs []Pair, f Format) bool {
	switch f {
	case FormatInterleaved:
		return true
	case FormatMarkdown, FormatHTML:
		for _, p := range pairs {
			if strings.Contains(p.ZH, "\n") || strings.Contains(p.EN, "\n") {
				return false
			}
		}
		return true
	}
	return false
}

// appendLines appends the lines of text that hold more than spaces.
func appendLines(lines []string, text string) []string {
	for l := range strings.SplitSeq(text, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// scoreLinks returns the confidence of each link of p: the posterior of the
// link among all sentence alignments of the pair (post, or worked out when
// nil, with the lengths weighed by the article's ratio perHan as
// alignSentences weighed them), times the pair's confidence. It never
// returns nil.
func scoreLinks(p *Pair, pairConfidence float64, post []float64, perHan float64) []float64 {
	out := make([]float64, len(p.Links))
	if len(p.Links) == 0 {
		return out
	}
	if len(post) != len(p.Links) {
		post = sentenceLattice(p, perHan).linkPosteriors(p.Links)
	}
	for k, c := range post {
		out[k] = round3(c * pairConfidence)
	}
	return out
}

// round3 keeps three decimals: enough to rank, and short in article.json.
func round3(x float64) float64 {
	return math.Round(clamp01(x)*1000) / 1000
}
