package app

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"tandem/annotation"
	"tandem/article"
	"tandem/dict"
	"tandem/internal/testenv"
	"tandem/quantity"
)

// bigArticle repeats the sample's three pairs to 60 and puts 300
// highlights on it, five per paragraph, each with its counterpart.
func bigArticle(b *testing.B) (*article.Article, []*annotation.Annotation) {
	seed, err := article.Parse(testenv.Seed(b))
	if err != nil {
		b.Fatal(err)
	}
	a := &article.Article{ID: seed.ID, Title: seed.Title}
	for len(a.Pairs) < 60 {
		a.Pairs = append(a.Pairs, seed.Pairs[len(a.Pairs)%len(seed.Pairs)])
	}
	var anns []*annotation.Annotation
	for i := 0; len(anns) < 300; i++ {
		pair, lang := (i/10)%60, []article.Lang{article.ZH, article.EN}[i%2]
		n := len([]rune(a.Pairs[pair].Text(lang)))
		start := (i * 37) % (n - 20)
		t, err := annotation.NewTarget(a, lang, pair, start, start+12)
		if err != nil {
			b.Fatal(err)
		}
		anns = append(anns, annotation.New(a, t, annotation.Colors[i%5]))
	}
	return a, anns
}

func benchReader(b *testing.B) *reader {
	test.NewTempApp(b).Settings().SetTheme(newTheme())
	testenv.Isolate(b)
	w := test.NewTempWindow(b, nil)
	u := &ui{win: w, status: newStatusBar(), knownTags: map[string]bool{}}
	u.session = newSession(nil, func(f func()) { f() })
	u.reader = newReader(u)
	w.SetContent(u.reader.root)
	w.Resize(fyne.NewSize(1100, 800))
	return u.reader
}

// BenchmarkLayoutArticle opens an article of 60 pairs with 300 highlights:
// new paragraph views, measuring, wrapping and every highlight rectangle.
func BenchmarkLayoutArticle(b *testing.B) {
	r := benchReader(b)
	a, anns := bigArticle(b)
	b.ResetTimer()
	for range b.N {
		r.show(a, anns)
		r.page.Resize(fyne.NewSize(1080, r.page.MinSize().Height))
	}
}

// BenchmarkDragStep is one mouse move during a selection drag on that
// article; it must take a small part of a 60 Hz frame (16.7 ms).
func BenchmarkDragStep(b *testing.B) {
	r := benchReader(b)
	a, anns := bigArticle(b)
	r.show(a, anns)
	r.page.Resize(fyne.NewSize(1080, r.page.MinSize().Height))
	v := r.page.rows[30].en
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(40, 10)}, Dragged: fyne.Delta{DX: 1}})
	b.ResetTimer()
	for i := range b.N {
		// Alternate between two places lines apart, so every step changes
		// the selection and redraws it.
		pos := fyne.NewPos(300, 70)
		if i%2 == 1 {
			pos = fyne.NewPos(120, 30)
		}
		v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos}, Dragged: fyne.Delta{DX: 1}})
	}
	b.StopTimer()
	frame := time.Second / 60
	per := b.Elapsed() / time.Duration(b.N)
	b.ReportMetric(float64(per)/float64(frame), "frames/op")
}

// BenchmarkHoverCard is what a rest of the pointer on a word costs once
// the dictionary is loaded: the word under the pointer, its entries, and
// the card built, laid out on the hover layer and taken away again (the
// issue's target for the lookup popup is 50 ms).
func BenchmarkHoverCard(b *testing.B) {
	r := benchReader(b)
	r.u.win.SetContent(container.NewStack(r.root, r.newHoverLayer()))
	a, anns := bigArticle(b)
	r.show(a, anns)
	r.page.Resize(fyne.NewSize(1080, r.page.MinSize().Height))
	d, err := dict.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name, word string
		view       *textView
	}{{"zh", "投资", r.page.rows[0].zh}, {"en", "investment", r.page.rows[0].en}} {
		text := string(c.view.runes)
		off := len([]rune(text[:strings.Index(text, c.word)])) + 1
		lookupEntries(d, c.word) // the English index is built once a process
		b.Run(c.name, func(b *testing.B) {
			for range b.N {
				w, _ := d.WordAt(text, off)
				entries, english := lookupEntries(d, w.Text)
				r.showHover(c.view, w, entries, english, fyne.NewPos(300, 300))
				if r.lookup.hoverWord != c.word {
					b.Fatalf("the card shows %q", r.lookup.hoverWord)
				}
				r.closeHover()
			}
		})
	}
}

// BenchmarkCheckPanelShowAll lists every figure without a counterpart of
// an article of 200 rows, each with a changed figure (likely) and a
// counting word (unlikely): 600 lines on 200 cards, laid out at the
// sidebar's width. It is what turning Show all on costs.
func BenchmarkCheckPanelShowAll(b *testing.B) {
	r := benchReader(b)
	text := ""
	for i := range 200 {
		text += fmt.Sprintf("第%d季度，三家公司投资 %d 亿美元。\nIn quarter %d, the companies invested $%d billion.\n\n", i+1, 100+i, i+1, 90+i)
	}
	a, err := article.Parse([]byte(text))
	if err != nil {
		b.Fatal(err)
	}
	r.show(a, nil)
	c := newCheckPanel(r)
	r.check = c
	c.art, c.all = a, quantity.CheckAll(a)
	b.ResetTimer()
	for range b.N {
		c.showAll.SetChecked(true)
		c.root.Resize(fyne.NewSize(360, 700))
		c.showAll.SetChecked(false)
	}
	b.ReportMetric(float64(len(c.all)), "figures")
}
