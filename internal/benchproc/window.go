package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

// probeEnv turns on the window's layout probe (app.ProbeEnv; the app
// package needs cgo and a display, so its name is copied here).
const probeEnv = "TANDEM_E2E_PROBE"

// typingPause is how long the window's search field waits for typing to
// pause before it searches (the app's searchView.pause).
const typingPause = 180 * time.Millisecond

// launchWait is how long a launch may take before it counts as failed,
// searchWait a search typed in the window.
const (
	launchWait = 3 * time.Minute
	searchWait = 30 * time.Second
)

// windows times the window's launch until its library list is shown, on
// the measured library and on one that holds only the welcome article,
// and on the measured library a search typed in the window.
func (b *bench) windows(r *result, lib library, dir string) error {
	var err error
	logf("window launches...")
	if r.Window, r.WindowSearch, err = b.launches(lib, filepath.Join(dir, "probe"), true); err != nil {
		return err
	}
	empty, err := newLibrary(filepath.Join(dir, "empty"))
	if err != nil {
		return err
	}
	if r.EmptyWindow, _, err = b.launches(empty, filepath.Join(dir, "probe-empty"), false); err != nil {
		return err
	}
	logf("window: %v, search in it %v, empty library %v", r.Window, r.WindowSearch, r.EmptyWindow)
	return nil
}

// launches launches the window once to warm up (the first launch on an
// empty library creates it), then runs more times, and returns the median
// launch and, if search, the median search.
func (b *bench) launches(lib library, dir string, search bool) (launch, searched time.Duration, err error) {
	var launches, searches []time.Duration
	for i := range runs + 1 {
		l, s, err := b.launch(lib, filepath.Join(dir, fmt.Sprint(i)), search)
		if err != nil {
			return 0, 0, err
		}
		if i > 0 {
			launches, searches = append(launches, l), append(searches, s)
		}
	}
	if !search {
		return median(launches), 0, nil
	}
	return median(launches), median(searches), nil
}

// launch starts the window with the layout probe on and a fresh settings
// folder (no remembered article or size), waits until the probe lists
// library rows (it lists only rows that are drawn), and, if search, types
// the query into the search field and waits until the probe shows its
// results; then it stops the window.
//
// The probe is written some 20 ms after the list is filled, and every
// 20 ms after that while its rows are not drawn, so the time is the
// list's to within a frame or two, in every launch alike. Results are
// written some 20 ms after they are put on screen; the search's time runs
// from the last keystroke, so it includes the pause the window waits for
// typing to stop.
func (b *bench) launch(lib library, dir string, search bool) (launched, searched time.Duration, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, err
	}
	lib.config = filepath.Join(dir, "config")
	probe := filepath.Join(dir, "probe.json")
	cmd := exec.Command(b.bin)
	cmd.Env = lib.env(probeEnv + "=" + probe)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer stop(cmd, exited)
	if err := waitProbe(probe, exited, start, launchWait, listShown); err != nil {
		return 0, 0, fmt.Errorf("the library list: %v", err)
	}
	launched = time.Since(start)
	if search {
		searched, err = typeSearch(probe, exited)
	}
	return launched, searched, err
}

// waitProbe waits until the probe file satisfies shown, the window exits,
// or limit passes since start.
func waitProbe(probe string, exited chan error, start time.Time, limit time.Duration, shown func(string) bool) error {
	for time.Since(start) < limit {
		if shown(probe) {
			return nil
		}
		select {
		case err := <-exited:
			exited <- err
			return fmt.Errorf("the window quit: %v", err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	return errors.New("not shown within " + limit.String())
}

// typeSearch types the query into the window's search field (Ctrl+K)
// with xdotool and times it from the last keystroke to the probe showing
// its results. A key that goes astray (xdotool types Chinese through a
// keymap it changes as it goes) gives another query; the field is then
// cleared and the query typed again, up to three times.
func typeSearch(probe string, exited chan error) (time.Duration, error) {
	xdotool := func(args ...string) error {
		if out, err := exec.Command("xdotool", args...).CombinedOutput(); err != nil {
			return fmt.Errorf("xdotool %s: %v: %s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	if err := xdotool("key", "ctrl+k"); err != nil {
		return 0, err
	}
	for range 3 {
		if err := xdotool("key", "ctrl+a", "BackSpace"); err != nil {
			return 0, err
		}
		cleared := func(p string) bool { q, _ := searchShown(p); return q == "" }
		if err := waitProbe(probe, exited, time.Now(), searchWait, cleared); err != nil {
			return 0, fmt.Errorf("clearing the search field: %v", err)
		}
		if err := xdotool("type", "--delay", "150", query); err != nil {
			return 0, err
		}
		typed := time.Now()
		shown := func(p string) bool { q, hits := searchShown(p); return q == query && hits > 0 }
		err := waitProbe(probe, exited, typed, searchWait, shown)
		if err == nil {
			return time.Since(typed), nil
		}
		q, _ := searchShown(probe)
		if q == query {
			return 0, fmt.Errorf("the search's results: %v", err)
		}
		logf("window search: typed %q, the field shows %q; again", query, q)
	}
	return 0, errors.New("xdotool did not type the query into the search field in three tries")
}

// searchShown is the search the probe file shows and its number of hits.
func searchShown(path string) (string, int) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", 0
	}
	var p struct {
		Query string
		Hits  int
	}
	if json.Unmarshal(data, &p) != nil {
		return "", 0
	}
	return p.Query, p.Hits
}

// listShown reports whether the probe file lists library rows.
func listShown(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var p struct{ List []json.RawMessage }
	return json.Unmarshal(data, &p) == nil && len(p.List) > 0
}

// stop asks the window to quit, kills it if it has not after five
// seconds, and waits for it, so the next launch finds the library free.
func stop(cmd *exec.Cmd, exited chan error) {
	cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(5 * time.Second):
		cmd.Process.Kill()
		<-exited
	}
}
