package cli

import (
	"flag"
	"fmt"

	"tandem/quantity"
)

type checkNumbersCmd struct{ json bool }

func (k *checkNumbersCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&k.json, "json", false, `print [{"pair","lang","text","value","unit"}]`)
}

func (*checkNumbersCmd) check(args []string) error {
	return wantArgs(args, 1, "name one article ID (tandem list shows them)")
}

func (k *checkNumbersCmd) run(c *call) error {
	a, err := c.lib.Article(c.args[0])
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	mismatches := quantity.Check(a)
	if k.json {
		if mismatches == nil {
			mismatches = []quantity.Mismatch{} // [] rather than null
		}
		if err := writeJSON(c.Env, mismatches); err != nil {
			return fmt.Errorf("write JSON: %w", err)
		}
	} else {
		printMismatches(c.Env, a.ID, mismatches)
	}
	if len(mismatches) > 0 {
		return errFailed
	}
	return nil
}

// printMismatches writes one line per mismatch, ¶N lang “text” value unit,
// and a summary line.
func printMismatches(env *Env, id string, ms []quantity.Mismatch) {
	if len(ms) == 0 {
		fmt.Fprintf(env.Stdout, "no mismatches in %s\n", id)
		return
	}
	for _, m := range ms {
		fmt.Fprintf(env.Stdout, "¶%d %s  “%s”  %s\n", m.Pair+1, m.Lang, m.Text, m.Normalized())
	}
	noun := "mismatches"
	if len(ms) == 1 {
		noun = "mismatch"
	}
	fmt.Fprintf(env.Stdout, "%d %s in %s: figures with no counterpart in the other language\n", len(ms), noun, id)
}
