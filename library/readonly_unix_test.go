//go:build unix

package library

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tandem/annotation"
	"tandem/article"
	"tandem/index"
	"tandem/internal/testenv"
)

// Tests run as root, past every file permission, so a read-only folder and
// a full disk are played through the lock's seams.

// playFullDisk makes writing the pid into the lock file fail as on a full
// disk.
func playFullDisk(t *testing.T) {
	old := writeLockPID
	writeLockPID = func(*os.File) error {
		return &fs.PathError{Op: "write", Path: "lock", Err: syscall.ENOSPC}
	}
	t.Cleanup(func() { writeLockPID = old })
}

// playReadOnlyFolder makes opening the lock file for writing fail as in a
// folder mounted read-only.
func playReadOnlyFolder(t *testing.T) {
	old := openLockFile
	openLockFile = func(path string) (*os.File, error) {
		return nil, &fs.PathError{Op: "open", Path: path, Err: syscall.EROFS}
	}
	t.Cleanup(func() { openLockFile = old })
}

// seededAndClosed makes a library holding the sample article with one
// highlight, closes it, and returns the highlight.
func seededAndClosed(t *testing.T) *annotation.Annotation {
	t.Helper()
	lib, a := withSeed(t)
	an := highlight(t, lib, a, article.EN, "nonbinding", "denial")
	if err := lib.Close(); err != nil {
		t.Fatal(err)
	}
	return an
}

func TestFullDiskLocksWithoutAPID(t *testing.T) {
	seededAndClosed(t)
	playFullDisk(t)
	lib, err := Open(Options{})
	if err != nil {
		t.Fatalf("Open on a full disk: %v", err)
	}
	defer lib.Close()
	if lib.ReadOnly() != nil {
		t.Errorf("a full disk made the library read-only: %v", lib.ReadOnly())
	}
	if list, err := lib.List(); err != nil || len(list) != 1 || list[0].Highlights != 1 {
		t.Fatalf("List: %v %+v", err, list)
	}
	unlock, err := lib.writing()
	if err != nil {
		t.Fatalf("lock on a full disk: %v", err)
	}
	defer unlock()
	if data, err := os.ReadFile(filepath.Join(lib.Dir(), "lock")); err != nil || len(data) != 0 {
		t.Errorf("lock file holds %q (%v), want it empty", data, err)
	}
	defer func(wait time.Duration) { lockWait = wait }(lockWait)
	lockWait = 50 * time.Millisecond
	other, err := Open(Options{})
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer other.Close()
	_, err = other.writing()
	var locked *LockedError
	if !errors.As(err, &locked) || locked.PID != 0 {
		t.Fatalf("second lock: %v, want a *LockedError without a pid", err)
	}
	if strings.Contains(err.Error(), "pid") {
		t.Errorf("%q names a pid that was never written", err)
	}
}

func TestReadOnlyFolderOpensForReading(t *testing.T) {
	an := seededAndClosed(t)
	dir := DefaultDir()
	lock := filepath.Join(dir, "lock")
	if err := os.Remove(lock); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	playReadOnlyFolder(t)

	lib, err := Open(Options{Welcome: []byte("Welcome to the reader.\n")})
	if err != nil {
		t.Fatalf("Open of a read-only folder: %v", err)
	}
	defer lib.Close()
	var why *ReadOnlyError
	if !errors.As(lib.ReadOnly(), &why) || !errors.Is(why.Cause, syscall.EROFS) {
		t.Fatalf("ReadOnly() = %v, want a *ReadOnlyError caused by EROFS", lib.ReadOnly())
	}
	readEverything(t, lib, an)
	refuseEveryWrite(t, lib, an)

	if _, err := os.Stat(lock); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a lock file was written: %v", err)
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("the read-only library changed:\nbefore\n%s\nafter\n%s", before, after)
	}
}

// readEverything checks that what readers do works: List, Article,
// Annotations, Search, export and the index check.
func readEverything(t *testing.T, lib *Library, an *annotation.Annotation) {
	t.Helper()
	if list, err := lib.List(); err != nil || len(list) != 1 || list[0].ID != seedID || list[0].Highlights != 1 {
		t.Errorf("List: %v %+v", err, list)
	}
	if _, err := lib.Article(seedID); err != nil {
		t.Errorf("Article: %v", err)
	}
	if list, aside, err := lib.Annotations(seedID); err != nil || len(aside) != 0 || len(list) != 1 || list[0].ID != an.ID {
		t.Errorf("Annotations: %v %v %v", err, aside, list)
	}
	if err := lib.SyncIndex(context.Background(), nil); err != nil {
		t.Errorf("SyncIndex: %v", err)
	}
	if res, err := lib.Search(context.Background(), "nonbinding", index.SearchOptions{Limit: 10}); err != nil || len(res.Hits) == 0 {
		t.Errorf("Search: %v %+v", err, res)
	}
	if items, aside, err := lib.ExportItems(nil); err != nil || len(aside) != 0 || len(items) != 1 {
		t.Errorf("ExportItems: %v %v %d items", err, aside, len(items))
	}
	if diffs, err := lib.IndexDifferences(); err != nil || len(diffs) != 0 {
		t.Errorf("IndexDifferences: %v %v", err, diffs)
	}
}

