package annotation

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"tandem/article"
)

// contextRunes is how much text before and after a quote a target keeps,
// at most, to find the quote again when the text changes.
const contextRunes = 32

// Target is a span of one paragraph in one language, with the quoted text
// and up to 32 runes of context on each side (the W3C TextQuoteSelector and
// TextPositionSelector of the span).
type Target struct {
	Lang   article.Lang
	Pair   int // index of the pair (the paragraph row)
	Start  int // runes into the paragraph
	End    int
	Exact  string
	Prefix string
	Suffix string
}

// NewTarget makes the target for runes [start, end) of pair's paragraph in
// lang, quoting it from the article.
func NewTarget(a *article.Article, lang article.Lang, pair, start, end int) (Target, error) {
	if !lang.Valid() {
		return Target{}, fmt.Errorf("%w: language %q is neither zh nor en", ErrSpan, lang)
	}
	if pair < 0 || pair >= len(a.Pairs) {
		return Target{}, fmt.Errorf("%w: paragraph %d of %d", ErrSpan, pair, len(a.Pairs))
	}
	text := []rune(a.Pairs[pair].Text(lang))
	if start < 0 || end > len(text) || start >= end {
		return Target{}, fmt.Errorf("%w: runes %d–%d of a %d-rune paragraph", ErrSpan, start, end, len(text))
	}
	return quote(lang, pair, text, start, end), nil
}

func quote(lang article.Lang, pair int, text []rune, start, end int) Target {
	return Target{
		Lang: lang, Pair: pair, Start: start, End: end,
		Exact:  string(text[start:end]),
		Prefix: string(text[max(0, start-contextRunes):start]),
		Suffix: string(text[end:min(len(text), end+contextRunes)]),
	}
}

// FindQuote targets the occurrence-th (from 1) occurrence of quote in the
// article's text in lang, in reading order. A quote that is not there is an
// error, never a guess.
func FindQuote(a *article.Article, lang article.Lang, quote string, occurrence int) (Target, error) {
	if quote == "" {
		return Target{}, fmt.Errorf("%w: the quote is empty", ErrQuoteNotFound)
	}
	if occurrence < 1 {
		return Target{}, fmt.Errorf("occurrence %d: count from 1", occurrence)
	}
	seen := 0
	for i, p := range a.Pairs {
		text := p.Text(lang)
		for _, off := range occurrences(text, quote) {
			if seen++; seen == occurrence {
				return NewTarget(a, lang, i, off, off+len([]rune(quote)))
			}
		}
	}
	if seen == 0 {
		return Target{}, fmt.Errorf("%w: %q is not in the %s text", ErrQuoteNotFound, quote, lang)
	}
	return Target{}, fmt.Errorf("%w: %q occurs %d times in the %s text, not %d", ErrQuoteNotFound, quote, seen, lang, occurrence)
}

// occurrences returns the rune offsets where sub starts in s.
func occurrences(s, sub string) []int {
	var out []int
	runeOff, byteOff := 0, 0
	for {
		i := strings.Index(s[byteOff:], sub)
		if i < 0 {
			return out
		}
		runeOff += len([]rune(s[byteOff : byteOff+i]))
		out = append(out, runeOff)
		// Step one rune so overlapping occurrences count too.
		_, size := utf8.DecodeRuneInString(s[byteOff+i:])
		byteOff += i + size
		runeOff++
	}
}

// CounterpartOf returns the span in the other language aligned with t: the
// whole sentence or sentences linked to the sentences t touches. It returns
// nil when the pair has no text or no link there.
func CounterpartOf(a *article.Article, t Target) *Target {
	if t.Pair < 0 || t.Pair >= len(a.Pairs) {
		return nil
	}
	p := &a.Pairs[t.Pair]
	other := t.Lang.Other()
	spans := p.Sentences(other)
	start, end := -1, -1
	for i, s := range p.Sentences(t.Lang) {
		if s.End <= t.Start || s.Start >= t.End {
			continue
		}
		for _, j := range p.Counterparts(t.Lang, i) {
			if j < 0 || j >= len(spans) {
				continue
			}
			if start < 0 || spans[j].Start < start {
				start = spans[j].Start
			}
			end = max(end, spans[j].End)
		}
	}
	if start < 0 {
		return nil
	}
	c, err := NewTarget(a, other, t.Pair, start, end)
	if err != nil {
		return nil
	}
	return &c
}
