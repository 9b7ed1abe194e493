package index

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"tandem/annotation"
	"tandem/article"
)

// hit builds the hit of one article from its matching documents (docs).
// ok is false when none of them turns out to hold the query's phrases, or
// the article is no longer there.
func (s *searcher) hit(id string, docs map[string]bool) (Hit, bool, error) {
	a, err := s.texts.Article(id)
	if errors.Is(err, fs.ErrNotExist) {
		return Hit{}, false, nil
	}
	if err != nil {
		return Hit{}, false, fmt.Errorf("search: %w", err)
	}
	h := Hit{ID: a.ID, Title: a.Title, Source: a.Source, Date: a.Date, Snippets: []Snippet{}, Annotations: []AnnotationHit{}}
	ok := false
	if docs[id] {
		snippets, verified := s.paragraphs(a)
		if verified {
			ok, h.Snippets = true, snippets
		}
	}
	if len(docs) == 1 && docs[id] {
		return h, ok, nil
	}
	var ids []string
	for doc := range docs {
		if _, an, ok := strings.Cut(doc, "/"); ok {
			ids = append(ids, an)
		}
	}
	list, err := s.texts.Annotations(id, ids)
	if err != nil {
		return Hit{}, false, fmt.Errorf("search: %w", err)
	}
	for _, an := range list {
		snippets, verified := s.annotation(an)
		if !verified {
			continue
		}
		ok = true
		h.Annotations = append(h.Annotations, annotationHit(an))
		h.Snippets = append(h.Snippets, snippets...)
	}
	return h, ok, nil
}

// verified reports whether every required chain was found since the
// marker was last reset.
func (s *searcher) verified() bool {
	for _, i := range s.plan.required {
		if !s.marker.found[i] {
			return false
		}
	}
	return true
}

// paragraphs returns snippets of the paragraphs where the query matches,
// and whether the article holds the query's phrases.
func (s *searcher) paragraphs(a *article.Article) ([]Snippet, bool) {
	clear(s.marker.found)
	var out []Snippet
	for i := range a.Pairs {
		if len(out) >= s.opts.Snippets && s.verified() {
			break
		}
		p := &a.Pairs[i]
		spans := map[article.Lang][]span{}
		for _, l := range s.plan.langs {
			spans[l] = s.marker.marks(p.Text(l))
		}
		for _, l := range s.plan.langs {
			if len(spans[l]) == 0 || len(out) >= s.opts.Snippets {
				continue
			}
			out = append(out, Snippet{Field: string(l), Lang: string(l), Pair: i,
				Text: fragment(p.Text(l), spans[l]), Aligned: aligned(p, l, spans[l], spans[l.Other()])})
			break
		}
	}
	return out, s.verified()
}

// annotation returns snippets of an annotation's quote, counterpart and
// note where the query matches, and whether it holds the query's phrases.
func (s *searcher) annotation(an *annotation.Annotation) ([]Snippet, bool) {
	clear(s.marker.found)
	var out []Snippet
	add := func(field string, lang article.Lang, text string) {
		if spans := s.marker.marks(text); len(spans) > 0 {
			out = append(out, Snippet{Field: field, Lang: string(lang), Pair: an.Target.Pair, Text: fragment(text, spans), Annotation: an.ID})
		}
	}
	if slices.Contains(s.plan.langs, an.Target.Lang) {
		add("quote", an.Target.Lang, an.Target.Exact)
	}
	if c := an.Counterpart; c != nil && slices.Contains(s.plan.langs, c.Lang) {
		add("counterpart", c.Lang, c.Exact)
	}
	if s.plan.notes {
		add("note", textLang(an.Note), an.Note)
	}
	return out, s.verified()
}

func annotationHit(an *annotation.Annotation) AnnotationHit {
	h := AnnotationHit{ID: an.ID, Lang: string(an.Target.Lang), Pair: an.Target.Pair, Quote: an.Target.Exact,
		Note: an.Note, Tags: append([]string{}, an.Tags...), Color: string(an.Color), Orphan: an.Orphan}
	if an.Counterpart != nil {
		h.Counterpart = an.Counterpart.Exact
	}
	return h
}

// textLang guesses the language of a note: Chinese if it holds any
// Chinese character.
func textLang(s string) article.Lang {
	if strings.IndexFunc(s, article.IsHan) >= 0 {
		return article.ZH
	}
	return article.EN
}
