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
	// OtherPath is the second file of a pair (ImportPair), else "".
	OtherPath string
}

// Importable reports whether a file found inside a folder is imported: text,
// Markdown, HTML, Word (.docx), PDF and EPUB files, by extension. Files named one by one are imported
// whatever their name, since the format is read from the content.
func Importable(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".epub":
		return true
	}
	return false
}

// Import parses data and stores it as a new article. name is only used in
// messages. Importing an article whose text is already there (the same
// bytes, or other bytes that parse to the same text) changes nothing and
// reports Duplicate; a different text is never dropped, even when its ID
// is taken (see claimID). Imports may run at once, in this process and in
// others.
func (l *Library) Import(name string, data []byte) Result {
	return l.commit([]*parsed{parse(name, data)})[0]
}

// parsed is a file read and parsed, on its way into the library.
type parsed struct {
	r    Result
	a    *article.Article
	data []byte
	// hash tells the article's bytes from others' (see record.identity):
	// data's sha256, or for a pair both files'.
	hash string
	// name is the source's name in the article's folder, "" for
	// source.<ext>; other is the second file of a pair, or nil.
	name  string
	other *version
	// stage is the staging folder its files are written in; release
	// gives back the ID it claimed.
	stage   string
	release func()
}

// parse parses a file's bytes; a file that does not parse is a failed
// result.
func parse(name string, data []byte) *parsed {
	p := &parsed{r: Result{Path: name}, data: data}
	a, err := parser().Parse(data)
	if err != nil {
		p.r = p.r.fail(err)
		return p
	}
	p.a = a
	p.r.Title, p.r.Source, p.r.Date, p.r.Pairs = a.Title, a.Source, a.Date, len(a.Pairs)
	p.hash = sha256Hex(data)
	return p
}

