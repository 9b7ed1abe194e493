package quantity

// A paragraph or sentence the two languages break at different places
// moves a figure across the border of two pairs: 19年 ends one Chinese
// paragraph while "19 years" opens the next English one. Each pair then
// reports the figure the other holds, though the translation states it.
// The figure is lowered when the pair beside its own reports the same
// figure in the other language: the two reports explain each other. A
// figure the other language gives in its place (a partner), and one the
// neighbour states in both languages, stay reported: those are the
// differences and the restatements a translator makes on purpose.

// confMoved is the confidence of a figure the other language states in
// the pair beside.
const confMoved = 0.2

// acrossPairs lowers, in byPair (the mismatches of each pair of an
// article, in order), each likely mismatch that has no partner in its own
// pair and whose figure the pair before or after reports in the other
// language, with no partner there either or in a row that has no
// counterpart.
func acrossPairs(byPair [][]Mismatch) {
	type move struct {
		pair, k int
		why     Reason
	}
	var moved []move
	for i, ms := range byPair {
		for k, m := range ms {
			if m.Confidence != confAlone {
				continue
			}
			other := string(m.Lang.Other())
			switch {
			case i > 0 && statesMoved(m, byPair[i-1]):
				moved = append(moved, move{i, k, because("the %s text states it in the pair before", other)})
			case i+1 < len(byPair) && statesMoved(m, byPair[i+1]):
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

// statesMoved reports whether ms, the mismatches of a neighbouring pair,
// hold m's figure in the other language, without a partner of its own or
// in a row with no counterpart. One lowered for a reason of its own (a
// counting word, a figure in words) does not count: a translator adds
// such figures as often as a pairing moves them.
func statesMoved(m Mismatch, ms []Mismatch) bool {
	for _, o := range ms {
		if o.Lang != m.Lang && (o.Confidence == confAlone || o.Confidence == confNoRow) &&
			Matches(m.Quantity, o.Quantity) && Matches(o.Quantity, m.Quantity) {
			return true
		}
	}
	return false
}
