package app

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
	"tandem/assets"
	"tandem/internal/testenv"
	"tandem/library"
)

// newTestApp starts Fyne's headless test app with Tandem's theme.
func newTestApp(t *testing.T) {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(newTheme())
}

func seedArticle(t *testing.T) *article.Article {
	t.Helper()
	a, err := article.Parse(testenv.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// newTestUI opens a library in temporary XDG folders and builds the window
// on it, with the session's writer running on its goroutine and the test's
// own goroutine standing in for the UI thread (see settle).
func newTestUI(t *testing.T) (*ui, *library.Library) {
	t.Helper()
	lib := testLibrary(t)
	return newTestUIOn(t, lib, lib), lib
}

// testLibrary starts the headless app and opens a library in temporary
// XDG folders.
func testLibrary(t *testing.T) *library.Library {
	t.Helper()
	newTestApp(t)
	testenv.Isolate(t)
	lib, err := library.Open(library.Options{Welcome: assets.Welcome})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

// newTestUIOn builds the window on a library whose changes go through st:
// the library itself, or one whose disk fails on purpose.
func newTestUIOn(t *testing.T, lib *library.Library, st store) *ui {
	t.Helper()
	w := test.NewTempWindow(t, nil)
	u := newUI(lib, w, "test")
	u.session.store = st
	u.session.pause = func(int) time.Duration { return time.Millisecond }
	// Search and filter on each keystroke: a typing timer would fire on a
	// goroutine of its own, through the test driver's fyne.Do, maybe during
	// a later test.
	u.search.pause, u.list.pause = 0, 0
	ui := &uiThread{posted: make(chan func(), 4096), goroutine: goroutineID()}
	u.session.ui = ui.post
	uiThreads.Store(u, ui)
	checkUI = ui.check(t)
	t.Cleanup(func() { checkUI = func() {} })
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	u.session.start(stop)
	w.Resize(fyne.NewSize(1200, 800))
	return u
}

func TestFirstRunOpensWelcomeArticle(t *testing.T) {
	u, _ := newTestUI(t)
	u.reload()
	settle(t, u)
	if len(u.list.items) != 1 {
		t.Fatalf("list has %d articles, want the welcome article alone", len(u.list.items))
	}
	if got := string(u.reader.page.title.runes); got != "Welcome to Tandem\n欢迎使用 Tandem" {
		t.Errorf("reader shows %q, want the welcome article", got)
	}
	if len(u.reader.page.rows) < 3 {
		t.Errorf("welcome article shows %d rows", len(u.reader.page.rows))
	}
}

func TestImportShowsArticleAndListsFailures(t *testing.T) {
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("seed.txt", testenv.Seed(t))
	write("empty.txt", nil)
	write("binary.txt", []byte("PK\x03\x04\x00\x00binary"))

	u.importPaths([]string{dir})
	settle(t, u)

	status := u.status.label.Text
	for _, want := range []string{"Imported 1 article", "2 failed"} {
		if !strings.Contains(status, want) {
			t.Errorf("status %q lacks %q", status, want)
		}
	}
	if !u.status.bar.Hidden || !u.status.cancel.Hidden {
		t.Error("progress bar or Cancel still shown after the import ended")
	}
	if got := string(u.reader.page.title.runes); !strings.HasPrefix(got, "Nvidia CEO Jensen Huang") || !strings.Contains(got, "\nNvidia 执行长") {
		t.Errorf("reader shows %q, want the imported article", got)
	}
	if len(u.list.items) != 2 {
		t.Errorf("list has %d articles, want 2", len(u.list.items))
	}
	overlay := u.win.Canvas().Overlays().Top()
	if overlay == nil {
		t.Fatal("no dialog lists the failed files")
	}
	text := strings.Join(labelTexts(overlay), "\n")
	for _, want := range []string{"empty.txt: the file is empty", "binary.txt: the file is not text"} {
		if !strings.Contains(text, want) {
			t.Errorf("failure dialog lacks %q:\n%s", want, text)
		}
	}
	if list, _ := lib.List(); len(list) != 2 {
		t.Errorf("library holds %d articles, want 2", len(list))
	}
}

func labelTexts(o fyne.CanvasObject) []string {
	var out []string
	for _, obj := range test.LaidOutObjects(o) {
		if l, ok := obj.(*widget.Label); ok {
			out = append(out, l.Text)
		}
	}
	return out
}

func TestReaderPutsChineseLeftAndEnglishRight(t *testing.T) {
	u, _ := newTestUI(t)
	a := seedArticle(t)
	r := u.reader
	r.show(a, nil)
	r.page.Resize(fyne.NewSize(1000, r.page.MinSize().Height))

	if len(r.page.rows) != len(a.Pairs) {
		t.Fatalf("%d rows for %d pairs", len(r.page.rows), len(a.Pairs))
	}
	lastBottom := float32(0)
	for i, row := range r.page.rows {
		zh, en := row.zh, row.en
		if string(zh.runes) != a.Pairs[i].ZH || string(en.runes) != a.Pairs[i].EN {
			t.Errorf("row %d: columns do not hold pair %d", i, i)
		}
		if zh.Position().X >= en.Position().X {
			t.Errorf("row %d: Chinese at x=%v is not left of English at x=%v", i, zh.Position().X, en.Position().X)
		}
		if zh.Position().Y != en.Position().Y || zh.Size().Height != en.Size().Height {
			t.Errorf("row %d: columns not aligned: %v/%v vs %v/%v", i, zh.Position(), zh.Size(), en.Position(), en.Size())
		}
		want := max(zh.heightFor(zh.Size().Width), en.heightFor(en.Size().Width))
		if zh.Size().Height != want {
			t.Errorf("row %d: height %v, want the taller paragraph's %v", i, zh.Size().Height, want)
		}
		if zh.Position().Y < lastBottom {
			t.Errorf("row %d overlaps the row above", i)
		}
		lastBottom = zh.Position().Y + zh.Size().Height
	}
	if h := r.page.MinSize().Height; h < lastBottom {
		t.Errorf("page height %v is less than its content %v: the scroll would cut it", h, lastBottom)
	}
}

func fyneClipboard() fyne.Clipboard { return fyne.CurrentApp().Clipboard() }

func TestImportAPathByTyping(t *testing.T) {
	u, lib := newTestUI(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "seed.txt"), testenv.Seed(t), 0o644); err != nil {
		t.Fatal(err)
	}
	u.askPath()
	entry := dialogEntry(t, u)
	entry.SetText(dir)
	submitDialog(t, u, "Import")
	settle(t, u)
	if _, err := lib.Article(seedID); err != nil {
		t.Fatalf("the typed folder was not imported: %v", err)
	}
	if got := u.prefs().String(prefLastFolder); got != dir {
		t.Errorf("last folder %q, want %q", got, dir)
	}
	u.askPath()
	if got := dialogEntry(t, u).Text; got != dir+string(filepath.Separator) {
		t.Errorf("the next path dialog starts at %q, want the last folder", got)
	}
}

func TestImportDialogsTakeATypedPathAndStartInTheLastFolder(t *testing.T) {
	u, lib := newTestUI(t)
	dir := t.TempDir()
	sub := filepath.Join(dir, "commentary")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"seed.txt": testenv.Seed(t), "notes.xlsx": []byte("PK"), ".hidden.txt": nil} {
		if err := os.WriteFile(filepath.Join(sub, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c := u.choosePath(false)
	entry := dialogEntry(t, u)
	entry.SetText(sub + string(filepath.Separator)) // typed: the folder is listed
	until(t, u, func() bool { return c.dir == sub && len(c.entries) == 1 })
	if c.entries[0].Name() != "seed.txt" {
		t.Errorf("the dialog lists %q, want the one importable file", c.entries[0].Name())
	}
	c.list.Select(0)
	if entry.Text != filepath.Join(sub, "seed.txt") {
		t.Errorf("choosing the file put %q in the path field", entry.Text)
	}
	submitDialog(t, u, "Import")
	settle(t, u)
	if _, err := lib.Article(seedID); err != nil {
		t.Fatalf("the chosen file was not imported: %v", err)
	}
	c = u.choosePath(true)
	if got := dialogEntry(t, u).Text; got != sub+string(filepath.Separator) {
		t.Errorf("the folder dialog starts at %q, want the last folder used", got)
	}
	dialogEntry(t, u).SetText(filepath.Join(dir, "nowhere"))
	submitDialog(t, u, "Import")
	if c.problem.Hidden || u.win.Canvas().Overlays().Top() == nil {
		t.Error("a path to nothing closed the dialog without saying why")
	}
}

func TestExportDialogTakesATypedPath(t *testing.T) {
	u, _ := newTestUI(t)
	dir := t.TempDir()
	write := func(w io.Writer) error { _, err := io.WriteString(w, "id,quote\n"); return err }
	u.saveExport("claims", "csv", write)
	entry := dialogEntry(t, u)
	if !strings.HasPrefix(filepath.Base(entry.Text), "tandem-claims-") || !strings.HasSuffix(entry.Text, ".csv") {
		t.Errorf("the save dialog suggests %q", entry.Text)
	}
	out := filepath.Join(dir, "claims.csv")
	entry.SetText(out)
	submitDialog(t, u)
	settle(t, u)
	if data, err := os.ReadFile(out); err != nil || string(data) != "id,quote\n" {
		t.Fatalf("the export at the typed path holds %q (%v)", data, err)
	}
	u.saveExport("claims", "csv", write)
	if got := filepath.Dir(dialogEntry(t, u).Text); got != dir {
		t.Errorf("the next export starts in %q, want the last folder used", got)
	}
}
