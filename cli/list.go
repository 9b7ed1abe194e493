package cli

import (
	"bufio"
	"flag"
	"fmt"
	"text/tabwriter"
)

// listRecord is one element of `tandem list --json`.
type listRecord struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"`
	Pairs  int    `json:"pairs"`
}

type listCmd struct{ json bool }

func (l *listCmd) define(fs *flag.FlagSet) { fs.BoolVar(&l.json, "json", false, tr("print JSON")) }

func (l *listCmd) check(args []string) error {
	if len(args) > 0 {
		return usagef(tr("unexpected argument %q"), args[0])
	}
	return nil
}

func (l *listCmd) run(c *call) error {
	list, err := c.lib.List()
	if err != nil {
		return err
	}
	records := make([]listRecord, 0, len(list))
	for _, s := range list {
		if s.Problem != "" {
			fmt.Fprintf(c.Stderr, tr("tandem list: %s\n"), oneLine(s.Problem))
			continue
		}
		records = append(records, listRecord{s.ID, s.Title, s.Source, s.Date, s.Pairs})
	}
	if l.json {
		return writeJSONList(c.Env, records)
	}
	bw := bufio.NewWriter(c.Stdout)
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
	for _, r := range records {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, orDash(r.Date), orDash(r.Source), r.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return bw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
