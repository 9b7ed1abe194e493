package app

import (
	"bufio"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// writeVersions writes WMT newstest2020 segments from..to-1 (real news and
// its published translation, see internal/eval/testdata/wmt/README.md) as
// a Chinese text file and an English HTML page in dir.
func writeVersions(t *testing.T, dir string, from, to int) (zh, en string) {
	t.Helper()
	f, err := os.Open("../internal/eval/testdata/wmt/newstest2020.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var z, e strings.Builder
	e.WriteString("<!doctype html><html><head><meta charset=utf-8><title>News digest</title></head><body>\n")
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for i := 0; sc.Scan(); {
		if f := strings.Split(sc.Text(), "\t"); len(f) == 3 {
			if i >= from && i < to {
				z.WriteString(f[1] + "\n\n")
				e.WriteString("<p>" + html.EscapeString(f[2]) + "</p>\n")
			}
			i++
		}
	}
	e.WriteString("</body></html>\n")
	zh, en = filepath.Join(dir, "version-zh.txt"), filepath.Join(dir, "version-en.html")
	os.WriteFile(zh, []byte(z.String()), 0o644)
	os.WriteFile(en, []byte(e.String()), 0o644)
	return zh, en
}

// paired returns the articles of the library made of two versions.
func paired(t *testing.T, lib *library.Library) []*article.Article {
	t.Helper()
	list, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	var out []*article.Article
	for _, s := range list {
		if a, err := lib.Article(s.ID); err == nil && a.Format == article.FormatPair {
			out = append(out, a)
		}
	}
	return out
}

func overlayHasButton(u *ui, label string) bool {
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		return false
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == label {
			return true
		}
	}
	return false
}

func TestDroppingTwoVersionsOffersToPairThem(t *testing.T) {
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	zh, en := writeVersions(t, t.TempDir(), 60, 70)
	u.importURIs([]fyne.URI{storage.NewFileURI(en), storage.NewFileURI(zh)})
	until(t, u, func() bool { return overlayHasButton(u, "Pair as one article") })
	if !overlayHasButton(u, "Import separately") {
		t.Error("the offer has no way to import the files separately")
	}
	submitDialog(t, u, "Pair as one article")
	settle(t, u)
	ps := paired(t, lib)
	if len(ps) != 1 || len(ps[0].Pairs) != 10 {
		t.Fatalf("%d paired articles, want one of 10 rows", len(ps))
	}
	if u.reader.art == nil || u.reader.art.ID != ps[0].ID {
		t.Error("the paired article was not opened")
	}
	for _, p := range ps[0].Pairs {
		if p.ZH == "" || p.EN == "" {
			t.Errorf("a row in one language: %.20q | %.20q", p.ZH, p.EN)
		}
	}
}

func TestDroppingTwoVersionsMayImportThemSeparately(t *testing.T) {
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	before, _ := lib.List()
	zh, en := writeVersions(t, t.TempDir(), 80, 86)
	u.importURIs([]fyne.URI{storage.NewFileURI(zh), storage.NewFileURI(en)})
	until(t, u, func() bool { return overlayHasButton(u, "Import separately") })
	submitDialog(t, u, "Import separately")
	settle(t, u)
	after, _ := lib.List()
	if len(after) != len(before)+2 || len(paired(t, lib)) != 0 {
		t.Errorf("%d articles after, %d before; want two more, none paired", len(after), len(before))
	}
}

func TestDroppingTwoFilesInOneLanguageImportsThemWithoutAsking(t *testing.T) {
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	before, _ := lib.List()
	_, en1 := writeVersions(t, t.TempDir(), 90, 95)
	_, en2 := writeVersions(t, t.TempDir(), 95, 100)
	u.importURIs([]fyne.URI{storage.NewFileURI(en1), storage.NewFileURI(en2)})
	settle(t, u)
	if overlayHasButton(u, "Pair as one article") {
		t.Error("two English files were offered as a pair")
	}
	if after, _ := lib.List(); len(after) != len(before)+2 {
		t.Errorf("%d articles after, %d before; want both imported", len(after), len(before))
	}
}

func TestImportTwoVersionsDialog(t *testing.T) {
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	dir := t.TempDir()
	zh, en := writeVersions(t, dir, 100, 108)
	p := u.choosePair()
	p.a.SetText(zh)
	// The second field is filled through its Browse button and the app's
	// own path chooser.
	var browse *widget.Button
	for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Browse…" {
			browse = b // the last one: the second field's
		}
	}
	if browse == nil {
		t.Fatal("no Browse button")
	}
	test.Tap(browse)
	chooser := dialogEntry(t, u)
	chooser.SetText(en)
	submitDialog(t, u, "Choose")
	if p.b.Text != en {
		t.Fatalf("the chooser put %q in the field", p.b.Text)
	}
	submitDialog(t, u, "Import")
	settle(t, u)
	ps := paired(t, lib)
	if len(ps) != 1 || len(ps[0].Pairs) != 8 {
		t.Fatalf("%d paired articles", len(ps))
	}
	// Two files in one language: the failure names them, nothing is saved.
	before, _ := lib.List()
	p = u.choosePair()
	p.a.SetText(en)
	p.b.SetText(en)
	submitDialog(t, u, "Import")
	settle(t, u)
	if after, _ := lib.List(); len(after) != len(before) {
		t.Error("a pair in one language was saved")
	}
	if !strings.Contains(u.status.label.Text, "1 failed") {
		t.Errorf("status %q", u.status.label.Text)
	}
}

func TestAddOtherLanguageReanchorsHighlights(t *testing.T) {
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	zh, en := writeVersions(t, t.TempDir(), 110, 118)
	data, _ := os.ReadFile(zh)
	r := lib.Import(zh, data)
	if r.Status != library.Imported {
		t.Fatal(r.Err)
	}
	one, _ := lib.Article(r.ID)
	quote := string([]rune(one.Pairs[3].ZH)[3:12])
	tg, err := annotation.FindQuote(one, article.ZH, quote, 1)
	if err != nil {
		t.Fatal(err)
	}
	an := annotation.New(one, tg, annotation.Green)
	if err := lib.SaveAnnotation(an); err != nil {
		t.Fatal(err)
	}
	u.reload()
	u.open(r.ID)
	settle(t, u)
	u.addOtherLanguage()
	dialogEntry(t, u).SetText(en)
	submitDialog(t, u, "Add")
	settle(t, u)
	a, _ := lib.Article(r.ID)
	if a.Format != article.FormatPair || oneLanguage(a) {
		t.Fatalf("the article is %s, one language %v", a.Format, oneLanguage(a))
	}
	got, err := lib.FindAnnotation(an.ID)
	if err != nil || got.Orphan || got.Target.Exact != quote || a.Pairs[got.Target.Pair].EN == "" {
		t.Errorf("the highlight is now %+v (%v)", got.Target, err)
	}
	if !strings.Contains(u.status.label.Text, "Paired with version-en.html") {
		t.Errorf("status %q", u.status.label.Text)
	}
	if u.reader.art == nil || oneLanguage(u.reader.art) {
		t.Error("the reader still shows the article in one language")
	}
	u.addOtherLanguage()
	if !strings.Contains(u.status.label.Text, "both languages already") {
		t.Errorf("a second add: status %q", u.status.label.Text)
	}
}
