//go:build acceptance

package acceptance

import (
	"bufio"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tandem/internal/testenv"
)

// TestPairInTheRealWindow imports a Chinese text file and an English HTML
// page (WMT newstest2020 segments and their published translation, see
// internal/eval/testdata/wmt/README.md) through File > Import Two
// Versions (Ctrl+Shift+L), typing both paths, and checks that the window
// shows one aligned article and that the library holds it with both files.
func TestPairInTheRealWindow(t *testing.T) {
	bin := os.Getenv("TANDEM_BIN")
	if bin == "" || os.Getenv("DISPLAY") == "" {
		t.Fatal("set TANDEM_BIN and run under an X display (make e2e does)")
	}
	data := testenv.Isolate(t)
	zh, en, rows := writeVersions(t, 120, 128)
	d := startDesktop(t, bin)
	d.waitProbe("the window", func(p probe) bool { return len(p.List) > 0 })

	d.xdo("key", "ctrl+shift+l")
	time.Sleep(time.Second)
	d.xdo("type", "--delay", "20", zh)
	d.xdo("key", "Return")
	time.Sleep(300 * time.Millisecond)
	d.xdo("type", "--delay", "20", en)
	time.Sleep(300 * time.Millisecond)
	d.screenshot("e2e-pair-dialog.png")
	d.xdo("key", "Return")

	p := d.waitProbe("the paired article", func(p probe) bool {
		for _, para := range p.Paragraphs {
			if para.Lang == "en" && strings.HasPrefix(para.Text, rows[0][1][:20]) {
				return true
			}
		}
		return false
	})
	time.Sleep(500 * time.Millisecond)
	d.screenshot("e2e-pair.png")
	byPair := map[int]map[string]string{}
	for _, para := range p.Paragraphs {
		if byPair[para.Pair] == nil {
			byPair[para.Pair] = map[string]string{}
		}
		byPair[para.Pair][para.Lang] = para.Text
	}
	for i, r := range rows {
		if got := byPair[i]; got["zh"] != r[0] || !strings.HasPrefix(got["en"], r[1][:20]) {
			t.Errorf("row %d shows %.20q | %.30q, want %.20q | %.30q", i, got["zh"], got["en"], r[0], r[1])
		}
	}
	dir := filepath.Join(data, "tandem", "articles", p.Article)
	var rec struct {
		Format          string `json:"format"`
		SourceFile      string `json:"source_file"`
		OtherSourceFile string `json:"other_source_file"`
		Pairs           []struct{ ZH, EN string }
	}
	js, err := os.ReadFile(filepath.Join(dir, "article.json"))
	if err != nil || json.Unmarshal(js, &rec) != nil {
		t.Fatalf("article.json of %s: %v", p.Article, err)
	}
	if rec.Format != "pair" || rec.SourceFile != "source.zh.txt" || rec.OtherSourceFile != "source.en.html" || len(rec.Pairs) != len(rows) {
		t.Errorf("article.json: format %q, sources %q and %q, %d pairs", rec.Format, rec.SourceFile, rec.OtherSourceFile, len(rec.Pairs))
	}
	for name, path := range map[string]string{"source.zh.txt": zh, "source.en.html": en} {
		want, _ := os.ReadFile(path)
		if got, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(got) != string(want) {
			t.Errorf("%s is not the file imported (%v)", name, err)
		}
	}
}

// writeVersions writes WMT newstest2020 segments from..to-1 as a Chinese
// text file and an English HTML page, and returns their paths and rows.
func writeVersions(t *testing.T, from, to int) (zh, en string, rows [][2]string) {
	t.Helper()
	f, err := os.Open("../eval/testdata/wmt/newstest2020.tsv")
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
	var z, e strings.Builder
	e.WriteString("<!doctype html><html><head><meta charset=utf-8><title>News digest</title></head><body>\n")
	for _, r := range rows {
		z.WriteString(r[0] + "\n\n")
		e.WriteString("<p>" + html.EscapeString(r[1]) + "</p>\n")
	}
	e.WriteString("</body></html>\n")
	dir := t.TempDir()
	zh, en = filepath.Join(dir, "zh.txt"), filepath.Join(dir, "en.html")
	os.WriteFile(zh, []byte(z.String()), 0o644)
	os.WriteFile(en, []byte(e.String()), 0o644)
	return zh, en, rows
}
