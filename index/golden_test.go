package index

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tandem/annotation"
	"tandem/article"
	"tandem/dict"
)

// goldenFile is a relevance suite in the style of Bleve's integration
// tests: documents, queries, and what each query must find.
type goldenFile struct {
	Articles    []*article.Article `json:"articles"`
	Annotations []goldenAnnotation `json:"annotations"`
	Queries     []goldenQuery      `json:"queries"`
	// Terms is the reader's term list the queries run with (SetTerms).
	Terms []dict.TermPair `json:"terms"`
}

type goldenAnnotation struct {
	ID          string   `json:"id"`
	Article     string   `json:"article"`
	Lang        string   `json:"lang"`
	Pair        int      `json:"pair"`
	Quote       string   `json:"quote"`
	Counterpart string   `json:"counterpart"`
	Tags        []string `json:"tags"`
	Color       string   `json:"color"`
	Note        string   `json:"note"`
	Orphan      bool     `json:"orphan"`
}

type goldenQuery struct {
	Name        string              `json:"name"`
	Query       string              `json:"query"`
	Sort        Sort                `json:"sort"`
	Hits        []string            `json:"hits"`
	Ordered     bool                `json:"ordered"`
	Annotations map[string][]string `json:"annotations"`
	Marks       []string            `json:"marks"`   // each must be marked in some snippet
	Aligned     map[string]string   `json:"aligned"` // hit ID: text some aligned snippet holds
	Facets      *Facets             `json:"facets"`
	Error       string              `json:"error"` // the error must contain it
	Expansions  []Expansion         `json:"expansions"`
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, f := range files {
		t.Run(strings.TrimSuffix(filepath.Base(f), ".json"), func(t *testing.T) {
			g := readGolden(t, f)
			SetTerms(dict.NewTerms(g.Terms))
			t.Cleanup(func() { SetTerms(nil) })
			x, texts := goldenIndex(t, g)
			for _, q := range g.Queries {
				t.Run(q.Name, func(t *testing.T) { checkQuery(t, x, texts, q) })
			}
		})
	}
}

func readGolden(t *testing.T, path string) goldenFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldenFile
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// goldenIndex indexes a golden file's documents in a fresh index.
func goldenIndex(t *testing.T, g goldenFile) (*Index, *memTexts) {
	t.Helper()
	texts := newMemTexts()
	for _, a := range g.Articles {
		texts.articles[a.ID] = a
	}
	for _, ga := range g.Annotations {
		an, err := ga.annotation(texts.articles[ga.Article])
		if err != nil {
			t.Fatalf("annotation %s: %v", ga.ID, err)
		}
		texts.annotations[ga.Article] = append(texts.annotations[ga.Article], an)
	}
	x := openTemp(t)
	if err := x.Update(texts.entries(), nil); err != nil {
		t.Fatal(err)
	}
	return x, texts
}

func (ga goldenAnnotation) annotation(a *article.Article) (*annotation.Annotation, error) {
	if a == nil {
		return nil, fmt.Errorf("no article %s", ga.Article)
	}
	lang := article.Lang(ga.Lang)
	target, err := annotation.FindQuote(a, lang, ga.Quote, 1)
	if err != nil {
		return nil, err
	}
	an := annotation.New(a, target, annotation.Color(ga.Color))
	an.ID, an.Tags, an.Note, an.Orphan = ga.ID, ga.Tags, ga.Note, ga.Orphan
	if ga.Counterpart != "" {
		c, err := annotation.FindQuote(a, lang.Other(), ga.Counterpart, 1)
		if err != nil {
			return nil, err
		}
		an.Counterpart = &c
	}
	return an, nil
}

