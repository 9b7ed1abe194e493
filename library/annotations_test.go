package library

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/testenv"
)

const seedID = "2026-02-05-fb404c39"

// withSeed opens a temporary library holding the sample article.
func withSeed(t *testing.T) (*Library, *article.Article) {
	t.Helper()
	lib := openTemp(t, nil)
	if r := lib.Import("seed.txt", testenv.Seed(t)); r.Status != Imported {
		t.Fatal(r.Err)
	}
	a, err := lib.Article(seedID)
	if err != nil {
		t.Fatal(err)
	}
	return lib, a
}

func highlight(t *testing.T, lib *Library, a *article.Article, lang article.Lang, quote string, tags ...string) *annotation.Annotation {
	t.Helper()
	tg, err := annotation.FindQuote(a, lang, quote, 1)
	if err != nil {
		t.Fatal(err)
	}
	an := annotation.New(a, tg, annotation.Yellow)
	for _, tag := range tags {
		an.AddTag(tag)
	}
	if err := lib.SaveAnnotation(an); err != nil {
		t.Fatal(err)
	}
	return an
}

func TestAnnotationsRoundTripInReadingOrder(t *testing.T) {
	lib, a := withSeed(t)
	second := highlight(t, lib, a, article.EN, "Microsoft Copilot")
	first := highlight(t, lib, a, article.ZH, "不具约束力", "denial")
	list, aside, err := lib.Annotations(seedID)
	if err != nil || len(aside) != 0 {
		t.Fatal(err, aside)
	}
	if len(list) != 2 || list[0].ID != first.ID || list[1].ID != second.ID {
		t.Fatalf("order %v", list)
	}
	if list[0].Counterpart == nil || !strings.Contains(list[0].Counterpart.Exact, "nonbinding") {
		t.Errorf("the Chinese highlight's counterpart %+v lacks the aligned English sentence", list[0].Counterpart)
	}
	path := filepath.Join(lib.Dir(), "articles", seedID, "annotations", first.ID+".json")
	if _, err := os.Stat(path); err != nil {
		t.Errorf("annotation file: %v", err)
	}
}

func TestCorruptAnnotationIsSetAsideAndTheRestLoads(t *testing.T) {
	lib, a := withSeed(t)
	good := highlight(t, lib, a, article.EN, "nonbinding")
	dir := filepath.Join(lib.Dir(), "articles", seedID, "annotations")
	data, _ := os.ReadFile(filepath.Join(dir, good.ID+".json"))
	bad := filepath.Join(dir, "0f8e2a3c-1b2d-4c5e-8f90-123456789abc.json")
	os.WriteFile(bad, data[:len(data)/2], 0o644)

	list, aside, err := lib.Annotations(seedID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].ID != good.ID {
		t.Errorf("loaded %d annotations, want the good one", len(list))
	}
	if len(aside) != 1 || aside[0].Path != bad+".corrupt" {
		t.Fatalf("set aside %v", aside)
	}
	if _, err := os.Stat(bad + ".corrupt"); err != nil {
		t.Errorf("the damaged file was not kept as .corrupt: %v", err)
	}
	if _, aside, _ := lib.Annotations(seedID); len(aside) != 0 {
		t.Errorf("reported again on the next load: %v", aside)
	}
}

func TestDeleteGoesToTrashAndUndoBringsItBack(t *testing.T) {
	lib, a := withSeed(t)
	an := highlight(t, lib, a, article.EN, "nonbinding")
	if _, err := lib.DeleteAnnotation(an.ID); err != nil {
		t.Fatal(err)
	}
	if n, _ := lib.TrashCount(); n != 1 {
		t.Errorf("trash holds %d", n)
	}
	if list, _, _ := lib.Annotations(seedID); len(list) != 0 {
		t.Errorf("deleted annotation still listed")
	}
	if what, err := lib.Undo(); err != nil || what != "delete annotation" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if got, err := lib.FindAnnotation(an.ID); err != nil || got.Target != an.Target {
		t.Errorf("after undo: %v", err)
	}
	if n, _ := lib.TrashCount(); n != 0 {
		t.Errorf("trash still holds %d after undo", n)
	}
	if what, _ := lib.Undo(); what != "annotate" {
		t.Errorf("second undo took back %q, want the creation", what)
	}
	if _, err := lib.FindAnnotation(an.ID); !errors.Is(err, ErrNoAnnotation) {
		t.Errorf("undoing the creation left the annotation: %v", err)
	}
	if n, _ := lib.TrashCount(); n != 1 {
		t.Errorf("undoing a creation must move the file to the trash, not remove it (trash %d)", n)
	}
	if what, err := lib.Redo(); err != nil || what != "annotate" {
		t.Errorf("redo: %q %v", what, err)
	}
	if _, err := lib.FindAnnotation(an.ID); err != nil {
		t.Errorf("redo did not bring it back: %v", err)
	}
	if n, err := lib.EmptyTrash(); err != nil || n != 0 {
		t.Errorf("empty trash: %d %v", n, err)
	}
	lib.Undo()
	lib.Undo()
	if _, err := lib.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo past the start: %v", err)
	}
}

