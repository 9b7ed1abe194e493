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
