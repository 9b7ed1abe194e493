package library

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"tandem/annotation"
	"tandem/article"
)

// The catalog is what the library list, the tag counts and the claims
// table show: for each article its summary, the tags its annotations carry
// and its tagged annotations in brief. It is read from one file beside the
// search index, so that listing the library never reads every article; it
// is a cache of the files like the index: kept in step by the change
// journal (changes.go), built from the files when missing or damaged, and
// checked against every article's stamp by SyncIndex.
//
// The file is text, one record a line, fields separated by tabs (escaped
// as \t, like newlines and backslashes): a header with the journal
// position the catalog reflects and the length of the article lines, a
// line per article in List's order, a line "tagged", then a line per
// tagged annotation. List reads no further than the articles, and a
// command that prints the list (ListEach) prints them from the file
// without loading the catalog when it is up to date.

// catalog is the catalog in memory.
type catalog struct {
	path string
	mu   sync.Mutex
	// loaded is true once the articles are read (from the file or the
	// articles); pos is the journal position they reflect.
	loaded   bool
	pos      Position
	articles map[string]*catArticle
	// tagged is nil until the tagged annotations are read: the file's
	// second part is read on the first call that needs it.
	tagged bool
	// file is the catalog file the articles were read from: the tagged
	// annotations are read from it, and no other.
	file  os.FileInfo
	dirty bool // changed since the file was written
	// unmap releases the catalog files ListEach mapped, at Close.
	unmap []func() error
	// order is the articles as List returns them, while no change has
	// come since it was sorted (nil then).
	order []*catArticle
	// tags are the tag counts Tags returned for the articles of counted,
	// which is order then: they hold while order does.
	tags    []TagCount
	counted []*catArticle
	// folders is the modification time of the articles folder when the
	// catalog last compared its entries with the article folders: a
	// folder added or removed by hand or by a sync tool changes it.
	folders int64
	// unreported holds the articles other processes changed that the
	// catalog has read but CatchUp has not yet returned: a List between two
	// catch-ups reads the journal too, and the window must still hear of
	// them.
	unreported map[string]bool
}

// catArticle is one article in the catalog.
type catArticle struct {
	Summary
	stamp string
	// spellings counts the article's tags as written, one entry a
	// spelling.
	spellings []TagCount
	// notes are its tagged annotations in brief (see Library.Tagged).
	notes []*annotation.Annotation
	// filed is true while the entry is as the catalog file has it and
	// its tagged annotations are yet to be read from there.
	filed bool
}

// catalogPath is where the catalog of the index in indexDir lives.
func catalogPath(indexDir string) string {
	return filepath.Clean(indexDir) + ".catalog"
}

// summarise makes an article's catalog entry from its record and
// annotations.
// Its strings are copies, packed into one allocation: a title cut from the
// article's text would keep the whole text alive for as long as the
// catalog holds the entry, and a string each would give the collector
// several objects an article to mark, which a process that imported
// 100,000 articles paid for in the time of its searches.
func summarise(id, stamp string, a *article.Article, list []*annotation.Annotation) *catArticle {
	c := &catArticle{Summary: Summary{ID: id, Title: a.Title, Source: a.Source, Date: a.Date, Pairs: len(a.Pairs),
		OtherTitle: article.OtherTitle(a.Title, a.TitleIn(article.ZH), a.TitleIn(article.EN))}, stamp: stamp}
	pack(&c.ID, &c.stamp, &c.Title, &c.OtherTitle, &c.Source, &c.Date)
	c.setAnnotations(list)
	return c
}

