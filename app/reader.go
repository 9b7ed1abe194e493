package app

import (
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"tandem/annotation"
	"tandem/article"
)

// reader shows one article as aligned rows and lets the reader select text
// in either language, highlight, tag, note and claim it, with the mouse or
// single keys. Its state: the article and its annotations, the text
// selection, the highlight being edited, and the sentences lit up as
// counterparts.
type reader struct {
	u      *ui
	page   *pairsView
	scroll *container.Scroll
	bar    *actionBar
	pane   *fyne.Container   // the scroll with the action bar at its foot
	root   fyne.CanvasObject // what the window shows of the reader

	art    *article.Article
	anns   []*annotation.Annotation // in reading order
	byPair map[int][]*annotation.Annotation

	mode  layoutMode
	scale float32

	sel     selection              // the text selection, if any
	editing *annotation.Annotation // the highlight clicked on, if any
	hover   sentenceRef            // the sentence under the pointer
	pinned  sentenceRef            // the sentence clicked on
	flash   *annotation.Annotation // the highlight just jumped to
	found   queryHits              // the search's hits, marked
	cursor  int                    // index in anns of the last highlight n/p went to

	check        *checkPanel // the figures without a counterpart
	mismatchPair int         // the pair whose unmatched figures are marked, or -1
	linkFrom     sentenceRef // a sentence waiting to be linked to the next one clicked
	lookup       wordLookup  // the dictionary popup

	onAnnotations func([]*annotation.Annotation) // the sidebar follows
	onMode        func(layoutMode)               // the toolbar follows
}

// selection is a span of one paragraph the user selected.
type selection struct {
	view *textView
	span article.Span
}

func (s selection) ok() bool { return s.view != nil && s.span.Start >= 0 && s.span.End > s.span.Start }

// sentenceRef names one sentence; index -1 is none.
type sentenceRef struct {
	pair, index int
	lang        article.Lang
}

var noSentence = sentenceRef{index: -1}

func newReader(u *ui) *reader {
	r := &reader{u: u, scale: 1, hover: noSentence, pinned: noSentence, cursor: -1, mismatchPair: -1, linkFrom: noSentence}
	r.page = newPairsView(func() float32 { return r.scale })
	r.page.onRune, r.page.onKey, r.page.onShortcut = r.typedRune, r.typedKey, r.typedShortcut
	r.page.onTap = r.letGo
	r.scroll = container.NewVScroll(r.page)
	r.page.viewport = func() (float32, float32) {
		return r.scroll.Offset.Y, r.scroll.Offset.Y + r.scroll.Size().Height
	}
	r.scroll.OnScrolled = func(fyne.Position) {
		r.closeHover() // the word moved from under the pointer
		r.u.writeProbe()
	}
	r.bar = newActionBar(r)
	r.pane = container.NewBorder(nil, r.bar.root, nil, nil, r.scroll)
	r.root = r.pane
	return r
}

// show replaces the article on display and scrolls to its top.
func (r *reader) show(a *article.Article, anns []*annotation.Annotation) {
	checkUI()
	r.closeLookup()
	r.closeHover()
	r.art = a
	r.sel, r.editing, r.flash = selection{}, nil, nil
	r.hover, r.pinned, r.cursor, r.mismatchPair = noSentence, noSentence, -1, -1
	r.bar.hide()
	r.page.setArticle(a, r)
	if r.check != nil {
		r.check.set(a)
	}
	query := r.found.query
	r.found = queryHits{at: -1}
	r.markQuery(query)
	r.setAnnotations(anns)
	r.scroll.Offset = fyne.Position{}
	r.scroll.Refresh()
}

// showKeepingPlace shows a new version of the article on display (after
// an alignment fix or its undo) without scrolling away from where the
// reader was.
func (r *reader) showKeepingPlace(a *article.Article, anns []*annotation.Annotation) {
	offset := r.scroll.Offset
	r.show(a, anns)
	r.page.Resize(fyne.NewSize(r.page.Size().Width, r.page.MinSize().Height))
	r.scrollTo(offset.Y)
}

