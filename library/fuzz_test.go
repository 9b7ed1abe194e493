package library

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/testenv"
)

// fuzzLibrary makes a library in temporary folders holding the sample
// article with two highlights, one edited and one deleted, and an
// alignment edit, so its files and journal are seeds of every shape.
func fuzzLibrary(f *testing.F) (*Library, *article.Article) {
	f.Helper()
	testenv.Isolate(f)
	lib, err := Open(Options{})
	if err != nil {
		f.Fatal(err)
	}
	if r := lib.Import("seed.txt", testenv.Seed(f)); r.Status != Imported {
		f.Fatal(r.Err)
	}
	a, err := lib.Article(seedID)
	if err != nil {
		f.Fatal(err)
	}
	for i, quote := range []string{"nonbinding", "Microsoft Copilot"} {
		tg, err := annotation.FindQuote(a, article.EN, quote, 1)
		if err != nil {
			f.Fatal(err)
		}
		an := annotation.New(a, tg, annotation.Yellow)
		an.AddTag("claim:fact")
		if err := lib.SaveAnnotation(an); err != nil {
			f.Fatal(err)
		}
		an.Note = "a **note** with <html> & \"quotes\""
		if err := lib.SaveAnnotation(an); err != nil {
			f.Fatal(err)
		}
		if i == 1 {
			if _, err := lib.DeleteAnnotation(an.ID); err != nil {
				f.Fatal(err)
			}
		}
	}
	if _, _, err := lib.EditAlignment(seedID, article.Edit{Op: article.OpMerge, Pair: 0}); err != nil {
		f.Fatal(err)
	}
	// Closed, so that no background work (the index) runs beside the fuzzed
	// function; the readers fuzzed read files only.
	if err := lib.Close(); err != nil {
		f.Fatal(err)
	}
	return lib, a
}

// addFiles adds every file matching pattern as a seed.
func addFiles(f *testing.F, pattern string) {
	f.Helper()
	paths, _ := filepath.Glob(pattern)
	if len(paths) == 0 {
		f.Fatalf("no seeds match %s", pattern)
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

// garbage seeds every reader with input that must be an error.
var garbage = []string{"", "null", "{}", "[]", "0", `"x"`, "{", `{"id":1}`, "\x00\xff", `{"changes":null}`}

// TestReadersRefuseGarbage holds the readers of library files to an error
// for what is not a file of theirs.
func TestReadersRefuseGarbage(t *testing.T) {
	for _, g := range garbage {
		t.Run(fmt.Sprintf("%q", g), func(t *testing.T) {
			if _, err := parseRecord([]byte(g), seedID); err == nil {
				t.Error("parseRecord: no error")
			}
			if _, err := parseAnnotation([]byte(g), "0aaaaaaa-0000-4000-8000-000000000000.json", seedID); err == nil {
				t.Error("parseAnnotation: no error")
			}
			if _, err := parseStep([]byte(g)); !errors.Is(err, ErrHistoryDamaged) {
				t.Errorf("parseStep: %v, want ErrHistoryDamaged", err)
			}
		})
	}
}

// FuzzRecord reads any article.json: it is an error or a record that names
// its folder, and whatever loads can be read as a reader reads it (texts,
// sentences, counterparts, re-anchoring) without panicking.
func FuzzRecord(f *testing.F) {
	lib, a := fuzzLibrary(f)
	addFiles(f, filepath.Join(lib.Dir(), "articles", "*", "article.json"))
	for _, golden := range []string{"digest_seed", "grouped_uneven", "hard_wrapped"} {
		data, err := os.ReadFile(filepath.Join("..", "article", "testdata", "parse", golden+".golden.json"))
		if err != nil {
			f.Fatal(err)
		}
		var m map[string]any
		json.Unmarshal(data, &m)
		m["id"] = seedID
		data, _ = json.Marshal(m)
		f.Add(data)
	}
	for _, g := range garbage {
		f.Add([]byte(g))
	}
	target, err := annotation.FindQuote(a, article.EN, "nonbinding", 1)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rec, err := parseRecord(data, seedID)
		if err != nil {
			return
		}
		if rec.ID != seedID || rec.Article == nil {
			t.Fatalf("read a record of %q", rec.ID)
		}
		rec.Article.Check()
		for i := range rec.Article.Pairs {
			p := &rec.Article.Pairs[i]
			for _, lang := range []article.Lang{article.ZH, article.EN} {
				for _, s := range p.Sentences(lang) {
					if tg, err := annotation.NewTarget(rec.Article, lang, i, s.Start, s.End); err == nil {
						annotation.CounterpartOf(rec.Article, tg)
					}
				}
			}
		}
		annotation.Reanchor(rec.Article, target)
		again, err := json.Marshal(rec)
		if err != nil {
			t.Fatalf("a record read cannot be written: %v", err)
		}
		if _, err := parseRecord(again, seedID); err != nil {
			t.Fatalf("a record written cannot be read again: %v", err)
		}
	})
}