// pack points the strings at copies of themselves, all in one allocation.
func pack(ss ...*string) {
	n := 0
	for _, s := range ss {
		n += len(*s)
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range ss {
		b.WriteString(*s)
	}
	all := b.String()
	for _, s := range ss {
		n := len(*s)
		*s, all = all[:n], all[n:]
	}
}

// setAnnotations counts an article's annotations and keeps its tagged
// ones in brief.
func (c *catArticle) setAnnotations(list []*annotation.Annotation) {
	c.Highlights, c.Notes, c.Tags, c.spellings, c.notes = 0, 0, nil, nil, nil
	spellings := map[string]int{}
	for _, an := range list {
		c.Highlights++
		if an.Note != "" {
			c.Notes++
		}
		if len(an.Tags) > 0 {
			b := brief(an)
			c.notes = append(c.notes, b)
			for _, t := range b.Tags {
				spellings[t]++
			}
		}
	}
	for t, n := range spellings {
		c.spellings = append(c.spellings, TagCount{Tag: t, Count: n})
	}
	for _, t := range tallyTags(spellings) {
		c.Tags = append(c.Tags, t.Tag)
	}
}

// brief keeps of an annotation what the claims table shows, in two
// allocations when it has a tag or two, three with more (see pack). Its
// colour and languages are the package constants ParseW3C gives.
func brief(an *annotation.Annotation) *annotation.Annotation {
	b := &struct {
		an   annotation.Annotation
		cp   annotation.Target
		tags [2]string
	}{an: annotation.Annotation{ID: an.ID, Article: an.Article, Color: an.Color, Note: an.Note, Orphan: an.Orphan,
		Target: annotation.Target{Lang: an.Target.Lang, Pair: an.Target.Pair, Start: an.Target.Start, Exact: an.Target.Exact}}}
	if n := len(an.Tags); n <= len(b.tags) {
		b.an.Tags = b.tags[:n:n]
		copy(b.an.Tags, an.Tags)
	} else {
		b.an.Tags = slices.Clone(an.Tags)
	}
	strs := []*string{&b.an.ID, &b.an.Article, &b.an.Note, &b.an.Target.Exact}
	if an.Counterpart != nil {
		b.cp = annotation.Target{Lang: an.Counterpart.Lang, Exact: an.Counterpart.Exact}
		b.an.Counterpart = &b.cp
		strs = append(strs, &b.cp.Exact)
	}
	for i := range b.an.Tags {
		strs = append(strs, &b.an.Tags[i])
	}
	pack(strs...)
	return &b.an
}

// readCatalogArticle reads an article's catalog entry from its files. An
// article that cannot be read is listed with the problem.
func (l *Library) readCatalogArticle(id string) (*catArticle, error) {
	stamp, err := l.stamp(id)
	if err != nil {
		return nil, err
	}
	rec, err := l.record(id)
	if errors.Is(err, ErrNotFound) {
		return nil, err
	}
	if err != nil {
		return &catArticle{Summary: Summary{ID: id, Problem: err.Error()}, stamp: stamp}, nil
	}
	list, _ := l.readableAnnotations(id)
	return summarise(id, stamp, rec.Article, list), nil
}

// refreshAnnotations reads an article's annotations again, keeping what
// the catalog holds of the article itself.
func (l *Library) refreshAnnotations(c *catArticle) (*catArticle, error) {
	stamp, err := l.stamp(c.ID)
	if err != nil {
		return nil, err
	}
	fresh := &catArticle{Summary: Summary{ID: c.ID, Title: c.Title, OtherTitle: c.OtherTitle, Source: c.Source, Date: c.Date, Pairs: c.Pairs, Problem: c.Problem}, stamp: stamp}
	list, _ := l.readableAnnotations(c.ID)
	fresh.setAnnotations(list)
	return fresh, nil
}

// catalogReady loads the catalog and brings it up to date with the change
// journal: it reads the file, or builds it from the files when there is
// none or it is damaged, then reads again the articles the journal names
// since, and those whose folders came or went (checkFolders). A journal
// started afresh since the catalog was written (or lost) makes it compare
// every article's stamp. It returns the IDs of the articles it read again
// (every one, after a comparison of stamps). Callers hold l.cat.mu.
func (l *Library) catalogReady(ctx context.Context, progress func(done, total int)) ([]string, error) {
	c := l.cat
	if !c.loaded {
		if err := c.readArticles(); err != nil {
			if err := l.buildCatalog(ctx, progress); err != nil {
				return nil, err
			}
		}
	}
	changes, pos, err := readChanges(l.dir, c.pos)
	switch {
	case errors.Is(err, errUnknownEpoch):
		if err := l.reconcileCatalog(ctx, progress); err != nil {
			return nil, err
		}
		c.pos, c.dirty = pos, true
		ids := make([]string, 0, len(c.articles))
		for id := range c.articles {
			ids = append(ids, id)
		}
		return c.report(ids), nil
	case err != nil:
		return nil, err
	}
	ids := make([]string, 0, len(changes))
	for _, ch := range changes {
		ids = append(ids, ch.ID)
		if err := l.refreshCatalog(ch.ID, ch.ArticleToo); err != nil {
			return nil, err
		}
	}
	if pos != c.pos {
		c.pos, c.dirty = pos, true
	}
	// What other processes changed goes to this process's index too.
	l.indexLater(ids...)
	moved, err := l.checkFolders()
	return c.report(append(ids, moved...)), err
}

// CatchUp reads what other processes (and other tools, adding or removing
// article folders) changed since this one last looked into the catalog and
// the search index, and returns the IDs of the articles they changed: the
// window calls it every fraction of a second to show a terminal's imports
// and annotations. When nothing changed it costs a read of the journal's
// first line and two stats; before the catalog is first read, nothing.
func (l *Library) CatchUp() ([]string, error) {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.loaded {
		return nil, nil
	}
	_, err := l.catalogReady(context.Background(), nil)
	ids := make([]string, 0, len(c.unreported))
	for id := range c.unreported {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	c.unreported = nil
	return ids, err
}

// report keeps ids for the next CatchUp and returns them. Callers hold
// l.cat.mu.
func (c *catalog) report(ids []string) []string {
	if c.unreported == nil {
		c.unreported = map[string]bool{}
	}
	for _, id := range ids {
		c.unreported[id] = true
	}
	return ids
}

// checkFolders compares the catalog's articles with the article folders
// when the articles folder changed since it last did: folders added or
// removed by hand, or by a sync tool, show in the list. (Such a tool's
// edits inside a folder are found by SyncIndex's comparison of stamps.)
// Callers hold l.cat.mu.
func (l *Library) checkFolders() ([]string, error) {
	c := l.cat
	info, err := os.Stat(filepath.Join(l.dir, "articles"))
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	if info.ModTime().UnixNano() == c.folders {
		return nil, nil
	}
	ids, err := l.articleIDs()
	if err != nil {
		return nil, err
	}
	var moved []string
	there := make(map[string]bool, len(ids))
	for _, id := range ids {
		there[id] = true
		if c.articles[id] == nil {
			if err := l.refreshCatalog(id, true); err != nil {
				return nil, err
			}
			moved = append(moved, id)
		}
	}
	for id := range c.articles {
		if !there[id] {
			delete(c.articles, id)
			c.order = nil
			moved = append(moved, id)
		}
	}
	c.folders, c.dirty = info.ModTime().UnixNano(), true
	return moved, nil
}

// refreshCatalog reads one article's entry again. Callers hold l.cat.mu.
func (l *Library) refreshCatalog(id string, articleToo bool) error {
	c := l.cat
	old := c.articles[id]
	var fresh *catArticle
	var err error
	if old != nil && !articleToo && old.Problem == "" {
		fresh, err = l.refreshAnnotations(old)
	} else {
		fresh, err = l.readCatalogArticle(id)
	}
	switch {
	case errors.Is(err, ErrNotFound):
		delete(c.articles, id)
		c.order = nil
	case err != nil:
		return err
	default:
		c.articles[fresh.ID] = fresh // the key shares the entry's string
		c.order = nil
	}
	c.dirty = true
	return nil
}

// buildCatalog reads every article to make the catalog anew. Callers hold
// l.cat.mu.
func (l *Library) buildCatalog(ctx context.Context, progress func(done, total int)) error {
	c := l.cat
	// The position first: what changes while the articles are read is
	// read again on the next catch-up.
	c.pos = journalEnd(l.dir)
	if info, err := os.Stat(filepath.Join(l.dir, "articles")); err == nil {
		c.folders = info.ModTime().UnixNano()
	}
	ids, err := l.articleIDs()
	if err != nil {
		return err
	}
	c.articles, c.order = make(map[string]*catArticle, len(ids)), nil
	c.loaded, c.tagged, c.dirty = true, true, true
	for i, id := range ids {
		if err := ctx.Err(); err != nil {
			c.loaded = false
			return err
		}
		entry, err := l.readCatalogArticle(id)
		if err == nil {
			c.articles[entry.ID] = entry
			c.order = nil
		}
		if progress != nil && (i%500 == 499 || i == len(ids)-1) {
			progress(i+1, len(ids))
		}
	}
	// Written at once: a crash should not cost the reading again. A
	// catalog that cannot be written is built again next time.
	_ = c.write()
	return nil
}

// reconcileCatalog compares the stamp of every article with the catalog's
// and reads again those that differ. Callers hold l.cat.mu.
func (l *Library) reconcileCatalog(ctx context.Context, progress func(done, total int)) error {
	c := l.cat
	disk, err := l.diskStamps(ctx)
	if err != nil {
		return err
	}
	if !c.tagged {
		if err := c.readTagged(); err != nil {
			return l.buildCatalog(ctx, progress)
		}
	}
	for id := range c.articles {
		if _, ok := disk[id]; !ok {
			delete(c.articles, id)
			c.order = nil
			c.dirty = true
		}
	}
	done := 0
	for id, stamp := range disk {
		if err := ctx.Err(); err != nil {
			return err
		}
		if old := c.articles[id]; old == nil || old.stamp != stamp {
			if err := l.refreshCatalog(id, true); err != nil {
				return err
			}
		}
		done++
		if progress != nil && (done%500 == 0 || done == len(disk)) {
			progress(done, len(disk))
		}
	}
	return nil
}

// articleIDs lists the article folders.
func (l *Library) articleIDs() ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(l.dir, "articles"))
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	var ids []string
	for _, e := range entries {
		if e.IsDir() && isArticleID(e.Name()) {
			ids = append(ids, e.Name())
		}
	}
	return ids, nil
}

