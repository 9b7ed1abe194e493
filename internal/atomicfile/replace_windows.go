//go:build windows

package atomicfile

import (
	"errors"
	"os"
	"time"

	"golang.org/x/sys/windows"
)

// RetryPause is how long Replace waits between tries on a file another
// process holds open; it tries 20 times, about two seconds in all.
const RetryPause = 100 * time.Millisecond

const retries = 20

// Replace renames from to to, over to if it exists. Windows refuses to
// replace or move a file that another process has open without
// FILE_SHARE_DELETE — which is how Go, most editors, virus scanners and
// the search indexer open files — with a sharing violation or "access
// denied". Such a hold lasts as long as a read, so the rename is tried
// again for a while before its error is returned.
func Replace(from, to string) error {
	var err error
	for range retries {
		if err = os.Rename(from, to); err == nil || !HeldOpen(err) {
			return err
		}
		time.Sleep(RetryPause)
	}
	return err
}

// HeldOpen reports whether err is Windows's way of saying that a file is
// open in another process.
func HeldOpen(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) || errors.Is(err, windows.ERROR_ACCESS_DENIED) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION)
}
