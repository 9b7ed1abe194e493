package library

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
)

// ErrLocked means another process owns the library. The error returned by
// Open wraps it in a *LockedError that names that process.
var ErrLocked = errors.New("the library is in use by another process")

// LockedError says which process holds the library.
type LockedError struct {
	Dir string
	PID int // 0 when the holder did not write its pid
}

// Error names the holder and what to do.
func (e *LockedError) Error() string {
	who := "another Tandem process"
	if e.PID > 0 {
		who = fmt.Sprintf("another Tandem process (pid %d)", e.PID)
	}
	return fmt.Sprintf("the library %s is in use by %s; close it and try again", e.Dir, who)
}

// Unwrap makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Unwrap() error { return ErrLocked }

// fileLock is the library's lock file, held for one change (see
// Library.writing).
type fileLock struct{ f *os.File }

// lockReadOnlyError means the lock file cannot be opened for writing
// because the library folder is read-only: no process can change the
// library, so there is nothing to lock against, and Open opens it for
// reading.
type lockReadOnlyError struct{ err error }

func (e *lockReadOnlyError) Error() string { return "open lock file: " + e.err.Error() }
func (e *lockReadOnlyError) Unwrap() error { return e.err }

// openLockFile opens the lock file for reading and writing, creating it. A
// variable so that tests, which run as root past every permission, can play
// a read-only folder.
var openLockFile = func(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
}

// probeWritable opens the lock file for writing, creating it, and closes
// it: a *lockReadOnlyError when the library folder is read-only.
func probeWritable(path string) error {
	f, err := openLockFile(path)
	if err != nil {
		if isReadOnlyErr(err) {
			return &lockReadOnlyError{err: err}
		}
		return fmt.Errorf("open lock file: %w", err)
	}
	return f.Close()
}

// writeLockPID writes this process's pid into the lock file. A variable so
// that tests can play a full disk.
var writeLockPID = writePID

// acquireLock locks path for this process and writes its pid there. A lock
// held by a live process fails at once with a *LockedError. A folder where
// the lock file cannot be opened for writing fails with a
// *lockReadOnlyError. On a full disk the lock is held without the pid:
// the lock, not the pid, keeps other writers out, and a waiter then says
// "another Tandem process" without naming it.
func acquireLock(dir, path string) (*fileLock, error) {
	f, err := openLockFile(path)
	if err != nil {
		if isReadOnlyErr(err) {
			return nil, &lockReadOnlyError{err: err}
		}
		return nil, fmt.Errorf("open lock file: %w", err)
	}
	ok, err := tryLock(f)
	if err != nil || !ok {
		pid := readPID(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		return nil, &LockedError{Dir: dir, PID: pid}
	}
	if err := writeLockPID(f); err != nil {
		if !isDiskFullErr(err) {
			f.Close() // closing drops the lock too
			return nil, fmt.Errorf("write lock file: %w", err)
		}
		// Part of a pid would name another process: leave none. Emptying
		// a file frees space, so this works on a full disk.
		_ = f.Truncate(0)
	}
	return &fileLock{f: f}, nil
}

func writePID(f *os.File) error {
	if err := f.Truncate(0); err != nil {
		return err
	}
	if _, err := f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0); err != nil {
		return err
	}
	return f.Sync()
}

func readPID(f *os.File) int {
	buf := make([]byte, 32)
	n, _ := f.ReadAt(buf, 0)
	pid, err := strconv.Atoi(string(bytes.TrimSpace(buf[:n])))
	if err != nil {
		return 0
	}
	return pid
}

// release empties the lock file and lets go of it.
func (l *fileLock) release() error {
	// An old pid left in an unlocked file misleads no one: the next owner
	// checks the lock, not the pid. So a failed truncate is not an error.
	_ = l.f.Truncate(0)
	err := unlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	return err
}
