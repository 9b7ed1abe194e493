package library

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/adrg/xdg"

	"tandem/index"
	"tandem/internal/testenv"
)

// TestChineseFolderAndFileNames keeps a library under a folder with a
// Chinese name and imports a Chinese-named file from another: Windows
// passes such paths through UTF-16, Unix as UTF-8 bytes, and both must
// reach the files, the index and its socket intact.
func TestChineseFolderAndFileNames(t *testing.T) {
	home := filepath.Join(testenv.Isolate(t), "研究笔记")
	dataDir := filepath.Join(home, "数据")
	// Isolate puts the variables back and reloads xdg after the test.
	t.Setenv("XDG_DATA_HOME", dataDir)
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, "缓存"))
	xdg.Reload()
	lib, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if dir := lib.Dir(); !filepath.IsAbs(dir) || !strings.HasPrefix(dir, dataDir+string(filepath.Separator)) {
		t.Fatalf("library in %q, want it under %q", dir, dataDir)
	}
	src := filepath.Join(t.TempDir(), "分析师评论")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(src, "英伟达与开放人工智能.txt")
	if err := os.WriteFile(path, testenv.Seed(t), 0o644); err != nil {
		t.Fatal(err)
	}
	results := lib.ImportPaths(context.Background(), []string{src}, nil)
	if len(results) != 1 || results[0].Status != Imported || results[0].Path != path {
		t.Fatalf("import of %s: %+v", path, results)
	}
	if _, err := os.Stat(filepath.Join(lib.Dir(), "articles", results[0].ID, "article.json")); err != nil {
		t.Errorf("the article's file: %v", err)
	}
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	res, err := lib.Search(context.Background(), "约束力", index.SearchOptions{})
	if err != nil || len(res.Hits) != 1 || res.Hits[0].ID != results[0].ID {
		t.Errorf("search 约束力: %+v, %v; want the imported article", res, err)
	}
}
