package app

import (
	"context"
	"errors"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
	"tandem/index"
)

// searchView is the search over the whole archive: a field always at the
// top of the window (Ctrl+K), results as you type — grouped by article,
// snippets in both languages with the matches marked, matching highlights
// and notes — and facet chips that add a filter. A malformed query shows
// what is wrong at the top of the Search tab. Enter opens the first result, the arrow
// keys move through them.
type searchView struct {
	u       *ui
	field   *searchEntry
	problem *widget.Label
	also    *fyne.Container // what the query's ~terms also match: a row of removable chips each
	// translate reads every word of the query as a ~word (the 文A switch
	// at the field's end, Ctrl+Shift+K); it is remembered between runs.
	translate bool
	toggle    *hintButton
	// without are the translations the reader took away, by ~term, for
	// the query withoutFor; a new query forgets them.
	without    map[string][]string
	withoutFor string
	facets     *fyne.Container
	results    *fyne.Container
	scroll     *container.Scroll
	summary    *widget.Label
	hits       []index.Hit
	cards      []*resultCard
	chosen     int
	root       fyne.CanvasObject // the Search tab
	bar        fyne.CanvasObject // the field, above the tabs

	pause  time.Duration // how long typing must pause before a search
	timer  *time.Timer
	cancel context.CancelFunc
	seq    int // the newest search asked for; older answers are dropped

	shownQuery string             // the query whose results are on screen, for the probe
	shownParse index.ParseOptions // how it was read
	shownAlso  []index.Expansion  // its expansions, as the chips show them
	chips      []*widget.Button   // the chips under the field, for the probe
}

func newSearchView(u *ui) *searchView {
	s := &searchView{u: u, problem: widget.NewLabel(""), also: container.NewVBox(), summary: widget.NewLabel(""), pause: 180 * time.Millisecond, chosen: -1}
	s.field = newSearchEntry(s)
	s.field.SetPlaceHolder(lang.L("Search both languages, highlights and notes — tag:forecast source:FT after:2026-01-01 \"不具约束力\"   (Ctrl+K)"))
	s.field.OnChanged = func(q string) {
		if strings.TrimSpace(q) != u.reader.found.query {
			u.reader.markQuery("") // the marks last until the query changes
		}
		s.later()
	}
	s.field.OnSubmitted = func(string) { s.open(max(s.chosen, 0)) }
	s.problem.Importance = widget.DangerImportance
	s.problem.Wrapping = fyne.TextWrapWord
	s.problem.Hide()
	s.also.Hide()
	s.facets = container.NewHBox()
	s.results = container.New(&afterLayout{inner: layout.NewVBoxLayout(), then: s.cull})
	s.scroll = container.NewVScroll(s.results)
	s.scroll.OnScrolled = func(fyne.Position) { s.cull() }
	s.summary.TextStyle.Italic = true
	// The query's problem shows at the top of the Search tab, which typing
	// brings forward, so the window never moves while the user types.
	// Cards are drawn or not as the list moves, changes or is resized.
	view := container.New(&afterLayout{inner: layout.NewStackLayout(), then: s.cull}, s.scroll)
	s.root = container.NewBorder(container.NewVBox(s.problem, s.also, s.summary, container.NewHScroll(s.facets)), nil, nil, nil, view)
	s.translate = u.prefs().Bool(prefSearchTranslate)
	s.toggle = newHintButton(lang.L("文A"), s.toggleTranslate, func() string {
		if s.translate {
			return lang.L("Search in both languages is on: every word also matches its translations, as ~word does. Ctrl+Shift+K turns it off.")
		}
		return lang.L("Search in both languages is off. Ctrl+Shift+K (or a click here) makes every word also match its translations, as ~word does.")
	}, u.status.say)
	s.showToggle()
	s.bar = container.NewBorder(nil, nil, nil, s.toggle, s.field)
	return s
}

// focus puts the cursor in the field and shows the Search tab (Ctrl+K).
func (s *searchView) focus() {
	s.u.tabs.Select(s.u.searchTab)
	s.u.win.Canvas().Focus(s.field)
}

// later searches once typing pauses, in the background; a newer keystroke
// cancels a search still running.
func (s *searchView) later() {
	if s.timer != nil {
		s.timer.Stop()
	}
	if s.pause == 0 {
		s.run()
		return
	}
	s.timer = time.AfterFunc(s.pause, func() { fyne.Do(s.run) })
}

