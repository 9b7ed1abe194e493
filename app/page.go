package app

import (
	"fyne.io/fyne/v2/lang"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
)

// layoutMode is how the reader arranges the two languages.
type layoutMode int

// The reader's layouts, in the order of the View menu.
const (
	sideBySide layoutMode = iota
	chineseOnly
	englishOnly
	stacked
)

var layoutNames = []string{translatable("Side by side"), translatable("Chinese only"), translatable("English only"), translatable("Stacked")}

// pairsView lays out an article's header and its rows: each row one pair,
// Chinese left and English right (or as the layout mode says), the row as
// tall as the taller paragraph.
type pairsView struct {
	widget.BaseWidget
	title, meta *textView
	rows        []pairRow
	lines       []*canvas.Line      // separators between rows
	margins     []*canvas.Rectangle // amber bars by rows aligned with low confidence
	empty       *widget.Label
	mode        layoutMode
	only        article.Lang // the article's one language, if it has only one
	scale       func() float32
	rowTops     []float32 // top of each row, from the last layout
	rowEnds     []float32 // bottom of each row, from the last layout
	onKey       func(*fyne.KeyEvent)
	onRune      func(rune)
	onShortcut  func(fyne.Shortcut)
	onTap       func() // a click beside the text

	// viewport is the part of the page on screen, if the page knows it:
	// only the rows in it are drawn. Fyne draws every object in a scroll,
	// seen or not, and each line of text costs a texture the first time it
	// is drawn: a 40-pair article took a second to draw, two pairs of
	// which were on screen.
	viewport func() (top, bottom float32)
}

// pairRow holds a pair's two paragraph views.
type pairRow struct {
	zh, en *textView
}

func (r pairRow) view(l article.Lang) *textView {
	if l == article.ZH {
		return r.zh
	}
	return r.en
}

func newPairsView(scale func() float32) *pairsView {
	p := &pairsView{
		title: newTextView("", fyne.TextStyle{Bold: true}, func() float32 { return scale() * 1.45 }),
		meta:  newTextView("", fyne.TextStyle{}, func() float32 { return scale() * 0.9 }),
		empty: widget.NewLabel(lang.L("Choose an article on the left, or drop files on this window to import them.")),
		scale: scale,
	}
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.Alignment = fyne.TextAlignCenter
	p.ExtendBaseWidget(p)
	return p
}

// setArticle builds the rows for a; host receives the mouse in every
// paragraph.
func (p *pairsView) setArticle(a *article.Article, host textHost) {
	p.rows, p.lines, p.margins = nil, nil, nil
	if a == nil {
		p.title.SetText("")
		p.meta.SetText("")
		p.Refresh()
		return
	}
	p.title.SetText(strings.TrimSpace(a.Title + "\n" + article.OtherTitle(a.Title, a.TitleIn(article.ZH), a.TitleIn(article.EN))))
	p.meta.SetText(metaLine(a))
	p.only = onlyLanguage(a)
	zhScale := func() float32 { return p.scale() * 1.1 } // Chinese reads better a little larger
	for _, pair := range a.Pairs {
		row := pairRow{zh: newTextView(pair.ZH, fyne.TextStyle{}, zhScale), en: newTextView(pair.EN, fyne.TextStyle{}, p.scale)}
		for _, v := range []*textView{row.zh, row.en} {
			v.lang, v.pair, v.host = article.ZH, len(p.rows), host
		}
		row.en.lang = article.EN
		row.zh.sentences, row.en.sentences = pair.SentencesZH, pair.SentencesEN
		p.rows = append(p.rows, row)
		p.lines = append(p.lines, canvas.NewLine(theme.Color(theme.ColorNameSeparator)))
		margin := canvas.NewRectangle(theme.Color(colorUncertain))
		margin.CornerRadius = 1.5
		margin.Hidden = !pair.LowConfidence()
		p.margins = append(p.margins, margin)
	}
	p.Refresh()
}

// onlyLanguage is the one language an article has text in, or "" when it
// has both.
func onlyLanguage(a *article.Article) article.Lang {
	var zh, en bool
	for i := range a.Pairs {
		zh = zh || a.Pairs[i].ZH != ""
		en = en || a.Pairs[i].EN != ""
	}
	switch {
	case zh && !en:
		return article.ZH
	case en && !zh:
		return article.EN
	}
	return ""
}

// shownMode is the layout the article gets at a width: an article in one
// language takes the full width whatever the layout chosen, and side by
// side becomes stacked where two columns would be too narrow to read.
func (p *pairsView) shownMode(inner float32) layoutMode {
	switch {
	case p.only == article.ZH:
		return chineseOnly
	case p.only == article.EN:
		return englishOnly
	case p.mode == sideBySide && inner < stackBelow*p.scale():
		return stacked
	}
	return p.mode
}

