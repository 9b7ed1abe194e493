package library

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/adrg/xdg"

	"tandem/article"
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

// indexWait is how long opening the search index waits for another
// process that holds it: most often the window, which holds it for its
// whole life.
const indexWait = 50 * time.Millisecond

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
	took time.Duration
	// fresh holds articles just imported, so that the worker indexes them
	// as they are instead of reading them back.
	fresh map[string]*article.Article
	// pos is how far the index has read the change journal; posFile is
	// where it is kept once what it names is indexed and on disk. behind
	// is set when the journal cannot say what changed since the index was
	// last written (a new index, or a journal started afresh): a full
	// SyncIndex is due.
	pos     Position
	posFile string
	// dir is the index's folder; listener serves other processes'
	// searches while this one holds the index (serve.go).
	dir      string
	listener net.Listener
	behind   bool
	closing  bool
	failed   error // the last background failure, until WaitIndexed reports it
	done     chan struct{}
	opened0  Position // where the journal ended when the library opened
	// opened runs start, which opens the index, once: when the library
	// opens, or when a library open for reading first needs the index.
	opened sync.Once
	start  func()
}

// openCaches sets up the catalog and opens the search index, both kept
// beside each other in indexDir's parent (DefaultIndexDir when empty).
// Nothing here grows with the library: the catalog is read when first
// needed, and the index catches up from the change journal.
func (l *Library) openCaches(indexDir string) error {
	if indexDir == "" {
		indexDir = DefaultIndexDir(l.dir)
	}
	l.cat = &catalog{path: catalogPath(indexDir)}
	l.openIndex(indexDir)
	return nil
}

// openIndex sets up the search index: a library that may change starts
// opening it now, so that its changes are indexed; one open for reading
// opens it when it first searches (see ensure): listing or showing needs
// no index.
func (l *Library) openIndex(dir string) {
	s := &searchIndex{pending: map[string]bool{}, fresh: map[string]*article.Article{}, done: make(chan struct{}),
		posFile: filepath.Clean(dir) + ".position", dir: dir}
	s.cond = sync.NewCond(&s.mu)
	s.start = l.startIndex
	// Where the journal ends as the library opens: an index that cannot
	// say how far it read (see startIndex) reads from here, so that what
	// this process changes while the index opens is not missed.
	s.opened0 = journalEnd(l.dir)
	l.search = s
	if l.readOnly == nil {
		// In the background: opening a large index takes a moment that
		// the window's start and an import's parsing need not wait for.
		// Changes made meanwhile are in the journal, which the index
		// reads first.
		go s.ensure()
	}
}

// ensure opens the index unless it was opened, or the library closed,
// before.
func (s *searchIndex) ensure() { s.opened.Do(s.start) }

// startIndex opens the search index and starts the worker, which first
// reads what the change journal names since the index was last written.
// An index that cannot be opened (another process holds it) leaves the
// library usable: that process indexes what this one changes, from the
// journal, and answers its searches (serve.go).
func (l *Library) startIndex() {
	s := l.search
	// Another process holding the index is the usual case beside the
	// window: waiting longer would only delay every command.
	idx, err := index.Open(s.dir, index.Options{LockTimeout: indexWait})
	s.mu.Lock()
	defer s.mu.Unlock()
	s.idx, s.err = idx, err
	if idx == nil {
		close(s.done)
		return
	}
	s.pos, s.behind = Position{}, true
	if idx.Rebuilt() == "" {
		if data, err := os.ReadFile(s.posFile); err == nil {
			s.pos = parsePosition(strings.TrimSpace(string(data)))
			s.behind = s.pos.Epoch == ""
		}
	}
	if s.behind {
		// Whatever the journal says from the library's opening is to
		// index; what came before is SyncIndex's to find.
		s.pos = s.opened0
	}
	l.readJournal()
	l.serveSearches(s.dir)
	go l.indexWorker()
	if len(s.pending) > 0 && s.timer == nil {
		s.timer = time.AfterFunc(indexQuiet, s.tick)
	}
}

// IndexBehind reports whether the search index may miss changes the change
// journal cannot name — it is new, or the journal started afresh since it
// was written — so that only SyncIndex, which compares every article's
// stamp, brings it up to date.
func (l *Library) IndexBehind() bool {
	s := l.search
	s.ensure()
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.idx != nil && s.behind
}

