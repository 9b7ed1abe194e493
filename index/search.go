package index

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"tandem/annotation"
	"tandem/article"
)

// Sort orders search hits.
type Sort string

// The orders of hits.
const (
	ByRelevance Sort = "relevance" // best match first (the default)
	ByDate      Sort = "date"      // newest article first
)

// SearchOptions shape a search.
type SearchOptions struct {
	Limit      int      // articles to return; 20 when zero
	Sort       Sort     // ByRelevance when empty
	ClaimTypes []string // the claim vocabulary, for is:claim and the claim facet
	Snippets   int      // snippets per article at most; 3 when zero
	// Facets asks for the counts by tag, source, colour and claim type.
	// They cost time in proportion to the number of matches.
	Facets bool
	// Parse changes how the query is read (see ParseWith).
	Parse ParseOptions
}

// Texts gives a search the text of its hits: the index stores none, so
// snippets are cut from the library's files.
type Texts interface {
	Article(id string) (*article.Article, error)
	// Annotations reads the given annotations of an article, in reading
	// order, leaving out any that are gone.
	Annotations(articleID string, ids []string) ([]*annotation.Annotation, error)
}

// Results are the hits of a search, grouped by article.
type Results struct {
	// Total counts the matching documents: articles, highlights and notes.
	Total  uint64  `json:"total"`
	TookMS float64 `json:"took_ms"`
	Hits   []Hit   `json:"hits"`
	Facets *Facets `json:"facets,omitempty"` // when SearchOptions.Facets asks
	// Expansions are the translations the query's ~terms also matched.
	Expansions []Expansion `json:"expansions,omitempty"`
}

// Facets count the matches by value, when SearchOptions.Facets asks for
// them. Source counts articles; tags, colours and claim types count
// highlights and notes. Tags and Claim count each spelling of a tag as it
// was typed: which spellings are one tag, and how that tag is spelled, is
// the library's to say (library.Search merges them as library.Tags does).
type Facets struct {
	Tags   map[string]int `json:"tags"`
	Source map[string]int `json:"source"`
	Color  map[string]int `json:"color"`
	Claim  map[string]int `json:"claim"`
}

// Hit is one article that matched, by its text or its annotations.
type Hit struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Source      string          `json:"source"`
	Date        string          `json:"date"`
	Score       float64         `json:"score"`
	Snippets    []Snippet       `json:"snippets"`
	Annotations []AnnotationHit `json:"annotations"`
}

// Snippet is a piece of matching text, in parts: the parts the query
// matched are marked. For a paragraph (field zh or en), Aligned is the same
// piece of the pair's other language, marked too where the query matches
// there.
type Snippet struct {
	Field      string        `json:"field"` // zh, en, quote, counterpart or note
	Lang       string        `json:"lang"`
	Pair       int           `json:"pair"`
	Text       []SnippetPart `json:"text"`
	Aligned    []SnippetPart `json:"aligned,omitempty"`
	Annotation string        `json:"annotation,omitempty"` // for quote, counterpart and note
}

// SnippetPart is a run of a snippet's text, as written (nothing escaped);
// Mark is true where the query matched. Two parts in a row differ in Mark.
type SnippetPart struct {
	Text string `json:"text"`
	Mark bool   `json:"mark,omitempty"`
}

// AnnotationHit is a highlight or note that matched.
type AnnotationHit struct {
	ID          string   `json:"id"`
	Lang        string   `json:"lang"`
	Pair        int      `json:"pair"`
	Quote       string   `json:"quote"`
	Counterpart string   `json:"counterpart,omitempty"`
	Note        string   `json:"note,omitempty"`
	Tags        []string `json:"tags"`
	Color       string   `json:"color"`
	Orphan      bool     `json:"orphan,omitempty"`
}

// Search runs a query (see Parse) and returns up to opts.Limit articles.
// A malformed query is a *QueryError.
func (x *Index) Search(ctx context.Context, q string, opts SearchOptions, texts Texts) (*Results, error) {
	start := time.Now()
	parsed, err := ParseWith(q, opts.Parse)
	if err != nil {
		return nil, err
	}
	p, err := newPlan(parsed, opts.ClaimTypes)
	if err != nil {
		return nil, err
	}
	s := &searcher{x: x, ctx: ctx, plan: p, opts: opts.withDefaults(), texts: texts, marker: newMarker(p.mark)}
	res, err := s.run()
	if err != nil {
		return nil, err
	}
	res.TookMS = float64(time.Since(start).Microseconds()) / 1000
	res.Expansions = parsed.Expansions
	return res, nil
}

func (o SearchOptions) withDefaults() SearchOptions {
	if o.Limit <= 0 {
		o.Limit = 20
	}
	if o.Snippets <= 0 {
		o.Snippets = 3
	}
	if o.Sort == "" {
		o.Sort = ByRelevance
	}
	return o
}

