package app

import (
	"image/color"
	"time"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
)

// textView shows one paragraph, wrapped to its width by Unicode line
// breaking: English breaks at spaces, Chinese between characters but never
// before 。 or after 「. Each line is one canvas.Text; highlights and the
// selection are rectangles behind rune ranges.
//
// Measuring is the expensive part, so it happens once per text size: the
// widths of the break segments and the advance of every rune are kept, and a
// wrap for a new width only adds them up. The wrap is kept for the last
// width, so dragging, hovering and scrolling never measure text.
//
// A drag selects a rune range, a double click a word (a sentence in
// Chinese) and looks the word under it up, a triple click the paragraph;
// the view reports these to its host, which decides what they mean.
type textView struct {
	widget.BaseWidget

	runes     []rune
	style     fyne.TextStyle
	scale     func() float32 // multiplies the theme's text size
	sentences []article.Span // for double clicks in Chinese
	host      textHost       // nil for static text such as the title
	lang      article.Lang   // which paragraph of the article this is
	pair      int

	segs     []textSegment // break segments, measured at segsSize
	advances []float32     // advance of each rune at segsSize
	segsSize float32
	wrap     *textWrap // lines for wrap.width; replaced, never changed in place

	marks     []textMark // highlight fills, drawn in order
	selection article.Span
	dim       bool   // in the placeholder colour, as the other language of a search snippet
	tap       func() // what a click does in static text (host nil), if anything

	dragging    bool
	anchor      int
	clicks      int // 1, 2 or 3 for a single, double or triple click
	lastPress   time.Time
	lastPressAt fyne.Position
	pointer     fyne.Position // where the pointer was last seen, on the canvas
}

// textHost receives what the reader does with the mouse in a textView.
type textHost interface {
	// selecting reports the selection as it changes; done is true when the
	// mouse button is released.
	selecting(v *textView, sel article.Span, done bool)
	// tapped reports a single click at rune offset off.
	tapped(v *textView, off int)
	// hovered reports the rune under the pointer, or -1 when it leaves.
	hovered(v *textView, off int)
	// pressed reports that a mouse button went down in the view.
	pressed(v *textView)
	// tappedSecondary reports a right click at rune off, at a position on
	// the canvas.
	tappedSecondary(v *textView, off int, at fyne.Position)
	// doubleClicked reports a double click at rune off, at a position on
	// the canvas, after the selection it makes.
	doubleClicked(v *textView, off int, at fyne.Position)
}

// textMark is a coloured rune range drawn behind the text, or as a line
// under it.
type textMark struct {
	article.Span
	fill      color.Color
	underline bool
}

func newTextView(text string, style fyne.TextStyle, scale func() float32) *textView {
	t := &textView{runes: []rune(text), style: style, scale: scale, selection: noSpan}
	t.ExtendBaseWidget(t)
	return t
}

// noSpan is the empty selection.
var noSpan = article.Span{Start: -1, End: -1}

// SetText replaces the paragraph.
func (t *textView) SetText(text string) {
	t.runes = []rune(text)
	t.segs, t.wrap, t.selection = nil, nil, noSpan
	t.Refresh()
}

// setMarks replaces the highlight fills.
func (t *textView) setMarks(marks []textMark) {
	t.marks = marks
	t.Refresh()
}

// setSelection shows s as selected (noSpan for none).
func (t *textView) setSelection(s article.Span) {
	if s == t.selection {
		return
	}
	t.selection = s
	t.Refresh()
}

// selectedText is the text of the selection, or "".
func (t *textView) selectedText() string {
	if t.selection.Start < 0 {
		return ""
	}
	return string(t.runes[t.selection.Start:t.selection.End])
}

// MinSize is the height of the paragraph at its current width; its width is
// set by the layout it sits in.
func (t *textView) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	w := t.Size().Width
	if w <= 0 {
		return fyne.NewSize(t.textSize()*4, t.textSize()*lineSpacing)
	}
	return fyne.NewSize(t.textSize()*4, t.heightFor(w))
}

// Cursor shows the I-beam over selectable text.
func (t *textView) Cursor() desktop.Cursor {
	switch {
	case t.host == nil && t.tap != nil:
		return desktop.PointerCursor
	case t.host == nil:
		return desktop.DefaultCursor
	}
	return desktop.TextCursor
}