func TestRenameTagAcrossLibraryIsOneUndoStep(t *testing.T) {
	lib, a := withSeed(t)
	r := lib.Import("other.txt", []byte("The yuan fell 2% this week.\n人民币本周下跌 2%。\n"))
	b, _ := lib.Article(r.ID)
	highlight(t, lib, a, article.EN, "nonbinding", "Forecast", "denial")
	highlight(t, lib, a, article.ZH, "不具约束力", "forecast")
	highlight(t, lib, b, article.EN, "yuan", "FORECAST ", "fx")
	before := tagsByQuote(t, lib)

	n, err := lib.RenameTag("forecast", "outlook")
	if err != nil || n != 3 {
		t.Fatalf("renamed %d: %v", n, err)
	}
	if n, _ := lib.RenameTag("forecast", "outlook"); n != 0 {
		t.Errorf("running the rename again changed %d annotations", n)
	}
	tags, _ := lib.Tags()
	if fmt.Sprint(tags) != "[{outlook 3} {denial 1} {fx 1}]" {
		t.Errorf("tags after rename %v", tags)
	}
	if n, _ := lib.RenameTag("denial", "Outlook"); n != 1 {
		t.Errorf("merge changed %d", n)
	}
	if tags, _ := lib.Tags(); fmt.Sprint(tags) != "[{outlook 3} {fx 1}]" {
		t.Errorf("tags after merge %v", tags)
	}
	for _, want := range []string{`rename tag "denial"`, `rename tag "forecast"`} {
		if what, err := lib.Undo(); err != nil || !strings.HasPrefix(what, want) {
			t.Errorf("undo took back %q (%v), want %s…", what, err, want)
		}
	}
	if got := tagsByQuote(t, lib); got != before {
		t.Errorf("tags after undoing both:\n%s\nwant, as before the renames:\n%s", got, before)
	}
}

