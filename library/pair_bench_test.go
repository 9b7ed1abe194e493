package library

import (
	"context"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"tandem/article"
)

// printPDF prints an HTML page to PDF with headless Chromium, which puts
// the date, title, address and page number on every page.
func printPDF(b *testing.B, chromium, dir, name, page string) []byte {
	src := filepath.Join(dir, name+".html")
	out := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(src, []byte(page), 0o644); err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, chromium, "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf="+out, "file://"+src)
	if msg, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("chromium: %v: %s", err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// notePage is a research note of the given paragraphs, set like
// article/testdata/pair/note_zh.html but larger, so that the 260 WMT
// segments fill thirty pages or more in each language (31 Chinese, 40 English).
func notePage(title string, paras []string) string {
	var s strings.Builder
	fmt.Fprintf(&s, `<!doctype html><html><head><meta charset="utf-8"><title>%s</title>`+
		`<style>body{font-family:"Droid Sans Fallback",sans-serif;font-size:16pt;line-height:2.0;margin:0}p{text-align:justify}</style></head><body><h1>%s</h1>`, title, title)
	for _, p := range paras {
		fmt.Fprintf(&s, "<p>%s</p>\n", html.EscapeString(p))
	}
	s.WriteString("</body></html>\n")
	return s.String()
}

// BenchmarkImportPairPDF imports a pair of thirty-page PDFs, a Chinese and
// an English research note printed by Chromium from the WMT newstest2020
// segments, into an empty library: pdftotext, boilerplate removal,
// paragraph alignment, sentence alignment and the durable write. The
// PDFs are printed once, outside the timing. cpu-s/op is the processor
// time of the import, pdftotext's included: on a shared machine the wall
// time (ns/op) grows with the load, the processor time hardly.
func BenchmarkImportPairPDF(b *testing.B) {
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		b.Skip("chromium is not installed")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		b.Skip("pdftotext is not installed")
	}
	rows := wmtRows(b)
	var zhs, ens []string
	for _, r := range rows {
		zhs, ens = append(zhs, r[0]), append(ens, r[1])
	}
	dir := b.TempDir()
	zh := printPDF(b, chromium, dir, "zh", notePage("研究简报", zhs))
	en := printPDF(b, chromium, dir, "en", notePage("Research note", ens))
	b.ReportMetric(float64(len(zh)+len(en))/1e6, "MB/pair")
	var cpu time.Duration
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		lib, err := Open(Options{Dir: filepath.Join(dir, fmt.Sprint("lib", i)), IndexDir: filepath.Join(dir, fmt.Sprint("index", i))})
		if err != nil {
			b.Fatal(err)
		}
		before := cpuTime()
		b.StartTimer()
		r := lib.ImportPair("zh.pdf", zh, "en.pdf", en)
		b.StopTimer()
		cpu += cpuTime() - before
		if r.Status != Imported {
			b.Fatalf("%s %v", r.Status, r.Err)
		}
		if i == 0 {
			b.ReportMetric(float64(r.Pairs), "pairs")
			a, err := lib.Article(r.ID)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportMetric(rowsKept(a.Pairs, rows), "rows-paired")
		}
		lib.Close()
		b.StartTimer()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}

// rowsKept is the share of the WMT rows whose Chinese and English
// paragraphs start one row of the article: a paragraph cut by the PDF
// reader or paired with the wrong one counts against it.
func rowsKept(pairs []article.Pair, rows [][2]string) float64 {
	key := func(s string) string {
		var out []rune
		for _, r := range s {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				out = append(out, r)
			}
			if len(out) == 12 {
				break
			}
		}
		return string(out)
	}
	starts := map[string]bool{}
	for _, p := range pairs {
		starts[key(p.ZH)+"|"+key(p.EN)] = true
	}
	n := 0
	for _, r := range rows {
		if starts[key(r[0])+"|"+key(r[1])] {
			n++
		}
	}
	return float64(n) / float64(len(rows))
}
