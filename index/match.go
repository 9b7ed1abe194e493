package index

import (
	"unicode/utf8"

	"tandem/article"
)

// Matcher finds where a query's words and phrases stand in a paragraph,
// tokenizing it exactly as the index does, so that what it marks is what a
// search matched: 投資 marks 投资, 1000 marks 1,000 and "investments"
// marks "Investment". Filters and excluded terms mark nothing. A Matcher
// is for one goroutine at a time.
type Matcher struct {
	m    *marker
	lang article.Lang // the language lang: restricts the query to, or ""
}

// NewMatcher reads a query (see Parse). A malformed query is a
// *QueryError.
func NewMatcher(q string) (*Matcher, error) { return NewMatcherWith(q, ParseOptions{}) }

// NewMatcherWith reads a query as ParseWith does, so that the marks follow
// the search the options made.
func NewMatcherWith(q string, o ParseOptions) (*Matcher, error) {
	parsed, err := ParseWith(q, o)
	if err != nil {
		return nil, err
	}
	p, err := newPlan(parsed, nil)
	if err != nil {
		return nil, err
	}
	return &Matcher{m: newMarker(p.mark), lang: parsed.Lang}, nil
}

// Matches returns the rune spans of text, a paragraph in language lang,
// where the query's words and phrases stand, in order and apart; none when
// the query asks for the other language.
func (x *Matcher) Matches(text string, lang article.Lang) []article.Span {
	if x.lang != "" && x.lang != lang {
		return nil
	}
	var out []article.Span
	at, runes := 0, 0 // a byte offset and the runes before it
	for _, s := range x.m.marks(text) {
		runes += utf8.RuneCountInString(text[at:s.start])
		n := utf8.RuneCountInString(text[s.start:s.end])
		out = append(out, article.Span{Start: runes, End: runes + n})
		at, runes = s.end, runes+n
	}
	return out
}
