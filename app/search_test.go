package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// searchReady opens the sample with two highlights, one tagged forecast,
// and waits until the index holds them.
func searchReady(t *testing.T) *ui {
	t.Helper()
	u, lib := openSeed(t)
	a, _ := lib.Article(seedID)
	for _, q := range []struct {
		lang  article.Lang
		quote string
		tag   string
	}{{article.EN, "nonbinding", "forecast"}, {article.ZH, "1.4 兆美元", "number"}} {
		tg, _ := annotation.FindQuote(a, q.lang, q.quote, 1)
		an := annotation.New(a, tg, annotation.Yellow)
		an.AddTag(q.tag)
		if err := lib.SaveAnnotation(an); err != nil {
			t.Fatal(err)
		}
	}
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	u.open(seedID)
	settle(t, u)
	u.search.pause = 0 // search on each keystroke: no timer in the test
	return u
}

func TestSearchAsYouTypeInBothLanguages(t *testing.T) {
	u := searchReady(t)
	s := u.search
	s.focus()
	if u.tabs.Selected() != u.searchTab || u.win.Canvas().Focused() != s.field {
		t.Fatal("Ctrl+K did not show the Search tab with the cursor in the field")
	}
	for _, q := range []string{"不具约束力", "nonbinding", "投資", "investments"} {
		s.field.SetText(q)
		settle(t, u)
		if len(s.hits) != 1 || s.hits[0].ID != seedID {
			t.Errorf("%q: %d hits", q, len(s.hits))
			continue
		}
		if firstMark(s.hits[0].Snippets[0].Text) == "" {
			t.Errorf("%q: snippet has no marks: %+v", q, s.hits[0].Snippets[0].Text)
		}
	}
	if len(s.cards) != 1 || !strings.Contains(richText(s.cards[0]), "Parmy Olson") {
		t.Errorf("result card: %q", richText(s.cards[0]))
	}
}

func richText(c *resultCard) string { return textOf(c.body) }

// textOf is the text of the labels, rich texts and text views laid out in o.
func textOf(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, o := range test.LaidOutObjects(o) {
		switch o := o.(type) {
		case *widget.RichText:
			b.WriteString(o.String())
		case *widget.Label:
			b.WriteString(o.Text)
		case *textView:
			b.WriteString(string(o.runes))
		}
	}
	return b.String()
}

func TestMalformedQueryShowsWhyWithoutMovingTheWindow(t *testing.T) {
	u := searchReady(t)
	s := u.search
	top := s.bar.MinSize().Height // the bar above the tabs: taller would push them down
	s.field.SetText(`"不具约束力`)
	settle(t, u)
	if s.problem.Hidden || !strings.Contains(s.problem.Text, "unclosed quote") {
		t.Errorf("problem %q (hidden %v)", s.problem.Text, s.problem.Hidden)
	}
	if u.tabs.Selected() != u.searchTab {
		t.Error("the message is on a tab that is not shown")
	}
	if now := s.bar.MinSize().Height; now != top {
		t.Errorf("the bar above the tabs grew from %v to %v px when the message showed", top, now)
	}
	s.field.SetText("tagg:forecast")
	settle(t, u)
	if !strings.Contains(s.problem.Text, `unknown filter "tagg:"`) {
		t.Errorf("problem %q", s.problem.Text)
	}
	s.field.SetText("OpenAI")
	settle(t, u)
	if !s.problem.Hidden {
		t.Error("the message stayed after the query was fixed")
	}
}

func TestFacetChipAddsTheFilter(t *testing.T) {
	u := searchReady(t)
	s := u.search
	s.field.SetText("OpenAI")
	settle(t, u)
	var chip *widget.Button
	for _, o := range s.facets.Objects {
		if b := o.(*widget.Button); strings.HasPrefix(b.Text, "tag:forecast") || strings.HasPrefix(b.Text, "claim:forecast") {
			chip = b
		}
	}
	if chip == nil {
		t.Fatalf("no tag:forecast chip among %d", len(s.facets.Objects))
	}
	test.Tap(chip)
	settle(t, u)
	if s.field.Text != "OpenAI tag:forecast" {
		t.Errorf("query after the chip: %q", s.field.Text)
	}
	if len(s.hits) != 1 || len(s.hits[0].Annotations) != 1 || s.hits[0].Annotations[0].Quote != "nonbinding" {
		t.Errorf("the filter did not narrow to the forecast highlight: %+v", s.hits)
	}
}

