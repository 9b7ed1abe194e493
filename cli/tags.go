package cli

import (
	"flag"
	"fmt"
	"text/tabwriter"
)

type tagsCmd struct{ json bool }

func (t *tagsCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&t.json, "json", false, tr("print JSON: [{\"tag\",\"count\"}]"))
}

func (*tagsCmd) check(args []string) error { return wantArgs(args, 0, tr("takes no arguments")) }

func (t *tagsCmd) run(c *call) error {
	tags, err := c.lib.Tags()
	if err != nil {
		return err
	}
	if t.json {
		return writeJSON(c.Env, tags)
	}
	tw := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	for _, t := range tags {
		fmt.Fprintf(tw, "%d\t  %s\n", t.Count, t.Tag)
	}
	return tw.Flush()
}

type tagCmd struct{ noFlags }

func (*tagCmd) check(args []string) error {
	if len(args) != 3 || args[0] != "rename" {
		return usageError(tr("usage: tandem tag rename OLD NEW"))
	}
	return nil
}

func (*tagCmd) run(c *call) error {
	from, to := c.args[1], c.args[2]
	n, err := c.lib.RenameTag(from, to)
	if err != nil {
		return fmt.Errorf(tr("%d annotations renamed before: %w"), n, err)
	}
	fmt.Fprintf(c.Stdout, tr("renamed %q to %q on %d annotations\n"), from, to, n)
	return nil
}
