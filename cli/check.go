package cli

import (
	"fmt"
)

func init() {
	register("check", command{
		usage:   "[--json]",
		summary: "Check that the search index agrees with the library's files.\nLists the articles that differ and exits 1 when any do (tandem reindex fixes them).",
		run:     runCheck,
	})
}

func runCheck(env *Env, args []string) error {
	fs := flags("check")
	asJSON := fs.Bool("json", false, `print JSON: [{"id","problem"}]`)
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 0 {
		fmt.Fprintln(env.Stderr, "tandem check: takes no arguments")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	diffs, err := lib.IndexDifferences()
	if err != nil {
		return err
	}
	if *asJSON {
		if err := writeJSON(env, diffs); err != nil {
			return err
		}
	} else {
		for _, d := range diffs {
			fmt.Fprintf(env.Stdout, "%s  %s\n", d.ID, d.Problem)
		}
	}
	if len(diffs) > 0 {
		fmt.Fprintf(env.Stderr, "tandem check: the library and the search index differ (%d articles); tandem reindex rebuilds it\n", len(diffs))
		return errFailed
	}
	if !*asJSON {
		fmt.Fprintln(env.Stdout, "the library and the search index agree")
	}
	return nil
}
