package index

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search/query"
	bolterrors "go.etcd.io/bbolt/errors"
)

// ErrBusy means another process has the index open. Open returns it in a
// *BusyError that names the folder.
var ErrBusy = errors.New("the search index is in use by another process")

// BusyError says which index another process holds.
type BusyError struct{ Dir string }

// Error names the folder and what to do.
func (e *BusyError) Error() string {
	return fmt.Sprintf("the search index %s is in use by another process; close the other Tandem and try again", e.Dir)
}

// Unwrap makes errors.Is(err, ErrBusy) true.
func (e *BusyError) Unwrap() error { return ErrBusy }

// Options configure Open.
type Options struct {
	// LockTimeout bounds the wait for an index another process holds
	// (Bleve would wait forever); one second when zero.
	LockTimeout time.Duration
}

// Index is an open search index: a Bleve index of article and annotation
// documents. It is safe for concurrent use.
type Index struct {
	bleve      bleve.Index
	dir        string
	reason     string
	memory     bool                  // nothing is written to disk
	persisting inFlight              // batches not yet on disk
	persistErr atomic.Pointer[error] // the last error writing one
}

// versionKey holds MappingVersion in the index's internal storage.
var versionKey = []byte("tandem.mapping")

// Open opens the index in dir, or makes one in memory when dir is empty
// (for tests and examples). A missing index, one of another
// MappingVersion and one that cannot be read are replaced by an empty one
// (Rebuilt says why), whose articles are all missing until Update adds
// them. An index another process holds is a *BusyError after
// opts.LockTimeout, never a hang.
func Open(dir string, opts Options) (*Index, error) {
	if dir == "" {
		b, err := bleve.NewMemOnly(newMapping())
		if err != nil {
			return nil, fmt.Errorf("create search index in memory: %w", err)
		}
		return &Index{bleve: b, memory: true}, nil
	}
	b, reason, err := openExisting(dir, opts)
	if err != nil || reason == "" {
		if err != nil {
			return nil, err
		}
		return &Index{bleve: b, dir: dir}, nil
	}
	if err := Remove(dir); err != nil {
		return nil, fmt.Errorf("replace search index (%s): %w", reason, err)
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, fmt.Errorf("create search index: %w", err)
	}
	b, err = bleve.NewUsing(dir, newMapping(), scorch.Name, scorch.Name, config(opts))
	if err != nil {
		return nil, fmt.Errorf("create search index %s: %w", dir, err)
	}
	x := &Index{bleve: b, dir: dir, reason: reason}
	if err := x.setVersion(strconv.Itoa(MappingVersion)); err != nil {
		b.Close()
		return nil, fmt.Errorf("create search index %s: %w", dir, err)
	}
	return x, nil
}

// openExisting opens the index in dir as it is. It returns a reason
// instead of an index when the index must be made anew.
func openExisting(dir string, opts Options) (b bleve.Index, reason string, err error) {
	defer func() {
		// Bleve can panic on damaged segment files; that is damage too.
		if r := recover(); r != nil {
			b, reason, err = nil, fmt.Sprintf("the index was damaged (%v)", r), nil
		}
	}()
	b, err = bleve.OpenUsing(dir, config(opts))
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, "", &BusyError{Dir: dir}
	case errors.Is(err, bleve.ErrorIndexPathDoesNotExist), errors.Is(err, bleve.ErrorIndexMetaMissing):
		return nil, "there was no index", nil
	case err != nil:
		return nil, fmt.Sprintf("the index was damaged (%v)", err), nil
	}
	v, err := b.GetInternal(versionKey)
	switch {
	case err != nil || len(v) == 0:
		// Every index Tandem makes records its version first: without it,
		// part of the index was lost (Bleve skips a segment it cannot read).
		b.Close()
		return nil, "the index was damaged (its version record is missing)", nil
	case string(v) != strconv.Itoa(MappingVersion):
		b.Close()
		return nil, fmt.Sprintf("the index was made by another version of Tandem (mapping %q, this one uses %d)", v, MappingVersion), nil
	}
	if _, err := b.DocCount(); err != nil {
		b.Close()
		return nil, fmt.Sprintf("the index was damaged (%v)", err), nil
	}
	return b, "", nil
}

// setVersion records the mapping version the index was made with.
func (x *Index) setVersion(v string) error {
	b := x.bleve.NewBatch()
	b.SetInternal(versionKey, []byte(v))
	return x.apply(b)
}

