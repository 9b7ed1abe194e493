package app

import (
	"fmt"
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// saver writes changes to the library in the order they were made, off the
// UI thread. A write that fails stays queued, with the ones after it, and is
// tried again until it succeeds: the change is on screen and in memory, so
// nothing is lost while the disk is unwritable. The first failure is shown
// to the user; the status bar says how many changes wait.
type saver struct {
	running sync.Mutex // one drain at a time: the writer's or Close's
	mu      sync.Mutex // guards the fields below
	pending []saveOp
	failing bool
	wake    chan struct{}
	// report tells the window how saving goes; it runs on the UI thread.
	report func(err error, pending int)
	// retry is how long to wait before trying a failed write again.
	retry time.Duration
}

type saveOp struct {
	what string
	do   func() error
}

func newSaver(report func(error, int)) *saver {
	return &saver{wake: make(chan struct{}, 1), report: report, retry: 3 * time.Second}
}

// start runs the writer goroutine until stop is closed.
func (s *saver) start(stop <-chan struct{}) {
	go func() {
		for {
			var timer <-chan time.Time
			if s.isFailing() {
				timer = time.After(s.retry)
			}
			select {
			case <-stop:
				return
			case <-s.wake:
			case <-timer:
			}
			s.drain()
		}
	}()
}

// add queues a write and wakes the writer. Without a running writer (tests)
// the caller drains the queue itself.
func (s *saver) add(what string, do func() error) {
	s.mu.Lock()
	s.pending = append(s.pending, saveOp{what, do})
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *saver) isFailing() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failing
}

// drain runs the queued writes in order and stops at the first that fails,
// keeping it and the rest for the next try.
func (s *saver) drain() {
	s.running.Lock()
	defer s.running.Unlock()
	for {
		s.mu.Lock()
		if len(s.pending) == 0 {
			wasFailing := s.failing
			s.failing = false
			s.mu.Unlock()
			if wasFailing {
				s.tell(nil, 0)
			}
			return
		}
		op := s.pending[0]
		s.mu.Unlock()
		if err := op.do(); err != nil {
			s.mu.Lock()
			first := !s.failing
			s.failing = true
			n := len(s.pending)
			s.mu.Unlock()
			if first {
				s.tell(fmt.Errorf("could not %s: %w", op.what, err), n)
			}
			return
		}
		s.mu.Lock()
		s.pending = s.pending[1:]
		s.mu.Unlock()
	}
}

// waiting is the number of writes not yet on disk.
func (s *saver) waiting() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.pending)
}

func (s *saver) tell(err error, n int) {
	if s.report != nil {
		fyne.Do(func() { s.report(err, n) })
	}
}
