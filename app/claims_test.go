package app

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// addClaims saves three annotations on the sample: a forecast, a number
// (also tagged "ai"), and a plain highlight that is no claim.
func addClaims(t *testing.T, lib *library.Library) {
	t.Helper()
	a, _ := lib.Article(seedID)
	for _, c := range []struct {
		lang  article.Lang
		quote string
		tags  []string
	}{
		{article.EN, "nonbinding", []string{"forecast"}},
		{article.ZH, "1.4 兆美元", []string{"number", "ai"}},
		{article.EN, "Claude Cowork", nil},
	} {
		tg, err := annotation.FindQuote(a, c.lang, c.quote, 1)
		if err != nil {
			t.Fatal(err)
		}
		an := annotation.New(a, tg, annotation.Yellow)
		for _, tag := range c.tags {
			an.AddTag(tag)
		}
		if err := lib.SaveAnnotation(an); err != nil {
			t.Fatal(err)
		}
	}
	other := lib.Import("other.txt", []byte("The yuan fell 2% this week.\n人民币本周下跌 2%。\n\n2025-03-01 · 00112233445566\n"))
	b, _ := lib.Article(other.ID)
	tg, _ := annotation.FindQuote(b, article.EN, "yuan fell 2%", 1)
	an := annotation.New(b, tg, annotation.Green)
	an.AddTag("forecast")
	lib.SaveAnnotation(an)
}

func TestClaimsTableFiltersSortsAndOpens(t *testing.T) {
	u, lib := openSeed(t)
	addClaims(t, lib)
	c := u.claims
	u.tabs.Select(u.claimsTab)
	settle(t, u)
	if len(c.all) != 3 {
		t.Fatalf("%d claims, want 3 (the plain highlight is no claim)", len(c.all))
	}
	if c.shown[0].art.Date != "2026-02-05" || c.shown[2].art.Date != "2025-03-01" {
		t.Errorf("not newest first: %s … %s", c.shown[0].art.Date, c.shown[2].art.Date)
	}
	for _, tc := range []struct {
		name  string
		set   func()
		count int
	}{
		{"type forecast", func() { c.kind.SetSelected("forecast") }, 2},
		{"and before 2026", func() { c.before.SetText("2025-12-31") }, 1},
		{"no date filter, tag ai", func() { c.before.SetText(""); c.kind.SetSelected(anyChoice); c.tag.SetText("AI") }, 1},
		{"source Avalaches", func() { c.tag.SetText(""); c.source.SetSelected("Avalaches") }, 2},
		{"after 2026-01-01", func() { c.source.SetSelected(anyChoice); c.after.SetText("2026-01-01") }, 2},
	} {
		tc.set()
		if len(c.shown) != tc.count {
			t.Errorf("%s: %d rows, want %d", tc.name, len(c.shown), tc.count)
		}
	}
	c.after.SetText("")
	// A click on the Chinese column's header sorts by it, a second click
	// the other way round.
	header := widget.NewButton("", nil)
	c.updateHeader(widget.TableCellID{Col: 3}, header)
	test.Tap(header)
	if c.sortBy != 3 || c.desc || c.shown[0].text(3) != "1.4 兆美元" {
		t.Errorf("sort by Chinese: by %d desc %v first %q", c.sortBy, c.desc, c.shown[0].text(3))
	}
	test.Tap(header)
	if !c.desc || c.shown[2].text(3) != "1.4 兆美元" {
		t.Errorf("second click: desc %v last %q", c.desc, c.shown[2].text(3))
	}
	// A double click on the number claim opens the article at it.
	row := -1
	for i, r := range c.shown {
		if r.an.HasTag("number") {
			row = i
		}
	}
	c.selected(widget.TableCellID{Row: row, Col: 1})
	if got := c.detail.String(); !strings.Contains(got, c.shown[row].text(3)) || !strings.Contains(got, c.shown[row].text(4)) {
		t.Errorf("one click does not show the claim whole under the table: %q", got)
	}
	c.selected(widget.TableCellID{Row: row, Col: 1})
	settle(t, u)
	r := u.reader
	if u.tabs.Selected() != u.readTab || r.cursor < 0 || r.anns[r.cursor].ID != c.shown[row].an.ID {
		t.Errorf("double click did not open the article at the claim (tab %d, cursor %d)", u.tabs.SelectedIndex(), r.cursor)
	}
	// One click alone does nothing.
	u.tabs.Select(u.claimsTab)
	settle(t, u)
	c.lastTap = time.Time{}
	c.selected(widget.TableCellID{Row: 0, Col: 1})
	if u.tabs.Selected() != u.claimsTab {
		t.Error("a single click left the claims table")
	}
}

