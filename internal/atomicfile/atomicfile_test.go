package atomicfile

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteFileReplacesAndCreates(t *testing.T) {
	for name, write := range map[string]func(string, []byte, os.FileMode) error{"WriteFile": WriteFile, "WriteFileDurable": WriteFileDurable} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "设置.json")
			if err := write(path, []byte("first"), 0o640); err != nil {
				t.Fatal(err)
			}
			if err := write(path, []byte("second"), 0o640); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(path)
			if err != nil || string(data) != "second" {
				t.Fatalf("file holds %q (%v), want the second bytes", data, err)
			}
			if runtime.GOOS != "windows" {
				if info, err := os.Stat(path); err != nil || info.Mode().Perm() != 0o640 {
					t.Errorf("mode %v (%v), want 0640", info.Mode().Perm(), err)
				}
			}
			onlyEntries(t, dir, "设置.json")
		})
	}
}

// TestWriteFileLeavesNothingOnError writes over a folder, which no rename
// can replace: the error comes back, the folder is as it was and no
// temporary file is left beside it.
func TestWriteFileLeavesNothingOnError(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "notes")
	if err := os.Mkdir(target, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(target, "kept.txt"), []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(target, []byte("new"), 0o644); err == nil {
		t.Fatal("writing over a folder that holds a file succeeded")
	}
	if data, err := os.ReadFile(filepath.Join(target, "kept.txt")); err != nil || string(data) != "kept" {
		t.Errorf("the folder's file holds %q (%v), want it untouched", data, err)
	}
	onlyEntries(t, dir, "notes")
	if err := WriteFile(filepath.Join(dir, "missing", "x.json"), []byte("x"), 0o644); err == nil {
		t.Error("writing into a folder that does not exist succeeded")
	}
}

func onlyEntries(t *testing.T, dir string, want ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if len(got) != len(want) {
		t.Fatalf("folder holds %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("folder holds %q, want %q", got, want)
		}
	}
}
