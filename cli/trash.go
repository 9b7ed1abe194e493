package cli

import (
	"flag"
	"fmt"
)

type trashCmd struct{ empty bool }

func (t *trashCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&t.empty, "empty", false, tr("remove the deleted annotations for good"))
}

func (*trashCmd) check(args []string) error { return wantArgs(args, 0, tr("takes no arguments")) }

func (t *trashCmd) run(c *call) error {
	if t.empty {
		n, err := c.lib.EmptyTrash()
		if err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, tr("removed %d annotations for good\n"), n)
		return nil
	}
	n, err := c.lib.TrashCount()
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, tr("the trash holds %d annotations\n"), n)
	return nil
}

type reparseCmd struct{ noFlags }

func (*reparseCmd) check([]string) error { return nil }

func (*reparseCmd) run(c *call) error {
	ids := c.args
	if len(ids) == 0 {
		list, err := c.lib.List()
		if err != nil {
			return err
		}
		for _, s := range list {
			ids = append(ids, s.ID)
		}
	}
	failed := false
	for _, id := range ids {
		r, err := c.lib.Reparse(id)
		switch {
		case err != nil:
			fmt.Fprintf(c.Stderr, tr("tandem reparse: %s\n"), oneLine(err.Error()))
			failed = true
		case !r.Changed:
			fmt.Fprintf(c.Stdout, tr("%s  unchanged\n"), id)
		default:
			fmt.Fprintf(c.Stdout, tr("%s  updated: %d in place, %d moved, %d close match, %d orphaned\n"), id, r.Exact, r.Moved, r.Fuzzy, r.Orphaned)
		}
	}
	if failed {
		return errFailed
	}
	return nil
}