func TestOpeningAResultGoesToItsHit(t *testing.T) {
	u := searchReady(t)
	s, r := u.search, u.reader
	u.open("2026-11-28-7f0f8055") // the welcome article is on display
	settle(t, u)
	s.field.SetText("tag:number")
	settle(t, u)
	s.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if s.chosen != 0 || s.cards[0].bg.Hidden {
		t.Error("the down arrow did not choose the first result")
	}
	s.field.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	settle(t, u)
	if u.tabs.Selected() != u.readTab || r.art == nil || r.art.ID != seedID {
		t.Fatalf("Enter did not open the sample on the Read tab")
	}
	if r.cursor < 0 || r.anns[r.cursor].Target.Exact != "1.4 兆美元" {
		t.Errorf("not at the matching highlight (cursor %d)", r.cursor)
	}
	// A text hit opens at the paragraph.
	s.field.SetText("Sycomore")
	settle(t, u)
	s.open(0)
	row := r.page.rows[2]
	if r.scroll.Offset.Y == 0 && row.en.Position().Y > r.scroll.Size().Height {
		t.Error("the reader did not scroll to the third pair")
	}
}

func TestExportTheSearchResults(t *testing.T) {
	u := searchReady(t)
	u.search.field.SetText("tag:forecast")
	settle(t, u)
	scopes := u.exportScopes()
	var names []string
	for _, s := range scopes {
		names = append(names, s.name)
	}
	if len(scopes) != 3 || !strings.HasPrefix(scopes[1].name, "The search results") {
		t.Fatalf("scopes %q", names)
	}
	items, err := scopes[1].items()
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 1 || len(items[0].Annotations) != 1 || items[0].Annotations[0].Target.Exact != "nonbinding" {
		t.Errorf("search results export: %d items", len(items))
	}
}

func TestSnippetsKeepMarkedWordsWholeOnALine(t *testing.T) {
	u := searchReady(t)
	s := u.search
	s.focus()
	s.field.SetText("OpenAI")
	settle(t, u)
	for _, width := range []float32{1200, 700, 640} {
		u.win.Resize(fyne.NewSize(width, 800))
		u.panes.fit(u.panes.root.Size().Width)
		marked := 0
		for _, c := range s.cards {
			for _, o := range test.LaidOutObjects(c.body) {
				v, ok := o.(*textView)
				if !ok || len(v.marks) == 0 {
					continue
				}
				w := v.layoutFor(v.Size().Width)
				for _, m := range v.marks {
					marked++
					word := string(v.runes[m.Start:m.End])
					if !strings.HasPrefix(word, "OpenAI") {
						t.Errorf("at %v wide, marked %q", width, word)
					}
					for _, l := range w.lines {
						if m.Start < l.end && m.End > l.end {
							t.Errorf("at %v wide, %q breaks across lines", width, word)
						}
					}
					if m.Start > 0 && v.runes[m.Start-1] == ' ' && m.Start > 1 && v.runes[m.Start-2] == ' ' {
						t.Errorf("at %v wide, spaces added before %q", width, word)
					}
				}
			}
		}
		if marked < 3 {
			t.Errorf("at %v wide, %d marked words in the snippets", width, marked)
		}
	}
}

