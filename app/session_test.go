package app

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"syscall"
	"testing"

	"fyne.io/fyne/v2"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/testenv"
	"tandem/library"
)

// failingDisk is the library behind a disk that refuses annotation writes
// while err is set, counting every try.
type failingDisk struct {
	*library.Library
	mu    sync.Mutex
	err   error
	tries int
}

func (d *failingDisk) fail(err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.err = err
}

// try counts a write and says whether the disk refuses it.
func (d *failingDisk) try() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.tries++
	return d.err
}

func (d *failingDisk) attempts() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.tries
}

func (d *failingDisk) SaveAnnotation(an *annotation.Annotation) error {
	if err := d.try(); err != nil {
		return err
	}
	return d.Library.SaveAnnotation(an)
}

func (d *failingDisk) DeleteAnnotation(id string) (*annotation.Annotation, error) {
	if err := d.try(); err != nil {
		return nil, err
	}
	return d.Library.DeleteAnnotation(id)
}

var diskFull = &fs.PathError{Op: "write", Path: "annotations/x.json", Err: syscall.ENOSPC}

// openSeedOn opens the sample article in a window whose changes go
// through a failing disk.
func openSeedOn(t *testing.T) (*ui, *failingDisk) {
	t.Helper()
	lib := testLibrary(t)
	if r := lib.Import("seed.txt", testenv.Seed(t)); r.Status != library.Imported {
		t.Fatal(r.Err)
	}
	disk := &failingDisk{Library: lib}
	u := newTestUIOn(t, lib, disk)
	u.reload()
	u.reader.setMode(sideBySide)
	u.open(seedID)
	settle(t, u)
	return u, disk
}

// highlight drags over the first place quote occurs and presses a colour
// key.
func highlight(t *testing.T, u *ui, lang article.Lang, quote string) {
	t.Helper()
	r := u.reader
	tg, err := annotation.FindQuote(r.art, lang, quote, 1)
	if err != nil {
		t.Fatal(err)
	}
	dragOver(t, u, r.page.rows[tg.Pair].view(lang), tg.Start, tg.End)
	r.page.TypedRune('1')
}

func quotesOf(list []*annotation.Annotation) []string {
	var out []string
	for _, an := range list {
		out = append(out, an.Target.Exact)
	}
	slices.Sort(out)
	return out
}

func onDisk(t *testing.T, lib *library.Library) []string {
	t.Helper()
	list, _, err := lib.Annotations(seedID)
	if err != nil {
		t.Fatal(err)
	}
	return quotesOf(list)
}

func TestAFullDiskLosesNothingTheScreenShows(t *testing.T) {
	u, disk := openSeedOn(t)
	r := u.reader
	disk.fail(diskFull)
	highlight(t, u, article.EN, "nonbinding")
	highlight(t, u, article.EN, "Microsoft")
	highlight(t, u, article.ZH, "不具约束力")
	r.remove(r.find(r.anns[0].ID)) // the Chinese one, first in reading order
	tries := disk.attempts()
	until(t, u, func() bool { return disk.attempts() >= tries+3 }) // tried again and again
	want := []string{"Microsoft", "nonbinding"}
	if got := quotesOf(r.anns); !slices.Equal(got, want) {
		t.Fatalf("the screen shows %q, want %q", got, want)
	}
	if got := onDisk(t, disk.Library); len(got) != 0 {
		t.Fatalf("on disk while it is full: %q", got)
	}
	if u.session.waiting() != 4 || u.failing == nil {
		t.Errorf("%d changes waiting, failing %v: want 4 and a dialog", u.session.waiting(), u.failing)
	}
	if n := len(u.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs about the full disk, want 1", n)
	}

	// Opening the article again meanwhile reads the disk, and lays what
	// waits over it.
	u.current = ""
	r.art = nil
	u.open(seedID)
	until(t, u, func() bool { return r.art != nil })
	if got := quotesOf(r.anns); !slices.Equal(got, want) {
		t.Errorf("opened again while the disk is full, the screen shows %q, want %q", got, want)
	}

	disk.fail(nil)
	settle(t, u)
	if got := onDisk(t, disk.Library); !slices.Equal(got, want) {
		t.Errorf("after the disk was freed: %q on disk, want %q", got, want)
	}
	if got := u.status.label.Text; got != "All changes saved." || u.failing != nil {
		t.Errorf("status %q, failing %v", got, u.failing)
	}
	if n := len(u.win.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d dialogs once all is saved, want none", n)
	}
}

