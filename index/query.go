package index

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"tandem/annotation"
	"tandem/article"
)

// ErrQuery means a query cannot be read. Parse and Search return it in a
// *QueryError that says what is wrong.
var ErrQuery = errors.New("malformed query")

// QueryError says what is wrong with a query, and where when that helps.
type QueryError struct {
	Pos int // 1-based position (in characters) of the problem, or 0
	Msg string
}

// Error is the message, with the position when there is one.
func (e *QueryError) Error() string {
	if e.Pos > 0 {
		return fmt.Sprintf("%s at position %d", e.Msg, e.Pos)
	}
	return e.Msg
}

// Unwrap makes errors.Is(err, ErrQuery) true.
func (e *QueryError) Unwrap() error { return ErrQuery }

// TermKind says what a query term is.
type TermKind int

// The kinds of query term.
const (
	Word   TermKind = iota // a word, or a run of Chinese
	Phrase                 // "words in a row"
	Filter                 // key:value
)

// Filters are the filter keys a query knows, in the order messages list
// them.
var Filters = []string{"tag", "source", "lang", "color", "is", "after", "before"}

// IsValues are what is: accepts.
var IsValues = []string{"highlight", "note", "claim", "orphan"}

// Term is one word, phrase or filter of a query.
type Term struct {
	Kind    TermKind
	Text    string // the word or phrase, or the filter's value (normalised)
	Filter  string // the filter's key, for filters
	Exclude bool   // written with a leading minus
	// Translate is true for a term written with a leading ~: it also
	// matches its translations, which Parse adds after it as alternatives.
	Translate bool
	Pos       int // 1-based position in the query
}

// Clause holds when any of its terms holds: terms joined by OR.
type Clause []Term

// Query is a parsed query: every clause must hold. Lang restricts the
// text terms to one language ("" for both).
type Query struct {
	Clauses []Clause
	Lang    article.Lang
	// Expansions are the translations each ~term was given, in the
	// query's order.
	Expansions []Expansion
}

// Expansion is what a ~term also matches: its translations from the
// dictionary (none when the dictionary does not know it).
type Expansion struct {
	Term string   `json:"term"`
	Also []string `json:"also"`
	// Dropped are the translations ParseOptions.Without left out.
	Dropped []string `json:"dropped,omitempty"`
}

// quotes open and close phrases: ASCII, full-width and curly quotes.
const quotes = "\"＂“”"

// Parse reads a query: words and "phrases" in either language, -word to
// exclude, OR between alternatives, and the filters tag:, source:,
// lang:zh|en, color:, is:highlight|note|claim|orphan, after:YYYY-MM-DD and
// before:YYYY-MM-DD (both inclusive). ~word or ~"a phrase" also matches
// the term's translations from the bundled dictionary (see
// dict.Translations): ~投资 finds investment, ~"rate cut" finds 降息;
// -~word excludes the term and its translations. A malformed query is a
// *QueryError.
func Parse(s string) (*Query, error) { return ParseWith(s, ParseOptions{}) }

// ParseWith reads a query as Parse does, changed by o: every word and
// phrase read as a ~term, or some translations left out.
func ParseWith(s string, o ParseOptions) (*Query, error) {
	p := parser{in: []rune(s)}
	q := &Query{}
	orPending := false
	for {
		t, isOr, ok, err := p.next()
		if err != nil {
			return nil, err
		}
		if !ok {
			break
		}
		if err := q.add(t, isOr, &orPending); err != nil {
			return nil, err
		}
	}
	if orPending {
		return nil, &QueryError{Msg: "OR at the end of the query needs a term after it"}
	}
	if o.TranslateAll {
		q.translateAll()
	}
	if err := q.translate(); err != nil {
		return nil, err
	}
	q.drop(o.Without)
	if len(q.Clauses) == 0 && q.Lang == "" {
		return nil, &QueryError{Msg: "the query is empty"}
	}
	return q, nil
}

// add places a term or an OR in the query.
func (q *Query) add(t Term, isOr bool, orPending *bool) error {
	switch {
	case isOr && (*orPending || len(q.Clauses) == 0):
		return &QueryError{Pos: t.Pos, Msg: "OR needs a term on each side"}
	case isOr:
		*orPending = true
	case t.Kind == Filter && t.Filter == "lang":
		if t.Exclude || *orPending || q.Lang != "" {
			return &QueryError{Pos: t.Pos, Msg: "lang: may be given once, not excluded or joined with OR"}
		}
		q.Lang = article.Lang(t.Text)
	case *orPending:
		last := len(q.Clauses) - 1
		q.Clauses[last] = append(q.Clauses[last], t)
		*orPending = false
	default:
		q.Clauses = append(q.Clauses, Clause{t})
	}
	return nil
}

