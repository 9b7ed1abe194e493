package library

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/adrg/xdg"

	"tandem/index"
)

// indexBatch is how many articles go to the index in one batch. A change
// waits for others to share its batch until none came for indexQuiet, or
// for indexLinger at most: each batch becomes a segment that Bleve must
// later merge, so an import of many files indexed one by one would crawl.
const (
	indexBatch  = 500
	indexQuiet  = 100 * time.Millisecond
	indexLinger = 2 * time.Second
)

// readerIndexWait is how long a read-only library waits for a search index
// another process holds: most often the window, which holds it for its
// whole life, so waiting longer only delays list and show, which need no
// index.
const readerIndexWait = 50 * time.Millisecond

// DefaultIndexDir is where the search index of the library in dir lives:
// $XDG_CACHE_HOME/tandem/index for the default library, and a folder named
// after the library's path for any other, so two libraries never share one.
func DefaultIndexDir(dir string) string {
	if dir == "" || dir == DefaultDir() {
		return filepath.Join(xdg.CacheHome, "tandem", "index")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		abs = dir
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(xdg.CacheHome, "tandem", "index-"+hex.EncodeToString(sum[:6]))
}

// searchIndex keeps the search index in step with the library: mutations
// queue the IDs of the articles they touched, and one goroutine reindexes
// them from the files in batches.
type searchIndex struct {
	idx  *index.Index
	err  error      // why there is no index, when idx is nil
	io   sync.Mutex // one reindex at a time: the queue's or SyncIndex's
	mu   sync.Mutex // guards the fields below
	cond *sync.Cond
	// pending holds the queued article IDs; busy is true while the worker
	// indexes a batch taken from it.
	pending map[string]bool
	since   time.Time   // when the oldest pending ID was queued
	last    time.Time   // when the newest was
	timer   *time.Timer // wakes the worker when the batch may be due
	waiters int         // WaitIndexed calls waiting: no lingering then
	busy    bool
	// took is how long the worker's last batch took: while changes keep
	// coming, the next batch lingers for three times that on top of
	// indexLinger, so that an import of thousands of annotations into one
	// article does not reindex the whole article, every annotation so
	// far, every two seconds (work in the square of the import).
	took    time.Duration
	closing bool
	failed  error // the last background failure, until WaitIndexed reports it
	done    chan struct{}
}

// openIndex opens the search index and starts the worker. An index that
// cannot be opened (another process holds it) leaves the library usable;
// searching then reports why.
func (l *Library) openIndex(dir string) {
	if dir == "" {
		dir = DefaultIndexDir(l.dir)
	}
	s := &searchIndex{pending: map[string]bool{}, done: make(chan struct{})}
	s.cond = sync.NewCond(&s.mu)
	var opts index.Options
	if l.readOnly != nil {
		opts.LockTimeout = readerIndexWait
	}
	s.idx, s.err = index.Open(dir, opts)
	l.search = s
	if s.idx == nil {
		close(s.done)
		return
	}
	go l.indexWorker()
}

// closeIndex indexes what is queued and closes the index.
func (l *Library) closeIndex() error {
	s := l.search
	s.mu.Lock()
	s.closing = true
	s.cond.Broadcast()
	s.mu.Unlock()
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	idx := s.idx
	s.idx, s.err = nil, errClosed
	if idx == nil {
		return nil // no index, or closed already
	}
	return errors.Join(s.failed, idx.Close())
}

// errClosed is why a closed library has no index.
var errClosed = errors.New("the library is closed")

// indexLater queues articles for the worker to reindex. Every change to
// an article or its annotations calls it.
func (l *Library) indexLater(ids ...string) {
	s := l.search
	s.mu.Lock()
	if s.idx == nil {
		s.mu.Unlock()
		return
	}
	s.last = time.Now()
	if len(s.pending) == 0 {
		s.since = s.last
	}
	for _, id := range ids {
		s.pending[id] = true
	}
	if s.timer == nil {
		s.timer = time.AfterFunc(indexQuiet, s.tick)
	}
	s.cond.Broadcast()
	s.mu.Unlock()
}

// tick wakes the worker, and comes again while a batch is pending but not
// yet due.
func (s *searchIndex) tick() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.timer = nil
	s.cond.Broadcast()
	if len(s.pending) > 0 && !s.due() {
		s.timer = time.AfterFunc(indexQuiet, s.tick)
	}
}

// due reports whether the worker should take a batch now: a full one, or
// one that has waited long enough, or when someone waits for it. Callers
// hold s.mu.
func (s *searchIndex) due() bool {
	switch {
	case len(s.pending) == 0:
		return false
	case s.closing, s.waiters > 0, len(s.pending) >= indexBatch:
		return true
	}
	return time.Since(s.last) >= indexQuiet || time.Since(s.since) >= indexLinger+3*s.took
}

// indexWorker reindexes queued articles until the library closes.
func (l *Library) indexWorker() {
	s := l.search
	defer close(s.done)
	for {
		s.mu.Lock()
		for !s.due() && !(s.closing && len(s.pending) == 0) {
			s.cond.Wait()
		}
		if len(s.pending) == 0 {
			s.mu.Unlock()
			return
		}
		ids := make([]string, 0, min(len(s.pending), indexBatch))
		for id := range s.pending {
			if len(ids) == indexBatch {
				break
			}
			ids = append(ids, id)
			delete(s.pending, id)
		}
		s.busy = true
		if len(s.pending) > 0 && s.timer == nil {
			s.timer = time.AfterFunc(indexQuiet, s.tick)
		}
		s.mu.Unlock()
		start := time.Now()
		err := l.reindex(ids)
		s.mu.Lock()
		s.took = time.Since(start)
		s.busy = false
		if err != nil {
			s.failed = err
		}
		s.cond.Broadcast()
		s.mu.Unlock()
	}
}

// WaitIndexed waits until every change made so far is in the search index
// and returns the last error the background indexing met, if any.
func (l *Library) WaitIndexed() error {
	s := l.search
	s.mu.Lock()
	defer s.mu.Unlock()
	s.waiters++
	s.cond.Broadcast()
	for (len(s.pending) > 0 || s.busy) && s.idx != nil {
		s.cond.Wait()
	}
	s.waiters--
	err := s.failed
	s.failed = nil
	return err
}

// reindex reads the given articles from the files and replaces their
// documents in the index; articles no longer there are taken out.
func (l *Library) reindex(ids []string) error {
	s := l.search
	s.io.Lock()
	defer s.io.Unlock()
	idx, err := s.current()
	if err != nil {
		return err
	}
	var entries []index.Entry
	var gone []string
	for _, id := range ids {
		e, err := l.indexEntry(id)
		switch {
		case errors.Is(err, ErrNotFound), errors.Is(err, ErrIDMismatch):
			// A copied folder is not an article of its own: what the index
			// holds under its name goes, and the check reports it.
			gone = append(gone, id)
		case err != nil:
			return fmt.Errorf("index %s: %w", id, err)
		default:
			entries = append(entries, e)
		}
	}
	return idx.Update(entries, gone)
}

// IndexRebuilt says why the search index was made anew when the library
// opened ("" when it was there and current): a rebuild is then due, which
// SyncIndex does.
func (l *Library) IndexRebuilt() string {
	idx, err := l.search.current()
	if err != nil {
		return ""
	}
	return idx.Rebuilt()
}

// current is the open index, or why there is none.
func (s *searchIndex) current() (*index.Index, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.idx == nil {
		return nil, s.err
	}
	return s.idx, nil
}
