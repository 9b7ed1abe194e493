package app

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// TestAHighlightAndItsCounterpartBecomeATerm confirms a pair from a
// highlight whose counterpart the dictionary could not find (nonbinding),
// and checks that it counts at once: a new highlight's counterpart is the
// term's pair, and the window's ~ search expands to it.
func TestAHighlightAndItsCounterpartBecomeATerm(t *testing.T) {
	u, lib := openSeed(t)
	r := u.reader
	highlight(t, u, article.EN, "nonbinding")
	settle(t, u)
	an := annotationQuoting(t, lib, "nonbinding")
	if an.Counterpart == nil || an.Counterpart.Exact == "不具约束力" {
		t.Fatalf("without the term the counterpart is %+v", an.Counterpart)
	}
	r.editing = an
	r.bar.showForAnnotation(an)
	if r.bar.termBtn.Hidden {
		t.Fatal("a highlight with a counterpart offers no Add to terms")
	}
	test.Tap(r.bar.termBtn)
	entries := dialogEntries(t, u)
	if len(entries) != 3 || entries[0].Text != strings.TrimSpace(an.Counterpart.Exact) || entries[1].Text != "nonbinding" {
		t.Fatalf("the dialog offers %d fields, Chinese %q, English %q", len(entries), entries[0].Text, entries[1].Text)
	}
	entries[0].SetText("不具约束力") // the reader trims the sentence to the words
	submitDialog(t, u, "Add")
	settle(t, u)
	if list, err := lib.Terms(); err != nil || len(list) != 1 || list[0].ZH != "不具约束力" || list[0].EN != "nonbinding" {
		t.Fatalf("terms on disk: %+v, %v", list, err)
	}
	// A new highlight of the same words finds the term's pair. (The
	// selection is set, not dragged: the reader has scrolled to the
	// highlight.)
	r.remove(an)
	settle(t, u)
	r.sel = selection{view: r.page.rows[an.Target.Pair].view(article.EN), span: article.Span{Start: an.Target.Start, End: an.Target.End}}
	r.colour(annotation.Yellow)
	settle(t, u)
	if an := annotationQuoting(t, lib, "nonbinding"); an.Counterpart == nil || an.Counterpart.Exact != "不具约束力" {
		t.Errorf("with the term the counterpart is %+v", an.Counterpart)
	}
	// The window's ~ search expands to the pair.
	u.search.field.SetText("~nonbinding")
	u.search.run()
	settle(t, u)
	if got := alsoShown(u.search); !u.search.also.Visible() || got != "~nonbinding also: [不具约束力 ×]" {
		t.Errorf("~nonbinding shows %q under the field", got)
	}
}

// TestTermsTabAddsRemovesAndExports works the Terms tab: a pair typed in
// either order, a duplicate refused, a removal, and a TMX export.
func TestTermsTabAddsRemovesAndExports(t *testing.T) {
	u, lib := openSeed(t)
	v := u.terms
	u.tabs.Select(u.termsTab)
	settle(t, u)
	v.zh.SetText("investment") // the English first: the pair is put in order
	v.en.SetText("投资")
	v.note.SetText("capex")
	v.addTyped()
	settle(t, u)
	v.zh.SetText("降息")
	v.en.SetText("rate cut")
	v.addTyped()
	settle(t, u)
	if len(v.terms) != 2 || v.terms[0].ZH != "投资" || v.terms[0].EN != "investment" || v.terms[0].Note != "capex" || v.zh.Text != "" {
		t.Fatalf("the tab lists %+v", v.terms)
	}
	v.zh.SetText("投資")
	v.en.SetText("Investment")
	v.addTyped()
	settle(t, u)
	if list, _ := lib.Terms(); len(list) != 2 || v.zh.Text != "投資" {
		t.Errorf("a duplicate was added, or its fields cleared: %+v", list)
	}
	dismissDialogs(u)
	v.list.Select(1)
	v.removeChosen()
	settle(t, u)
	if list, _ := lib.Terms(); len(list) != 1 || list[0].ZH != "投资" || len(v.terms) != 1 {
		t.Errorf("after remove: %+v on disk, %+v shown", list, v.terms)
	}
	out := filepath.Join(t.TempDir(), "terms.tmx")
	v.export("tmx")
	dialogEntry(t, u).SetText(out)
	submitDialog(t, u)
	settle(t, u)
	data, err := os.ReadFile(out)
	var doc struct {
		Segs []string `xml:"body>tu>tuv>seg"`
	}
	if err != nil || xml.Unmarshal(data, &doc) != nil || strings.Join(doc.Segs, "|") != "投资|investment" {
		t.Errorf("the TMX export holds %q (%v)", data, err)
	}
}

// TestTermsTabSaysABadLine checks that a hand-edited list with a bad line
// is named in the tab, with its line.
func TestTermsTabSaysABadLine(t *testing.T) {
	u, lib := openSeed(t)
	path := filepath.Join(library.DefaultDir(), library.TermsFile)
	if err := os.WriteFile(path, []byte("投资\tinvestment\n投资 investment\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	u.tabs.Select(u.termsTab)
	settle(t, u)
	if u.terms.problem.Hidden || !strings.Contains(u.terms.problem.Text, "line 2") {
		t.Errorf("the tab says %q", u.terms.problem.Text)
	}
	if _, err := lib.Terms(); err == nil {
		t.Error("the bad line reads")
	}
}

func annotationQuoting(t *testing.T, lib *library.Library, quote string) *annotation.Annotation {
	t.Helper()
	list, _, err := lib.Annotations(seedID)
	if err != nil {
		t.Fatal(err)
	}
	for _, an := range list {
		if an.Target.Exact == quote {
			return an
		}
	}
	t.Fatalf("no annotation quotes %q", quote)
	return nil
}

// dialogEntries are the text fields of the dialog on top, in order.
func dialogEntries(t *testing.T, u *ui) []*widget.Entry {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	var out []*widget.Entry
	for _, o := range test.LaidOutObjects(top) {
		if e, ok := o.(*widget.Entry); ok {
			out = append(out, e)
		}
	}
	return out
}

// dismissDialogs closes the dialogs on top (an error the session showed).
func dismissDialogs(u *ui) {
	for u.win.Canvas().Overlays().Top() != nil {
		u.win.Canvas().Overlays().Remove(u.win.Canvas().Overlays().Top())
	}
}