type parser struct {
	in []rune
	i  int
}

// next reads the next term; ok is false at the end of the query.
func (p *parser) next() (t Term, isOr, ok bool, err error) {
	for p.i < len(p.in) && unicode.IsSpace(p.in[p.i]) {
		p.i++
	}
	if p.i >= len(p.in) {
		return Term{}, false, false, nil
	}
	t.Pos = p.i + 1
	if (p.in[p.i] == '-' || p.in[p.i] == '－') && p.i+1 < len(p.in) && !unicode.IsSpace(p.in[p.i+1]) {
		t.Exclude = true
		p.i++
	}
	if (p.in[p.i] == '~' || p.in[p.i] == '～') && p.i+1 < len(p.in) && !unicode.IsSpace(p.in[p.i+1]) {
		t.Translate = true
		p.i++
	}
	if strings.ContainsRune(quotes, p.in[p.i]) {
		t.Kind = Phrase
		t.Text, err = p.quoted()
		return t, false, true, err
	}
	word := p.bare()
	if word == "OR" && !t.Exclude && !t.Translate {
		return t, true, true, nil
	}
	key, value, isFilter := splitFilter(word)
	if !isFilter {
		t.Text = word
		return t, false, true, nil
	}
	if t.Translate {
		return t, false, true, &QueryError{Pos: t.Pos, Msg: "~ goes before a word or a phrase, not a filter"}
	}
	t.Kind, t.Filter = Filter, key
	t.Text, err = p.filterValue(key, value, t.Pos)
	return t, false, true, err
}

// filterValue reads a filter's value: what followed the colon, or the
// quoted string that follows it (source:"Financial Times").
func (p *parser) filterValue(key, value string, pos int) (string, error) {
	if value == "" && p.i < len(p.in) && strings.ContainsRune(quotes, p.in[p.i]) {
		var err error
		if value, err = p.quoted(); err != nil {
			return "", err
		}
	}
	return checkFilter(key, value, pos)
}

// bare reads up to the next space or quote.
func (p *parser) bare() string {
	start := p.i
	for p.i < len(p.in) && !unicode.IsSpace(p.in[p.i]) && !strings.ContainsRune(quotes, p.in[p.i]) {
		p.i++
	}
	return string(p.in[start:p.i])
}

// quoted reads a quoted string whose opening quote is at p.i.
func (p *parser) quoted() (string, error) {
	open := p.i
	p.i++
	start := p.i
	for p.i < len(p.in) && !strings.ContainsRune(quotes, p.in[p.i]) {
		p.i++
	}
	if p.i >= len(p.in) {
		return "", &QueryError{Pos: open + 1, Msg: "unclosed quote"}
	}
	p.i++
	return string(p.in[start : p.i-1]), nil
}

// splitFilter splits key:value when key is made of ASCII letters; a
// full-width colon counts, as Chinese input methods type it.
func splitFilter(word string) (key, value string, ok bool) {
	i := strings.IndexAny(word, ":：")
	if i <= 0 {
		return "", "", false
	}
	for _, r := range word[:i] {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return "", "", false
		}
	}
	_, size := firstRune(word[i:])
	return strings.ToLower(word[:i]), word[i+size:], true
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// checkFilter validates a filter's value and returns it normalised.
func checkFilter(key, value string, pos int) (string, error) {
	value = strings.TrimSpace(value)
	known := false
	for _, f := range Filters {
		known = known || f == key
	}
	switch {
	case !known:
		return "", &QueryError{Msg: fmt.Sprintf("unknown filter %q (known: %s)", key+":", strings.Join(Filters, ", "))}
	case value == "":
		return "", &QueryError{Pos: pos, Msg: fmt.Sprintf("%s: needs a value", key)}
	}
	switch key {
	case "lang":
		if l := article.Lang(strings.ToLower(value)); l.Valid() {
			return string(l), nil
		}
		return "", &QueryError{Msg: fmt.Sprintf("lang: %q is not zh or en", value)}
	case "color":
		c, err := annotation.ParseColor(value)
		if err != nil {
			return "", &QueryError{Msg: fmt.Sprintf("color: %q is not a colour (yellow, green, blue, pink or purple)", value)}
		}
		return string(c), nil
	case "is":
		for _, v := range IsValues {
			if strings.EqualFold(v, value) {
				return v, nil
			}
		}
		return "", &QueryError{Msg: fmt.Sprintf("is: %q is not one of %s", value, strings.Join(IsValues, ", "))}
	case "after", "before":
		if _, err := time.Parse(time.DateOnly, value); err != nil {
			return "", &QueryError{Msg: fmt.Sprintf("%s: %q is not a date (YYYY-MM-DD)", key, value)}
		}
	}
	return value, nil
}
