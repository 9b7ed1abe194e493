package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/library"
)

// libraryView is the list of articles on the left: title, then date,
// source and pair count. It sorts by date or title and narrows as you type
// in its filter, or by source and date range. The list is virtual: only the
// rows on screen exist, so 100,000 articles scroll as fast as ten.
type libraryView struct {
	list     *widget.List
	count    *widget.Label
	filter   *widget.Entry
	order    *widget.Select
	source   *widget.Select
	tag      *widget.Entry
	after    *widget.Entry
	before   *widget.Entry
	all      []libraryEntry
	keyed    bool               // whether all's titles are folded and tags keyed (keyFilters)
	sorted   []int32            // indexes of all in the chosen order
	sortedBy string             // the order sorted is in
	items    []*library.Summary // the rows shown, in order: in all
	onOpen   func(id string)
	selected string
	root     fyne.CanvasObject
	shown    map[fyne.CanvasObject]int // the row each recycled item shows
	debounce *time.Timer
	pause    time.Duration // how long typing must pause before filtering; 0 filters at once
}

// libraryEntry is an article with, once a filter or the title order first
// needs them, its titles folded and its tags keyed (keyFilters).
type libraryEntry struct {
	*library.Summary
	folded string
	tags   []string // TagKey of each tag
}

// The sort orders of the library list.
var libraryOrders = []string{translatable("Newest first"), translatable("Oldest first"), translatable("Title A–Z")}

func newLibraryView(onOpen func(id string)) *libraryView {
	v := &libraryView{onOpen: onOpen, count: widget.NewLabel(""), shown: map[fyne.CanvasObject]int{}, pause: 120 * time.Millisecond}
	v.count.TextStyle = fyne.TextStyle{Italic: true}
	v.list = widget.NewList(func() int { return len(v.items) }, newLibraryRow, v.fillRow)
	v.list.OnSelected = func(i widget.ListItemID) {
		if i >= len(v.items) || v.items[i].ID == v.selected {
			return // re-selected after a reload: already open
		}
		v.selected = v.items[i].ID
		v.onOpen(v.selected)
	}
	v.filter = widget.NewEntry()
	v.filter.SetPlaceHolder(lang.L("Filter titles"))
	v.filter.OnChanged = func(string) { v.later() }
	v.order = widget.NewSelect(libraryOrders, func(string) { v.apply() })
	v.order.Selected = libraryOrders[0]
	v.source = widget.NewSelect([]string{anyChoice}, func(string) { v.apply() })
	v.source.Selected = anyChoice
	v.tag, v.after, v.before = widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	v.tag.SetPlaceHolder(lang.L("tag"))
	v.tag.OnChanged = func(string) { v.later() }
	v.after.SetPlaceHolder(lang.L("from date"))
	v.before.SetPlaceHolder(lang.L("to date"))
	v.after.OnChanged = func(string) { v.later() }
	v.before.OnChanged = func(string) { v.later() }
	top := container.NewVBox(v.filter, container.NewGridWithColumns(2, v.order, v.source),
		container.NewGridWithColumns(3, v.tag, v.after, v.before))
	v.root = container.NewBorder(top, container.NewPadded(v.count), nil, nil, v.list)
	return v
}

func newLibraryRow() fyne.CanvasObject {
	title := widget.NewLabel("")
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.Truncation = fyne.TextTruncateEllipsis
	other := widget.NewLabel("") // the title in the other language
	other.Truncation = fyne.TextTruncateEllipsis
	sub := widget.NewLabel("")
	sub.SizeName = theme.SizeNameCaptionText
	sub.Truncation = fyne.TextTruncateEllipsis
	return container.New(&tightVBox{}, title, other, sub)
}

func (v *libraryView) fillRow(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	s := v.items[i]
	v.shown[o] = i
	title, other, sub := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label), box.Objects[2].(*widget.Label)
	if s.Problem != "" {
		title.SetText(s.ID)
		other.SetText("")
		sub.SetText(fmt.Sprintf(lang.L("cannot be read: %s"), s.Problem))
		return
	}
	title.SetText(s.Title)
	other.SetText(s.OtherTitle)
	sub.SetText(subtitle(s))
}

func subtitle(s *library.Summary) string {
	var parts []string
	for _, p := range []string{s.Date, s.Source} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	parts = append(parts, plural(s.Pairs, "pair"))
	if s.Highlights > 0 {
		parts = append(parts, plural(s.Highlights, "highlight"))
	}
	if s.Notes > 0 {
		parts = append(parts, plural(s.Notes, "note"))
	}
	return strings.Join(parts, " · ")
}

// setItems replaces the articles, keeping the filters and the selection.
func (v *libraryView) setItems(items []library.Summary) {
	v.setEntries(newEntries(items))
}

// entries are the articles of the list, ready to filter: made off the UI
// thread (see newEntries), as a library of 100,000 articles takes a while.
type entries struct {
	all     []libraryEntry
	sources []string
}

// newEntries prepares articles for the list, pointing into items, and
// gathers their sources. Titles are folded and tags keyed later, by the
// first filter that needs them: doing it here for 100,000 articles would
// keep a large library's list from showing for a tenth of a second.
func newEntries(items []library.Summary) entries {
	e := entries{all: make([]libraryEntry, len(items))}
	sources := map[string]bool{}
	for i := range items {
		s := &items[i]
		e.all[i].Summary = s
		if s.Source != "" {
			sources[s.Source] = true
		}
	}
	e.sources = sortedKeys(sources)
	return e
}

