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
	an          *annotation.Annotation
	art         *library.TaggedArticle // its article: date, title, source
	kinds, tags string
	// keys are the TagKey of each tag, for the filters; rows whose
	// annotations carry one and the same tag alone share them.
	keys []string
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
		&widget.TextSegment{Text: r.art.Title, Style: widget.RichTextStyleSubHeading},
		&widget.TextSegment{Text: strings.Join(nonEmpty(r.art.Date, r.art.Source, r.kinds), " · "), Style: widget.RichTextStyleParagraph},
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
	arts, err := lib.TaggedArticles()
	if err != nil {
		return nil, err
	}
	return makeClaimRows(arts, vocab), nil
}

// makeClaimRows makes the rows of the annotations that carry a claim
// type, in the order of arts. Each spelling of a tag is keyed once
// (annotation.TagKey is slow beside 100,000 highlights), and an
// annotation with one tag alone, as most have, makes its row without
// allocating.
func makeClaimRows(arts []library.TaggedArticle, vocab []string) []claimRow {
	claim := map[string]bool{} // by TagKey
	for _, v := range vocab {
		claim[annotation.TagKey(v)] = true
	}
	type spelling struct {
		claim bool
		keys  []string // its TagKey alone: the keys of a row with this tag alone
	}
	spellings := map[string]spelling{}
	spell := func(t string) spelling {
		s, ok := spellings[t]
		if !ok {
			k := annotation.TagKey(t)
			s = spelling{claim: claim[k], keys: []string{k}}
			spellings[t] = s
		}
		return s
	}
	n := 0
	for i := range arts {
		n += len(arts[i].Tagged)
	}
	rows := make([]claimRow, 0, n)
	for i := range arts {
		art := &arts[i]
		for _, an := range art.Tagged {
			if len(an.Tags) == 1 {
				if s := spell(an.Tags[0]); s.claim {
					rows = append(rows, claimRow{an: an, art: art, kinds: an.Tags[0], tags: an.Tags[0], keys: s.keys})
				}
				continue
			}
			var kinds, keys []string
			for _, t := range an.Tags {
				s := spell(t)
				keys = append(keys, s.keys[0])
				if s.claim {
					kinds = append(kinds, t)
				}
			}
			if len(kinds) > 0 {
				rows = append(rows, claimRow{an: an, art: art, kinds: strings.Join(kinds, ", "), tags: strings.Join(an.Tags, ", "), keys: keys})
			}
		}
	}
	return rows
}

// quotes returns a highlight's Chinese and English text: its own span in
// one language, its counterpart in the other.
func quotes(an *annotation.Annotation) (zh, en string) {
	return quote(an, article.ZH), quote(an, article.EN)
}

// quote returns a highlight's text in one language, made one line: its own
// span or its counterpart ("" when it has none); a span not in Chinese is
// taken for English. A sort by one of the quote columns asks for 100k of
// them.
func quote(an *annotation.Annotation, lang article.Lang) string {
	if (an.Target.Lang == article.ZH) == (lang == article.ZH) {
		return oneLine(an.Target.Exact)
	}
	if an.Counterpart != nil {
		return oneLine(an.Counterpart.Exact)
	}
	return ""
}

