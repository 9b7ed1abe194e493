package app

import (
	"context"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"tandem/annotation"
	"tandem/article"
	"tandem/dict"
	"tandem/library"
)

// store is what the window changes and reads in the library: *library.Library,
// or in tests a library whose disk fails on purpose.
type store interface {
	Article(id string) (*article.Article, error)
	Annotations(articleID string) ([]*annotation.Annotation, []library.SetAside, error)
	SaveAnnotation(an *annotation.Annotation) error
	DeleteAnnotation(id string) (*annotation.Annotation, error)
	Undo() (string, error)
	Redo() (string, error)
	EditAlignment(id string, e article.Edit) (*article.Article, library.AnchorReport, error)
	RenameTag(old, new string) (int, error)
	DeleteTag(tag string) (int, error)
	AddClaimType(name string) error
	SetClaimVocabulary(vocab []library.ClaimType) error
	ImportPaths(ctx context.Context, paths []string, progress func(library.Progress)) []library.Result
	Import(name string, data []byte) library.Result
	ImportPairFiles(ctx context.Context, pathA, pathB string) library.Result
	Pair(id, name string, data []byte) (*article.Article, library.AnchorReport, error)
	AddTerm(p dict.TermPair) (dict.TermPair, error)
	RemoveTerm(zh, en string) error
}

var _ store = (*library.Library)(nil)

// session is where the window's work meets the library, and the one place
// where results come back to the widgets.
//
// Changes — saving and deleting highlights, undo and redo, alignment fixes,
// tag changes, the claim types, imports — run one at a time on one
// goroutine, in the order the user made them. A change that fails for a
// reason that may pass (a full or read-only disk, another process holding
// the library) stays at the head of the queue and is tried again after a
// growing pause; the screen keeps showing it and the status bar counts
// what waits. A change that fails for good (a damaged file, a refused
// edit) is dropped and reported once, and the article on display is read
// again, so the screen shows what is on disk.
//
// Reads (opening an article, the list, search) run on goroutines of their
// own and are never held up by a failing write; an article read from disk
// is shown with the changes still waiting laid over it. Long jobs (index
// updates) run one at a time beside the queue.
//
// Every result reaches the widgets through ui: fyne.Do in the app, the
// test's own goroutine in tests.
type session struct {
	store store
	ui    func(func())
	// onState shows a fresh read of an article, with the waiting changes
	// laid over it; onReport tells how saving goes. Both run through ui.
	onState  func(articleState)
	onReport func(saveReport)
	// pause is how long to wait before the nth retry of a failing change.
	pause func(n int) time.Duration

	mu      sync.Mutex
	queue   []*change
	shown   string        // the article on display, whose state is read after a change
	seq     uint64        // changes finished so far
	failed  int           // tries of the head change that failed and may pass
	tries   int           // changes run so far, failed or not
	stepped *sync.Cond    // a change was run
	wake    chan struct{} // a change was queued
	active  atomic.Int64  // work queued, reading or waiting for ui: for tests
	idle    chan struct{} // active went down: for tests
	tasks   sync.Mutex    // one long job at a time
}

// change is one thing the user did to the library, waiting its turn.
type change struct {
	what    string // for messages: "save a highlight"
	article string // the article it changes, or "" for none in particular
	// run does it, off the UI thread.
	run func() (outcome, error)
	// lay shows the change on annotations read from disk while it waits:
	// it must be idempotent, as a read may already hold it.
	lay func([]*annotation.Annotation) []*annotation.Annotation
	// done, when set, runs on the UI thread after run succeeds.
	done func(outcome)
	// undone, when set, runs on the UI thread after run failed for good,
	// to take the change back from what the screen shows beyond the
	// article (the article itself is read again).
	undone func(error)
}

// outcome is what a change hands back to the window.
type outcome struct {
	message string  // for the status bar
	reread  bool    // the article on display may differ on disk now
	next    *change // more of the same job, queued behind what came meanwhile
	value   any     // for done
}

// articleState is an article and its annotations as read from disk.
type articleState struct {
	id    string
	art   *article.Article
	anns  []*annotation.Annotation
	aside []library.SetAside
	err   error
	seq   uint64 // session.seq when it was read
}

// saveReport is how saving goes, for the status bar and dialogs.
type saveReport struct {
	waiting int    // changes not yet on disk
	err     error  // the latest failure, if any
	final   bool   // err was final: the change was dropped
	message string // what a finished change says
	what    string // the change that failed
}

func newSession(st store, ui func(func())) *session {
	s := &session{store: st, ui: ui, wake: make(chan struct{}, 1), idle: make(chan struct{}, 1), pause: backoff,
		onState: func(articleState) {}, onReport: func(saveReport) {}}
	s.stepped = sync.NewCond(&s.mu)
	return s
}

// backoff doubles the pause from half a second up to half a minute.
func backoff(n int) time.Duration {
	return min(30*time.Second, 500*time.Millisecond<<min(n, 6))
}

// start runs the changes until stop is closed.
func (s *session) start(stop <-chan struct{}) {
	go func() {
		for {
			s.mu.Lock()
			var retry <-chan time.Time
			if s.failed > 0 {
				retry = time.After(s.pause(s.failed))
			}
			ready := len(s.queue) > 0 && s.failed == 0
			s.mu.Unlock()
			if !ready {
				select {
				case <-stop:
					return
				case <-s.wake:
				case <-retry:
				}
			}
			s.step()
		}
	}()
}

