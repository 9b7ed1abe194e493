package cli

import (
	"flag"
	"fmt"

	"tandem/library"
)

type checkCmd struct{ json bool }

func (k *checkCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&k.json, "json", false, tr(`print JSON: [{"id","problem","detail"}]`))
}

func (*checkCmd) check(args []string) error { return wantArgs(args, 0, tr("takes no arguments")) }

func (k *checkCmd) run(c *call) error {
	diffs, err := c.lib.IndexDifferences()
	if err != nil {
		return err
	}
	if k.json {
		if err := writeJSON(c.Env, diffs); err != nil {
			return err
		}
	} else {
		for _, d := range diffs {
			fmt.Fprintf(c.Stdout, "%s  %s\n", d.ID, d.Problem)
			if d.Detail != "" {
				fmt.Fprintf(c.Stdout, "    %s\n", oneLine(d.Detail))
			}
		}
	}
	copies := 0
	for _, d := range diffs {
		if d.Problem == library.FolderMismatch {
			copies++
		}
	}
	if copies > 0 {
		// Reindexing cannot help here: only the reader knows which folder
		// is the copy.
		fmt.Fprintf(c.Stderr, tr("tandem check: %d article folders hold another article's article.json (copied folders?); remove each copy, or set \"id\" in its article.json to the folder's name\n"), copies)
	}
	if n := len(diffs) - copies; n > 0 {
		fmt.Fprintf(c.Stderr, tr("tandem check: the library and the search index differ (%d articles); tandem reindex rebuilds it\n"), n)
	}
	if len(diffs) > 0 {
		return errFailed
	}
	if !k.json {
		fmt.Fprintln(c.Stdout, tr("the library and the search index agree"))
	}
	return nil
}
