//go:build unix

package library

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"tandem/article"
)

func TestReadInsideRefusesWhatItCannotBound(t *testing.T) {
	root := t.TempDir()
	if err := os.WriteFile(filepath.Join(root, "big.json"), make([]byte, 2048), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(root, "pipe.json"), 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	for _, tc := range []struct {
		name string
		want error
	}{
		{"big.json", article.ErrTooLarge},
		{"pipe.json", ErrSpecialFile},
	} {
		if _, err := readInside(root, tc.name, "annotations", "file", 1024); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if data, err := readInside(root, "big.json", "annotations", "file", 2048); err != nil || len(data) != 2048 {
		t.Errorf("a file at the limit: %d bytes, %v", len(data), err)
	}
}
