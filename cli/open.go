package cli

import (
	"errors"
	"fmt"

	"tandem/export"
	"tandem/library"
)

// openCmd shows a passage named by a tandem:// link in the window: the one
// already open, or a new one when none is.
type openCmd struct {
	noFlags
	article, annotation string
}

func (o *openCmd) check(args []string) error {
	if err := wantArgs(args, 1, tr("name one tandem://open/ARTICLE-ID#ANNOTATION-ID link")); err != nil {
		return err
	}
	var err error
	o.article, o.annotation, err = export.ParseLink(args[0])
	if err != nil {
		return usageError(err.Error())
	}
	return nil
}

func (o *openCmd) run(c *call) error {
	err := library.AskWindow(c.lib.WindowAddress(), o.article, o.annotation)
	switch {
	case err == nil:
		fmt.Fprintf(c.Stdout, tr("shown in the open window: %s\n"), export.Link(o.article, o.annotation))
		return nil
	case !errors.Is(err, library.ErrNoWindow):
		return err
	case c.Env.Window == nil:
		return err
	}
	return c.Env.Window(o.article, o.annotation)
}
