//go:build windows

package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tandem/internal/atomicfile"
)

// TestWriteWaitsForAReaderToLetGo replaces a file that another handle holds
// open without FILE_SHARE_DELETE, as Go's os.Open and most Windows programs
// do: the rename is refused while it is held and goes through once it is
// closed.
func TestWriteWaitsForAReaderToLetGo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "文章.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path, path+".moved"); err == nil || !atomicfile.HeldOpen(err) {
		f.Close()
		t.Fatalf("renaming a file held open: %v, want a sharing violation (the test proves nothing without one)", err)
	}
	done := make(chan error)
	go func() { done <- writeFileAtomic(path, []byte("new")) }()
	time.Sleep(3 * atomicfile.RetryPause)
	f.Close()
	if err := <-done; err != nil {
		t.Fatalf("write after the reader closed: %v", err)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "new" {
		t.Errorf("file holds %q (%v), want the new bytes", data, err)
	}
	assertNoTemporaryFiles(t, filepath.Dir(path))
}

// TestWriteGivesUpOnAFileHeldOpen keeps the file open for longer than
// atomicfile.Replace waits: the write fails with an error naming the file, and the
// saved bytes stay as they were.
func TestWriteGivesUpOnAFileHeldOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "文章.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	err = writeFileAtomic(path, []byte("new"))
	f.Close()
	if err == nil || !atomicfile.HeldOpen(err) || !strings.Contains(err.Error(), path) {
		t.Fatalf("write over a file held open throughout: %v, want the sharing violation naming the file", err)
	}
	if data, rerr := os.ReadFile(path); rerr != nil || string(data) != "old" {
		t.Errorf("file holds %q (%v), want the old bytes untouched", data, rerr)
	}
	assertNoTemporaryFiles(t, filepath.Dir(path))
}

// assertNoTemporaryFiles fails when dir holds anything but the one file.
func assertNoTemporaryFiles(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want the file alone", names)
	}
}