// setAnnotations replaces the annotations and redraws every highlight.
func (r *reader) setAnnotations(anns []*annotation.Annotation) {
	checkUI()
	r.anns = anns
	r.byPair = map[int][]*annotation.Annotation{}
	for _, an := range anns {
		if an.Orphan {
			continue
		}
		r.byPair[an.Target.Pair] = append(r.byPair[an.Target.Pair], an)
		if c := an.Counterpart; c != nil && c.Pair != an.Target.Pair {
			r.byPair[c.Pair] = append(r.byPair[c.Pair], an)
		}
	}
	if r.editing != nil {
		r.editing = r.find(r.editing.ID)
		if r.editing == nil {
			r.bar.hide()
		}
	}
	for i := range r.page.rows {
		r.refreshMarks(i)
	}
	if r.onAnnotations != nil {
		r.onAnnotations(anns)
	}
}

func (r *reader) find(id string) *annotation.Annotation {
	for _, an := range r.anns {
		if an.ID == id {
			return an
		}
	}
	return nil
}

// refreshMarks redraws the fills of one pair: the lit sentences, then the
// counterparts of highlights, then the highlights themselves.
func (r *reader) refreshMarks(pair int) {
	if pair < 0 || pair >= len(r.page.rows) {
		return
	}
	row := r.page.rows[pair]
	for _, l := range []article.Lang{article.ZH, article.EN} {
		row.view(l).setMarks(r.marksFor(pair, l))
	}
}

func (r *reader) marksFor(pair int, lang article.Lang) []textMark {
	var marks []textMark
	add := func(s article.Span, name fyne.ThemeColorName) {
		marks = append(marks, textMark{Span: s, fill: r.u.color(name)})
	}
	for _, ref := range []sentenceRef{r.pinned, r.hover} {
		for _, s := range r.litSentences(ref, pair, lang) {
			add(s, colorSentence)
		}
	}
	for _, an := range r.byPair[pair] {
		if c := an.Counterpart; c != nil && c.Pair == pair && c.Lang == lang {
			kind := markCounterpart
			if an.CounterpartUnsure() {
				kind = markUnsure
			}
			add(article.Span{Start: c.Start, End: c.End}, highlightFill(an.Color, kind))
		}
	}
	for _, an := range r.byPair[pair] {
		if t := an.Target; t.Pair == pair && t.Lang == lang {
			kind := markOwn
			if an == r.editing {
				kind = markSelected
			}
			add(article.Span{Start: t.Start, End: t.End}, highlightFill(an.Color, kind))
			if an == r.flash {
				add(article.Span{Start: t.Start, End: t.End}, colorFlash)
			}
		}
	}
	marks = append(marks, r.hitMarks(pair, lang)...)
	marks = append(marks, r.mismatchMarks(pair, lang)...)
	return append(marks, r.candidateMarks(pair, lang)...)
}

// litSentences returns the spans a sentence reference lights up in one
// paragraph: the sentence itself in its language, the sentences linked to
// it in the other.
func (r *reader) litSentences(ref sentenceRef, pair int, lang article.Lang) []article.Span {
	if ref.index < 0 || ref.pair != pair || r.art == nil {
		return nil
	}
	p := &r.art.Pairs[pair]
	if lang == ref.lang {
		return []article.Span{p.Sentences(lang)[ref.index]}
	}
	var out []article.Span
	spans := p.Sentences(lang)
	for _, j := range p.Counterparts(ref.lang, ref.index) {
		if j < len(spans) {
			out = append(out, spans[j])
		}
	}
	return out
}

// sentenceAt names the sentence of a view holding rune off.
func (r *reader) sentenceAt(v *textView, off int) sentenceRef {
	if off < 0 || r.art == nil {
		return noSentence
	}
	i := r.art.Pairs[v.pair].SentenceAt(v.lang, off)
	if i < 0 {
		return noSentence
	}
	return sentenceRef{pair: v.pair, index: i, lang: v.lang}
}

// annotationAt returns the highlight under rune off of a view: its own span
// first, then a counterpart span.
func (r *reader) annotationAt(v *textView, off int) *annotation.Annotation {
	var counterpart *annotation.Annotation
	for _, an := range r.byPair[v.pair] {
		if t := an.Target; t.Pair == v.pair && t.Lang == v.lang && off >= t.Start && off < t.End {
			return an
		}
		if c := an.Counterpart; c != nil && c.Pair == v.pair && c.Lang == v.lang && off >= c.Start && off < c.End && counterpart == nil {
			counterpart = an
		}
	}
	return counterpart
}

// setMode switches the layout and remembers it.
func (r *reader) setMode(m layoutMode) {
	r.mode, r.page.mode = m, m
	r.bar.hide()
	r.page.Refresh()
	r.u.prefs().SetInt(prefLayout, int(m))
	if r.onMode != nil {
		r.onMode(m)
	}
	r.u.writeProbe()
}

