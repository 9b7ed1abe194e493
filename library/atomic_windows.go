//go:build windows

package library

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// syncDir does nothing on Windows, which has no way to flush a folder's
// entries: FlushFileBuffers wants a handle opened for writing, which a
// folder cannot give ("access denied"). NTFS logs the rename in its own
// journal, and the file's data was flushed before the rename.
func syncDir(string) error { return nil }

// renameRetries and renamePause bound how long replaceFile waits for a
// file another process holds open: about two seconds in all.
const (
	renameRetries = 20
	renamePause   = 100 * time.Millisecond
)

// replaceFile renames from to to, over to if it exists. Windows refuses to
// replace or move a file that another process has open without
// FILE_SHARE_DELETE — which is how Go, most editors, virus scanners and
// the search indexer open files — with a sharing violation or "access
// denied". Such a hold lasts as long as a read, so the rename is tried
// again for a while before its error is returned.
func replaceFile(from, to string) error {
	var err error
	for range renameRetries {
		if err = os.Rename(from, to); err == nil || !heldOpen(err) {
			return err
		}
		time.Sleep(renamePause)
	}
	return err
}

// heldOpen reports whether err is Windows's way of saying that a file is
// open in another process.
func heldOpen(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) || errors.Is(err, windows.ERROR_ACCESS_DENIED) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}
