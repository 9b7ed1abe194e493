package quantity

import (
	"slices"
	"strings"

	"tandem/article"
)

// A paragraph or sentence the two languages break at different places
// moves a figure across the border of two pairs: 19年 ends one Chinese
// paragraph while "19 years" opens the next English one. Each pair then
// reports the figure the other holds, though the translation states it.
// The figure is lowered when the pair beside its own reports the same
// figure in the other language: the two reports explain each other. A
// figure the other language gives in its place (a partner) stays
// reported, unless every figure so set against another in the pair is
// stated beside it (a run of figures shifted by a pair); so does a small
// whole number the neighbour states in both languages: those are the
// differences and the restatements a translator makes on purpose. A
// larger one, there stated in both, is a restatement the other language
// leaves out (restatedBeside).

// confMoved is the confidence of a figure the other language states in
// the pair beside.
const confMoved = 0.2

// acrossPairs lowers, in byPair (the mismatches of each pair of an
// article, in order), each likely mismatch whose figure the pair before
// or after reports in the other language, with no partner there or in a
// row that has no counterpart. A figure with a partner in its own pair
// is lowered as well where the pairing shifted a run of figures (shifted):
// NT$1,200 a pair early and NT$3,000 a pair late set against each other.
func acrossPairs(byPair [][]Mismatch) {
	type move struct {
		pair, k int
		why     Reason
	}
	shift := shifted(byPair)
	var moved []move
	for i, ms := range byPair {
		for k, m := range ms {
			if m.Confidence != confAlone && (m.Confidence != confPartner || !shift[i][k]) {
				continue
			}
			other := string(m.Lang.Other())
			switch {
			case i > 0 && statesMoved(m, byPair[i-1], shift[i-1]):
				moved = append(moved, move{i, k, because("the %s text states it in the pair before", other)})
			case i+1 < len(byPair) && statesMoved(m, byPair[i+1], shift[i+1]):
				moved = append(moved, move{i, k, because("the %s text states it in the pair after", other)})
			}
		}
	}
	// Lowered only now, so that both figures of a move see each other
	// as likely.
	for _, mv := range moved {
		byPair[mv.pair][mv.k].Confidence, byPair[mv.pair][mv.k].Reason = confMoved, mv.why
	}
}

// shifted tells, for each mismatch of byPair, whether it has a partner in
// its own pair and a pairing shifted it there: it and each figure of the
// other language with a partner in the pair are stated in the pair before
// or after (as statesMoved reads it, a partner there counting too).
func shifted(byPair [][]Mismatch) [][]bool {
	every := func(ms []Mismatch) []bool {
		out := make([]bool, len(ms))
		for k := range out {
			out[k] = true
		}
		return out
	}
	besideOf := func(i int, m Mismatch) bool {
		return i > 0 && statesMoved(m, byPair[i-1], every(byPair[i-1])) || i+1 < len(byPair) && statesMoved(m, byPair[i+1], every(byPair[i+1]))
	}
	out := make([][]bool, len(byPair))
	for i, ms := range byPair {
		out[i] = make([]bool, len(ms))
		for k, m := range ms {
			if m.Confidence != confPartner || !besideOf(i, m) {
				continue
			}
			out[i][k] = !slices.ContainsFunc(ms, func(o Mismatch) bool {
				return o.Lang != m.Lang && o.Confidence == confPartner && !besideOf(i, o)
			})
		}
	}
	return out
}

// statesMoved reports whether ms, the mismatches of a neighbouring pair,
// hold m's figure in the other language, without a partner of its own, in
// a row with no counterpart, or shifted there (shift, by ms's index), or
// a constant of a formula the other text there leaves out. One lowered for
// another reason of its own (a counting word, a figure in words) does not
// count: a translator adds such figures as often as a pairing moves them.
func statesMoved(m Mismatch, ms []Mismatch, shift []bool) bool {
	for k, o := range ms {
		if o.Lang != m.Lang && (o.Confidence == confAlone || o.Confidence == confNoRow || o.Confidence == confPartner && shift[k] || o.Reason.Format == formulaReason) &&
			Matches(m.Quantity, o.Quantity) && Matches(o.Quantity, m.Quantity) {
			return true
		}
	}
	return false
}