// changedArticles records that articles were just imported: in the
// journal, in the catalog and in the search index's queue, which takes
// them as they are instead of reading them back. Callers hold the lock.
func (l *Library) changedArticles(list []*article.Article) {
	ids := make([]string, len(list))
	for i, a := range list {
		ids[i] = a.ID
	}
	l.journalAndCatalog(articleChanged, ids, func(id string, i int) (*catArticle, error) {
		stamp, err := l.stamp(id)
		if err != nil {
			return nil, err
		}
		return summarise(id, stamp, list[i], nil), nil
	})
	l.search.queueFresh(list)
}

// changed notes that articles, or only their annotations, changed. Every
// change calls it, holding the lock, once a file is written; when the
// change ends (flushChanges), each article it touched is named once in the
// journal, read again into the catalog and queued for the index, however
// many of its files the change wrote.
func (l *Library) changed(kind byte, ids ...string) {
	if l.touched == nil {
		l.touched = map[string]bool{}
	}
	for _, id := range ids {
		l.touched[id] = l.touched[id] || kind == articleChanged
	}
}

// flushChanges records what the change that ends touched. Callers hold
// the lock.
func (l *Library) flushChanges() {
	if len(l.touched) == 0 {
		return
	}
	var articles, annotations []string
	for id, articleToo := range l.touched {
		if articleToo {
			articles = append(articles, id)
		} else {
			annotations = append(annotations, id)
		}
	}
	l.touched = nil
	for _, group := range []struct {
		kind byte
		ids  []string
	}{{articleChanged, articles}, {annotationsChanged, annotations}} {
		if len(group.ids) > 0 {
			l.journalAndCatalog(group.kind, group.ids, nil)
			l.indexLater(group.ids...)
		}
	}
}

