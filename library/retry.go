package library

import (
	"errors"
	"os"
	"syscall"
)

// Retryable reports whether a failed write may succeed if the same write is
// tried again later, unchanged: the disk was full or read-only, the folder
// could not be reached or refused access for a while, or another process
// held the library. Everything else — a damaged file in the library, an
// edit the article does not allow, an unknown article or annotation — fails
// the same way however often it is tried, and Retryable says false.
func Retryable(err error) bool {
	if err == nil {
		return false
	}
	if errors.Is(err, ErrLocked) || errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, os.ErrPermission) {
		return true
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return false
	}
	switch errno {
	case syscall.ENOSPC, syscall.EDQUOT, syscall.EIO, syscall.EROFS, syscall.EACCES, syscall.EPERM,
		syscall.EAGAIN, syscall.EBUSY, syscall.EINTR, syscall.ETIMEDOUT, syscall.ENOLCK, syscall.ESTALE,
		syscall.ENOMEM, syscall.EMFILE, syscall.ENFILE, syscall.ENOTCONN, syscall.EHOSTDOWN:
		return true
	}
	return false
}
