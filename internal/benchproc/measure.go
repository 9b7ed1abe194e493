package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

//go:embed fts5_peer.py
var peerScript []byte

// tools are the peers this machine has.
type tools struct {
	python string // python3, or "" when missing
	script string // fts5_peer.py, written into the work folder
	grep   []string
	grepBy string // "rg -l" or "grep -rl"
	window string // why the window row is left out, or ""
}

// findTools looks up the peers and writes the FTS5 script into dir.
func findTools(dir string) tools {
	var t tools
	if p, err := exec.LookPath("python3"); err == nil {
		t.python = p
		t.script = filepath.Join(dir, "fts5_peer.py")
		if err := os.WriteFile(t.script, peerScript, 0o644); err != nil {
			fatalf("%v", err)
		}
	} else {
		logf("no python3: the FTS5 peer is left out")
	}
	if p, err := exec.LookPath("rg"); err == nil {
		t.grep, t.grepBy = []string{p, "-l"}, "rg -l"
	} else {
		t.grep, t.grepBy = []string{"grep", "-rl"}, "grep -rl"
		logf("no rg: grep -rl is the peer of list and search")
	}
	if os.Getenv("DISPLAY") == "" {
		t.window = "no X display (make bench runs this under xvfb-run)"
	}
	return t
}

// bench measures the tandem binary bin in folders under dir.
type bench struct {
	bin   string
	dir   string
	keep  bool // keep each size's corpus and libraries
	tools tools
}

// result is what one archive size measured.
type result struct {
	Articles int
	RawBytes int64 // the digest files' bytes

	Import       run
	ImportFailed string // stderr's first lines when an import failed
	Listed       int    // articles tandem list shows afterwards

	Peer     *peerResult
	PeerNote string // why there is no peer, when there is none

	IndexBytes int64 // the Bleve index folder
	CacheBytes int64 // everything under XDG_CACHE_HOME/tandem (index, catalog, ...)

	List, Search, Grep  time.Duration // medians
	SearchHits, GrepHit int           // search --json total; files rg names

	Window, EmptyWindow time.Duration // medians; zero when left out
	WindowSearch        time.Duration // median, last keystroke to results; zero when left out
	WindowNote          string

	Load string // /proc/loadavg's 1, 5 and 15 minute loads at the end
}

// run is one measured process.
type run struct {
	Wall time.Duration
	RSS  int64 // bytes
}

// peerResult is what fts5_peer.py reports, and how it ran.
type peerResult struct {
	run
	Files      int    `json:"files"`
	RawBytes   int64  `json:"raw_bytes"`
	Tokenizer  string `json:"zh_tokenizer"`
	SQLite     string `json:"sqlite"`
	DBBytes    int64  `json:"db_bytes"`
	IndexBytes int64  `json:"index_bytes"`
}

// library is a private home for tandem: fresh XDG folders.
type library struct{ data, cache, config string }

func newLibrary(dir string) (library, error) {
	l := library{filepath.Join(dir, "data"), filepath.Join(dir, "cache"), filepath.Join(dir, "config")}
	for _, d := range []string{l.data, l.cache, l.config} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return l, err
		}
	}
	return l, nil
}

// env is the environment tandem runs in: this one, with the library's XDG
// folders and without the layout probe.
func (l library) env(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch name {
		case "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "TANDEM_E2E_PROBE":
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "XDG_DATA_HOME="+l.data, "XDG_CACHE_HOME="+l.cache, "XDG_CONFIG_HOME="+l.config, "LANGUAGE=en")
	return append(env, extra...)
}

// timed runs a command to its end and measures it; stdout is returned,
// stderr too when the command fails. okCodes are exit codes that are not
// failures (grep's 1: nothing found).
func timed(cmd *exec.Cmd, okCodes ...int) (run, []byte, error) {
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	r := run{Wall: time.Since(start)}
	if cmd.ProcessState != nil {
		r.RSS = peakRSS(cmd.ProcessState)
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) && slices.Contains(okCodes, exit.ExitCode()) {
		err = nil
	}
	if err != nil {
		err = fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, firstLines(errOut.String(), 10))
	}
	return r, out.Bytes(), err
}

// medianOf runs a command once to warm up, then runs times more, and
// returns the median wall time and the warm-up's stdout.
func medianOf(runs int, mk func() *exec.Cmd, okCodes ...int) (time.Duration, []byte, error) {
	_, out, err := timed(mk(), okCodes...)
	if err != nil {
		return 0, nil, err
	}
	var walls []time.Duration
	for range runs {
		r, _, err := timed(mk(), okCodes...)
		if err != nil {
			return 0, nil, err
		}
		walls = append(walls, r.Wall)
	}
	return median(walls), out, nil
}

