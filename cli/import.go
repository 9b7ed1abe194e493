package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/article"
	"tandem/library"
	"tandem/webfetch"
)

// importRecord is one line of `tandem import --json`. JSON strings are
// UTF-8, so a path whose name is not (a Latin-1 name on Linux) comes out of
// Path with U+FFFD in place of its odd bytes; PathBytes, present only then,
// holds the exact bytes in standard base64.
type importRecord struct {
	Path      string `json:"path"`
	PathBytes []byte `json:"path_bytes,omitempty"`
	// OtherPath is the second file of a pair (import --pair), else absent.
	OtherPath string `json:"other_path,omitempty"`
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Date      string `json:"date"`
	Pairs     int    `json:"pairs"`
	Status    string `json:"status"`
	Error     string `json:"error"`
}

type importCmd struct{ json, pair bool }

func (i *importCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&i.json, "json", false, tr("print a JSON array of results"))
	fs.BoolVar(&i.pair, "pair", false, tr("make one article of two files or URLs: the Chinese and the English version, in either order"))
}

func (i *importCmd) check(paths []string) error {
	switch {
	case i.pair && len(paths) != 2:
		return usageError(tr("--pair takes two files: the Chinese and the English version"))
	case len(paths) == 0:
		return usageError(tr("name at least one file or folder"))
	}
	return nil
}

// run prints each file's result as the import gets to it, in the order
// the files are named and found (a slow file holds back the lines after
// it, never reorders them); --json prints one array at the end.
func (i *importCmd) run(c *call) error {
	paceImportGC(c.args)
	var progress func(library.Progress)
	if !i.json {
		progress = func(p library.Progress) {
			for _, r := range p.Finished {
				printResult(c.Env, r)
			}
		}
	}
	var results []library.Result
	if i.pair {
		results = []library.Result{c.lib.ImportPairFiles(context.Background(), c.args[0], c.args[1])}
		if progress != nil {
			progress(library.Progress{Finished: results})
		}
	} else {
		results = importArgs(context.Background(), c, progress)
	}
	failed := false
	records := make([]importRecord, 0, len(results))
	for _, r := range results {
		rec := newImportRecord(r)
		failed = failed || r.Err != nil
		records = append(records, rec)
	}
	if i.json {
		if err := writeJSON(c.Env, records); err != nil {
			return err
		}
	}
	if len(results) == 0 {
		fmt.Fprintln(c.Stderr, tr("tandem import: no .txt, .md, .markdown, .html, .htm, .docx, .pdf or .epub files found"))
		return errFailed
	}
	if failed {
		return errFailed
	}
	return nil
}

// Import's garbage collection. An import allocates a great deal (parsing,
// alignment lattices, the index's analysis) but keeps less: the bundled
// dictionary the aligner consults (some 10 MB, BenchmarkLiveHeap), the
// catalog's entry for each article (some 0.5 KB) and its result, the
// index's documents waiting and its segments being built; some 95 MB live
// after 50,000 articles. At Go's default pace the collector ran once for
// every few megabytes parsed, a fifth of the import's CPU; collecting when
// the heap has grown by four times what is live, and at importMemoryLimit
// at the latest, spends less on it and still bounds the process: the heap
// grows to the limit, and the peak RSS is the limit plus the index's
// segments mapped while a merge reads them (up to some 150 MB, the
// binary's own pages among them). The limit needs room above what is
// live, or the collector runs without end: at 192 MB, before the
// dictionary was made compact, 100,000 articles took 269 s. On one day on
// 2 cores, five runs each, they took 170-187 s for 410-430 MB at 256 MiB,
// and 168-188 s for 373-392 MB at 224 MiB once the results took one slot
// a file (ImportPaths); at 208 MiB, 180-202 s for 360 MB, and less room
// for a batch of larger articles. A single big file needs more while it
// is parsed (a 19 MB article some 250 MB live), so the limit grows to
// perFileByte times the largest file named. GOGC and GOMEMLIMIT, when set,
// are obeyed instead.
const (
	importGCPercent   = 400
	importMemoryLimit = 224 << 20
	perFileByte       = 20
)

// paceImportGC sets the collector's pace for an import of the files and
// folders paths names (see importMemoryLimit).
func paceImportGC(paths []string) {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(importGCPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		limit := int64(importMemoryLimit)
		for _, p := range paths {
			if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() {
				limit = max(limit, perFileByte*min(info.Size(), article.MaxSize))
			}
		}
		debug.SetMemoryLimit(limit)
	}
}

// importArgs imports what the command line names, in its order: each run
// of files and folders through ImportPaths, each URL fetched (only now,
// since the reader asked) and imported as its page's bytes.
func importArgs(ctx context.Context, c *call, progress func(library.Progress)) []library.Result {
	var results []library.Result
	var paths []string
	importPaths := func() {
		if len(paths) > 0 {
			results = append(results, c.lib.ImportPaths(ctx, paths, progress)...)
			paths = nil
		}
	}
	for _, arg := range c.args {
		if !webfetch.IsURL(arg) {
			paths = append(paths, arg)
			continue
		}
		importPaths()
		r := importURL(ctx, c.lib, arg)
		if progress != nil {
			progress(library.Progress{Done: 1, Total: 1, Current: arg, Finished: []library.Result{r}})
		}
		results = append(results, r)
	}
	importPaths()
	return results
}

// importURL fetches a page and imports it; the page's bytes are the
// article's source. A failed fetch is a failed result whose error names
// the URL.
func importURL(ctx context.Context, lib *library.Library, rawURL string) library.Result {
	_, data, err := webfetch.Fetch(ctx, rawURL)
	if err != nil {
		return library.Result{Path: rawURL, Status: library.Failed, Err: err}
	}
	return lib.Import(rawURL, data)
}

// newImportRecord is the JSON record of one result.
func newImportRecord(r library.Result) importRecord {
	rec := importRecord{Path: r.Path, OtherPath: r.OtherPath, ID: r.ID, Title: r.Title, Source: r.Source, Date: r.Date, Pairs: r.Pairs, Status: string(r.Status)}
	if !utf8.ValidString(r.Path) {
		rec.PathBytes = []byte(r.Path)
	}
	if r.Err != nil {
		rec.Error = r.Err.Error()
	}
	return rec
}

func printResult(env *Env, r library.Result) {
	if r.OtherPath != "" {
		// A pair's error names the file it is about.
		if r.Status == library.Failed {
			fmt.Fprintf(env.Stderr, tr("failed     %s + %s: %s\n"), displayPath(r.Path), displayPath(r.OtherPath), oneLine(r.Err.Error()))
			return
		}
		fmt.Fprintf(env.Stdout, tr("%-10s %s  %s + %s (%d pairs)\n"), r.Status, r.ID, displayPath(r.Path), displayPath(r.OtherPath), r.Pairs)
		return
	}
	if r.Status == library.Failed {
		// r.Err starts with the path (library.Result), or names it
		// otherwise (a failed fetch); say it quoted.
		msg := r.Err.Error()
		if reason, ok := strings.CutPrefix(msg, r.Path+": "); ok {
			fmt.Fprintf(env.Stderr, tr("failed     %s: %s\n"), displayPath(r.Path), oneLine(reason))
			return
		}
		fmt.Fprintf(env.Stderr, tr("failed     %s\n"), oneLine(msg))
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
