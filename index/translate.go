package index

import (
	"fmt"
	"strings"

	"tandem/dict"
)

// translate adds the translations of every ~term: as alternatives in the
// term's clause, or, for an excluded term, as excluded terms of their own.
// A translation of several words is a phrase. The dictionary is read on
// the first query that needs it.
func (q *Query) translate() error {
	var d *dict.Dictionary
	var extra []Clause
	for i, c := range q.Clauses {
		for _, t := range c {
			if !t.Translate {
				continue
			}
			if d == nil {
				var err error
				if d, err = dict.Bundled(); err != nil {
					return fmt.Errorf("~%s: %w", t.Text, err)
				}
			}
			also := d.Translations(t.Text)
			q.Expansions = append(q.Expansions, Expansion{Term: t.Text, Also: also})
			for _, a := range also {
				u := Term{Kind: Word, Text: a, Exclude: t.Exclude, Pos: t.Pos}
				if strings.Contains(a, " ") {
					u.Kind = Phrase
				}
				if t.Exclude {
					extra = append(extra, Clause{u})
				} else {
					q.Clauses[i] = append(q.Clauses[i], u)
				}
			}
		}
	}
	q.Clauses = append(q.Clauses, extra...)
	return nil
}

// QuoteTerm writes a term as a query would: in quotes when it holds a
// space ("rate cut").
func QuoteTerm(term string) string {
	if strings.ContainsAny(term, " \t") {
		return `"` + term + `"`
	}
	return term
}
