package index

import (
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"unicode"

	"tandem/dict"
	"tandem/lexicon"
)

// learned is the translation table learned from the library's aligned
// sentences, nil until one is set.
var learned atomic.Pointer[lexicon.Table]

// SetLexicon gives ~terms the translations of a table learned from the
// library's aligned sentences too (nil for none): those the dictionary
// does not give, sure ones only, a few at most.
func SetLexicon(t *lexicon.Table) { learned.Store(t) }

const (
	// learnedLeast is the least score of a learned translation a ~term
	// adds.
	learnedLeast = 0.4
	// learnedMost is the most learned translations a ~term adds.
	learnedMost = 2
)

// learnedTranslations are the learned translations of a one-word term
// that also does not already hold.
func learnedTranslations(t *lexicon.Table, term string, also []string) []string {
	if t == nil || strings.ContainsFunc(strings.TrimSpace(term), unicode.IsSpace) {
		return nil
	}
	var found []lexicon.Translation
	if strings.ContainsFunc(term, func(r rune) bool { return unicode.Is(unicode.Han, r) }) {
		found = t.English(term, learnedLeast)
	} else {
		found = t.Chinese(term, learnedLeast)
	}
	var out []string
	for _, tr := range found {
		if len(out) == learnedMost {
			break
		}
		if !slices.ContainsFunc(also, func(a string) bool { return strings.EqualFold(a, tr.Word) }) && !strings.EqualFold(tr.Word, term) {
			out = append(out, tr.Word)
		}
	}
	return out
}

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
// on the first query that needs it, followed by the learned table's
// (SetLexicon).
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
			also := d.Translations(t.Text)
			also = append(also, learnedTranslations(learned.Load(), t.Text, also)...)
			q.expand(i, t, also, &extra)
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
