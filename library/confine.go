package library

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"tandem/article"
)

// ErrOutside means a path read from a library file names something outside
// the folder it belongs to: an absolute path, a path through "..", or a
// symbolic link that leads out. A library folder is synced, copied and
// edited by hand, so what its files name is input, never trusted.
var ErrOutside = errors.New("names a file outside its folder")

// OutsideError is a path read from a library file that does not stay in
// its folder. It matches ErrOutside with errors.Is.
type OutsideError struct {
	File  string // the library file the path was read from
	Field string // the field of that file that holds it
	Path  string // the path as the file gives it
}

func (e *OutsideError) Error() string {
	return fmt.Sprintf("%s: %s %q %v", e.File, e.Field, e.Path, ErrOutside)
}

// Unwrap makes errors.Is(err, ErrOutside) true.
func (e *OutsideError) Unwrap() error { return ErrOutside }

// readInside reads the regular file name inside the folder root, at most
// limit bytes of it. A name that is not local (absolute, "..", empty) or
// that resolves outside root through a symbolic link is an *OutsideError
// naming file and field; a FIFO, device or folder is refused before it is
// opened (ErrSpecialFile), so that a FIFO cannot hang the reader nor a
// device feed it without end, and a larger file is refused as
// article.ErrTooLarge.
func readInside(root, name, file, field string, limit int64) ([]byte, error) {
	outside := &OutsideError{File: file, Field: field, Path: name}
	if !filepath.IsLocal(name) {
		return nil, outside
	}
	r, err := os.OpenRoot(root)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	info, err := r.Stat(name)
	if err != nil {
		return nil, confinedErr(err, outside)
	}
	if err := checkRegular(info, limit); err != nil {
		return nil, fmt.Errorf("%s: %s %q: %w", file, field, name, err)
	}
	f, err := r.OpenFile(name, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, confinedErr(err, outside)
	}
	defer f.Close()
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkRegular(info, limit); err != nil {
		return nil, fmt.Errorf("%s: %s %q: %w", file, field, name, err)
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		err = fmt.Errorf("%s: %s %q: %w: larger than %s", file, field, name, article.ErrTooLarge, megabytes(limit))
	}
	return data, err
}

// confinedErr tells an os.Root refusing a path that leads out of its
// folder (the standard library has no sentinel for it) from any other
// error, which it returns unchanged.
func confinedErr(err error, outside *OutsideError) error {
	var pe *os.PathError
	if errors.As(err, &pe) && pe.Err != nil && pe.Err.Error() == "path escapes from parent" {
		return outside
	}
	return err
}

// The largest files readInside reads: an article.json holds the parsed text
// of a source of at most article.MaxSize and the reader's edits; one
// annotation holds a quote and a note.
const (
	maxRecordFile     = 4 * article.MaxSize
	maxAnnotationFile = 16 << 20
)

// checkInside makes sure that the folder rel of the library (a slash
// separated path) does not lead out of it through a symbolic link, before
// anything is written in it, moved into it or removed from it. A folder
// not there yet passes: it is made inside.
func (l *Library) checkInside(rel string) error {
	r, err := os.OpenRoot(l.dir)
	if err != nil {
		return err
	}
	defer r.Close()
	_, err = r.Stat(rel)
	if err == nil || errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return confinedErr(err, &OutsideError{File: l.dir, Field: "folder", Path: rel})
}