func sha256Hex(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// commit stores a batch of parsed files as articles, with one round of
// fsyncs for the whole batch (group commit): each article is written in a
// staging folder, the staged files are made durable together, and then,
// holding the library's lock, each folder is renamed into place, the
// articles folder synced once and the batch named in the change journal.
// A crash leaves each article whole or absent. It returns one result per
// file, in order.
func (l *Library) commit(batch []*parsed) []Result {
	var staged []*parsed
	defer func() {
		for _, p := range batch {
			if p.release != nil {
				p.release()
			}
			if p.stage != "" {
				os.RemoveAll(p.stage) // a no-op once renamed
			}
		}
	}()
	for _, p := range batch {
		if p.a == nil {
			continue
		}
		if l.readOnly != nil {
			p.r = p.r.fail(l.readOnly)
			continue
		}
		if err := l.stage(p, &batch); err != nil {
			p.r = p.r.fail(err)
			continue
		}
		if p.stage != "" {
			staged = append(staged, p)
		}
	}
	if len(staged) > 0 {
		l.place(staged)
	}
	out := make([]Result, len(batch))
	for i, p := range batch {
		out[i] = p.r
	}
	return out
}

// stage claims an ID for a parsed article and writes its folder in the
// staging folder, without syncing: place makes the batch durable at once.
// An article the library holds already is marked Duplicate and not staged.
func (l *Library) stage(p *parsed, batch *[]*parsed) error {
	id, release, err := l.claimID(p.a, p.hash, batch)
	p.r.ID = id
	switch {
	case errors.Is(err, errSameText):
		p.r.Status = Duplicate
		return nil
	case err != nil:
		return err
	}
	p.release = release
	p.a.ID = id
	if _, err := l.articleDir(id); err != nil {
		return err
	}
	root := filepath.Join(l.dir, stagingDir)
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	p.stage = filepath.Join(root, id+"-"+randomSuffix())
	if err := os.Mkdir(p.stage, 0o755); err != nil {
		p.stage = ""
		return err
	}
	rec := record{Article: p.a, SourceFile: "source." + sourceExt(p.a.Format), SourceHash: p.hash, Imported: time.Now().UTC().Truncate(time.Second)}
	files := map[string][]byte{}
	if p.other != nil {
		rec.SourceFile, rec.SourceHash = p.name, sha256Hex(p.data)
		rec.OtherSourceFile, rec.OtherSourceHash = p.other.name, p.other.hash
		files[p.other.name] = p.other.data
	}
	files[rec.SourceFile] = p.data
	js, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	files["article.json"] = append(js, '\n')
	for name, data := range files {
		if err := writeNew(filepath.Join(p.stage, name), data); err != nil {
			return err
		}
	}
	return nil
}

// place makes the staged folders durable and renames them into place,
// holding the lock, then names them in the change journal. A folder that
// cannot be placed fails its own file only.
func (l *Library) place(staged []*parsed) {
	fail := func(p *parsed, err error) { p.r = p.r.fail(err) }
	if err := syncStaged(filepath.Join(l.dir, stagingDir), staged); err != nil {
		for _, p := range staged {
			fail(p, err)
		}
		return
	}
	unlock, err := l.writing()
	if err != nil {
		for _, p := range staged {
			fail(p, err)
		}
		return
	}
	defer unlock()
	articles := filepath.Join(l.dir, "articles")
	var placed []*article.Article
	for _, p := range staged {
		final := filepath.Join(articles, p.a.ID)
		if _, err := os.Stat(final); err == nil {
			// Another process stored an article under this ID since it
			// was claimed: the same text is a duplicate; anything else
			// (or a folder without article.json, a sync tool's work) is
			// never renamed over.
			if rec, err := l.record(p.a.ID); err == nil && (rec.identity() == p.hash || sameText(rec.Article, p.a)) {
				p.r.Status = Duplicate
				continue
			}
			fail(p, fmt.Errorf("a folder %s is already there: %w", p.a.ID, fs.ErrExist))
			continue
		}
		if err := os.Rename(p.stage, final); err != nil {
			fail(p, err)
			continue
		}
		p.stage = ""
		p.r.Status = Imported
		placed = append(placed, p.a)
	}
	if len(placed) == 0 {
		return
	}
	if err := syncDir(articles); err != nil {
		// The folders are in place but a crash could yet lose them: say
		// so rather than report them imported.
		for _, p := range staged {
			if p.r.Status == Imported {
				fail(p, fmt.Errorf("the article was written but could not be made durable: %w", err))
			}
		}
	}
	l.changedArticles(placed) // keep the journal, catalog and search index in step
}

// errSameText is claimID's answer when the library holds the article.
var errSameText = errors.New("the library holds this text")

// idClaims are the article IDs that imports under way are writing. Parallel
// imports once both found an ID free, and the second to rename its folder
// into place reported "duplicate" and dropped a different text; an ID is
// now claimed here before anything is written under it.
type idClaims struct {
	mu   sync.Mutex
	busy map[string]*idClaim
}

// idClaim is an ID an import is writing.
type idClaim struct {
	done  chan struct{} // closed when the import that claimed the ID is done
	batch *[]*parsed    // the batch of files it is part of
	hash  string
	a     *article.Article
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
//
// Files of one batch (see commit) are stored together, so a file never
// waits for an ID that an earlier file of its own batch claimed: it is
// compared with that file instead.
func (l *Library) claimID(a *article.Article, hash string, batch *[]*parsed) (id string, release func(), err error) {
	if id, ok := l.heldUndated(a, hash); ok {
		return id, nil, errSameText
	}
	for n := 0; n < maxIDTries; n++ {
		id = a.ID
		if n > 0 {
			id += "-" + hash[:6]
		}
		if n > 1 {
			id += fmt.Sprintf("-%d", n)
		}
		for {
			free, wait, err := l.tryClaim(id, a, hash, batch)
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

// heldUndated returns the ID under which the library holds a's text
// undated, and whether it does. An article stored before its date could be
// read (from a dateline in its lead, say) keeps that ID: importing the
// same files again finds it, rather than storing a dated copy.
func (l *Library) heldUndated(a *article.Article, hash string) (string, bool) {
	rest, ok := strings.CutPrefix(a.ID, a.Date+"-")
	if a.Date == "" || !ok {
		return "", false
	}
	id := "undated-" + rest
	rec, err := l.record(id)
	return id, err == nil && (rec.identity() == hash || sameText(rec.Article, a))
}

// tryClaim claims id when no article holds it and no import is writing it.
// It returns a channel to wait on when an import is writing it, and
// errSameText when the article there has a's text.
func (l *Library) tryClaim(id string, a *article.Article, hash string, batch *[]*parsed) (free bool, wait <-chan struct{}, err error) {
	c := &l.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	if claim, ok := c.busy[id]; ok {
		switch {
		case claim.batch != batch:
			return false, claim.done, nil
		case claim.hash == hash || sameText(claim.a, a):
			return false, nil, errSameText
		}
		return false, nil, nil
	}
	existing, err := l.record(id)
	switch {
	case errors.Is(err, ErrNotFound):
		if c.busy == nil {
			c.busy = map[string]*idClaim{}
		}
		c.busy[id] = &idClaim{done: make(chan struct{}), batch: batch, hash: hash, a: a}
		return true, nil, nil
	case err != nil:
		return false, nil, err
	case existing.identity() == hash || sameText(existing.Article, a):
		return false, nil, errSameText
	}
	return false, nil, nil
}

func (l *Library) unclaim(id string) {
	c := &l.claims
	c.mu.Lock()
	defer c.mu.Unlock()
	close(c.busy[id].done)
	delete(c.busy, id)
}

func (r Result) fail(err error) Result {
	r.Status = Failed
	if r.OtherPath != "" {
		r.Err = fmt.Errorf("%s and %s: %w", r.Path, r.OtherPath, err)
		return r
	}
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

// stagingDir is the folder in the library where imports write articles
// before they are renamed into place.
const stagingDir = "staging"

// writeNew writes a new file without syncing it (see syncStaged).
func writeNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
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
	case article.FormatDOCX:
		return "docx"
	case article.FormatPDF:
		return "pdf"
	case article.FormatEPUB:
		return "epub"
	}
	return "txt"
}

// ImportFile reads one file and imports it. Only regular files are read
// (symlinks are followed): a FIFO, a device or a socket fails with
// ErrSpecialFile without being opened. Files over article.MaxSize are refused
// before they are read, and reading stops at the limit whatever the file's
// size said.
func (l *Library) ImportFile(path string) Result {
	return l.commit([]*parsed{readAndParse(path)})[0]
}

// readAndParse reads a file and parses it (see ImportFile).
func readAndParse(path string) *parsed {
	data, err := ReadRegular(path, article.MaxSize)
	if err != nil {
		return &parsed{r: Result{Path: path}.fail(unwrapPathError(err))}
	}
	return parse(path, data)
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

// importWorkers is how many files are read and parsed at once: parsing is
// CPU, reading waits on the disk.
var importWorkers = runtime.NumCPU() + 1

// Group commit: the files parsed are stored in batches of up to
// commitBatch files or commitBytes bytes, each made durable with one round
// of fsyncs (see commit). A batch is also committed as soon as no parsed
// file is waiting, so an import of a few files does not wait for more.
const (
	commitBatch = 256
	commitBytes = 32 << 20
)

// ImportPaths imports files and folders: files are read and parsed several
// at a time and stored in batches (see commit), with progress reported
// from the calling goroutine after each batch, and once at the end.
// Cancelling ctx stores no file after the batch under way; what was
// imported stays. Paths that
// could not be read come first in the results (and in the first report's
// Finished), then one result per file imported, in file order; a failure
// never stops the rest.
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
		p *parsed
	}
	jobs, out := make(chan int), make(chan finished, commitBatch)
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
					out <- finished{i, readAndParse(files[i])}
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
	// Each file's result goes in its place in results as its batch is
	// stored; have marks those stored. One slot a file, set aside at once:
	// a result allocated on its own for each file, then copied onto a
	// growing list, held some 18 MB more by the end of a 100,000-file
	// import.
	base := len(results)
	results = slices.Grow(results, len(files))[:base+len(files)]
	have := make([]bool, len(files))
	done, next := 0, 0 // next is the first file whose result is not reported
	var batch []finished
	size := 0
	flush := func() {
		ps := make([]*parsed, len(batch))
		for i, f := range batch {
			ps[i] = f.p
		}
		for i, r := range l.commit(ps) {
			results[base+batch[i].i], have[batch[i].i] = r, true
		}
		// The index reads these as they are: should it fall behind, the
		// import waits, rather than hold every article parsed.
		l.search.waitRoom()
		done += len(batch)
		from := next
		for next < len(files) && have[next] {
			next++
		}
		report(done, files[batch[len(batch)-1].i], slices.Clone(results[base+from:base+next]))
		batch, size = batch[:0], 0
	}
	for f := range out {
		if ctx.Err() != nil {
			continue // parsed, but a cancel stores nothing more
		}
		batch = append(batch, f)
		size += len(f.p.data)
		// Commit when the batch is full, or when no other file is parsed
		// yet: the fsyncs then overlap the parsing of the next files.
		if len(batch) >= commitBatch || size >= commitBytes || len(out) == 0 {
			flush()
		}
	}
	if len(batch) > 0 {
		flush()
	}
	// Files are handed out in order and every file handed out finishes,
	// so only files never started (cancelled) should be left; keep any
	// result all the same.
	kept := results[:base+next]
	for i := next; i < len(files); i++ {
		if have[i] {
			kept = append(kept, results[base+i]) // never past slot base+i
		}
	}
	report(done, "", slices.Clone(kept[base+next:]))
	return kept
}
