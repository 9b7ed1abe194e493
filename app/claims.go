package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/export"
	"tandem/library"
)

// claimsView is every claim in the archive — each annotation tagged with a
// claim type — as a table sorted by any column and filtered by type, tag,
// source and date. A double click opens the article at the claim; the rows
// shown export to CSV and Markdown.
type claimsView struct {
	u      *ui
	all    []claimRow
	shown  []*claimRow // the rows of all that the filters keep, in order
	table  *widget.Table
	kind   *widget.Select
	source *widget.Select
	tag    *widget.Entry
	after  *widget.Entry
	before *widget.Entry
	count  *widget.Label
	detail *widget.RichText // the claim clicked, whole
	sortBy int
	desc   bool
	root   fyne.CanvasObject

	lastTap   time.Time
	lastRow   int
	selecting bool
}

// claimRow is one claim with what the table shows of it.
type claimRow struct {
	an                  *annotation.Annotation
	date, title, source string
	kinds, tags         string
	keys                []string // the TagKey of each tag, for the filters
}

var claimColumns = []string{translatable("Date"), translatable("Article"), translatable("Claim type"), translatable("Chinese"), translatable("English"), translatable("Tags"), translatable("Note")}

// anyChoice is the filter choice that filters nothing.
var anyChoice = translatable("All")

func newClaimsView(u *ui) *claimsView {
	c := &claimsView{u: u, count: widget.NewLabel(""), sortBy: 0, desc: true, lastRow: -1}
	c.kind = widget.NewSelect(nil, func(string) { c.apply() })
	c.source = widget.NewSelect(nil, func(string) { c.apply() })
	c.tag, c.after, c.before = widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	c.tag.SetPlaceHolder(lang.L("tag"))
	c.after.SetPlaceHolder(lang.L("after YYYY-MM-DD"))
	c.before.SetPlaceHolder(lang.L("before YYYY-MM-DD"))
	for _, e := range []*widget.Entry{c.tag, c.after, c.before} {
		e.OnChanged = func(string) { c.apply() }
	}
	c.table = widget.NewTableWithHeaders(
		func() (int, int) { return len(c.shown), len(claimColumns) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(c.cell(id)) })
	c.table.ShowHeaderColumn = false
	c.table.CreateHeader = func() fyne.CanvasObject { return widget.NewButton("", nil) }
	c.table.UpdateHeader = c.updateHeader
	for i, w := range []float32{96, 220, 110, 240, 280, 140, 220} {
		c.table.SetColumnWidth(i, w)
	}
	c.table.OnSelected = c.selected
	export := func(format string) func() { return func() { c.export(format) } }
	bar := container.NewHBox(widget.NewLabel(lang.L("Type")), c.kind, widget.NewLabel(lang.L("Source")), c.source,
		container.NewGridWrap(fyne.NewSize(120, c.tag.MinSize().Height), c.tag),
		container.NewGridWrap(fyne.NewSize(160, c.tag.MinSize().Height), c.after),
		container.NewGridWrap(fyne.NewSize(160, c.tag.MinSize().Height), c.before))
	tools := container.NewHBox(c.count, widget.NewButton(lang.L("Export CSV…"), export("csv")), widget.NewButton(lang.L("Export Markdown…"), export("md")))
	c.detail = widget.NewRichText()
	c.detail.Wrapping = fyne.TextWrapWord
	c.showDetail(nil)
	split := container.NewVSplit(c.table, container.NewVScroll(c.detail))
	split.Offset = 0.62
	// The filters scroll sideways in a narrow window rather than widen it.
	c.root = container.NewBorder(container.NewVBox(container.NewHScroll(bar), container.NewHScroll(tools)), nil, nil, nil, split)
	return c
}

// showDetail shows a claim whole under the table: where it is from, both
// quotes, its tags and its note rendered — what the table's cells cut.
func (c *claimsView) showDetail(r *claimRow) {
	if r == nil {
		c.detail.ParseMarkdown(lang.L("*Click a claim to read it whole here; a double click opens the article at it.*"))
		return
	}
	strong := widget.RichTextStyleStrong
	line := func(label, text string) []widget.RichTextSegment {
		return []widget.RichTextSegment{&widget.TextSegment{Text: label, Style: strong}, &widget.TextSegment{Text: text, Style: widget.RichTextStyleParagraph}}
	}
	segs := []widget.RichTextSegment{
		&widget.TextSegment{Text: r.title, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: strings.Join(nonEmpty(r.date, r.source, r.kinds), " · "), Style: widget.RichTextStyleParagraph},
	}
	zh, en := quotes(r.an)
	segs = append(segs, line("中文  ", zh)...)
	segs = append(segs, line("English  ", en)...)
	if r.tags != "" {
		segs = append(segs, line("Tags  ", r.tags)...)
	}
	if r.an.Note != "" {
		segs = append(segs, &widget.TextSegment{Text: lang.L("Note"), Style: strong}, &widget.TextSegment{Style: widget.RichTextStyleParagraph})
		segs = append(segs, widget.NewRichTextFromMarkdown(r.an.Note).Segments...)
	}
	c.detail.Segments = segs
	c.detail.Refresh()
}

