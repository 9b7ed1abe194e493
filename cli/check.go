package cli

import (
	"flag"
	"fmt"
)

type checkCmd struct{ json bool }

func (k *checkCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&k.json, "json", false, `print JSON: [{"id","problem"}]`)
}

func (*checkCmd) check(args []string) error { return wantArgs(args, 0, "takes no arguments") }

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
		}
	}
	if len(diffs) > 0 {
		fmt.Fprintf(c.Stderr, "tandem check: the library and the search index differ (%d articles); tandem reindex rebuilds it\n", len(diffs))
		return errFailed
	}
	if !k.json {
		fmt.Fprintln(c.Stdout, "the library and the search index agree")
	}
	return nil
}