// MouseDown counts clicks: a press soon after another, close by, makes a
// double or triple click.
func (t *textView) MouseDown(ev *desktop.MouseEvent) {
	if t.host == nil || ev.Button != desktop.MouseButtonPrimary {
		return
	}
	now := time.Now()
	near := ev.Position.Subtract(t.lastPressAt)
	if now.Sub(t.lastPress) < 450*time.Millisecond && near.X*near.X+near.Y*near.Y < 64 && t.clicks < 3 {
		t.clicks++
	} else {
		t.clicks = 1
	}
	t.lastPress, t.lastPressAt = now, ev.Position
	t.host.pressed(t)
}

// MouseUp selects a word or sentence on a double click and the paragraph
// on a triple click.
func (t *textView) MouseUp(ev *desktop.MouseEvent) {
	if t.host == nil || ev.Button != desktop.MouseButtonPrimary || t.dragging {
		return
	}
	var sel article.Span
	switch t.clicks {
	case 2:
		sel = t.wordAt(t.offsetAt(ev.Position))
	case 3:
		sel = article.Span{Start: 0, End: len(t.runes)}
	default:
		return
	}
	if sel.End > sel.Start {
		t.setSelection(sel)
		t.host.selecting(t, sel, true)
	}
	if t.clicks == 2 {
		t.host.doubleClicked(t, t.runeAt(ev.Position), ev.AbsolutePosition)
	}
}

// wordAt is what a double click at off selects: the Chinese sentence, or
// the English word (letters, digits and the marks inside numbers and names).
func (t *textView) wordAt(off int) article.Span {
	off = min(off, len(t.runes)-1)
	if off < 0 {
		return noSpan
	}
	if article.IsHan(t.runes[off]) {
		for _, s := range t.sentences {
			if off >= s.Start && off < s.End {
				return s
			}
		}
	}
	if !t.inWord(off) {
		return article.Span{Start: off, End: off + 1}
	}
	s, e := off, off+1
	for s > 0 && t.inWord(s-1) {
		s--
	}
	for e < len(t.runes) && t.inWord(e) {
		e++
	}
	return article.Span{Start: s, End: e}
}

