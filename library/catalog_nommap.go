//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package library

import (
	"errors"
	"os"
)

// mapFile gives errors.ErrUnsupported: on this system the catalog file is
// read instead.
func mapFile(*os.File, int64) ([]byte, func() error, error) {
	return nil, nil, errors.ErrUnsupported
}
