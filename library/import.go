package library

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"tandem/article"
)

// Status is the outcome of importing one file.
type Status string

// The outcomes of an import.
const (
	Imported  Status = "imported"
	Duplicate Status = "duplicate" // the article is already in the library; nothing changed
	Failed    Status = "failed"
)

// Result is the outcome of importing one file. Err, set when Status is
// Failed, names the file and the reason.
type Result struct {
	Path   string
	ID     string
	Title  string
	Source string
	Date   string
	Pairs  int
	Status Status
	Err    error
}

// Importable reports whether a file found inside a folder is imported: text,
// Markdown and HTML files, by extension. Files named one by one are imported
// whatever their name, since the format is read from the content.
func Importable(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm":
		return true
	}
	return false
}

// Import parses data and stores it as a new article. name is only used in
// messages. Importing an article whose text is already there (the same
// bytes, or other bytes that parse to the same text) changes nothing and
// reports Duplicate; a different text is never dropped, even when its ID
// is taken (see claimID). Imports may run at once.
func (l *Library) Import(name string, data []byte) Result {
	r := Result{Path: name}
	if l.readOnly != nil {
		return r.fail(l.readOnly)
	}
	a, err := article.Parse(data)
	if err != nil {
		return r.fail(err)
	}
	r.Title, r.Source, r.Date, r.Pairs = a.Title, a.Source, a.Date, len(a.Pairs)
	sum := sha256.Sum256(data)
	hash := hex.EncodeToString(sum[:])
	id, release, err := l.claimID(a, hash)
	r.ID = id
	switch {
	case errors.Is(err, errSameText):
		r.Status = Duplicate
		return r
	case err != nil:
		return r.fail(err)
	}
	defer release()
	a.ID = id
	if err := l.store(a, data, hash); err != nil {
		return r.fail(err)
	}
	r.Status = Imported
	l.indexLater(a.ID) // keep the search index in step (index.go)
	return r
}

// errSameText is claimID's answer when the library holds the article.
var errSameText = errors.New("the library holds this text")

// idClaims are the article IDs that imports under way are writing. Parallel
// imports once both found an ID free, and the second to rename its folder
// into place reported "duplicate" and dropped a different text; an ID is
// now claimed here before anything is written under it.
type idClaims struct {
	mu   sync.Mutex
	busy map[string]chan struct{} // closed when the import that claimed the ID is done
}

// maxIDTries bounds how many articles may share a source's ID; no real
// archive comes near it, it only keeps a damaged library from looping.
const maxIDTries = 100

// claimID finds the ID an article is stored under and reserves it until
// release is called. The ID is the article's own (date and source ID, see
// article.MakeID) unless another text holds that one: then the ID gets the
// first six hex digits of the source's hash, and a counter should even that
// be taken. Articles are told apart by their text only: an ID holding the
// same source bytes or the same text means the library already has the
// article, and claimID returns that ID with errSameText. An ID that another
// import is still writing is waited for, then looked at again.
func (l *Library) claimID(a *article.Article, hash string) (id string, release func(), err error) {
	for n := 0; n < maxIDTries; n++ {
		id = a.ID
		if n > 0 {
			id += "-" + hash[:6]
		}
		if n > 1 {
			id += fmt.Sprintf("-%d", n)
		}
		for {
			free, wait, err := l.tryClaim(id, a, hash)
			if wait != nil {
				<-wait
				continue
			}
			if err != nil {
				return id, nil, err
			}
			if free {
				return id, func() { l.unclaim(id) }, nil
			}
			break // another text holds id
		}
	}
	return a.ID, nil, fmt.Errorf("%s: more than %d different articles share this ID", a.ID, maxIDTries)
}

// tryClaim claims id when no article holds it and no import is writing it.
// It returns a channel to wait on when an import is writing it, and
// errSameText when the article there has a's text.
func (l *Library) tryClaim(id string, a *article.Article, hash string) (free bool, wait <-chan struct{}, err error) {
	c := &l.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	if done, ok := c.busy[id]; ok {
		return false, done, nil
	}
	existing, err := l.record(id)
	switch {
	case errors.Is(err, ErrNotFound):
		if c.busy == nil {
			c.busy = map[string]chan struct{}{}
		}
		c.busy[id] = make(chan struct{})
		return true, nil, nil
	case err != nil:
		return false, nil, err
	case existing.SourceHash == hash || sameText(existing.Article, a):
		return false, nil, errSameText
	}
	return false, nil, nil
}

func (l *Library) unclaim(id string) {
	c := &l.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	close(c.busy[id])
	delete(c.busy, id)
}

func (r Result) fail(err error) Result {
	r.Status = Failed
	r.Err = fmt.Errorf("%s: %w", r.Path, err)
	return r
}

func sameText(a, b *article.Article) bool {
	if len(a.Pairs) != len(b.Pairs) {
		return false
	}
	for i := range a.Pairs {
		if a.Pairs[i].ZH != b.Pairs[i].ZH || a.Pairs[i].EN != b.Pairs[i].EN {
			return false
		}
	}
	return true
}

const stagingPrefix = ".staging-"

