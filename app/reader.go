package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
)

// reader shows one article as aligned rows: each row a pair, Chinese on the
// left and English on the right, the row as tall as the taller paragraph.
type reader struct {
	scroll *container.Scroll
	page   *pairsView
}

func newReader() *reader {
	r := &reader{page: newPairsView()}
	r.scroll = container.NewVScroll(r.page)
	return r
}

// show replaces the article on display and scrolls to its top.
func (r *reader) show(a *article.Article) {
	r.page.setArticle(a)
	r.scroll.Offset = fyne.Position{}
	r.scroll.Refresh()
}

// pairsView lays out the article's header and its rows.
type pairsView struct {
	widget.BaseWidget
	title, meta *textView
	rows        [][2]*textView // [zh, en] per pair
	lines       []*canvas.Line // separators between rows
	empty       *widget.Label
}

func newPairsView() *pairsView {
	p := &pairsView{
		title: newTextView("", fyne.TextStyle{Bold: true}, 1.45),
		meta:  newTextView("", fyne.TextStyle{}, 0.9),
		empty: widget.NewLabel("Choose an article on the left, or drop files on this window to import them."),
	}
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.Alignment = fyne.TextAlignCenter
	p.ExtendBaseWidget(p)
	return p
}

func (p *pairsView) setArticle(a *article.Article) {
	p.rows, p.lines = nil, nil
	if a == nil {
		p.title.SetText("")
		p.meta.SetText("")
		p.Refresh()
		return
	}
	p.title.SetText(a.Title)
	p.meta.SetText(metaLine(a))
	for _, pair := range a.Pairs {
		p.rows = append(p.rows, [2]*textView{
			newTextView(pair.ZH, fyne.TextStyle{}, 1.1),
			newTextView(pair.EN, fyne.TextStyle{}, 1),
		})
		p.lines = append(p.lines, canvas.NewLine(theme.Color(theme.ColorNameSeparator)))
	}
	p.Refresh()
}

// metaLine is the line under the title: date, source, author, pair count.
func metaLine(a *article.Article) string {
	var parts []string
	for _, s := range []string{a.Date, a.Source, a.Author} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

const (
	columnGap = 28 // between the Chinese and the English column
	rowGap    = 18 // between pairs, a separator line in the middle
)

// arrange positions everything for width and returns the total height. With
// place false it only measures.
func (p *pairsView) arrange(width float32, place bool) float32 {
	pad := theme.Padding() * 3
	inner := width - 2*pad
	col := (inner - columnGap) / 2
	y := pad
	for _, t := range []*textView{p.title, p.meta} {
		h := t.heightFor(inner)
		if place {
			t.Move(fyne.NewPos(pad, y))
			t.Resize(fyne.NewSize(inner, h))
		}
		y += h + theme.Padding()
	}
	y += rowGap
	for i, row := range p.rows {
		h := max(row[0].heightFor(col), row[1].heightFor(col))
		if place {
			row[0].Move(fyne.NewPos(pad, y))
			row[0].Resize(fyne.NewSize(col, h))
			row[1].Move(fyne.NewPos(pad+col+columnGap, y))
			row[1].Resize(fyne.NewSize(col, h))
			sep := p.lines[i]
			sep.StrokeColor = theme.ColorForWidget(theme.ColorNameSeparator, p)
			sep.Position1 = fyne.NewPos(pad, y+h+rowGap/2)
			sep.Position2 = fyne.NewPos(pad+inner, y+h+rowGap/2)
			sep.Hidden = i == len(p.rows)-1
		}
		y += h + rowGap
	}
	return y + pad
}

// MinSize is the height the article needs at its current width.
func (p *pairsView) MinSize() fyne.Size {
	p.ExtendBaseWidget(p)
	minW := float32(320)
	if len(p.rows) == 0 {
		return fyne.NewSize(minW, p.empty.MinSize().Height*3)
	}
	w := p.Size().Width
	if w < minW {
		w = minW
	}
	return fyne.NewSize(minW, p.arrange(w, false))
}

// CreateRenderer is part of fyne.Widget.
func (p *pairsView) CreateRenderer() fyne.WidgetRenderer {
	return &pairsRenderer{view: p}
}

type pairsRenderer struct {
	view   *pairsView
	height float32
}

func (r *pairsRenderer) Layout(size fyne.Size) {
	p := r.view
	if len(p.rows) == 0 {
		p.empty.Move(fyne.NewPos(0, 0))
		p.empty.Resize(fyne.NewSize(size.Width, p.empty.MinSize().Height*3))
		return
	}
	h := p.arrange(size.Width, true)
	if h != r.height {
		// The height depends on the width: tell the scroll container.
		r.height = h
		p.Refresh()
	}
}

func (r *pairsRenderer) MinSize() fyne.Size { return r.view.MinSize() }

func (r *pairsRenderer) Refresh() {
	r.Layout(r.view.Size())
	for _, o := range r.Objects() {
		o.Refresh()
	}
}

func (r *pairsRenderer) Objects() []fyne.CanvasObject {
	p := r.view
	if len(p.rows) == 0 {
		return []fyne.CanvasObject{p.empty}
	}
	objs := []fyne.CanvasObject{p.title, p.meta}
	for i, row := range p.rows {
		objs = append(objs, row[0], row[1], p.lines[i])
	}
	return objs
}

func (r *pairsRenderer) Destroy() {}
