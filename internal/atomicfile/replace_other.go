//go:build !windows

package atomicfile

import "os"

// Replace renames from to to, over to if it exists; elsewhere than on
// Windows a rename never waits for readers of either.
func Replace(from, to string) error { return os.Rename(from, to) }
