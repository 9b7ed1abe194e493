package app

import (
	"fmt"
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
	if c.shown[0].date != "2026-02-05" || c.shown[2].date != "2025-03-01" {
		t.Errorf("not newest first: %s … %s", c.shown[0].date, c.shown[2].date)
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
// filtered, sorted and shown; then one filter change.
func BenchmarkClaimsTab100k(b *testing.B) {
	test.NewTempApp(b).Settings().SetTheme(newTheme())
	list := summaries(100_000)
	anns := make([]*annotation.Annotation, len(list))
	for i, s := range list {
		anns[i] = &annotation.Annotation{ID: fmt.Sprintf("%08x-0000-4000-8000-000000000000", i), Article: s.ID, Color: annotation.Yellow,
			Tags: []string{[]string{"forecast", "Denial", "risk"}[i%3]}, Note: "Compare with the central bank's own figure.",
			Target:      annotation.Target{Lang: article.EN, Exact: "credit growth slowed to 8.7%"},
			Counterpart: &annotation.Target{Lang: article.ZH, Exact: "信贷增速放缓至8.7%"}}
	}
	vocab := annotation.DefaultClaimTypes
	u := &ui{status: newStatusBar()}
	c := newClaimsView(u)
	test.NewTempWindow(b, c.root).Resize(fyne.NewSize(1000, 700))
	b.Run("open", func(b *testing.B) {
		for b.Loop() {
			c.all = makeClaimRows(list, anns, vocab)
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
}

func TestSummariesInOrderFindsEveryArticle(t *testing.T) {
	list := summaries(100)
	m := summariesInOrder{list: list}
	// In order with gaps of every size, then back to the start, out of
	// order, and an article the list does not hold.
	var ids []string
	for i := 0; i < len(list); i += 1 + i%40 {
		ids = append(ids, list[i].ID, list[i].ID)
	}
	ids = append(ids, list[0].ID, list[99].ID, list[50].ID, list[51].ID, "2026-01-01-missing")
	for _, id := range ids {
		s := m.find(id)
		if id == "2026-01-01-missing" {
			if s != nil {
				t.Errorf("found %q for an article not in the list", s.ID)
			}
			continue
		}
		if s == nil || s.ID != id {
			t.Fatalf("find(%q) = %v", id, s)
		}
	}
}
