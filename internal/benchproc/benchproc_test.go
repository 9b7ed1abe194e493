package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tandem/internal/corpus"
)

func TestParseSizes(t *testing.T) {
	got, err := parseSizes("2000, 20000")
	if err != nil || len(got) != 2 || got[0] != 2000 || got[1] != 20000 {
		t.Errorf("parseSizes = %v, %v", got, err)
	}
	for _, bad := range []string{"", "0", "-5", "2k", "1,,2"} {
		if _, err := parseSizes(bad); err == nil {
			t.Errorf("parseSizes(%q) took it", bad)
		}
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []time.Duration
		want time.Duration
	}{
		{nil, 0},
		{[]time.Duration{5}, 5},
		{[]time.Duration{9, 1, 5}, 5},
		{[]time.Duration{4, 1, 3, 2}, 2}, // (2+3)/2 in integer nanoseconds
		{[]time.Duration{7, 7, 1, 100, 3}, 7},
	} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// The corpus on disk is the generator's digests, a thousand a folder.
func TestWriteCorpus(t *testing.T) {
	dir := t.TempDir()
	total, err := writeCorpus(dir, 1003)
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(files) != 1003 {
		t.Fatalf("%d files, want 1003", len(files))
	}
	if second, _ := filepath.Glob(filepath.Join(dir, "001", "*.txt")); len(second) != 3 {
		t.Errorf("%d files in the second folder, want 3", len(second))
	}
	got, err := os.ReadFile(corpusFile(dir, 1002))
	if err != nil {
		t.Fatal(err)
	}
	if want := corpus.New(seed).Article(1002).Digest(); !bytes.Equal(got, want) {
		t.Error("file 1002 is not article 1002's digest")
	}
	n, err := dirBytes(dir)
	if err != nil || n != total {
		t.Errorf("dirBytes = %d, %v; writeCorpus wrote %d", n, err, total)
	}
}

func TestMachine(t *testing.T) {
	cpu := parseCPUModel(strings.NewReader("processor\t: 0\nmodel name\t: AMD EPYC 7B13\n"), "?")
	if cpu != "AMD EPYC 7B13" {
		t.Errorf("CPU %q", cpu)
	}
	if ram := parseMemTotal(strings.NewReader("MemTotal:       24683548 kB\nMemFree: 1 kB\n")); ram != 24683548*1024 {
		t.Errorf("RAM %d", ram)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 2000: "2,000", 100000: "100,000", 1234567: "1,234,567", -20000: "-20,000"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// The table names every row and the machine, and says what it left out.
func TestPrintTable(t *testing.T) {
	r := result{
		Articles: 2000, RawBytes: 10e6, Import: run{Wall: 20 * time.Second, RSS: 200e6}, Listed: 2001,
		Peer:       &peerResult{run: run{Wall: 4 * time.Second, RSS: 40e6}, Files: 2000, RawBytes: 10e6, Tokenizer: "trigram", SQLite: "3.40.1", DBBytes: 25e6, IndexBytes: 12e6},
		IndexBytes: 14e6, List: 100 * time.Millisecond, Search: 80 * time.Millisecond, Grep: 20 * time.Millisecond,
		WindowNote: "no X display",
	}
	shown := r
	shown.Articles, shown.WindowNote = 20000, ""
	shown.Window, shown.EmptyWindow, shown.WindowSearch = 600*time.Millisecond, 500*time.Millisecond, 320*time.Millisecond
	var b bytes.Buffer
	printTable(&b, machine{CPU: "Test CPU", Cores: 2, RAM: 8 << 30}, "tandem v1", tools{grepBy: "rg -l"}, []result{r, shown})
	out := b.String()
	for _, want := range []string{
		"Test CPU, 2 cores, 8.0 GiB RAM (", "); tandem v1\n",
		"| 2,000 | `tandem import FOLDER`: wall time | 20.0 s (100 articles/s) | SQLite FTS5 load (Python) | 4.0 s | 5.00× |",
		"| 2,000 | `tandem import FOLDER`: peak RSS | 200 MB | SQLite FTS5 load (Python) | 40.0 MB | 5.00× |",
		"| 1.40 (14.0 MB) | FTS5 database (with its stored text) | 2.50 (25.0 MB) | 0.56× |",
		"| 2,000 | `tandem list --json`, median of 5 | 100 ms | `rg -l 投资 FOLDER` | 20 ms | 5.00× |",
		"| 2,000 | `tandem search 投资`, median of 5 | 80 ms | `rg -l 投资 FOLDER` | 20 ms | 4.00× |",
		"Window row left out at 2,000 articles: no X display.",
		"| 20,000 | window launch → library list shown, median of 5 | 600 ms | launch with an empty library (welcome article only) | 500 ms | 1.20× |",
		"| 20,000 | window: `投资` typed → its results drawn, median of 5 | 320 ms | typing pause + `tandem search 投资` | 260 ms | 1.23× |",
		"Window search: in each measured launch",
		"Left out: Claims/Tags tab",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the table lacks %q:\n%s", want, out)
		}
	}
}

// The FTS5 peer loads a digest file into both tables, each findable.
func TestPeerScript(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3")
	}
	dir := t.TempDir()
	folder := filepath.Join(dir, "corpus")
	if _, err := writeCorpus(folder, 3); err != nil {
		t.Fatal(err)
	}
	tl := findTools(dir)
	db := filepath.Join(dir, "fts5.db")
	out, err := exec.Command(python, tl.script, db, folder).Output()
	if err != nil {
		t.Fatalf("fts5_peer.py: %v", err)
	}
	var p peerResult
	if err := json.Unmarshal(out, &p); err != nil {
		t.Fatalf("fts5_peer.py printed %s: %v", out, err)
	}
	raw, _ := dirBytes(folder)
	if p.Files != 3 || p.RawBytes != raw || p.DBBytes == 0 || p.IndexBytes == 0 || p.IndexBytes > p.DBBytes {
		t.Errorf("peer reported %+v; the folder holds 3 files, %d bytes", p, raw)
	}
	a := corpus.New(seed).Article(0)
	zh := []rune(a.ZH[0])[:4] // trigram: three characters or more
	en := strings.Fields(a.EN[0])[0]
	check := "import sqlite3, sys\n" +
		"c = sqlite3.connect(sys.argv[1])\n" +
		"zh = c.execute('select count(*) from zh where zh match ?', ['\"' + sys.argv[2] + '\"']).fetchone()[0]\n" +
		"en = c.execute('select count(*) from en where en match ?', ['\"' + sys.argv[3] + '\"']).fetchone()[0]\n" +
		"print(zh, en)\n"
	got, err := exec.Command(python, "-c", check, db, string(zh), en).CombinedOutput()
	if err != nil {
		t.Fatalf("querying the peer's database: %v\n%s", err, got)
	}
	if f := strings.Fields(string(got)); len(f) != 2 || f[0] == "0" || f[1] == "0" {
		t.Errorf("the peer finds %q and %q in %s files", string(zh), en, got)
	}
}