func (s *searchView) run() {
	s.query()
	if s.u.tabs.Selected() != s.u.searchTab {
		s.u.tabs.Select(s.u.searchTab)
	}
}

// query runs the search in the field and shows its results when they come,
// whichever tab is up.
func (s *searchView) query() {
	q := strings.TrimSpace(s.field.Text)
	if q != s.withoutFor {
		s.without, s.withoutFor = nil, q // removed translations last as long as their query
	}
	if s.cancel != nil {
		s.cancel()
	}
	s.seq++
	seq := s.seq
	if q == "" {
		s.shownQuery, s.shownParse = "", index.ParseOptions{}
		s.show(nil, nil)
		s.u.writeProbeSoon()
		return
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel = cancel
	parse := s.parseOptions()
	opts := index.SearchOptions{Limit: 50, Facets: true, ClaimTypes: append([]string(nil), s.u.vocab...), Parse: parse}
	s.u.session.background(func() func() {
		res, err := s.u.lib.Search(ctx, q, opts)
		return func() {
			if seq != s.seq {
				return // a newer search is on its way
			}
			s.shownQuery, s.shownParse = q, parse
			s.show(res, err)
			s.u.writeProbeSoon() // a benchmark waits on it
		}
	})
}

// show replaces the results (or shows why there are none).
func (s *searchView) show(res *index.Results, err error) {
	s.problem.Hide()
	s.also.Hide()
	s.also.RemoveAll()
	s.shownAlso, s.chips = nil, nil
	s.results.RemoveAll()
	s.facets.RemoveAll()
	s.hits, s.cards, s.chosen = nil, nil, -1
	switch {
	case errors.Is(err, context.Canceled):
		return
	case errors.Is(err, index.ErrQuery):
		s.problem.SetText(err.Error())
		s.problem.Show()
		s.summary.SetText("")
		return
	case err != nil:
		s.summary.SetText(fmt.Sprintf(lang.L("Search is not available: %s"), err))
		return
	case res == nil:
		s.summary.SetText(lang.L("Type to search the whole library in both languages."))
		return
	}
	s.hits = res.Hits
	s.showAlso(res.Expansions)
	matches := fmt.Sprintf(lang.L("%d matches"), res.Total)
	if res.Total == 1 {
		matches = lang.L("1 match")
	}
	s.summary.SetText(fmt.Sprintf(lang.L("%s; %s shown (%.0f ms)"), matches, plural(len(res.Hits), "article"), res.TookMS))
	for i, h := range res.Hits {
		c := newResultCard(s, i, h)
		s.cards = append(s.cards, c)
		s.results.Add(c)
	}
	s.addFacets(res.Facets)
	s.scroll.ScrollToTop()
	s.cull()
}

// parseOptions are the switches the search is read with: the 文A toggle
// and the translations removed.
func (s *searchView) parseOptions() index.ParseOptions {
	o := index.ParseOptions{TranslateAll: s.translate}
	if len(s.without) > 0 {
		o.Without = map[string][]string{}
		for term, ws := range s.without {
			o.Without[term] = append([]string(nil), ws...)
		}
	}
	return o
}

// toggleTranslate turns the 文A switch on or off, remembers it, and
// searches again (Ctrl+Shift+K).
func (s *searchView) toggleTranslate() {
	s.translate = !s.translate
	s.u.prefs().SetBool(prefSearchTranslate, s.translate)
	s.showToggle()
	if strings.TrimSpace(s.field.Text) != "" {
		s.run()
	}
	s.u.writeProbe()
}

// hintButton is a button that says on the status line what it does while
// the pointer is on it: Fyne has no tooltips.
type hintButton struct {
	widget.Button
	hint func() string
	say  func(string)
}

func newHintButton(label string, tapped func(), hint func() string, say func(string)) *hintButton {
	b := &hintButton{hint: hint, say: say}
	b.Text, b.OnTapped = label, tapped
	b.ExtendBaseWidget(b)
	return b
}

// MouseIn says what the button does.
func (b *hintButton) MouseIn(ev *desktop.MouseEvent) {
	b.Button.MouseIn(ev)
	b.say(b.hint())
}

// Tapped runs the button and says what it now does.
func (b *hintButton) Tapped(ev *fyne.PointEvent) {
	b.Button.Tapped(ev)
	b.say(b.hint())
}

// showToggle draws the switch lit when it is on.
func (s *searchView) showToggle() {
	if s.translate {
		s.toggle.Importance = widget.HighImportance
		s.toggle.SetIcon(theme.ConfirmIcon())
	} else {
		s.toggle.Importance = widget.LowImportance
		s.toggle.SetIcon(nil)
	}
	s.toggle.Refresh()
}

// showAlso shows what the query's ~terms also matched, a row a term:
// "~投资 also: [investment ×] [invest ×]". A chip's × searches again
// without that translation; "Restore" brings the removed ones back.
func (s *searchView) showAlso(exps []index.Expansion) {
	s.shownAlso = exps
	for _, e := range exps {
		row := container.NewHBox()
		head := widget.NewLabelWithStyle(fmt.Sprintf(lang.L("~%s also:"), index.QuoteTerm(e.Term)), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})
		row.Add(head)
		if len(e.Also) == 0 && len(e.Dropped) == 0 {
			head.SetText(fmt.Sprintf(lang.L("~%s also: nothing — the dictionary does not know it"), index.QuoteTerm(e.Term)))
		}
		for _, a := range e.Also {
			term, word := e.Term, a
			chip := widget.NewButtonWithIcon(a, theme.CancelIcon(), func() { s.drop(term, word) })
			chip.IconPlacement = widget.ButtonIconTrailingText
			chip.Importance = widget.LowImportance
			row.Add(chip)
			s.chips = append(s.chips, chip)
		}
		if len(e.Dropped) > 0 {
			term := e.Term
			restore := widget.NewButtonWithIcon(fmt.Sprintf(lang.L("Restore %d removed"), len(e.Dropped)), theme.ContentUndoIcon(), func() { s.restore(term) })
			restore.Importance = widget.LowImportance
			row.Add(restore)
			s.chips = append(s.chips, restore)
		}
		s.also.Add(container.NewHScroll(row))
	}
	if len(exps) > 0 {
		s.also.Show()
	}
}

