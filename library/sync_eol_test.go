package library

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"tandem/internal/testenv"
)

// TestSyncKeepsLineEndings syncs under core.autocrlf=true, which Git for
// Windows's installer sets for every repository of the machine: the files
// the second machine checks out must be the first machine's bytes, line
// feeds and all, since an article's ID and its highlights' offsets are
// counted in them.
func TestSyncKeepsLineEndings(t *testing.T) {
	config := filepath.Join(t.TempDir(), "gitconfig")
	if err := os.WriteFile(config, []byte("[core]\n\tautocrlf = true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GIT_CONFIG_GLOBAL", config)
	t.Setenv("GIT_CONFIG_NOSYSTEM", "1")
	remote, a, b := syncMachines(t)
	ctx := context.Background()
	seed := testenv.Seed(t)
	if !bytes.Contains(seed, []byte("\n")) || bytes.Contains(seed, []byte("\r\n")) {
		t.Fatal("the sample article should have bare line feeds")
	}
	if r := a.Import("seed.txt", seed); r.Status != Imported {
		t.Fatal(r.Err)
	}
	if _, err := a.SyncInit(ctx, remote); err != nil {
		t.Fatal(err)
	}
	if _, err := b.SyncInit(ctx, remote); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"source.txt", "article.json"} {
		want, err := os.ReadFile(filepath.Join(a.Dir(), "articles", seedID, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(b.Dir(), "articles", seedID, name))
		if err != nil {
			t.Fatalf("B after sync: %v", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("B's %s differs from A's (%d bytes, %d carriage returns; A's %d, %d)", name,
				len(got), bytes.Count(got, []byte("\r")), len(want), bytes.Count(want, []byte("\r")))
		}
	}
}
