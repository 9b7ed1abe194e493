//go:build windows

package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestReplaceWaitsForAReaderToLetGo replaces a file that another handle
// holds open without FILE_SHARE_DELETE, as Go's os.Open and most Windows
// programs do: the rename is refused while it is held and goes through
// once it is closed.
func TestReplaceWaitsForAReaderToLetGo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "词表.gz")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path, path+".moved"); err == nil || !HeldOpen(err) {
		f.Close()
		t.Fatalf("renaming a file held open: %v, want a sharing violation (the test proves nothing without one)", err)
	}
	done := make(chan error)
	go func() { done <- WriteFile(path, []byte("new"), 0o644) }()
	time.Sleep(3 * RetryPause)
	f.Close()
	if err := <-done; err != nil {
		t.Fatalf("write after the reader closed: %v", err)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "new" {
		t.Errorf("file holds %q (%v), want the new bytes", data, err)
	}
	onlyEntries(t, dir, "词表.gz")
}