// drop searches again without one translation of a ~term.
func (s *searchView) drop(term, word string) {
	if s.without == nil {
		s.without = map[string][]string{}
	}
	if !slices.Contains(s.without[term], word) {
		s.without[term] = append(s.without[term], word)
	}
	s.withoutFor = strings.TrimSpace(s.field.Text)
	s.run()
}

// restore searches again with every translation of a ~term.
func (s *searchView) restore(term string) {
	delete(s.without, term)
	s.run()
}

// addFacets shows chips for tags, sources and claim types, most common
// first; a click adds the filter to the query.
func (s *searchView) addFacets(f *index.Facets) {
	if f == nil {
		return
	}
	claims := map[string]bool{}
	for _, group := range []struct {
		label, filter string
		counts        map[string]int
	}{{"claim", "tag", f.Claim}, {"tag", "tag", f.Tags}, {"source", "source", f.Source}} {
		for _, name := range topKeys(group.counts, 8) {
			if group.label == "tag" && claims[name] {
				continue // already offered as a claim type
			}
			claims[name] = claims[name] || group.label == "claim"
			filter := group.filter + ":" + quoteFilter(name)
			chip := widget.NewButton(fmt.Sprintf("%s:%s (%d)", group.label, name, group.counts[name]), func() { s.addFilter(filter) })
			chip.Importance = widget.LowImportance
			s.facets.Add(chip)
		}
	}
}

func topKeys(m map[string]int, n int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	return keys[:min(n, len(keys))]
}

func quoteFilter(v string) string {
	if strings.ContainsAny(v, " \t\"") {
		return `"` + strings.ReplaceAll(v, `"`, "") + `"`
	}
	return v
}

// addFilter appends a filter to the query (once) and searches again.
func (s *searchView) addFilter(f string) {
	q := strings.TrimSpace(s.field.Text)
	if strings.Contains(" "+q+" ", " "+f+" ") {
		return
	}
	s.field.SetText(strings.TrimSpace(q + " " + f))
	s.run()
}

// move changes the chosen result by d (arrow keys).
func (s *searchView) move(d int) {
	if len(s.cards) == 0 {
		return
	}
	if s.chosen >= 0 {
		s.cards[s.chosen].setChosen(false)
	}
	s.chosen = max(0, min(len(s.cards)-1, s.chosen+d))
	c := s.cards[s.chosen]
	c.setChosen(true)
	s.scroll.Offset.Y = max(0, c.Position().Y-20)
	s.scroll.Refresh()
	s.cull()
}

