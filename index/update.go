package index

import (
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Update replaces the documents of the given articles (the article and one
// per annotation, dropping those of annotations that are gone) and deletes
// every document of the articles in gone, as one batch: after a crash
// either all of it is in the index or none of it.
func (x *Index) Update(entries []Entry, gone []string) error {
	ids := append([]string(nil), gone...)
	for _, e := range entries {
		ids = append(ids, e.Article.ID)
	}
	stale, err := x.annotationDocs(ids)
	if err != nil {
		return fmt.Errorf("update search index: %w", err)
	}
	b := x.bleve.NewBatch()
	for _, e := range entries {
		if err := b.IndexAdvanced(articleDocument(e)); err != nil {
			return fmt.Errorf("index %s: %w", e.Article.ID, err)
		}
		for _, an := range e.Annotations {
			doc := annotationDocument(e.Article, an)
			delete(stale, doc.ID())
			if err := b.IndexAdvanced(doc); err != nil {
				return fmt.Errorf("index annotation %s: %w", an.ID, err)
			}
		}
	}
	for _, id := range gone {
		b.Delete(id)
	}
	for id := range stale {
		b.Delete(id)
	}
	if b.Size() == 0 {
		return nil
	}
	return x.apply(b)
}

// apply applies a batch, counting it until it is on disk (see Flush).
func (x *Index) apply(b *bleve.Batch) error {
	if x.memory {
		return x.bleve.Batch(b)
	}
	x.persisting.Add(1)
	b.SetPersistedCallback(func(err error) {
		if err != nil {
			x.persistErr.Store(&err)
		}
		x.persisting.Done()
	})
	if err := x.bleve.Batch(b); err != nil {
		x.persisting.Done() // never introduced, so never persisted
		return fmt.Errorf("update search index: %w", err)
	}
	return nil
}

// Flush waits until every Update that returned is on disk. Updates are
// searchable when they return and written in the background, several
// batches at once, which is what makes indexing fast; a crash before
// then loses them, and their articles' stamps with them, so they are
// indexed again at the next sync.
func (x *Index) Flush() error {
	x.persisting.Wait()
	if err := x.persistErr.Swap(nil); err != nil {
		return fmt.Errorf("write search index: %w", *err)
	}
	return nil
}

// annotationDocs returns the IDs of the annotation documents of the given
// articles.
func (x *Index) annotationDocs(articles []string) (map[string]bool, error) {
	out := map[string]bool{}
	if len(articles) == 0 {
		return out, nil
	}
	terms := make([]query.Query, len(articles))
	for i, id := range articles {
		terms[i] = termQuery(fieldArticle, id)
	}
	q := query.NewConjunctionQuery([]query.Query{termQuery(fieldType, typeAnnotation), query.NewDisjunctionQuery(terms)})
	const page = 1000
	for from := 0; ; from += page {
		res, err := x.bleve.Search(bleve.NewSearchRequestOptions(q, page, from, false))
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			out[h.ID] = true
		}
		if len(res.Hits) < page {
			return out, nil
		}
	}
}

func termQuery(field, term string) *query.TermQuery {
	q := query.NewTermQuery(term)
	q.SetField(field)
	return q
}
