//go:build linux || darwin || freebsd || netbsd || openbsd

package library

import (
	"errors"
	"os"
	"syscall"
)

// mapFile maps the open file f, of size bytes, into memory for reading;
// unmap releases it. An empty file cannot be mapped: it gives
// errors.ErrUnsupported, as on systems without mapping.
func mapFile(f *os.File, size int64) (data []byte, unmap func() error, err error) {
	if size <= 0 || int64(int(size)) != size {
		return nil, nil, errors.ErrUnsupported
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return data, func() error { return syscall.Munmap(data) }, nil
}