// closeIndex indexes what is queued and closes the index.
func (l *Library) closeIndex() error {
	s := l.search
	if l.readOnly == nil {
		// A writer's index may still be opening (openIndex): what this
		// process changed is indexed before it closes, as a later command
		// expects.
		s.ensure()
	}
	s.opened.Do(func() { // a reader's never opened: nothing to wait for
		s.mu.Lock()
		s.err = errClosed
		close(s.done)
		s.mu.Unlock()
	})
	s.mu.Lock()
	s.closing = true
	s.cond.Broadcast()
	s.mu.Unlock()
	<-s.done
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.listener != nil {
		s.listener.Close()
		os.Remove(socketPath(s.dir))
		s.listener = nil
	}
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
	l.search.queue(ids, false)
}

// queue queues articles for the worker; unless fresh, what queueFresh
// kept of them is dropped, so that they are read from the files.
func (s *searchIndex) queue(ids []string, fresh bool) {
	s.mu.Lock()
	if !fresh {
		for _, id := range ids {
			delete(s.fresh, id)
		}
	}
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
		l.readJournal()
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
		if err == nil {
			// Wait for the batch to be on disk before the next: Bleve keeps
			// what it has not persisted in memory, and during a large import
			// merging those pending segments cost more than waiting did
			// (20,000 articles: 34 s instead of 38–42 s).
			err = l.flushIndex()
		}
		s.mu.Lock()
		s.took = time.Since(start)
		s.busy = false
		if err != nil {
			s.failed = err
		}
		if err == nil && len(s.pending) == 0 {
			s.savePosition()
		}
		s.cond.Broadcast()
		s.mu.Unlock()
	}
}

// flushIndex waits until what the index was given is on disk.
func (l *Library) flushIndex() error {
	idx, err := l.search.current()
	if err != nil {
		return err
	}
	return idx.Flush()
}

// readJournal queues what the change journal names since the index last
// read it: changes of other processes, and this one's, which are queued
// already. Callers hold s.mu.
func (l *Library) readJournal() {
	s := l.search
	changes, pos, err := readChanges(l.dir, s.pos)
	switch {
	case errors.Is(err, errUnknownEpoch):
		s.behind = true
	case err != nil:
		return // read again with the next batch
	}
	s.pos = pos
	if len(s.pending) == 0 && len(changes) > 0 {
		s.since = time.Now()
	}
	for _, c := range changes {
		s.pending[c.ID] = true
	}
}

// savePosition records how far the index has read the journal, once what
// it indexed is on disk. A crash before then leaves the older position,
// from which the next start indexes some articles again. Callers hold
// s.mu.
func (s *searchIndex) savePosition() {
	// An index that is behind has not indexed what came before its
	// position: saved, the position would tell the next process that it
	// had. Only SyncIndex, which clears behind, saves it then.
	if s.idx == nil || s.behind || s.idx.Flush() != nil {
		return
	}
	_ = writeFileAtomic(s.posFile, []byte(s.pos.String()+"\n"))
}

// queueFresh queues articles just imported, as they are.
func (s *searchIndex) queueFresh(list []*article.Article) {
	ids := make([]string, len(list))
	s.mu.Lock()
	for i, a := range list {
		ids[i] = a.ID
		if s.idx != nil {
			s.fresh[a.ID] = a
		}
	}
	s.mu.Unlock()
	s.queue(ids, true)
}

// maxFresh is how many imported articles may wait for the index: an
// import that gets further ahead waits for it (see waitRoom), so that its
// memory stays that of a few batches however large the import.
const maxFresh = 2 * indexBatch

// waitRoom waits until fewer than maxFresh imported articles wait for the
// index, or there is no index to wait for. Import calls it between
// batches, holding no lock.
func (s *searchIndex) waitRoom() {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(s.fresh) >= maxFresh && s.idx != nil && !s.closing {
		s.waiters++ // a batch is taken now, lingering for no one
		s.cond.Broadcast()
		s.cond.Wait()
		s.waiters--
	}
}

// WaitIndexed waits until every change made so far is in the search index
// and returns the last error the background indexing met, if any.
func (l *Library) WaitIndexed() error {
	s := l.search
	s.ensure()
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
	s.mu.Lock()
	fresh := make(map[string]*article.Article, len(ids))
	for _, id := range ids {
		if a := s.fresh[id]; a != nil {
			fresh[id] = a
			delete(s.fresh, id)
		}
	}
	s.mu.Unlock()
	for _, id := range ids {
		e, err := l.indexEntry(id, fresh[id])
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
	s.ensure()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.idx == nil {
		return nil, s.err
	}
	return s.idx, nil
}
