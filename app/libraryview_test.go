package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tandem/library"
)

func summaries(n int) []library.Summary {
	sources := []string{"Avalaches", "Caixin", "FT"}
	out := make([]library.Summary, n)
	for i := range out {
		out[i] = library.Summary{
			ID:     fmt.Sprintf("2026-%02d-%02d-%08x", 1+i%12, 1+i%28, i),
			Title:  fmt.Sprintf("Article %d on %s", i, []string{"chips", "the yuan", "OpenAI"}[i%3]),
			Source: sources[i%3],
			Date:   fmt.Sprintf("20%02d-%02d-%02d", 20+i%7, 1+i%12, 1+i%28),
			Pairs:  3 + i%9,
		}
		if i%5 == 0 {
			out[i].Highlights, out[i].Notes, out[i].Tags = 2, 1, []string{"Forecast"}
		}
	}
	return out
}

func TestLibraryListFiltersAndSorts(t *testing.T) {
	newTestApp(t)
	var opened []string
	v := newLibraryView(func(id string) { opened = append(opened, id) })
	v.pause = 0 // filter on each keystroke: no timer goroutine in the test
	test.NewTempWindow(t, v.root).Resize(fyne.NewSize(300, 600))
	v.setItems(summaries(30))
	if len(v.items) != 30 || v.count.Text != "30 articles" {
		t.Fatalf("%d rows, %q", len(v.items), v.count.Text)
	}
	for i := 1; i < len(v.items); i++ {
		if v.items[i-1].Date < v.items[i].Date {
			t.Fatalf("not newest first at %d", i)
		}
	}
	v.filter.SetText("YUAN")
	if len(v.items) != 10 || v.count.Text != "10 of 30 articles" {
		t.Errorf("filter yuan: %d rows, %q", len(v.items), v.count.Text)
	}
	v.source.SetSelected("Caixin")
	if len(v.items) != 10 {
		t.Errorf("yuan from Caixin: %d", len(v.items))
	}
	v.source.SetSelected("FT")
	if len(v.items) != 0 {
		t.Errorf("yuan from FT: %d", len(v.items))
	}
	v.source.SetSelected(anyChoice)
	v.filter.SetText("")
	v.tag.SetText("forecast")
	if len(v.items) != 6 || !strings.Contains(subtitle(v.items[0]), "2 highlights · 1 note") {
		t.Errorf("tag forecast: %d rows; %q", len(v.items), subtitle(v.items[0]))
	}
	v.tag.SetText("")
	v.after.SetText("2025-01-01")
	v.before.SetText("2025-12-31")
	for _, s := range v.items {
		if !strings.HasPrefix(s.Date, "2025") {
			t.Errorf("%s outside 2025", s.Date)
		}
	}
	v.after.SetText("")
	v.before.SetText("")
	v.order.SetSelected(libraryOrders[2])
	if !strings.HasPrefix(v.items[0].Title, "Article 0 ") || !strings.HasPrefix(v.items[1].Title, "Article 1 ") {
		t.Errorf("title order starts %q, %q", v.items[0].Title, v.items[1].Title)
	}
	v.list.Select(3)
	if len(opened) != 1 || opened[0] != v.items[3].ID {
		t.Errorf("choosing a row opened %v", opened)
	}
}

// BenchmarkLibraryList100k measures the list with 100,000 articles: loading
// them in the library's order (newest first), loading them and filtering
// once (the first filter folds the titles), one filter keystroke, a jump to
// the middle of the list, and a change of order.
func BenchmarkLibraryList100k(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(newTheme())
	items := summaries(100_000)
	slices.SortStableFunc(items, func(a, b library.Summary) int { // summaries are dated
		return cmp.Or(strings.Compare(b.Date, a.Date), strings.Compare(a.Title, b.Title))
	})
	v := newLibraryView(func(string) {})
	test.NewTempWindow(b, v.root).Resize(fyne.NewSize(300, 800))
	b.Run("load", func(b *testing.B) {
		for range b.N {
			v.setItems(items)
		}
	})
	b.Run("load+first filter", func(b *testing.B) { // the first filter folds the titles
		for b.Loop() {
			v.filter.Text = ""
			v.setItems(items)
			v.filter.Text = "yuan"
			v.apply()
		}
	})
	b.Run("filter", func(b *testing.B) {
		for i := range b.N {
			v.filter.Text = []string{"chips", "yuan", "article 12"}[i%3]
			v.apply()
		}
	})
	v.filter.Text = ""
	v.apply()
	b.Run("scroll", func(b *testing.B) {
		for i := range b.N {
			v.list.ScrollTo((i * 7919) % len(items))
		}
	})
	b.Run("order", func(b *testing.B) {
		for i := range b.N {
			v.order.Selected = libraryOrders[1+i%2]
			v.apply()
		}
	})
}

// fold agrees with strings.ToLower: it passes over the Chinese block
// because nothing in it has a lower case.
func TestFoldAsToLower(t *testing.T) {
	for r := rune(0x2e80); r <= 0x9fff; r++ {
		if unicode.ToLower(r) != r {
			t.Fatalf("%U has a lower case, %U", r, unicode.ToLower(r))
		}
	}
	for _, s := range []string{"", "yuan", "Yuan", "人民币 Yuan", "人民币汇率", "ÉCONOMIE", "Ünïcode 中文", "ＡＢＣ 指数", "ΣΩ"} {
		if got, want := fold(s), strings.ToLower(s); got != want {
			t.Errorf("fold(%q) = %q, want %q", s, got, want)
		}
	}
}