// load reads every claim in the background and shows them.
func (c *claimsView) load() {
	u := c.u
	vocab := append([]string(nil), u.vocab...)
	u.session.background(func() func() {
		rows, err := claimRows(u.lib, vocab)
		return func() {
			if err != nil {
				u.showError(lang.L("The claims could not be read"), err)
				return
			}
			c.all = rows
			c.fillChoices(vocab)
			c.apply()
		}
	})
}

// claimRows gathers the claims of the whole library with their articles'
// date, title and source, from the library's catalog: a row's annotation
// holds what the table shows, not the whole annotation (see
// library.Tagged).
func claimRows(lib *library.Library, vocab []string) ([]claimRow, error) {
	list, err := lib.List()
	if err != nil {
		return nil, err
	}
	anns, err := lib.Tagged()
	if err != nil {
		return nil, err
	}
	return makeClaimRows(list, anns, vocab), nil
}

// makeClaimRows makes the rows of the annotations that carry a claim type.
// Each spelling of a tag is keyed once (annotation.TagKey is slow beside
// 100,000 highlights).
func makeClaimRows(list []library.Summary, anns []*annotation.Annotation, vocab []string) []claimRow {
	meta := summariesInOrder{list: list}
	claim := map[string]bool{} // by TagKey
	for _, v := range vocab {
		claim[annotation.TagKey(v)] = true
	}
	keys := map[string]string{} // TagKey by spelling
	rows := make([]claimRow, 0, len(anns))
	for _, an := range anns {
		var kinds, tagKeys []string
		for _, t := range an.Tags {
			k, ok := keys[t]
			if !ok {
				k = annotation.TagKey(t)
				keys[t] = k
			}
			tagKeys = append(tagKeys, k)
			if claim[k] {
				kinds = append(kinds, t)
			}
		}
		if len(kinds) == 0 {
			continue
		}
		row := claimRow{an: an, kinds: strings.Join(kinds, ", "), tags: strings.Join(an.Tags, ", "), keys: tagKeys}
		if s := meta.find(an.Article); s != nil {
			row.date, row.title, row.source = s.Date, s.Title, s.Source
		}
		rows = append(rows, row)
	}
	return rows
}

// summariesInOrder finds the summaries of the articles of annotations that
// come, as the catalog gives them, in the list's order: each is the one
// found last or one of the few after it, so a pass over 100k annotations
// follows the list instead of looking each up at random in a map, which
// took a quarter of the Claims tab's opening. An annotation further on,
// or out of that order, is found by a map, built on the first of them,
// and the pass goes on from there.
type summariesInOrder struct {
	list []library.Summary
	next int
	at   map[string]int
}

// lookAhead is how many summaries find tries after the last one found
// before it asks the map.
const lookAhead = 16

func (m *summariesInOrder) find(id string) *library.Summary {
	from := max(m.next-1, 0)
	for i := from; i < len(m.list) && i < from+lookAhead; i++ {
		if m.list[i].ID == id {
			m.next = i + 1
			return &m.list[i]
		}
	}
	if m.at == nil {
		m.at = make(map[string]int, len(m.list))
		for i := range m.list {
			m.at[m.list[i].ID] = i
		}
	}
	i, ok := m.at[id]
	if !ok {
		return nil
	}
	m.next = i + 1
	return &m.list[i]
}

// quotes returns a highlight's Chinese and English text: its own span in
// one language, its counterpart in the other.
func quotes(an *annotation.Annotation) (zh, en string) {
	own, other := oneLine(an.Target.Exact), ""
	if an.Counterpart != nil {
		other = oneLine(an.Counterpart.Exact)
	}
	if an.Target.Lang == article.ZH {
		return own, other
	}
	return other, own
}

func (c *claimsView) fillChoices(vocab []string) {
	c.kind.Options = append([]string{anyChoice}, vocab...)
	seen := map[string]bool{}
	sources := []string{anyChoice}
	for _, r := range c.all {
		if r.source != "" && !seen[r.source] {
			seen[r.source] = true
			sources = append(sources, r.source)
		}
	}
	sort.Strings(sources[1:])
	c.source.Options = sources
	for _, s := range []*widget.Select{c.kind, c.source} {
		if s.Selected == "" {
			s.Selected = anyChoice
		}
		s.Refresh()
	}
}

// apply filters and sorts the rows and redraws the table.
func (c *claimsView) apply() {
	c.shown = c.shown[:0]
	var kind, tag string // as TagKeys: "" keeps every row
	if k := c.kind.Selected; k != "" && k != anyChoice {
		kind = annotation.TagKey(k)
	}
	if t := strings.TrimSpace(c.tag.Text); t != "" {
		tag = annotation.TagKey(t)
	}
	for i := range c.all {
		if r := &c.all[i]; c.keeps(r, kind, tag) {
			c.shown = append(c.shown, r)
		}
	}
	c.sortShown()
	c.count.SetText(fmt.Sprintf(lang.L("%d of %d claims"), len(c.shown), len(c.all)))
	c.table.Refresh()
}

