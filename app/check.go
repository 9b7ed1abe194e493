package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/quantity"
)

// checkPanel is "Check translation": the figures of the article that likely
// differ between the two languages, row by row, and how many rows are
// aligned with low confidence. "Show all" adds the figures without a
// counterpart that are likely not mismatches, and those of rows without a
// counterpart, each with its reason. Choosing a row scrolls to it and marks
// its listed figures on both sides.
type checkPanel struct {
	r        *reader
	art      *article.Article
	checking bool                // the check of art is under way
	all      []quantity.Mismatch // every figure without a counterpart
	found    []quantity.Mismatch // the ones listed: likely, or all with showAll
	rows     []checkRow          // found, row by row in reading order
	shown    int                 // how many of rows have their card
	cards    *fyne.Container     // a checkCard a row, then a button for more
	summary  *widget.Label
	showAll  *widget.Check
	root     fyne.CanvasObject
}

// checkRow is a row of the article with the figures listed for it.
type checkRow struct {
	pair    int
	figures []quantity.Mismatch
}

func newCheckPanel(r *reader) *checkPanel {
	c := &checkPanel{r: r, summary: widget.NewLabel(""), cards: container.NewVBox()}
	c.summary.Wrapping = fyne.TextWrapWord
	c.showAll = widget.NewCheck(lang.L("Show all"), func(bool) { c.show() })
	c.root = container.NewBorder(container.NewVBox(c.summary, c.showAll), nil, nil, nil, container.NewVScroll(c.cards))
	return c
}

// set checks a newly shown article, off the UI thread: 200 rows full of
// figures take about 50 ms, a long book several times that.
func (c *checkPanel) set(a *article.Article) {
	c.art, c.all, c.checking = a, nil, a != nil
	c.show()
	if a == nil {
		return
	}
	c.r.u.session.background(func() func() {
		all := quantity.CheckAll(a)
		return func() {
			if c.art != a {
				return // another article is shown now
			}
			c.all, c.checking = all, false
			c.show()
		}
	})
}

// show lists the likely mismatches, or every figure without a counterpart
// when "Show all" is on, and says what the list holds.
func (c *checkPanel) show() {
	likely := 0
	c.found, c.rows = c.found[:0], c.rows[:0]
	for _, m := range c.all {
		if m.IsLikely() {
			likely++
		}
		if !m.IsLikely() && !c.showAll.Checked {
			continue
		}
		c.found = append(c.found, m)
		if n := len(c.rows); n == 0 || c.rows[n-1].pair != m.Pair {
			c.rows = append(c.rows, checkRow{pair: m.Pair})
		}
		last := &c.rows[len(c.rows)-1]
		last.figures = append(last.figures, m)
	}
	uncertain := 0
	if c.art != nil {
		for i := range c.art.Pairs {
			if c.art.Pairs[i].LowConfidence() {
				uncertain++
			}
		}
	}
	var b strings.Builder
	switch {
	case c.checking:
		b.WriteString(lang.L("Checking the figures…"))
	case likely == 0:
		b.WriteString(lang.L("Every figure has its counterpart in the other language."))
	default:
		b.WriteString(counted("{{.Count}} figures likely differ in the other language:", likely))
	}
	if rest := len(c.all) - likely; rest > 0 && c.showAll.Checked {
		b.WriteString("\n" + counted("Also listed: {{.Count}} figures without a counterpart that are likely not mismatches, each with its reason.", rest))
	} else if rest > 0 {
		b.WriteString("\n" + counted("{{.Count}} other figures without a counterpart are likely not mismatches: Show all lists them.", rest))
	}
	if uncertain > 0 {
		b.WriteString("\n" + counted("{{.Count}} rows aligned with low confidence (amber in the margin): check them by eye.", uncertain))
	}
	c.summary.SetText(b.String())
	c.shown = 0
	c.cards.Objects = nil
	c.more()
	c.r.refreshMarks(c.r.mismatchPair) // the marked pair shows what is listed now
}

// cardsAtOnce is how many rows get their card at a time: laying out a
// card's wrapped lines costs about a millisecond, and Show all on a long
// article lists hundreds of rows.
const cardsAtOnce = 50

// more adds the cards of the next rows and, while rows are left, a button
// that adds more.
func (c *checkPanel) more() {
	objs := c.cards.Objects
	if n := len(objs); n > 0 {
		if _, ok := objs[n-1].(*widget.Button); ok {
			objs = objs[:n-1]
		}
	}
	end := min(len(c.rows), c.shown+cardsAtOnce)
	for i := c.shown; i < end; i++ {
		objs = append(objs, newCheckCard(c.rows[i], func() { c.choose(i) }))
	}
	c.shown = end
	if left := len(c.rows) - end; left > 0 {
		objs = append(objs, widget.NewButton(counted("Show {{.Count}} more rows", left), c.more))
	}
	c.cards.Objects = objs
	c.cards.Refresh()
}

// choose scrolls to the i-th listed row and marks its figures.
func (c *checkPanel) choose(i int) {
	if i < len(c.rows) {
		c.r.showMismatch(c.rows[i].pair)
	}
}

// checkCard is a row of the panel: "¶12", then each of its figures on a
// line of its own, wrapped, with how it reads and why it is listed.
type checkCard struct {
	widget.BaseWidget
	body *fyne.Container
	tap  func()
}

