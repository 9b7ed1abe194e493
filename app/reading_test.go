package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"tandem/article"
)

// barClearOfText fails the test unless the action bar shows below the
// scrolled text, covering none of it, with the selection in view.
func barClearOfText(t *testing.T, u *ui, what string) {
	t.Helper()
	r := u.reader
	if r.bar.root.Hidden {
		t.Fatalf("%s: no action bar", what)
	}
	if bar, text := r.bar.root.Position().Y, r.scroll.Position().Y+r.scroll.Size().Height; bar < text {
		t.Errorf("%s: the bar starts at y %v, over the text that ends at %v", what, bar, text)
	}
	rects := r.sel.view.rangeRects(r.sel.span)
	top := r.sel.view.Position().Y + rects[0][0].Y - r.scroll.Offset.Y
	bottom := r.sel.view.Position().Y + rects[len(rects)-1][1].Y - r.scroll.Offset.Y
	if top < 0 || bottom > r.scroll.Size().Height {
		t.Errorf("%s: the selection (y %v to %v) is out of the view (0 to %v)", what, top, bottom, r.scroll.Size().Height)
	}
}

func TestActionBarShowsForEverySelectionAndHidesNoText(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	last := len(r.page.rows) - 1
	for _, tc := range []struct {
		name    string
		pair    int
		lang    article.Lang
		runes   int  // how many runes from the paragraph's start
		atFoot  bool // scrolled so the paragraph ends at the foot of the view
		reverse bool // dragged from the end back to the start
	}{
		{"English words at the top", 0, article.EN, 23, false, false},
		{"Chinese, dragged backwards", 0, article.ZH, 12, false, true},
		{"three lines of English", 1, article.EN, 200, false, false},
		{"the last paragraph at the foot of the view", last, article.EN, 30, true, false},
		{"Chinese at the foot of the view", last, article.ZH, 10, true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := r.page.rows[tc.pair].view(tc.lang)
			r.scrollToPair(tc.pair)
			if tc.atFoot {
				r.scrollTo(v.Position().Y + v.Size().Height - r.scroll.Size().Height)
			}
			from, to := 0, min(tc.runes, len(v.runes))
			if tc.atFoot {
				from, to = len(v.runes)-to, len(v.runes)
			}
			if tc.reverse {
				from, to = to, from
			}
			dragOver(t, u, v, from, to)
			barClearOfText(t, u, tc.name)
		})
	}

	v := r.page.rows[0].en
	dragOver(t, u, v, 0, 6)
	r.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if !r.bar.root.Hidden {
		t.Error("Esc cleared the selection and left the bar")
	}
	dragOver(t, u, v, 0, 6)
	r.page.Tapped(&fyne.PointEvent{})
	if !r.bar.root.Hidden || r.sel.ok() {
		t.Error("a click beside the text left the selection or the bar")
	}
	dragOver(t, u, v, 0, 6)
	u.tabs.Select(u.searchTab)
	u.tabs.Select(u.readTab)
	if !r.bar.root.Hidden || r.sel.ok() {
		t.Error("the selection and its bar outlived a visit to another tab")
	}

	// A double click, and a click on a highlight, show it too.
	at := runePos(t, v, 5, 0.5).Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(v))
	for range 2 {
		v.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary})
		v.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary})
	}
	barClearOfText(t, u, "a double click")
	r.typedRune('1') // the new highlight is chosen, so that T or N goes on with it
	settle(t, u)
	if r.sel.ok() || r.editing == nil || r.bar.root.Hidden || r.bar.delBtn.Hidden {
		t.Error("the new highlight is not offered in the bar")
	}
	r.page.Tapped(&fyne.PointEvent{})
	v.lastPress = time.Time{} // a click long after the double click
	v.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}, Button: desktop.MouseButtonPrimary})
	v.Tapped(&fyne.PointEvent{Position: at})
	if r.editing == nil || r.bar.root.Hidden {
		t.Error("a click on the highlight shows no bar")
	}
	r.page.Tapped(&fyne.PointEvent{})
	if r.editing != nil || !r.bar.root.Hidden {
		t.Error("a click beside the text kept the highlight chosen")
	}
}