// shownNow is the layout on display.
func (p *pairsView) shownNow() layoutMode {
	return p.shownMode(p.Size().Width - 2*theme.Padding()*3)
}

// metaLine is the line under the title: date, source, author.
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
	stackGap  = 10 // between Chinese and English in the stacked layout
	// stackBelow is the text width (at text size 1) under which side by
	// side shows stacked: each column would hold fewer than about twenty
	// Chinese characters.
	stackBelow = 640
)

// arrange positions everything for width and returns the total height. With
// place false it only measures.
func (p *pairsView) arrange(width float32, place bool) float32 {
	pad := theme.Padding() * 3
	inner := width - 2*pad
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
	if place {
		p.rowTops, p.rowEnds = p.rowTops[:0], p.rowEnds[:0]
	}
	for i, row := range p.rows {
		if place {
			p.rowTops = append(p.rowTops, y)
		}
		h := p.arrangeRow(row, pad, y, inner, place)
		if place {
			p.rowEnds = append(p.rowEnds, y+h+rowGap)
			m := p.margins[i]
			m.FillColor = theme.ColorForWidget(colorUncertain, p)
			m.Move(fyne.NewPos(pad/3, y))
			m.Resize(fyne.NewSize(3, h))
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

// arrangeRow places one pair at y and returns its height.
func (p *pairsView) arrangeRow(row pairRow, x, y, inner float32, place bool) float32 {
	put := func(t *textView, x, y, w, h float32) {
		if place {
			t.Move(fyne.NewPos(x, y))
			t.Resize(fyne.NewSize(w, h))
			t.Show()
		}
	}
	hide := func(t *textView) {
		if place {
			t.Hide()
		}
	}
	mode := p.shownMode(inner)
	switch mode {
	case chineseOnly, englishOnly:
		shown, hidden := row.zh, row.en
		if mode == englishOnly {
			shown, hidden = row.en, row.zh
		}
		h := shown.heightFor(inner)
		put(shown, x, y, inner, h)
		hide(hidden)
		return h
	case stacked:
		hz, he := row.zh.heightFor(inner), row.en.heightFor(inner)
		put(row.zh, x, y, inner, hz)
		put(row.en, x, y+hz+stackGap, inner, he)
		return hz + stackGap + he
	}
	col := (inner - columnGap) / 2
	h := max(row.zh.heightFor(col), row.en.heightFor(col))
	put(row.zh, x, y, col, h)
	put(row.en, x+col+columnGap, y, col, h)
	return h
}

// MinSize is the height the article needs at its current width.
func (p *pairsView) MinSize() fyne.Size {
	p.ExtendBaseWidget(p)
	minW := float32(320)
	if len(p.rows) == 0 {
		return fyne.NewSize(minW, p.empty.MinSize().Height*3)
	}
	return fyne.NewSize(minW, p.arrange(max(p.Size().Width, minW), false))
}

// FocusGained is part of fyne.Focusable: the page takes keys so single-key
// commands work after a click in the text.
func (p *pairsView) FocusGained() {}

// FocusLost is part of fyne.Focusable.
func (p *pairsView) FocusLost() {}

// Tapped reports a click that fell beside the text: between rows, in the
// margins or under the last row.
func (p *pairsView) Tapped(*fyne.PointEvent) {
	if p.onTap != nil {
		p.onTap()
	}
}

// TypedRune passes typed characters to the reader.
func (p *pairsView) TypedRune(r rune) {
	if p.onRune != nil {
		p.onRune(r)
	}
}

// TypedKey passes keys to the reader.
func (p *pairsView) TypedKey(ev *fyne.KeyEvent) {
	if p.onKey != nil {
		p.onKey(ev)
	}
}

// TypedShortcut passes shortcuts (Ctrl+C, Ctrl+Z...) to the reader.
func (p *pairsView) TypedShortcut(s fyne.Shortcut) {
	if p.onShortcut != nil {
		p.onShortcut(s)
	}
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
	canvas.Refresh(r.view)
}

func (r *pairsRenderer) Objects() []fyne.CanvasObject {
	p := r.view
	if len(p.rows) == 0 {
		return []fyne.CanvasObject{p.empty}
	}
	objs := []fyne.CanvasObject{p.title, p.meta}
	for i, row := range p.rows {
		if p.onScreen(i) {
			objs = append(objs, p.margins[i], row.zh, row.en, p.lines[i])
		}
	}
	return objs
}

// onScreen reports whether row i is in the viewport, or may be: a row not
// laid out yet is drawn.
func (p *pairsView) onScreen(i int) bool {
	if p.viewport == nil || i >= len(p.rowTops) || len(p.rowTops) != len(p.rows) {
		return true
	}
	top, bottom := p.viewport()
	return p.rowTops[i] <= bottom && p.rowEnds[i] >= top
}

func (r *pairsRenderer) Destroy() {}
