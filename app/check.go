package app

import (
	"fmt"
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

// checkPanel is "Check translation": the figures of the article that have
// no counterpart in the other language, pair by pair, and how many rows
// are aligned with low confidence. Choosing a figure scrolls to its pair and
// marks the unmatched figures on both sides.
type checkPanel struct {
	r       *reader
	found   []quantity.Mismatch
	list    *widget.List
	summary *widget.Label
	root    fyne.CanvasObject
}

func newCheckPanel(r *reader) *checkPanel {
	c := &checkPanel{r: r, summary: widget.NewLabel("")}
	c.summary.Wrapping = fyne.TextWrapWord
	c.list = widget.NewList(func() int { return len(c.found) },
		func() fyne.CanvasObject {
			quote, value := widget.NewLabel(""), widget.NewLabel("")
			quote.Truncation = fyne.TextTruncateEllipsis
			value.Truncation = fyne.TextTruncateEllipsis
			value.Importance = widget.LowImportance
			return container.New(layout.NewCustomPaddedVBoxLayout(-2*theme.Padding()), quote, value)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			lines := o.(*fyne.Container).Objects
			quote, value := describeMismatch(c.found[i])
			lines[0].(*widget.Label).SetText(quote)
			lines[1].(*widget.Label).SetText(value)
		})
	c.list.OnSelected = func(i widget.ListItemID) {
		c.list.UnselectAll()
		if i < len(c.found) {
			r.showMismatch(c.found[i].Pair)
		}
	}
	c.root = container.NewBorder(c.summary, nil, nil, nil, c.list)
	return c
}

// set checks a newly shown article.
func (c *checkPanel) set(a *article.Article) {
	c.found = nil
	if a != nil {
		c.found = quantity.Check(a)
	}
	uncertain := 0
	if a != nil {
		for i := range a.Pairs {
			if a.Pairs[i].LowConfidence() {
				uncertain++
			}
		}
	}
	var b strings.Builder
	switch len(c.found) {
	case 0:
		b.WriteString("Every figure has its counterpart in the other language.")
	case 1:
		b.WriteString("1 figure has no counterpart in the other language:")
	default:
		fmt.Fprintf(&b, "%d figures have no counterpart in the other language:", len(c.found))
	}
	if uncertain > 0 {
		fmt.Fprintf(&b, "\n%s aligned with low confidence (amber in the margin): check them by eye.", plural(uncertain, "row"))
	}
	c.summary.SetText(b.String())
	c.list.Refresh()
}

// describeMismatch gives the two lines of a row of the panel: where and what
// the figure is, "¶3 中 “1,200 亿美元”", and how it reads,
// "= 120,000,000,000 USD".
func describeMismatch(m quantity.Mismatch) (quote, value string) {
	lang := "中"
	if m.Lang == article.EN {
		lang = "EN"
	}
	return fmt.Sprintf("¶%d %s  “%s”", m.Pair+1, lang, m.Text), "= " + m.Normalized()
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
const figureHint = "Underlined: the figures of this sentence. Press A to make it a number claim that records them."

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
		r.u.status.say("Point at or click a sentence with figures (underlined), then press A to make it a number claim.")
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
	r.u.status.say(fmt.Sprintf("Number claim with %s saved.", plural(len(figures), "figure")))
}
