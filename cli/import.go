package cli

import (
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/library"
)

// importRecord is one line of `tandem import --json`. JSON strings are
// UTF-8, so a path whose name is not (a Latin-1 name on Linux) comes out of
// Path with U+FFFD in place of its odd bytes; PathBytes, present only then,
// holds the exact bytes in standard base64.
type importRecord struct {
	Path      string `json:"path"`
	PathBytes []byte `json:"path_bytes,omitempty"`
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Date      string `json:"date"`
	Pairs     int    `json:"pairs"`
	Status    string `json:"status"`
	Error     string `json:"error"`
}

type importCmd struct{ json bool }

func (i *importCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&i.json, "json", false, tr("print a JSON array of results"))
}

func (*importCmd) check(paths []string) error {
	if len(paths) == 0 {
		return usageError(tr("name at least one file or folder"))
	}
	return nil
}

// run prints each file's result as the import gets to it, in the order
// the files are named and found (a slow file holds back the lines after
// it, never reorders them); --json prints one array at the end.
func (i *importCmd) run(c *call) error {
	var progress func(library.Progress)
	if !i.json {
		progress = func(p library.Progress) {
			for _, r := range p.Finished {
				printResult(c.Env, r)
			}
		}
	}
	results := c.lib.ImportPaths(context.Background(), c.args, progress)
	failed := false
	records := make([]importRecord, 0, len(results))
	for _, r := range results {
		rec := importRecord{Path: r.Path, ID: r.ID, Title: r.Title, Source: r.Source, Date: r.Date, Pairs: r.Pairs, Status: string(r.Status)}
		if !utf8.ValidString(r.Path) {
			rec.PathBytes = []byte(r.Path)
		}
		if r.Err != nil {
			rec.Error = r.Err.Error()
			failed = true
		}
		records = append(records, rec)
	}
	if i.json {
		if err := writeJSON(c.Env, records); err != nil {
			return err
		}
	}
	if len(results) == 0 {
		fmt.Fprintln(c.Stderr, tr("tandem import: no .txt, .md, .markdown, .html or .htm files found"))
		return errFailed
	}
	if failed {
		return errFailed
	}
	return nil
}

func printResult(env *Env, r library.Result) {
	if r.Status == library.Failed {
		// r.Err starts with the path (library.Result); say it quoted.
		reason := strings.TrimPrefix(r.Err.Error(), r.Path+": ")
		fmt.Fprintf(env.Stderr, tr("failed     %s: %s\n"), displayPath(r.Path), oneLine(reason))
		return
	}
	fmt.Fprintf(env.Stdout, tr("%-10s %s  %s (%d pairs)\n"), r.Status, r.ID, displayPath(r.Path), r.Pairs)
}

// displayPath is a path as one line of output can hold it: as it is, or
// Go-quoted ("two\nlines.txt", "caf\xe9.txt") when it holds a control
// character or bytes that are not UTF-8.
func displayPath(path string) string {
	if utf8.ValidString(path) && strings.IndexFunc(path, unicode.IsControl) < 0 {
		return path
	}
	return strconv.Quote(path)
}
