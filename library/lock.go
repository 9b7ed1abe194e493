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

// fileLock is the library's lock file, held for the life of the process.
type fileLock struct{ f *os.File }

// acquireLock locks path for this process and writes its pid there. A lock
// held by a live process fails at once with a *LockedError.
func acquireLock(dir, path string) (*fileLock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
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
	if err := writePID(f); err != nil {
		f.Close() // closing drops the lock too
		return nil, fmt.Errorf("write lock file: %w", err)
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
