package index

import "slices"

// ParseOptions change how ParseWith reads a query, for a search field that
// offers as switches what the query syntax says with ~.
type ParseOptions struct {
	// TranslateAll reads every word and phrase the query includes as
	// though it were written with ~: it also matches its translations.
	// Excluded terms and filters stay as written.
	TranslateAll bool `json:"translateAll,omitempty"`
	// Without lists, by ~term (as Expansion.Term gives it), translations
	// to leave out of that term's expansion. They are then listed in
	// Expansion.Dropped.
	Without map[string][]string `json:"without,omitempty"`
}

// translateAll marks every included word and phrase as a ~term.
func (q *Query) translateAll() {
	for _, c := range q.Clauses {
		for i := range c {
			if c[i].Kind != Filter && !c[i].Exclude {
				c[i].Translate = true
			}
		}
	}
}

// drop takes out of the query the translations without lists for each
// ~term: translate put each after its term in the term's clause, or in a
// clause of its own for an excluded term, at the term's position.
func (q *Query) drop(without map[string][]string) {
	if len(without) == 0 {
		return
	}
	type at struct {
		pos  int
		text string
	}
	gone := map[at]bool{} // a translation at the position of its ~term
	for _, c := range q.Clauses {
		for _, t := range c {
			if t.Translate {
				for _, w := range without[t.Text] {
					gone[at{t.Pos, w}] = true
				}
			}
		}
	}
	if len(gone) == 0 {
		return
	}
	kept := q.Clauses[:0]
	for _, c := range q.Clauses {
		c = slices.DeleteFunc(c, func(t Term) bool { return !t.Translate && t.Kind != Filter && gone[at{t.Pos, t.Text}] })
		if len(c) > 0 {
			kept = append(kept, c)
		}
	}
	q.Clauses = kept
	for i, e := range q.Expansions {
		also := []string{}
		for _, a := range e.Also {
			if slices.Contains(without[e.Term], a) {
				e.Dropped = append(e.Dropped, a)
			} else {
				also = append(also, a)
			}
		}
		e.Also = also
		q.Expansions[i] = e
	}
}
