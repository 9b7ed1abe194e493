package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
)

// doubleClick double-clicks rune i of v.
func doubleClick(t *testing.T, v *textView, i int) {
	t.Helper()
	abs := runePos(t, v, i, 0.5)
	at := abs.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(v))
	for range 2 {
		ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at, AbsolutePosition: abs}, Button: desktop.MouseButtonPrimary}
		v.MouseDown(ev)
		v.MouseUp(ev)
	}
}

// popupText is every label's text in the dictionary popup, one a line.
func popupText(r *reader) string { return labelsText(r.lookup.pop.Content) }

// labelsText is the text of every label in o, one a line.
func labelsText(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch o := o.(type) {
		case *widget.Label:
			b.WriteString(o.Text + "\n")
		case *widget.RichText:
			b.WriteString(o.String() + "\n")
		case *fyne.Container:
			for _, c := range o.Objects {
				walk(c)
			}
		case *lookupCard:
			walk(o.box)
		}
	}
	walk(o)
	return b.String()
}

func TestDoubleClickLooksTheWordUp(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	zh := r.page.rows[0].view(article.ZH)
	at := strings.Index(string(zh.runes), "投资")
	if at < 0 {
		t.Fatal("no 投资 in the seed's first Chinese paragraph")
	}
	at = len([]rune(string(zh.runes)[:at]))
	doubleClick(t, zh, at+1)
	settle(t, u)
	if got := r.lookupShown(); got != "投资" {
		t.Fatalf("popup shows %q, want 投资", got)
	}
	text := popupText(r)
	if !strings.Contains(text, "投资 投資  tóu zī") || !strings.Contains(text, "investment; to invest") {
		t.Errorf("popup says:\n%s", text)
	}
	if !r.sel.ok() || r.sel.span.End-r.sel.span.Start < 10 {
		t.Errorf("the double click no longer selects the Chinese sentence: %+v", r.sel.span)
	}
	pos, size := r.lookup.pop.Content.Position(), r.lookup.pop.Content.Size()
	win := u.win.Canvas().Size()
	if pos.X < 0 || pos.Y < 0 || pos.X+size.Width > win.Width || pos.Y+size.Height > win.Height {
		t.Errorf("popup at %v size %v is not inside the window %v", pos, size, win)
	}
	focused, ok := u.win.Canvas().Focused().(*lookupCard)
	if !ok {
		t.Fatalf("the popup does not have the keyboard: %T has it", u.win.Canvas().Focused())
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if r.lookupShown() != "" {
		t.Error("Esc left the popup open")
	}

	en := r.page.rows[0].view(article.EN)
	at = len([]rune(string(en.runes)[:strings.Index(string(en.runes), "investment")]))
	doubleClick(t, en, at+2)
	settle(t, u)
	if got := r.lookupShown(); got != "investment" {
		t.Fatalf("popup shows %q, want investment", got)
	}
	if text := popupText(r); !strings.Contains(text, "investment →") || !strings.Contains(text, "投资 投資  tóu zī") {
		t.Errorf("popup says:\n%s", text)
	}
	if r.sel.view != en || string(en.runes[r.sel.span.Start:r.sel.span.End]) != "investment" {
		t.Errorf("the double click no longer selects the English word")
	}
}

// hover moves the pointer onto rune i of v.
func hover(t *testing.T, v *textView, i int) {
	t.Helper()
	abs := runePos(t, v, i, 0.5)
	at := abs.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(v))
	v.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: at, AbsolutePosition: abs}})
}

// hoverText is every label's text on the hover card, one a line.
func hoverText(r *reader) string {
	if r.lookup.card == nil {
		return ""
	}
	return labelsText(r.lookup.card)
}

