package library

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tandem/annotation"
	"tandem/article"
	"tandem/gitsync"
	"tandem/index"
	"tandem/internal/testenv"
)

// A sync test runs two libraries, as two machines, and a bare repository
// as the remote, all in temporary folders, with the real git.

// syncMachines makes the remote and two empty libraries, A and B.
func syncMachines(t *testing.T) (remote string, a, b *Library) {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	testenv.Isolate(t)
	root := t.TempDir()
	remote = filepath.Join(root, "remote.git")
	if out, err := exec.Command("git", "init", "-q", "--bare", "-b", "main", remote).CombinedOutput(); err != nil {
		t.Fatalf("git init --bare: %v: %s", err, out)
	}
	return remote, openMachine(t, filepath.Join(root, "a")), openMachine(t, filepath.Join(root, "b"))
}

func openMachine(t *testing.T, dir string) *Library {
	t.Helper()
	lib, err := Open(Options{Dir: dir, IndexDir: dir + "-index"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

func mustSync(t *testing.T, lib *Library) SyncResult {
	t.Helper()
	res, err := lib.Sync(context.Background())
	if err != nil {
		t.Fatalf("sync %s: %v", lib.Dir(), err)
	}
	return res
}

// annotationsByNote returns an article's annotations, keyed by note.
func annotationsByNote(t *testing.T, lib *Library, id string) map[string]*annotation.Annotation {
	t.Helper()
	list, aside, err := lib.Annotations(id)
	if err != nil || len(aside) > 0 {
		t.Fatalf("annotations of %s in %s: %v, set aside %v", id, lib.Dir(), err, aside)
	}
	out := map[string]*annotation.Annotation{}
	for _, an := range list {
		out[an.Note] = an
	}
	return out
}

func TestSyncTwoMachines(t *testing.T) {
	remote, a, b := syncMachines(t)
	ctx := context.Background()
	// Both machines import the same article at different times, as both
	// import the welcome article when their library is made: the same
	// article, not a conflict.
	for _, lib := range []*Library{b, a} {
		if r := lib.Import("seed.txt", testenv.Seed(t)); r.Status != Imported {
			t.Fatal(r.Err)
		}
		time.Sleep(1100 * time.Millisecond) // a different "imported" second
	}
	art, err := a.Article(seedID)
	if err != nil {
		t.Fatal(err)
	}
	note := func(an *annotation.Annotation, text string) *annotation.Annotation {
		an.Note = text
		return an
	}
	shared := highlight(t, a, art, article.ZH, "不具约束力")
	other := highlight(t, a, art, article.EN, "Microsoft Copilot")
	for _, an := range []*annotation.Annotation{note(shared, "shared"), note(other, "other")} {
		if err := a.SaveAnnotation(an); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := a.SyncInit(ctx, remote); err != nil || !res.Pushed {
		t.Fatalf("A's first sync: %+v, %v", res, err)
	}
	for _, ignored := range []string{"lock", "changes.log"} {
		if out, _ := exec.Command("git", "-C", a.Dir(), "ls-files", ignored).Output(); len(out) > 0 {
			t.Errorf("%s was committed", ignored)
		}
	}

	// B joins and sees everything, its list, index and annotations too.
	res, err := b.SyncInit(ctx, remote)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(res.Received, seedID) {
		t.Errorf("B received %v, want the seed article", res.Received)
	}
	if len(res.Conflicts) > 0 {
		t.Errorf("B's first sync reported %+v: the same article imported twice is no conflict", res.Conflicts)
	}
	if got := annotationsByNote(t, b, seedID); got["shared"] == nil || got["other"] == nil {
		t.Fatalf("B has %v", got)
	}
	list, err := b.List()
	if err != nil || len(list) != 1 || list[0].ID != seedID || list[0].Highlights != 2 {
		t.Fatalf("B's list: %+v, %v", list, err)
	}
	if err := b.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	if hits, err := b.Search(ctx, "约束力", index.SearchOptions{}); err != nil || hits.Total == 0 {
		t.Fatalf("B's search finds nothing after the sync: %v", err)
	}

	// Both edit: A the one annotation, B another, and both the shared one.
	anA := annotationsByNote(t, a, seedID)
	anB := annotationsByNote(t, b, seedID)
	for _, change := range []struct {
		lib  *Library
		an   *annotation.Annotation
		note string
	}{{a, anA["other"], "other, edited on A"}, {b, anB["shared"], "shared, edited on B"}, {a, anA["shared"], "shared, edited on A"}} {
		change.an.Note = change.note
		if err := change.lib.SaveAnnotation(change.an); err != nil {
			t.Fatal(err)
		}
	}
	fresh := highlight(t, b, art, article.EN, "OpenAI")
	fresh.Note = "new on B"
	if err := b.SaveAnnotation(fresh); err != nil {
		t.Fatal(err)
	}
	mustSync(t, a)
	res = mustSync(t, b)
	if len(res.Conflicts) != 1 || res.Conflicts[0].Annotation != shared.ID || res.Conflicts[0].Copy == "" {
		t.Fatalf("B's sync reported conflicts %+v, want the shared annotation", res.Conflicts)
	}
	mustSync(t, a)
	mustSync(t, b) // nothing new: must not fail or conflict again

	want := []string{"other, edited on A", "shared, edited on A", "shared, edited on B", "new on B"}
	for _, lib := range []*Library{a, b} {
		got := annotationsByNote(t, lib, seedID)
		for _, n := range want {
			if got[n] == nil {
				t.Errorf("%s lacks %q: has %v", lib.Dir(), n, keys(got))
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s has %d annotations, want %d: %v", lib.Dir(), len(got), len(want), keys(got))
		}
		for _, n := range want[1:3] {
			if an := got[n]; an != nil && !an.HasTag(ConflictTag) {
				t.Errorf("%s: %q is not tagged %q", lib.Dir(), n, ConflictTag)
			}
		}
		list, err := lib.List()
		if err != nil || len(list) != 1 || list[0].Highlights != len(want) {
			t.Errorf("%s's list after the syncs: %+v, %v", lib.Dir(), list, err)
		}
	}
}

func keys(m map[string]*annotation.Annotation) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestSyncNotSetUp(t *testing.T) {
	lib := openTemp(t, nil)
	if _, err := exec.LookPath("git"); err != nil {
		// Without git (Windows without Git for Windows), both say so.
		if _, err := lib.Sync(context.Background()); !errors.Is(err, gitsync.ErrNoGit) {
			t.Errorf("sync without git: %v, want gitsync.ErrNoGit", err)
		}
		if _, err := lib.SyncInit(context.Background(), t.TempDir()); !errors.Is(err, gitsync.ErrNoGit) {
			t.Errorf("sync init without git: %v, want gitsync.ErrNoGit", err)
		}
		return
	}
	if _, err := lib.Sync(context.Background()); err == nil || !strings.Contains(err.Error(), "sync init") {
		t.Errorf("sync before init: %v", err)
	}
	if _, err := lib.SyncInit(context.Background(), filepath.Join(t.TempDir(), "nothing-here")); err == nil {
		t.Error("sync init with a remote that does not exist succeeded")
	}
}

// TestSyncKilled kills `sync` in a child process at random moments, on
// both machines, then checks that both libraries read and that the next
// syncs leave them alike.
func TestSyncKilled(t *testing.T) {
	if os.Getenv("TANDEM_SYNC_CHILD") != "" {
		lib, err := Open(Options{Dir: os.Getenv("TANDEM_SYNC_CHILD"), IndexDir: os.Getenv("TANDEM_SYNC_CHILD") + "-index"})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Println("ready")
		if _, err := lib.Sync(context.Background()); err != nil {
			t.Fatal(err)
		}
		lib.Close()
		return
	}
	remote, a, b := syncMachines(t)
	ctx := context.Background()
	if r := a.Import("seed.txt", testenv.Seed(t)); r.Status != Imported {
		t.Fatal(r.Err)
	}
	if _, err := a.SyncInit(ctx, remote); err != nil {
		t.Fatal(err)
	}
	if _, err := b.SyncInit(ctx, remote); err != nil {
		t.Fatal(err)
	}
	art, err := a.Article(seedID)
	if err != nil {
		t.Fatal(err)
	}
	quotes := []string{"Microsoft Copilot", "OpenAI", "Nvidia", "ChatGPT", "Sam Altman", "Jensen Huang"}
	r := rand.New(rand.NewPCG(1, 2))
	killed := 0
	for round := range 8 {
		for _, lib := range []*Library{a, b} {
			an := highlight(t, lib, art, article.EN, quotes[r.IntN(len(quotes))])
			an.Note = lib.Dir() + " round " + string(rune('0'+round))
			if err := lib.SaveAnnotation(an); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^TestSyncKilled$")
			cmd.Env = append(os.Environ(), "TANDEM_SYNC_CHILD="+lib.Dir())
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Killed once the sync has begun, somewhere in its git work.
			bufio.NewScanner(out).Scan()
			time.Sleep(time.Duration(r.IntN(500)) * time.Millisecond)
			cmd.Process.Kill()
			if err := cmd.Wait(); err != nil {
				killed++
			}
			if _, _, err := lib.Annotations(seedID); err != nil {
				t.Fatalf("round %d: %s does not read after a killed sync: %v", round, lib.Dir(), err)
			}
		}
	}
	t.Logf("%d of 16 syncs killed before they ended", killed)
	if killed < 4 {
		t.Errorf("only %d of 16 syncs were killed in the middle: the test proves little", killed)
	}
	for range 2 {
		mustSync(t, a)
		mustSync(t, b)
	}
	gotA, gotB := annotationsByNote(t, a, seedID), annotationsByNote(t, b, seedID)
	if len(gotA) != 16 || !slices.Equal(keys(gotA), keys(gotB)) {
		t.Errorf("after the killed syncs A has %d annotations %v, B %d %v; want the same 16", len(gotA), keys(gotA), len(gotB), keys(gotB))
	}
}
