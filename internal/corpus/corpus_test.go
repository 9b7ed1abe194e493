package corpus

import (
	"reflect"
	"strings"
	"testing"

	"tandem/article"
)

func TestArticlesAreDeterministic(t *testing.T) {
	a, b := New(7).Article(42), New(7).Article(42)
	if !reflect.DeepEqual(a, b) {
		t.Error("the same seed and index gave two articles")
	}
	if reflect.DeepEqual(a, New(7).Article(43)) || reflect.DeepEqual(a, New(8).Article(42)) {
		t.Error("another index or seed gave the same article")
	}
}

func TestArticlesLookReal(t *testing.T) {
	g := New(1)
	total, annotated := 0, 0
	for i := range 200 {
		a := g.Article(i)
		total += a.TextBytes()
		if len(a.ZH) != len(a.EN) || len(a.ZH) < 6 {
			t.Fatalf("article %d: %d Chinese and %d English paragraphs", i, len(a.ZH), len(a.EN))
		}
		for _, an := range a.Annotations {
			annotated++
			text := strings.Join(a.ZH, "")
			if an.Lang == "en" {
				text = strings.Join(a.EN, "")
			}
			if !strings.Contains(text, an.Quote) || len(an.Tags) == 0 {
				t.Errorf("article %d: annotation %+v does not fit its text", i, an)
			}
		}
	}
	if avg := total / 200; avg < 4000 || avg > 6500 {
		t.Errorf("articles average %d bytes of text, want about 5 KB", avg)
	}
	if annotated < 60 {
		t.Errorf("%d annotations on 200 articles, want some on about a third", annotated)
	}
}

// TestDigestImports checks that Tandem reads the digest format back into
// the same paragraphs, dated and sourced.
func TestDigestImports(t *testing.T) {
	c := New(1).Article(3)
	a, err := article.Parse(c.Digest())
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != c.Source || a.Date != c.Date || a.ID != c.Date+"-"+c.Hash[:8] || len(a.Pairs) != len(c.ZH) {
		t.Fatalf("parsed %s %s %s with %d pairs, want %s %s with %d", a.ID, a.Source, a.Date, len(a.Pairs), c.Source, c.Date, len(c.ZH))
	}
	for i, p := range a.Pairs {
		if p.ZH != c.ZH[i] || p.EN != c.EN[i] {
			t.Errorf("pair %d differs:\n%q\n%q", i, p.ZH, c.ZH[i])
		}
	}
}
