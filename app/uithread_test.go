package app

import (
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// uiThread stands in for Fyne's UI thread in tests: what the session posts
// waits until the test's goroutine runs it in settle, so a widget touched
// from anywhere else races with the test under -race, and checkUI names
// the place.
type uiThread struct {
	posted    chan func()
	goroutine uint64
}

// uiThreads finds the test UI thread of a window.
var uiThreads sync.Map // *ui -> *uiThread

func (u *uiThread) post(f func()) { u.posted <- f }

// check returns a checkUI that fails the test when called off the test's
// goroutine.
func (u *uiThread) check(t *testing.T) func() {
	return func() {
		if id := goroutineID(); id != u.goroutine {
			buf := make([]byte, 4096)
			buf = buf[:runtime.Stack(buf, false)]
			t.Errorf("a widget was changed off the UI thread (goroutine %d, UI thread %d):\n%s", id, u.goroutine, buf)
		}
	}
}

// goroutineID is the number of the calling goroutine, from its stack's
// first line ("goroutine 18 [running]:").
func goroutineID() uint64 {
	var buf [64]byte
	line := string(buf[:runtime.Stack(buf[:], false)])
	line = strings.TrimPrefix(line, "goroutine ")
	id, _ := strconv.ParseUint(line[:strings.IndexByte(line, ' ')], 10, 64)
	return id
}

// settle runs what the session posts to the UI thread until no change is
// waiting, no read is under way and nothing more is posted.
func settle(t *testing.T, u *ui) {
	t.Helper()
	until(t, u, func() bool { return u.session.active.Load() == 0 })
}

// until runs what the session posts until done says so; it fails the test
// when nothing happens for ten seconds.
func until(t *testing.T, u *ui, done func() bool) {
	t.Helper()
	v, _ := uiThreads.Load(u)
	ui := v.(*uiThread)
	for !done() {
		select {
		case f := <-ui.posted:
			f()
		case <-u.session.idle:
		case <-time.After(10 * time.Second):
			t.Fatal("the session settled nowhere in 10 s")
		}
	}
}