// inWord reports whether rune i belongs to a word of Latin script: letters,
// digits and the marks inside numbers and names ("U.S.", "1,000", "it's").
func (t *textView) inWord(i int) bool {
	r := t.runes[i]
	if article.IsHan(r) {
		return false
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' ||
		(r == '.' || r == ',' || r == '-') && i > 0 && i+1 < len(t.runes) && unicode.IsLetter(t.runes[i+1]) == unicode.IsLetter(t.runes[i-1]) && !unicode.IsSpace(t.runes[i+1])
}

// snapToWords widens a selection whose ends fall inside words of Latin
// script to the whole words, so a drag that stops in "bet w" takes "bet
// with". Chinese, which has no spaces, is left as dragged.
func (t *textView) snapToWords(s article.Span) article.Span {
	for s.Start > 0 && s.Start < len(t.runes) && t.inWord(s.Start) && t.inWord(s.Start-1) {
		s.Start--
	}
	for s.End > 0 && s.End < len(t.runes) && t.inWord(s.End-1) && t.inWord(s.End) {
		s.End++
	}
	return s
}

// Tapped reports a single click.
func (t *textView) Tapped(ev *fyne.PointEvent) {
	if t.host == nil && t.tap != nil {
		t.tap()
	}
	if t.host != nil && t.clicks <= 1 {
		t.host.tapped(t, t.runeAt(ev.Position))
	}
}

// TappedSecondary reports a right click.
func (t *textView) TappedSecondary(ev *fyne.PointEvent) {
	if t.host != nil {
		t.host.tappedSecondary(t, t.runeAt(ev.Position), ev.AbsolutePosition)
	}
}

// Dragged selects from where the drag began (Position - Dragged on the first
// event) to the pointer, clamped to the paragraph.
func (t *textView) Dragged(ev *fyne.DragEvent) {
	if t.host == nil {
		return
	}
	if !t.dragging {
		t.dragging = true
		t.anchor = t.offsetAt(ev.Position.Subtract(ev.Dragged))
	}
	cur := t.offsetAt(ev.Position)
	sel := article.Span{Start: min(t.anchor, cur), End: max(t.anchor, cur)}
	if sel.Start == sel.End {
		sel = noSpan
	} else if !exactDrag() {
		sel = t.snapToWords(sel)
	}
	t.setSelection(sel)
	t.host.selecting(t, sel, false)
}

// exactDrag reports whether Alt is held, which turns snapping to whole
// words off for a drag.
func exactDrag() bool {
	d, ok := fyne.CurrentApp().Driver().(desktop.Driver)
	return ok && d.CurrentKeyModifiers()&fyne.KeyModifierAlt != 0
}

// DragEnd finishes the selection.
func (t *textView) DragEnd() {
	if t.host == nil || !t.dragging {
		return
	}
	t.dragging = false
	t.host.selecting(t, t.selection, true)
}

// MouseIn is part of desktop.Hoverable.
func (t *textView) MouseIn(ev *desktop.MouseEvent) { t.MouseMoved(ev) }

// MouseMoved reports the rune under the pointer.
func (t *textView) MouseMoved(ev *desktop.MouseEvent) {
	if t.host != nil && !t.dragging {
		t.pointer = ev.AbsolutePosition
		t.host.hovered(t, t.runeAt(ev.Position))
	}
}

// MouseOut reports that the pointer left.
func (t *textView) MouseOut() {
	if t.host != nil {
		t.host.hovered(t, -1)
	}
}

// CreateRenderer is part of fyne.Widget.
func (t *textView) CreateRenderer() fyne.WidgetRenderer {
	return &textRenderer{view: t}
}

type textRenderer struct {
	view  *textView
	texts []*canvas.Text
	rects []*canvas.Rectangle
	objs  []fyne.CanvasObject

	// What the lines were last laid out for: a new selection or highlight
	// only moves rectangles, it does not touch the text.
	linesFor *textWrap
	linesFg  color.Color
}

func (r *textRenderer) Layout(size fyne.Size) {
	t := r.view
	w := t.layoutFor(size.Width)
	r.objs = r.objs[:0]
	nrect := 0
	draw := func(m textMark) {
		for _, box := range t.rangeRects(m.Span) {
			if nrect == len(r.rects) {
				r.rects = append(r.rects, canvas.NewRectangle(m.fill))
			}
			rect := r.rects[nrect]
			nrect++
			rect.FillColor, rect.CornerRadius = m.fill, 3
			if m.underline {
				box[0].Y, rect.CornerRadius = box[1].Y-w.lineHeight*0.12, 1
			}
			rect.Move(box[0])
			rect.Resize(fyne.NewSize(box[1].X-box[0].X, box[1].Y-box[0].Y))
			rect.Refresh()
			r.objs = append(r.objs, rect)
		}
	}
	for _, m := range t.marks {
		draw(m)
	}
	if t.selection.Start >= 0 {
		draw(textMark{Span: t.selection, fill: theme.ColorForWidget(theme.ColorNameSelection, t)})
	}
	r.layoutLines(w, size)
}

func (r *textRenderer) layoutLines(w *textWrap, size fyne.Size) {
	t := r.view
	fg := theme.ColorForWidget(theme.ColorNameForeground, t)
	if t.dim {
		fg = theme.ColorForWidget(theme.ColorNamePlaceHolder, t)
	}
	if w == r.linesFor && fg == r.linesFg {
		for _, txt := range r.texts[:len(w.lines)] {
			r.objs = append(r.objs, txt)
		}
		return
	}
	r.linesFor, r.linesFg = w, fg
	for len(r.texts) < len(w.lines) {
		r.texts = append(r.texts, canvas.NewText("", fg))
	}
	pad := (w.lineHeight - fyne.MeasureText("中Ag", w.size, t.style).Height) / 2
	for i, l := range w.lines {
		txt := r.texts[i]
		txt.Text = string(trimBreak(t.runes[l.start:l.end]))
		txt.TextSize, txt.TextStyle, txt.Color = w.size, t.style, fg
		txt.Move(fyne.NewPos(0, l.y+pad))
		txt.Resize(fyne.NewSize(size.Width, w.lineHeight-pad))
		txt.Refresh()
		r.objs = append(r.objs, txt)
	}
}

func (r *textRenderer) MinSize() fyne.Size { return r.view.MinSize() }

func (r *textRenderer) Refresh() {
	r.Layout(r.view.Size())
	canvas.Refresh(r.view)
}

func (r *textRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *textRenderer) Destroy() {}
