package index

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"

	"tandem/annotation"
	"tandem/article"
)

func sampleArticle(id, zh, en string) *article.Article {
	return &article.Article{ID: id, Title: id, Source: "Test", Date: "2026-01-02", Pairs: []article.Pair{{ZH: zh, EN: en}}}
}

// indexOne writes one article, stamped, into the index in dir and closes it.
func indexOne(t *testing.T, dir string) {
	t.Helper()
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := x.Update([]Entry{{Article: sampleArticle("a1", "投资", "investment"), Stamp: "s1"}}, nil); err != nil {
		t.Fatal(err)
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestOpenKeepsAGoodIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if x.Rebuilt() != "there was no index" {
		t.Errorf("new index: Rebuilt() = %q", x.Rebuilt())
	}
	x.Close()
	indexOne(t, dir)
	x, err = Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	stamps, err := x.Stamps()
	if x.Rebuilt() != "" || err != nil || stamps["a1"] != "s1" {
		t.Errorf("reopened: Rebuilt %q, stamps %v, %v", x.Rebuilt(), stamps, err)
	}
}

// saysOneOf reports whether got holds one of the |-separated phrases of
// want; an empty phrase matches only an empty got.
func saysOneOf(got, want string) bool {
	for _, w := range strings.Split(want, "|") {
		if w == "" && got == "" || w != "" && strings.Contains(got, w) {
			return true
		}
	}
	return false
}

// TestOpenRebuildsWhatItCannotRead damages the index in several ways; each
// time Open must replace it with an empty one and say why, never fail.
func TestOpenRebuildsWhatItCannotRead(t *testing.T) {
	for _, tc := range []struct {
		name, why string
		damage    func(t *testing.T, dir string)
	}{
		{"deleted", "there was no index", func(t *testing.T, dir string) { os.RemoveAll(dir) }},
		{"garbage in every file", "damaged", func(t *testing.T, dir string) { eachFile(t, dir, garble) }},
		{"metadata garbled", "damaged", func(t *testing.T, dir string) { garble(t, filepath.Join(dir, "index_meta.json")) }},
		{"root truncated", "damaged", func(t *testing.T, dir string) {
			os.Truncate(filepath.Join(dir, "store", "root.bolt"), 100)
		}},
		// Bleve may instead skip a segment it cannot read and open what is
		// left. The lost article is then missing from Stamps (checked
		// below), so the library's next sync indexes it again.
		{"segments garbled", "damaged|", func(t *testing.T, dir string) {
			eachFile(t, filepath.Join(dir, "store"), func(t *testing.T, path string) {
				if strings.HasSuffix(path, ".zap") {
					garble(t, path)
				}
			})
		}},
		{"other mapping version", "another version", func(t *testing.T, dir string) {
			x, err := Open(dir, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := x.setVersion("0"); err != nil {
				t.Fatal(err)
			}
			x.Close()
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "index")
			indexOne(t, dir)
			tc.damage(t, dir)
			x, err := Open(dir, Options{})
			if err != nil {
				t.Fatalf("Open after damage: %v", err)
			}
			defer x.Close()
			if !saysOneOf(x.Rebuilt(), tc.why) {
				t.Errorf("Rebuilt() = %q, want it to say %q", x.Rebuilt(), tc.why)
			}
			if stamps, err := x.Stamps(); err != nil || len(stamps) != 0 {
				t.Errorf("the new index holds %v (%v); want it empty, to be filled again", stamps, err)
			}
			if err := x.Update([]Entry{{Article: sampleArticle("a2", "利率", "rates"), Stamp: "s2"}}, nil); err != nil {
				t.Errorf("the new index takes no update: %v", err)
			}
		})
	}
}

func eachFile(t *testing.T, dir string, f func(*testing.T, string)) {
	t.Helper()
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			f(t, path)
		}
		return nil
	})
}

// garble overwrites a file with garbage of the same length.
func garble(t *testing.T, path string) {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef{", int(info.Size())/5+1))[:info.Size()]
	if err := os.WriteFile(path, junk, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOpenDoesNotWaitForAnIndexInUse holds the index with one handle and
// opens it with another: the second must fail with ErrBusy, not hang.
func TestOpenDoesNotWaitForAnIndexInUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "index")
	x, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	_, err = Open(dir, Options{LockTimeout: 50 * time.Millisecond})
	var busy *BusyError
	if !errors.Is(err, ErrBusy) || !errors.As(err, &busy) || busy.Dir != dir || !strings.Contains(err.Error(), "in use by another process") {
		t.Fatalf("second Open: %v, want a BusyError naming %s", err, dir)
	}
	if stamps, err := x.Stamps(); err != nil || stamps == nil {
		t.Errorf("the holder's index was disturbed: %v", err)
	}
}

func TestRemoveRefusesAFolderThatIsNotAnIndex(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("mine"), 0o644)
	if err := Remove(dir); err == nil {
		t.Fatal("Remove deleted a folder holding notes.txt")
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Errorf("notes.txt: %v", err)
	}
	if err := Remove(filepath.Join(dir, "missing")); err != nil {
		t.Errorf("Remove of a missing folder: %v", err)
	}
}

