package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"

	"tandem/library"
)

type syncCmd struct{ json bool }

func (s *syncCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&s.json, "json", false, tr(`print {"committed","received","conflicts":[{"path","article","annotation","copy","action"}],"pushed"}`))
}

func (*syncCmd) check(args []string) error {
	switch {
	case len(args) == 0:
		return nil
	case args[0] == "init" && len(args) == 2:
		return nil
	case args[0] == "init":
		return usageError(tr("sync init takes one remote: a path to a bare repository or a git URL"))
	}
	return usagef(tr("unknown argument %q: tandem sync, or tandem sync init URL"), args[0])
}

func (s *syncCmd) run(c *call) error {
	// Ctrl+C stops git where it is; the next sync finishes the job.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var res library.SyncResult
	var err error
	if len(c.args) == 2 {
		res, err = c.lib.SyncInit(ctx, c.args[1])
	} else {
		res, err = c.lib.Sync(ctx)
	}
	if err != nil {
		return err
	}
	if s.json {
		if res.Received == nil {
			res.Received = []string{}
		}
		if res.Conflicts == nil {
			res.Conflicts = []library.SyncConflict{}
		}
		return writeJSON(c.Env, res)
	}
	fmt.Fprintf(c.Stdout, tr("sent %s, received changes to %s"), plural(res.Committed, "changed file"), plural(len(res.Received), "article"))
	if !res.Pushed {
		fmt.Fprint(c.Stdout, tr(" (nothing to push yet)"))
	}
	fmt.Fprintln(c.Stdout)
	for _, k := range res.Conflicts {
		fmt.Fprintf(c.Stdout, tr("conflict: %s: %s\n"), k.Path, k.Action)
	}
	if len(res.Conflicts) > 0 {
		fmt.Fprintf(c.Stdout, tr("%s kept both ways; search the tag %q to review them\n"), plural(len(res.Conflicts), "conflict"), library.ConflictTag)
	}
	return nil
}

// plural writes n and word, with an s unless n is 1; in Chinese, n and the
// word's translation (a measure word and a noun: "3 个文件").
func plural(n int, word string) string {
	if t := tr(word); t != word {
		return fmt.Sprintf("%d %s", n, t)
	}
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
