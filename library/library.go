package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/adrg/xdg"

	"tandem/article"
)

// layoutVersion is written to library.json; a library written by a newer
// Tandem with another layout is refused rather than damaged.
const layoutVersion = 1

// ErrNotFound means no article has the given ID.
var ErrNotFound = errors.New("no such article")

// ErrIDMismatch means an article folder's article.json names another
// article: most often a copied folder. The folder's name is the article's
// identity; Tandem reads and writes nothing of it until the reader removes
// the copy or sets the id back.
var ErrIDMismatch = errors.New("its article.json names another article")

// MismatchError is an article folder whose article.json gives another id.
// It matches ErrIDMismatch with errors.Is.
type MismatchError struct {
	Folder string // the folder's name: the article's identity
	ID     string // the id its article.json gives
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("the article folder %s holds article.json of %q (a copied folder?): remove the folder if it is a copy, or set \"id\" in its article.json to %q",
		e.Folder, e.ID, e.Folder)
}

// Unwrap makes errors.Is(err, ErrIDMismatch) true.
func (e *MismatchError) Unwrap() error { return ErrIDMismatch }

// ErrReadOnly means the library cannot be changed: its folder is read-only,
// or it was opened for reading (Options.ReadOnly). Every method that would
// write returns an error that matches it, and writes nothing; reading works.
var ErrReadOnly = errors.New("the library is open for reading only")

// ReadOnlyError says why a library cannot be changed. It matches ErrReadOnly
// with errors.Is.
type ReadOnlyError struct {
	Dir   string
	Cause error // why the folder cannot be written; nil when opened for reading
}

// Error says why nothing can be changed.
func (e *ReadOnlyError) Error() string {
	if e.Cause == nil {
		return fmt.Sprintf("the library %s is open for reading only: nothing in it can be changed", e.Dir)
	}
	return fmt.Sprintf("the library folder %s is read-only, so nothing in it can be changed (%v); make it writable to change it", e.Dir, e.Cause)
}

// Unwrap makes errors.Is(err, ErrReadOnly) true.
func (e *ReadOnlyError) Unwrap() error { return ErrReadOnly }

// DefaultDir is where the library lives: $XDG_DATA_HOME/tandem.
func DefaultDir() string {
	return filepath.Join(xdg.DataHome, "tandem")
}

// Options configure Open.
type Options struct {
	// Dir is the library folder; DefaultDir() when empty.
	Dir string
	// Welcome is an article in any importable format, imported when the
	// library is created so the first run is not an empty window.
	Welcome []byte
	// IndexDir is the search index's folder; DefaultIndexDir(Dir) when
	// empty (see index.go).
	IndexDir string
	// ReadOnly opens the library for reading: without taking the lock, so
	// a process that only reads is never locked out by one that writes,
	// and writing nothing (see ErrReadOnly). Each file is replaced by an
	// atomic rename, so a reader sees a file before or after a change,
	// never half of one. A library not yet created is created as usual.
	ReadOnly bool
}

// Library is an open archive. Several processes may have one library open
// at once, the window and commands in a terminal: each change takes the
// library's lock for as long as it writes (see writing), and names the
// articles it changed in the change journal (changes.go), from which every
// process catches up.
type Library struct {
	dir      string
	readOnly error // a *ReadOnlyError when the library may not be changed
	// mu serialises this process's changes; the lock file, taken under
	// it, other processes'.
	mu     sync.Mutex
	locked atomic.Int64 // when the lock was last taken (Unix ns): older temporary files are a crash's
	search *searchIndex // the search index, kept in step (index.go)
	cat    *catalog     // what the list, tags and claims show (catalog.go)
	claims idClaims     // article IDs that imports under way are writing (import.go)
	// touched are the articles the change under way has changed so far,
	// and whether the article itself changed: recorded in the journal,
	// the catalog and the index once, when the change ends (see changed).
	// Guarded by mu.
	touched map[string]bool
	// created is true when Open made the library: the welcome article is
	// imported then.
	created bool
	terms   termCache // the term list in use (terms.go)
}

