package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"time"
)

// probeEnv turns on the window's layout probe (app.ProbeEnv; the app
// package needs cgo and a display, so its name is copied here).
const probeEnv = "TANDEM_E2E_PROBE"

// launchWait is how long a launch may take before it counts as failed.
const launchWait = 3 * time.Minute

// windows times the window's launch until its library list is shown, on
// the measured library and on one that holds only the welcome article.
func (b *bench) windows(r *result, lib library, dir string) error {
	var err error
	logf("window launches...")
	if r.Window, err = b.launches(lib, filepath.Join(dir, "probe")); err != nil {
		return err
	}
	empty, err := newLibrary(filepath.Join(dir, "empty"))
	if err != nil {
		return err
	}
	if r.EmptyWindow, err = b.launches(empty, filepath.Join(dir, "probe-empty")); err != nil {
		return err
	}
	logf("window: %v, empty library %v", r.Window, r.EmptyWindow)
	return nil
}

// launches launches the window once to warm up (the first launch on an
// empty library creates it), then runs more times, and returns the median.
func (b *bench) launches(lib library, dir string) (time.Duration, error) {
	var walls []time.Duration
	for i := range runs + 1 {
		d, err := b.launch(lib, filepath.Join(dir, fmt.Sprint(i)))
		if err != nil {
			return 0, err
		}
		if i > 0 {
			walls = append(walls, d)
		}
	}
	return median(walls), nil
}

// launch starts the window with the layout probe on and a fresh settings
// folder (no remembered article or size), waits until the probe lists
// library rows (it lists only rows that are drawn), and stops the window.
// The probe is written some 20 ms after the list is filled, and every
// 20 ms after that while its rows are not drawn, so the time is the
// list's to within a frame or two, in every launch alike.
func (b *bench) launch(lib library, dir string) (time.Duration, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	lib.config = filepath.Join(dir, "config")
	probe := filepath.Join(dir, "probe.json")
	cmd := exec.Command(b.bin)
	cmd.Env = lib.env(probeEnv + "=" + probe)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer stop(cmd, exited)
	for time.Since(start) < launchWait {
		if listShown(probe) {
			return time.Since(start), nil
		}
		select {
		case err := <-exited:
			exited <- err
			return 0, fmt.Errorf("the window quit before showing the list: %v", err)
		case <-time.After(10 * time.Millisecond):
		}
	}
	return 0, errors.New("the window showed no library list within " + launchWait.String())
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