// config is Bleve's scorch configuration: never wait forever for the
// lock, return batches once searchable, and merge segments with a plan
// suited to how the library indexes.
//
// unsafe_batch: Scorch's Batch returns once the batch is searchable and
// persists it in the background, several batches to a file; apply
// counts each batch until its persisted callback, and Flush waits for
// them all, so what Flush returned for survives a kill -9. An Update
// lost before then takes its articles' stamps with it (an article's
// document, with its stamp, is never persisted before its annotations'),
// so the next sync indexes them again.
//
// The merge plan: the library sends an import to the index as it
// arrives, in batches of a few dozen articles, each of which becomes a
// segment. Bleve's default plan counts every segment under 2,000
// documents as 2,000 and wants no more of them than ten such would
// make, so until an index holds some 20,000 documents every new segment
// was merged with the few before it, over and over: importing 5,000
// articles 100 at a time wrote six times the text's size in merges, and
// 20,000 three times. Counting segments from 100 documents up makes
// small segments merge ten at a time, as the plan intends, and five a
// tier keep the segments a search must visit about as few as before
// (a dozen for 20,000 articles). BenchmarkImport measures it.
//
// No merge makes a segment of more than maxSegmentDocs documents. A merge
// reads its segments through memory maps, which count in the process's
// resident memory while it runs: merging most of a 100,000-article index
// into one segment held 200 MB of mapped files on top of the heap, and
// rewrote the largest segment again at every such merge. Segments of up
// to 20,000 documents (some 65 MB of index at the synthetic corpus's
// article size) keep a merge's share near 130 MB, its inputs and its
// output, and leave a search a few more segments to visit.
func config(opts Options) map[string]interface{} {
	timeout := opts.LockTimeout
	if timeout <= 0 {
		timeout = time.Second
	}
	return map[string]interface{}{
		"bolt_timeout": timeout.String(),
		"unsafe_batch": true,
		"scorchMergePlanOptions": map[string]interface{}{
			"FloorSegmentSize":   100,
			"MaxSegmentsPerTier": 5,
			"MaxSegmentSize":     maxSegmentDocs,
		},
	}
}

// maxSegmentDocs is the most documents a merge puts in one segment (see
// config).
const maxSegmentDocs = 20_000

// Remove deletes the index in dir. It refuses to delete a folder that
// holds anything but a Bleve index, in case dir was set by mistake.
func Remove(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(entries) > 0 {
		if _, err := os.Stat(filepath.Join(dir, "index_meta.json")); err != nil {
			return fmt.Errorf("%s does not look like a search index; not deleting it", dir)
		}
	}
	return os.RemoveAll(dir)
}

// Rebuilt says why Open made the index anew ("" when it opened the index
// that was there): the index is then empty until its articles are added.
func (x *Index) Rebuilt() string { return x.reason }

// Dir is the index's folder.
func (x *Index) Dir() string { return x.dir }

// Close writes what is not yet on disk (see Flush) and closes the index.
func (x *Index) Close() error {
	return errors.Join(x.Flush(), x.bleve.Close())
}

// Epoch changes whenever the index's segments change, background merges
// included: a benchmark waits for it to settle before timing queries.
func (x *Index) Epoch() uint64 { return scorchStat(x, "CurRootEpoch") }

// scorchStat is one of Scorch's counters; 0 when the index has none.
func scorchStat(x *Index, name string) uint64 {
	adv, err := x.bleve.Advanced()
	if err != nil {
		return 0
	}
	s, ok := adv.(*scorch.Scorch)
	if !ok {
		return 0
	}
	n, _ := s.StatsMap()[name].(uint64)
	return n
}

// DocCount is the number of documents: articles and annotations.
func (x *Index) DocCount() (uint64, error) { return x.bleve.DocCount() }

// Stamps returns the stamp each indexed article was indexed with.
func (x *Index) Stamps() (map[string]string, error) {
	dict, err := x.bleve.FieldDict(fieldStamp)
	if err != nil {
		return nil, fmt.Errorf("read index stamps: %w", err)
	}
	defer dict.Close()
	terms := map[string][]string{}
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("read index stamps: %w", err)
		}
		if e == nil {
			break
		}
		id, stamp, _ := strings.Cut(e.Term, " ")
		terms[id] = append(terms[id], stamp)
	}
	out := make(map[string]string, len(terms))
	for id, stamps := range terms {
		if len(stamps) == 1 {
			out[id] = stamps[0]
			continue
		}
		// Terms of replaced documents stay in the dictionary until
		// segments merge: ask which one a live document has.
		for _, s := range stamps {
			n, err := x.count(termQuery(fieldStamp, id+" "+s))
			if err != nil {
				return nil, fmt.Errorf("read index stamp of %s: %w", id, err)
			}
			if n > 0 {
				out[id] = s
			}
		}
	}
	return out, nil
}

// count is the number of documents that match q.
func (x *Index) count(q query.Query) (uint64, error) {
	res, err := x.bleve.Search(bleve.NewSearchRequestOptions(q, 0, 0, false))
	if err != nil {
		return 0, err
	}
	return res.Total, nil
}