func newCheckCard(row checkRow, tap func()) *checkCard {
	head := widget.NewLabel(fmt.Sprintf("¶%d", row.pair+1))
	head.TextStyle.Bold = true
	body := container.New(&tightVBox{}, head)
	for _, m := range row.figures {
		l := widget.NewLabel(describeMismatch(m))
		l.Wrapping = fyne.TextWrapWord
		if !m.IsLikely() {
			l.Importance = widget.LowImportance
		}
		body.Add(l)
	}
	c := &checkCard{body: body, tap: tap}
	c.ExtendBaseWidget(c)
	return c
}

// Tapped shows the card's row in the reader.
func (c *checkCard) Tapped(*fyne.PointEvent) { c.tap() }

// Cursor shows a hand over a card.
func (c *checkCard) Cursor() desktop.Cursor { return desktop.PointerCursor }

// CreateRenderer is part of fyne.Widget.
func (c *checkCard) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewVBox(c.body, widget.NewSeparator()))
}

// describeMismatch gives a figure's line in the panel: which side, what
// it says and how it reads, how likely it differs unless likely, and why:
// "中 “1,200 亿美元” = 120,000,000,000 USD: no counterpart; the en text
// says $100 billion".
func describeMismatch(m quantity.Mismatch) string {
	side := "中"
	if m.Lang == article.EN {
		side = "EN"
	}
	why := reasonText(m.Reason)
	if !m.IsLikely() {
		why = fmt.Sprintf(lang.L("likely not a mismatch: %s"), why)
	}
	return fmt.Sprintf(lang.L("%s “%s” = %s: %s"), side, m.Text, m.Normalized(), why)
}

// reasonText is a mismatch's reason in the window's language: its
// template from the catalogues, the languages it names by their names.
func reasonText(r quantity.Reason) string {
	args := make([]any, len(r.Args))
	for i, a := range r.Args {
		switch article.Lang(a) {
		case article.ZH, article.EN:
			args[i] = langName(article.Lang(a))
		default:
			args[i] = a
		}
	}
	return fmt.Sprintf(lang.L(r.Format), args...)
}

// showMismatch scrolls to a pair and marks its unmatched figures on both
// sides until another pair is chosen.
func (r *reader) showMismatch(pair int) {
	old := r.mismatchPair
	r.mismatchPair = pair
	r.refreshMarks(old)
	r.refreshMarks(pair)
	r.scrollToPair(pair)
}

// mismatchMarks are the unmatched figures of the marked pair in one
// language.
func (r *reader) mismatchMarks(pair int, lang article.Lang) []textMark {
	if pair != r.mismatchPair || r.check == nil {
		return nil
	}
	var marks []textMark
	for _, m := range r.check.found {
		if m.Pair == pair && m.Lang == lang {
			marks = append(marks, textMark{Span: article.Span{Start: m.Start, End: m.End}, fill: r.u.color(colorMismatch)})
		}
	}
	return marks
}

// candidate returns the figures of a sentence, which Tandem offers as a
// number claim, or nil.
func (r *reader) candidate(ref sentenceRef) []quantity.Quantity {
	if ref.index < 0 || r.art == nil {
		return nil
	}
	p := &r.art.Pairs[ref.pair]
	s := p.Sentences(ref.lang)[ref.index]
	var out []quantity.Quantity
	for _, q := range quantity.Extract(p.Text(ref.lang), ref.lang) {
		if q.Start >= s.Start && q.End <= s.End {
			out = append(out, q)
		}
	}
	return out
}

// figureHint says what the underlined figures of a sentence are.
func figureHint() string {
	return lang.L("Underlined: the figures of this sentence. Press A to make it a number claim that records them.")
}

// candidateMarks underline the figures of the sentence under the pointer
// (or clicked), to show that A makes it a number claim.
func (r *reader) candidateMarks(pair int, lang article.Lang) []textMark {
	var marks []textMark
	for _, ref := range []sentenceRef{r.pinned, r.hover} {
		if ref.pair != pair || ref.lang != lang {
			continue
		}
		for _, q := range r.candidate(ref) {
			marks = append(marks, textMark{Span: article.Span{Start: q.Start, End: q.End}, fill: r.u.color(colorCandidate), underline: true})
		}
	}
	return marks
}

// acceptCandidate makes the clicked (or pointed) sentence a number claim
// holding its figures, with their values and units.
func (r *reader) acceptCandidate() {
	ref := r.pinned
	if ref.index < 0 {
		ref = r.hover
	}
	figures := r.candidate(ref)
	if len(figures) == 0 {
		r.u.status.say(lang.L("Point at or click a sentence with figures (underlined), then press A to make it a number claim."))
		return
	}
	s := r.art.Pairs[ref.pair].Sentences(ref.lang)[ref.index]
	v := r.page.rows[ref.pair].view(ref.lang)
	r.sel = selection{view: v, span: s}
	r.create(annotation.Yellow, func(an *annotation.Annotation) {
		an.AddTag("number")
		for _, q := range figures {
			an.Figures = append(an.Figures, annotation.Figure{Quote: q.Text, Amount: q.Value, Unit: q.Unit})
		}
	})
	r.u.status.say(fmt.Sprintf(lang.L("Number claim with %s saved."), plural(len(figures), "figure")))
}