// repeatedClauses lowers, in byPair, each likely mismatch without a
// partner whose clause the pair before or after writes again word for
// word in the same language, stating the figure in the other language
// there: a line that subtitles or a copy repeat across two segments
// (美国人约排放量约20吨… in two pairs, "For each American, it's about 20
// tons" in one). A clause is the text between stops, commas and, in
// Chinese, spaces, of six characters or more; a whole text the pair
// beside repeats counts too (工程合約 6 in two pairs, a title cut short
// in one English and whole in the next).
func repeatedClauses(a *article.Article, byPair [][]Mismatch) {
	for i, ms := range byPair {
		for k, m := range ms {
			if m.Confidence != confAlone {
				continue
			}
			text := a.Pairs[i].Text(m.Lang)
			clause := clauseOf(text, m)
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(a.Pairs) {
					continue
				}
				beside := a.Pairs[j].Text(m.Lang)
				if !(len([]rune(clause)) >= 6 && strings.Contains(beside, clause) || len([]rune(text)) >= 6 && beside == text) {
					continue
				}
				other := m.Lang.Other()
				stated := func(o Quantity) bool { return sameKind(o.Unit, m.Unit) && sameValue(o.Value, m.Value) }
				labelled := func(l label) bool { return m.Unit == Plain && sameValue(l.q.Value, m.Value) }
				if slices.ContainsFunc(Extract(a.Pairs[j].Text(other), other), stated) || slices.ContainsFunc(labelsIn(a.Pairs[j].Text(other), other), labelled) {
					byPair[i][k].Confidence, byPair[i][k].Reason = confMoved, because("the pair beside repeats its clause, and the %s text states it there", string(other))
					break
				}
			}
		}
	}
}

// clauseOf returns the clause of text that holds m.
func clauseOf(text string, m Mismatch) string {
	stops := "，。；：！？,;!?"
	if m.Lang == article.ZH {
		stops += " "
	}
	rs := []rune(text)
	if m.Start < 0 || m.End > len(rs) {
		return ""
	}
	b, e := m.Start, m.End
	for b > 0 && !strings.ContainsRune(stops, rs[b-1]) {
		b--
	}
	for e < len(rs) && !strings.ContainsRune(stops, rs[e]) {
		e++
	}
	return string(rs[b:e])
}

// restatedBeside lowers, in byPair, each likely mismatch without a
// partner whose figure the pair before or after states in both languages,
// where the other text of its pair has no mismatch, even an unlikely one
// (a figure changed may have its partner lowered for a reason of its
// own): one language restates a figure both have just given, or names in
// a heading the version or the count both give next, and the other
// leaves the repetition out (保底防护带宽30 Gbps… asked in both
// languages, then 攻击流量小于30 Gbps的部分不会额外计费 and "You are
// charged only for 15 Gbit/s"; "IPFire 2.13 Core 78 … Receives OpenSSL
// Fixes" over a text naming IPFire 2.13 in both). Only a figure of two
// digits or a decimal: a small whole number may well be stated beside by
// chance ("2-seater cars").
func restatedBeside(a *article.Article, byPair [][]Mismatch) {
	read := map[int][2][]Quantity{} // the figures of the pairs beside, each read once
	figures := func(j int) [2][]Quantity {
		qs, ok := read[j]
		if !ok {
			qs = [2][]Quantity{Extract(a.Pairs[j].ZH, article.ZH), Extract(a.Pairs[j].EN, article.EN)}
			read[j] = qs
		}
		return qs
	}
	for i, ms := range byPair {
		for k, m := range ms {
			if m.Confidence != confAlone || m.Value < 10 && isWhole(m.Value) || slices.ContainsFunc(ms, func(o Mismatch) bool { return o.Lang != m.Lang }) {
				continue
			}
			states := func(o Quantity) bool { return Matches(m.Quantity, o) && Matches(o, m.Quantity) }
			for _, j := range []int{i - 1, i + 1} {
				if j < 0 || j >= len(a.Pairs) {
					continue
				}
				if qs := figures(j); slices.ContainsFunc(qs[0], states) && slices.ContainsFunc(qs[1], states) {
					why := because("both texts state it in the pair before")
					if j > i {
						why = because("both texts state it in the pair after")
					}
					byPair[i][k].Confidence, byPair[i][k].Reason = confMoved, why
					break
				}
			}
		}
	}
}