// median is the middle value (the mean of the two middle ones for an even
// count); zero for none.
func median(d []time.Duration) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// measure makes a corpus of n articles and takes every measurement of the
// table on it; the folder is removed afterwards unless b.keep.
func (b *bench) measure(n int) (result, error) {
	r := result{Articles: n}
	dir := filepath.Join(b.dir, fmt.Sprint(n))
	if err := os.RemoveAll(dir); err != nil {
		return r, err
	}
	if !b.keep {
		defer os.RemoveAll(dir)
	}
	folder := filepath.Join(dir, "corpus")
	start := time.Now()
	var err error
	if r.RawBytes, err = writeCorpus(folder, n); err != nil {
		return r, err
	}
	logf("%d articles written (%.1f MB) in %v", n, float64(r.RawBytes)/1e6, time.Since(start).Round(time.Millisecond))

	lib, err := newLibrary(filepath.Join(dir, "library"))
	if err != nil {
		return r, err
	}
	tandem := func(args ...string) func() *exec.Cmd {
		return func() *exec.Cmd {
			cmd := exec.Command(b.bin, args...)
			cmd.Env = lib.env()
			return cmd
		}
	}

	logf("tandem import of %d articles...", n)
	r.Import, _, err = timed(tandem("import", folder)())
	if err != nil {
		r.ImportFailed = firstLines(err.Error(), 6)
		logf("import: %v", r.ImportFailed)
	}
	logf("tandem import: %v, peak %.0f MB", r.Import.Wall.Round(time.Millisecond), float64(r.Import.RSS)/1e6)

	if b.tools.python == "" {
		r.PeerNote = "no python3"
	} else {
		logf("FTS5 peer load of %d articles...", n)
		p, err := b.peer(filepath.Join(dir, "fts5.db"), folder)
		if err != nil {
			r.PeerNote = firstLines(err.Error(), 1)
			logf("FTS5 peer: %v", err)
		} else {
			r.Peer = p
			logf("FTS5 peer: %v, peak %.0f MB", p.Wall.Round(time.Millisecond), float64(p.RSS)/1e6)
		}
	}

	// Search first: it lets the index catch up before its size is taken.
	_, out, err := timed(tandem("search", "--json", query)())
	if err != nil {
		return r, err
	}
	var hits struct{ Total int }
	if err := json.Unmarshal(out, &hits); err != nil {
		return r, fmt.Errorf("tandem search --json: %v", err)
	}
	r.SearchHits = hits.Total
	if r.Search, _, err = medianOf(runs, tandem("search", query)); err != nil {
		return r, err
	}
	if r.IndexBytes, err = dirBytes(filepath.Join(lib.cache, "tandem", "index")); err != nil {
		return r, fmt.Errorf("the search index: %v", err)
	}
	if r.CacheBytes, err = dirBytes(filepath.Join(lib.cache, "tandem")); err != nil {
		return r, err
	}

	r.List, out, err = medianOf(runs, tandem("list", "--json"))
	if err != nil {
		return r, err
	}
	var listed []json.RawMessage
	if err := json.Unmarshal(out, &listed); err != nil {
		return r, fmt.Errorf("tandem list --json: %v", err)
	}
	r.Listed = len(listed)

	r.Grep, out, err = medianOf(runs, func() *exec.Cmd {
		return exec.Command(b.tools.grep[0], append(b.tools.grep[1:], query, folder)...)
	}, 1)
	if err != nil {
		return r, err
	}
	r.GrepHit = bytes.Count(out, []byte("\n"))
	logf("list %v, search %v, %s %v", r.List, r.Search, b.tools.grepBy, r.Grep)

	if b.tools.window != "" {
		r.WindowNote = b.tools.window
	} else if err := b.windows(&r, lib, dir); err != nil {
		r.WindowNote = firstLines(err.Error(), 1)
		logf("window: %v", err)
	}
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		if f := strings.Fields(string(data)); len(f) >= 3 {
			r.Load = strings.Join(f[:3], " ")
		}
	}
	return r, nil
}

// peer loads the folder with fts5_peer.py into a new database.
func (b *bench) peer(db, folder string) (*peerResult, error) {
	run, out, err := timed(exec.Command(b.tools.python, b.tools.script, db, folder))
	if err != nil {
		return nil, err
	}
	p := &peerResult{run: run}
	if err := json.Unmarshal(out, p); err != nil {
		return nil, fmt.Errorf("fts5_peer.py printed %q: %v", firstLines(string(out), 1), err)
	}
	return p, nil
}

// dirBytes adds up the sizes of the files under dir.
func dirBytes(dir string) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			total += info.Size()
		}
		return nil
	})
	return total, err
}

// firstLines cuts s to its first n lines.
func firstLines(s string, n int) string {
	lines := strings.SplitN(strings.TrimSpace(s), "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}