// store writes an article's folder in a staging folder and renames it into
// place, so the article appears whole or not at all.
func (l *Library) store(a *article.Article, source []byte, hash string) error {
	final, err := l.articleDir(a.ID)
	if err != nil {
		return err
	}
	articles := filepath.Dir(final)
	stage := filepath.Join(articles, stagingPrefix+a.ID+"-"+randomSuffix())
	if err := os.Mkdir(stage, 0o755); err != nil {
		return err
	}
	defer os.RemoveAll(stage) // a no-op once renamed
	rec := record{Article: a, SourceFile: "source." + sourceExt(a.Format), SourceHash: hash, Imported: time.Now().UTC().Truncate(time.Second)}
	js, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	for name, data := range map[string][]byte{rec.SourceFile: source, "article.json": append(js, '\n')} {
		if err := writeNew(filepath.Join(stage, name), data); err != nil {
			return err
		}
	}
	if err := syncDir(stage); err != nil {
		return err
	}
	if _, err := os.Stat(final); err == nil {
		// The ID was claimed with no article.json there, so this is a
		// folder without one, or a sync tool's work: never rename over it.
		return fmt.Errorf("a folder %s is already there: %w", a.ID, fs.ErrExist)
	}
	if err := os.Rename(stage, final); err != nil {
		return err
	}
	return syncDir(articles)
}

func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	return writeAndSync(f, data)
}

func randomSuffix() string {
	b := make([]byte, 4)
	rand.Read(b) // never fails (crypto/rand panics on its own if the OS cannot supply bytes)
	return hex.EncodeToString(b)
}

func sourceExt(f article.Format) string {
	switch f {
	case article.FormatMarkdown:
		return "md"
	case article.FormatHTML:
		return "html"
	}
	return "txt"
}

// ImportFile reads one file and imports it. Only regular files are read
// (symlinks are followed): a FIFO, a device or a socket fails with
// ErrSpecialFile without being opened. Files over article.MaxSize are refused
// before they are read, and reading stops at the limit whatever the file's
// size said.
func (l *Library) ImportFile(path string) Result {
	r := Result{Path: path}
	data, err := ReadRegular(path, article.MaxSize)
	if err != nil {
		return r.fail(unwrapPathError(err))
	}
	return l.Import(path, data)
}

// unwrapPathError drops the path from an *fs.PathError, since Result.Err
// names the file already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Progress reports how far an import of many files has got.
type Progress struct {
	Done, Total int
	Current     string // the file being imported
	// Finished holds the results that are final since the last report,
	// in the order ImportPaths returns them: each result once, as soon as
	// it and every result before it are known, so a caller can print
	// them as they come and end with the same list.
	Finished []Result
}

// Expand turns the paths a user named into the files to import: files as
// they are, folders walked recursively for importable files (hidden ones
// skipped), in a stable order. Paths that cannot be read come back as failed
// results.
func Expand(paths []string) ([]string, []Result) {
	var files []string
	var failed []Result
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			failed = append(failed, Result{Path: p}.fail(unwrapPathError(err)))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failed = append(failed, Result{Path: path}.fail(unwrapPathError(err)))
				return nil
			}
			hidden := strings.HasPrefix(d.Name(), ".") && path != p
			switch {
			case d.IsDir() && hidden:
				return filepath.SkipDir
			case !d.IsDir() && !hidden && Importable(path):
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			failed = append(failed, Result{Path: p}.fail(err))
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, failed
}

// importWorkers is how many files are imported at once. Parsing is CPU and
// each article waits on a few fsyncs, so a few more workers than cores keep
// both busy.
var importWorkers = runtime.NumCPU() + 2

// ImportPaths imports files and folders, several at a time, reporting
// progress from the calling goroutine as files finish, and once at the
// end. Cancelling ctx starts no new file; what was imported stays. Paths
// that could not be read come first in the results (and in the first
// report's Finished), then one result per file imported, in file order; a
// failure never stops the rest.
func (l *Library) ImportPaths(ctx context.Context, paths []string, progress func(Progress)) []Result {
	files, results := Expand(paths)
	report := func(done int, current string, finished []Result) {
		if progress != nil {
			progress(Progress{Done: done, Total: len(files), Current: current, Finished: finished})
		}
	}
	if len(results) > 0 {
		report(0, "", slices.Clone(results))
	}
	type finished struct {
		i int
		r Result
	}
	jobs, out := make(chan int), make(chan finished)
	var wg sync.WaitGroup
	for range min(importWorkers, max(1, len(files))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				// A cancel and a free worker can both be ready for the
				// feeder, which then picks either: check again here, so no
				// file starts after the cancel.
				if ctx.Err() == nil {
					out <- finished{i, l.ImportFile(files[i])}
				}
			}
		}()
	}
	go func() {
		defer close(jobs)
		for i := range files {
			select {
			case jobs <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(out) }()
	byFile := make([]*Result, len(files))
	done, next := 0, 0 // next is the first file whose result is not in results
	for f := range out {
		byFile[f.i] = &f.r
		done++
		from := len(results)
		for ; next < len(files) && byFile[next] != nil; next++ {
			results = append(results, *byFile[next])
		}
		report(done, files[f.i], slices.Clone(results[from:]))
	}
	// Files are handed out in order and every file handed out finishes,
	// so only files never started (cancelled) should be left; keep any
	// result all the same.
	from := len(results)
	for _, r := range byFile[next:] {
		if r != nil {
			results = append(results, *r)
		}
	}
	report(done, "", slices.Clone(results[from:]))
	return results
}
