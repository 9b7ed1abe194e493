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
	"sort"
	"strings"

	"tandem/annotation"
	"tandem/index"
)

// indexEntry reads an article for the index. The stamp is taken before the
// files are read, so a change made meanwhile shows as a newer stamp and is
// indexed again; unreadable annotation files are left out (the reader sets
// them aside when the article is opened).
func (l *Library) indexEntry(id string) (index.Entry, error) {
	stamp, err := l.stamp(id)
	if err != nil {
		return index.Entry{}, err
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
	var out []*annotation.Annotation
	for _, p := range paths {
		if an, err := readAnnotation(p, id); err == nil {
			out = append(out, an)
		}
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
}

// The problems an IndexDifference names.
const (
	NotIndexed   = "not in the index"
	IndexChanged = "changed since it was indexed"
	IndexOrphan  = "in the index but not in the library"
)

// IndexDifferences compares the stamps of the articles on disk with those
// in the index. An empty list means the index is up to date.
func (l *Library) IndexDifferences() ([]IndexDifference, error) {
	idx, err := l.search.current()
	if err != nil {
		return nil, err
	}
	indexed, err := idx.Stamps()
	if err != nil {
		return nil, err
	}
	disk, err := l.diskStamps(context.Background())
	if err != nil {
		return nil, err
	}
	var out []IndexDifference
	for id, stamp := range disk {
		switch old, ok := indexed[id]; {
		case !ok:
			out = append(out, IndexDifference{id, NotIndexed})
		case old != stamp:
			out = append(out, IndexDifference{id, IndexChanged})
		}
	}
	for id := range indexed {
		if _, ok := disk[id]; !ok {
			out = append(out, IndexDifference{id, IndexOrphan})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
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
		if !e.IsDir() || !validID.MatchString(e.Name()) {
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

// SyncIndex brings the search index up to date with the files: articles
// added, changed or removed since they were indexed (by this process, by
// another tool or by a sync) are reindexed, and a missing, damaged or
// outdated index is rebuilt whole. progress, when not nil, is called after
// each batch with the articles done and to do. Cancelling ctx stops between
// batches; what was indexed stays.
func (l *Library) SyncIndex(ctx context.Context, progress func(done, total int)) error {
	diffs, err := l.IndexDifferences()
	if err != nil {
		return fmt.Errorf("sync search index: %w", err)
	}
	ids := make([]string, len(diffs))
	for i, d := range diffs {
		ids[i] = d.ID
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
	return nil
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
		s.idx, s.err = idx, err
		s.mu.Unlock()
	}
	s.io.Unlock()
	if err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	return l.SyncIndex(ctx, progress)
}
