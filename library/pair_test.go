package library

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/article"
)

// wmtRows reads the WMT newstest2020 zh–en segments: real Chinese news
// paragraphs and their published English translations (see
// internal/eval/testdata/wmt/README.md).
func wmtRows(t testing.TB) [][2]string {
	t.Helper()
	f, err := os.Open("../internal/eval/testdata/wmt/newstest2020.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][2]string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if f := strings.Split(sc.Text(), "\t"); len(f) == 3 {
			rows = append(rows, [2]string{f[1], f[2]})
		}
	}
	if len(rows) < 100 {
		t.Fatalf("%d WMT rows", len(rows))
	}
	return rows
}

// versions returns rows from..to-1 as a Chinese text file and an English
// HTML page.
func versions(t testing.TB, from, to int) (zh, en []byte) {
	rows := wmtRows(t)
	var z, e strings.Builder
	e.WriteString("<!doctype html><html><head><meta charset=utf-8><title>News digest</title></head><body><h1>News digest</h1>\n")
	for _, r := range rows[from:to] {
		z.WriteString(r[0] + "\n\n")
		e.WriteString("<p>" + html.EscapeString(r[1]) + "</p>\n")
	}
	e.WriteString("</body></html>\n")
	return []byte(z.String()), []byte(e.String())
}

func TestImportPairKeepsBothSources(t *testing.T) {
	lib := openTemp(t, nil)
	zh, en := versions(t, 0, 10)
	r := lib.ImportPair("digest.html", en, "digest.txt", zh)
	if r.Status != Imported || r.Err != nil {
		t.Fatalf("import: %s %v", r.Status, r.Err)
	}
	if r.Path != "digest.html" || r.OtherPath != "digest.txt" || r.Pairs != 10 || r.Title != "News digest" {
		t.Errorf("result %+v", r)
	}
	dir := filepath.Join(lib.Dir(), "articles", r.ID)
	for name, want := range map[string][]byte{"source.zh.txt": zh, "source.en.html": en} {
		if got, err := os.ReadFile(filepath.Join(dir, name)); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is not the imported bytes (%v)", name, err)
		}
	}
	var rec record
	data, _ := os.ReadFile(filepath.Join(dir, "article.json"))
	if err := json.Unmarshal(data, &rec); err != nil {
		t.Fatal(err)
	}
	if rec.SourceFile != "source.zh.txt" || rec.OtherSourceFile != "source.en.html" || rec.SourceHash != sha256Hex(zh) || rec.OtherSourceHash != sha256Hex(en) {
		t.Errorf("article.json names %q %q %q %q", rec.SourceFile, rec.SourceHash, rec.OtherSourceFile, rec.OtherSourceHash)
	}
	a, err := lib.Article(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	rows := wmtRows(t)
	for i, p := range a.Pairs {
		if p.ZH != rows[i][0] || !strings.HasPrefix(p.EN, rows[i][1][:20]) {
			t.Errorf("pair %d: %.20q | %.30q", i, p.ZH, p.EN)
		}
	}
	if a.Format != article.FormatPair || a.TitleEN != "News digest" {
		t.Errorf("format %q, English title %q", a.Format, a.TitleEN)
	}

	before := snapshot(t, lib.Dir())
	for _, again := range []Result{lib.ImportPair("x.txt", zh, "y.html", en), lib.ImportPair("y.html", en, "x.txt", zh)} {
		if again.Status != Duplicate || again.ID != r.ID {
			t.Errorf("imported again: %s %s %v, want a duplicate of %s", again.Status, again.ID, again.Err, r.ID)
		}
	}
	if rep, err := lib.Reparse(r.ID); err != nil || rep.Changed {
		t.Errorf("reparse of an unchanged pair: %+v %v", rep, err)
	}
	if snapshot(t, lib.Dir()) != before {
		t.Error("importing the pair again or reparsing it changed the library")
	}
	if one := lib.Import("digest.txt", zh); one.Status != Imported || one.ID == r.ID {
		t.Errorf("the Chinese version alone: %s %s %v, want a new article", one.Status, one.ID, one.Err)
	}
}