// refuseEveryWrite checks that every method that writes fails with
// ErrReadOnly.
func refuseEveryWrite(t *testing.T, lib *Library, an *annotation.Annotation) {
	t.Helper()
	a, err := lib.Article(seedID)
	if err != nil {
		t.Fatal(err)
	}
	tg, err := annotation.FindQuote(a, article.ZH, "不具约束力", 1)
	if err != nil {
		t.Fatal(err)
	}
	writes := map[string]func() error{
		"SaveAnnotation": func() error { return lib.SaveAnnotation(annotation.New(a, tg, annotation.Yellow)) },
		"DeleteAnnotation": func() error {
			_, err := lib.DeleteAnnotation(an.ID)
			return err
		},
		"ImportAnnotations": func() error {
			r := lib.ImportAnnotations([]*annotation.Annotation{annotation.New(a, tg, annotation.Green)})
			return errors.Join(r.Errs...)
		},
		"RenameTag": func() error {
			_, err := lib.RenameTag("denial", "refusal")
			return err
		},
		"Undo": func() error {
			_, err := lib.Undo()
			return err
		},
		"Redo": func() error {
			_, err := lib.Redo()
			return err
		},
		"EmptyTrash": func() error {
			_, err := lib.EmptyTrash()
			return err
		},
		"AddClaimType": func() error { return lib.AddClaimType("a type no vocabulary has") },
		"EditAlignment": func() error {
			_, _, err := lib.EditAlignment(seedID, article.Edit{Op: article.OpMerge, Pair: 0})
			return err
		},
		"UpdateArticle": func() error {
			_, err := lib.UpdateArticle(a)
			return err
		},
		"Import": func() error {
			return lib.Import("new.txt", []byte("A text the library does not have yet.\n\n一篇新的文章。\n")).Err
		},
	}
	for name, write := range writes {
		if err := write(); !errors.Is(err, ErrReadOnly) {
			t.Errorf("%s: %v, want ErrReadOnly", name, err)
		}
	}
}

func TestReadOnlyReaderIsNotLockedOutByAWriter(t *testing.T) {
	lib, a := withSeed(t)
	reader, err := Open(Options{ReadOnly: true, IndexDir: t.TempDir()})
	if err != nil {
		t.Fatalf("a reader beside the writer: %v", err)
	}
	defer reader.Close()
	an := highlight(t, lib, a, article.EN, "nonbinding")
	list, _, err := reader.Annotations(seedID)
	if err != nil || len(list) != 1 || list[0].ID != an.ID {
		t.Errorf("the reader does not see the writer's annotation: %v %v", err, list)
	}
	if err := reader.SaveAnnotation(an); !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "reading only") {
		t.Errorf("reader's SaveAnnotation: %v, want ErrReadOnly", err)
	}
}

func TestReadOnlyReaderRenamesNoDamagedAnnotation(t *testing.T) {
	good := seededAndClosed(t)
	dir := filepath.Join(DefaultDir(), "articles", seedID, "annotations")
	bad := filepath.Join(dir, "0f8e2a3c-1b2d-4c5e-8f90-123456789abc.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	lib, err := Open(Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	list, aside, err := lib.Annotations(seedID)
	if err != nil || len(list) != 1 || list[0].ID != good.ID {
		t.Fatalf("Annotations: %v %v", err, list)
	}
	if len(aside) != 1 || aside[0].Path != bad || !strings.Contains(aside[0].String(), "left as it is") {
		t.Errorf("reported %v, want the damaged file where it is", aside)
	}
	if _, err := os.Stat(bad); err != nil {
		t.Errorf("the damaged file was moved: %v", err)
	}
}

func TestReadOnlyOpenOfANewLibraryCreatesIt(t *testing.T) {
	testenv.Isolate(t)
	lib, err := Open(Options{ReadOnly: true, Welcome: []byte("Welcome to the reader.\n")})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if lib.ReadOnly() != nil {
		t.Errorf("a library just created is read-only: %v", lib.ReadOnly())
	}
	if list, err := lib.List(); err != nil || len(list) != 1 {
		t.Errorf("the welcome article is missing: %v %v", err, list)
	}
}
