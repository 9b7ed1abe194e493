package index

import (
	"fmt"
	"sync"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Update replaces the documents of the given articles (the article and one
// per annotation, dropping those of annotations that are gone) and deletes
// every document of the articles in gone. An article's document, which
// holds its stamp, goes after its annotations' and the deletions of its
// stale ones, in the same batch or a later one: Bleve keeps batches in
// order, so after a crash the index holds all of an article, or an
// article whose stamp is old and which the next sync indexes again.
//
// The documents go in batches of about maxBatchText bytes of text: Bleve
// holds the analysis of a whole batch at once, and one article with fifty
// megabytes of notes took most of a gigabyte in one batch.
func (x *Index) Update(entries []Entry, gone []string) error {
	ids := append([]string(nil), gone...)
	for _, e := range entries {
		ids = append(ids, e.Article.ID)
	}
	stale, err := x.annotationDocs(ids)
	if err != nil {
		return fmt.Errorf("update search index: %w", err)
	}
	staleOf := map[string][]string{}
	for id := range stale {
		a := articleOfDoc(id)
		staleOf[a] = append(staleOf[a], id)
	}
	u := batcher{x: x, b: x.bleve.NewBatch()}
	for _, e := range entries {
		for _, an := range e.Annotations {
			doc := annotationDocument(e.Article, an)
			delete(stale, doc.ID())
			if err := u.index(doc); err != nil {
				return fmt.Errorf("index annotation %s: %w", an.ID, err)
			}
		}
		for _, id := range staleOf[e.Article.ID] {
			if stale[id] {
				u.b.Delete(id)
				delete(stale, id)
			}
		}
		if err := u.index(articleDocument(e)); err != nil {
			return fmt.Errorf("index %s: %w", e.Article.ID, err)
		}
	}
	// The articles gone, and their annotations, in one batch.
	for _, id := range gone {
		u.b.Delete(id)
	}
	for id := range stale {
		u.b.Delete(id)
	}
	return u.flush()
}

// maxBatchText is about how much text Update puts in one batch. Bleve
// holds the analysis of a whole batch while it builds the batch's
// segment in memory, some forty bytes for every byte of text: the 500
// articles of a library batch (2.7 MB) in one batch raised the live heap
// by 117 MB, in batches of a megabyte by 60 MB (BenchmarkImport). Smaller
// batches make more segments to merge: at half a megabyte, merging wrote
// twice as much.
const maxBatchText = 1 << 20

// batcher fills batches and applies each once it holds maxBatchText.
type batcher struct {
	x    *Index
	b    *bleve.Batch
	text int
}

func (u *batcher) index(doc *document.Document) error {
	if err := u.b.IndexAdvanced(doc); err != nil {
		return err
	}
	for _, f := range doc.Fields {
		u.text += int(f.NumPlainTextBytes())
	}
	if u.text < maxBatchText {
		return nil
	}
	return u.flush()
}

// flush applies the batch, if it holds anything, and starts another.
func (u *batcher) flush() error {
	b := u.b
	u.b, u.text = u.x.bleve.NewBatch(), 0
	if b.Size() == 0 {
		return nil
	}
	return u.x.apply(b)
}

// apply applies a batch, counting it until it is on disk (see Flush).
func (x *Index) apply(b *bleve.Batch) error {
	if x.memory {
		return x.bleve.Batch(b)
	}
	x.persisting.add()
	b.SetPersistedCallback(func(err error) {
		if err != nil {
			x.persistErr.Store(&err)
		}
		x.persisting.done()
	})
	if err := x.bleve.Batch(b); err != nil {
		x.persisting.done() // never introduced, so never persisted
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
	x.persisting.wait()
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

// inFlight counts batches applied and not yet on disk. Unlike a
// sync.WaitGroup it may count up while another goroutine waits: the index
// worker flushes while a rebuild applies batches.
type inFlight struct {
	mu   sync.Mutex
	zero sync.Cond // signalled when n comes down to 0; L is mu
	n    int
}

func (f *inFlight) add() {
	f.mu.Lock()
	f.n++
	f.mu.Unlock()
}

func (f *inFlight) done() {
	f.mu.Lock()
	if f.n--; f.n == 0 && f.zero.L != nil {
		f.zero.Broadcast()
	}
	f.mu.Unlock()
}

// wait returns when no batch is in flight.
func (f *inFlight) wait() {
	f.mu.Lock()
	for f.n > 0 {
		if f.zero.L == nil {
			f.zero.L = &f.mu
		}
		f.zero.Wait()
	}
	f.mu.Unlock()
}