func TestRestingThePointerOnAWordLooksItUp(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	r.lookup.delay = 20 * time.Millisecond
	zh := r.page.rows[0].view(article.ZH)
	at := len([]rune(string(zh.runes)[:strings.Index(string(zh.runes), "投资")]))
	focused := u.win.Canvas().Focused()
	before := u.win.Content().MinSize()
	hover(t, zh, at)
	if r.lookupShown() != "" {
		t.Fatal("the card came before the pointer rested")
	}
	until(t, u, func() bool { return r.lookupShown() != "" })
	if got := r.lookupShown(); got != "投资" {
		t.Fatalf("the card shows %q, want 投资", got)
	}
	if text := hoverText(r); !strings.Contains(text, "投资 投資  tóu zī") || !strings.Contains(text, "investment; to invest") {
		t.Errorf("the card says:\n%s", text)
	}
	if u.win.Canvas().Focused() != focused {
		t.Errorf("the card took the keyboard: %T has it", u.win.Canvas().Focused())
	}
	if len(u.win.Canvas().Overlays().List()) != 0 {
		t.Error("the card is a popup, which would take the pointer from the text")
	}
	if !hasFill(u, zh, colorSentence, noSpan) {
		t.Error("the sentence under the pointer is no longer lit")
	}
	if got := u.win.Content().MinSize(); got != before {
		t.Errorf("the card changed the window's least size from %v to %v", before, got)
	}
	pos, size := r.lookup.card.Position(), r.lookup.card.Size()
	win := u.win.Canvas().Size()
	if pos.X < 0 || pos.Y < 0 || pos.X+size.Width > win.Width || pos.Y+size.Height > win.Height {
		t.Errorf("card at %v size %v is not inside the window %v", pos, size, win)
	}
	// Moving inside the word keeps the card; off the word takes it away.
	hover(t, zh, at+1)
	if r.lookupShown() != "投资" {
		t.Error("moving inside the word took the card away")
	}
	hover(t, zh, at+4)
	if r.lookupShown() != "" {
		t.Error("the card stayed when the pointer moved off the word")
	}
	// Esc takes it away too.
	hover(t, zh, at)
	until(t, u, func() bool { return r.lookupShown() != "" })
	r.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if r.lookupShown() != "" {
		t.Error("Esc left the card")
	}
	// English: the Chinese words for it; leaving the window takes it away.
	en := r.page.rows[0].view(article.EN)
	at = len([]rune(string(en.runes)[:strings.Index(string(en.runes), "investment")]))
	hover(t, en, at+3)
	until(t, u, func() bool { return r.lookupShown() != "" })
	if got, text := r.lookupShown(), hoverText(r); got != "investment" || !strings.Contains(text, "investment →") || !strings.Contains(text, "投资") {
		t.Errorf("the card for %q says:\n%s", got, text)
	}
	r.pointerLeft()
	if r.lookupShown() != "" {
		t.Error("the card stayed when the pointer left the window")
	}
	// A press (a click, a drag, a double click) forgets the rest.
	hover(t, en, at+3)
	ev := &desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: runePos(t, en, at+3, 0.5)}, Button: desktop.MouseButtonPrimary}
	en.MouseDown(ev)
	en.MouseUp(ev)
	time.Sleep(60 * time.Millisecond)
	settle(t, u)
	if r.lookupShown() != "" {
		t.Errorf("a click still brought the card for %q", r.lookupShown())
	}
	// The double click's popup replaces the card.
	hover(t, en, at+3)
	until(t, u, func() bool { return r.lookupShown() != "" })
	doubleClick(t, en, at+2)
	settle(t, u)
	if r.lookup.card != nil || r.lookup.pop == nil || !r.lookup.pop.Visible() {
		t.Error("the double click did not replace the card with its popup")
	}
	r.closeLookup()
}

func TestHoverLookupCanBeTurnedOff(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	r.lookup.delay = 10 * time.Millisecond
	// Settings > Dictionary: the check is on at first; unticking it turns
	// the card off.
	u.showSettings()
	var check *widget.Check
	for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
		if c, ok := o.(*widget.Check); ok && c.Text == "Look a word up when the pointer rests on it" {
			check = c
		}
	}
	if check == nil || !check.Checked {
		t.Fatalf("Settings has no ticked check for the hover card (%v)", check)
	}
	check.SetChecked(false)
	u.win.Canvas().Overlays().Top().Hide()
	u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
	if u.hoverOn() {
		t.Fatal("unticking the check left the card on")
	}
	zh := r.page.rows[0].view(article.ZH)
	at := len([]rune(string(zh.runes)[:strings.Index(string(zh.runes), "投资")]))
	hover(t, zh, at)
	time.Sleep(50 * time.Millisecond)
	settle(t, u)
	if r.lookupShown() != "" || r.lookup.timer != nil {
		t.Errorf("with the setting off the card shows %q", r.lookupShown())
	}
	u.prefs().SetBool(prefHoverLookup, true)
	hover(t, zh, at)
	until(t, u, func() bool { return r.lookupShown() != "" })
	// Another tab (Ctrl+K, say) takes the card away with the text.
	u.tabs.Select(u.searchTab)
	if r.lookupShown() != "" {
		t.Error("the card stayed over the Search tab")
	}
}