// lockWait is how long a change waits for another process's change to
// finish before it gives up with a *LockedError: changes hold the lock for
// the time of a few writes, a large import for one batch.
var lockWait = 10 * time.Second

// writing takes the library for one change: this process's other changes
// and other processes' changes wait until unlock is called. It fails with
// the read-only error when the library cannot be changed, and with a
// *LockedError, naming the holder, when another process holds the lock
// for longer than lockWait.
func (l *Library) writing() (unlock func(), err error) {
	if l.readOnly != nil {
		return nil, l.readOnly
	}
	l.mu.Lock()
	lock, err := l.takeLock()
	if err != nil {
		l.mu.Unlock()
		return nil, err
	}
	return func() {
		l.flushChanges()
		lock.release()
		l.mu.Unlock()
	}, nil
}

// takeLock takes the lock file, waiting for another process's change for
// up to lockWait. Callers hold l.mu.
func (l *Library) takeLock() (*fileLock, error) {
	deadline := time.Now().Add(lockWait)
	for {
		lock, err := acquireLock(l.dir, filepath.Join(l.dir, "lock"))
		if err == nil {
			l.locked.Store(time.Now().UnixNano())
			return lock, nil
		}
		if !errors.Is(err, ErrLocked) || time.Now().After(deadline) {
			return nil, err
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Open opens the library in opts.Dir, creating it (with the welcome article)
// when it does not exist. Other processes may have it open too (see
// Library). A library whose folder is read-only opens for reading, as with
// opts.ReadOnly.
func Open(opts Options) (*Library, error) {
	dir := opts.Dir
	if dir == "" {
		dir = DefaultDir()
	}
	if opts.ReadOnly && exists(filepath.Join(dir, "library.json")) {
		return openReadOnly(dir, opts.IndexDir, &ReadOnlyError{Dir: dir})
	}
	if err := os.MkdirAll(filepath.Join(dir, "articles"), 0o755); err != nil {
		return nil, fmt.Errorf("create library: %w", err)
	}
	if err := probeWritable(filepath.Join(dir, "lock")); err != nil {
		if ro := (*lockReadOnlyError)(nil); errors.As(err, &ro) {
			return openReadOnly(dir, opts.IndexDir, &ReadOnlyError{Dir: dir, Cause: ro.err})
		}
		return nil, err
	}
	l := &Library{dir: dir}
	if l.needsInit() {
		// Only a new library, or one a crash left work in, takes the lock
		// to open: another process's change in progress never delays the
		// opening of a library in order.
		l.mu.Lock()
		lock, err := l.takeLock()
		if err == nil {
			err = l.init(lock)
			lock.release()
		}
		l.mu.Unlock()
		if err != nil {
			return nil, err
		}
	} else if err := l.checkLayout(); err != nil {
		return nil, err
	}
	if err := l.openCaches(opts.IndexDir); err != nil {
		return nil, err
	}
	l.useTerms()
	if l.created && len(opts.Welcome) > 0 {
		if r := l.Import("welcome.txt", opts.Welcome); r.Status == Failed {
			l.Close()
			return nil, fmt.Errorf("import welcome article: %w", r.Err)
		}
	}
	return l, nil
}

// needsInit reports whether opening the library has work to do holding
// the lock (see init): it is new, has no change journal yet, or an import
// left a staging folder.
func (l *Library) needsInit() bool {
	if !exists(filepath.Join(l.dir, "library.json")) || !exists(filepath.Join(l.dir, changesFile)) {
		return true
	}
	entries, err := os.ReadDir(filepath.Join(l.dir, stagingDir))
	return err == nil && len(entries) > 0
}

// openReadOnly opens the library in dir for reading: no lock, no welcome
// article, no library.json written, no cleaning up after a crash (that is
// the next writer's to do). why is what every write returns.
func openReadOnly(dir, indexDir string, why *ReadOnlyError) (*Library, error) {
	// l.locked stays zero: no temporary file is older, so a reader never
	// takes a writer's file under way for a crash's leftover.
	l := &Library{dir: dir, readOnly: why}
	if err := l.checkLayout(); err != nil {
		return nil, err
	}
	if err := l.openCaches(indexDir); err != nil {
		return nil, err
	}
	l.useTerms()
	return l, nil
}

// exists reports whether path names a file or folder.
func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// ReadOnly says why the library cannot be changed: nil when it can, else an
// error that matches ErrReadOnly.
func (l *Library) ReadOnly() error { return l.readOnly }

type libraryFile struct {
	Version int       `json:"version"`
	Created time.Time `json:"created"`
}

// init, holding the lock, checks the layout version, creates library.json
// on first use (l.created tells Open to import the welcome article), and
// clears what an interrupted import left behind.
func (l *Library) init(*fileLock) error {
	path := filepath.Join(l.dir, "library.json")
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		l.created = true
		if err := ensureJournal(l.dir); err != nil {
			return err
		}
		data, _ := json.MarshalIndent(libraryFile{Version: layoutVersion, Created: time.Now().UTC()}, "", "  ")
		return writeFileAtomic(path, append(data, '\n'))
	case err != nil:
		return fmt.Errorf("read library.json: %w", err)
	}
	if err := l.parseLayout(path, data); err != nil {
		return err
	}
	if err := ensureJournal(l.dir); err != nil {
		return err
	}
	return l.removeStaging()
}

// checkLayout refuses a library written by a newer Tandem, reading
// library.json alone: a library without one (a folder copied by hand) is
// read as this layout.
func (l *Library) checkLayout() error {
	path := filepath.Join(l.dir, "library.json")
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("read library.json: %w", err)
	}
	return l.parseLayout(path, data)
}

// parseLayout reads library.json's bytes and refuses a newer layout.
func (l *Library) parseLayout(path string, data []byte) error {
	var lf libraryFile
	if err := json.Unmarshal(data, &lf); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if lf.Version > layoutVersion {
		return fmt.Errorf("the library %s was written by a newer Tandem (layout %d; this one reads %d)", l.dir, lf.Version, layoutVersion)
	}
	return nil
}

// staleStaging is how old a staging folder must be to be taken for an
// interrupted import's: another process's import may be writing a younger
// one, and an article is staged in seconds.
const staleStaging = 10 * time.Minute

// removeStaging deletes article folders an interrupted import left half
// written in the staging folder; they were never renamed into place, so
// nothing refers to them.
func (l *Library) removeStaging() error {
	entries, err := os.ReadDir(filepath.Join(l.dir, stagingDir))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > staleStaging {
			if err := os.RemoveAll(filepath.Join(l.dir, stagingDir, e.Name())); err != nil {
				return err
			}
		}
	}
	return nil
}

