//go:build windows

package library

import (
	"errors"
	"io/fs"
	"os"

	"golang.org/x/sys/windows"
)

// isReadOnlyErr reports whether err says that a file cannot be opened for
// writing because its medium is write-protected or its folder is not
// writable to this user.
func isReadOnlyErr(err error) bool {
	return errors.Is(err, windows.ERROR_WRITE_PROTECT) || errors.Is(err, fs.ErrPermission)
}

// isDiskFullErr reports whether err says that the disk is full.
func isDiskFullErr(err error) bool {
	return errors.Is(err, windows.ERROR_DISK_FULL) || errors.Is(err, windows.ERROR_HANDLE_DISK_FULL)
}

// lockOffset is where the locked byte lies: far past the pid at the start
// of the file. A Windows lock is mandatory, so a lock over the pid would
// stop the process that fails to get the lock from reading who holds it.
// Locking past the end of a file is allowed and does not grow it. (SQLite
// keeps its lock bytes at 1 GiB for the same reason.)
const lockOffset = 1 << 30

// lockRange is the locked byte, as the Overlapped that LockFileEx and
// UnlockFileEx read the offset from.
func lockRange() *windows.Overlapped {
	return &windows.Overlapped{Offset: lockOffset}
}

// tryLock takes an exclusive lock on f without waiting. Windows drops it when
// the process dies, so a lock left by a crash is never stale.
func tryLock(f *os.File) (bool, error) {
	err := windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, lockRange())
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) {
		return false, nil
	}
	return err == nil, err
}

func unlock(f *os.File) error {
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, lockRange())
}
