package library

import (
	"context"
	"fmt"
	"testing"

	"tandem/article"
	"tandem/index"
)

// TestSearchFacetsCountTagsAsTagsDoes: a tag typed in several spellings
// is one tag, under its commonest spelling, in the tag list and in a
// search's facets alike.
func TestSearchFacetsCountTagsAsTagsDoes(t *testing.T) {
	lib, a := withSeed(t)
	highlight(t, lib, a, article.EN, "nonbinding", "Forecast", "denial")
	highlight(t, lib, a, article.ZH, "不具约束力", "forecast")
	highlight(t, lib, a, article.EN, "Microsoft Copilot", "ｆｏｒｅｃａｓｔ ")
	highlight(t, lib, a, article.EN, "Claude Cowork", "forecast")
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	tags, err := lib.Tags()
	if err != nil || fmt.Sprint(tags) != "[{forecast 4} {denial 1}]" {
		t.Fatalf("tags %v (%v)", tags, err)
	}
	res, err := lib.Search(context.Background(), "is:highlight", index.SearchOptions{Facets: true, ClaimTypes: []string{"forecast"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := fmt.Sprint(res.Facets.Tags, res.Facets.Claim); got != "map[denial:1 forecast:4] map[forecast:4]" {
		t.Errorf("facets %s, want the counts of Tags", got)
	}
}

func TestTallyTags(t *testing.T) {
	for _, tc := range []struct {
		name      string
		spellings map[string]int
		want      string
	}{
		{"none", nil, "[]"},
		{"commonest spelling", map[string]int{"AI": 1, "ai": 2, "ＡＩ": 1}, "[{ai 4}]"},
		{"a tie goes to the first in byte order", map[string]int{"fx": 1, "FX": 1}, "[{FX 2}]"},
		{"most used first, then by name", map[string]int{"b": 1, "a": 1, "c": 2}, "[{c 2} {a 1} {b 1}]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := fmt.Sprint(tallyTags(tc.spellings)); got != tc.want {
				t.Errorf("%v: %s, want %s", tc.spellings, got, tc.want)
			}
		})
	}
}

// TestTagsKeptUntilTheCatalogChanges: Tags keeps its counts while the
// catalog's order stands, and every kind of change, here or in another
// process, counts them again: each answer is the count of the files'
// annotations, after a List as the window makes one, and a change to
// one answer changes nothing of the next.
func TestTagsKeptUntilTheCatalogChanges(t *testing.T) {
	lib, a := withSeed(t)
	first := highlight(t, lib, a, article.EN, "nonbinding", "Forecast", "denial")
	check := func(step string) {
		t.Helper()
		if _, err := lib.CatchUp(); err != nil {
			t.Fatal(err)
		}
		if _, err := lib.List(); err != nil {
			t.Fatal(err)
		}
		all, _, err := lib.AllAnnotations()
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprint(CountTags(all))
		for range 2 {
			tags, err := lib.Tags()
			if err != nil || fmt.Sprint(tags) != want {
				t.Fatalf("%s: tags %v (%v), want %s", step, tags, err, want)
			}
			if len(tags) > 0 {
				tags[0].Count = -1 // the caller's copy
			}
		}
	}
	check("first")
	highlight(t, lib, a, article.ZH, "不具约束力", "forecast", "ai")
	check("an annotation saved")
	r := lib.Import("other.txt", []byte("The yuan fell 2% this week.\n人民币本周下跌 2%。\n"))
	b, _ := lib.Article(r.ID)
	highlight(t, lib, b, article.EN, "yuan", "fx")
	check("an article imported and highlighted")
	if _, err := lib.RenameTag("forecast", "outlook"); err != nil {
		t.Fatal(err)
	}
	check("a tag renamed")
	if _, err := lib.DeleteAnnotation(first.ID); err != nil {
		t.Fatal(err)
	}
	check("an annotation deleted")
	if _, err := lib.Undo(); err != nil {
		t.Fatal(err)
	}
	check("the deletion undone")
	other, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	highlight(t, other, b, article.ZH, "人民币", "rates")
	other.Close()
	check("an annotation saved by another process")
	if tags, _ := lib.Tags(); len(tags) != 5 {
		t.Errorf("tags %v, want outlook, denial, ai, fx and rates", tags)
	}
}
