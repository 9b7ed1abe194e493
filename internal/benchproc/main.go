// Command benchproc prints make bench's second table: whole-process
// measurements of the real tandem binary at archive sizes of 20,000 and
// 100,000 synthetic articles, each beside a peer measured in the same run.
//
// For each size it writes the internal/corpus articles as digest files into
// a folder (1,000 a subfolder), then measures, each in its own process:
//
//   - tandem import FOLDER (fresh XDG data, cache and config folders):
//     wall time and peak RSS, beside an SQLite FTS5 peer (fts5_peer.py,
//     Python 3 standard library) loading the same files;
//   - the search index on disk (XDG_CACHE_HOME/tandem/index) per byte of
//     the folder's text, beside the FTS5 database;
//   - tandem list --json and tandem search 投资, the median wall time of five
//     runs after one warm-up, beside rg -l 投资 FOLDER (grep -rl without rg);
//   - under an X display (make bench runs it in xvfb-run), the window's launch
//     until the library list is shown, as the layout probe the end-to-end
//     tests read reports it (app.ProbeEnv), beside the launch of a library
//     holding only the welcome article.
//
// The Claims and Tags tabs' open time is not measured: the probe does not
// report those tabs.
//
// Sizes come from TANDEM_BENCH_PROC_SIZES, else TANDEM_BENCH_SIZES (which the
// in-process table reads too), as a comma list, e.g. 2000 for a quick run.
// The table is Markdown on stdout, the machine on top; progress goes to
// stderr.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// defaultSizes are the archive sizes measured when no variable names any.
var defaultSizes = []int{20000, 100000}

// runs is how often each short command is timed (after one warm-up).
const runs = 5

// query is the common Chinese word searched for (投资, investment: the most
// frequent noun of the corpus).
const query = "投资"

func main() {
	bin := flag.String("bin", "bin/tandem", "the tandem binary to measure")
	work := flag.String("work", "", "folder for corpora and libraries (default: a new temporary folder, removed at the end)")
	keep := flag.Bool("keep", false, "keep the corpora and libraries")
	flag.Parse()

	sizes, err := benchSizes()
	if err != nil {
		fatalf("%v", err)
	}
	binPath, err := filepath.Abs(*bin)
	if err != nil {
		fatalf("%v", err)
	}
	if _, err := os.Stat(binPath); err != nil {
		fatalf("no tandem binary: %v (make build makes it)", err)
	}
	dir := *work
	if dir == "" {
		if dir, err = os.MkdirTemp("", "tandem-benchproc-"); err != nil {
			fatalf("%v", err)
		}
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		fatalf("%v", err)
	}
	if !*keep && *work == "" {
		defer os.RemoveAll(dir)
	}

	b := &bench{bin: binPath, dir: dir, keep: *keep, tools: findTools(dir)}
	var results []result
	for _, n := range sizes {
		start := time.Now()
		r, err := b.measure(n)
		if err != nil {
			fatalf("%d articles: %v", n, err)
		}
		logf("%d articles measured in %v", n, time.Since(start).Round(time.Second))
		results = append(results, r)
	}
	version, _ := exec.Command(binPath, "--version").Output()
	printTable(os.Stdout, readMachine(), strings.TrimSpace(string(version)), b.tools, results)
}

// benchSizes reads the archive sizes from the environment.
func benchSizes() ([]int, error) {
	s := os.Getenv("TANDEM_BENCH_PROC_SIZES")
	if s == "" {
		s = os.Getenv("TANDEM_BENCH_SIZES")
	}
	if s == "" {
		return defaultSizes, nil
	}
	return parseSizes(s)
}

// parseSizes reads a comma list of positive article counts.
func parseSizes(s string) ([]int, error) {
	var sizes []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("archive size %q is not a positive number", f)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "benchproc: "+format+"\n", args...)
}

func fatalf(format string, args ...any) {
	logf(format, args...)
	os.Exit(1)
}
