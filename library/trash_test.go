package library

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/annotation"
	"tandem/article"
)

// TestEmptiedTrashIsGoneForGood deletes an annotation that has a history
// (created, edited, retagged along with another), empties the trash, and
// undoes everything: the emptied annotation must never come back, and no
// copy of it may stay in the undo journal.
func TestEmptiedTrashIsGoneForGood(t *testing.T) {
	lib, a := withSeed(t)
	kept := highlight(t, lib, a, article.EN, "Microsoft Copilot", "tech")
	gone := highlight(t, lib, a, article.EN, "nonbinding", "tech")
	gone.Note = "emptied-note-7f3a"
	if err := lib.SaveAnnotation(gone); err != nil {
		t.Fatal(err)
	}
	if n, err := lib.RenameTag("tech", "ai"); err != nil || n != 2 {
		t.Fatalf("rename tag: %d %v", n, err)
	}
	if _, err := lib.DeleteAnnotation(gone.ID); err != nil {
		t.Fatal(err)
	}
	if n, err := lib.EmptyTrash(); err != nil || n != 1 {
		t.Fatalf("empty trash: %d %v", n, err)
	}
	assertJournalForgot(t, lib, gone.ID, gone.Note)

	// The rename step keeps its change to the other annotation; the
	// emptied annotation's own steps are dropped.
	for _, want := range []string{`rename tag "tech" to "ai"`, "annotate"} {
		if what, err := lib.Undo(); err != nil || what != want {
			t.Errorf("undo: %q %v, want %q", what, err, want)
		}
		assertGone(t, lib, gone.ID)
	}
	if _, err := lib.FindAnnotation(kept.ID); !errors.Is(err, ErrNoAnnotation) {
		t.Errorf("undoing the other annotation's creation left it: %v", err)
	}
	if what, err := lib.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo took back %q (%v), want nothing left to undo", what, err)
	}
	for {
		if _, err := lib.Redo(); err != nil {
			break
		}
		assertGone(t, lib, gone.ID)
	}
	if got, err := lib.FindAnnotation(kept.ID); err != nil || !got.HasTag("ai") {
		t.Errorf("redo did not bring back the other annotation with its new tag: %v", err)
	}
}

// TestEmptiedTrashCannotBeRedone empties a trash that holds an annotation
// whose creation was undone: Redo must not bring it back.
func TestEmptiedTrashCannotBeRedone(t *testing.T) {
	lib, a := withSeed(t)
	gone := highlight(t, lib, a, article.ZH, "不具约束力")
	if what, err := lib.Undo(); err != nil || what != "annotate" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if n, err := lib.EmptyTrash(); err != nil || n != 1 {
		t.Fatalf("empty trash: %d %v", n, err)
	}
	assertJournalForgot(t, lib, gone.ID, gone.Target.Exact)
	if what, err := lib.Redo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("redo took back %q (%v), want nothing to redo", what, err)
	}
	assertGone(t, lib, gone.ID)
}

func assertGone(t *testing.T, lib *Library, id string) {
	t.Helper()
	if _, err := lib.FindAnnotation(id); !errors.Is(err, ErrNoAnnotation) {
		t.Errorf("the emptied annotation is back: %v", err)
	}
	if _, err := os.Stat(filepath.Join(lib.Dir(), "articles", seedID, "annotations", id+".json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the emptied annotation's file is back: %v", err)
	}
	if list, _, _ := lib.Annotations(seedID); containsID(list, id) {
		t.Error("the emptied annotation is listed again")
	}
	if _, err := os.Stat(filepath.Join(lib.Dir(), "trash", seedID, id+".json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the emptied annotation is back in the trash: %v", err)
	}
}

// assertJournalForgot reads every file under journal/ for the words.
func assertJournalForgot(t *testing.T, lib *Library, words ...string) {
	t.Helper()
	err := filepath.WalkDir(filepath.Join(lib.Dir(), "journal"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		for _, w := range words {
			if strings.Contains(string(data), w) {
				t.Errorf("%s still holds %q of the emptied annotation", path, w)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func containsID(list []*annotation.Annotation, id string) bool {
	for _, an := range list {
		if an.ID == id {
			return true
		}
	}
	return false
}
