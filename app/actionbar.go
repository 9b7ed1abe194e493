package app

import (
	"fyne.io/fyne/v2/lang"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
)

// actionBar is the small bar that shows while there is a selection or a
// clicked highlight: five colours, Tag, Note, Claim, and for a highlight its
// counterpart, Add to terms (the highlight and its counterpart as a pair of
// the term list) and Delete. It sits under the reader, not over the text, so it
// hides nothing being read, and it is not a pop-up, so the text keeps the
// keyboard and the single keys work while it shows. It goes when the
// selection goes.
type actionBar struct {
	r        *reader
	root     *fyne.Container // the bar, at the foot of the reader
	what     *widget.Label   // what the buttons act on
	swatches []*swatch
	pairBtn  *widget.Button
	termBtn  *widget.Button // Add to terms: the highlight and its counterpart as a pair
	delBtn   *widget.Button
}

func newActionBar(r *reader) *actionBar {
	b := &actionBar{r: r, what: widget.NewLabel("")}
	b.what.TextStyle.Italic = true
	row := container.NewHBox(b.what)
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
	row.Add(small(lang.L("Tag"), theme.ListIcon(), r.askTags))
	row.Add(small(lang.L("Note"), theme.DocumentCreateIcon(), r.askNote))
	row.Add(small(lang.L("Claim"), theme.ConfirmIcon(), r.askClaim))
	b.pairBtn = small(lang.L("Pair"), theme.ContentClearIcon(), func() {
		if r.editing != nil {
			r.toggleCounterpart(r.editing)
		}
	})
	b.termBtn = small(lang.L("Add to terms"), theme.ContentAddIcon(), func() { r.u.askAddTerm(r.editing) })
	b.delBtn = small(lang.L("Delete"), theme.DeleteIcon(), func() {
		if r.editing != nil {
			r.remove(r.editing)
		}
	})
	row.Add(b.pairBtn)
	row.Add(b.termBtn)
	row.Add(b.delBtn)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.CornerRadius = 8
	bg.StrokeWidth = 1
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	// The row scrolls sideways in a narrow window rather than widen it.
	b.root = container.NewStack(bg, container.NewHScroll(container.NewPadded(row)))
	b.root.Hide()
	return b
}

// showForSelection shows the bar for the text selection.
func (b *actionBar) showForSelection() {
	b.what.SetText(lang.L("Selection:"))
	b.pairBtn.Hide()
	b.termBtn.Hide()
	b.delBtn.Hide()
	for _, s := range b.swatches {
		s.setCurrent(false)
	}
	b.show(b.r.sel.view, b.r.sel.span)
}

// showForAnnotation shows the bar for a highlight, offering to clear or
// restore its counterpart and to delete it.
func (b *actionBar) showForAnnotation(an *annotation.Annotation) {
	b.what.SetText(lang.L("Highlight:"))
	b.pairBtn.SetText(lang.L("Clear pair"))
	b.pairBtn.SetIcon(theme.ContentClearIcon())
	if an.Counterpart == nil {
		b.pairBtn.SetText(lang.L("Pair again"))
		b.pairBtn.SetIcon(theme.ContentRedoIcon())
	}
	b.pairBtn.Show()
	b.delBtn.Show()
	if an.Counterpart != nil {
		b.termBtn.Show()
	} else {
		b.termBtn.Hide()
	}
	for _, s := range b.swatches {
		s.setCurrent(s.color == an.Color)
	}
	if an.Orphan || an.Target.Pair >= len(b.r.page.rows) {
		b.show(nil, noSpan)
		return
	}
	b.show(b.r.page.rows[an.Target.Pair].view(an.Target.Lang), article.Span{Start: an.Target.Start, End: an.Target.End})
}

// show puts the bar at the foot of the reader, which grows shorter by its
// height, and keeps the span it acts on in view.
func (b *actionBar) show(v *textView, span article.Span) {
	bg := b.root.Objects[0].(*canvas.Rectangle)
	bg.FillColor = b.r.u.color(theme.ColorNameOverlayBackground)
	bg.StrokeColor = b.r.u.color(theme.ColorNameSeparator)
	if b.root.Hidden {
		b.root.Show()
		b.r.pane.Refresh()
	}
	if v != nil && !v.Hidden {
		b.r.reveal(v, span)
	}
	b.r.u.writeProbe()
}

// hide takes the bar away; the reader grows back.
func (b *actionBar) hide() {
	for _, s := range b.swatches {
		s.setCurrent(false)
	}
	if !b.root.Hidden {
		b.root.Hide()
		b.r.pane.Refresh()
		b.r.u.writeProbe()
	}
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
