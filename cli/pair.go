package cli

import (
	"flag"
	"fmt"

	"tandem/article"
	"tandem/library"
)

// pairCmd is tandem pair: attach the other language to an article.
type pairCmd struct{ json bool }

func (p *pairCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&p.json, "json", false, tr("print the result as import --json does (status \"paired\")"))
}

func (*pairCmd) check(args []string) error {
	return wantArgs(args, 2, tr("name an article ID and the file of its other language"))
}

func (p *pairCmd) run(c *call) error {
	id, path := c.args[0], c.args[1]
	rec := importRecord{Path: path, ID: id, Status: "paired"}
	a, report, err := pairFile(c.lib, id, path)
	if err == nil {
		rec.Title, rec.Source, rec.Date, rec.Pairs = a.Title, a.Source, a.Date, len(a.Pairs)
	}
	if p.json {
		if err != nil {
			rec.Status, rec.Error = string(library.Failed), err.Error()
		}
		if jerr := writeJSON(c.Env, []importRecord{rec}); jerr != nil {
			return jerr
		}
		if err != nil {
			return errFailed
		}
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, tr("paired     %s  %s (%d pairs); annotations: %d in place, %d moved, %d close match, %d orphaned\n"),
		id, displayPath(path), len(a.Pairs), report.Exact, report.Moved, report.Fuzzy, report.Orphaned)
	return nil
}

// pairFile reads a file and attaches it to an article (library.Pair).
func pairFile(lib *library.Library, id, path string) (*article.Article, library.AnchorReport, error) {
	data, err := library.ReadRegular(path, article.MaxSize)
	if err != nil {
		return nil, library.AnchorReport{}, err
	}
	return lib.Pair(id, path, data)
}
