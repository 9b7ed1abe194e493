package cli

import (
	"context"
	"encoding/json"
	"fmt"

	"tandem/library"
)

func init() {
	register("import", command{
		usage:   "[--json] PATH...",
		summary: "Import articles from files and folders (folders recursively: .txt .md .markdown .html .htm).\nPrints one result per file; exits 1 when any file failed, after importing the others.",
		run:     runImport,
	})
}

// importRecord is one line of `tandem import --json`.
type importRecord struct {
	Path   string `json:"path"`
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"`
	Pairs  int    `json:"pairs"`
	Status string `json:"status"`
	Error  string `json:"error"`
}

func runImport(env *Env, args []string) error {
	fs := flags("import")
	asJSON := fs.Bool("json", false, "print a JSON array of results")
	paths, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fmt.Fprintln(env.Stderr, "tandem import: name at least one file or folder")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	results := lib.ImportPaths(context.Background(), paths, nil)
	failed := false
	records := make([]importRecord, 0, len(results))
	for _, r := range results {
		rec := importRecord{Path: r.Path, ID: r.ID, Title: r.Title, Source: r.Source, Date: r.Date, Pairs: r.Pairs, Status: string(r.Status)}
		if r.Err != nil {
			rec.Error = r.Err.Error()
			failed = true
		}
		records = append(records, rec)
		if !*asJSON {
			printResult(env, r)
		}
	}
	if *asJSON {
		if err := writeJSON(env, records); err != nil {
			return err
		}
	}
	if len(results) == 0 {
		fmt.Fprintln(env.Stderr, "tandem import: no .txt, .md, .markdown, .html or .htm files found")
		return errFailed
	}
	if failed {
		return errFailed
	}
	return nil
}

func printResult(env *Env, r library.Result) {
	if r.Status == library.Failed {
		fmt.Fprintf(env.Stderr, "failed     %s\n", oneLine(r.Err.Error()))
		return
	}
	fmt.Fprintf(env.Stdout, "%-10s %s  %s (%d pairs)\n", r.Status, r.ID, r.Path, r.Pairs)
}

func writeJSON(env *Env, v any) error {
	enc := json.NewEncoder(env.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
