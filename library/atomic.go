package library

import (
	"os"
	"path/filepath"
)

// writeFileAtomic replaces path with data so that a crash at any moment leaves
// either the old file or the new one: write a temporary file in the same
// folder, fsync it, rename it over path, fsync the folder (replaceFile and
// syncDir, in atomic_unix.go and atomic_windows.go, know what each platform
// allows).
func writeFileAtomic(path string, data []byte) error {
	dir, base := filepath.Split(path)
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	if err := writeAndSync(f, data); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := replaceFile(tmp, path); err != nil {
		os.Remove(tmp)
		return err
	}
	return syncDir(dir)
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

func writeAndSync(f *os.File, data []byte) error {
	_, err := f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
