//go:build unix

package library

import (
	"errors"
	"os"
	"syscall"
)

// syncFile is (*os.File).Sync, a variable so that a test can play a file
// system that cannot fsync a folder.
var syncFile = (*os.File).Sync

// syncDir makes a rename or a new entry in dir durable: it flushes dir's
// entries to disk. Some file systems (network shares, FUSE mounts, SMB on
// macOS) cannot fsync a folder and say so with ENOTSUP or EINVAL; there the
// rename is as durable as that file system makes it, and failing every
// write would only make the library unusable. Other errors are real and
// returned. (restic's backend/local fsyncDir does the same.)
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = syncFile(d)
	if dirSyncUnsupported(err) {
		err = nil
	}
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err // an *fs.PathError, which names dir
}

// dirSyncUnsupported reports whether err is a file system's way of saying
// that it cannot fsync a folder. (ENOTSUP and EOPNOTSUPP are one number on
// Linux but two on macOS and the BSDs.)
func dirSyncUnsupported(err error) bool {
	return errors.Is(err, syscall.ENOTSUP) || errors.Is(err, syscall.EOPNOTSUPP) || errors.Is(err, syscall.EINVAL)
}