// cull draws only the result cards in the visible part of the list. Fyne
// draws every object in a scroll, seen or not, and each new line of text
// costs a texture: 50 cards of Chinese snippets took seconds to draw, two
// or three of which were on screen. A card scrolled into view is drawn in
// the frame that shows it, as it would be if it had been drawn before.
func (s *searchView) cull() {
	top := s.scroll.Offset.Y
	bottom := top + s.scroll.Size().Height
	for _, c := range s.cards {
		y := c.Position().Y
		c.draw(y+c.Size().Height >= top && y <= bottom)
	}
}

// afterLayout is a layout that calls then after each layout it does.
type afterLayout struct {
	inner fyne.Layout
	then  func()
}

// Layout lays the objects out, then calls then.
func (l *afterLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.inner.Layout(objects, size)
	l.then()
}

// MinSize is the inner layout's.
func (l *afterLayout) MinSize(objects []fyne.CanvasObject) fyne.Size { return l.inner.MinSize(objects) }

// open opens result i at its first hit: the highlight it matched, or the
// paragraph, flashed. Every place the query stands in the article is
// marked, and the text takes the keyboard, so that n and N step through
// them.
func (s *searchView) open(i int) {
	if i < 0 || i >= len(s.hits) {
		return
	}
	h := s.hits[i]
	defer s.u.win.Canvas().Focus(s.u.reader.page)
	s.u.reader.markQuery(s.shownQuery)
	for _, an := range h.Annotations {
		if !an.Orphan {
			s.u.openAt(h.ID, an.ID)
			return
		}
	}
	if len(h.Snippets) > 0 {
		sn := h.Snippets[0]
		s.u.openAtText(h.ID, sn.Pair, sn.Lang, firstMark(sn.Text))
		return
	}
	s.u.openAt(h.ID, "")
}

// firstMark returns the first marked text of a snippet.
func firstMark(parts []index.SnippetPart) string {
	for _, p := range parts {
		if p.Mark {
			return p.Text
		}
	}
	return ""
}

// searchEntry is the search field: an entry that also passes the arrow
// keys to the results.
type searchEntry struct {
	widget.Entry
	s *searchView
}

func newSearchEntry(s *searchView) *searchEntry {
	e := &searchEntry{s: s}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey moves through the results with the arrow keys and clears the
// field with Esc; other keys edit the text.
func (e *searchEntry) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyDown:
		e.s.move(1)
	case fyne.KeyUp:
		e.s.move(-1)
	case fyne.KeyEscape:
		e.SetText("")
	default:
		e.Entry.TypedKey(ev)
	}
}

// TypedShortcut turns the 文A switch with Ctrl+Shift+K while the field has
// the keyboard; other shortcuts go to the entry.
func (e *searchEntry) TypedShortcut(sc fyne.Shortcut) {
	if c, ok := sc.(*desktop.CustomShortcut); ok && c.ShortcutName() == shortcutTranslate.ShortcutName() {
		e.s.toggleTranslate()
		return
	}
	e.Entry.TypedShortcut(sc)
}

// resultCard is one article of the results: title, date and source, the
// snippets with their aligned text, and the matching highlights.
type resultCard struct {
	widget.BaseWidget
	s    *searchView
	i    int
	body *fyne.Container // the card's text with its padding; hidden while off screen
	bg   *canvas.Rectangle
}

