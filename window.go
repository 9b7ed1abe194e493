//go:build !nogui

package main

import (
	"tandem/app"
	"tandem/library"
)

// runWindow opens the window on the library open gives.
func runWindow(open func() (*library.Library, error)) { app.Run(open, version) }

// runWindowAt opens the window at an article (and an annotation, when not
// empty).
func runWindowAt(open func() (*library.Library, error), articleID, annotationID string) error {
	app.RunAt(open, version, articleID, annotationID)
	return nil
}
