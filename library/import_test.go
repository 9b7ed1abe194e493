package library

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"tandem/article"
	"tandem/internal/testenv"
)

// TestImportKeepsEveryTextThatSharesASourceID imports, in one call, many
// pairs of files whose footers carry the same source id but whose texts
// differ, each with an identical copy. Both texts of a pair must land, and
// only the copies may be reported as duplicates. The parallel workers take
// neighbouring files at once, so this is where two imports meet.
func TestImportKeepsEveryTextThatSharesASourceID(t *testing.T) {
	lib := openTemp(t, nil)
	seed := testenv.Seed(t)
	const rounds = 50
	dir := t.TempDir()
	files := map[string][]byte{}
	for i := range rounds {
		first := bytes.Replace(seed, []byte("· fb404c39"), fmt.Appendf(nil, "· %08x", i+1), 1)
		second := bytes.Replace(first, []byte("was nonbinding"), []byte("was binding after all"), 1)
		if bytes.Equal(first, seed) || bytes.Equal(second, first) {
			t.Fatal("the seed no longer has the footer or the sentence this test changes")
		}
		for name, data := range map[string][]byte{"a": first, "b": second, "c": first, "d": second} {
			path := filepath.Join(dir, fmt.Sprintf("r%02d-%s.txt", i, name))
			files[path] = data
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	results := lib.ImportPaths(context.Background(), []string{dir}, nil)
	if len(results) != len(files) {
		t.Fatalf("%d results for %d files", len(results), len(files))
	}
	count := map[Status]int{}
	ids := map[string]bool{}
	for _, r := range results {
		count[r.Status]++
		if r.Status == Imported {
			ids[r.ID] = true
		}
		want, err := article.Parse(files[r.Path])
		if err != nil {
			t.Fatal(err)
		}
		got, err := lib.Article(r.ID)
		if err != nil {
			t.Errorf("%s: %s as %s, which cannot be read: %v", filepath.Base(r.Path), r.Status, r.ID, err)
			continue
		}
		if !sameText(got, want) {
			t.Errorf("%s: %s as %s, which holds another text: this file's text was dropped", filepath.Base(r.Path), r.Status, r.ID)
		}
	}
	if count[Imported] != 2*rounds || count[Duplicate] != 2*rounds || len(ids) != 2*rounds {
		t.Errorf("%d imported under %d ids and %d duplicates, want %d, %d and %d (failed: %d)",
			count[Imported], len(ids), count[Duplicate], 2*rounds, 2*rounds, 2*rounds, count[Failed])
	}
	if list, err := lib.List(); err != nil || len(list) != 2*rounds {
		t.Errorf("the library lists %d articles (%v), want %d", len(list), err, 2*rounds)
	}
	before := snapshot(t, lib.Dir())
	for _, r := range lib.ImportPaths(context.Background(), []string{dir}, nil) {
		if r.Status != Duplicate {
			t.Errorf("imported again, %s: %s %v, want duplicate", filepath.Base(r.Path), r.Status, r.Err)
		}
	}
	if after := snapshot(t, lib.Dir()); after != before {
		t.Error("importing the same files again changed the library")
	}
}
