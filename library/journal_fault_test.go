package library

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"tandem/annotation"
	"tandem/article"
)

// fullDisk makes every undo step fail to write, as on a full disk, until
// the test ends.
func fullDisk(t *testing.T) {
	t.Helper()
	saved := writeStepFile
	writeStepFile = func(string, []byte) error { return &os.PathError{Op: "write", Path: "step", Err: syscall.ENOSPC} }
	t.Cleanup(func() { writeStepFile = saved })
}

// libraryFiles reads every file of the library's articles and trash.
func libraryFiles(t *testing.T, lib *Library) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, sub := range []string{"articles", "trash"} {
		filepath.WalkDir(filepath.Join(lib.Dir(), sub), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				data, _ := os.ReadFile(p)
				out[p] = string(data)
			}
			return nil
		})
	}
	return out
}

// TestChangeAndUndoStepLandTogether plays a full disk under every change
// that records an undo step: none may change a file when its step cannot
// be written, and the next undo takes back the last change that did land,
// not the one before it.
func TestChangeAndUndoStepLandTogether(t *testing.T) {
	lib, a := withSeed(t)
	first := highlight(t, lib, a, article.EN, "nonbinding", "tech")
	before := libraryFiles(t, lib)

	tg, err := annotation.FindQuote(a, article.EN, "Microsoft Copilot", 1)
	if err != nil {
		t.Fatal(err)
	}
	second := annotation.New(a, tg, annotation.Pink)
	edited := first.Clone()
	edited.Note = "an edit that cannot be recorded"
	changes := []struct {
		name string
		do   func() error
	}{
		{"annotate", func() error { return lib.SaveAnnotation(second) }},
		{"edit", func() error { return lib.SaveAnnotation(edited) }},
		{"delete", func() error { _, err := lib.DeleteAnnotation(first.ID); return err }},
		{"rename tag", func() error { _, err := lib.RenameTag("tech", "ai"); return err }},
		{"align", func() error {
			_, _, err := lib.EditAlignment(seedID, article.Edit{Op: article.OpMerge, Pair: 0})
			return err
		}},
		{"import", func() error { return errors.Join(lib.ImportAnnotations([]*annotation.Annotation{second}).Errs...) }},
	}
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			fullDisk(t)
			err := c.do()
			if !errors.Is(err, syscall.ENOSPC) {
				t.Errorf("%s on a full disk: %v, want ENOSPC", c.name, err)
			}
			if after := libraryFiles(t, lib); !sameFiles(before, after) {
				t.Errorf("%s changed files though its undo step could not be written", c.name)
			}
		})
	}

	// The disk has room again: undo takes back the first highlight, the
	// one change that landed.
	if what, err := lib.Undo(); err != nil || what != "annotate" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if _, err := lib.FindAnnotation(first.ID); !errors.Is(err, ErrNoAnnotation) {
		t.Errorf("undo left the first highlight: %v", err)
	}
	if _, err := lib.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("a second undo: %v, want nothing to undo", err)
	}
}

// TestUndoSkipsAStepThatNeverLanded leaves a step whose files were never
// written (a crash between the two): undo drops it and takes back the
// change before it.
func TestUndoSkipsAStepThatNeverLanded(t *testing.T) {
	lib, a := withSeed(t)
	first := highlight(t, lib, a, article.EN, "nonbinding")
	tg, _ := annotation.FindQuote(a, article.EN, "Microsoft Copilot", 1)
	ghost := annotation.New(a, tg, annotation.Pink)
	c, err := lib.prepareAnnotation(ghost)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := lib.journal("undo", step{What: "annotate", Changes: []change{c}}); err != nil {
		t.Fatal(err)
	}
	if what, err := lib.Undo(); err != nil || what != "annotate" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if _, err := lib.FindAnnotation(first.ID); !errors.Is(err, ErrNoAnnotation) {
		t.Errorf("undo did not take back the change before the step that never landed: %v", err)
	}
}

func sameFiles(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || v != w {
			return false
		}
	}
	return true
}
