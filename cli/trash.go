package cli

import "fmt"

func init() {
	register("trash", command{
		usage:   "[--empty]",
		summary: "Say how many deleted annotations the trash holds; --empty removes them for good\n(undo and redo cannot bring them back).",
		run:     runTrash,
	})
	register("reparse", command{
		usage:   "[ID...]",
		summary: "Parse articles again from their stored source with this version of Tandem and re-anchor\ntheir annotations (every article when no ID is given). Annotations whose text is gone become orphans.",
		run:     runReparse,
	})
}

func runTrash(env *Env, args []string) error {
	fs := flags("trash")
	empty := fs.Bool("empty", false, "remove the deleted annotations for good")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 0 {
		fmt.Fprintln(env.Stderr, "tandem trash: takes no arguments")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	if *empty {
		n, err := lib.EmptyTrash()
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "removed %d annotations for good\n", n)
		return nil
	}
	n, err := lib.TrashCount()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "the trash holds %d annotations\n", n)
	return nil
}

func runReparse(env *Env, args []string) error {
	ids, err := parse(env, flags("reparse"), args)
	if err != nil {
		return err
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	if len(ids) == 0 {
		list, err := lib.List()
		if err != nil {
			return err
		}
		for _, s := range list {
			ids = append(ids, s.ID)
		}
	}
	failed := false
	for _, id := range ids {
		r, err := lib.Reparse(id)
		switch {
		case err != nil:
			fmt.Fprintf(env.Stderr, "tandem reparse: %s\n", oneLine(err.Error()))
			failed = true
		case !r.Changed:
			fmt.Fprintf(env.Stdout, "%s  unchanged\n", id)
		default:
			fmt.Fprintf(env.Stdout, "%s  updated: %d in place, %d moved, %d close match, %d orphaned\n", id, r.Exact, r.Moved, r.Fuzzy, r.Orphaned)
		}
	}
	if failed {
		return errFailed
	}
	return nil
}