// Close finishes indexing queued changes, writes the catalog and closes the
// search index.
func (l *Library) Close() error {
	return errors.Join(l.closeIndex(), l.closeCatalog())
}

// Dir is the library's folder.
func (l *Library) Dir() string { return l.dir }

// isArticleID reports whether s may be an article ID: a letter or digit,
// then up to 80 letters, digits, '_' and '-'. It checks by hand, not with
// a regular expression: the catalog checks 100,000 of them as it loads.
func isArticleID(s string) bool {
	if len(s) == 0 || len(s) > 81 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9', 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z':
		case (c == '_' || c == '-') && i > 0:
		default:
			return false
		}
	}
	return true
}

func (l *Library) articleDir(id string) (string, error) {
	if !isArticleID(id) {
		return "", fmt.Errorf("%q: %w", id, ErrNotFound)
	}
	return filepath.Join(l.dir, "articles", id), nil
}

// record is what article.json holds: the article and where it came from.
type record struct {
	*article.Article
	SourceFile string    `json:"source_file"`
	SourceHash string    `json:"source_sha256"`
	Imported   time.Time `json:"imported"`
	// OtherSourceFile and OtherSourceHash are the second file of an
	// article paired from a Chinese and an English version (ImportPair,
	// Pair), kept byte for byte next to SourceFile; empty otherwise.
	OtherSourceFile string `json:"other_source_file,omitempty"`
	OtherSourceHash string `json:"other_source_sha256,omitempty"`
}