// FuzzAnnotationFile reads any annotation file: it is an error or an
// annotation of its article whose id is its file name, which can be
// written and read again and re-anchored without panicking.
func FuzzAnnotationFile(f *testing.F) {
	lib, a := fuzzLibrary(f)
	addFiles(f, filepath.Join(lib.Dir(), "articles", "*", "annotations", "*.json"))
	addFiles(f, filepath.Join(lib.Dir(), "trash", "*", "*.json"))
	for _, g := range garbage {
		f.Add([]byte(g))
	}
	names := map[string]bool{}
	for _, dir := range []string{filepath.Join(lib.Dir(), "articles", seedID, "annotations"), filepath.Join(lib.Dir(), "trash", seedID)} {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			names[e.Name()] = true
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for name := range names {
			an, err := parseAnnotation(data, name, seedID)
			if err != nil {
				continue
			}
			if an.Article != seedID || an.ID+".json" != name {
				t.Fatalf("read annotation %s of %s from file %s", an.ID, an.Article, name)
			}
			out, err := an.MarshalW3C()
			if err != nil {
				t.Fatalf("an annotation read cannot be written: %v", err)
			}
			if _, err := parseAnnotation(out, name, seedID); err != nil {
				t.Fatalf("an annotation written cannot be read again: %v\n%s", err, out)
			}
			an.Reanchor(a)
		}
	})
}