func TestAChangeRefusedForGoodIsNotRetried(t *testing.T) {
	u, disk := openSeedOn(t)
	r := u.reader
	disk.fail(fmt.Errorf("annotation.json: %w", &json.SyntaxError{Offset: 3}))
	highlight(t, u, article.EN, "nonbinding")
	if len(r.anns) != 1 {
		t.Fatal("the highlight is not on screen")
	}
	settle(t, u) // the refusal is final: nothing waits to be tried again
	disk.fail(nil)
	if n := disk.attempts(); n != 1 {
		t.Errorf("a final error was tried %d times", n)
	}
	if len(r.anns) != 0 {
		t.Errorf("the refused highlight is still on screen: %q", quotesOf(r.anns))
	}
	if n := len(u.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d error dialogs, want 1", n)
	}
	// The queue goes on.
	highlight(t, u, article.EN, "Microsoft")
	settle(t, u)
	if got := onDisk(t, disk.Library); !slices.Equal(got, []string{"Microsoft"}) {
		t.Errorf("on disk: %q", got)
	}
}

func TestADamagedUndoStepBlocksNothing(t *testing.T) {
	u, disk := openSeedOn(t)
	r := u.reader
	highlight(t, u, article.EN, "nonbinding")
	settle(t, u)
	steps, _ := filepath.Glob(filepath.Join(disk.Dir(), "journal", "undo", "*.json"))
	if len(steps) == 0 {
		t.Fatal("no undo step on disk")
	}
	if err := os.WriteFile(steps[len(steps)-1], []byte("{\"what\": \"annot"), 0o644); err != nil {
		t.Fatal(err)
	}
	r.undo(false)
	highlight(t, u, article.EN, "Microsoft")
	settle(t, u)
	if n := len(u.win.Canvas().Overlays().List()); n != 1 {
		t.Errorf("%d dialogs for the damaged undo step, want 1", n)
	}
	want := []string{"Microsoft", "nonbinding"}
	if got := onDisk(t, disk.Library); !slices.Equal(got, want) {
		t.Errorf("on disk: %q, want %q", got, want)
	}
	if got := quotesOf(r.anns); !slices.Equal(got, want) {
		t.Errorf("on screen: %q, want %q", got, want)
	}
}

func TestUndoAndRedoKeysReachTheLibrary(t *testing.T) {
	u, lib := openSeed(t)
	r := u.reader
	highlight(t, u, article.EN, "nonbinding")
	settle(t, u)
	for _, step := range []struct {
		name string
		key  func()
		want int
	}{
		{"Ctrl+Z in the text", func() { r.page.TypedShortcut(&fyne.ShortcutUndo{}) }, 0},
		{"Ctrl+Y in the text", func() { r.page.TypedShortcut(&fyne.ShortcutRedo{}) }, 1},
		{"Ctrl+Z from the menu, nothing focused", func() { u.win.Canvas().Unfocus(); u.undoOrRedo(false) }, 0},
		{"Ctrl+Shift+Z", func() { u.windowShortcut(shortcutRedo) }, 1},
	} {
		step.key()
		settle(t, u)
		if got := len(onDisk(t, lib)); got != step.want || len(r.anns) != step.want {
			t.Errorf("%s: %d on disk, %d on screen, want %d", step.name, got, len(r.anns), step.want)
		}
	}

	// With the search field focused, Ctrl+Z undoes its typing, not a
	// highlight.
	u.search.field.SetText("")
	u.win.Canvas().Focus(u.search.field)
	u.search.field.TypedRune('x')
	u.undoOrRedo(false)
	settle(t, u)
	if len(onDisk(t, lib)) != 1 || u.search.field.Text != "" {
		t.Errorf("Ctrl+Z in the search field: %d highlights, field %q", len(onDisk(t, lib)), u.search.field.Text)
	}
}