// searcher runs one search.
type searcher struct {
	x      *Index
	ctx    context.Context
	plan   *plan
	opts   SearchOptions
	texts  Texts
	marker *marker
}

// run pages through the ranked documents, turning each new article into
// a hit until there are enough.
func (s *searcher) run() (*Results, error) {
	res := &Results{Hits: []Hit{}}
	page := max(4*s.opts.Limit, 50)
	seen := map[string]bool{}
	for from := 0; len(res.Hits) < s.opts.Limit; from += page {
		r, err := s.x.search(s.ctx, s.request(page, from))
		if err != nil {
			return nil, err
		}
		if from == 0 {
			res.Total = r.Total
			if s.opts.Facets {
				res.Facets = facets(r, s.opts.ClaimTypes)
			}
		}
		var order []string
		scores := map[string]float64{}
		for _, h := range r.Hits {
			id := articleOfDoc(h.ID)
			if !seen[id] {
				seen[id] = true
				order = append(order, id)
			}
			scores[id] = max(scores[id], h.Score)
		}
		if err := s.addHits(res, order, scores); err != nil {
			return nil, err
		}
		if len(r.Hits) < page {
			break
		}
	}
	return res, nil
}

// search runs one Bleve request. Bleve can panic on a damaged segment:
// that panic, and only that one, becomes an error that says so. A panic in
// Tandem's own code is a bug and stays a panic.
func (x *Index) search(ctx context.Context, req *bleve.SearchRequest) (r *bleve.SearchResult, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("search %s: the index is damaged (%v); run tandem reindex", x.dir, p)
		}
	}()
	r, err = x.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return r, nil
}

func (s *searcher) request(size, from int) *bleve.SearchRequest {
	req := bleve.NewSearchRequestOptions(s.plan.bleve, size, from, false)
	if s.opts.Sort == ByDate {
		req.SortBy([]string{"-" + fieldDate, "-_score"})
	}
	if from == 0 && s.opts.Facets {
		req.AddFacet("tags", bleve.NewFacetRequest(fieldTag, 50))
		req.AddFacet("source", bleve.NewFacetRequest(fieldSource, 50))
		req.AddFacet("color", bleve.NewFacetRequest(fieldColor, len(annotation.Colors)))
	}
	return req
}

// addHits turns articles, best first, into hits until there are enough,
// asking the index which of their documents match a few articles at a
// time.
func (s *searcher) addHits(res *Results, order []string, scores map[string]float64) error {
	for len(order) > 0 && len(res.Hits) < s.opts.Limit {
		chunk := order[:min(len(order), 2*(s.opts.Limit-len(res.Hits)))]
		order = order[len(chunk):]
		matched, err := s.matchingDocs(chunk)
		if err != nil {
			return err
		}
		for _, id := range chunk {
			if len(res.Hits) >= s.opts.Limit {
				return nil
			}
			hit, ok, err := s.hit(id, matched[id])
			if err != nil {
				return err
			}
			if !ok {
				// A phrase whose words the index found apart.
				res.Total -= min(res.Total, uint64(len(matched[id])))
				continue
			}
			hit.Score = scores[id]
			res.Hits = append(res.Hits, hit)
		}
	}
	return nil
}

// matchingDocs returns, per article, the IDs of its documents that match
// the query.
func (s *searcher) matchingDocs(articles []string) (map[string]map[string]bool, error) {
	out := map[string]map[string]bool{}
	if len(articles) == 0 {
		return out, nil
	}
	ids := make([]query.Query, len(articles))
	for i, id := range articles {
		ids[i] = termQuery(fieldArticle, id)
	}
	q := query.NewConjunctionQuery([]query.Query{s.plan.bleve, query.NewDisjunctionQuery(ids)})
	const page = 1000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(q, page, from, false)
		req.Score = "none"
		r, err := s.x.search(s.ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range r.Hits {
			a := articleOfDoc(h.ID)
			if out[a] == nil {
				out[a] = map[string]bool{}
			}
			out[a][h.ID] = true
		}
		if len(r.Hits) < page {
			return out, nil
		}
	}
}

// facets reads the facet counts, and picks out the tags that are claim
// types.
func facets(r *bleve.SearchResult, claimTypes []string) *Facets {
	f := &Facets{Tags: terms(r.Facets["tags"]), Source: terms(r.Facets["source"]), Color: terms(r.Facets["color"]), Claim: map[string]int{}}
	claims := map[string]bool{}
	for _, c := range claimTypes {
		claims[foldKey(c)] = true
	}
	for tag, n := range f.Tags {
		if claims[foldKey(tag)] {
			f.Claim[tag] = n
		}
	}
	return f
}

func terms(fr *search.FacetResult) map[string]int {
	out := map[string]int{}
	if fr == nil {
		return out
	}
	for _, t := range fr.Terms.Terms() {
		out[t.Term] = t.Count
	}
	return out
}
