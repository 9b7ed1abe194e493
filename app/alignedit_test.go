package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
)

func TestFixAlignmentInTheReaderAndUndo(t *testing.T) {
	u, lib := openSeed(t)
	r := u.reader
	en := r.page.rows[1].en
	r.tappedSecondary(en, 5, fyne.NewPos(500, 300))
	menu := u.win.Canvas().Overlays().Top()
	if menu == nil {
		t.Fatal("no menu on a right click")
	}
	var labels []string
	for _, o := range test.LaidOutObjects(menu) {
		switch o := o.(type) {
		case *canvas.Text:
			labels = append(labels, o.Text)
		case *widget.Label:
			labels = append(labels, o.Text)
		}
	}
	got := strings.Join(labels, "|")
	for _, want := range []string{"Merge this pair with the next", "Move this sentence to the previous pair", "Link this sentence to…", "Unlink from Chinese sentence 1"} {
		if !strings.Contains(got, want) {
			t.Errorf("the menu lacks %q: %s", want, got)
		}
	}
	if strings.Contains(got, "Split") {
		t.Errorf("the first sentence offers a split: %s", got)
	}
	u.win.Canvas().Overlays().Remove(menu)

	r.editAlignment(article.Edit{Op: article.OpMerge, Pair: 1})
	settle(t, u)
	if len(r.page.rows) != 2 || len(r.art.Pairs) != 2 {
		t.Fatalf("after merge: %d rows", len(r.page.rows))
	}
	if a, _ := lib.Article(seedID); len(a.Pairs) != 2 {
		t.Errorf("the merge did not reach the library: %d pairs", len(a.Pairs))
	}
	r.undo(false)
	settle(t, u)
	if len(r.page.rows) != 3 {
		t.Errorf("Ctrl+Z left %d rows, want 3", len(r.page.rows))
	}

	// Link mode: choose a sentence, then click one in the other language.
	p := &r.art.Pairs[0]
	r.startLink(sentenceRef{pair: 0, index: 0, lang: article.ZH})
	second := p.SentencesEN[1]
	r.tapped(r.page.rows[0].en, second.Start+1)
	settle(t, u)
	found := false
	for _, k := range r.art.Pairs[0].Links {
		if k == (article.Link{ZH: 0, EN: 1}) {
			found = true
		}
	}
	if !found {
		t.Errorf("links after linking zh 0 to en 1: %v", r.art.Pairs[0].Links)
	}
}
