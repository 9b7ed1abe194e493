// Command tandem reads Chinese and English analyst commentary side by side.
// With no arguments it opens the window; with a subcommand it runs that
// command (tandem help lists them).
package main

import (
	"os"

	"tandem/assets"
	"tandem/cli"
	"tandem/library"
)

// version is set at build time: -ldflags "-X main.version=...".
var version = "0.1.0"

func main() {
	open := func() (*library.Library, error) {
		return library.Open(library.Options{Welcome: assets.Welcome})
	}
	if len(os.Args) > 1 {
		read := func() (*library.Library, error) {
			return library.Open(library.Options{Welcome: assets.Welcome, ReadOnly: true})
		}
		window := func(articleID, annotationID string) error {
			return runWindowAt(open, articleID, annotationID)
		}
		os.Exit(cli.Run(&cli.Env{Stdout: os.Stdout, Stderr: os.Stderr, Open: open, OpenReadOnly: read, Version: version, Window: window, Language: cli.Language()}, os.Args[1:]))
	}
	runWindow(open)
}
