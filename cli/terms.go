package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"tandem/article"
	"tandem/dict"
	"tandem/export"
)

// termsCmd is tandem terms: the reader's term list (library.TermsFile),
// listed, added to, removed from, or exported.
type termsCmd struct {
	json     bool
	note     string
	csv, tmx string
}

func (t *termsCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&t.json, "json", false, tr(`print JSON: [{"zh","en","added","note"}]`))
	fs.StringVar(&t.note, "note", "", tr("add: a note kept with the pair"))
	fs.StringVar(&t.csv, "csv", "", tr("export: write the list as CSV to FILE (- for standard output)"))
	fs.StringVar(&t.tmx, "tmx", "", tr("export: write the list as TMX 1.4 to FILE (- for standard output)"))
}

func (t *termsCmd) check(args []string) error {
	what := ""
	if len(args) > 0 {
		what = args[0]
	}
	ok := false
	switch what {
	case "", "list":
		ok = len(args) <= 1 && t.note == "" && t.csv == "" && t.tmx == ""
	case "add":
		ok = len(args) == 3 && t.csv == "" && t.tmx == ""
	case "remove":
		ok = len(args) == 3 && t.note == "" && t.csv == "" && t.tmx == ""
	case "export":
		ok = len(args) == 1 && t.note == "" && (t.csv == "") != (t.tmx == "")
	}
	if !ok {
		return usageError(tr("usage: tandem terms [--json] | terms add [--note TEXT] ZH EN | terms remove ZH EN | terms export --csv FILE|--tmx FILE"))
	}
	return nil
}

func (t *termsCmd) run(c *call) error {
	what := "list"
	if len(c.args) > 0 {
		what = c.args[0]
	}
	switch what {
	case "add":
		zh, en := chineseFirst(c.args[1], c.args[2])
		p, err := c.lib.AddTerm(dict.TermPair{ZH: zh, EN: en, Note: t.note})
		if err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, tr("added %s = %s\n"), p.ZH, p.EN)
		return nil
	case "remove":
		zh, en := chineseFirst(c.args[1], c.args[2])
		if err := c.lib.RemoveTerm(zh, en); err != nil {
			return err
		}
		fmt.Fprintf(c.Stdout, tr("removed %s = %s\n"), zh, en)
		return nil
	}
	list, err := c.lib.Terms()
	if err != nil {
		return err
	}
	if what == "export" {
		return t.export(c, list)
	}
	if t.json {
		return writeJSON(c.Env, append([]dict.TermPair{}, list...))
	}
	tw := tabwriter.NewWriter(c.Stdout, 0, 4, 2, ' ', 0)
	for _, p := range list {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", p.ZH, p.EN, p.Added, p.Note)
	}
	return tw.Flush()
}

// export writes the list to the file --csv or --tmx names.
func (t *termsCmd) export(c *call, list []dict.TermPair) error {
	path, write := t.csv, export.TermsCSV
	if t.tmx != "" {
		path, write = t.tmx, export.TermsTMX
	}
	if path == "-" {
		w := bufio.NewWriter(c.Stdout)
		if err := write(w, list); err != nil {
			return err
		}
		return w.Flush()
	}
	if err := export.WriteFile(path, func(w io.Writer) error { return write(w, list) }); err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, tr("wrote %d pairs to %s\n"), len(list), path)
	return nil
}

// chineseFirst puts the side with Chinese characters first, so that a pair
// may be given in either order.
func chineseFirst(a, b string) (zh, en string) {
	if strings.IndexFunc(a, article.IsHan) < 0 && strings.IndexFunc(b, article.IsHan) >= 0 {
		return b, a
	}
	return a, b
}