func (c *claimsView) fillChoices(vocab []string) {
	c.kind.Options = append([]string{anyChoice}, vocab...)
	seen := map[string]bool{}
	sources := []string{anyChoice}
	var last *library.TaggedArticle
	for i := range c.all {
		if a := c.all[i].art; a != last { // an article's rows come together
			last = a
			if a.Source != "" && !seen[a.Source] {
				seen[a.Source] = true
				sources = append(sources, a.Source)
			}
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
	f := c.filter()
	c.shown = slices.Grow(c.shown[:0], len(c.all))
	for i := range c.all {
		if r := &c.all[i]; f.keeps(r) {
			c.shown = append(c.shown, r)
		}
	}
	c.sortShown()
	c.count.SetText(fmt.Sprintf(lang.L("%d of %d claims"), len(c.shown), len(c.all)))
	c.table.Refresh()
}

// claimFilter is what the filters ask for, each "" when not set.
type claimFilter struct {
	kind, tag     string // TagKeys
	source        string
	after, before string // dates
}

// filter reads the filters.
func (c *claimsView) filter() claimFilter {
	var f claimFilter
	if k := c.kind.Selected; k != "" && k != anyChoice {
		f.kind = annotation.TagKey(k)
	}
	if t := strings.TrimSpace(c.tag.Text); t != "" {
		f.tag = annotation.TagKey(t)
	}
	if s := c.source.Selected; s != anyChoice {
		f.source = s
	}
	f.after, f.before = strings.TrimSpace(c.after.Text), strings.TrimSpace(c.before.Text)
	return f
}

// keeps reports whether the filters keep a row.
func (f *claimFilter) keeps(r *claimRow) bool {
	if f.kind != "" && !slices.Contains(r.keys, f.kind) {
		return false
	}
	if f.source != "" && r.art.Source != f.source {
		return false
	}
	if f.tag != "" && !slices.Contains(r.keys, f.tag) {
		return false
	}
	if f.after != "" && r.art.Date < f.after {
		return false
	}
	if f.before != "" && (r.art.Date == "" || r.art.Date > f.before) {
		return false
	}
	return true
}

// sortShown sorts the rows shown by the chosen column, keeping the
// library's order (newest first) among equal keys.
func (c *claimsView) sortShown() {
	if c.inOrder() {
		return // as the library gives them when sorted by date, newest first
	}
	keys := make([]string, len(c.shown))
	for i, r := range c.shown {
		keys[i] = r.text(c.sortBy)
	}
	order := stableOrder(keys, c.desc)
	if order == nil {
		return
	}
	rows := slices.Clone(c.shown)
	for i, at := range order {
		c.shown[i] = rows[at]
	}
}

// inOrder reports whether the rows shown are in the order of the chosen
// column already, looking at each once and keeping none of its keys.
func (c *claimsView) inOrder() bool {
	var prev string
	for i, r := range c.shown {
		t := r.text(c.sortBy)
		if i > 0 && (c.desc && prev < t || !c.desc && prev > t) {
			return false
		}
		prev = t
	}
	return true
}

// stableOrder returns the positions of keys in their stable sorted order
// (descending when desc, equal keys in the order they come), or nil when
// they are in order already. Few distinct keys among many (a date, a
// claim type, a source) are ranked: each distinct key is sorted once and
// the positions counted into place, in time linear in the keys; many
// (titles, quotes) are sorted as they are, equal keys put back in order
// afterwards. At 100k rows, against a sort that breaks ties by position
// in its comparison, ranking 84 distinct dates took a third of the time
// and sorting distinct titles two thirds.
func stableOrder(keys []string, desc bool) []int32 {
	cmp := strings.Compare
	if desc {
		cmp = func(a, b string) int { return strings.Compare(b, a) }
	}
	sorted := true
	for i := 1; i < len(keys) && sorted; i++ {
		sorted = cmp(keys[i-1], keys[i]) <= 0
	}
	if sorted {
		return nil
	}
	if order := rankedOrder(keys, cmp); order != nil {
		return order
	}
	type keyed struct {
		key string
		at  int32
	}
	all := make([]keyed, len(keys))
	for i, k := range keys {
		all[i] = keyed{k, int32(i)}
	}
	slices.SortFunc(all, func(a, b keyed) int { return cmp(a.key, b.key) })
	order := make([]int32, len(all))
	for i := 0; i < len(all); {
		j := i + 1
		for j < len(all) && all[j].key == all[i].key {
			j++
		}
		for k := i; k < j; k++ {
			order[k] = all[k].at
		}
		slices.Sort(order[i:j])
		i = j
	}
	return order
}

// rankedOrder is stableOrder's for keys of which few are distinct: nil
// when more than an eighth of them are.
func rankedOrder(keys []string, cmp func(a, b string) int) []int32 {
	limit := max(len(keys)/8, 64)
	rank := map[string]int32{}
	type distinct struct {
		key  string
		rank int32
	}
	var uniq []distinct
	ranks := make([]int32, len(keys))
	for i, k := range keys {
		if i > 0 && k == keys[i-1] { // a row like the one before it: often the same article's
			ranks[i] = ranks[i-1]
			continue
		}
		r, ok := rank[k]
		if !ok {
			if len(uniq) == limit {
				return nil
			}
			r = int32(len(uniq))
			rank[k] = r
			uniq = append(uniq, distinct{k, r})
		}
		ranks[i] = r
	}
	slices.SortFunc(uniq, func(a, b distinct) int { return cmp(a.key, b.key) })
	// start[r] is where the first key of rank r goes, then the next.
	start := make([]int32, len(uniq))
	var at int32
	counts := make([]int32, len(uniq))
	for _, r := range ranks {
		counts[r]++
	}
	for _, u := range uniq {
		start[u.rank] = at
		at += counts[u.rank]
	}
	order := make([]int32, len(keys))
	for i, r := range ranks {
		order[start[r]] = int32(i)
		start[r]++
	}
	return order
}

// text is a row's text in a column, as the table shows it. The quotes and
// the note are made one line only when asked for: the table shows a few
// dozen of its 100k rows.
func (r *claimRow) text(col int) string {
	switch col {
	case 0:
		return r.art.Date
	case 1:
		return r.art.Title
	case 2:
		return r.kinds
	case 3:
		return quote(r.an, article.ZH)
	case 4:
		return quote(r.an, article.EN)
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