func newResultCard(s *searchView, i int, h index.Hit) *resultCard {
	c := &resultCard{s: s, i: i, bg: canvas.NewRectangle(theme.Color(theme.ColorNameSelection))}
	c.bg.CornerRadius = 6
	c.bg.Hide()
	title := widget.NewLabel(h.Title)
	title.TextStyle.Bold = true
	title.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel(strings.Join(nonEmpty(h.Date, h.Source, h.ID), " · "))
	meta.SizeName = theme.SizeNameCaptionText
	box := container.New(&tightVBox{}, title, meta)
	for _, sn := range h.Snippets {
		box.Add(s.snippetText(snippetLabel(sn), sn.Text, false, c.open))
		if len(sn.Aligned) > 0 {
			box.Add(s.snippetText("", sn.Aligned, true, c.open))
		}
	}
	for _, an := range h.Annotations {
		box.Add(annotationText(an))
	}
	c.body = container.NewPadded(box)
	c.ExtendBaseWidget(c)
	return c
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

func snippetLabel(sn index.Snippet) string {
	side := "中"
	if sn.Lang == "en" {
		side = "EN"
	}
	switch sn.Field {
	case "note":
		return fmt.Sprintf(lang.L("¶%d note · "), sn.Pair+1)
	case "quote", "counterpart":
		return fmt.Sprintf(lang.L("¶%d %s highlight · "), sn.Pair+1, side)
	}
	return fmt.Sprintf("¶%d %s · ", sn.Pair+1, side)
}

// annotationText is a matching highlight in a result: its quote, tags and
// note, the note's Markdown rendered.
func annotationText(an index.AnnotationHit) *widget.RichText {
	line := "“" + oneLine(an.Quote) + "”"
	if len(an.Tags) > 0 {
		line += "  #" + strings.Join(an.Tags, " #")
	}
	rt := markedText("★ ", []index.SnippetPart{{Text: line}}, true)
	if an.Note != "" {
		dim := widget.RichTextStyleInline
		dim.ColorName = theme.ColorNamePlaceHolder
		rt.Segments = append(rt.Segments, &widget.TextSegment{Text: " — ", Style: dim})
		rt.Segments = append(rt.Segments, inlineMarkdown(an.Note, dim)...)
		rt.Refresh()
	}
	return rt
}

// snippetText shows a snippet's parts the way the reader shows text:
// wrapped by Unicode line breaking, so that a marked word never breaks
// apart and no space is added around it, with the matches on the fill the
// reader gives them. Dim text is the aligned paragraph of the other
// language. A click on it opens the result, as anywhere on the card.
func (s *searchView) snippetText(prefix string, parts []index.SnippetPart, dim bool, open func()) fyne.CanvasObject {
	var b strings.Builder
	var marks []textMark
	b.WriteString(prefix)
	at := utf8.RuneCountInString(prefix)
	for _, p := range parts {
		n := utf8.RuneCountInString(p.Text)
		if p.Mark {
			marks = append(marks, textMark{Span: article.Span{Start: at, End: at + n}, fill: s.u.color(colorHit)})
		}
		b.WriteString(p.Text)
		at += n
	}
	v := newTextView(b.String(), fyne.TextStyle{}, func() float32 { return 0.95 })
	v.dim, v.marks, v.tap = dim, marks, open
	return container.NewPadded(v)
}

// markedText renders a snippet's parts as rich text with the matches bold
// and coloured; dim text is the aligned paragraph of the other language.
func markedText(prefix string, parts []index.SnippetPart, dim bool) *widget.RichText {
	plain := widget.RichTextStyleInline
	if dim {
		plain.ColorName = theme.ColorNamePlaceHolder
	}
	mark := widget.RichTextStyleStrong
	mark.ColorName = theme.ColorNamePrimary
	var segs []widget.RichTextSegment
	if prefix != "" {
		p := plain
		p.SizeName = theme.SizeNameCaptionText
		segs = append(segs, &widget.TextSegment{Text: prefix, Style: p})
	}
	for _, p := range parts {
		style := plain
		if p.Mark {
			style = mark
		}
		segs = append(segs, &widget.TextSegment{Text: p.Text, Style: style})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

func (c *resultCard) setChosen(on bool) {
	c.bg.Hidden = !on
	c.bg.Refresh()
}

// Tapped opens the result.
func (c *resultCard) Tapped(*fyne.PointEvent) { c.open() }

func (c *resultCard) open() { c.s.open(c.i) }

// Cursor shows a hand over a result.
func (c *resultCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// draw shows or hides the card's text; a hidden card keeps its size.
func (c *resultCard) draw(on bool) {
	if c.body.Hidden == !on {
		return
	}
	if on {
		c.body.Show()
	} else {
		c.body.Hide()
	}
}

// CreateRenderer is part of fyne.Widget.
func (c *resultCard) CreateRenderer() fyne.WidgetRenderer {
	return &cardRenderer{c: c, objs: []fyne.CanvasObject{c.bg, c.body}}
}

// cardRenderer sizes a card by its content whether the content is drawn or
// not, so that hiding it off screen moves nothing.
type cardRenderer struct {
	c    *resultCard
	objs []fyne.CanvasObject
}

func (r *cardRenderer) Layout(size fyne.Size) {
	r.c.bg.Resize(size)
	r.c.body.Resize(size)
}

func (r *cardRenderer) MinSize() fyne.Size           { return r.c.body.MinSize() }
func (r *cardRenderer) Refresh()                     { r.c.bg.Refresh() }
func (r *cardRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *cardRenderer) Destroy()                     {}