// zoom changes the text size by step (a fraction) and remembers it.
func (r *reader) zoom(step float32) {
	r.scale = min(2.2, max(0.7, r.scale+step))
	r.bar.hide()
	r.page.Refresh()
	r.u.prefs().SetFloat(prefScale, float64(r.scale))
	r.u.writeProbe()
}

// scrollToPair brings a pair to the top of the view.
func (r *reader) scrollToPair(i int) {
	if i < 0 || i >= len(r.page.rowTops) {
		return
	}
	r.scrollTo(r.page.rowTops[i] - rowGap)
}

func (r *reader) scrollTo(y float32) {
	maxY := r.page.Size().Height - r.scroll.Size().Height
	r.scroll.Offset.Y = max(0, min(y, maxY))
	r.scroll.Refresh()
	r.u.writeProbe()
}

// reveal scrolls, if need be, so that a span of a paragraph is in view.
func (r *reader) reveal(v *textView, span article.Span) {
	rects := v.rangeRects(span)
	if len(rects) == 0 {
		return
	}
	top := v.Position().Y + rects[0][0].Y
	bottom := v.Position().Y + rects[len(rects)-1][1].Y
	view := r.scroll.Size().Height
	switch {
	case bottom > r.scroll.Offset.Y+view:
		r.scrollTo(min(top, bottom-view+rowGap))
	case top < r.scroll.Offset.Y:
		r.scrollTo(top - rowGap)
	}
}

// topPair is the pair at the top of the view.
func (r *reader) topPair() int {
	y := r.scroll.Offset.Y + rowGap
	for i, top := range r.page.rowTops {
		if top > y {
			return max(0, i-1)
		}
	}
	return len(r.page.rowTops) - 1
}

// jumpTo scrolls to a highlight and flashes it; n and p go on from there.
func (r *reader) jumpTo(an *annotation.Annotation) {
	if an.Orphan || an.Target.Pair >= len(r.page.rows) {
		return
	}
	r.cursor = r.indexOf(an)
	v := r.page.rows[an.Target.Pair].view(an.Target.Lang)
	if v.Hidden {
		r.setMode(sideBySide)
	}
	y := v.Position().Y
	if rects := v.rangeRects(article.Span{Start: an.Target.Start, End: an.Target.End}); len(rects) > 0 {
		y += rects[0][0].Y
	}
	r.scrollTo(y - r.scroll.Size().Height/3)
	r.flashHighlight(an)
}

// jumpToText scrolls to the first place text occurs in a paragraph (a
// search hit) and flashes it; without it, to the paragraph. The query's
// hits, marked, go on from there with n and N.
func (r *reader) jumpToText(pair int, lang article.Lang, text string) {
	if pair < 0 || pair >= len(r.page.rows) {
		return
	}
	v := r.page.rows[pair].view(lang)
	if v.Hidden {
		r.setMode(sideBySide)
	}
	span := article.Span{Start: -1}
	if i := strings.Index(string(v.runes), text); text != "" && i >= 0 {
		start := utf8.RuneCountInString(string(v.runes)[:i])
		span = article.Span{Start: start, End: start + utf8.RuneCountInString(text)}
	}
	r.found.near = queryHit{pair: pair, lang: lang, span: span}
	if r.found.hits != nil {
		r.goNear()
		r.refreshAllMarks()
	}
	if span.Start < 0 {
		r.scrollToPair(pair)
		return
	}
	r.showSpan(v, span)
}

// showSpan scrolls a span of a paragraph to the upper third of the view
// and flashes it.
func (r *reader) showSpan(v *textView, span article.Span) {
	y := v.Position().Y
	if rects := v.rangeRects(span); len(rects) > 0 {
		y += rects[0][0].Y
	}
	r.scrollTo(y - r.scroll.Size().Height/3)
	r.flashSpan(v, span)
}

// flashSpan makes a span of text blink twice.
func (r *reader) flashSpan(v *textView, span article.Span) {
	base := r.marksFor(v.pair, v.lang)
	lit := append(append([]textMark(nil), base...), textMark{Span: span, fill: r.u.color(colorFlash)})
	anim := fyne.NewAnimation(900*time.Millisecond, func(f float32) {
		if f < 0.25 || f >= 0.5 && f < 0.75 {
			v.setMarks(lit)
		} else {
			v.setMarks(r.marksFor(v.pair, v.lang))
		}
	})
	anim.Curve = fyne.AnimationLinear
	anim.Start()
}

