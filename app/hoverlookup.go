package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"tandem/article"
	"tandem/dict"
)

// hoverLookup is the dictionary card a resting pointer brings up: when the
// pointer stays on a word of the reader for hoverDelay without moving, the
// entries the double click would show appear by the word, and they go when
// the pointer leaves the word. The card is drawn on a layer of the
// window's content, not as a popup, so the text under it still gets the
// pointer (the sentence under it stays lit) and the keyboard stays where
// it was. Settings can turn it off.
type hoverLookup struct {
	layer     *fyne.Container   // over the window's content, as big
	card      fyne.CanvasObject // the card shown, or nil
	hoverView *textView         // the paragraph of the word shown or waited on
	hoverSpan article.Span      // the word's runes in it, once looked up
	hoverWord string            // the word shown, for tests and the probe
	timer     *time.Timer
	hoverSeq  int           // the latest rest; an older one that ends later is dropped
	delay     time.Duration // how long the pointer must rest
}

// hoverDelay is how long the pointer must rest on a word for its card.
const hoverDelay = 600 * time.Millisecond

// hoverOn reports whether the setting lets a resting pointer look words up.
func (u *ui) hoverOn() bool { return u.prefs().BoolWithFallback(prefHoverLookup, true) }

// newHoverLayer makes the layer the card is drawn on.
func (r *reader) newHoverLayer() *fyne.Container {
	r.lookup.layer = container.New(freeLayout{})
	r.lookup.delay = hoverDelay
	return r.lookup.layer
}

// pointerAt follows the pointer for the hover card: off is the rune under
// it in v, or -1 when it left. Resting on the word the card shows keeps
// it; anything else takes the card away and waits for the pointer to rest
// again.
func (r *reader) pointerAt(v *textView, off int) {
	l := &r.lookup.hoverLookup
	if l.card != nil && v != nil && v == l.hoverView && off >= l.hoverSpan.Start && off < l.hoverSpan.End {
		return
	}
	r.closeHover()
	if v == nil || off < 0 || off >= len(v.runes) || l.layer == nil || !r.u.hoverOn() || r.lookupShown() != "" {
		return
	}
	seq, at := l.hoverSeq, v.pointer
	l.hoverView = v
	l.timer = time.AfterFunc(l.delay, func() {
		r.u.session.post(func() {
			if seq == l.hoverSeq {
				r.rested(v, off, at, seq)
			}
		})
	})
}

// rested looks up the word the pointer rests on, in the background (the
// dictionary may still be loading), and shows its card.
func (r *reader) rested(v *textView, off int, at fyne.Position, seq int) {
	text := string(v.runes)
	r.u.session.background(func() func() {
		d, err := dict.Bundled()
		if err != nil {
			return func() {} // the double click says why
		}
		w, ok := d.WordAt(text, off)
		if !ok {
			return func() {}
		}
		entries, english := lookupEntries(d, w.Text)
		return func() {
			l := &r.lookup.hoverLookup
			if seq == l.hoverSeq && len(entries) > 0 && r.lookupShown() == "" {
				r.showHover(v, w, entries, english, at)
			}
		}
	})
}

// showHover draws the card for word w of v near the point at, where the
// pointer rests.
func (r *reader) showHover(v *textView, w dict.Word, entries []dict.Entry, english bool, at fyne.Position) {
	l := &r.lookup.hoverLookup
	box, width := lookupBox(v, w.Text, entries, english)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor, bg.StrokeWidth, bg.CornerRadius = theme.Color(theme.ColorNameShadow), 1, theme.InputRadiusSize()
	card := container.NewStack(bg, container.NewPadded(box))
	box.Resize(fyne.NewSize(width, box.MinSize().Height))
	size := fyne.NewSize(width, box.MinSize().Height).Add(fyne.NewSquareSize(2 * theme.Padding()))
	card.Resize(size)
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(l.layer)
	pos := lookupPlace(at.Subtract(origin), size, l.layer.Size(), v.textSize())
	card.Move(pos)
	l.layer.Objects = []fyne.CanvasObject{card}
	l.layer.Refresh()
	l.card, l.hoverView, l.hoverWord = card, v, w.Text
	l.hoverSpan = article.Span{Start: w.Start, End: w.End}
	r.u.writeProbe()
}

// closeHover takes the hover card away, and forgets a rest not yet ended.
func (r *reader) closeHover() {
	l := &r.lookup.hoverLookup
	l.hoverSeq++
	if l.timer != nil {
		l.timer.Stop()
		l.timer = nil
	}
	l.hoverView = nil
	if l.card == nil {
		return
	}
	l.layer.Objects = nil
	l.layer.Refresh()
	l.card, l.hoverWord, l.hoverSpan = nil, "", article.Span{}
	r.u.writeProbe()
}

// freeLayout leaves its objects where they were put and asks for no room,
// so that a card on the hover layer never makes the window bigger.
type freeLayout struct{}

// Layout leaves the objects as they are.
func (freeLayout) Layout([]fyne.CanvasObject, fyne.Size) {}

// MinSize is nothing.
func (freeLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }
