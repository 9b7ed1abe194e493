package app

import (
	"sort"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/segmenter"

	"tandem/article"
)

// This file holds the textView's layout: measuring once per text size,
// wrapping per width, and turning positions into rune offsets and rune
// ranges into rectangles.

// textSegment is a run of runes between two break opportunities, with its
// width and the width of its trailing spaces (which may hang past the edge).
type textSegment struct {
	start, end     int
	width, hanging float32
	mandatory      bool // a line break must follow
}

// textLine is one wrapped line: runes [start, end) drawn at y; x[i] is the
// offset of rune start+i from the left edge (len(x) = end-start+1).
type textLine struct {
	start, end int
	y          float32
	x          []float32
}

type textWrap struct {
	width, height, lineHeight float32
	size                      float32
	lines                     []textLine
}

const lineSpacing = 1.45 // line height as a multiple of the font's

func (t *textView) textSize() float32 {
	return theme.SizeForWidget(theme.SizeNameText, t) * t.scale()
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
	w := &textWrap{width: width, size: size, lineHeight: fyne.MeasureText("中Ag", size, t.style).Height * lineSpacing}
	start, x := 0, float32(0)
	for i, s := range t.segs {
		if x > 0 && x+s.width-s.hanging > width {
			w.lines = append(w.lines, t.line(start, s.start))
			start, x = s.start, 0
		}
		x += s.width
		if s.mandatory || i == len(t.segs)-1 {
			w.lines = append(w.lines, t.line(start, s.end))
			start, x = s.end, 0
		}
	}
	if len(w.lines) == 0 {
		w.lines = []textLine{t.line(0, 0)}
	}
	for i := range w.lines {
		w.lines[i].y = float32(i) * w.lineHeight
	}
	w.height = float32(len(w.lines)) * w.lineHeight
	t.wrap = w
	return w
}

func (t *textView) line(start, end int) textLine {
	x := make([]float32, end-start+1)
	for i := start; i < end; i++ {
		x[i-start+1] = x[i-start] + t.advances[i]
	}
	return textLine{start: start, end: end, x: x}
}

// measure splits the paragraph at its break opportunities and measures each
// piece once for this text size, and the advance of each rune within it
// (scaled so a piece's runes add up to its measured width, kerning and all).
// A piece wider than any sensible column (a long URL) is split into single
// characters so it can still wrap.
func (t *textView) measure(size float32) {
	if t.segs != nil && t.segsSize == size {
		return
	}
	t.segs, t.segsSize = t.segs[:0], size
	t.advances = make([]float32, len(t.runes))
	adv := runeAdvances(size, t.style)
	var seg segmenter.Segmenter
	seg.Init(t.runes)
	it := seg.LineIterator()
	for it.Next() {
		l := it.Line()
		s := textSegment{start: l.Offset, end: l.Offset + len(l.Text), mandatory: l.IsMandatoryBreak}
		text := trimBreak(l.Text)
		s.width = fyne.MeasureText(string(text), size, t.style).Width
		sum := float32(0)
		for k, r := range text {
			t.advances[s.start+k] = adv.of(r)
			sum += t.advances[s.start+k]
		}
		for k := len(text) - 1; k >= 0 && text[k] == ' '; k-- {
			s.hanging += t.advances[s.start+k]
		}
		if sum > 0 {
			for k := range text {
				t.advances[s.start+k] *= s.width / sum
			}
		}
		if len(text) > 24 && s.width > 40*size {
			t.segs = append(t.segs, t.splitRunes(s)...)
			continue
		}
		t.segs = append(t.segs, s)
	}
}

func (t *textView) splitRunes(s textSegment) []textSegment {
	out := make([]textSegment, 0, s.end-s.start)
	for i := s.start; i < s.end; i++ {
		out = append(out, textSegment{start: i, end: i + 1, width: t.advances[i]})
	}
	out[len(out)-1].mandatory = s.mandatory
	return out
}

// advanceCache remembers the width of single runes per text size and style.
type advanceCache struct {
	size  float32
	style fyne.TextStyle
	m     map[rune]float32
}

var advanceCaches = map[advanceKey]*advanceCache{}

type advanceKey struct {
	size  float32
	style fyne.TextStyle
}

// runeAdvances returns the cache for one size and style. Layout runs on the
// UI thread only, so the map needs no lock.
func runeAdvances(size float32, style fyne.TextStyle) *advanceCache {
	k := advanceKey{size, style}
	c := advanceCaches[k]
	if c == nil {
		c = &advanceCache{size: size, style: style, m: map[rune]float32{}}
		advanceCaches[k] = c
	}
	return c
}

func (c *advanceCache) of(r rune) float32 {
	if r == '\n' || r == '\r' {
		return 0
	}
	w, ok := c.m[r]
	if !ok {
		w = fyne.MeasureText(string(r), c.size, c.style).Width
		c.m[r] = w
	}
	return w
}

// trimBreak drops a trailing line break, which is not drawn.
func trimBreak(rs []rune) []rune {
	for len(rs) > 0 && (rs[len(rs)-1] == '\n' || rs[len(rs)-1] == '\r') {
		rs = rs[:len(rs)-1]
	}
	return rs
}

// offsetAt returns the caret position (0 to len) nearest to pos.
func (t *textView) offsetAt(pos fyne.Position) int {
	w := t.layoutFor(t.Size().Width)
	i := int(pos.Y / w.lineHeight)
	switch {
	case pos.Y < 0 || i < 0:
		return 0
	case i >= len(w.lines):
		return len(t.runes)
	}
	l := w.lines[i]
	k := sort.Search(len(l.x), func(k int) bool { return l.x[k] >= pos.X })
	if k > 0 && (k == len(l.x) || pos.X-l.x[k-1] < l.x[k]-pos.X) {
		k--
	}
	off := l.start + k
	// The caret after a line's last character sits before a hanging space
	// or break, never after it.
	for off > l.start && off == l.end && i < len(w.lines)-1 && unicode.IsSpace(t.runes[off-1]) {
		off--
	}
	return off
}

// runeAt returns the rune under pos, or -1 when pos is past the text.
func (t *textView) runeAt(pos fyne.Position) int {
	w := t.layoutFor(t.Size().Width)
	i := int(pos.Y / w.lineHeight)
	if pos.Y < 0 || i >= len(w.lines) {
		return -1
	}
	l := w.lines[i]
	k := sort.Search(len(l.x), func(k int) bool { return l.x[k] > pos.X }) - 1
	if k < 0 || l.start+k >= l.end {
		return -1
	}
	return l.start + k
}

// rangeRects returns the rectangles that cover runes [s.Start, s.End), one
// per line.
func (t *textView) rangeRects(s article.Span) [][2]fyne.Position {
	w := t.layoutFor(t.Size().Width)
	var out [][2]fyne.Position
	for _, l := range w.lines {
		a, b := max(s.Start, l.start), min(s.End, l.end)
		if a >= b {
			continue
		}
		for b > a && (t.runes[b-1] == '\n') {
			b--
		}
		out = append(out, [2]fyne.Position{{X: l.x[a-l.start], Y: l.y}, {X: l.x[b-l.start], Y: l.y + w.lineHeight}})
	}
	return out
}
