package library

import (
	"os"

	"golang.org/x/sys/unix"
)

// syncStaged makes the files of a batch of staged article folders
// durable: one syncfs of the file system that holds them, which commits
// them all in one journal round instead of an fsync per file and folder.
func syncStaged(root string, _ []*parsed) error {
	return syncFS(root)
}

// syncFiles makes files under root, and their folders' entries, durable:
// one syncfs, as for a batch of articles.
func syncFiles(root string, _ []string) error {
	return syncFS(root)
}

// syncFS commits every file system write under root in one journal round.
func syncFS(root string) error {
	f, err := os.Open(root)
	if err != nil {
		return err
	}
	defer f.Close()
	return unix.Syncfs(int(f.Fd()))
}
