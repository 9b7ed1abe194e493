package library

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tandem/article"
	"tandem/internal/corpus"
	"tandem/internal/testenv"
)

// The crash tests run a child process that works on the library and kill
// it with SIGKILL in the middle: a batched import, a catalog being built.
// What the next process finds must be whole articles or none, and a
// catalog and an index that agree with the files.

// killChild runs this test binary as a child doing what TANDEM_CRASH_CHILD
// names in the test's library, and kills it once it has printed "ready"
// and then waitFor more lines.
func killChild(t *testing.T, test, job string, waitFor int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+test+"$")
	cmd.Env = append(os.Environ(), "TANDEM_CRASH_CHILD="+job)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	seen := -1
	for seen < waitFor && lines.Scan() {
		if seen >= 0 || lines.Text() == "ready" {
			seen++
		}
	}
	cmd.Process.Kill()
	cmd.Wait()
	if seen < waitFor {
		t.Fatalf("the child ended before it was killed (%d lines after ready)", seen)
	}
}

// writeCorpus writes n synthetic articles into a folder.
func writeCorpus(t *testing.T, dir string, n int) {
	t.Helper()
	g := corpus.New(7)
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%05d.txt", i)), g.Article(i).Digest(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkWhole checks that every article folder holds a whole article — its
// article.json readable and its source file the bytes it names — and that
// the catalog and the index list exactly the folders.
func checkWhole(t *testing.T, lib *Library) []string {
	t.Helper()
	ids, err := lib.articleIDs()
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range ids {
		rec, err := lib.record(id)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		data, err := os.ReadFile(filepath.Join(lib.Dir(), "articles", id, rec.SourceFile))
		sum := sha256.Sum256(data)
		if err != nil || hex.EncodeToString(sum[:]) != rec.SourceHash {
			t.Errorf("%s: the source file is not the one imported (%v)", id, err)
		}
	}
	list, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	listed := make([]string, len(list))
	for i, s := range list {
		listed[i] = s.ID
		if s.Problem != "" {
			t.Errorf("%s is listed with a problem: %s", s.ID, s.Problem)
		}
	}
	slices.Sort(listed)
	if !slices.Equal(listed, ids) {
		t.Errorf("the catalog lists %d articles, the folder holds %d", len(listed), len(ids))
	}
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	if lib.IndexBehind() {
		if err := lib.SyncIndex(context.Background(), nil); err != nil {
			t.Fatal(err)
		}
	}
	if diffs, err := lib.IndexDifferences(); err != nil || len(diffs) > 0 {
		t.Errorf("the index differs from the files after the journal's catch-up: %v %v", diffs, err)
	}
	return ids
}

func TestKilledImportLeavesWholeArticles(t *testing.T) {
	if os.Getenv("TANDEM_CRASH_CHILD") == "import" {
		lib, err := Open(Options{})
		if err != nil {
			panic(err)
		}
		fmt.Println("ready")
		lib.ImportPaths(context.Background(), []string{os.Getenv("TANDEM_CRASH_FOLDER")}, func(p Progress) {
			fmt.Println("batch", p.Done)
		})
		fmt.Println("done") // too late: the parent kills it before
		select {}
	}
	testenv.Isolate(t)
	folder := t.TempDir()
	writeCorpus(t, folder, 3*commitBatch)
	t.Setenv("TANDEM_CRASH_FOLDER", folder)
	lib, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lib.List() // a catalog in memory, written at Close: the child's changes come after it
	lib.Close()
	killChild(t, "TestKilledImportLeavesWholeArticles", "import", 1)

	again, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ids := checkWhole(t, again)
	if len(ids) == 0 || len(ids) >= 3*commitBatch {
		t.Errorf("%d articles after the kill: want the first batches, not all", len(ids))
	}
	// The import goes on where it was cut: the rest comes in, nothing
	// twice.
	results := again.ImportPaths(context.Background(), []string{folder}, nil)
	imported := 0
	for _, r := range results {
		switch r.Status {
		case Imported:
			imported++
		case Failed:
			t.Errorf("%s: %v", r.Path, r.Err)
		}
	}
	if len(ids)+imported != 3*commitBatch {
		t.Errorf("%d before and %d imported again, want %d in all", len(ids), imported, 3*commitBatch)
	}
	checkWhole(t, again)
	again.Close()
}

func TestKilledCatalogBuildIsBuiltAgain(t *testing.T) {
	if os.Getenv("TANDEM_CRASH_CHILD") == "catalog" {
		lib, err := Open(Options{})
		if err != nil {
			panic(err)
		}
		fmt.Println("ready")
		lib.PrepareCatalog(context.Background(), func(done, total int) { fmt.Println("read", done, total) })
		fmt.Println("done")
		select {}
	}
	testenv.Isolate(t)
	folder := t.TempDir()
	writeCorpus(t, folder, 1500)
	lib, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lib.ImportPaths(context.Background(), []string{folder}, nil)
	a := firstArticle(t, lib)
	highlight(t, lib, a, article.EN, strings.Fields(a.Pairs[0].EN)[0], "forecast")
	lib.Close()
	if err := os.Remove(lib.cat.path); err != nil {
		t.Fatal(err)
	}
	killChild(t, "TestKilledCatalogBuildIsBuiltAgain", "catalog", 1)

	again, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if ids := checkWhole(t, again); len(ids) != 1500 {
		t.Errorf("%d articles, want 1500", len(ids))
	}
	if tags, err := again.Tags(); err != nil || fmt.Sprint(tags) != "[{forecast 1}]" {
		t.Errorf("tags after the rebuild: %v %v", tags, err)
	}
}

// firstArticle returns the first article of the library's list.
func firstArticle(t *testing.T, lib *Library) *article.Article {
	t.Helper()
	list, err := lib.List()
	if err != nil || len(list) == 0 {
		t.Fatalf("list: %v (%d articles)", err, len(list))
	}
	a, err := lib.Article(list[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return a
}
