package index

import (
	"fmt"
	"strings"
	"sync/atomic"

	"tandem/dict"
)

// termList is the reader's term list (see SetTerms).
var termList atomic.Pointer[dict.Terms]

// SetTerms makes list the reader's term list, which every ~term is looked
// up in before the dictionary: a term the list holds is expanded to the
// other sides of its pairs instead of the dictionary's translations (a
// pair the reader confirmed overrides the dictionary). The library sets it
// when it opens and whenever the list changes; nil is no list. Queries
// parsed after the call use it.
func SetTerms(list *dict.Terms) { termList.Store(list) }

// translate adds the translations of every ~term: as alternatives in the
// term's clause, or, for an excluded term, as excluded terms of their own.
// A translation of several words is a phrase. Translations come from the
// reader's term list (SetTerms), else from the dictionary, which is read
// on the first query that needs it.
func (q *Query) translate() error {
	var d *dict.Dictionary
	var extra []Clause
	list := termList.Load()
	for i, c := range q.Clauses {
		for _, t := range c {
			if !t.Translate {
				continue
			}
			if also := list.Translations(t.Text); len(also) > 0 {
				q.expand(i, t, also, &extra)
				continue
			}
			if d == nil {
				var err error
				if d, err = dict.Bundled(); err != nil {
					return fmt.Errorf("~%s: %w", t.Text, err)
				}
			}
			q.expand(i, t, d.Translations(t.Text), &extra)
		}
	}
	q.Clauses = append(q.Clauses, extra...)
	return nil
}

// expand records what the ~term t of clause i also matches and adds it to
// the clause, or, when t is excluded, to extra as excluded clauses.
func (q *Query) expand(i int, t Term, also []string, extra *[]Clause) {
	q.Expansions = append(q.Expansions, Expansion{Term: t.Text, Also: also})
	for _, a := range also {
		u := Term{Kind: Word, Text: a, Exclude: t.Exclude, Pos: t.Pos}
		if strings.Contains(a, " ") {
			u.Kind = Phrase
		}
		if t.Exclude {
			*extra = append(*extra, Clause{u})
		} else {
			q.Clauses[i] = append(q.Clauses[i], u)
		}
	}
}

// QuoteTerm writes a term as a query would: in quotes when it holds a
// space ("rate cut").
func QuoteTerm(term string) string {
	if strings.ContainsAny(term, " \t") {
		return `"` + term + `"`
	}
	return term
}