// journalAndCatalog names articles in the journal and brings their catalog
// entries up to date: with entry when given, else from the files. A
// catalog that is not loaded is left alone (it catches up from the journal
// when it is); one that had read the journal up to where these lines went
// moves past them.
func (l *Library) journalAndCatalog(kind byte, ids []string, entry func(id string, i int) (*catArticle, error)) {
	if entry != nil {
		l.loadCatalogToImport()
	}
	before, after, jerr := appendChanges(l.dir, kind, ids)
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.loaded || jerr != nil || c.pos != before {
		// Without its line, the catalog would never learn of the change
		// from the journal: read it now. A catalog behind the journal
		// reads these lines with the others'.
		if c.loaded && jerr != nil {
			for _, id := range ids {
				_ = l.refreshCatalog(id, kind == articleChanged)
			}
		}
		return
	}
	for i, id := range ids {
		if entry == nil {
			_ = l.refreshCatalog(id, kind == articleChanged) // an error leaves it for the stamps to find
		} else if e, err := entry(id, i); err == nil {
			c.articles[e.ID] = e
			c.order = nil
		}
	}
	c.pos, c.dirty = after, true
}

// smallLibrary is the most article folders a library without a catalog
// file may have for an import to make its catalog from the files first.
const smallLibrary = 200

// loadCatalogToImport loads the catalog, when this process has not, before
// an import names its articles in the journal, so that they go into it as
// they were parsed. Left unloaded, the next process to list the library
// would read every one of them back from its files: a minute after an
// import of 100,000 articles, before the window showed its list. The
// catalog comes from its file, brought up to date from the journal. A
// library without the file has it made from the files when it is small (a
// new one, the welcome article alone); a large one's, or a damaged file,
// is left to the next to list the library, which builds it with progress.
func (l *Library) loadCatalogToImport() {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.loaded {
		return
	}
	if exists(c.path) {
		if c.readArticles() != nil {
			return
		}
	} else if !l.fewerArticles(smallLibrary) {
		return
	}
	_, _ = l.catalogReady(context.Background(), nil) // an error leaves it to the next reader, as a damaged file does
}

// fewerArticles reports whether the articles folder holds fewer than n
// entries, reading no more than n of them.
func (l *Library) fewerArticles(n int) bool {
	f, err := os.Open(filepath.Join(l.dir, "articles"))
	if err != nil {
		return false
	}
	defer f.Close()
	names, _ := f.Readdirnames(n)
	return len(names) < n
}

// closeCatalog writes the catalog if it changed.
func (l *Library) closeCatalog() error {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	for _, unmap := range c.unmap {
		unmap()
	}
	c.unmap = nil
	if !c.loaded || !c.dirty {
		return nil
	}
	// Brought up to date first, with the article folders too (its own
	// imports changed them), so that the next process lists from the file
	// as it stands instead of loading it to compare them.
	if _, err := l.catalogReady(context.Background(), nil); err != nil {
		return nil // rebuilt on the next open: nothing is lost
	}
	if !c.tagged {
		if err := c.readTagged(); err != nil {
			return nil
		}
	}
	return c.write()
}

// List returns every article, newest first (undated ones last), then by
// title. It comes from the catalog, brought up to date first.
func (l *Library) List() ([]Summary, error) {
	c := l.cat
	c.mu.Lock()
	if _, err := l.catalogReady(context.Background(), nil); err != nil {
		c.mu.Unlock()
		return nil, err
	}
	order := c.sorted()
	out := make([]Summary, len(order))
	for i, a := range order {
		out[i] = a.Summary
	}
	c.mu.Unlock()
	return out, nil
}

// PrepareCatalog loads the catalog, building it from the files, with
// progress, when there is none: List, Tags and Tagged then answer at once.
// A missing catalog of a large library takes a while to build; the window
// calls this in the background first. Cancelling ctx stops between
// articles and leaves the catalog to build the next time.
func (l *Library) PrepareCatalog(ctx context.Context, progress func(done, total int)) error {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := l.catalogReady(ctx, progress); err != nil {
		return err
	}
	if !c.tagged {
		if err := c.readTagged(); err != nil {
			return l.buildCatalog(ctx, progress)
		}
	}
	return nil
}

// CatalogBuilt reports whether the catalog exists (in memory or on disk):
// when it does not, the first List reads every article.
func (l *Library) CatalogBuilt() bool {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.loaded || exists(c.path)
}

// Tagged returns the tagged annotations of the whole library in brief —
// ID, article, language, paragraph, the quote on either side, tags, note,
// colour, orphan — from the catalog: article by article as List orders
// them, each article's in reading order. The annotations are the
// catalog's own: change a copy, never them.
// Read an article's annotations for the rest.
func (l *Library) Tagged() ([]*annotation.Annotation, error) {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := l.taggedReady(); err != nil {
		return nil, err
	}
	order := c.sorted()
	n := 0
	for _, a := range order {
		n += len(a.notes)
	}
	out := make([]*annotation.Annotation, 0, n)
	for _, a := range order {
		out = append(out, a.notes...)
	}
	return out, nil
}

// TaggedArticle is an article that has tagged annotations, with them: of
// its summary, what the claims table shows.
type TaggedArticle struct {
	ID, Title, Source, Date string
	// Tagged are its tagged annotations in brief, in reading order, as
	// Tagged returns them.
	Tagged []*annotation.Annotation
}

