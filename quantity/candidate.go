package quantity

import "tandem/article"

// Candidate is a sentence that states quantities: a suggestion for a
// "number" claim, with the figures to record in its annotation.
type Candidate struct {
	Pair int          `json:"pair"` // index of the pair, 0-based
	Lang article.Lang `json:"lang"`
	// Sentence is the index of the sentence in the pair's sentences of
	// Lang, and Span its rune range in the paragraph. Sentence is -1 when
	// the quantities fall outside every sentence span; Span then covers
	// them.
	Sentence   int          `json:"sentence"`
	Span       article.Span `json:"span"`
	Quantities []Quantity   `json:"quantities"`
}

// Candidates lists, pair by pair and Chinese before English, the sentences of
// a that hold quantities, with their quantities in reading order.
func Candidates(a *article.Article) []Candidate {
	var out []Candidate
	for i := range a.Pairs {
		p := &a.Pairs[i]
		for _, l := range []article.Lang{article.ZH, article.EN} {
			out = append(out, candidatesIn(i, l, p.Text(l), p.Sentences(l))...)
		}
	}
	return out
}

// candidatesIn groups the quantities of one paragraph by the sentence each
// starts in. Paragraphs without sentence spans are split here.
func candidatesIn(pair int, l article.Lang, text string, spans []article.Span) []Candidate {
	qs := Extract(text, l)
	if len(qs) == 0 {
		return nil
	}
	if len(spans) == 0 {
		spans = article.Sentences(text)
	}
	var out []Candidate
	for _, q := range qs {
		q.Pair = pair
		n := sentenceOf(spans, q)
		if k := len(out) - 1; k >= 0 && out[k].Sentence == n && (n >= 0 || out[k].Span.End >= q.Start) {
			out[k].Quantities = append(out[k].Quantities, q)
			out[k].Span.End = max(out[k].Span.End, q.End)
			continue
		}
		span := article.Span{Start: q.Start, End: q.End}
		if n >= 0 {
			span = spans[n]
		}
		out = append(out, Candidate{Pair: pair, Lang: l, Sentence: n, Span: span, Quantities: []Quantity{q}})
	}
	return out
}

// sentenceOf returns the index of the span that holds the start of q, or -1.
func sentenceOf(spans []article.Span, q Quantity) int {
	for i, s := range spans {
		if q.Start >= s.Start && q.Start < s.End {
			return i
		}
	}
	return -1
}
