//go:build nogui

package main

import (
	"errors"
	"fmt"
	"os"

	"tandem/library"
)

// A build with -tags nogui leaves the window out: the commands alone,
// without Fyne or cgo, so that it cross-compiles in seconds. The Windows
// tests under Wine run it (scripts/test-windows.sh).

// errNoWindow is what this build says when asked for the window.
var errNoWindow = errors.New("this build of tandem has no window (built with -tags nogui); tandem help lists its commands")

// runWindow says that there is no window, and exits.
func runWindow(func() (*library.Library, error)) {
	fmt.Fprintln(os.Stderr, "tandem:", errNoWindow)
	os.Exit(2)
}

// runWindowAt fails: there is no window to open.
func runWindowAt(func() (*library.Library, error), string, string) error { return errNoWindow }