// flashHighlight makes a highlight blink twice so the eye finds it.
func (r *reader) flashHighlight(an *annotation.Annotation) {
	pair := an.Target.Pair
	anim := fyne.NewAnimation(900*time.Millisecond, func(f float32) {
		on := f < 0.25 || f >= 0.5 && f < 0.75
		if on == (r.flash == an) {
			return
		}
		if on {
			r.flash = an
		} else {
			r.flash = nil
		}
		r.refreshMarks(pair)
	})
	anim.Curve = fyne.AnimationLinear
	anim.Start()
}

// textHost: what the mouse does in the text.

func (r *reader) pressed(*textView) {
	r.closeHover()
	r.u.win.Canvas().Focus(r.page)
}

func (r *reader) selecting(v *textView, sel article.Span, done bool) {
	if r.sel.view != nil && r.sel.view != v {
		r.sel.view.setSelection(noSpan)
	}
	wasEditing := r.editing != nil
	if wasEditing {
		old := r.editing
		r.editing = nil
		r.refreshAnnotation(old)
	}
	r.sel = selection{view: v, span: sel}
	switch {
	case done && r.sel.ok():
		r.bar.showForSelection()
	case !r.sel.ok() || wasEditing:
		r.bar.hide()
	}
}

func (r *reader) tapped(v *textView, off int) {
	if r.finishLink(v, off) {
		return
	}
	r.clearSelection()
	if an := r.annotationAt(v, off); an != nil {
		r.edit(an)
		return
	}
	r.stopEditing()
	ref := r.sentenceAt(v, off)
	old := r.pinned
	if ref == r.pinned {
		ref = noSentence // a second click lets go
	}
	r.pinned = ref
	r.refreshMarks(old.pair)
	r.refreshMarks(ref.pair)
}

func (r *reader) hovered(v *textView, off int) {
	r.pointerAt(v, off)
	ref := r.sentenceAt(v, off)
	if ref == r.hover {
		return
	}
	old := r.hover
	r.hover = ref
	r.u.writeProbe()
	if ref.index >= 0 && len(r.candidate(ref)) > 0 {
		r.u.status.say(figureHint()) // what the underlines are
	}
	if old.index >= 0 {
		r.refreshMarks(old.pair)
	}
	if ref.index >= 0 && (old.index < 0 || ref.pair != old.pair) {
		r.refreshMarks(ref.pair)
	}
}

// pointerLeft puts out the sentence lit under the pointer when the pointer
// leaves the window, which the text views are not told.
func (r *reader) pointerLeft() { r.hovered(nil, -1) }

// edit selects a highlight for changing: the action bar shows its colour,
// tags, note, claim, counterpart and delete.
func (r *reader) edit(an *annotation.Annotation) {
	old := r.editing
	r.editing = an
	if old != nil && old != an {
		r.refreshAnnotation(old)
	}
	r.refreshAnnotation(an)
	r.bar.showForAnnotation(an)
}

func (r *reader) stopEditing() {
	if r.editing == nil {
		return
	}
	old := r.editing
	r.editing = nil
	r.refreshAnnotation(old)
	r.bar.hide()
}

// letGo clears the selection and lets go of the highlight being edited:
// a click beside the text, or the reader leaving the screen for another
// tab.
func (r *reader) letGo() {
	r.clearSelection()
	r.stopEditing()
}

func (r *reader) clearSelection() {
	if r.sel.view != nil {
		r.sel.view.setSelection(noSpan)
	}
	r.sel = selection{}
	r.bar.hide()
}

// refreshAnnotation redraws the pairs a highlight touches.
func (r *reader) refreshAnnotation(an *annotation.Annotation) {
	r.refreshMarks(an.Target.Pair)
	if c := an.Counterpart; c != nil && c.Pair != an.Target.Pair {
		r.refreshMarks(c.Pair)
	}
}

// themeChanged redraws the fills in the colours of the new theme.
func (r *reader) themeChanged() {
	for i := range r.page.rows {
		r.refreshMarks(i)
	}
	r.page.Refresh()
}

func (r *reader) tappedSecondary(v *textView, off int, at fyne.Position) {
	r.alignMenu(v, off, at)
}

var _ textHost = (*reader)(nil)