// hasFill reports whether a paragraph has a fill of that theme colour over
// span (or anywhere, for noSpan).
func hasFill(u *ui, v *textView, name fyne.ThemeColorName, span article.Span) bool {
	for _, m := range v.marks {
		if m.fill == u.color(name) && (span.Start < 0 || m.Span == span) {
			return true
		}
	}
	return false
}

func TestSearchHitsStayMarkedAndNStepsThroughThem(t *testing.T) {
	u := searchReady(t)
	r := u.reader
	s := u.search
	s.focus()
	s.field.SetText("OpenAI")
	settle(t, u)
	result := -1
	for i, h := range s.hits {
		if h.ID == seedID {
			result = i
		}
	}
	if result < 0 {
		t.Fatalf("the sample is not among the results for OpenAI: %+v", s.hits)
	}
	s.open(result)
	settle(t, u)
	if u.win.Canvas().Focused() != r.page {
		t.Error("the opened article does not have the keyboard, so n would type into the field")
	}
	hits := r.found.hits
	if len(hits) < 3 {
		t.Fatalf("%d places marked for OpenAI, want every one in the article", len(hits))
	}
	for _, h := range hits {
		v := r.page.rows[h.pair].view(h.lang)
		if got := string(v.runes[h.span.Start:h.span.End]); !strings.HasPrefix(got, "OpenAI") {
			t.Errorf("marked %q in %s pair %d", got, h.lang, h.pair)
		}
		if !hasFill(u, v, colorHit, h.span) && !hasFill(u, v, colorHitNow, h.span) {
			t.Errorf("the match in %s pair %d is not drawn", h.lang, h.pair)
		}
	}
	start := r.found.at
	if start < 0 {
		t.Fatal("no match is the current one after opening the result")
	}
	r.page.TypedRune('n')
	if r.found.at != (start+1)%len(hits) {
		t.Errorf("n went from match %d to %d", start, r.found.at)
	}
	h := hits[r.found.at]
	if !hasFill(u, r.page.rows[h.pair].view(h.lang), colorHitNow, h.span) {
		t.Error("the match n went to is not marked as the current one")
	}
	r.page.TypedRune('N')
	r.page.TypedRune('N')
	if want := (start - 1 + len(hits)) % len(hits); r.found.at != want {
		t.Errorf("N twice went to match %d, want %d", r.found.at, want)
	}

	// Another article keeps the marks of the same query.
	u.openAt(seedID, "")
	settle(t, u)
	if len(r.found.hits) != len(hits) {
		t.Errorf("%d marks after opening the article again, want %d", len(r.found.hits), len(hits))
	}
	s.field.SetText("OpenAI board")
	settle(t, u)
	if len(r.found.hits) != 0 || hasFill(u, r.page.rows[hits[0].pair].view(hits[0].lang), colorHit, noSpan) {
		t.Error("the marks outlived the query")
	}
	r.page.TypedRune('n') // with no marks, n goes back to the highlights
	if r.cursor < 0 {
		t.Error("n without marked matches did not step to a highlight")
	}
}

func TestHoverGoesWhenThePointerLeavesTheWindow(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	v := r.page.rows[0].en
	at := runePos(t, v, 10, 0.5).Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(v))
	v.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if !hasFill(u, v, colorSentence, noSpan) || !hasFill(u, r.page.rows[0].zh, colorSentence, noSpan) {
		t.Fatal("pointing at a sentence lights neither it nor its counterpart")
	}
	r.pointerLeft()
	if hasFill(u, v, colorSentence, noSpan) || hasFill(u, r.page.rows[0].zh, colorSentence, noSpan) {
		t.Error("the sentence stays lit after the pointer left the window")
	}
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at}})
	if !hasFill(u, v, colorSentence, noSpan) {
		t.Error("coming back over the same sentence does not light it again")
	}
}
