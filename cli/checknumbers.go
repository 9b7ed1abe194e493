package cli

import (
	"fmt"

	"tandem/quantity"
)

func init() {
	register("check-numbers", command{
		usage: "[--json] ID",
		summary: "Check that every figure of a pair has its counterpart in the other language.\n" +
			"Prints each quantity (amount, percentage, multiple, count, date, duration) that has\n" +
			"no counterpart in its pair: ¶N counts pairs from 1; in --json, \"pair\" is the\n" +
			"0-based index of tandem show --json. Vague amounts (tens of billions, 数百亿) are\n" +
			"not checked. Exit 1 when there are mismatches.",
		run: runCheckNumbers,
	})
}

func runCheckNumbers(env *Env, args []string) error {
	fs := flags("check-numbers")
	asJSON := fs.Bool("json", false, `print [{"pair","lang","text","value","unit"}]`)
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fmt.Fprintln(env.Stderr, "tandem check-numbers: name one article ID (tandem list shows them)")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return fmt.Errorf("open library: %w", err)
	}
	defer lib.Close()
	a, err := lib.Article(rest[0])
	if err != nil {
		return fmt.Errorf("read article: %w", err)
	}
	mismatches := quantity.Check(a)
	if *asJSON {
		if mismatches == nil {
			mismatches = []quantity.Mismatch{} // [] rather than null
		}
		if err := writeJSON(env, mismatches); err != nil {
			return fmt.Errorf("write JSON: %w", err)
		}
	} else {
		printMismatches(env, a.ID, mismatches)
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
