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
// the bytes are written to a temporary file in the same folder, then
// renamed over path (see Replace), so a reader sees the old bytes or the
// new. They are not flushed to disk first: a crash soon after may leave
// either, which suits a file that is a convenience and must not make its
// writer wait for the disk (see WriteFileDurable). On an error path is as
// it was and no temporary file is left.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return writeFile(path, data, perm, false)
}

// WriteFileDurable is WriteFile with the temporary file flushed to disk
// before the rename, so that after a crash path holds the old bytes or the
// new ones, never a file cut short. (The rename itself is durable once the
// folder is flushed, which is the caller's to do.)
func WriteFileDurable(path string, data []byte, perm os.FileMode) error {
	return writeFile(path, data, perm, true)
}

func writeFile(path string, data []byte, perm os.FileMode, durable bool) error {
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
	if err == nil && durable {
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
