package adversarial

import (
	"context"
	"strings"
	"testing"

	"tandem/annotation"
	"tandem/article"
	"tandem/index"
	"tandem/internal/testenv"
	"tandem/library"
)

// TestMegabyteWordInANote saves a note of one megabyte of "y", a single
// word, and then searches. Analysing such a word once took time growing
// with the square of its length (the stemmer rewrote the whole word for
// each "y"): the note stalled the index, and every later search waited
// for it. Now the word is indexed by its beginning, so the note is found
// by the same word, by a 100 KB query of it, and other searches still
// answer. A return of the quadratic step shows as this test timing out.
func TestMegabyteWordInANote(t *testing.T) {
	testenv.Isolate(t)
	lib, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	r := lib.Import("seed.txt", testenv.Seed(t))
	if r.Status != library.Imported {
		t.Fatalf("import the seed: %v", r.Err)
	}
	a, err := lib.Article(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	target, err := annotation.FindQuote(a, article.ZH, "不具约束力", 1)
	if err != nil {
		t.Fatal(err)
	}
	an := annotation.New(a, target, annotation.Pink)
	an.Note = strings.Repeat("y", 1<<20)
	if err := lib.SaveAnnotation(an); err != nil {
		t.Fatal(err)
	}
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, query string
		found       bool // the search has hits
		annotation  bool // the note's annotation is among them
	}{
		{"the article's text", "投資", true, false},
		{"the word itself", an.Note, true, true},
		{"100 KB of the word", strings.Repeat("y", 100<<10), true, true},
		{"a short word of y", "yyyy", false, false},
		{"notes", "is:note", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := lib.Search(context.Background(), tc.query, index.SearchOptions{})
			if err != nil {
				t.Fatalf("search: %v", err)
			}
			if (len(res.Hits) > 0) != tc.found {
				t.Fatalf("%d hits, want some: %v", len(res.Hits), tc.found)
			}
			if got := hasAnnotation(res, an.ID); got != tc.annotation {
				t.Errorf("the note's annotation found: %v, want %v", got, tc.annotation)
			}
		})
	}
}

func hasAnnotation(res *index.Results, id string) bool {
	for _, h := range res.Hits {
		for _, a := range h.Annotations {
			if a.ID == id {
				return true
			}
		}
	}
	return false
}