func TestPasteAsNewArticle(t *testing.T) {
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	fyneClipboard().SetContent("Paste this paragraph.\n\n把这一段贴进来。\n")
	u.pasteArticle()
	settle(t, u)
	list, _ := lib.List()
	if len(list) != 2 {
		t.Fatalf("%d articles after paste, want the welcome article and the pasted one", len(list))
	}
	if u.reader.art == nil || u.reader.art.Title != "Paste this paragraph" {
		t.Errorf("the pasted article is not open: %+v", u.reader.art)
	}
}

// BenchmarkClaimsTab100k measures what opening the Claims tab does on the
// UI side with 100,000 claims once the catalog has them (see the library's
// BenchmarkCatalog100k): the rows made, the choices filled, the table
// filtered, sorted and shown; then one filter change, and a click on
// each column's header.
func BenchmarkClaimsTab100k(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(newTheme())
	arts := taggedArticles(100_000)
	vocab := annotation.DefaultClaimTypes
	u := &ui{status: newStatusBar()}
	c := newClaimsView(u)
	test.NewTempWindow(b, c.root).Resize(fyne.NewSize(1000, 700))
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			c.all = makeClaimRows(arts, vocab)
			c.fillChoices(vocab)
			c.apply()
		}
	})
	b.Run("filter", func(b *testing.B) {
		for i := 0; b.Loop(); i++ {
			c.tag.Text = []string{"risk", "denial", ""}[i%3]
			c.apply()
		}
	})
	// A click on a column's header, each time the other way round.
	for col := range claimColumns {
		b.Run(fmt.Sprintf("sort/%d", col), func(b *testing.B) {
			c.tag.Text, c.sortBy = "", col
			for b.Loop() {
				c.desc = !c.desc
				c.apply()
			}
		})
	}
}

// taggedArticles makes n articles (see summaries), each with one tagged
// highlight: forecast, Denial or risk in turn.
func taggedArticles(n int) []library.TaggedArticle {
	arts := make([]library.TaggedArticle, n)
	for i, s := range summaries(n) {
		arts[i] = library.TaggedArticle{ID: s.ID, Title: s.Title, Source: s.Source, Date: s.Date, Tagged: []*annotation.Annotation{{ID: fmt.Sprintf("%08x-0000-4000-8000-000000000000", i), Article: s.ID, Color: annotation.Yellow,
			Tags: []string{[]string{"forecast", "Denial", "risk"}[i%3]}, Note: "Compare with the central bank's own figure.",
			Target:      annotation.Target{Lang: article.EN, Exact: "credit growth slowed to 8.7%"},
			Counterpart: &annotation.Target{Lang: article.ZH, Exact: "信贷增速放缓至8.7%"}}}}
	}
	return arts
}

// TestStableOrderIsAStableSort compares stableOrder with a stable sort
// both ways round: keys few and many distinct (either side of where it
// stops ranking them and sorts them as they are), all equal, in order
// already, and none or one.
func TestStableOrderIsAStableSort(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		n, distinct int
	}{{0, 1}, {1, 1}, {2, 2}, {50, 3}, {1000, 1}, {1000, 7}, {1000, 64}, {1000, 65}, {1000, 125}, {1000, 126}, {1000, 900}, {5000, 5000}} {
		keys := make([]string, tc.n)
		for i := range keys {
			keys[i] = fmt.Sprintf("k%d", rng.IntN(tc.distinct))
		}
		for _, desc := range []bool{false, true} {
			want := make([]int32, len(keys))
			for i := range want {
				want[i] = int32(i)
			}
			slices.SortStableFunc(want, func(a, b int32) int {
				if desc {
					return strings.Compare(keys[b], keys[a])
				}
				return strings.Compare(keys[a], keys[b])
			})
			got := stableOrder(keys, desc)
			if got == nil {
				for i := range want {
					if want[i] != int32(i) {
						t.Fatalf("%d keys, %d distinct, desc %v: nil (in order) for keys out of order", tc.n, tc.distinct, desc)
					}
				}
				continue
			}
			if !slices.Equal(got, want) {
				t.Errorf("%d keys, %d distinct, desc %v: order differs from a stable sort's", tc.n, tc.distinct, desc)
			}
		}
	}
	sorted := []string{"a", "a", "b", "c", "c"}
	if got := stableOrder(sorted, false); got != nil {
		t.Errorf("keys in order: %v, want nil", got)
	}
	if got := stableOrder(sorted, true); !slices.Equal(got, []int32{3, 4, 2, 0, 1}) {
		t.Errorf("the same keys the other way round: %v", got)
	}
}

