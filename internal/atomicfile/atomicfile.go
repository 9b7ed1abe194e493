// Package atomicfile replaces files so that a reader, or a crash, sees the
// old file or the new one and never half of either: the new bytes go to a
// temporary file beside the old, which is then renamed over it. On Windows
// the rename waits out another process that has the file open for a
// moment (an index worker, a virus scanner, the search indexer), as a
// plain rename there fails at once.
package atomicfile

import (
	"os"
	"path/filepath"
)

// WriteFile replaces path with data, created with perm when path is new:
// the bytes are written to a temporary file in the same folder and flushed
// to disk, then renamed over path (see Replace). On an error path is as
// it was and no temporary file is left.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	dir, base := filepath.Split(path)
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	err = f.Chmod(perm)
	if err == nil {
		_, err = f.Write(data)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = Replace(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}
