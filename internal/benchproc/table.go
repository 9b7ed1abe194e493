package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

// machine describes the computer the table was measured on.
type machine struct {
	CPU   string
	Cores int
	RAM   int64 // bytes
}

// readMachine reads the CPU model and memory from /proc (Linux), the cores
// from the Go runtime.
func readMachine() machine {
	m := machine{CPU: "unknown CPU", Cores: runtime.NumCPU()}
	if f, err := os.Open("/proc/cpuinfo"); err == nil {
		m.CPU = parseCPUModel(f, m.CPU)
		f.Close()
	}
	if f, err := os.Open("/proc/meminfo"); err == nil {
		m.RAM = parseMemTotal(f)
		f.Close()
	}
	return m
}

// parseCPUModel returns the first "model name" of /proc/cpuinfo, or def.
func parseCPUModel(r io.Reader, def string) string {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return def
}

// parseMemTotal returns MemTotal of /proc/meminfo in bytes, or 0.
func parseMemTotal(r io.Reader) int64 {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			f := strings.Fields(rest)
			if len(f) > 0 {
				kb, _ := strconv.ParseInt(f[0], 10, 64)
				return kb * 1024
			}
		}
	}
	return 0
}

// printTable writes the results as one Markdown table, the machine and
// the binary's version above it, the peers and what was left out below.
func printTable(w io.Writer, m machine, version string, t tools, results []result) {
	fmt.Fprintf(w, "\n## Whole-process benchmark\n\n")
	fmt.Fprintf(w, "Machine: %s, %d cores, %.1f GiB RAM (%s/%s); %s\n\n", m.CPU, m.Cores, float64(m.RAM)/(1<<30), runtime.GOOS, runtime.GOARCH, version)
	fmt.Fprintln(w, "| Articles | Measure | Tandem | Peer | Peer's value | Tandem ÷ peer |")
	fmt.Fprintln(w, "|---:|---|---:|---|---:|---:|")
	var notes []string
	note := func(s string) {
		for _, n := range notes {
			if n == s {
				return
			}
		}
		notes = append(notes, s)
	}
	for _, r := range results {
		n := thousands(r.Articles)
		row := func(measure, tandem, peer, peerValue, ratio string) {
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", n, measure, tandem, peer, peerValue, ratio)
		}
		rate := fmt.Sprintf("%s (%.0f articles/s)", seconds(r.Import.Wall), float64(r.Articles)/r.Import.Wall.Seconds())
		if p := r.Peer; p != nil {
			fts := "SQLite FTS5 load (Python)"
			row("`tandem import FOLDER`: wall time", rate, fts, seconds(p.Wall), ratio(r.Import.Wall.Seconds(), p.Wall.Seconds()))
			row("`tandem import FOLDER`: peak RSS", megabytes(r.Import.RSS), fts, megabytes(p.RSS), ratio(float64(r.Import.RSS), float64(p.RSS)))
			row("index on disk ÷ raw text", share(r.IndexBytes, r.RawBytes), "FTS5 database (with its stored text)", share(p.DBBytes, p.RawBytes), ratio(float64(r.IndexBytes)/float64(r.RawBytes), float64(p.DBBytes)/float64(p.RawBytes)))
			row("index on disk ÷ raw text", share(r.IndexBytes, r.RawBytes), "FTS5 index pages alone (no text)", share(p.IndexBytes, p.RawBytes), ratio(float64(r.IndexBytes)/float64(r.RawBytes), float64(p.IndexBytes)/float64(p.RawBytes)))
			note(fmt.Sprintf("FTS5 peer: `internal/benchproc/fts5_peer.py`, SQLite %s, Chinese tokenized by %s, English by porter unicode61; one row per file and language, one transaction.", p.SQLite, p.Tokenizer))
			if p.Tokenizer != "trigram" {
				note("This SQLite has no trigram tokenizer: the peer's Chinese table fell back to unicode61.")
			}
			if p.Files != r.Articles {
				note(fmt.Sprintf("The FTS5 peer loaded %d files of %d.", p.Files, r.Articles))
			}
		} else {
			row("`tandem import FOLDER`: wall time", rate, "—", "—", "—")
			row("`tandem import FOLDER`: peak RSS", megabytes(r.Import.RSS), "—", "—", "—")
			row("index on disk ÷ raw text", share(r.IndexBytes, r.RawBytes), "—", "—", "—")
			note("No FTS5 peer: " + r.PeerNote + ".")
		}
		grep := fmt.Sprintf("`%s %s FOLDER`", t.grepBy, query)
		row("`tandem list --json`, median of 5", millis(r.List), grep, millis(r.Grep), ratio(r.List.Seconds(), r.Grep.Seconds()))
		row(fmt.Sprintf("`tandem search %s`, median of 5", query), millis(r.Search), grep, millis(r.Grep), ratio(r.Search.Seconds(), r.Grep.Seconds()))
		if r.WindowNote == "" && r.Window > 0 {
			row("window launch → library list shown, median of 5", millis(r.Window), "launch with an empty library (welcome article only)", millis(r.EmptyWindow), ratio(r.Window.Seconds(), r.EmptyWindow.Seconds()))
			floor := typingPause + r.Search
			row(fmt.Sprintf("window: `%s` typed → its results drawn, median of 5", query), millis(r.WindowSearch), fmt.Sprintf("typing pause + `tandem search %s`", query), millis(floor), ratio(r.WindowSearch.Seconds(), floor.Seconds()))
		} else {
			note(fmt.Sprintf("Window row left out at %s articles: %s.", n, r.WindowNote))
		}
		note(fmt.Sprintf("%s articles: %.1f MB of digest files (the raw text); `tandem list` showed %s articles (the welcome article too); `tandem search %s` found %s articles, highlights and notes, `%s` %s files.",
			n, float64(r.RawBytes)/1e6, thousands(r.Listed), query, thousands(r.SearchHits), t.grepBy, thousands(r.GrepHit)))
		if r.CacheBytes > r.IndexBytes {
			note(fmt.Sprintf("%s articles: all of `$XDG_CACHE_HOME/tandem` (the index and what lies beside it) holds %s, %.2f× the raw text.", n, megabytes(r.CacheBytes), float64(r.CacheBytes)/float64(r.RawBytes)))
		}
		if r.Load != "" {
			note(fmt.Sprintf("Load average (1, 5, 15 min) when the %s-article rows were done: %s; other processes on the machine share its cores.", n, r.Load))
		}
		if r.ImportFailed != "" {
			note(fmt.Sprintf("`tandem import` at %s articles exited with an error: %s", n, strings.ReplaceAll(r.ImportFailed, "\n", " / ")))
		}
	}
	note("Every row is a whole process: `tandem` is `bin/tandem` started afresh with its own XDG data, cache and config folders; wall time from start to exit, peak RSS from the kernel's rusage. The short commands run once to warm up, then 5 times.")
	note("Index on disk: the files under `$XDG_CACHE_HOME/tandem/index` after a search has let the index catch up.")
	if t.window == "" {
		note("Window launch: `bin/tandem` under Xvfb with the layout probe of the end-to-end tests (`TANDEM_E2E_PROBE`), timed from start until the probe first lists library rows, which it does once they are drawn: it writes 20 ms after the list is filled, then every 20 ms while its rows are not drawn (in both columns alike); a fresh settings folder each launch, one warm-up launch first.")
		note(fmt.Sprintf("Window search: in each measured launch, once the list is shown, xdotool presses Ctrl+K and types `%s` (150 ms between keys); timed from the last keystroke until the probe shows the query's results, which it writes some 20 ms after they are put on screen. The window waits for a %v pause in typing before it searches, so its peer is that pause plus a whole `tandem search` process.", query, typingPause))
	}
	note("Left out: Claims/Tags tab open time with 100,000 annotations; the window's probe reports the list, search and reader, not those tabs, and the imported corpus carries no annotations.")
	fmt.Fprintln(w)
	for _, s := range notes {
		fmt.Fprintf(w, "- %s\n", s)
	}
}

// ratio is a ÷ b as "1.23×", or "—" when b is zero.
func ratio(a, b float64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f×", a/b)
}

// share is a ÷ b with the size of a.
func share(a, b int64) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.2f (%s)", float64(a)/float64(b), megabytes(a))
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.1f s", d.Seconds()) }

func millis(d time.Duration) string {
	if d == 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f ms", float64(d)/float64(time.Millisecond))
}

func megabytes(b int64) string {
	if b == 0 {
		return "—"
	}
	if b < 100e6 {
		return fmt.Sprintf("%.1f MB", float64(b)/1e6)
	}
	return fmt.Sprintf("%.0f MB", float64(b)/1e6)
}

// thousands writes n with commas: 100,000.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
