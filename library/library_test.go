package library

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"tandem/article"
	"tandem/internal/testenv"
)

func openTemp(t *testing.T, welcome []byte) *Library {
	t.Helper()
	testenv.Isolate(t)
	lib, err := Open(Options{Welcome: welcome})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { lib.Close() })
	return lib
}

func TestImportWritesSourceAndArticle(t *testing.T) {
	lib := openTemp(t, nil)
	seed := testenv.Seed(t)
	r := lib.Import("seed.txt", seed)
	if r.Status != Imported || r.Err != nil {
		t.Fatalf("import: %s %v", r.Status, r.Err)
	}
	if r.ID != "2026-02-05-fb404c39" || r.Pairs != 3 || r.Source != "Avalaches" || r.Date != "2026-02-05" {
		t.Errorf("result %+v", r)
	}
	dir := filepath.Join(DefaultDir(), "articles", r.ID)
	source, err := os.ReadFile(filepath.Join(dir, "source.txt"))
	if err != nil || !bytes.Equal(source, seed) {
		t.Errorf("source.txt is not the imported bytes (err %v)", err)
	}
	var onDisk struct {
		ID    string         `json:"id"`
		Pairs []article.Pair `json:"pairs"`
		Hash  string         `json:"source_sha256"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &onDisk); err != nil {
		t.Fatalf("article.json: %v", err)
	}
	if onDisk.ID != r.ID || len(onDisk.Pairs) != 3 || len(onDisk.Hash) != 64 {
		t.Errorf("article.json holds id %q, %d pairs, hash %q", onDisk.ID, len(onDisk.Pairs), onDisk.Hash)
	}
	a, err := lib.Article(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Pairs[0].ZH, "在 2026 年") || !strings.HasPrefix(a.Pairs[0].EN, "In Parmy Olson") {
		t.Errorf("pair 0 is not Chinese left, English right: %.20q / %.20q", a.Pairs[0].ZH, a.Pairs[0].EN)
	}
}

func TestImportSameArticleTwiceIsDuplicate(t *testing.T) {
	lib := openTemp(t, nil)
	seed := testenv.Seed(t)
	first := lib.Import("a.txt", seed)
	before := snapshot(t, lib.Dir())
	for name, data := range map[string][]byte{
		"same bytes":          seed,
		"CRLF line ends":      bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n")),
		"with UTF-8 BOM":      append([]byte("\xEF\xBB\xBF"), seed...),
		"trailing blank line": append(append([]byte{}, seed...), '\n', '\n'),
	} {
		r := lib.Import(name, data)
		if r.Status != Duplicate || r.ID != first.ID {
			t.Errorf("%s: status %s id %s, want duplicate of %s", name, r.Status, r.ID, first.ID)
		}
	}
	if after := snapshot(t, lib.Dir()); after != before {
		t.Errorf("a duplicate import changed the library:\nbefore %s\nafter  %s", before, after)
	}
}

// snapshot lists every file under dir with its size and modification time.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if filepath.Base(path) != "lock" {
			fmt.Fprintf(&b, "%s %d %d\n", strings.TrimPrefix(path, dir), info.Size(), info.ModTime().UnixNano())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestImportPathsKeepsGoodFilesAndNamesBadOnes(t *testing.T) {
	lib := openTemp(t, nil)
	dir := t.TempDir()
	files := map[string][]byte{
		"good.txt":           testenv.Seed(t),
		"sub/interleaved.md": []byte("# Note\n\nThe yuan rose 2% today.\n人民币今天上涨了 2%。\n"),
		"empty.txt":          nil,
		"binary.html":        []byte("\x89PNG\r\n\x1a\n\x00\x00\x00"),
		"header-only.txt":    []byte("← 返回 Avalaches\n\n2026-02-05 (Thursday) · fb404c39676d621172526f2823fb54b8e939475a"),
		"ignored.xlsx":       []byte("PK\x03\x04"),
		".hidden/x.txt":      []byte("hidden"),
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var progress []Progress
	results := lib.ImportPaths(context.Background(), []string{dir, filepath.Join(dir, "missing.txt")}, func(p Progress) {
		progress = append(progress, p)
	})
	got := map[string]Result{}
	for _, r := range results {
		got[filepath.ToSlash(strings.TrimPrefix(r.Path, dir+string(filepath.Separator)))] = r
	}
	if len(got) != 6 {
		t.Errorf("%d results, want 6 (xlsx and hidden skipped): %v", len(got), got)
	}
	want := map[string]struct {
		status Status
		reason error
	}{
		"good.txt":           {Imported, nil},
		"sub/interleaved.md": {Imported, nil},
		"empty.txt":          {Failed, article.ErrEmpty},
		"binary.html":        {Failed, article.ErrBinary},
		"header-only.txt":    {Failed, article.ErrNoText},
	}
	for name, w := range want {
		r := got[name]
		if r.Status != w.status {
			t.Errorf("%s: status %s, want %s (%v)", name, r.Status, w.status, r.Err)
		}
		if w.reason != nil && (!errors.Is(r.Err, w.reason) || !strings.Contains(r.Err.Error(), name)) {
			t.Errorf("%s: error %q should name the file and say %q", name, r.Err, w.reason)
		}
	}
	if r := got["missing.txt"]; r.Status != Failed || !strings.Contains(r.Err.Error(), "missing.txt") {
		t.Errorf("missing path: %+v", r)
	}
	if last := progress[len(progress)-1]; last.Done != 5 || last.Total != 5 {
		t.Errorf("last progress %+v, want 5 of 5", last)
	}
	list, err := lib.List()
	if err != nil || len(list) != 2 {
		t.Errorf("library lists %d articles (%v), want the 2 good ones", len(list), err)
	}
}

func TestImportPathsStopsWhenCancelled(t *testing.T) {
	lib := openTemp(t, nil)
	dir := t.TempDir()
	// More than two batches (commitBatch), so that a cancel has files
	// left to skip.
	const files = 2*commitBatch + 50
	for i := range files {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(fmt.Sprintf("Article number %d is here.\n", i)), 0o644)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancelledAt := -1
	var reported []Result
	results := lib.ImportPaths(ctx, []string{dir}, func(p Progress) {
		reported = append(reported, p.Finished...)
		if p.Done > commitBatch && cancelledAt < 0 { // two batches or more
			cancel()
			cancelledAt = p.Done
		}
	})
	// The batch that went past commitBatch files is stored; nothing after.
	if cancelledAt < 0 || len(results) != cancelledAt || cancelledAt == files {
		t.Errorf("%d files imported after cancelling at %d of %d, want as many, and fewer than all", len(results), cancelledAt, files)
	}
	if list, _ := lib.List(); len(list) != len(results) {
		t.Errorf("library holds %d articles, results say %d", len(list), len(results))
	}
	// In file order (a file parsed after a later one was stored may be
	// missing), each reported once, as progress went.
	if !slices.IsSortedFunc(results, func(a, b Result) int { return strings.Compare(a.Path, b.Path) }) {
		t.Errorf("results are not in file order")
	}
	if !slices.EqualFunc(reported, results, func(a, b Result) bool { return a.Path == b.Path && a.ID == b.ID }) {
		t.Errorf("progress reported %d results, the import returned %d, or in another order", len(reported), len(results))
	}
}

func TestWelcomeArticleOnlyInANewLibrary(t *testing.T) {
	lib := openTemp(t, []byte("Welcome to the reader.\n\n欢迎使用。\n"))
	list, _ := lib.List()
	if len(list) != 1 || list[0].Title != "Welcome to the reader" {
		t.Fatalf("new library lists %+v, want the welcome article", list)
	}
	if err := os.RemoveAll(filepath.Join(lib.Dir(), "articles", list[0].ID)); err != nil {
		t.Fatal(err)
	}
	lib.Close()
	again, err := Open(Options{Welcome: []byte("Welcome to the reader.\n")})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if list, _ := again.List(); len(list) != 0 {
		t.Errorf("the welcome article came back after the user deleted it: %+v", list)
	}
}

func TestListNewestFirstAndReportsDamagedArticles(t *testing.T) {
	lib := openTemp(t, nil)
	for _, text := range []string{
		"Older piece.\n\n2025-01-02 · 0123456789abcdef",
		"Newer piece.\n\n2026-03-04 · fedcba9876543210",
		"Undated piece.\n",
	} {
		if r := lib.Import("x", []byte(text)); r.Status != Imported {
			t.Fatalf("import %q: %v", text, r.Err)
		}
	}
	broken := filepath.Join(lib.Dir(), "articles", "2024-01-01-deadbeef")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, "article.json"), []byte(`{"id": "2024-01-01-dead`), 0o644)

	list, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, s := range list {
		if s.Problem != "" {
			titles = append(titles, "problem:"+s.ID)
			continue
		}
		titles = append(titles, s.Title)
	}
	want := "Newer piece|Older piece|problem:2024-01-01-deadbeef|Undated piece"
	if got := strings.Join(titles, "|"); got != want {
		t.Errorf("list order %s, want %s", got, want)
	}
}

func TestOpenClearsInterruptedImports(t *testing.T) {
	lib := openTemp(t, nil)
	stage := filepath.Join(lib.Dir(), stagingDir, "2026-01-01-abcd1234-ff")
	os.MkdirAll(stage, 0o755)
	os.WriteFile(filepath.Join(stage, "source.txt"), []byte("half"), 0o644)
	old := time.Now().Add(-staleStaging - time.Minute)
	os.Chtimes(stage, old, old)
	lib.Close()
	again, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	if _, err := os.Stat(stage); !os.IsNotExist(err) {
		t.Errorf("staging folder survived reopening: %v", err)
	}
}

func TestArticleRejectsPathsAsIDs(t *testing.T) {
	lib := openTemp(t, nil)
	for _, id := range []string{"../library.json", "a/b", "", ".staging-x"} {
		if _, err := lib.Article(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("Article(%q) = %v, want ErrNotFound", id, err)
		}
	}
}

// TestTwoOpensShareTheLibrary: two processes (here two Libraries) have the
// library open at once; a change waits for the other's, names its holder
// when it waits too long, and each sees what the other changed.
func TestTwoOpensShareTheLibrary(t *testing.T) {
	window := openTemp(t, nil)
	defer window.Close()
	terminal, err := Open(Options{})
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer terminal.Close()
	if r := terminal.Import("a.txt", []byte("From the terminal.\n\n来自终端。\n")); r.Status != Imported {
		t.Fatalf("import beside the window: %+v", r)
	}
	if list, err := window.List(); err != nil || len(list) != 1 || list[0].Title != "From the terminal" {
		t.Fatalf("the window lists %+v (%v), want the terminal's article", list, err)
	}

	defer func(wait time.Duration) { lockWait = wait }(lockWait)
	lockWait = 100 * time.Millisecond
	unlock, err := window.writing()
	if err != nil {
		t.Fatal(err)
	}
	r := terminal.Import("b.txt", []byte("While the window writes.\n"))
	var locked *LockedError
	if r.Status != Failed || !errors.As(r.Err, &locked) || !errors.Is(r.Err, ErrLocked) {
		t.Fatalf("import while the window holds the lock: %+v, want a *LockedError", r)
	}
	if locked.PID != os.Getpid() || !strings.Contains(r.Err.Error(), fmt.Sprintf("pid %d", os.Getpid())) {
		t.Errorf("error %q does not name pid %d", r.Err, os.Getpid())
	}
	unlock()
	if r := terminal.Import("b.txt", []byte("While the window writes.\n")); r.Status != Imported {
		t.Fatalf("import once the window is done: %+v", r)
	}
	if list, _ := window.List(); len(list) != 2 {
		t.Errorf("the window lists %d articles, want 2", len(list))
	}
}

// TestLockOfKilledProcessIsTakenOver runs a child that takes the library's
// lock for a change and is killed with SIGKILL; its lock must not outlive
// it.
func TestLockOfKilledProcessIsTakenOver(t *testing.T) {
	if os.Getenv("TANDEM_LOCK_CHILD") == "1" {
		lib, err := Open(Options{})
		var unlock func()
		if err == nil {
			unlock, err = lib.writing()
		}
		if err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		fmt.Println("locked")
		// Hold the lock until killed. A sleep, not select {}: once the
		// library's own goroutines end, the runtime would end a process
		// blocked for good as deadlocked, and the lock with it. The
		// unlock function is kept alive: unreachable, the lock file's
		// finalizer would close it at the next collection (which the
		// index's work in the background brings on) and drop the lock.
		time.Sleep(time.Hour)
		runtime.KeepAlive(unlock)
	}
	testenv.Isolate(t)
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockOfKilledProcessIsTakenOver$")
	cmd.Env = append(os.Environ(), "TANDEM_LOCK_CHILD=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	n, _ := out.Read(buf)
	if !strings.Contains(string(buf[:n]), "locked") {
		t.Fatalf("child said %q", buf[:n])
	}
	defer func(wait time.Duration) { lockWait = wait }(lockWait)
	lockWait = 100 * time.Millisecond
	lib, err := Open(Options{})
	if err != nil {
		t.Fatalf("Open while the child holds the lock: %v", err)
	}
	if r := lib.Import("a.txt", []byte("An article.\n")); !errors.Is(r.Err, ErrLocked) {
		t.Fatalf("import while the child holds the lock: %+v", r)
	}
	cmd.Process.Kill()
	cmd.Wait()
	if r := lib.Import("a.txt", []byte("An article.\n")); r.Status != Imported {
		t.Fatalf("import after the holder was killed: %+v", r)
	}
	lib.Close()
}

// TestCatchUpReportsWhatAListReadFirst: another process's change that a
// List read from the journal before the window's next CatchUp is still
// reported by that CatchUp, so the window shows it.
func TestCatchUpReportsWhatAListReadFirst(t *testing.T) {
	window := openTemp(t, nil)
	defer window.Close()
	terminal, err := Open(Options{})
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer terminal.Close()
	if _, err := window.List(); err != nil { // the window has read its catalog
		t.Fatal(err)
	}
	r := terminal.Import("a.txt", []byte("From the terminal.\n\n来自终端。\n"))
	if r.Status != Imported {
		t.Fatalf("import: %+v", r)
	}
	if _, err := window.List(); err != nil {
		t.Fatal(err)
	}
	if ids, err := window.CatchUp(); err != nil || !slices.Contains(ids, r.ID) {
		t.Fatalf("CatchUp after a List: %v (%v), want %s", ids, err, r.ID)
	}
	if ids, err := window.CatchUp(); err != nil || len(ids) != 0 {
		t.Errorf("a second CatchUp: %v (%v), want nothing new", ids, err)
	}
}

// TestListEachFromTheCatalogFile: ListEach lists from the catalog file,
// without loading the catalog, when the file is up to date, and loads the
// catalog when another process changed the library since or an article
// folder came by hand; each time it lists what List does.
func TestListEachFromTheCatalogFile(t *testing.T) {
	lib := openTemp(t, nil)
	for _, text := range []string{
		"Older piece.\n\n2025-01-02 · 0123456789abcdef",
		"Newer piece.\n\n2026-03-04 · fedcba9876543210\n\n较新的文章。",
		"Undated piece.\n",
	} {
		if r := lib.Import("x", []byte(text)); r.Status != Imported {
			t.Fatalf("import %q: %v", text, r.Err)
		}
	}
	broken := filepath.Join(lib.Dir(), "articles", "2024-01-01-deadbeef")
	os.MkdirAll(broken, 0o755)
	os.WriteFile(filepath.Join(broken, "article.json"), []byte(`{"id": "2024-01-01-dead`), 0o644)
	if _, err := lib.List(); err != nil {
		t.Fatal(err)
	}
	lib.Close() // writes the catalog

	check := func(name string, fromFile bool) {
		t.Helper()
		reader, err := Open(Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer reader.Close()
		var got []Summary
		if err := reader.ListEach(func(s Summary) error { got = append(got, s); return nil }); err != nil {
			t.Fatal(err)
		}
		if reader.cat.loaded == fromFile {
			t.Errorf("%s: catalog loaded %v, want %v", name, reader.cat.loaded, !fromFile)
		}
		want, err := reader.List()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.EqualFunc(got, want, func(a, b Summary) bool { return fmt.Sprint(a) == fmt.Sprint(b) }) {
			t.Errorf("%s: ListEach gave\n%+v\nList gives\n%+v", name, got, want)
		}
	}
	check("up to date", true)

	writer, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := writer.Import("y", []byte("Imported by another process.\n"))
	if r.Status != Imported {
		t.Fatal(r.Err)
	}
	writer.Close() // an import loads the catalog and keeps it in step
	check("imported by another process", true)

	writer, err = Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := writer.Article(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	highlight(t, writer, a, article.EN, "Imported")
	writer.Close() // the catalog was not loaded: the file stays behind the journal
	check("changed since", false)
	check("written again by the last reader", true)

	by := filepath.Join(lib.Dir(), "articles", "2023-05-06-0123abcd")
	os.MkdirAll(by, 0o755)
	os.WriteFile(filepath.Join(by, "article.json"), []byte(`{}`), 0o644)
	check("a folder added by hand", false)
}

// TestImportKeepsTheCatalog: an import puts its articles into the catalog
// as it parsed them, so that the next process lists them from the catalog
// file and reads none back; in a large library without a catalog file the
// import leaves the catalog to be built, with progress, by the next reader.
func TestImportKeepsTheCatalog(t *testing.T) {
	lib := openTemp(t, nil)
	for _, text := range []string{"First piece.\n\n第一篇。", "Second piece.\n\n第二篇。"} {
		if r := lib.Import("x", []byte(text)); r.Status != Imported {
			t.Fatal(r.Err)
		}
	}
	lib.Close()
	reader, err := Open(Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	var n int
	if err := reader.ListEach(func(Summary) error { n++; return nil }); err != nil {
		t.Fatal(err)
	}
	if n != 2 || reader.cat.loaded {
		t.Errorf("listed %d articles, catalog loaded %v: want 2 from the catalog file", n, reader.cat.loaded)
	}

	large := openTemp(t, nil)
	os.Remove(large.cat.path)
	for i := range smallLibrary {
		os.Mkdir(filepath.Join(large.Dir(), "articles", fmt.Sprintf("2020-01-01-%08x", i)), 0o755)
	}
	if r := large.Import("x", []byte("Third piece.\n\n第三篇。")); r.Status != Imported {
		t.Fatal(r.Err)
	}
	if large.cat.loaded {
		t.Error("an import into a large library without a catalog file read every article to make one")
	}
}

// TestImportAgainOfAnArticleStoredUndated imports a press release whose
// date only its lead's dateline gives, as a library written before that
// dateline was read holds it: under an undated ID. Importing the same
// text again is a duplicate of that article, not a dated second copy.
func TestImportAgainOfAnArticleStoredUndated(t *testing.T) {
	lib := openTemp(t, nil)
	release := []byte("(26 September 2018 – Hong Kong) The Group is pleased to announce an agreement with a bank.\n\n（香港 - 2018 年 9 月 26 日）本集團欣然宣佈與一家銀行訂立協議。\n\nThe agreement runs five years.\n\n協議為期五年。\n")
	first := lib.Import("release.txt", release)
	if first.Status != Imported || first.Date != "2018-09-26" || !strings.HasPrefix(first.ID, "2018-09-26-") {
		t.Fatalf("first import: %s, id %s, date %q, want dated by the lead's dateline", first.Status, first.ID, first.Date)
	}
	undated := "undated-" + strings.TrimPrefix(first.ID, "2018-09-26-")
	articles := filepath.Join(lib.Dir(), "articles")
	if err := os.Rename(filepath.Join(articles, first.ID), filepath.Join(articles, undated)); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(articles, undated, "article.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte(`"id": "`+first.ID+`"`), []byte(`"id": "`+undated+`"`), 1)
	data = bytes.Replace(data, []byte(`"date": "2018-09-26"`), []byte(`"date": ""`), 1)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	again := lib.Import("release.txt", release)
	if again.Status != Duplicate || again.ID != undated {
		t.Errorf("second import: %s, id %s; want a duplicate of %s", again.Status, again.ID, undated)
	}
	if _, err := os.Stat(filepath.Join(articles, first.ID)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a dated copy %s was stored (err %v)", first.ID, err)
	}
}
