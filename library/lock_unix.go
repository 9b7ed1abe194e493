//go:build unix

package library

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// isReadOnlyErr reports whether err says that a file cannot be opened for
// writing because its file system is mounted read-only or its folder is not
// writable to this user.
func isReadOnlyErr(err error) bool {
	return errors.Is(err, syscall.EROFS) || errors.Is(err, fs.ErrPermission)
}

// isDiskFullErr reports whether err says that the disk, or the user's quota
// on it, is full.
func isDiskFullErr(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT)
}

// tryLock takes an exclusive advisory lock on f without waiting. The kernel
// drops it when the process dies, so a lock left by a crash is never stale.
func tryLock(f *os.File) (bool, error) {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

func unlock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
