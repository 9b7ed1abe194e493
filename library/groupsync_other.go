//go:build !linux

package library

import (
	"os"
	"path/filepath"
)

// syncStaged makes the files of a batch of staged article folders durable:
// without syncfs, each file and folder is synced.
func syncStaged(root string, staged []*parsed) error {
	for _, p := range staged {
		entries, err := os.ReadDir(p.stage)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if err := syncPath(filepath.Join(p.stage, e.Name())); err != nil {
				return err
			}
		}
		if err := syncDir(p.stage); err != nil {
			return err
		}
	}
	return syncDir(root)
}

// syncFiles makes files, and their folders' entries, durable: without
// syncfs, each file and each of their folders is synced.
func syncFiles(_ string, files []string) error {
	dirs := map[string]bool{}
	for _, f := range files {
		if err := syncPath(f); err != nil {
			return err
		}
		dirs[filepath.Dir(f)] = true
	}
	for d := range dirs {
		if err := syncDir(d); err != nil {
			return err
		}
	}
	return nil
}

// syncPath syncs the file at path.
func syncPath(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