// tagsByQuote lists every annotation's quote and tags, as spelled, in a
// stable order.
func tagsByQuote(t *testing.T, lib *Library) string {
	t.Helper()
	all, _, err := lib.AllAnnotations()
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, an := range all {
		lines = append(lines, fmt.Sprintf("%s %q", an.Target.Exact, an.Tags))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestReparseReanchorsAndOrphans(t *testing.T) {
	lib, a := withSeed(t)
	kept := highlight(t, lib, a, article.EN, "Microsoft Copilot")
	lost := highlight(t, lib, a, article.EN, "nonbinding")
	source := filepath.Join(lib.Dir(), "articles", seedID, "source.txt")
	data, _ := os.ReadFile(source)
	edited := strings.Replace(string(data), "was nonbinding", "was merely a letter of intent", 1)
	edited = strings.Replace(edited, "Microsoft is portrayed", "Redmond's Microsoft is portrayed", 1)
	os.WriteFile(source, []byte(edited), 0o644)

	r, err := lib.Reparse(seedID)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Changed || r.Moved != 1 || r.Orphaned != 1 {
		t.Errorf("report %+v", r)
	}
	k, _ := lib.FindAnnotation(kept.ID)
	l, _ := lib.FindAnnotation(lost.ID)
	if k.Orphan || k.Target.Start == kept.Target.Start || k.Target.Exact != "Microsoft Copilot" {
		t.Errorf("kept: %+v", k.Target)
	}
	if !l.Orphan || l.Target.Exact != "nonbinding" {
		t.Errorf("lost: orphan %v %+v", l.Orphan, l.Target)
	}
	if r, _ := lib.Reparse(seedID); r.Changed {
		t.Error("a second reparse changed the article again")
	}
}

// TestCrashKeepsAcknowledgedWrites kills a writer with SIGKILL at random
// moments, many times. After each kill every annotation file must parse and
// hold the last acknowledged version of its note (or the one in flight).
func TestCrashKeepsAcknowledgedWrites(t *testing.T) {
	if os.Getenv("TANDEM_CRASH_CHILD") == "1" {
		crashChild()
		return
	}
	lib, _ := withSeed(t)
	lib.Close()
	acked := map[string]int{}
	rounds := 25
	if testing.Short() {
		rounds = 5
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range rounds {
		killAfter := 1 + rng.IntN(30)
		runChildUntil(t, killAfter, acked)
		lib, err := Open(Options{})
		if err != nil {
			t.Fatalf("round %d: reopen after kill: %v", round, err)
		}
		list, aside, err := lib.Annotations(seedID)
		if err != nil || len(aside) > 0 {
			t.Fatalf("round %d: %v, set aside %v", round, err, aside)
		}
		onDisk := map[string]int{}
		for _, an := range list {
			onDisk[an.ID], _ = strconv.Atoi(strings.TrimPrefix(an.Note, "v"))
		}
		for id, v := range acked {
			// Every acknowledged write is there; the write in flight when
			// the kill came may be there too.
			if got := onDisk[id]; got != v && got != v+1 {
				t.Errorf("round %d: annotation %s holds v%d, acknowledged v%d", round, id, got, v)
			}
			acked[id] = max(v, onDisk[id])
		}
		lib.Close()
	}
	// Reading the annotations sweeps temporary files that a crash left,
	// and only those.
	lib, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	dir := filepath.Join(lib.Dir(), "articles", seedID, "annotations")
	crashed, inFlight := filepath.Join(dir, ".x.json.tmp-1"), filepath.Join(dir, ".x.json.tmp-2")
	for _, p := range []string{crashed, inFlight} {
		if err := os.WriteFile(p, []byte("{"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	hourAgo := time.Now().Add(-time.Hour)
	os.Chtimes(crashed, hourAgo, hourAgo)
	if _, _, err := lib.Annotations(seedID); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(crashed); !errors.Is(err, fs.ErrNotExist) {
		t.Error("a temporary file left by a crash an hour ago is still there")
	}
	if _, err := os.Stat(inFlight); err != nil {
		t.Errorf("a temporary file made after the library opened was removed: %v", err)
	}
}

// runChildUntil starts the writer, reads its acknowledgements, and kills it
// with SIGKILL after n of them, in the middle of whatever it is doing. It
// then reads what the writer acknowledged before it died but after the
// n-th, so acked holds every acknowledged write.
func runChildUntil(t *testing.T, n int, acked map[string]int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashKeepsAcknowledgedWrites$")
	cmd.Env = append(os.Environ(), "TANDEM_CRASH_CHILD=1")
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(out)
	ack := func() bool {
		var id string
		var v int
		if _, err := fmt.Sscanf(sc.Text(), "ack %s v%d", &id, &v); err == nil {
			acked[id] = v
			return true
		}
		return false
	}
	for seen := 0; seen < n && sc.Scan(); {
		if ack() {
			seen++
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	for sc.Scan() {
		ack()
	}
	cmd.Wait()
}

// crashChild creates five annotations and then edits them in turn forever,
// printing "ack ID vN" after each save returns.
func crashChild() {
	lib, err := Open(Options{})
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	a, _ := lib.Article(seedID)
	list, _, _ := lib.Annotations(seedID)
	for len(list) < 5 {
		tg, _ := annotation.NewTarget(a, article.EN, 0, len(list)*10, len(list)*10+5)
		list = append(list, annotation.New(a, tg, annotation.Green))
	}
	for i := 0; ; i++ {
		an := list[i%len(list)]
		v, _ := strconv.Atoi(strings.TrimPrefix(an.Note, "v"))
		an.Note = fmt.Sprintf("v%d", v+1)
		an.Modified = annotation.Now()
		if err := lib.SaveAnnotation(an); err != nil {
			fmt.Println("save:", err)
			os.Exit(1)
		}
		fmt.Printf("ack %s v%d\n", an.ID, v+1)
	}
}

func TestDeleteTagAndClaimVocabulary(t *testing.T) {
	lib, a := withSeed(t)
	an := highlight(t, lib, a, article.EN, "nonbinding", "denial", "AI")
	if n, err := lib.DeleteTag("ai"); err != nil || n != 1 {
		t.Fatalf("delete tag: %d %v", n, err)
	}
	got, _ := lib.FindAnnotation(an.ID)
	if len(got.Tags) != 1 || got.Tags[0] != "denial" {
		t.Errorf("tags after delete %q", got.Tags)
	}
	if what, _ := lib.Undo(); what != `delete tag "ai"` {
		t.Errorf("undo took back %q", what)
	}
	if got, _ := lib.FindAnnotation(an.ID); len(got.Tags) != 2 {
		t.Errorf("undo did not restore the tag: %q", got.Tags)
	}

	vocab, _ := lib.ClaimVocabulary()
	if len(vocab) != 5 || vocab[2].Name != "forecast" || vocab[2].Color != annotation.Purple {
		t.Fatalf("default vocabulary %+v", vocab)
	}
	vocab = append(vocab[:1], claimType("hedge", annotation.Blue))
	if err := lib.SetClaimVocabulary(vocab); err != nil {
		t.Fatal(err)
	}
	if names, _ := lib.ClaimTypes(); fmt.Sprint(names) != "[claim hedge]" {
		t.Errorf("names %v", names)
	}
	if err := lib.SetClaimVocabulary([]ClaimType{{"a", annotation.Blue}, {"A", annotation.Blue}}); err == nil {
		t.Error("a duplicate claim type was accepted")
	}
	os.WriteFile(filepath.Join(lib.Dir(), "claims.json"), []byte(`["forecast", "rumour"]`), 0o644)
	if v, err := lib.ClaimVocabulary(); err != nil || len(v) != 2 || v[0].Color != annotation.Purple || v[1].Color != annotation.Yellow {
		t.Errorf("old plain list: %+v %v", v, err)
	}
}

func claimType(name string, c annotation.Color) ClaimType { return ClaimType{Name: name, Color: c} }

// TestImportManyAnnotationsIsOneBatch imports enough annotations for them
// to be written as one batch (two syncs in all): every file lands and is
// listed, one undo takes them all back, and a batch whose last file cannot
// be put in place leaves no file of it and no temporary file behind.
func TestImportManyAnnotationsIsOneBatch(t *testing.T) {
	lib, a := withSeed(t)
	tg, err := annotation.FindQuote(a, article.EN, "Nvidia", 1)
	if err != nil {
		t.Fatal(err)
	}
	batch := func(n int) []*annotation.Annotation {
		var list []*annotation.Annotation
		for i := range n {
			an := annotation.New(a, tg, annotation.Yellow)
			an.Note = fmt.Sprintf("note %d", i)
			list = append(list, an)
		}
		return list
	}
	files := func() []string {
		names, _ := filepath.Glob(filepath.Join(lib.Dir(), "articles", seedID, "annotations", "*"))
		hidden, _ := filepath.Glob(filepath.Join(lib.Dir(), "articles", seedID, "annotations", ".*"))
		return append(names, hidden...)
	}

	list := batch(2 * manyWrites)
	if r := lib.ImportAnnotations(list); len(r.Errs) != 0 || r.Imported != len(list) {
		t.Fatalf("imported %d of %d: %v", r.Imported, len(list), r.Errs)
	}
	if got := files(); len(got) != len(list) {
		t.Fatalf("%d files after the import, want %d: %v", len(got), len(list), got)
	}
	got, _, err := lib.Annotations(seedID)
	if err != nil || len(got) != len(list) {
		t.Fatalf("listed %d annotations (%v), want %d", len(got), err, len(list))
	}
	if what, err := lib.Undo(); err != nil || what != "import annotations" {
		t.Fatalf("undo: %q %v", what, err)
	}
	if got := files(); len(got) != 0 {
		t.Fatalf("undo left %v", got)
	}

	// A batch over annotations already there records what each was, and
	// takes a written annotation's copy out of the trash.
	list = batch(2 * manyWrites)
	if r := lib.ImportAnnotations(list); len(r.Errs) != 0 {
		t.Fatal(r.Errs)
	}
	if _, err := lib.DeleteAnnotation(list[0].ID); err != nil {
		t.Fatal(err)
	}
	for _, an := range list {
		an.Note += " (edited)"
	}
	if r := lib.ImportAnnotations(list); len(r.Errs) != 0 || r.Imported != len(list) {
		t.Fatalf("imported %d of %d again: %v", r.Imported, len(list), r.Errs)
	}
	if _, err := os.Stat(filepath.Join(lib.Dir(), "trash", seedID, list[0].ID+".json")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the trash still holds the annotation written again (%v)", err)
	}
	if what, err := lib.Undo(); err != nil || what != "import annotations" {
		t.Fatalf("undo: %q %v", what, err)
	}
	got, _, err = lib.Annotations(seedID)
	if err != nil || len(got) != len(list)-1 {
		t.Fatalf("after undoing the second import: %d annotations (%v), want %d", len(got), err, len(list)-1)
	}
	for _, an := range got {
		if strings.HasSuffix(an.Note, "(edited)") {
			t.Fatalf("undo kept the edited note %q", an.Note)
		}
	}
	for range 2 {
		if _, err := lib.Undo(); err != nil {
			t.Fatal(err)
		}
	}
	if got := files(); len(got) != 0 {
		t.Fatalf("undo left %v", got)
	}

	list = batch(2 * manyWrites)
	last := list[len(list)-1]
	// A folder where the last file goes: its rename fails after the others.
	if err := os.MkdirAll(filepath.Join(lib.Dir(), "articles", seedID, "annotations", last.ID+".json"), 0o755); err != nil {
		t.Fatal(err)
	}
	if r := lib.ImportAnnotations(list); len(r.Errs) != 1 || !strings.Contains(r.Errs[0].Error(), "rename") {
		t.Fatalf("a batch with a folder in its way: %v, want the rename's error", r.Errs)
	}
	if got := files(); len(got) != 1 {
		t.Errorf("after the failed batch: %v, want only the folder", got)
	}
	if what, err := lib.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo after the failed batch: %q %v, want nothing to undo", what, err)
	}
}

// TestTaggedArticlesAreListAndTagged: the articles with tagged
// annotations come in List's order with List's titles, sources and
// dates, their annotations are Tagged's in Tagged's order, an untagged
// article or highlight is left out, and a caller's append to one
// article's annotations copies them; so too after the catalog is read
// back from its file.
func TestTaggedArticlesAreListAndTagged(t *testing.T) {
	lib, a := withSeed(t)
	highlight(t, lib, a, article.EN, "Microsoft Copilot", "forecast")
	highlight(t, lib, a, article.ZH, "不具约束力", "denial", "ai")
	highlight(t, lib, a, article.ZH, "1.4 兆美元", "number")
	highlight(t, lib, a, article.EN, "Claude Cowork")
	for _, text := range []string{"The yuan fell 2% this week.\n人民币本周下跌 2%。\n\n2025-03-01 · 00112233445566\n",
		"Rates held.\n利率不变。\n\n2024-01-01 · 00112233445577\n"} {
		r := lib.Import("x.txt", []byte(text))
		if r.Status != Imported {
			t.Fatal(r.Err)
		}
		if strings.HasPrefix(text, "The yuan") {
			b, _ := lib.Article(r.ID)
			highlight(t, lib, b, article.EN, "yuan fell", "Forecast")
		}
	}
	check := func(lib *Library) {
		t.Helper()
		list, err := lib.List()
		if err != nil {
			t.Fatal(err)
		}
		tagged, err := lib.Tagged()
		if err != nil {
			t.Fatal(err)
		}
		arts, err := lib.TaggedArticles()
		if err != nil {
			t.Fatal(err)
		}
		var want []TaggedArticle
		for _, s := range list {
			if len(s.Tags) > 0 {
				want = append(want, TaggedArticle{ID: s.ID, Title: s.Title, Source: s.Source, Date: s.Date})
			}
		}
		var got []TaggedArticle
		var anns []*annotation.Annotation
		for _, ta := range arts {
			got = append(got, TaggedArticle{ID: ta.ID, Title: ta.Title, Source: ta.Source, Date: ta.Date})
			anns = append(anns, ta.Tagged...)
			for _, an := range ta.Tagged {
				if an.Article != ta.ID {
					t.Errorf("annotation %s of %s listed under %s", an.ID, an.Article, ta.ID)
				}
			}
		}
		if len(got) != 2 || !slices.EqualFunc(got, want, func(a, b TaggedArticle) bool {
			return a.ID == b.ID && a.Title == b.Title && a.Source == b.Source && a.Date == b.Date
		}) {
			t.Errorf("articles %v, want %v", got, want)
		}
		if len(anns) != 4 || !slices.Equal(anns, tagged) {
			t.Errorf("annotations %v, want Tagged's %v", anns, tagged)
		}
		for _, ta := range arts {
			if cap(ta.Tagged) != len(ta.Tagged) {
				t.Errorf("%s: an append to its annotations would write into the catalog's", ta.ID)
			}
		}
	}
	check(lib)
	lib.Close()
	reader, err := Open(Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	check(reader)
}

// TestTaggedAfterCatchingUpReadsTheCatalogFile: a catalog that caught up
// with another process's changes reads the tagged annotations of the
// articles it did not read again from its file, as they were, instead of
// reading every article again (which would show the damaged one below
// as damaged).
func TestTaggedAfterCatchingUpReadsTheCatalogFile(t *testing.T) {
	lib, a := withSeed(t)
	first := highlight(t, lib, a, article.EN, "Microsoft Copilot", "forecast")
	r := lib.Import("x.txt", []byte("Another piece.\n\nAbout rates.\n"))
	if r.Status != Imported {
		t.Fatal(r.Err)
	}
	if _, err := lib.Tagged(); err != nil {
		t.Fatal(err)
	}
	lib.Close()

	writer, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	second := highlight(t, writer, a, article.ZH, "不具约束力", "denial")
	writer.Close()
	if err := os.WriteFile(filepath.Join(lib.Dir(), "articles", r.ID, "article.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}

	reader, err := Open(Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if _, err := reader.List(); err != nil {
		t.Fatal(err)
	}
	tagged, err := reader.Tagged()
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, an := range tagged {
		ids = append(ids, an.ID)
	}
	if want := []string{second.ID, first.ID}; !slices.Equal(ids, want) && !slices.Equal(ids, []string{first.ID, second.ID}) {
		t.Errorf("tagged %v, want %v", ids, want)
	}
	list, err := reader.List()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.Problem != "" {
			t.Errorf("%s listed with a problem (%s): every article was read again", s.ID, s.Problem)
		}
	}
}

// TestImportAnnotationsReportsInOrder imports enough annotations for them
// to be anchored and encoded on every core, every third quoting words the
// text does not have and every fifth a repeat: the orphans and the errors
// come in the order of the list, and every other annotation lands.
func TestImportAnnotationsReportsInOrder(t *testing.T) {
	lib, a := withSeed(t)
	tg, err := annotation.FindQuote(a, article.EN, "Nvidia", 1)
	if err != nil {
		t.Fatal(err)
	}
	var list []*annotation.Annotation
	var wantOrphans, wantErrs []string
	for i := range 100 {
		if i%5 == 4 {
			list = append(list, list[i-1]) // a repeat of the one before
			wantErrs = append(wantErrs, list[i-1].ID)
			continue
		}
		an := annotation.New(a, tg, annotation.Yellow)
		if i%3 == 0 {
			an.Target.Pair, an.Target.Exact = 999, "words the article does not have"
			wantOrphans = append(wantOrphans, an.ID)
		}
		list = append(list, an)
	}
	r := lib.ImportAnnotations(list)
	var orphans, errs []string
	for _, an := range r.Orphans {
		orphans = append(orphans, an.ID)
	}
	for _, err := range r.Errs {
		if !errors.Is(err, ErrDuplicateAnnotation) {
			t.Fatalf("unexpected error: %v", err)
		}
		errs = append(errs, strings.Fields(err.Error())[1][:36])
	}
	if !slices.Equal(orphans, wantOrphans) {
		t.Errorf("orphans %v,\nwant %v", orphans, wantOrphans)
	}
	if !slices.Equal(errs, wantErrs) {
		t.Errorf("repeats reported %v,\nwant %v", errs, wantErrs)
	}
	if want := len(list) - len(wantErrs); r.Imported != want {
		t.Errorf("imported %d, want %d", r.Imported, want)
	}
	got, _, err := lib.Annotations(seedID)
	if err != nil || len(got) != r.Imported {
		t.Errorf("listed %d annotations (%v), want %d", len(got), err, r.Imported)
	}
}
