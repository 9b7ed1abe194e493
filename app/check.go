package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/quantity"
)

// checkPanel is "Check translation": the figures of the article that likely
// differ between the two languages, pair by pair, and how many rows are
// aligned with low confidence. "Show all" adds the figures without a
// counterpart that are likely not mismatches, and those of rows without a
// counterpart, each with its reason. Choosing a figure scrolls to its pair
// and marks the listed figures on both sides.
type checkPanel struct {
	r       *reader
	art     *article.Article
	all     []quantity.Mismatch // every figure without a counterpart
	found   []quantity.Mismatch // the ones listed: likely, or all with showAll
	list    *widget.List
	summary *widget.Label
	showAll *widget.Check
	root    fyne.CanvasObject
}

func newCheckPanel(r *reader) *checkPanel {
	c := &checkPanel{r: r, summary: widget.NewLabel("")}
	c.summary.Wrapping = fyne.TextWrapWord
	c.showAll = widget.NewCheck(lang.L("Show all"), func(bool) { c.show() })
	c.list = widget.NewList(func() int { return len(c.found) },
		func() fyne.CanvasObject {
			quote, value, reason := widget.NewLabel(""), widget.NewLabel(""), widget.NewLabel("")
			for _, l := range []*widget.Label{quote, value, reason} {
				l.Truncation = fyne.TextTruncateEllipsis
			}
			value.Importance, reason.Importance = widget.LowImportance, widget.LowImportance
			return container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), quote, value, reason)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			lines := o.(*fyne.Container).Objects
			quote, value, reason := describeMismatch(c.found[i])
			lines[0].(*widget.Label).SetText(quote)
			lines[1].(*widget.Label).SetText(value)
			lines[2].(*widget.Label).SetText(reason)
		})
	c.list.OnSelected = func(i widget.ListItemID) {
		c.list.UnselectAll()
		if i < len(c.found) {
			r.showMismatch(c.found[i].Pair)
		}
	}
	c.root = container.NewBorder(container.NewVBox(c.summary, c.showAll), nil, nil, nil, c.list)
	return c
}

// set checks a newly shown article.
func (c *checkPanel) set(a *article.Article) {
	c.art, c.all = a, nil
	if a != nil {
		c.all = quantity.CheckAll(a)
	}
	c.show()
}

// show lists the likely mismatches, or every figure without a counterpart
// when "Show all" is on, and says what the list holds.
func (c *checkPanel) show() {
	likely := 0
	c.found = c.found[:0]
	for _, m := range c.all {
		if m.IsLikely() {
			likely++
		}
		if m.IsLikely() || c.showAll.Checked {
			c.found = append(c.found, m)
		}
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
	switch likely {
	case 0:
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
	c.list.Refresh()
	c.r.refreshMarks(c.r.mismatchPair) // the marked pair shows what is listed now
}

// describeMismatch gives the three lines of a row of the panel: where and
// what the figure is, "¶3 中 “1,200 亿美元”"; how it reads and how likely
// it differs, "= 120,000,000,000 USD · likely mismatch"; and why, "no
// counterpart; the en text says $100 billion".
func describeMismatch(m quantity.Mismatch) (quote, value, reason string) {
	side := "中"
	if m.Lang == article.EN {
		side = "EN"
	}
	how := lang.L("likely not a mismatch")
	if m.IsLikely() {
		how = lang.L("likely mismatch")
	}
	return fmt.Sprintf("¶%d %s  “%s”", m.Pair+1, side, m.Text), fmt.Sprintf("= %s · %s", m.Normalized(), how), m.Reason
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