// TestUpdateReplacesAndDeletes reindexes an article whose annotation was
// removed and deletes another: neither may still be found.
func TestUpdateReplacesAndDeletes(t *testing.T) {
	x := openTemp(t)
	texts := newMemTexts()
	a1, a2 := sampleArticle("a1", "投资", "investment"), sampleArticle("a2", "利率", "rates")
	texts.articles["a1"], texts.articles["a2"] = a1, a2
	target, _ := annotation.FindQuote(a1, article.EN, "investment", 1)
	an := annotation.New(a1, target, annotation.Pink)
	an.Note = "watch this"
	texts.annotations["a1"] = []*annotation.Annotation{an}
	if err := x.Update(texts.entries(), nil); err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(t, x, texts, "watch"); got != "a1" {
		t.Fatalf("before: watch finds %q", got)
	}
	delete(texts.annotations, "a1")
	if err := x.Update([]Entry{{Article: a1, Stamp: "2"}}, []string{"a2"}); err != nil {
		t.Fatal(err)
	}
	for q, want := range map[string]string{"watch": "", "rates": "", "investment": "a1"} {
		if got := hitIDs(t, x, texts, q); got != want {
			t.Errorf("after: %s finds %q, want %q", q, got, want)
		}
	}
	stamps, err := x.Stamps()
	if err != nil || len(stamps) != 1 || stamps["a1"] != "2" {
		t.Errorf("stamps %v (%v), want a1 stamped 2 only", stamps, err)
	}
}

func hitIDs(t *testing.T, x *Index, texts Texts, q string) string {
	t.Helper()
	res, err := x.Search(context.Background(), q, SearchOptions{}, texts)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return strings.Join(ids, " ")
}

// panickyTexts panics when a search asks it for an article: a bug in the
// caller, not damage to the index.
type panickyTexts struct{ *memTexts }

func (panickyTexts) Article(string) (*article.Article, error) { panic("a bug in our own code") }

// panickyBleve stands for a damaged index: Bleve panics inside a search.
type panickyBleve struct{ bleveIndex }

type bleveIndex = bleve.Index

func (panickyBleve) SearchInContext(context.Context, *bleve.SearchRequest) (*bleve.SearchResult, error) {
	panic("damaged segment")
}

func TestSearchCallsOnlyBlevesPanicsDamage(t *testing.T) {
	x := openTemp(t)
	texts := newMemTexts()
	texts.articles["a1"] = sampleArticle("a1", "投资", "investment")
	if err := x.Update(texts.entries(), nil); err != nil {
		t.Fatal(err)
	}
	t.Run("our panic stays a panic", func(t *testing.T) {
		defer func() {
			if r := recover(); r != "a bug in our own code" {
				t.Errorf("recovered %v, want our own panic", r)
			}
		}()
		res, err := x.Search(context.Background(), "investment", SearchOptions{}, panickyTexts{texts})
		t.Errorf("Search returned (%v, %v) instead of panicking", res, err)
	})
	t.Run("Bleve's panic is damage", func(t *testing.T) {
		damaged := &Index{bleve: panickyBleve{x.bleve}, dir: x.dir}
		_, err := damaged.Search(context.Background(), "investment", SearchOptions{}, texts)
		if err == nil || !strings.Contains(err.Error(), "the index is damaged (damaged segment); run tandem reindex") {
			t.Errorf("error %v, want the index called damaged", err)
		}
	})
}

// TestUpdateAcrossBatches updates articles whose notes fill several
// batches: every document goes in, and an annotation dropped from an
// article that spans batches goes out.
func TestUpdateAcrossBatches(t *testing.T) {
	x := openTemp(t)
	texts := newMemTexts()
	filler := strings.Repeat("filler ", maxBatchText/2/len("filler "))
	for _, id := range []string{"a1", "a2", "a3"} {
		a := sampleArticle(id, "投资", "investment "+id)
		texts.articles[id] = a
		for _, word := range []string{"alpha", "beta", "gamma"} {
			target, _ := annotation.FindQuote(a, article.EN, "investment", 1)
			an := annotation.New(a, target, annotation.Pink)
			an.Note = word + " " + filler
			texts.annotations[id] = append(texts.annotations[id], an)
		}
	}
	if err := x.Update(texts.entries(), nil); err != nil {
		t.Fatal(err)
	}
	if n, err := x.DocCount(); err != nil || n != 12 {
		t.Fatalf("%d documents (%v), want 3 articles and 9 annotations", n, err)
	}
	texts.annotations["a2"] = texts.annotations["a2"][:1]
	if err := x.Update(texts.entries(), nil); err != nil {
		t.Fatal(err)
	}
	if n, err := x.DocCount(); err != nil || n != 10 {
		t.Errorf("%d documents (%v), want 3 articles and 7 annotations", n, err)
	}
	for q, want := range map[string]string{"alpha": "a1 a2 a3", "gamma": "a1 a3", "filler": "a1 a2 a3"} {
		got := strings.Fields(hitIDs(t, x, texts, q))
		slices.Sort(got)
		if strings.Join(got, " ") != want {
			t.Errorf("%s finds %q, want %q", q, got, want)
		}
	}
}

// TestUpdateWhileFlushing: one goroutine may wait for the index to be on
// disk while another updates it, as the library's index worker flushes
// while a rebuild applies batches (a sync.WaitGroup here panicked under
// the race detector: reused before the previous Wait returned).
func TestUpdateWhileFlushing(t *testing.T) {
	x := openTemp(t)
	done := make(chan error)
	go func() {
		for i := range 40 {
			id := fmt.Sprintf("a%d", i)
			if err := x.Update([]Entry{{Article: sampleArticle(id, "投资", "investment"), Stamp: "s"}}, nil); err != nil {
				done <- err
				return
			}
		}
		done <- nil
	}()
	for flushing := true; flushing; {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			flushing = false
		default:
			if err := x.Flush(); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := x.Flush(); err != nil {
		t.Fatal(err)
	}
}
