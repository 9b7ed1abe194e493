package cli

import (
	"bufio"
	"encoding/json"
	htmlpkg "html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/article"
	"tandem/internal/testenv"
	"tandem/library"
)

// writeVersions writes WMT newstest2020 segments from..to-1 (real news and
// its published translation, see internal/eval/testdata/wmt/README.md) as
// a Chinese text file and an English HTML page, and returns their paths
// and the rows.
func writeVersions(t *testing.T, from, to int) (zhPath, enPath string, rows [][2]string) {
	t.Helper()
	f, err := os.Open("../internal/eval/testdata/wmt/newstest2020.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if f := strings.Split(sc.Text(), "\t"); len(f) == 3 {
			rows = append(rows, [2]string{f[1], f[2]})
		}
	}
	rows = rows[from:to]
	var zh, en strings.Builder
	en.WriteString("<!doctype html><html><head><meta charset=utf-8><title>News digest</title></head><body>\n")
	for _, r := range rows {
		zh.WriteString(r[0] + "\n\n")
		en.WriteString("<p>" + htmlpkg.EscapeString(r[1]) + "</p>\n")
	}
	en.WriteString("</body></html>\n")
	dir := t.TempDir()
	zhPath, enPath = filepath.Join(dir, "zh.txt"), filepath.Join(dir, "en.html")
	os.WriteFile(zhPath, []byte(zh.String()), 0o644)
	os.WriteFile(enPath, []byte(en.String()), 0o644)
	return zhPath, enPath, rows
}

func TestImportPairJSON(t *testing.T) {
	testenv.Isolate(t)
	zh, en, _ := writeVersions(t, 30, 40)
	code, out, errOut := run(t, "import", "--json", "--pair", en, zh)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var records []importRecord
	if err := json.Unmarshal([]byte(out), &records); err != nil || len(records) != 1 {
		t.Fatalf("not one JSON record (%v):\n%s", err, out)
	}
	if r := records[0]; r.Status != "imported" || r.Path != en || r.OtherPath != zh || r.Pairs != 10 || r.Title != "News digest" {
		t.Errorf("record %+v", r)
	}
	if code, out, _ := run(t, "import", "--pair", zh, en); code != 0 || !strings.HasPrefix(out, "duplicate") {
		t.Errorf("again: exit %d, %q", code, out)
	}
	code, _, errOut = run(t, "import", "--pair", en, en)
	if code != 1 || !strings.Contains(errOut, "en.html") || !strings.Contains(errOut, "same language") {
		t.Errorf("same language: exit %d, stderr %q", code, errOut)
	}
	if code, _, errOut := run(t, "import", "--pair", zh); code != 2 || !strings.Contains(errOut, "two files") {
		t.Errorf("one file: exit %d, stderr %q", code, errOut)
	}
}

// TestPairReanchorsAnAnnotation highlights a Chinese article, then
// attaches its English version with tandem pair: the highlight keeps its
// words and gains the English counterpart row.
func TestPairReanchorsAnAnnotation(t *testing.T) {
	testenv.Isolate(t)
	zh, en, rows := writeVersions(t, 40, 52)
	code, out, errOut := run(t, "import", "--json", zh)
	var records []importRecord
	if code != 0 || json.Unmarshal([]byte(out), &records) != nil {
		t.Fatalf("import: exit %d: %s", code, errOut)
	}
	id := records[0].ID
	quote := string([]rune(rows[7][0])[2:14])
	if code, _, errOut := run(t, "annotate", id, "--lang", "zh", "--quote", quote, "--tag", "pair"); code != 0 {
		t.Fatalf("annotate: %s", errOut)
	}
	code, out, errOut = run(t, "pair", id, en)
	if code != 0 || !strings.Contains(out, "12 pairs") || !strings.Contains(out, "0 orphaned") {
		t.Fatalf("pair: exit %d, %q %q", code, out, errOut)
	}
	lib, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	list, _, err := lib.Annotations(id)
	if err != nil || len(list) != 1 {
		t.Fatalf("%d annotations, %v", len(list), err)
	}
	a, _ := lib.Article(id)
	an := list[0]
	if an.Orphan || an.Target.Exact != quote || an.Target.Lang != article.ZH {
		t.Errorf("the highlight is now %+v", an.Target)
	}
	if p := a.Pairs[an.Target.Pair]; !strings.HasPrefix(p.EN, rows[7][1][:20]) {
		t.Errorf("the highlighted paragraph pairs with %.40q", p.EN)
	}
	code, _, errOut = run(t, "pair", id, en)
	if code != 1 || !strings.Contains(errOut, "already has") {
		t.Errorf("a second pair: exit %d, %q", code, errOut)
	}
}
