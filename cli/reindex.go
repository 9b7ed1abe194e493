package cli

import (
	"context"
	"fmt"
)

type reindexCmd struct{ noFlags }

func (*reindexCmd) check(args []string) error { return wantArgs(args, 0, tr("takes no arguments")) }

func (*reindexCmd) run(c *call) error {
	articles := 0
	progress := progressPrinter(c.Env)
	err := c.lib.RebuildIndex(context.Background(), func(done, total int) {
		articles = total
		progress(done, total)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, tr("rebuilt the search index: %d articles\n"), articles)
	return nil
}
