package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/go-text/typesetting/segmenter"
)

// textView shows one paragraph, wrapped to its width by Unicode line
// breaking: English breaks at spaces, Chinese between characters but never
// before 。 or after 「. Each line is one canvas.Text.
//
// Measuring is the expensive part, so it happens once per text size: the
// widths of the break segments are kept, and a wrap for a new width only adds
// them up. The wrap itself is kept for the last width.
type textView struct {
	widget.BaseWidget

	runes []rune
	style fyne.TextStyle
	scale float32 // multiplies the theme's text size

	segs     []textSegment // break segments, measured at segsSize
	segsSize float32
	wrap     *textWrap // lines for wrap.width; replaced, never changed in place
}

// textSegment is a run of runes between two break opportunities, with its
// width and the width of its trailing spaces (which may hang past the edge).
type textSegment struct {
	start, end     int
	width, hanging float32
	mandatory      bool // a line break must follow
}

// textLine is one wrapped line: runes [start, end) drawn at y.
type textLine struct {
	start, end int
	y          float32
}

type textWrap struct {
	width, height, lineHeight float32
	size                      float32
	lines                     []textLine
}

func newTextView(text string, style fyne.TextStyle, scale float32) *textView {
	t := &textView{runes: []rune(text), style: style, scale: scale}
	t.ExtendBaseWidget(t)
	return t
}

// SetText replaces the paragraph.
func (t *textView) SetText(text string) {
	t.runes = []rune(text)
	t.segs, t.wrap = nil, nil
	t.Refresh()
}

func (t *textView) textSize() float32 {
	return theme.SizeForWidget(theme.SizeNameText, t) * t.scale
}

// heightFor returns the height of the paragraph wrapped to width.
func (t *textView) heightFor(width float32) float32 {
	return t.layoutFor(width).height
}

// layoutFor wraps the paragraph to width, reusing the last wrap when neither
// the width nor the text size changed.
func (t *textView) layoutFor(width float32) *textWrap {
	size := t.textSize()
	if t.wrap != nil && t.wrap.width == width && t.wrap.size == size {
		return t.wrap
	}
	t.measure(size)
	lineHeight := fyne.MeasureText("中Ag", size, t.style).Height * 1.45
	w := &textWrap{width: width, size: size, lineHeight: lineHeight}
	start, x := 0, float32(0)
	for i, s := range t.segs {
		if x > 0 && x+s.width-s.hanging > width {
			w.lines = append(w.lines, textLine{start: start, end: s.start})
			start, x = s.start, 0
		}
		x += s.width
		if s.mandatory || i == len(t.segs)-1 {
			w.lines = append(w.lines, textLine{start: start, end: s.end})
			start, x = s.end, 0
		}
	}
	if len(w.lines) == 0 {
		w.lines = []textLine{{}}
	}
	for i := range w.lines {
		w.lines[i].y = float32(i) * lineHeight
	}
	w.height = float32(len(w.lines)) * lineHeight
	t.wrap = w
	return w
}

// measure splits the paragraph at its break opportunities and measures each
// piece once for this text size. A piece wider than any sensible column (a
// long URL) is split into single characters so it can still wrap.
func (t *textView) measure(size float32) {
	if t.segs != nil && t.segsSize == size {
		return
	}
	t.segs, t.segsSize = t.segs[:0], size
	space := fyne.MeasureText(" ", size, t.style).Width
	var seg segmenter.Segmenter
	seg.Init(t.runes)
	it := seg.LineIterator()
	for it.Next() {
		l := it.Line()
		s := textSegment{start: l.Offset, end: l.Offset + len(l.Text), mandatory: l.IsMandatoryBreak}
		text := trimBreak(l.Text)
		s.width = fyne.MeasureText(string(text), size, t.style).Width
		for k := len(text) - 1; k >= 0 && text[k] == ' '; k-- {
			s.hanging += space
		}
		if len(text) > 24 && s.width > 40*size {
			t.segs = append(t.segs, t.splitRunes(s, size)...)
			continue
		}
		t.segs = append(t.segs, s)
	}
}

func (t *textView) splitRunes(s textSegment, size float32) []textSegment {
	out := make([]textSegment, 0, s.end-s.start)
	for i := s.start; i < s.end; i++ {
		out = append(out, textSegment{start: i, end: i + 1, width: fyne.MeasureText(string(t.runes[i]), size, t.style).Width})
	}
	out[len(out)-1].mandatory = s.mandatory
	return out
}

// trimBreak drops a trailing line break, which is not drawn.
func trimBreak(rs []rune) []rune {
	for len(rs) > 0 && (rs[len(rs)-1] == '\n' || rs[len(rs)-1] == '\r') {
		rs = rs[:len(rs)-1]
	}
	return rs
}

// MinSize is the height of the paragraph at its current width; its width is
// set by the layout it sits in.
func (t *textView) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	w := t.Size().Width
	if w <= 0 {
		return fyne.NewSize(t.textSize()*4, t.textSize()*1.45)
	}
	return fyne.NewSize(t.textSize()*4, t.heightFor(w))
}

// CreateRenderer is part of fyne.Widget.
func (t *textView) CreateRenderer() fyne.WidgetRenderer {
	return &textRenderer{view: t}
}

type textRenderer struct {
	view  *textView
	texts []*canvas.Text
	objs  []fyne.CanvasObject
}

func (r *textRenderer) Layout(size fyne.Size) {
	t := r.view
	w := t.layoutFor(size.Width)
	fg := theme.ColorForWidget(theme.ColorNameForeground, t)
	for len(r.texts) < len(w.lines) {
		r.texts = append(r.texts, canvas.NewText("", fg))
	}
	r.texts = r.texts[:len(w.lines)]
	r.objs = r.objs[:0]
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