// TaggedArticles returns the articles that have tagged annotations, in
// List's order, each with those annotations (see Tagged): what the claims
// table shows, in one pass over the catalog where List and Tagged take
// two and List copies every article's whole summary, tagged or not. At
// 100,000 articles the bytes allocated are what costs, in the collector's
// passes over the catalog. The annotations are the catalog's own: change
// a copy, never them.
func (l *Library) TaggedArticles() ([]TaggedArticle, error) {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if err := l.taggedReady(); err != nil {
		return nil, err
	}
	order := c.sorted()
	n := 0
	for _, a := range order {
		if len(a.notes) > 0 {
			n++
		}
	}
	out := make([]TaggedArticle, n)
	i := 0
	for _, a := range order {
		if len(a.notes) > 0 {
			// Capped, so that an append by the caller copies them.
			out[i] = TaggedArticle{ID: a.ID, Title: a.Title, Source: a.Source, Date: a.Date, Tagged: a.notes[:len(a.notes):len(a.notes)]}
			i++
		}
	}
	return out, nil
}

// taggedReady brings the catalog up to date with its tagged annotations
// read. Callers hold l.cat.mu.
func (l *Library) taggedReady() error {
	c := l.cat
	if _, err := l.catalogReady(context.Background(), nil); err != nil {
		return err
	}
	if !c.tagged {
		if err := c.readTagged(); err != nil {
			return l.buildCatalog(context.Background(), nil)
		}
	}
	return nil
}

// Tags counts the tags across the library, most used first. Tags that differ
// only in case, width or spacing count as one. The counts are kept until
// the catalog changes: the window asks for them after every change.
func (l *Library) Tags() ([]TagCount, error) {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := l.catalogReady(context.Background(), nil); err != nil {
		return nil, err
	}
	order := c.order
	if order == nil || len(order) != len(c.articles) {
		return tallyTags(c.spellings(maps.Values(c.articles))), nil
	}
	if len(order) == 0 || len(c.counted) != len(order) || &c.counted[0] != &order[0] {
		// In List's order, which for a catalog read from its file is
		// the order of the entries in memory.
		c.tags, c.counted = tallyTags(c.spellings(slices.Values(order))), order
	}
	return slices.Clone(c.tags), nil
}

// spellings adds up the spellings of the tags of articles. Callers hold
// c.mu.
func (c *catalog) spellings(articles iter.Seq[*catArticle]) map[string]int {
	spellings := map[string]int{}
	for a := range articles {
		for _, t := range a.spellings {
			spellings[t.Tag] += t.Count
		}
	}
	return spellings
}

// sorted returns the articles in List's order: newest first, then by
// title. Callers hold c.mu.
func (c *catalog) sorted() []*catArticle {
	if c.order != nil && len(c.order) == len(c.articles) {
		return c.order
	}
	order := make([]*catArticle, 0, len(c.articles))
	for _, a := range c.articles {
		order = append(order, a)
	}
	sort.Slice(order, func(i, j int) bool { return newerFirst(order[i].Summary, order[j].Summary) })
	c.order = order
	return order
}

// The catalog file.

// catalogMagic begins the header of the catalog file. The header of format
// 4 says how long the article lines are, so that listing reads no further,
// and gives their CRC-32C, so that a command can trust lines that match it
// to be as the catalog wrote them: in List's order, one an article. A file
// of format 3, whose header says neither, is read too and written again as
// format 4.
const (
	catalogMagic   = "tandem-catalog 4"
	catalogMagicV3 = "tandem-catalog 3"
)

// taggedLine ends the article lines; the tagged annotations' lines follow.
const taggedLine = "tagged\n"

// maxCatalogHead is the longest header line read.
const maxCatalogHead = 512

// articleFields is the number of fields of an article's line before its
// tags: id, stamp, title, other title, source, date, pairs, highlights,
// notes, problem and the number of display tags.
const articleFields = 11

var fieldEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)

func unescapeField(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// write writes the catalog file atomically. Callers hold c.mu.
func (c *catalog) write() error {
	var arts, tagged bytes.Buffer
	line := func(b *bytes.Buffer, fields ...string) {
		for i, f := range fields {
			if i > 0 {
				b.WriteByte('\t')
			}
			fieldEscaper.WriteString(b, f)
		}
		b.WriteByte('\n')
	}
	order := c.sorted()
	fields := make([]string, 0, 32)
	for _, a := range order {
		fields = append(fields[:0], a.ID, a.stamp, a.Title, a.OtherTitle, a.Source, a.Date, strconv.Itoa(a.Pairs),
			strconv.Itoa(a.Highlights), strconv.Itoa(a.Notes), a.Problem, strconv.Itoa(len(a.Tags)))
		fields = append(fields, a.Tags...)
		for _, t := range a.spellings {
			fields = append(fields, t.Tag, strconv.Itoa(t.Count))
		}
		line(&arts, fields...)
	}
	for _, a := range order {
		for _, an := range a.notes {
			counter, hasCounter := "", "0"
			if an.Counterpart != nil {
				counter, hasCounter = an.Counterpart.Exact, "1"
			}
			orphan := "0"
			if an.Orphan {
				orphan = "1"
			}
			fields = append(fields[:0], an.Article, an.ID, string(an.Target.Lang), strconv.Itoa(an.Target.Pair), strconv.Itoa(an.Target.Start),
				an.Target.Exact, hasCounter, counter, string(an.Color), orphan, an.Note)
			line(&tagged, append(fields, an.Tags...)...)
		}
	}
	head := fmt.Sprintf("%s\t%s\t%d\t%d\t%d\t%08x\n", catalogMagic, c.pos.Epoch, c.pos.Offset, c.folders, arts.Len(),
		crc32.Checksum(arts.Bytes(), castagnoli))
	data := make([]byte, 0, len(head)+arts.Len()+len(taggedLine)+tagged.Len())
	data = append(append(append(append(data, head...), arts.Bytes()...), taggedLine...), tagged.Bytes()...)
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return fmt.Errorf("write catalog: %w", err)
	}
	if err := writeFileAtomic(c.path, data); err != nil {
		return fmt.Errorf("write catalog: %w", err)
	}
	c.dirty = false
	return nil
}

