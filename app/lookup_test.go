package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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
func popupText(r *reader) string {
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
	walk(r.lookup.pop.Content)
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
