package cli

import (
	"context"
	"fmt"
)

func init() {
	register("reindex", command{
		usage:   "",
		summary: "Delete the search index and build it again from the library's files (progress on stderr).",
		run:     runReindex,
	})
}

func runReindex(env *Env, args []string) error {
	rest, err := parse(env, flags("reindex"), args)
	if err != nil {
		return err
	}
	if len(rest) != 0 {
		fmt.Fprintln(env.Stderr, "tandem reindex: takes no arguments")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	articles := 0
	progress := progressPrinter(env)
	err = lib.RebuildIndex(context.Background(), func(done, total int) {
		articles = total
		progress(done, total)
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "rebuilt the search index: %d articles\n", articles)
	return nil
}