// castagnoli is the table of CRC-32C, which processors compute.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// errDamagedCatalog means the catalog file cannot be read: it is built
// again from the files.
var errDamagedCatalog = errors.New("the catalog is damaged")

// catalogHead is what the header line of the catalog file says.
type catalogHead struct {
	pos     Position // the journal position the file reflects
	folders int64    // the articles folder's time then (catalog.folders)
	// articles is the length of the article lines, which follow the
	// header line, and sum their CRC-32C; articles is -1 in format 3,
	// whose header does not say.
	articles int64
	sum      uint32
	// size is the header line's length with its newline.
	size int64
}

// parseCatalogHead reads the header line, without its newline.
func parseCatalogHead(line string) (catalogHead, error) {
	f := strings.Split(line, "\t")
	h := catalogHead{articles: -1, size: int64(len(line)) + 1}
	switch {
	case len(f) == 6 && f[0] == catalogMagic:
		n, err := strconv.ParseInt(f[4], 10, 64)
		sum, serr := strconv.ParseUint(f[5], 16, 32)
		if err != nil || serr != nil || n < 0 {
			return h, errDamagedCatalog
		}
		h.articles, h.sum = n, uint32(sum)
	case len(f) != 4 || f[0] != catalogMagicV3:
		return h, errDamagedCatalog
	}
	h.pos = parsePosition(f[1] + " " + f[2])
	h.folders, _ = strconv.ParseInt(f[3], 10, 64)
	return h, nil
}

// readCatalogArticles reads the header and the article lines of the
// catalog file at path, each line with its newline, and, in format 4, not
// a byte past them. The lines are a string over bytes read for it alone
// and never written again, so that fields cut from it need no copy.
func readCatalogArticles(path string) (catalogHead, string, error) {
	h, text, _, err := readCatalogFile(path)
	return h, text, err
}

// readCatalogFile is readCatalogArticles, and returns what the opened file
// is too.
func readCatalogFile(path string) (catalogHead, string, os.FileInfo, error) {
	f, err := os.Open(path)
	if err != nil {
		return catalogHead{}, "", nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return catalogHead{}, "", nil, err
	}
	size := info.Size()
	first := make([]byte, min(size, maxCatalogHead))
	if _, err := f.ReadAt(first, 0); err != nil {
		return catalogHead{}, "", nil, err
	}
	line, _, ok := bytes.Cut(first, []byte("\n"))
	if !ok {
		return catalogHead{}, "", nil, errDamagedCatalog
	}
	h, err := parseCatalogHead(string(line))
	if err != nil {
		return h, "", nil, err
	}
	if h.articles < 0 {
		// Format 3: the lines end at the first line "tagged".
		data := make([]byte, size)
		if _, err := f.ReadAt(data, 0); err != nil {
			return h, "", nil, err
		}
		text := unsafe.String(unsafe.SliceData(data), len(data))[h.size:]
		if strings.HasPrefix(text, taggedLine) {
			return h, "", info, nil
		}
		end := strings.Index(text, "\n"+taggedLine)
		if end < 0 {
			return h, "", nil, errDamagedCatalog
		}
		return h, text[:end+1], info, nil
	}
	if h.articles > size-h.size-int64(len(taggedLine)) {
		return h, "", nil, errDamagedCatalog
	}
	data := make([]byte, h.articles+int64(len(taggedLine)))
	if _, err := f.ReadAt(data, h.size); err != nil {
		return h, "", nil, err
	}
	lines, err := articleLines(h, data)
	return h, lines, info, err
}

// articleLines checks the article lines of a file of format 4 against its
// header: data is what follows the header, at least as long as the lines
// and the line "tagged" after them.
func articleLines(h catalogHead, data []byte) (string, error) {
	lines, tagged := data[:h.articles], data[h.articles:h.articles+int64(len(taggedLine))]
	if string(tagged) != taggedLine || len(lines) > 0 && lines[len(lines)-1] != '\n' || crc32.Checksum(lines, castagnoli) != h.sum {
		return "", errDamagedCatalog
	}
	return unsafe.String(unsafe.SliceData(lines), len(lines)), nil
}

