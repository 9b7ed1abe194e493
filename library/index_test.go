package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/annotation"
	"tandem/article"
	"tandem/index"
	"tandem/internal/testenv"
)

// search waits for the index and returns the IDs of the hits and of their
// annotations.
func search(t *testing.T, lib *Library, q string) (hits, annotations []string) {
	t.Helper()
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	res, err := lib.Search(context.Background(), q, index.SearchOptions{})
	if err != nil {
		t.Fatalf("search %q: %v", q, err)
	}
	for _, h := range res.Hits {
		hits = append(hits, h.ID)
		for _, a := range h.Annotations {
			annotations = append(annotations, a.ID)
		}
	}
	return hits, annotations
}

// TestEveryChangeReachesTheIndex makes each kind of change the library
// knows and searches for its effect.
func TestEveryChangeReachesTheIndex(t *testing.T) {
	lib := openTemp(t, nil)
	if r := lib.Import("seed.txt", testenv.Seed(t)); r.Status != Imported {
		t.Fatal(r.Err)
	}
	if hits, _ := search(t, lib, "投資"); len(hits) != 1 || hits[0] != seedID {
		t.Fatalf("imported article not found: %v", hits)
	}
	a, _ := lib.Article(seedID)
	target, _ := annotation.FindQuote(a, article.ZH, "不具约束力", 1)
	an := annotation.New(a, target, annotation.Pink)
	an.AddTag("denial")
	steps := []struct {
		name, query string
		change      func() error
		want        int // annotations found
	}{
		{"save", "tag:denial", func() error { return lib.SaveAnnotation(an) }, 1},
		{"rename tag", "tag:hedge", func() error { _, err := lib.RenameTag("denial", "hedge"); return err }, 1},
		{"undo", "tag:denial", func() error { _, err := lib.Undo(); return err }, 1},
		{"delete", "tag:denial", func() error { _, err := lib.DeleteAnnotation(an.ID); return err }, 0},
		{"undo delete", "is:highlight", func() error { _, err := lib.Undo(); return err }, 1},
		{"redo delete", "is:highlight", func() error { _, err := lib.Redo(); return err }, 0},
		{"import annotations", "color:pink", func() error {
			return errors.Join(lib.ImportAnnotations([]*annotation.Annotation{an}).Errs...)
		}, 1},
	}
	for _, s := range steps {
		if err := s.change(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if _, anns := search(t, lib, s.query); len(anns) != s.want {
			t.Errorf("after %s, %s finds annotations %v, want %d", s.name, s.query, anns, s.want)
		}
	}
	edited := *a
	edited.Pairs = append([]article.Pair(nil), a.Pairs...)
	edited.Pairs[0].ZH = strings.Replace(edited.Pairs[0].ZH, "投资", "注资", 1)
	if _, err := lib.UpdateArticle(&edited); err != nil {
		t.Fatal(err)
	}
	if hits, _ := search(t, lib, "注资"); len(hits) != 1 {
		t.Errorf("edited text not found: %v", hits)
	}
}

// TestSyncIndexCatchesUpWithOtherTools changes the files while the library
// is closed, as another tool or a sync would; SyncIndex must notice.
func TestSyncIndexCatchesUpWithOtherTools(t *testing.T) {
	lib := openTemp(t, nil)
	lib.Import("seed.txt", testenv.Seed(t))
	lib.Import("other.txt", []byte("人民币今天上涨了 2%。\n\nThe yuan rose 2% today.\n"))
	list, _ := lib.List()
	other := list[0].ID
	if other == seedID {
		other = list[1].ID
	}
	lib.Close() // Close indexes what is queued

	path := filepath.Join(DefaultDir(), "articles", seedID, "article.json")
	data, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.ReplaceAll(string(data), "Copilot", "Clippy")), 0o644)
	os.RemoveAll(filepath.Join(DefaultDir(), "articles", other))

	lib, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	diffs, err := lib.IndexDifferences()
	want := []IndexDifference{{ID: seedID, Problem: IndexChanged}, {ID: other, Problem: IndexOrphan}}
	if err != nil || len(diffs) != 2 || !containsAll(diffs, want) {
		t.Fatalf("differences %v (%v), want %v", diffs, err, want)
	}
	var calls []int
	if err := lib.SyncIndex(context.Background(), func(done, total int) { calls = append(calls, done, total) }); err != nil {
		t.Fatal(err)
	}
	if len(calls) != 2 || calls[0] != 2 || calls[1] != 2 {
		t.Errorf("progress %v, want 2 of 2", calls)
	}
	for q, want := range map[string]int{"Clippy": 1, "Copilot": 0, "yuan": 0} {
		if hits, _ := search(t, lib, q); len(hits) != want {
			t.Errorf("after sync %s finds %v, want %d hits", q, hits, want)
		}
	}
	if diffs, _ := lib.IndexDifferences(); len(diffs) != 0 {
		t.Errorf("after sync: %v", diffs)
	}
}