func TestImportPairFailuresNameTheFileAndSaveNothing(t *testing.T) {
	lib := openTemp(t, nil)
	zh, en := versions(t, 0, 5)
	_, en2 := versions(t, 5, 10)
	before := snapshot(t, lib.Dir())
	for _, tc := range []struct {
		name         string
		nameA, nameB string
		a, b         []byte
		want         error
		names        []string
	}{
		{"same language", "a.html", "b.html", en, en2, article.ErrSameLanguage, []string{"a.html", "b.html"}},
		{"binary", "zh.txt", "scan.png", zh, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), article.ErrBinary, []string{"scan.png"}},
		{"empty", "empty.txt", "en.html", nil, en, article.ErrEmpty, []string{"empty.txt"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := lib.ImportPair(tc.nameA, tc.a, tc.nameB, tc.b)
			if r.Status != Failed || !errors.Is(r.Err, tc.want) {
				t.Fatalf("%s %v, want failed with %v", r.Status, r.Err, tc.want)
			}
			for _, n := range tc.names {
				if !strings.Contains(r.Err.Error(), n) {
					t.Errorf("%q does not name %s", r.Err, n)
				}
			}
		})
	}
	missing := filepath.Join(t.TempDir(), "gone.pdf")
	if r := lib.ImportPairFiles(context.Background(), missing, missing); r.Status != Failed || !strings.Contains(r.Err.Error(), "gone.pdf") {
		t.Errorf("a missing file: %s %v", r.Status, r.Err)
	}
	if snapshot(t, lib.Dir()) != before {
		t.Error("a failed pair changed the library")
	}
}

// TestPairAttachesTheOtherLanguage imports the Chinese version alone,
// highlights it, then attaches the English: the highlight stays on its
// words, both files are kept, and one undo takes the pairing back.
func TestPairAttachesTheOtherLanguage(t *testing.T) {
	lib := openTemp(t, nil)
	zh, en := versions(t, 20, 32)
	r := lib.Import("zh.txt", zh)
	if r.Status != Imported {
		t.Fatal(r.Err)
	}
	one, _ := lib.Article(r.ID)
	rows := wmtRows(t)
	quote := []rune(rows[25][0])[4:16]
	an := highlight(t, lib, one, article.ZH, string(quote), "pairing")

	a, report, err := lib.Pair(r.ID, "en.html", en)
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != r.ID || a.Format != article.FormatPair || len(a.Pairs) != 12 || report.Orphaned != 0 {
		t.Errorf("paired: id %s, format %s, %d pairs, report %+v", a.ID, a.Format, len(a.Pairs), report)
	}
	got, err := lib.FindAnnotation(an.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Orphan || got.Target.Exact != string(quote) || got.Target.Pair != 5 || a.Pairs[5].EN == "" {
		t.Errorf("the highlight is now %+v (orphan %v)", got.Target, got.Orphan)
	}
	if p := a.Pairs[5]; !strings.HasPrefix(p.EN, rows[25][1][:20]) {
		t.Errorf("the highlighted paragraph pairs with %.40q", p.EN)
	}
	dir := filepath.Join(lib.Dir(), "articles", r.ID)
	if got, err := os.ReadFile(filepath.Join(dir, "source.en.html")); err != nil || !bytes.Equal(got, en) {
		t.Errorf("source.en.html is not the attached bytes (%v)", err)
	}
	if rep, err := lib.Reparse(r.ID); err != nil || rep.Changed {
		t.Errorf("reparse after pairing: %+v %v", rep, err)
	}
	if _, _, err := lib.Pair(r.ID, "en.html", en); !errors.Is(err, ErrPaired) {
		t.Errorf("a second pairing: %v, want ErrPaired", err)
	}
	if what, err := lib.Undo(); err != nil || !strings.Contains(what, "en.html") {
		t.Fatalf("undo: %q %v", what, err)
	}
	back, _ := lib.Article(r.ID)
	if !sameText(back, one) {
		t.Error("undo did not bring back the one-language article")
	}
	if _, _, err := lib.Pair(r.ID, "zh2.txt", zh); !errors.Is(err, article.ErrSameLanguage) || !strings.Contains(err.Error(), "zh2.txt") {
		t.Errorf("pairing Chinese with Chinese: %v", err)
	}
}