// FuzzJournalStep reads any step of the undo history: it is an error or a
// step that names only articles' and annotations' files, which undo and
// redo can compare with the files without panicking.
func FuzzJournalStep(f *testing.F) {
	lib, _ := fuzzLibrary(f)
	addFiles(f, filepath.Join(lib.Dir(), "journal", "*", "*.json"))
	for _, g := range garbage {
		f.Add([]byte(g))
	}
	f.Add([]byte(`{"what":"x","changes":[{"article":"../../etc","id":"passwd","after":{}}]}`))
	f.Add([]byte(`{"what":"x","changes":[{"article":"` + seedID + `","file":"article","before":{"id":"other"},"after":{"id":"other"}}]}`))
	f.Add([]byte(`{"what":"x","changes":[{"article":"` + seedID + `","file":"../source.txt","after":{}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := parseStep(data)
		if err != nil {
			return
		}
		for _, c := range s.Changes {
			if err := c.check(); err != nil {
				t.Fatalf("read a step with a change it refuses: %v", err)
			}
		}
		lib.mu.Lock()
		lib.pending(s, true)
		lib.pending(s, false)
		lib.mu.Unlock()
		again, err := encodeStep(s)
		if err != nil {
			t.Fatalf("a step read cannot be written: %v", err)
		}
		back, err := parseStep(again)
		if err != nil {
			t.Fatalf("a step written cannot be read again: %v\n%s", err, again)
		}
		if !sameStep(back, s) {
			t.Fatalf("a step written reads back different:\n%s", again)
		}
	})
}

// TestEncodeStep holds the step writer to json.Marshal: the same step
// read back, whatever the states' spacing and characters, and an error
// for a state that is not JSON.
func TestEncodeStep(t *testing.T) {
	when := time.Date(2026, 12, 3, 1, 2, 3, 4, time.UTC)
	s := step{What: "import <annotations> & \"more\"", Time: when, Changes: []change{
		{Article: seedID, ID: "0b1c2d3e-0000-4000-8000-000000000001", After: json.RawMessage("{\n  \"note\": \"<b>投资</b> \\u2028\"\n}")},
		{Article: seedID, ID: "0b1c2d3e-0000-4000-8000-000000000002", Before: json.RawMessage(`{"a":[1, 2]}`), After: json.RawMessage(`{"a":[]}`)},
		{Article: seedID, File: articleFile, Before: json.RawMessage(`{"id":"` + seedID + `"}`), After: json.RawMessage(`{"id":"` + seedID + `","title":"t"}`)},
		{Article: seedID, ID: "0b1c2d3e-0000-4000-8000-000000000003", Before: json.RawMessage(`{}`)},
	}}
	data, err := encodeStep(s)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var got, marshalled step
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if err := json.Unmarshal(want, &marshalled); err != nil {
		t.Fatal(err)
	}
	if !sameStep(got, marshalled) || !sameStep(got, s) {
		t.Errorf("encodeStep wrote\n%s\njson.Marshal\n%s", data, want)
	}
	s.Changes[1].Before = json.RawMessage(`{"a":`)
	if _, err := encodeStep(s); err == nil {
		t.Error("a state that is not JSON was recorded")
	}
}

// sameStep says whether two steps record the same changes, states
// compared as JSON values rather than as text.
func sameStep(a, b step) bool {
	if a.What != b.What || !a.Time.Equal(b.Time) || len(a.Changes) != len(b.Changes) {
		return false
	}
	compact := func(m json.RawMessage) string {
		var v any
		if json.Unmarshal(m, &v) != nil {
			return "invalid " + string(m)
		}
		out, _ := json.Marshal(v)
		return string(out)
	}
	for i, c := range a.Changes {
		d := b.Changes[i]
		if c.Article != d.Article || c.ID != d.ID || c.File != d.File ||
			compact(c.Before) != compact(d.Before) || compact(c.After) != compact(d.After) {
			return false
		}
	}
	return true
}

// FuzzArticleID holds isArticleID to the pattern it stands for.
func FuzzArticleID(f *testing.F) {
	pattern := regexp.MustCompile(`^[0-9A-Za-z][0-9A-Za-z_-]{0,80}$`)
	for _, s := range []string{"2026-02-05-fb404c39", "", "-x", "a_b", "../x", "ü", strings.Repeat("a", 81), strings.Repeat("a", 82), "a b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isArticleID(s), pattern.MatchString(s); got != want {
			t.Errorf("isArticleID(%q) = %v, the pattern says %v", s, got, want)
		}
	})
}

// FuzzCatalogFile reads arbitrary bytes as the catalog: a damaged file is
// refused (and built again from the articles), never a panic; one that is
// read writes back as it was read. The checksum of a header of format 4
// is made right first, so that the lines are read. When they are in
// order, one an article (listable), they list straight from the file as
// the loaded catalog lists them.
func FuzzCatalogFile(f *testing.F) {
	lines := "2026-02-05-fb404c39\tstamp\tA title\t一个标题\tFT\t2026-02-05\t3\t2\t1\t\t1\tforecast\tforecast\t2\n" +
		"2026-01-05-0b404c39\tstamp\tAn\\ttab\t\tFT\t2026-01-05\t3\t0\t0\t\t0\n"
	tagged := "2026-02-05-fb404c39\tuuid-1\ten\t0\t4\tquote\t1\t引文\tyellow\t0\ta note\\nwith a line\tforecast\n"
	f.Add([]byte(fmt.Sprintf("tandem-catalog 4\tabc\t56\t17\t%d\t0\n", len(lines)) + lines + "tagged\n" + tagged))
	f.Add([]byte("tandem-catalog 3\tabc\t56\t17\n" + lines + "tagged\n" + tagged))
	f.Add([]byte("tandem-catalog 4\tabc\t0\t0\t0\t0\ntagged\n"))
	f.Add([]byte("tandem-catalog 3\tabc\t0\t0\ntagged\n"))
	f.Add([]byte("tandem-catalog 2\tabc\t0\t0\ntagged\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "catalog")
		if err := os.WriteFile(path, withChecksum(data), 0o644); err != nil {
			t.Fatal(err)
		}
		mh, mapped, unmap, merr := mapCatalogArticles(path) // never a panic, whatever the file
		switch h, text, err := readCatalogArticles(path); {
		case merr != nil && unmap != nil:
			t.Errorf("mapping failed (%v) and left the file mapped", merr)
		case merr == nil && (err != nil || h.articles < 0 || mh != h || mapped != text):
			t.Errorf("mapped the article lines of a file that reads as %+v, %v", h, err)
		}
		if unmap != nil {
			unmap()
		}
		c := &catalog{path: path}
		if c.readArticles() != nil {
			return
		}
		if h, text, err := readCatalogArticles(path); err == nil && h.articles >= 0 && listable(text) {
			var streamed []Summary
			if err := eachSummary(text, func(s Summary) error { streamed = append(streamed, s); return nil }); err != nil {
				t.Fatal(err)
			}
			loaded := c.sorted()
			if len(streamed) != len(loaded) {
				t.Fatalf("listed %d articles from the file, the catalog holds %d", len(streamed), len(loaded))
			}
			for i, a := range loaded {
				if !reflect.DeepEqual(streamed[i], a.Summary) {
					t.Errorf("article %d listed from the file as\n%+v\nloaded as\n%+v", i, streamed[i], a.Summary)
				}
			}
		}
		if c.readTagged() != nil {
			return
		}
		before := snapshotCatalog(c)
		if err := c.write(); err != nil {
			t.Fatal(err)
		}
		again := &catalog{path: path}
		if err := again.readArticles(); err != nil {
			t.Fatalf("the catalog written back does not read: %v", err)
		}
		if err := again.readTagged(); err != nil {
			t.Fatalf("its tagged annotations do not read: %v", err)
		}
		if after := snapshotCatalog(again); after != before {
			t.Errorf("read back\n%s\nwant\n%s", after, before)
		}
		if _, text, err := readCatalogArticles(path); err != nil || !listable(text) {
			t.Errorf("the catalog written back is not in order, one line an article (%v)", err)
		}
	})
}

// withChecksum puts the right checksum of the article lines into a
// header of format 4 that says how long they are.
func withChecksum(data []byte) []byte {
	head, rest, ok := bytes.Cut(data, []byte("\n"))
	f := strings.Split(string(head), "\t")
	if !ok || len(f) != 6 || f[0] != catalogMagic {
		return data
	}
	n, err := strconv.Atoi(f[4])
	if err != nil || n < 0 || n > len(rest) {
		return data
	}
	f[5] = fmt.Sprintf("%08x", crc32.Checksum(rest[:n], castagnoli))
	return append([]byte(strings.Join(f, "\t")+"\n"), rest...)
}

// listable reports whether the article lines of a catalog file are as the
// catalog writes them: each line reads, they are in List's order and no
// ID comes twice. The catalog loaded from them then lists them as they
// stand.
func listable(text string) bool {
	seen := map[string]bool{}
	f := make([]string, 0, 32)
	var prev Summary
	for len(text) > 0 {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		var ok bool
		if f, _, ok = splitArticle(f[:0], line); !ok {
			return false
		}
		s := summaryOf(f, 0, false)
		if seen[s.ID] || len(seen) > 0 && newerFirst(s, prev) {
			return false
		}
		seen[s.ID], prev = true, s
	}
	return true
}

// snapshotCatalog prints what a catalog holds, in a stable order.
func snapshotCatalog(c *catalog) string {
	var b strings.Builder
	for _, a := range c.sorted() {
		fmt.Fprintf(&b, "%+v %s %v\n", a.Summary, a.stamp, a.spellings)
		for _, an := range a.notes {
			fmt.Fprintf(&b, "  %s %s %+v %v %q %s %v %q\n", an.ID, an.Article, an.Target, an.Counterpart != nil, an.Note, an.Color, an.Orphan, an.Tags)
		}
	}
	return b.String()
}

// FuzzChangeJournal reads arbitrary bytes as the change journal: lines
// that are not changes are skipped, never a panic, and the position
// returned never goes back nor past the end.
func FuzzChangeJournal(f *testing.F) {
	f.Add([]byte("tandem-changes 1 abc\na 2026-02-05-fb404c39\nn x\n"), int64(0))
	f.Add([]byte("tandem-changes 1 abc after def 12\na id\nhalf"), int64(20))
	f.Add([]byte("junk"), int64(3))
	f.Fuzz(func(t *testing.T, data []byte, offset int64) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, changesFile), data, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(filepath.Join(dir, changesFile))
		if err != nil {
			t.Fatal(err)
		}
		h, herr := statJournal(f)
		f.Close()
		from := Position{Epoch: h.epoch, Offset: offset}
		changes, pos, err := readChanges(dir, from)
		if herr != nil || err != nil {
			return
		}
		if pos.Offset > int64(len(data)) || pos.Offset < min(offset, int64(len(data))) && offset >= 0 {
			t.Errorf("position %d read from %d in %d bytes", pos.Offset, offset, len(data))
		}
		for _, c := range changes {
			if !isArticleID(c.ID) {
				t.Errorf("change of %q, not an article ID", c.ID)
			}
		}
	})
}