// keeps reports whether the filters keep a row; kind and tag are the
// TagKeys of the claim type and tag filters, "" when not set.
func (c *claimsView) keeps(r *claimRow, kind, tag string) bool {
	if kind != "" && !slices.Contains(r.keys, kind) {
		return false
	}
	if s := c.source.Selected; s != "" && s != anyChoice && r.source != s {
		return false
	}
	if tag != "" && !slices.Contains(r.keys, tag) {
		return false
	}
	if a := strings.TrimSpace(c.after.Text); a != "" && r.date < a {
		return false
	}
	if b := strings.TrimSpace(c.before.Text); b != "" && (r.date == "" || r.date > b) {
		return false
	}
	return true
}

// sortShown sorts the rows shown by the chosen column, keeping the
// library's order (newest first) among equal keys. Each key is taken
// once and the sort breaks ties by position, so that an unstable sort
// gives the stable order: at 100k rows a fifth of the time a stable sort
// of the rows takes.
func (c *claimsView) sortShown() {
	type keyed struct {
		key string
		at  int
	}
	keys := make([]keyed, len(c.shown))
	for i, r := range c.shown {
		keys[i] = keyed{r.text(c.sortBy), i}
	}
	order := func(a, b keyed) int {
		if a.key != b.key {
			if c.desc {
				return strings.Compare(b.key, a.key)
			}
			return strings.Compare(a.key, b.key)
		}
		return a.at - b.at
	}
	if slices.IsSortedFunc(keys, order) {
		return // the library's own order, newest first, sorted by date
	}
	slices.SortFunc(keys, order)
	rows := slices.Clone(c.shown)
	for i, k := range keys {
		c.shown[i] = rows[k.at]
	}
}

// text is a row's text in a column, as the table shows it. The quotes and
// the note are made one line only when asked for: the table shows a few
// dozen of its 100k rows.
func (r *claimRow) text(col int) string {
	switch col {
	case 0:
		return r.date
	case 1:
		return r.title
	case 2:
		return r.kinds
	case 3:
		zh, _ := quotes(r.an)
		return zh
	case 4:
		_, en := quotes(r.an)
		return en
	case 5:
		return r.tags
	}
	return oneLine(r.an.Note)
}

func (c *claimsView) cell(id widget.TableCellID) string {
	if id.Row >= len(c.shown) {
		return ""
	}
	return c.shown[id.Row].text(id.Col)
}

// updateHeader labels a column and makes it sort the table (again: the
// other way round).
func (c *claimsView) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	label := claimColumns[id.Col]
	if id.Col == c.sortBy {
		label += map[bool]string{true: " ▼", false: " ▲"}[c.desc]
	}
	b.SetText(label)
	b.OnTapped = func() {
		if c.sortBy == id.Col {
			c.desc = !c.desc
		} else {
			c.sortBy, c.desc = id.Col, false
		}
		c.apply()
	}
}

// selected opens the article at a claim on a double click (two clicks on a
// row within half a second).
func (c *claimsView) selected(id widget.TableCellID) {
	if c.selecting {
		return
	}
	c.selecting = true
	c.table.UnselectAll()
	c.selecting = false
	now := time.Now()
	double := id.Row == c.lastRow && now.Sub(c.lastTap) < 500*time.Millisecond
	c.lastRow, c.lastTap = id.Row, now
	if id.Row < len(c.shown) {
		c.showDetail(c.shown[id.Row])
	}
	if double && id.Row < len(c.shown) {
		an := c.shown[id.Row].an
		// After the table has finished with the click: it focuses itself
		// once this returns, which fails (and says so on stderr) when the
		// Read tab has already replaced it.
		fyne.Do(func() { c.u.openAt(an.Article, an.ID) })
	}
}

// export writes the rows shown, grouped by article, through a save dialog.
func (c *claimsView) export(format string) {
	shown, seen := map[string]bool{}, map[string]bool{}
	var order []string
	for _, r := range c.shown {
		if !seen[r.an.Article] {
			seen[r.an.Article] = true
			order = append(order, r.an.Article)
		}
		shown[r.an.ID] = true
	}
	vocab := slices.Clone(c.u.vocab)
	c.u.saveExport("claims", format, func(w io.Writer) error {
		var items []export.Item
		for _, id := range order {
			a, err := c.u.lib.Article(id)
			if err != nil {
				return err
			}
			// The rows hold the annotations in brief: the export writes
			// them whole, as the files have them.
			all, _, err := c.u.lib.Annotations(id)
			if err != nil {
				return err
			}
			item := export.Item{Article: a}
			for _, an := range all {
				if shown[an.ID] {
					item.Annotations = append(item.Annotations, an)
				}
			}
			items = append(items, item)
		}
		return export.Write(w, format, items, vocab)
	})
}
