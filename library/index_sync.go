package library

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"tandem/annotation"
	"tandem/article"
	"tandem/index"
	"tandem/internal/parallel"
)

// indexEntry reads an article for the index. The stamp is taken before the
// files are read, so a change made meanwhile shows as a newer stamp and is
// indexed again; unreadable annotation files are left out (the reader sets
// them aside when the article is opened).
//
// An article just imported comes as fresh: it has no annotations yet, and
// is not read back (should annotations have come meanwhile, the stamp
// taken now covers them and they are queued after).
func (l *Library) indexEntry(id string, fresh *article.Article) (index.Entry, error) {
	stamp, err := l.stamp(id)
	if err != nil {
		return index.Entry{}, err
	}
	if fresh != nil {
		return index.Entry{Article: fresh, Stamp: stamp}, nil
	}
	a, err := l.Article(id)
	if err != nil {
		return index.Entry{}, err
	}
	list, err := l.readableAnnotations(id)
	return index.Entry{Article: a, Annotations: list, Stamp: stamp}, err
}

// readableAnnotations reads an article's annotations, in reading order,
// leaving out files that cannot be read without setting them aside: the
// index and the search change nothing on disk.
func (l *Library) readableAnnotations(id string) ([]*annotation.Annotation, error) {
	dir, err := l.articleDir(id)
	if err != nil {
		return nil, err
	}
	paths, err := filepath.Glob(filepath.Join(dir, "annotations", "*.json"))
	if err != nil {
		return nil, err
	}
	read := make([]*annotation.Annotation, len(paths))
	// Thousands of notes on one article are read on every core.
	parallel.For(len(paths), 64, func(i int) { read[i], _ = readAnnotation(paths[i], id) })
	out := slices.DeleteFunc(read, func(an *annotation.Annotation) bool { return an == nil })
	if len(out) == 0 {
		return nil, nil
	}
	SortReadingOrder(out)
	return out, nil
}

