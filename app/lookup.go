package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
	"tandem/dict"
)

// wordLookup is the reader's dictionary popup: a double click on a word
// shows, near it, the dictionary's entries for it: pinyin, both scripts
// and glosses for a Chinese word, the Chinese words whose glosses hold an
// English one. Esc or a click elsewhere closes it.
type wordLookup struct {
	pop  *widget.PopUp
	seq  int    // the latest look-up; an older one that ends later is dropped
	word string // the word shown, for tests

	hoverLookup
}

// Popup sizes, in multiples of the text size.
const (
	lookupWidth      = 24 // the popup's width
	lookupChinese    = 4  // entries shown for a Chinese word at most
	lookupEnglish    = 5  // Chinese words shown for an English word at most
	lookupGlossRunes = 160
)

// doubleClicked looks the word at off up in the background (the first
// look-up loads the dictionary) and shows the popup at the point clicked.
func (r *reader) doubleClicked(v *textView, off int, at fyne.Position) {
	if off < 0 || off >= len(v.runes) {
		return
	}
	r.lookup.seq++
	seq := r.lookup.seq
	text := string(v.runes)
	r.u.session.background(func() func() {
		d, err := dict.Bundled()
		if err != nil {
			return func() { r.u.status.say(fmt.Sprintf(lang.L("The dictionary cannot be read: %s"), err)) }
		}
		w, ok := d.WordAt(text, off)
		if !ok {
			return func() {}
		}
		entries, english := lookupEntries(d, w.Text)
		return func() {
			if seq == r.lookup.seq && len(entries) > 0 {
				r.showLookup(v, w.Text, entries, english, at)
			}
		}
	})
}

// lookupEntries is what the popup lists for a word: its own entries when
// it is Chinese, else the entries whose glosses hold it (english true).
func lookupEntries(d *dict.Dictionary, word string) (entries []dict.Entry, english bool) {
	if article.IsHan([]rune(word)[0]) {
		es := d.Lookup(word)
		return es[:min(len(es), lookupChinese)], false
	}
	if !strings.ContainsFunc(word, func(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' }) {
		return nil, true
	}
	es := d.English(word)
	return es[:min(len(es), lookupEnglish)], true
}

// showLookup opens the popup below the point clicked, or above it when
// there is no room below, kept inside the window.
func (r *reader) showLookup(v *textView, word string, entries []dict.Entry, english bool, at fyne.Position) {
	r.closeLookup()
	r.closeHover()
	box, width := lookupBox(v, word, entries, english)
	c := r.u.win.Canvas()
	card := &lookupCard{box: box, r: r}
	card.ExtendBaseWidget(card)
	pop := widget.NewPopUp(card, c)
	box.Resize(fyne.NewSize(width, box.MinSize().Height))
	size2 := fyne.NewSize(width, box.MinSize().Height)
	pop.Resize(size2)
	pop.ShowAtPosition(lookupPlace(at, pop.MinSize().Max(size2), c.Size(), v.textSize()))
	c.Focus(card)
	r.lookup.pop, r.lookup.word = pop, word
	r.u.writeProbe()
}

// lookupBox is the popup's content and width: for a Chinese word its
// entries, both forms and pinyin in bold running on into the glosses; for
// an English word the Chinese words, under "word →".
func lookupBox(v *textView, word string, entries []dict.Entry, english bool) (*fyne.Container, float32) {
	box := container.NewVBox()
	if english {
		head := widget.NewLabelWithStyle(word+" →", fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		box.Add(head)
	}
	for _, e := range entries {
		forms := e.Simplified
		if e.Traditional != e.Simplified {
			forms += " " + e.Traditional
		}
		// One paragraph an entry: the forms and pinyin in bold run on
		// into the glosses, wrapped.
		entry := widget.NewRichText(
			&widget.TextSegment{Style: widget.RichTextStyleStrong, Text: forms + "  " + e.PinyinMarks()},
			&widget.TextSegment{Style: widget.RichTextStyleInline, Text: "  " + shorten(strings.Join(e.Glosses, "; "), lookupGlossRunes)})
		entry.Wrapping = fyne.TextWrapWord
		box.Add(entry)
	}
	return box, v.textSize() * lookupWidth
}

// lookupPlace is where a popup of size outer goes for a word at the point
// at: below it, or above when there is no room below, inside full.
func lookupPlace(at fyne.Position, outer, full fyne.Size, size float32) fyne.Position {
	pos := at.Add(fyne.NewPos(-size, size))
	if pos.Y+outer.Height > full.Height && at.Y-size-outer.Height >= 0 {
		pos.Y = at.Y - size - outer.Height
	} else if pos.Y+outer.Height > full.Height {
		pos.Y = max(full.Height-outer.Height, 0)
	}
	pos.X = max(min(pos.X, full.Width-outer.Width), 0)
	return pos
}

// lookupCard is the popup's content. It takes the keyboard while the popup
// shows, as the window gives it to the popup: Esc closes the popup, and
// every key goes on to the reader, so that 1 to 5, T, N and C act on the
// selection the double click made.
type lookupCard struct {
	widget.BaseWidget
	box *fyne.Container
	r   *reader
}

func (c *lookupCard) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(c.box) }

// FocusGained implements fyne.Focusable.
func (c *lookupCard) FocusGained() {}

// FocusLost implements fyne.Focusable.
func (c *lookupCard) FocusLost() {}

// TypedRune passes a character to the reader.
func (c *lookupCard) TypedRune(ch rune) { c.r.typedRune(ch) }

// TypedKey passes a key to the reader, which closes the popup on Esc.
func (c *lookupCard) TypedKey(ev *fyne.KeyEvent) { c.r.typedKey(ev) }

// closeLookup hides the popup, if it shows.
func (r *reader) closeLookup() {
	if r.lookup.pop != nil {
		r.lookup.pop.Hide()
		r.lookup.pop, r.lookup.word = nil, ""
		r.u.writeProbe()
	}
}

// lookupShown is the word whose popup shows, or "" (a click elsewhere
// hides the popup without telling the reader).
func (r *reader) lookupShown() string {
	if r.lookup.pop == nil || !r.lookup.pop.Visible() {
		return r.lookup.hoverWord
	}
	return r.lookup.word
}

// shorten cuts s to at most n runes, ending it with … when cut.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