func TestSearchShowsWhatATildeTermAlsoMatches(t *testing.T) {
	u := searchReady(t)
	s := u.search
	s.field.SetText("~投资")
	settle(t, u)
	if got := alsoShown(s); !s.also.Visible() || got != "~投资 also: [investment ×] [invest ×]" {
		t.Errorf("under the field: %q (shown %v)", got, s.also.Visible())
	}
	if len(s.hits) == 0 {
		t.Error("~投资 found nothing")
	}
	s.field.SetText("投资")
	settle(t, u)
	if s.also.Visible() {
		t.Errorf("a query without ~ still shows %q", alsoShown(s))
	}
}

// alsoShown describes the chips under the search field, a line a ~term:
// "~投资 also: [investment ×] [invest ×]".
func alsoShown(s *searchView) string {
	var lines []string
	for _, o := range s.also.Objects {
		var parts []string
		for _, c := range o.(*container.Scroll).Content.(*fyne.Container).Objects {
			switch c := c.(type) {
			case *widget.Label:
				parts = append(parts, c.Text)
			case *widget.Button:
				if c.Icon == theme.CancelIcon() {
					parts = append(parts, "["+c.Text+" ×]")
				} else {
					parts = append(parts, "("+c.Text+")")
				}
			}
		}
		lines = append(lines, strings.Join(parts, " "))
	}
	return strings.Join(lines, "\n")
}

// alsoChip is the button under the field for a translation or a restore.
func alsoChip(t *testing.T, s *searchView, text string) *widget.Button {
	t.Helper()
	for _, o := range s.also.Objects {
		for _, c := range o.(*container.Scroll).Content.(*fyne.Container).Objects {
			if b, ok := c.(*widget.Button); ok && b.Text == text {
				return b
			}
		}
	}
	t.Fatalf("no chip %q under the field: %s", text, alsoShown(s))
	return nil
}

func TestTheTranslateSwitchReadsEveryWordAsATildeWord(t *testing.T) {
	u := searchReady(t)
	s := u.search
	s.field.SetText("investment")
	settle(t, u)
	plain := len(s.hits)
	if s.also.Visible() {
		t.Errorf("a plain query shows %q", alsoShown(s))
	}
	test.Tap(s.toggle)
	settle(t, u)
	if !s.translate || !u.prefs().Bool(prefSearchTranslate) || s.toggle.Importance != widget.HighImportance {
		t.Fatal("the switch did not turn on, or was not remembered")
	}
	if s.field.Text != "investment" {
		t.Errorf("the field now says %q", s.field.Text)
	}
	if got := u.status.label.Text; !strings.Contains(got, "is on") {
		t.Errorf("the status line says %q after the click", got)
	}
	if got := alsoShown(s); !strings.HasPrefix(got, "~investment also: [投资 ×]") {
		t.Errorf("under the field: %q", got)
	}
	if len(s.hits) < plain {
		t.Errorf("%d hits with the switch on, %d without", len(s.hits), plain)
	}
	// The reader marks what the search matched: 投资 too.
	s.open(0)
	settle(t, u)
	zh := false
	for _, h := range u.reader.found.hits {
		zh = zh || h.lang == article.ZH
	}
	if !zh {
		t.Errorf("the article marks no Chinese: %v", u.reader.found.hits)
	}
	// Ctrl+Shift+K in the field turns it off again.
	s.field.TypedShortcut(shortcutTranslate)
	settle(t, u)
	if s.translate || u.prefs().Bool(prefSearchTranslate) || s.also.Visible() {
		t.Errorf("Ctrl+Shift+K left the switch on (%v) or the chips (%q)", s.translate, alsoShown(s))
	}
	// The window remembers the switch.
	u.prefs().SetBool(prefSearchTranslate, true)
	if !newSearchView(u).translate {
		t.Error("a new window forgot the switch")
	}
}

func TestATranslationRemovedUnderTheFieldIsSearchedWithout(t *testing.T) {
	u := searchReady(t)
	s := u.search
	s.field.SetText("~投资")
	settle(t, u)
	test.Tap(alsoChip(t, s, "investment"))
	settle(t, u)
	if got := alsoShown(s); got != "~投资 also: [invest ×] (Restore 1 removed)" {
		t.Errorf("after removing investment: %q", got)
	}
	if got := s.shownParse.Without["投资"]; len(got) != 1 || got[0] != "investment" {
		t.Errorf("searched without %v", got)
	}
	test.Tap(alsoChip(t, s, "invest"))
	settle(t, u)
	if got := alsoShown(s); got != "~投资 also: (Restore 2 removed)" {
		t.Errorf("after removing both: %q", got)
	}
	test.Tap(alsoChip(t, s, "Restore 2 removed"))
	settle(t, u)
	if got := alsoShown(s); got != "~投资 also: [investment ×] [invest ×]" {
		t.Errorf("after restoring: %q", got)
	}
	// A new query forgets what was removed.
	test.Tap(alsoChip(t, s, "invest"))
	settle(t, u)
	s.field.SetText("~投资 OR ~关税")
	settle(t, u)
	if got := alsoShown(s); !strings.HasPrefix(got, "~投资 also: [investment ×] [invest ×]") {
		t.Errorf("a new query kept a removal: %q", got)
	}
}

func TestOnlyTheResultsOnScreenAreDrawn(t *testing.T) {
	u, lib := newTestUI(t)
	const n = 30
	for i := range n {
		text := fmt.Sprintf("Day %d: the yuan fell %d%% this week.\n\nTraders expect the central bank to step in.\n人民币第%d天下跌 %d%%。\n\n交易员预计央行将出手。\n\n2025-03-01 · %014x\n", i, i, i, i, 0x112233445500+i)
		if r := lib.Import(fmt.Sprintf("day%d.txt", i), []byte(text)); r.Status != library.Imported {
			t.Fatal(r.Err)
		}
	}
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	s := u.search
	s.field.SetText("yuan")
	settle(t, u)
	if len(s.cards) != n {
		t.Fatalf("%d cards, want %d", len(s.cards), n)
	}
	drawn := func() (first, last, count int) {
		first = -1
		for i, c := range s.cards {
			if c.body.Visible() {
				if first < 0 {
					first = i
				}
				last, count = i, count+1
			}
		}
		return first, last, count
	}
	heights := make([]float32, n)
	for i, c := range s.cards {
		heights[i] = c.Size().Height
	}
	view := s.scroll.Size().Height
	if first, last, count := drawn(); first != 0 || count == 0 || count != last+1 || last == n-1 {
		t.Errorf("at the top: cards %d to %d drawn (%d), want the first few of %d", first, last, count, n)
	}
	if c := s.cards[0]; c.Size().Height < view/10 || c.Size().Height > view {
		t.Errorf("first card %v high in a view %v high", c.Size().Height, view)
	}

	// The wheel scrolls to the end: the last cards are drawn, the first not.
	s.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -1e6}})
	if first, last, _ := drawn(); first == 0 || last != n-1 {
		t.Errorf("scrolled to the end: cards %d to %d drawn", first, last)
	}
	for i, c := range s.cards {
		if c.Size().Height != heights[i] {
			t.Errorf("card %d is %v high drawn, %v hidden", i, c.Size().Height, heights[i])
		}
		y := c.Position().Y
		if c.body.Visible() != (y+c.Size().Height >= s.scroll.Offset.Y && y <= s.scroll.Offset.Y+view) {
			t.Errorf("card %d at %v-%v drawn %v, view %v-%v", i, y, y+c.Size().Height, c.body.Visible(), s.scroll.Offset.Y, s.scroll.Offset.Y+view)
		}
	}

	// The arrow keys bring a card into view and draw it.
	s.move(-n)
	if first, _, _ := drawn(); first != 0 || !s.cards[0].body.Visible() {
		t.Errorf("after moving to the first result, card %d is the first drawn", first)
	}

	// A taller window draws the cards it now shows.
	_, before, _ := drawn()
	u.win.Resize(fyne.NewSize(1200, 1600))
	if _, after, _ := drawn(); after <= before {
		t.Errorf("a taller window draws cards to %d, as before (%d)", after, before)
	}
}
