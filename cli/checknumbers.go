package cli

import (
	"flag"
	"fmt"

	"tandem/quantity"
)

type checkNumbersCmd struct{ json, all bool }

func (k *checkNumbersCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&k.json, "json", false, tr(`print [{"pair","lang","text","value","unit","confidence","reason"}]`))
	fs.BoolVar(&k.all, "all", false, tr("also print the figures without a counterpart that are likely not mismatches, and those of rows without a counterpart"))
}

func (*checkNumbersCmd) check(args []string) error {
	return wantArgs(args, 1, tr("name one article ID (tandem list shows them)"))
}

func (k *checkNumbersCmd) run(c *call) error {
	a, err := c.lib.Article(c.args[0])
	if err != nil {
		return fmt.Errorf(tr("read article: %w"), err)
	}
	all := quantity.CheckAll(a)
	shown := all
	if !k.all {
		shown = quantity.Check(a)
	}
	if k.json {
		if shown == nil {
			shown = []quantity.Mismatch{} // [] rather than null
		}
		if err := writeJSON(c.Env, shown); err != nil {
			return fmt.Errorf(tr("write JSON: %w"), err)
		}
	} else {
		printMismatches(c.Env, a.ID, shown, k.all)
	}
	for _, m := range all {
		if m.IsLikely() {
			return errFailed
		}
	}
	return nil
}

// printMismatches writes one line per mismatch, ¶N lang “text” value unit
// (with --all, the confidence and the reason after it), and a summary line.
func printMismatches(env *Env, id string, ms []quantity.Mismatch, all bool) {
	likely := 0
	for _, m := range ms {
		if m.IsLikely() {
			likely++
		}
	}
	if len(ms) == 0 {
		fmt.Fprintf(env.Stdout, tr("no mismatches in %s\n"), id)
		return
	}
	for _, m := range ms {
		line := fmt.Sprintf("¶%d %s  “%s”  %s", m.Pair+1, m.Lang, m.Text, m.Normalized())
		if all {
			line += fmt.Sprintf("  [%.1f %s]", m.Confidence, m.Reason)
		}
		fmt.Fprintln(env.Stdout, line)
	}
	noun := tr("mismatches")
	if likely == 1 {
		noun = tr("mismatch")
	}
	if !all {
		fmt.Fprintf(env.Stdout, tr("%d %s in %s: figures with no counterpart in the other language\n"), likely, noun, id)
		return
	}
	figures := tr("figures")
	if len(ms) == 1 {
		figures = tr("figure")
	}
	fmt.Fprintf(env.Stdout, tr("%d likely %s in %s; %d %s in all with no counterpart in the other language, or not checked\n"),
		likely, noun, id, len(ms), figures)
}