func checkQuery(t *testing.T, x *Index, texts Texts, q goldenQuery) {
	res, err := x.Search(context.Background(), q.Query, SearchOptions{Sort: q.Sort, ClaimTypes: annotation.DefaultClaimTypes, Facets: true}, texts)
	if q.Error != "" {
		if err == nil || !strings.Contains(err.Error(), q.Error) {
			t.Fatalf("%q: error %v, want one containing %q", q.Query, err, q.Error)
		}
		return
	}
	if err != nil {
		t.Fatalf("%q: %v", q.Query, err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	want := slices.Clone(q.Hits)
	if !q.Ordered {
		slices.Sort(ids)
		slices.Sort(want)
	}
	if !slices.Equal(ids, want) {
		t.Fatalf("%q: hits %v, want %v", q.Query, ids, want)
	}
	if q.Expansions != nil && !reflect.DeepEqual(res.Expansions, q.Expansions) {
		t.Errorf("%q: expansions %v, want %v", q.Query, res.Expansions, q.Expansions)
	}
	checkAnnotations(t, q, res)
	checkMarks(t, q, res)
	if q.Facets != nil {
		checkFacets(t, q.Query, *q.Facets, *res.Facets)
	}
}

func checkAnnotations(t *testing.T, q goldenQuery, res *Results) {
	t.Helper()
	for _, h := range res.Hits {
		var got []string
		for _, a := range h.Annotations {
			got = append(got, a.ID)
		}
		want := q.Annotations[h.ID]
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q: hit %s has annotations %v, want %v", q.Query, h.ID, got, want)
		}
	}
}

func checkMarks(t *testing.T, q goldenQuery, res *Results) {
	t.Helper()
	var all strings.Builder
	for _, h := range res.Hits {
		for _, s := range h.Snippets {
			fmt.Fprintf(&all, "%s\n%s\n", markup(s.Text), markup(s.Aligned))
			if strings.Contains(markup(s.Aligned), q.Aligned[h.ID]) {
				delete(q.Aligned, h.ID)
			}
		}
	}
	for _, m := range q.Marks {
		if !strings.Contains(all.String(), "<mark>"+m+"</mark>") {
			t.Errorf("%q: no snippet marks %q:\n%s", q.Query, m, all.String())
		}
	}
	for id, text := range q.Aligned {
		t.Errorf("%q: no aligned snippet of %s holds %q:\n%s", q.Query, id, text, all.String())
	}
}

func checkFacets(t *testing.T, query string, want, got Facets) {
	t.Helper()
	for name, pair := range map[string][2]map[string]int{
		"tags": {want.Tags, got.Tags}, "color": {want.Color, got.Color},
		"claim": {want.Claim, got.Claim}, "source": {want.Source, got.Source},
	} {
		if fmt.Sprint(pair[0]) != fmt.Sprint(pair[1]) {
			t.Errorf("%q: facet %s %v, want %v", query, name, pair[1], pair[0])
		}
	}
}

// memTexts serves articles and annotations from memory.
type memTexts struct {
	articles    map[string]*article.Article
	annotations map[string][]*annotation.Annotation
}

func newMemTexts() *memTexts {
	return &memTexts{articles: map[string]*article.Article{}, annotations: map[string][]*annotation.Annotation{}}
}

func (m *memTexts) Article(id string) (*article.Article, error) {
	if a, ok := m.articles[id]; ok {
		return a, nil
	}
	return nil, fmt.Errorf("%s: %w", id, fs.ErrNotExist)
}

func (m *memTexts) Annotations(id string, ids []string) ([]*annotation.Annotation, error) {
	var out []*annotation.Annotation
	for _, an := range m.annotations[id] {
		if slices.Contains(ids, an.ID) {
			out = append(out, an)
		}
	}
	return out, nil
}

// entries lists every article as an Entry, stamped "1".
func (m *memTexts) entries() []Entry {
	var out []Entry
	for id, a := range m.articles {
		out = append(out, Entry{Article: a, Annotations: m.annotations[id], Stamp: "1"})
	}
	return out
}

// openTemp opens a new index in a temporary folder, closed at the end of
// the test.
func openTemp(t testing.TB) *Index {
	t.Helper()
	x, err := Open(filepath.Join(t.TempDir(), "index"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Close() })
	return x
}