// setEntries replaces the articles with prepared ones, keeping the filters
// and the selection.
func (v *libraryView) setEntries(e entries) {
	checkUI()
	v.all, v.keyed = e.all, false
	v.source.Options = append([]string{anyChoice}, e.sources...)
	v.source.Refresh()
	v.sortedBy = ""
	v.apply()
}

// fold lowers a title's letters for filtering. Chinese has no case: a
// Chinese title is returned as it is, where strings.ToLower would decode
// and encode again every character of a title that is not all ASCII (a
// tenth of a second for a list of 100,000 articles).
func fold(s string) string {
	for _, r := range s {
		if 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && (r < 0x2e80 || r > 0x9fff) && unicode.ToLower(r) != r {
			return strings.ToLower(s)
		}
	}
	return s
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// later applies the filters once typing pauses, so a keystroke never waits
// for 100,000 titles.
func (v *libraryView) later() {
	if v.pause == 0 {
		v.apply()
		return
	}
	if v.debounce != nil {
		v.debounce.Stop()
	}
	v.debounce = time.AfterFunc(v.pause, func() { fyne.Do(v.apply) })
}

// apply filters and sorts the articles into the rows shown.
func (v *libraryView) apply() {
	text := strings.ToLower(strings.TrimSpace(v.filter.Text))
	source, after, before := v.source.Selected, strings.TrimSpace(v.after.Text), strings.TrimSpace(v.before.Text)
	tag := annotation.TagKey(v.tag.Text)
	if text != "" || tag != "" {
		v.keyFilters()
	}
	v.sort()
	v.items = v.items[:0]
	for _, k := range v.sorted {
		e := &v.all[k]
		switch {
		case text != "" && !strings.Contains(e.folded, text),
			source != "" && source != anyChoice && e.Source != source,
			tag != "" && !slices.Contains(e.tags, tag),
			after != "" && e.Date < after,
			before != "" && (e.Date == "" || e.Date > before):
			continue
		}
		v.items = append(v.items, e.Summary)
	}
	if len(v.items) == len(v.all) {
		v.count.SetText(plural(len(v.all), "article"))
	} else {
		v.count.SetText(fmt.Sprintf(lang.L("%d of %s"), len(v.items), plural(len(v.all), "article")))
	}
	v.list.Refresh()
	v.selectID(v.selected)
}

// keyFilters folds every article's titles, for the title filter and
// order, and keys its tags, for the tag filter: once per list.
func (v *libraryView) keyFilters() {
	if v.keyed {
		return
	}
	for i := range v.all {
		e := &v.all[i]
		e.folded = fold(e.Title) + "\n" + fold(e.OtherTitle)
		for _, t := range e.Tags {
			e.tags = append(e.tags, annotation.TagKey(t))
		}
	}
	v.keyed = true
}

// sort puts the articles in the chosen order, once per order and list: a
// keystroke in the filter only walks them. Indexes are sorted rather than
// the entries. The library lists its articles newest first, so the default
// order is most often found, in one walk, to need no sorting.
func (v *libraryView) sort() {
	if v.sortedBy == v.order.Selected && len(v.sorted) == len(v.all) {
		return
	}
	v.sortedBy = v.order.Selected
	v.sorted = make([]int32, len(v.all))
	for i := range v.sorted {
		v.sorted[i] = int32(i)
	}
	compare := compareNewest
	switch v.order.Selected {
	case libraryOrders[1]:
		compare = func(a, b *libraryEntry) int { return compareNewest(b, a) }
	case libraryOrders[2]:
		v.keyFilters()
		compare = func(a, b *libraryEntry) int { return strings.Compare(a.folded, b.folded) }
	}
	inOrder := true
	for i := 1; i < len(v.all) && inOrder; i++ {
		inOrder = compare(&v.all[i-1], &v.all[i]) <= 0
	}
	if inOrder {
		return // equal keys in the library's order too: indexes are in order
	}
	slices.SortFunc(v.sorted, func(i, j int32) int {
		if c := compare(&v.all[i], &v.all[j]); c != 0 {
			return c
		}
		return int(i - j) // equal keys keep the library's order
	})
}

// compareNewest orders by date, newest first, undated last, then by title.
func compareNewest(a, b *libraryEntry) int {
	switch {
	case a.Date == b.Date:
		return strings.Compare(a.Title, b.Title)
	case a.Date == "":
		return 1
	case b.Date == "":
		return -1
	}
	return strings.Compare(b.Date, a.Date)
}

// listRow is an article row on screen.
type listRow struct {
	id  string
	obj fyne.CanvasObject
}

// rows returns the rows the list shows now.
func (v *libraryView) rows() []listRow {
	var out []listRow
	for o, i := range v.shown {
		if o.Visible() && i < len(v.items) {
			out = append(out, listRow{id: v.items[i].ID, obj: o})
		}
	}
	return out
}

// selectID highlights the article with that ID, if listed, and scrolls to
// it; choosing an article other than the open one opens it.
func (v *libraryView) selectID(id string) {
	for i, s := range v.items {
		if s.ID == id {
			v.list.Select(i)
			v.list.ScrollTo(i)
			return
		}
	}
	v.list.UnselectAll()
}
