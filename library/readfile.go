package library

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"tandem/article"
)

// ErrSpecialFile means a path to read names something other than a regular
// file or folder once symlinks are followed: a FIFO, a device, a socket.
// Opening a FIFO waits for a writer that may never come, and a device such
// as /dev/zero never ends, so neither is read.
var ErrSpecialFile = errors.New("not a regular file")

// ReadRegular reads the regular file at path, at most limit bytes of it. A
// path that is not a regular file once symlinks are followed is refused
// with ErrSpecialFile before it is opened; a larger file gets
// article.ErrTooLarge. The size is checked before reading, and the reading
// itself stops one byte past limit, since a file's size can be wrong
// (Linux's /proc files say 0) or change while it is read.
func ReadRegular(path string, limit int64) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if err := checkRegular(info, limit); err != nil {
		return nil, err
	}
	// Non-blocking, so that a FIFO put in the file's place since Stat does
	// not block the open; the opened file is checked again below.
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkRegular(info, limit); err != nil {
		return nil, err
	}
	// Room for the whole file at once, and a byte more to tell a file that
	// grew since Stat: a fifty-megabyte export is not copied through a
	// buffer that doubles.
	buf := bytes.NewBuffer(make([]byte, 0, info.Size()+bytes.MinRead))
	if _, err := buf.ReadFrom(io.LimitReader(f, limit+1)); err != nil {
		return nil, err
	}
	data := buf.Bytes()
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%w: larger than %s", article.ErrTooLarge, megabytes(limit))
	}
	return data, nil
}

// checkRegular refuses what is not a regular file, or is larger than limit.
func checkRegular(info fs.FileInfo, limit int64) error {
	mode := info.Mode()
	switch {
	case mode.IsDir():
		return errors.New("is a folder")
	case !mode.IsRegular():
		return fmt.Errorf("%w (%s)", ErrSpecialFile, fileKind(mode))
	case info.Size() > limit:
		return fmt.Errorf("%w: %s, the limit is %s", article.ErrTooLarge, megabytes(info.Size()), megabytes(limit))
	}
	return nil
}

// fileKind names what a file that is not regular is.
func fileKind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "an irregular file"
}

// megabytes says n bytes in whole megabytes, rounded up.
func megabytes(n int64) string {
	return fmt.Sprintf("%d MB", (n+(1<<20)-1)>>20)
}
