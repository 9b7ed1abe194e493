package library

import (
	"os"
	"path/filepath"

	"tandem/internal/atomicfile"
)

// writeFileAtomic replaces path with data so that a crash at any moment leaves
// either the old file or the new one: atomicfile.WriteFileDurable writes and
// flushes a temporary file and renames it over path, then the folder is
// flushed (syncDir, in atomic_unix.go and atomic_windows.go, knows what
// each platform allows).
func writeFileAtomic(path string, data []byte) error {
	if err := atomicfile.WriteFileDurable(path, data, 0o600); err != nil {
		return err
	}
	return syncDir(filepath.Dir(path))
}

// writeTemp writes data to a new temporary file beside path, unsynced, and
// returns its name: the first half of writeFileAtomic, for a batch that
// syncs many files at once (syncFiles) before renaming them into place.
func writeTemp(path string, data []byte) (string, error) {
	dir, base := filepath.Split(path)
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
