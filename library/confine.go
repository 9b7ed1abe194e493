package library

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
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

// readInside reads the regular file name inside the folder root. A name
// that is not local (absolute, "..", empty) or that resolves outside root
// through a symbolic link is an *OutsideError naming file and field; a
// FIFO, device or folder is refused before it is opened, so that a FIFO
// cannot hang the reader nor a device feed it without end.
func readInside(root, name, file, field string) ([]byte, error) {
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
	if !info.Mode().IsRegular() {
		return nil, notRegular(file, field, name)
	}
	f, err := r.Open(name)
	if err != nil {
		return nil, confinedErr(err, outside)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, notRegular(file, field, name)
	}
	return io.ReadAll(f)
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

func notRegular(file, field, name string) error {
	return fmt.Errorf("%s: %s %q is not a regular file", file, field, name)
}

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
