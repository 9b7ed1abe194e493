package index

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"tandem/article"
)

// chain is a run of query tokens that must stand together in the text:
// one token, the bigrams of a Chinese run, or the words of a phrase. Token
// positions are kept, so gaps left by stop words are respected.
type chain []token

// plan is a query turned into what the search needs: the Bleve query, the
// chains to mark in snippets, and the chains every hit must be seen to
// contain (the index matches a phrase by its words or bigrams, in any
// order; the text confirms they stand together).
type plan struct {
	bleve    query.Query
	langs    []article.Lang // the languages text terms are searched in
	notes    bool           // whether notes are searched
	mark     []chain
	required []int // indexes into mark
	// annotations is true when the query asks about text or about
	// annotations (tag:, color:, is:), so that annotations may match.
	annotations bool
}

// newPlan turns a parsed query into a plan. claimTypes is the vocabulary
// is:claim stands for.
func newPlan(q *Query, claimTypes []string) (*plan, error) {
	p := &plan{langs: []article.Lang{article.ZH, article.EN}, notes: q.Lang == ""}
	if q.Lang != "" {
		p.langs = []article.Lang{q.Lang}
	}
	var must, mustNot []query.Query
	var empty []string
	for _, c := range q.Clauses {
		alts, words := p.clause(c, claimTypes)
		switch {
		case len(alts) == 0:
			empty = append(empty, words...)
		case len(c) == 1 && c[0].Exclude:
			mustNot = append(mustNot, alts[0])
		default:
			must = append(must, disjunction(alts))
		}
	}
	if len(must) == 0 && len(mustNot) == 0 && q.Lang == "" {
		return nil, &QueryError{Msg: fmt.Sprintf("nothing to search for: %q holds only common words or punctuation", strings.Join(empty, " "))}
	}
	if q.Lang != "" {
		must = append(must, termQuery(fieldFLang, string(q.Lang)))
	}
	if !p.annotations {
		// Only the article's metadata is asked about (or nothing but
		// exclusions): list articles, not every highlight in them.
		must = append(must, termQuery(fieldType, typeArticle))
	}
	p.bleve = query.NewBooleanQuery(must, nil, mustNot)
	return p, nil
}

// clause returns the Bleve queries of a clause's terms (excluded terms
// inside an OR become "all but"), leaving out words with nothing to
// search for, which it returns.
func (p *plan) clause(c Clause, claimTypes []string) ([]query.Query, []string) {
	var alts []query.Query
	var empty []string
	for _, t := range c {
		q := p.term(t, claimTypes, len(c) == 1)
		if q == nil {
			empty = append(empty, t.Text)
			continue
		}
		if t.Exclude && len(c) > 1 {
			q = query.NewBooleanQuery([]query.Query{query.NewMatchAllQuery()}, nil, []query.Query{q})
		}
		alts = append(alts, q)
	}
	return alts, empty
}

// term is the Bleve query for one term, as if it were not excluded; nil
// for a word of stop words or punctuation only.
func (p *plan) term(t Term, claimTypes []string, alone bool) query.Query {
	if t.Kind == Filter {
		p.annotations = p.annotations || (!t.Exclude && slices.Contains([]string{"tag", "color", "is"}, t.Filter))
		return filterQuery(t, claimTypes)
	}
	chains, all := queryChains(t)
	if len(all) == 0 {
		return nil
	}
	if !t.Exclude {
		p.annotations = true
		for _, ch := range chains {
			if alone && len(ch) > 1 {
				p.required = append(p.required, len(p.mark))
			}
			p.mark = append(p.mark, ch)
		}
	}
	words := indexTerms(all, t.Kind == Phrase)
	var fields []query.Query
	for _, f := range p.fields() {
		terms := make([]query.Query, 0, len(words))
		for _, w := range words {
			terms = append(terms, termQuery(f, w))
		}
		fields = append(fields, conjunction(terms))
	}
	return disjunction(fields)
}

// indexTerms are the index terms a text must hold to contain the tokens:
// each token, or, in a phrase, the pair of each two adjacent words or
// numbers (see appendPair) in place of the words themselves.
func indexTerms(all []token, phrase bool) []string {
	var out []string
	paired := -1 // the last token that went into a pair
	for i, tok := range all {
		if phrase && i+1 < len(all) && isPairable(tok) && isPairable(all[i+1]) && tok.pos+1 == all[i+1].pos {
			out = append(out, string(appendPair(nil, tok.term, all[i+1].term)))
			paired = i + 1
		} else if paired != i {
			out = append(out, string(tok.term))
		}
	}
	return out
}

func isPairable(t token) bool { return t.kind == kindWord || t.kind == kindNumber }

// fields are the text fields text terms are searched in.
func (p *plan) fields() []string {
	var out []string
	for _, l := range p.langs {
		out = append(out, langField(l))
	}
	if p.notes {
		out = append(out, fieldNote)
	}
	return out
}

// queryChains analyses a word or phrase. A phrase is one chain; a word is
// a chain per Chinese run and one per Latin token. all lists every token.
func queryChains(t Term) (chains []chain, all []token) {
	var cur chain
	tokenize(t.Text, true, func(tok token) {
		tok.term = bytes.Clone(tok.term)
		all = append(all, tok)
		switch {
		case t.Kind == Phrase:
			cur = append(cur, tok)
		case tok.kind == kindBigram && len(cur) > 0 && cur[len(cur)-1].kind == kindBigram && cur[len(cur)-1].pos+1 == tok.pos:
			cur = append(cur, tok)
		default:
			if len(cur) > 0 {
				chains = append(chains, cur)
			}
			cur = chain{tok}
		}
	})
	if len(cur) > 0 {
		chains = append(chains, cur)
	}
	return chains, all
}

// filterQuery is the Bleve query of a filter other than lang:.
func filterQuery(t Term, claimTypes []string) query.Query {
	switch t.Filter {
	case "tag":
		return termQuery(fieldFTag, foldKey(t.Text))
	case "source":
		return termQuery(fieldSourceK, foldKey(t.Text))
	case "color":
		return termQuery(fieldFColor, t.Text)
	case "is":
		if t.Text == "claim" {
			return claimQuery(claimTypes)
		}
		return termQuery(fieldFIs, t.Text)
	case "after", "before":
		d, _ := dateNumber(t.Text) // Parse checked it
		yes := true
		q := query.NewNumericRangeInclusiveQuery(&d, nil, &yes, nil)
		if t.Filter == "before" {
			q = query.NewNumericRangeInclusiveQuery(nil, &d, nil, &yes)
		}
		q.SetField(fieldDate)
		return q
	}
	return query.NewMatchNoneQuery() // Parse admits no other filter
}

// claimQuery matches what carries a tag of the claim vocabulary.
func claimQuery(claimTypes []string) query.Query {
	var tags []query.Query
	for _, c := range claimTypes {
		tags = append(tags, termQuery(fieldFTag, foldKey(c)))
	}
	if len(tags) == 0 {
		return query.NewMatchNoneQuery()
	}
	return disjunction(tags)
}

func disjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewDisjunctionQuery(qs)
}

func conjunction(qs []query.Query) query.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return query.NewConjunctionQuery(qs)
}
