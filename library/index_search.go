package library

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"unsafe"

	"tandem/annotation"
	"tandem/article"
	"tandem/index"
)

// Search runs a query over the library's index (see index.Parse for the
// query language; ~terms use the reader's term list, read again when its
// file changed). When another process holds the index, that process
// runs it (serve.go). Changes still queued for the index are not waited
// for: call WaitIndexed first to see them, and SyncIndex once after Open to
// catch up with changes made while Tandem was not running. When
// opts.ClaimTypes is nil the library's claim vocabulary is used. Tag
// facets count tags as Tags does.
func (l *Library) Search(ctx context.Context, query string, opts index.SearchOptions) (*index.Results, error) {
	// A term list another process changed counts from this search on; one
	// with a bad line leaves the pairs last read in use.
	if _, err := l.RefreshTerms(); err != nil && !errors.Is(err, ErrTermSyntax) {
		return nil, err
	}
	idx, err := l.search.current()
	if busy := (*index.BusyError)(nil); errors.As(err, &busy) {
		// The window, most often, holds the index: it searches for us.
		if res, ok, aerr := l.askHolder(ctx, l.search.dir, query, opts); ok {
			return res, aerr
		}
	}
	if err != nil {
		return nil, err
	}
	if opts.ClaimTypes == nil {
		types, err := l.ClaimTypes()
		if err != nil {
			return nil, err
		}
		opts.ClaimTypes = types
	}
	res, err := idx.Search(ctx, query, opts, indexTexts{l})
	if err != nil {
		return nil, err
	}
	if res.Facets != nil {
		mergeTagFacets(res.Facets)
	}
	return res, nil
}

// indexTexts serves a search the library's files.
type indexTexts struct{ l *Library }

// Article reads an article; one that is gone is an fs.ErrNotExist.
func (t indexTexts) Article(id string) (*article.Article, error) {
	dir, err := t.l.articleDir(id)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", fs.ErrNotExist, err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "article.json"))
	if err != nil {
		return nil, err
	}
	// The texts are cut from the file's bytes, which nothing changes:
	// copying them would double what each search leaves to collect.
	var la snippetArticle
	if !readSnippetArticle(unsafe.String(unsafe.SliceData(data), len(data)), &la) {
		la = snippetArticle{}
		if err := json.Unmarshal(data, &la); err != nil {
			return nil, fmt.Errorf("%s: article.json is damaged: %w", id, err)
		}
	}
	return la.article(), nil
}

// snippetArticle is what a search reads of article.json. Spans and links
// decode as plain arrays, several times faster than through their own
// UnmarshalJSON, which matters for the twenty articles of every search;
// spans that make no sense are dropped, as the snippets only use them to
// find aligned sentences.
type snippetArticle struct {
	ID, Title, Source, Date string
	Pairs                   []snippetPair
}

// snippetPair is what a search reads of a pair.
type snippetPair struct {
	ZH          string   `json:"zh"`
	EN          string   `json:"en"`
	SentencesZH [][2]int `json:"sentences_zh"`
	SentencesEN [][2]int `json:"sentences_en"`
	Links       [][2]int `json:"links"`
}

func (la *snippetArticle) article() *article.Article {
	a := &article.Article{ID: la.ID, Title: la.Title, Source: la.Source, Date: la.Date, Pairs: make([]article.Pair, len(la.Pairs))}
	for i, p := range la.Pairs {
		a.Pairs[i] = article.Pair{ZH: p.ZH, EN: p.EN, SentencesZH: spans(p.SentencesZH), SentencesEN: spans(p.SentencesEN)}
		for _, k := range p.Links {
			a.Pairs[i].Links = append(a.Pairs[i].Links, article.Link{ZH: k[0], EN: k[1]})
		}
	}
	return a
}

func spans(list [][2]int) []article.Span {
	out := make([]article.Span, 0, len(list))
	for _, s := range list {
		if s[0] >= 0 && s[1] >= s[0] {
			out = append(out, article.Span{Start: s[0], End: s[1]})
		}
	}
	return out
}

// Annotations reads the given annotations of an article, leaving out
// those that are gone or cannot be read.
func (t indexTexts) Annotations(articleID string, ids []string) ([]*annotation.Annotation, error) {
	var out []*annotation.Annotation
	for _, id := range ids {
		path, err := t.l.annotationPath(articleID, id)
		if err != nil {
			continue
		}
		if an, err := readAnnotation(path, articleID); err == nil {
			out = append(out, an)
		}
	}
	SortReadingOrder(out)
	return out, nil
}