// mapCatalogArticles is readCatalogArticles for a file of format 4, with
// the file mapped into memory instead of read, where the system can:
// listing 100,000 articles then reads them from the system's cache of
// the file instead of copying them into as many fresh pages. The lines
// are good until unmap is called. Where the system cannot map the file,
// the error is not errDamagedCatalog. On any error nothing stays mapped
// and unmap is nil: a file of format 3 or a damaged one is refused so.
func mapCatalogArticles(path string) (h catalogHead, lines string, unmap func() error, err error) {
	f, err := os.Open(path)
	if err != nil {
		return h, "", nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return h, "", nil, err
	}
	data, release, err := mapFile(f, info.Size())
	if err != nil {
		return h, "", nil, err
	}
	defer func() {
		if err != nil {
			release()
			unmap = nil
		}
	}()
	defer mappedReading(&err)()
	line, _, ok := bytes.Cut(data[:min(len(data), maxCatalogHead)], []byte("\n"))
	if !ok {
		return h, "", nil, errDamagedCatalog
	}
	if h, err = parseCatalogHead(string(line)); err != nil || h.articles < 0 {
		return h, "", nil, errDamagedCatalog
	}
	rest := data[h.size:]
	if h.articles > int64(len(rest))-int64(len(taggedLine)) {
		return h, "", nil, errDamagedCatalog
	}
	lines, err = articleLines(h, rest)
	return h, lines, release, err
}

// splitArticle splits an article's line into f and checks its shape; it
// returns the fields and the number of display tags among them.
func splitArticle(f []string, line string) ([]string, int, bool) {
	f = splitFields(f, line)
	if len(f) < articleFields || !isArticleID(f[0]) {
		return f, 0, false
	}
	tags, err := strconv.Atoi(f[articleFields-1])
	if err != nil || tags < 0 || tags > len(f)-articleFields || (len(f)-articleFields-tags)%2 != 0 {
		return f, 0, false
	}
	return f, tags, true
}

// summaryOf makes an article's summary from the fields of its line, which
// splitArticle checked; withTags false leaves its tags out.
func summaryOf(f []string, tags int, withTags bool) Summary {
	s := Summary{ID: f[0], Title: unescapeField(f[2]), OtherTitle: unescapeField(f[3]), Source: unescapeField(f[4]),
		Date: unescapeField(f[5]), Problem: unescapeField(f[9])}
	s.Pairs, _ = strconv.Atoi(f[6])
	s.Highlights, _ = strconv.Atoi(f[7])
	s.Notes, _ = strconv.Atoi(f[8])
	if withTags && tags > 0 {
		s.Tags = make([]string, tags)
		for i, t := range f[articleFields : articleFields+tags] {
			s.Tags[i] = unescapeField(t)
		}
	}
	return s
}

// readArticles reads the header and the articles of the catalog file.
// Callers hold c.mu.
func (c *catalog) readArticles() error {
	h, text, info, err := readCatalogFile(c.path)
	if err != nil {
		return err
	}
	// One allocation for the entries: a library of 100,000 articles
	// would otherwise make as many.
	n := strings.Count(text, "\n")
	entries := make([]catArticle, n)
	articles := make(map[string]*catArticle, n)
	order := make([]*catArticle, n)
	f := make([]string, 0, 32)
	for i := range entries {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		var tags int
		var ok bool
		if f, tags, ok = splitArticle(f[:0], line); !ok {
			return errDamagedCatalog
		}
		a := &entries[i]
		a.Summary, a.stamp, a.filed = summaryOf(f, tags, true), f[1], true
		for j := articleFields + tags; j+1 < len(f); j += 2 {
			n, _ := strconv.Atoi(f[j+1])
			a.spellings = append(a.spellings, TagCount{Tag: unescapeField(f[j]), Count: n})
		}
		articles[a.ID] = a
		order[i] = a
	}
	c.articles, c.pos, c.folders, c.loaded, c.tagged, c.file = articles, h.pos, h.folders, true, false, info
	// A file of format 3 is written again as format 4.
	c.dirty = c.dirty || h.articles < 0
	// The file lists the articles in List's order; a damaged one that
	// does not is sorted on first use.
	c.order = order
	if !sort.SliceIsSorted(order, func(i, j int) bool { return newerFirst(order[i].Summary, order[j].Summary) }) {
		c.order = nil
	}
	return nil
}

// splitFields appends the tab-separated fields of line to f.
func splitFields(f []string, line string) []string {
	for {
		field, rest, ok := strings.Cut(line, "\t")
		f = append(f, field)
		if !ok {
			return f
		}
		line = rest
	}
}