// stamp sums up the size and modification time of an article's
// article.json and of each of its annotation files: it changes whenever
// they do, whoever changed them, and costs stat calls only.
func (l *Library) stamp(id string) (string, error) {
	dir, err := l.articleDir(id)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(filepath.Join(dir, "article.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("%s: %w", id, ErrNotFound)
	}
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "article %d %d\n", info.Size(), info.ModTime().UnixNano())
	entries, err := os.ReadDir(filepath.Join(dir, "annotations"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return "", err
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		fi, err := e.Info()
		if err != nil {
			continue // removed meanwhile: the stamp differs either way
		}
		fmt.Fprintf(h, "%s %d %d\n", e.Name(), fi.Size(), fi.ModTime().UnixNano())
	}
	return hex.EncodeToString(h.Sum(nil)[:12]), nil
}

// IndexDifference is one way the search index and the library disagree.
type IndexDifference struct {
	ID      string `json:"id"`
	Problem string `json:"problem"`
	// Detail says more, for a problem reindexing cannot fix: what is
	// wrong with the folder and what the reader can do.
	Detail string `json:"detail,omitempty"`
}

// The problems an IndexDifference names. Reindexing fixes all but
// FolderMismatch, which only the reader can fix (see MismatchError).
const (
	NotIndexed     = "not in the index"
	IndexChanged   = "changed since it was indexed"
	IndexOrphan    = "in the index but not in the library"
	FolderMismatch = "its article.json names another article"
)

// IndexDifferences compares the stamps of the articles on disk with those
// in the index. An empty list means the index is up to date.
func (l *Library) IndexDifferences() ([]IndexDifference, error) {
	diffs, _, err := l.differences()
	return diffs, err
}

// differences is IndexDifferences, and the folders with FolderMismatch that
// the index still holds (indexed before the folder was copied over): the
// index must drop them.
func (l *Library) differences() (diffs []IndexDifference, stale []string, err error) {
	idx, err := l.search.current()
	if err != nil {
		return nil, nil, err
	}
	indexed, err := idx.Stamps()
	if err != nil {
		return nil, nil, err
	}
	disk, err := l.diskStamps(context.Background())
	if err != nil {
		return nil, nil, err
	}
	var out []IndexDifference
	for id, stamp := range disk {
		problem := ""
		switch old, ok := indexed[id]; {
		case !ok:
			problem = NotIndexed
		case old != stamp:
			problem = IndexChanged
		default:
			continue
		}
		// Only a folder that differs is read: a copied one is never
		// indexed, so it always differs, and reindexing cannot help.
		if err := l.checkIdentity(id); errors.Is(err, ErrIDMismatch) {
			out = append(out, IndexDifference{ID: id, Problem: FolderMismatch, Detail: err.Error()})
			if problem == IndexChanged {
				stale = append(stale, id)
			}
			continue
		}
		out = append(out, IndexDifference{ID: id, Problem: problem})
	}
	for id := range indexed {
		if _, ok := disk[id]; !ok {
			out = append(out, IndexDifference{ID: id, Problem: IndexOrphan})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, stale, nil
}

// diskStamps stamps every article in the library.
func (l *Library) diskStamps(ctx context.Context) (map[string]string, error) {
	entries, err := os.ReadDir(filepath.Join(l.dir, "articles"))
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	out := make(map[string]string, len(entries))
	for _, e := range entries {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if !e.IsDir() || !isArticleID(e.Name()) {
			continue
		}
		stamp, err := l.stamp(e.Name())
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out[e.Name()] = stamp
	}
	return out, nil
}

// SyncIndex brings the search index and the catalog up to date with the
// files: articles added, changed or removed since they were indexed (by
// this process, by another tool or by a sync) are reindexed, and a
// missing, damaged or outdated index is rebuilt whole. It stats every
// article; the change journal keeps both up to date otherwise, so this is
// for tandem check and reindex, and for the window once it is up. progress, when not nil, is called after
// each batch with the articles done and to do. Cancelling ctx stops between
// batches; what was indexed stays.
func (l *Library) SyncIndex(ctx context.Context, progress func(done, total int)) error {
	diffs, stale, err := l.differences()
	if err != nil {
		return fmt.Errorf("sync search index: %w", err)
	}
	ids := stale // dropped from the index: reindex finds no article there
	for _, d := range diffs {
		if d.Problem != FolderMismatch {
			ids = append(ids, d.ID)
		}
	}
	for done := 0; done < len(ids); {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := min(indexBatch, len(ids)-done)
		if err := l.reindex(ids[done : done+n]); err != nil {
			return fmt.Errorf("sync search index: %w", err)
		}
		done += n
		if progress != nil {
			progress(done, len(ids))
		}
	}
	s := l.search
	s.mu.Lock()
	s.behind = false
	if len(s.pending) == 0 && !s.busy {
		s.savePosition()
	}
	s.mu.Unlock()
	// The catalog too: edits a sync tool made inside article folders
	// show only in their stamps.
	c := l.cat
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.loaded {
		return nil // read from the files or the journal when first needed
	}
	return l.reconcileCatalog(ctx, nil)
}

// RebuildIndex deletes the search index and builds it again from the
// files, reporting progress as SyncIndex does.
func (l *Library) RebuildIndex(ctx context.Context, progress func(done, total int)) error {
	s := l.search
	s.io.Lock()
	old, err := s.current()
	if err == nil {
		err = old.Close()
	}
	var idx *index.Index
	if err == nil {
		if err = index.Remove(old.Dir()); err == nil {
			idx, err = index.Open(old.Dir(), index.Options{})
		}
		s.mu.Lock()
		s.idx, s.err, s.behind = idx, err, true
		s.mu.Unlock()
	}
	s.io.Unlock()
	if err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	return l.SyncIndex(ctx, progress)
}