// TestClaimRowsSortByEveryColumn sorts claims by each column both ways
// round: the rows come as a stable sort of the library's order by the
// column's text puts them, equal ones in the library's order.
func TestClaimRowsSortByEveryColumn(t *testing.T) {
	newTestApp(t)
	arts := taggedArticles(3000)
	for i := range arts {
		an := arts[i].Tagged[0]
		an.Target.Exact = []string{"credit growth slowed", "exports rose", "", "exports rose"}[i%4]
		an.Counterpart.Exact = fmt.Sprintf("引语 %d", i%1000)
		an.Note = []string{"", "see note", fmt.Sprintf("note %d", i)}[i%3]
		if i%7 == 0 {
			an.Tags = append(an.Tags, "ai")
		}
	}
	c := newClaimsView(&ui{status: newStatusBar()})
	c.all = makeClaimRows(arts, annotation.DefaultClaimTypes)
	c.fillChoices(annotation.DefaultClaimTypes)
	for col := range claimColumns {
		for _, desc := range []bool{false, true} {
			c.sortBy, c.desc = col, desc
			c.apply()
			want := make([]*claimRow, len(c.all))
			for i := range c.all {
				want[i] = &c.all[i]
			}
			slices.SortStableFunc(want, func(a, b *claimRow) int {
				if desc {
					return strings.Compare(b.text(col), a.text(col))
				}
				return strings.Compare(a.text(col), b.text(col))
			})
			if !slices.Equal(c.shown, want) {
				t.Errorf("by %s, desc %v: not a stable sort of the library's order", claimColumns[col], desc)
			}
		}
	}
}

// TestMakeClaimRows: an annotation is a claim when one of its tags is a
// claim type in any spelling; its row lists those tags as its types, all
// its tags, and their keys for the filters.
func TestMakeClaimRows(t *testing.T) {
	an := func(id string, tags ...string) *annotation.Annotation {
		return &annotation.Annotation{ID: id, Tags: tags}
	}
	arts := []library.TaggedArticle{
		{ID: "a", Source: "FT", Tagged: []*annotation.Annotation{an("1", "Forecast"), an("2", "ai"), an("3", "ai", "forecast", "Number")}},
		{ID: "b", Source: "Caixin", Tagged: []*annotation.Annotation{an("4", "forecast"), an("5", "ＦＯＲＥＣＡＳＴ"), an("6", "risk", "ai")}},
	}
	rows := makeClaimRows(arts, []string{"forecast", "number"})
	type row struct{ id, art, kinds, tags, keys string }
	var got []row
	for _, r := range rows {
		got = append(got, row{r.an.ID, r.art.ID, r.kinds, r.tags, strings.Join(r.keys, "|")})
	}
	want := []row{
		{"1", "a", "Forecast", "Forecast", "forecast"},
		{"3", "a", "forecast, Number", "ai, forecast, Number", "ai|forecast|number"},
		{"4", "b", "forecast", "forecast", "forecast"},
		{"5", "b", "ＦＯＲＥＣＡＳＴ", "ＦＯＲＥＣＡＳＴ", annotation.TagKey("ＦＯＲＥＣＡＳＴ")},
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows\n%v\nwant\n%v", got, want)
	}
	if annotation.TagKey("ＦＯＲＥＣＡＳＴ") != "forecast" {
		t.Errorf("full-width FORECAST keys to %q", annotation.TagKey("ＦＯＲＥＣＡＳＴ"))
	}
}

// TestQuotes: a highlight's own span is shown in its language's column
// and its counterpart in the other, each made one line; a span in no
// known language counts as English, and one without a counterpart leaves
// the other column empty.
func TestQuotes(t *testing.T) {
	for _, tc := range []struct {
		lang        article.Lang
		counterpart bool
		zh, en      string
	}{
		{article.ZH, true, "own  span", "other span"},
		{article.EN, true, "other span", "own  span"},
		{"", true, "other span", "own  span"},
		{article.ZH, false, "own  span", ""},
		{article.EN, false, "", "own  span"},
	} {
		an := &annotation.Annotation{Target: annotation.Target{Lang: tc.lang, Exact: " own \n span"}}
		if tc.counterpart {
			an.Counterpart = &annotation.Target{Lang: tc.lang.Other(), Exact: "other\tspan"}
		}
		tc.zh, tc.en = oneLine(strings.ReplaceAll(tc.zh, "  ", " ")), oneLine(strings.ReplaceAll(tc.en, "  ", " "))
		zh, en := quotes(an)
		if zh != tc.zh || en != tc.en {
			t.Errorf("%q, counterpart %v: %q and %q, want %q and %q", tc.lang, tc.counterpart, zh, en, tc.zh, tc.en)
		}
		r := &claimRow{an: an}
		if r.text(3) != zh || r.text(4) != en {
			t.Errorf("%q: the columns show %q and %q, the detail %q and %q", tc.lang, r.text(3), r.text(4), zh, en)
		}
	}
}