// readTagged reads the tagged annotations of the catalog file the articles
// were read from, for the articles not read again since (which read
// theirs from the files); when the file was written again meanwhile, it
// fails. Callers hold c.mu.
func (c *catalog) readTagged() error {
	f, err := os.Open(c.path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if c.file == nil || !os.SameFile(info, c.file) || info.Size() != c.file.Size() || !info.ModTime().Equal(c.file.ModTime()) {
		return errDamagedCatalog // written again since: its articles may differ
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return err
	}
	line, rest, _ := bytes.Cut(data, []byte("\n"))
	h, err := parseCatalogHead(string(line))
	if err != nil {
		return errDamagedCatalog
	}
	var tagged []byte
	switch {
	case h.articles >= 0:
		if h.articles > int64(len(rest)) || !bytes.HasPrefix(rest[h.articles:], []byte(taggedLine)) {
			return errDamagedCatalog
		}
		tagged = rest[h.articles+int64(len(taggedLine)):]
	case bytes.HasPrefix(rest, []byte(taggedLine)):
		tagged = rest[len(taggedLine):]
	default:
		_, after, ok := bytes.Cut(rest, []byte("\n"+taggedLine))
		if !ok {
			return errDamagedCatalog
		}
		tagged = after
	}
	for _, a := range c.articles {
		if a.filed {
			a.notes = nil
		}
	}
	for len(tagged) > 0 {
		var line []byte
		line, tagged, _ = bytes.Cut(tagged, []byte("\n"))
		f := strings.Split(string(line), "\t")
		if len(f) < 11 {
			return errDamagedCatalog
		}
		a := c.articles[f[0]]
		if a == nil || !a.filed {
			continue
		}
		an := &annotation.Annotation{ID: f[1], Article: f[0], Color: annotation.Color(f[8]), Orphan: f[9] == "1", Note: unescapeField(f[10]),
			Target: annotation.Target{Lang: article.Lang(f[2]), Exact: unescapeField(f[5])}}
		an.Target.Pair, _ = strconv.Atoi(f[3])
		an.Target.Start, _ = strconv.Atoi(f[4])
		if f[6] == "1" {
			an.Counterpart = &annotation.Target{Lang: an.Target.Lang.Other(), Exact: unescapeField(f[7])}
		}
		for _, t := range f[11:] {
			an.Tags = append(an.Tags, unescapeField(t))
		}
		a.notes = append(a.notes, an)
	}
	for _, a := range c.articles {
		a.filed = false
	}
	c.tagged = true
	return nil
}

// Listing from the file.

// ListEach calls fn with each article, in List's order and as List
// returns it, and stops at the first error fn returns. It is for a
// command that prints the list of a library once: when the catalog is not
// loaded and its file is up to date with the change journal and the
// article folders, the articles come from the file one at a time, and the
// catalog stays unloaded (so CatchUp reports nothing until a List, Tags or
// Tagged loads it). Otherwise it loads the catalog as List does. The
// summaries' strings may lie in the catalog file, mapped into memory
// until Close: copy what is kept longer.
func (l *Library) ListEach(fn func(Summary) error) error {
	if ok, err := l.listFile(fn); ok {
		return err
	}
	c := l.cat
	c.mu.Lock()
	if _, err := l.catalogReady(context.Background(), nil); err != nil {
		c.mu.Unlock()
		return err
	}
	// The slice and the summaries in it are never changed, only
	// replaced: they are read without the lock.
	order := c.sorted()
	c.mu.Unlock()
	for _, a := range order {
		if err := fn(a.Summary); err != nil {
			return err
		}
	}
	return nil
}

// listFile lists the articles from the catalog file when the catalog is
// not loaded and the file can be listed as it stands: written in format 4
// (its lines as the catalog wrote them, which their checksum tells) and up
// to date with the journal and the article folders. It reports false,
// having called fn for none, when it cannot.
func (l *Library) listFile(fn func(Summary) error) (ok bool, err error) {
	c := l.cat
	c.mu.Lock()
	loaded := c.loaded
	c.mu.Unlock()
	if loaded {
		return false, nil
	}
	h, text, unmap, err := mapCatalogArticles(c.path)
	if err != nil && !errors.Is(err, errDamagedCatalog) {
		h, text, err = readCatalogArticles(c.path)
	}
	if err != nil || h.articles < 0 {
		return false, nil
	}
	fresh := true
	if changes, _, err := readChanges(l.dir, h.pos); err != nil || len(changes) > 0 {
		fresh = false
	}
	if info, err := os.Stat(filepath.Join(l.dir, "articles")); err != nil || info.ModTime().UnixNano() != h.folders {
		fresh = false
	}
	if unmap != nil {
		if !fresh {
			unmap()
			return false, nil
		}
		// The summaries' strings are cut from the mapped file: they
		// stay good until Close.
		c.mu.Lock()
		c.unmap = append(c.unmap, unmap)
		c.mu.Unlock()
		defer mappedReading(&err)()
	}
	if !fresh {
		return false, nil
	}
	// From here on the list is the file's, fault or not.
	ok = true
	err = eachSummary(text, fn)
	return ok, err
}

// mappedReading makes a fault on reading a mapped catalog file, which
// another program cut short, the error errDamagedCatalog in *err instead
// of a crash, until the function it returns is called, deferred:
//
//	defer mappedReading(&err)()
func mappedReading(err *error) func() {
	old := debug.SetPanicOnFault(true)
	return func() {
		debug.SetPanicOnFault(old)
		if p := recover(); p != nil {
			if _, fault := p.(interface{ Addr() uintptr }); !fault {
				panic(p)
			}
			*err = errDamagedCatalog
		}
	}
}

// eachSummary calls fn with the summary of each article line, and stops
// at fn's first error. Lines the catalog wrote always read: one that does
// not is an error.
func eachSummary(text string, fn func(Summary) error) error {
	f := make([]string, 0, 32)
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		var tags int
		var ok bool
		if f, tags, ok = splitArticle(f[:0], line); !ok {
			return errDamagedCatalog
		}
		if err := fn(summaryOf(f, tags, true)); err != nil {
			return err
		}
	}
	return nil
}