// do queues a change. Called on the UI thread, after the screen shows it.
func (s *session) do(c *change) {
	s.busy(1)
	s.mu.Lock()
	s.queue = append(s.queue, c)
	s.mu.Unlock()
	s.poke()
}

func (s *session) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// step runs the change at the head of the queue, if any.
func (s *session) step() {
	s.mu.Lock()
	if len(s.queue) == 0 {
		s.mu.Unlock()
		return
	}
	c := s.queue[0]
	s.mu.Unlock()

	out, err := c.run()
	retry := library.Retryable(err)

	s.mu.Lock()
	report := saveReport{err: err, what: c.what, message: out.message}
	if retry {
		s.failed++
	} else {
		s.queue = s.queue[1:]
		s.failed, s.seq = 0, s.seq+1
		report.final = err != nil
		if out.next != nil {
			s.queue = append(s.queue, out.next)
			s.active.Add(1)
		}
	}
	report.waiting = len(s.queue)
	shown := s.shown
	s.tries++
	s.stepped.Broadcast()
	s.mu.Unlock()

	var state *articleState
	if !retry && (err != nil || out.reread) && shown != "" {
		st := s.read(shown)
		state = &st
	}
	s.post(func() {
		switch {
		case retry:
		case err != nil && c.undone != nil:
			c.undone(err)
		case err == nil && c.done != nil:
			c.done(out)
		}
		s.onReport(report)
		if state != nil {
			s.onState(*state)
		}
	})
	if !retry {
		s.busy(-1)
	}
}

// read reads an article and its annotations, off the UI thread.
func (s *session) read(id string) articleState {
	s.mu.Lock()
	st := articleState{id: id, seq: s.seq}
	s.mu.Unlock()
	st.art, st.err = s.store.Article(id)
	if st.err == nil {
		st.anns, st.aside, st.err = s.store.Annotations(id)
	}
	return st
}

// open reads an article for display and shows it through onState; from
// now on the changes that finish are followed by a fresh read of it.
func (s *session) open(id string) {
	s.mu.Lock()
	s.shown = id
	s.mu.Unlock()
	s.reread(id)
}

// reread reads an article again in the background and shows it.
func (s *session) reread(id string) {
	s.background(func() func() {
		st := s.read(id)
		return func() { s.onState(st) }
	})
}

// lay returns annotations read from disk in state st with every change
// to the article that is still waiting, or that finished after the read,
// laid over them. The second result is false when a change finished
// after the read and left nothing to lay: the article should be read
// again. Called on the UI thread.
func (s *session) lay(st articleState) ([]*annotation.Annotation, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	anns := st.anns
	for _, c := range s.queue {
		if c.lay != nil && (c.article == st.id || c.article == "") {
			anns = c.lay(anns)
		}
	}
	return anns, st.seq == s.seq
}

// background runs work off the UI thread and what it returns on it.
func (s *session) background(work func() func()) {
	s.busy(1)
	go func() {
		show := work()
		s.post(show)
		s.busy(-1)
	}()
}

// task runs a long job off the UI thread, one at a time (an index rebuild
// waits for the one before).
func (s *session) task(job func()) {
	s.busy(1)
	go func() {
		defer s.busy(-1)
		s.tasks.Lock()
		defer s.tasks.Unlock()
		job()
	}()
}

// post runs f on the UI thread.
func (s *session) post(f func()) {
	s.busy(1)
	s.ui(func() {
		f()
		s.busy(-1)
	})
}

func (s *session) busy(n int64) {
	if s.active.Add(n) <= 0 || n < 0 {
		select {
		case s.idle <- struct{}{}:
		default:
		}
	}
}

// waiting is the number of changes not yet on disk.
func (s *session) waiting() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.queue)
}

// flush waits, for at most wait, until every change is on disk, trying a
// failing one again at once; it gives up early when that try fails too.
// The window calls it as it closes.
func (s *session) flush(wait time.Duration) {
	timer := time.AfterFunc(wait, func() {
		s.mu.Lock()
		s.stepped.Broadcast()
		s.mu.Unlock()
	})
	defer timer.Stop()
	deadline := time.Now().Add(wait)
	s.mu.Lock()
	defer s.mu.Unlock()
	tries := s.tries
	s.poke()
	for len(s.queue) > 0 && time.Now().Before(deadline) && !(s.failed > 0 && s.tries > tries) {
		s.stepped.Wait()
	}
}

// saving lays a saved copy of an annotation over a list: it replaces the
// one with its ID, or joins the list in reading order.
func saving(an *annotation.Annotation) func([]*annotation.Annotation) []*annotation.Annotation {
	return func(list []*annotation.Annotation) []*annotation.Annotation {
		out := slices.DeleteFunc(slices.Clone(list), func(a *annotation.Annotation) bool { return a.ID == an.ID })
		out = append(out, an.Clone())
		library.SortReadingOrder(out)
		return out
	}
}

// deleting lays the deletion of an annotation over a list.
func deleting(id string) func([]*annotation.Annotation) []*annotation.Annotation {
	return func(list []*annotation.Annotation) []*annotation.Annotation {
		return slices.DeleteFunc(slices.Clone(list), func(a *annotation.Annotation) bool { return a.ID == id })
	}
}

// checkUI is called where the window's state changes; tests make it fail
// when that happens off the UI thread.
var checkUI = func() {}
