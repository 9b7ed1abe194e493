package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
)

// actionBar is the small bar that appears by a selection or a clicked
// highlight: five colours, Tag, Note, Claim, and for a highlight its
// counterpart and Delete. It floats over the reader, not in a pop-up, so the
// text keeps the keyboard and the single keys work while it shows.
type actionBar struct {
	r        *reader
	root     *fyne.Container
	panel    *fyne.Container
	swatches []*swatch
	pairBtn  *widget.Button
	delBtn   *widget.Button
	anchor   func() (view *textView, span article.Span) // what the bar stands by
}

func newActionBar(r *reader) *actionBar {
	b := &actionBar{r: r}
	row := container.NewHBox()
	for i, c := range annotation.Colors {
		s := newSwatch(c, i+1, func() { r.colour(c) })
		b.swatches = append(b.swatches, s)
		row.Add(s)
	}
	small := func(label string, icon fyne.Resource, tap func()) *widget.Button {
		btn := widget.NewButtonWithIcon(label, icon, tap)
		btn.Importance = widget.LowImportance
		return btn
	}
	row.Add(small("Tag", theme.ListIcon(), r.askTags))
	row.Add(small("Note", theme.DocumentCreateIcon(), r.askNote))
	row.Add(small("Claim", theme.ConfirmIcon(), r.askClaim))
	b.pairBtn = small("Pair", theme.ContentClearIcon(), func() {
		if r.editing != nil {
			r.toggleCounterpart(r.editing)
		}
	})
	b.delBtn = small("Delete", theme.DeleteIcon(), func() {
		if r.editing != nil {
			r.remove(r.editing)
		}
	})
	row.Add(b.pairBtn)
	row.Add(b.delBtn)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = 8
	bg.StrokeWidth = 1
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	b.panel = container.NewStack(bg, container.NewPadded(row))
	b.root = container.NewWithoutLayout(b.panel)
	b.root.Hide()
	return b
}

// showForSelection shows the bar by the text selection.
func (b *actionBar) showForSelection() {
	b.pairBtn.Hide()
	b.delBtn.Hide()
	b.anchor = func() (*textView, article.Span) { return b.r.sel.view, b.r.sel.span }
	b.show()
}

// showForAnnotation shows the bar by a highlight, offering to clear or
// restore its counterpart and to delete it.
func (b *actionBar) showForAnnotation(an *annotation.Annotation) {
	b.pairBtn.SetText("Clear pair")
	b.pairBtn.SetIcon(theme.ContentClearIcon())
	if an.Counterpart == nil {
		b.pairBtn.SetText("Pair again")
		b.pairBtn.SetIcon(theme.ContentRedoIcon())
	}
	b.pairBtn.Show()
	b.delBtn.Show()
	for _, s := range b.swatches {
		s.setCurrent(s.color == an.Color)
	}
	b.anchor = func() (*textView, article.Span) {
		if an.Orphan || an.Target.Pair >= len(b.r.page.rows) {
			return nil, noSpan
		}
		return b.r.page.rows[an.Target.Pair].view(an.Target.Lang), article.Span{Start: an.Target.Start, End: an.Target.End}
	}
	b.show()
}

func (b *actionBar) show() {
	bg := b.panel.Objects[0].(*canvas.Rectangle)
	bg.FillColor = b.r.u.color(theme.ColorNameOverlayBackground)
	bg.StrokeColor = b.r.u.color(theme.ColorNameSeparator)
	b.panel.Resize(b.panel.MinSize())
	b.root.Show()
	b.follow()
}

// hide takes the bar away.
func (b *actionBar) hide() {
	b.anchor = nil
	for _, s := range b.swatches {
		s.setCurrent(false)
	}
	b.root.Hide()
}

// follow places the bar under the last line of its anchor (above the
// first line when there is no room below), inside the visible part of the
// reader; it hides while the anchor is scrolled out of view.
func (b *actionBar) follow() {
	if b.anchor == nil {
		return
	}
	v, span := b.anchor()
	if v == nil || v.Hidden {
		b.root.Hide()
		return
	}
	rects := v.rangeRects(span)
	if len(rects) == 0 {
		b.root.Hide()
		return
	}
	origin := v.Position().Subtract(b.r.scroll.Offset)
	first, last := rects[0], rects[len(rects)-1]
	size := b.panel.MinSize()
	view := b.r.scroll.Size()
	x := origin.X + last[1].X - size.Width/2
	y := origin.Y + last[1].Y + 6
	if y+size.Height > view.Height {
		y = origin.Y + first[0].Y - size.Height - 6
	}
	if y < 0 || y+size.Height > view.Height {
		b.root.Hide()
		return
	}
	b.panel.Move(fyne.NewPos(max(4, min(x, view.Width-size.Width-4)), y))
	b.root.Show()
}

// swatch is a colour button of the action bar, labelled with its key.
type swatch struct {
	widget.BaseWidget
	color   annotation.Color
	key     int
	tap     func()
	current bool
}

func newSwatch(c annotation.Color, key int, tap func()) *swatch {
	s := &swatch{color: c, key: key, tap: tap}
	s.ExtendBaseWidget(s)
	return s
}

func (s *swatch) setCurrent(on bool) {
	if s.current != on {
		s.current = on
		s.Refresh()
	}
}

// Tapped applies the colour.
func (s *swatch) Tapped(*fyne.PointEvent) { s.tap() }

// CreateRenderer is part of fyne.Widget.
func (s *swatch) CreateRenderer() fyne.WidgetRenderer {
	rgb := highlightRGB[s.color]
	rect := canvas.NewRectangle(color.NRGBA{rgb[0], rgb[1], rgb[2], 0xff})
	rect.CornerRadius = 5
	label := canvas.NewText(string(rune('0'+s.key)), color.NRGBA{0x20, 0x20, 0x20, 0xff})
	label.TextSize = theme.CaptionTextSize()
	label.Alignment = fyne.TextAlignCenter
	r := &swatchRenderer{s: s, rect: rect, label: label}
	r.Refresh()
	return r
}

type swatchRenderer struct {
	s     *swatch
	rect  *canvas.Rectangle
	label *canvas.Text
}

func (r *swatchRenderer) Layout(size fyne.Size) {
	r.rect.Resize(size)
	h := r.label.MinSize().Height
	r.label.Resize(fyne.NewSize(size.Width, h))
	r.label.Move(fyne.NewPos(0, (size.Height-h)/2))
}

func (r *swatchRenderer) MinSize() fyne.Size { return fyne.NewSize(26, 26) }

func (r *swatchRenderer) Refresh() {
	r.rect.StrokeWidth = 0
	if r.s.current {
		r.rect.StrokeWidth = 2
		r.rect.StrokeColor = theme.Color(theme.ColorNameForeground)
	}
	r.rect.Refresh()
	r.label.Refresh()
}

func (r *swatchRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.rect, r.label} }

func (r *swatchRenderer) Destroy() {}