func containsAll(have, want []IndexDifference) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			found = found || h == w
		}
		if !found {
			return false
		}
	}
	return true
}

// TestIndexIsRebuiltWhenDeleted deletes the cache folder between runs.
func TestIndexIsRebuiltWhenDeleted(t *testing.T) {
	lib := openTemp(t, nil)
	lib.Import("seed.txt", testenv.Seed(t))
	lib.Close()
	if err := os.RemoveAll(DefaultIndexDir("")); err != nil {
		t.Fatal(err)
	}
	lib, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if lib.IndexRebuilt() == "" {
		t.Error("IndexRebuilt() is empty after the index was deleted")
	}
	if err := lib.SyncIndex(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if hits, _ := search(t, lib, "Nvidia"); len(hits) != 1 {
		t.Errorf("after rebuild: %v", hits)
	}
}

// TestIndexHeldElsewhere opens the library while another handle holds its
// index: the library still opens, and searching says why it cannot.
func TestIndexHeldElsewhere(t *testing.T) {
	testenv.Isolate(t)
	hold, err := index.Open(DefaultIndexDir(""), index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer hold.Close()
	lib, err := Open(Options{})
	if err != nil {
		t.Fatalf("Open with the index held elsewhere: %v", err)
	}
	defer lib.Close()
	if r := lib.Import("seed.txt", testenv.Seed(t)); r.Status != Imported {
		t.Errorf("import without an index: %v", r.Err)
	}
	_, err = lib.Search(context.Background(), "Nvidia", index.SearchOptions{})
	if !errors.Is(err, index.ErrBusy) {
		t.Errorf("Search: %v, want ErrBusy", err)
	}
	if err := lib.SyncIndex(context.Background(), nil); !errors.Is(err, index.ErrBusy) {
		t.Errorf("SyncIndex: %v, want ErrBusy", err)
	}
}

func TestRebuildIndex(t *testing.T) {
	lib := openTemp(t, nil)
	lib.Import("seed.txt", testenv.Seed(t))
	var total int
	if err := lib.RebuildIndex(context.Background(), func(done, all int) { total = all }); err != nil {
		t.Fatal(err)
	}
	if total != 1 {
		t.Errorf("rebuild reported %d articles, want 1", total)
	}
	if hits, _ := search(t, lib, "OpenAI"); len(hits) != 1 {
		t.Errorf("after rebuild: %v", hits)
	}
}

func TestDefaultIndexDirs(t *testing.T) {
	testenv.Isolate(t)
	def := DefaultIndexDir("")
	if def != DefaultIndexDir(DefaultDir()) || !strings.HasSuffix(def, filepath.Join("tandem", "index")) {
		t.Errorf("default library's index: %s", def)
	}
	a, b := DefaultIndexDir(t.TempDir()), DefaultIndexDir(t.TempDir())
	if a == b || a == def {
		t.Errorf("two libraries share an index: %s, %s", a, b)
	}
}
