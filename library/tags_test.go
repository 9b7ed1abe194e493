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