// identity is the hash that tells whether bytes being imported are those
// the article came from: its source's, or for a pair both sources'.
func (r *record) identity() string {
	if r.OtherSourceFile == "" {
		return r.SourceHash
	}
	return pairHash(r.SourceHash, r.OtherSourceHash)
}

// Article reads an article by ID.
func (l *Library) Article(id string) (*article.Article, error) {
	rec, err := l.record(id)
	if err != nil {
		return nil, err
	}
	return rec.Article, nil
}

func (l *Library) record(id string) (*record, error) {
	data, err := l.readRecord(id)
	if err != nil {
		return nil, err
	}
	return parseRecord(data, id)
}

// parseRecord reads the article.json of the folder id: JSON of the
// record's shape that names the folder's id. Its alignment is not held to
// article.Check, as a reader may fix a typo in the text by hand; what
// reads the sentence spans checks them where it uses them.
func parseRecord(data []byte, id string) (*record, error) {
	rec := &record{Article: &article.Article{}}
	if err := json.Unmarshal(data, rec); err != nil {
		return nil, fmt.Errorf("%s: article.json is damaged: %w", id, err)
	}
	if rec.Article == nil {
		return nil, fmt.Errorf("%s: article.json is damaged: it holds no article", id)
	}
	if rec.ID != id {
		return nil, &MismatchError{Folder: id, ID: rec.ID}
	}
	return rec, nil
}

// readRecord reads the bytes of an article's article.json.
func (l *Library) readRecord(id string) ([]byte, error) {
	if _, err := l.articleDir(id); err != nil {
		return nil, err
	}
	// Read through the articles folder, so that an article folder or an
	// article.json that is a symbolic link out of the library is refused.
	data, err := readInside(filepath.Join(l.dir, "articles"), id+"/article.json", id, "article.json", maxRecordFile)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: %w", id, ErrNotFound)
	}
	return data, err
}

// checkIdentity makes sure that the folder of article id holds that
// article, before anything is written in it: a copied folder's
// article.json names the article it was copied from, and a write must
// never follow that id elsewhere nor mix two articles in one folder. It
// reads the id alone.
func (l *Library) checkIdentity(id string) error {
	data, err := l.readRecord(id)
	if err != nil {
		return err
	}
	var head struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return fmt.Errorf("%s: article.json is damaged: %w", id, err)
	}
	if head.ID != id {
		return &MismatchError{Folder: id, ID: head.ID}
	}
	return nil
}

// Summary is one line of the library list.
type Summary struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// OtherTitle is the title in the other language, or "".
	OtherTitle string `json:"other_title,omitempty"`
	Source     string `json:"source"`
	Date       string `json:"date"`
	Pairs      int    `json:"pairs"`
	// Highlights and Notes count the article's annotations and those with
	// a note; Tags are the tags they carry (as typed, each once by TagKey).
	Highlights int      `json:"highlights"`
	Notes      int      `json:"notes"`
	Tags       []string `json:"tags,omitempty"`
	// Problem is set, and the rest but ID empty, when the article's files
	// cannot be read.
	Problem string `json:"problem,omitempty"`
}

func newerFirst(a, b Summary) bool {
	if a.Date != b.Date {
		if a.Date == "" || b.Date == "" {
			return b.Date == ""
		}
		return a.Date > b.Date
	}
	if a.Title != b.Title {
		return a.Title < b.Title
	}
	return a.ID < b.ID
}
