package cli

import (
	"fmt"
	"text/tabwriter"
)

func init() {
	register("list", command{
		usage:   "[--json]",
		summary: "List the articles in the library, newest first.",
		run:     runList,
	})
}

// listRecord is one element of `tandem list --json`.
type listRecord struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"`
	Pairs  int    `json:"pairs"`
}

func runList(env *Env, args []string) error {
	fs := flags("list")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		fmt.Fprintf(env.Stderr, "tandem list: unexpected argument %q\n", rest[0])
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	list, err := lib.List()
	if err != nil {
		return err
	}
	records := make([]listRecord, 0, len(list))
	for _, s := range list {
		if s.Problem != "" {
			fmt.Fprintf(env.Stderr, "tandem list: %s\n", oneLine(s.Problem))
			continue
		}
		records = append(records, listRecord{s.ID, s.Title, s.Source, s.Date, s.Pairs})
	}
	if *asJSON {
		return writeJSON(env, records)
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	for _, r := range records {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, orDash(r.Date), orDash(r.Source), r.Title)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
