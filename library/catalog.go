package library

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
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
// position the catalog reflects, a line per article, a line "tagged",
// then a line per tagged annotation. List reads no further than the
// articles.

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
	dirty  bool // changed since the file was written
	// order is the articles as List returns them, while no change has
	// come since it was sorted (nil then).
	order []*catArticle
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
}

// catalogPath is where the catalog of the index in indexDir lives.
func catalogPath(indexDir string) string {
	return filepath.Clean(indexDir) + ".catalog"
}

// summarise makes an article's catalog entry from its record and
// annotations.
func summarise(id, stamp string, a *article.Article, list []*annotation.Annotation) *catArticle {
	c := &catArticle{Summary: Summary{ID: id, Title: a.Title, Source: a.Source, Date: a.Date, Pairs: len(a.Pairs),
		OtherTitle: article.OtherTitle(a.Title, a.TitleIn(article.ZH), a.TitleIn(article.EN))}, stamp: stamp}
	c.setAnnotations(list)
	return c
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
		for _, t := range an.Tags {
			spellings[t]++
		}
		if len(an.Tags) > 0 {
			c.notes = append(c.notes, brief(an))
		}
	}
	for t, n := range spellings {
		c.spellings = append(c.spellings, TagCount{Tag: t, Count: n})
	}
	for _, t := range tallyTags(spellings) {
		c.Tags = append(c.Tags, t.Tag)
	}
}

// brief keeps of an annotation what the claims table shows.
func brief(an *annotation.Annotation) *annotation.Annotation {
	b := &annotation.Annotation{ID: an.ID, Article: an.Article, Color: an.Color, Tags: an.Tags, Note: an.Note, Orphan: an.Orphan,
		Target: annotation.Target{Lang: an.Target.Lang, Pair: an.Target.Pair, Start: an.Target.Start, Exact: an.Target.Exact}}
	if an.Counterpart != nil {
		b.Counterpart = &annotation.Target{Lang: an.Counterpart.Lang, Exact: an.Counterpart.Exact}
	}
	return b
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
		c.articles[id] = fresh
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
			c.articles[id] = entry
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
			c.articles[id] = e
			c.order = nil
		}
	}
	c.pos, c.dirty = after, true
}

// closeCatalog writes the catalog if it changed.
func (l *Library) closeCatalog() error {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.loaded || !c.dirty {
		return nil
	}
	if !c.tagged {
		if err := c.readTagged(); err != nil {
			return nil // rebuilt on the next open: nothing is lost
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
// them, each article's in reading order.
// Read an article's annotations for the rest.
func (l *Library) Tagged() ([]*annotation.Annotation, error) {
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, err := l.catalogReady(context.Background(), nil); err != nil {
		return nil, err
	}
	if !c.tagged {
		if err := c.readTagged(); err != nil {
			if err := l.buildCatalog(context.Background(), nil); err != nil {
				return nil, err
			}
		}
	}
	var out []*annotation.Annotation
	for _, a := range c.sorted() {
		out = append(out, a.notes...)
	}
	return out, nil
}

// Tags counts the tags across the library, most used first. Tags that differ
// only in case, width or spacing count as one.
func (l *Library) Tags() ([]TagCount, error) {
	c := l.cat
	c.mu.Lock()
	if _, err := l.catalogReady(context.Background(), nil); err != nil {
		c.mu.Unlock()
		return nil, err
	}
	spellings := map[string]int{}
	for _, a := range c.articles {
		for _, t := range a.spellings {
			spellings[t.Tag] += t.Count
		}
	}
	c.mu.Unlock()
	return tallyTags(spellings), nil
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

const catalogMagic = "tandem-catalog 3"

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
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\t%s\t%d\t%d\n", catalogMagic, c.pos.Epoch, c.pos.Offset, c.folders)
	line := func(fields ...string) {
		for i, f := range fields {
			if i > 0 {
				b.WriteByte('\t')
			}
			fieldEscaper.WriteString(&b, f)
		}
		b.WriteByte('\n')
	}
	order := c.sorted()
	for _, a := range order {
		fields := []string{a.ID, a.stamp, a.Title, a.OtherTitle, a.Source, a.Date, strconv.Itoa(a.Pairs),
			strconv.Itoa(a.Highlights), strconv.Itoa(a.Notes), a.Problem, strconv.Itoa(len(a.Tags))}
		fields = append(fields, a.Tags...)
		for _, t := range a.spellings {
			fields = append(fields, t.Tag, strconv.Itoa(t.Count))
		}
		line(fields...)
	}
	b.WriteString("tagged\n")
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
			fields := []string{an.Article, an.ID, string(an.Target.Lang), strconv.Itoa(an.Target.Pair), strconv.Itoa(an.Target.Start),
				an.Target.Exact, hasCounter, counter, string(an.Color), orphan, an.Note}
			line(append(fields, an.Tags...)...)
		}
	}
	if err := os.MkdirAll(filepath.Dir(c.path), 0o755); err != nil {
		return fmt.Errorf("write catalog: %w", err)
	}
	if err := writeFileAtomic(c.path, b.Bytes()); err != nil {
		return fmt.Errorf("write catalog: %w", err)
	}
	c.dirty = false
	return nil
}

// errDamagedCatalog means the catalog file cannot be read: it is built
// again from the files.
var errDamagedCatalog = errors.New("the catalog is damaged")

// readArticles reads the header and the articles of the catalog file.
// Callers hold c.mu.
func (c *catalog) readArticles() error {
	data, err := os.ReadFile(c.path)
	if err != nil {
		return err
	}
	// The fields are cut from the file's bytes without a copy: data is
	// not written again, so the strings stay as they were read.
	text := unsafe.String(unsafe.SliceData(data), len(data))
	head, text, _ := strings.Cut(text, "\n")
	fields := strings.Split(head, "\t")
	if len(fields) != 4 || fields[0] != catalogMagic {
		return errDamagedCatalog
	}
	pos := parsePosition(fields[1] + " " + fields[2])
	folders, _ := strconv.ParseInt(fields[3], 10, 64)
	articles := make(map[string]*catArticle, len(text)/128)
	order := make([]*catArticle, 0, len(text)/128)
	f := make([]string, 0, 32)
	for {
		line, rest, ok := strings.Cut(text, "\n")
		if !ok {
			return errDamagedCatalog // the "tagged" line ends the articles
		}
		text = rest
		if line == "tagged" {
			break
		}
		f = splitFields(f[:0], line)
		if len(f) < articleFields {
			return errDamagedCatalog
		}
		tags, err := strconv.Atoi(f[articleFields-1])
		if err != nil || tags < 0 || len(f) < articleFields+tags || (len(f)-articleFields-tags)%2 != 0 || !isArticleID(f[0]) {
			return errDamagedCatalog
		}
		a := &catArticle{Summary: Summary{ID: f[0], Title: unescapeField(f[2]), OtherTitle: unescapeField(f[3]), Source: unescapeField(f[4]),
			Date: unescapeField(f[5]), Problem: unescapeField(f[9])}, stamp: f[1]}
		a.Pairs, _ = strconv.Atoi(f[6])
		a.Highlights, _ = strconv.Atoi(f[7])
		a.Notes, _ = strconv.Atoi(f[8])
		if tags > 0 {
			a.Tags = make([]string, tags)
			for i, t := range f[articleFields : articleFields+tags] {
				a.Tags[i] = unescapeField(t)
			}
		}
		for i := articleFields + tags; i+1 < len(f); i += 2 {
			n, _ := strconv.Atoi(f[i+1])
			a.spellings = append(a.spellings, TagCount{Tag: unescapeField(f[i]), Count: n})
		}
		articles[a.ID] = a
		order = append(order, a)
	}
	c.articles, c.pos, c.folders, c.loaded, c.tagged = articles, pos, folders, true, false
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

// readTagged reads the tagged annotations of the catalog file, which must
// be the file the articles were read from. Callers hold c.mu.
func (c *catalog) readTagged() error {
	data, err := os.ReadFile(c.path)
	if err != nil {
		return err
	}
	head, rest, _ := bytes.Cut(data, []byte("\n"))
	fields := strings.Split(string(head), "\t")
	if len(fields) != 4 || parsePosition(fields[1]+" "+fields[2]) != c.pos {
		return errDamagedCatalog // written again since: its articles may differ
	}
	_, tagged, ok := bytes.Cut(rest, []byte("tagged\n"))
	if !ok {
		return errDamagedCatalog
	}
	for _, a := range c.articles {
		a.notes = nil
	}
	for len(tagged) > 0 {
		var line []byte
		line, tagged, _ = bytes.Cut(tagged, []byte("\n"))
		f := strings.Split(string(line), "\t")
		if len(f) < 11 {
			return errDamagedCatalog
		}
		a := c.articles[f[0]]
		if a == nil {
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
	c.tagged = true
	return nil
}
