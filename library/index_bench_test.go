package library

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"tandem/annotation"
	"tandem/article"
	"tandem/index"
	"tandem/internal/corpus"
	"tandem/internal/testenv"
)

// The benchmark table (make bench): for each corpus size, a child process
// imports the synthetic corpus through the library, lets the index catch
// up, and times each query kind against a brute-force scan of the same
// text. A child per size keeps the peak memory of one from the next.

// benchQuery is a query kind of the table, with what a brute-force scan
// looks for: every word in the text (English lower-cased), and the filters.
type benchQuery struct {
	kind, query string
	words       []string // all must occur (any of alternatives split by |)
	tag, after  string
}

var benchQueries = []benchQuery{
	{kind: "English term (14% of articles)", query: "subsidies", words: []string{"subsidies"}},
	{kind: "Chinese term (17%)", query: "信贷", words: []string{"信贷"}},
	{kind: "Chinese phrase (18%)", query: `"电动汽车"`, words: []string{"电动汽车"}},
	{kind: "English phrase (13%)", query: `"market share"`, words: []string{"market share"}},
	{kind: "tag + date + term", query: "tag:forecast after:2025-01-01 inflation", words: []string{"inflation|通胀"}, tag: "forecast", after: "2025-01-01"},
	{kind: "common English term (90%)", query: "inflation", words: []string{"inflation"}},
}

// benchRow is what a child reports for one corpus size.
type benchRow struct {
	Articles   int          `json:"articles"`
	PerSecond  float64      `json:"per_second"`
	Reindex    float64      `json:"reindex_per_second"`
	IndexRatio float64      `json:"index_ratio"`
	PeakMB     float64      `json:"peak_mb"`        // importing the articles
	AnnotMB    float64      `json:"annotations_mb"` // and then their annotations
	Queries    []benchTimes `json:"queries"`
}

type benchTimes struct {
	Kind                       string
	P50, P99, ScanP50, ScanP99 float64 // milliseconds
	Hits, ScanHits             uint64  // documents the index matched; articles the scan did
	Shown                      int     // articles the index returned, with snippets
}

func TestBenchTable(t *testing.T) {
	if n, err := strconv.Atoi(os.Getenv("TANDEM_BENCH_CHILD")); err == nil {
		benchChild(t, n)
		return
	}
	if os.Getenv("TANDEM_BENCH") == "" {
		t.Skip("make bench runs this (TANDEM_BENCH=1)")
	}
	sizes := []int{1000, 10000, 100000}
	if s := os.Getenv("TANDEM_BENCH_SIZES"); s != "" {
		sizes = nil
		for _, f := range strings.Split(s, ",") {
			n, _ := strconv.Atoi(f)
			sizes = append(sizes, n)
		}
	}
	var rows []benchRow
	for _, n := range sizes {
		rows = append(rows, runBenchChild(t, n))
	}
	printBenchTable(os.Stdout, rows)
}

func runBenchChild(t *testing.T, n int) benchRow {
	cmd := exec.Command(os.Args[0], "-test.run=^TestBenchTable$", "-test.timeout=0")
	cmd.Env = append(os.Environ(), "TANDEM_BENCH_CHILD="+strconv.Itoa(n))
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("benchmark of %d articles: %v", n, err)
	}
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "ROW "); ok {
			var row benchRow
			if err := json.Unmarshal([]byte(rest), &row); err != nil {
				t.Fatal(err)
			}
			return row
		}
	}
	t.Fatalf("benchmark of %d articles printed no row:\n%s", n, out)
	return benchRow{}
}

// benchChild measures one corpus size and prints its row.
func benchChild(t *testing.T, n int) {
	testenv.Isolate(t)
	lib, err := Open(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	gen := corpus.New(1)
	start := time.Now()
	rawText := benchImport(t, lib, gen, n)
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	row := benchRow{Articles: n, PerSecond: float64(n) / time.Since(start).Seconds(), PeakMB: peakRSS()}
	logf("%d articles imported and indexed in %v", n, time.Since(start).Round(time.Millisecond))
	benchAnnotate(t, lib, gen, n)
	if err := lib.WaitIndexed(); err != nil {
		t.Fatal(err)
	}
	row.AnnotMB = peakRSS()
	idx, err := lib.search.current()
	if err != nil {
		t.Fatal(err)
	}
	settle(idx)
	row.IndexRatio = float64(dirSize(idx.Dir())) / float64(rawText)
	// The index is timed before the scan's copy of the corpus is made:
	// hundreds of megabytes of text on the heap would make the collector
	// run through the index's queries, which the window never has.
	profileHeap(t, n)
	for _, q := range benchQueries {
		stop := profileQuery(t, q, n)
		row.Queries = append(row.Queries, benchIndexTimes(t, lib, q))
		stop()
	}
	docs := scanCorpus(gen, n)
	for i, q := range benchQueries {
		benchScanTimes(&row.Queries[i], docs, q)
	}
	docs = nil
	start = time.Now()
	if err := lib.RebuildIndex(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	if idx, err = lib.search.current(); err == nil {
		err = idx.Flush()
	}
	if err != nil {
		t.Fatal(err)
	}
	row.Reindex = float64(n) / time.Since(start).Seconds()
	data, _ := json.Marshal(row)
	fmt.Printf("ROW %s\n", data)
}

// benchImport imports n articles with two workers, as many as there are
// cores, and returns the bytes of text imported.
func benchImport(t *testing.T, lib *Library, gen *corpus.Generator, n int) int {
	return benchImportN(t, lib, gen, 0, n, 2)
}

func benchImportN(t *testing.T, lib *Library, gen *corpus.Generator, from, n, workers int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				a := gen.Article(i)
				if r := lib.Import(fmt.Sprintf("%d.txt", i), a.Digest()); r.Status != Imported {
					t.Errorf("article %d: %s %v", i, r.Status, r.Err)
				}
				mu.Lock()
				total += a.TextBytes()
				mu.Unlock()
			}
		}()
	}
	for i := range n {
		next <- from + i
	}
	close(next)
	wg.Wait()
	return total
}

// benchAnnotate adds the corpus's annotations, a thousand per undo step.
func benchAnnotate(t *testing.T, lib *Library, gen *corpus.Generator, n int) {
	var batch []*annotation.Annotation
	flush := func() {
		if r := lib.ImportAnnotations(batch); len(r.Errs) > 0 {
			t.Fatal(r.Errs[0])
		}
		batch = batch[:0]
	}
	for i := range n {
		c := gen.Article(i)
		if len(c.Annotations) == 0 {
			continue
		}
		a, err := lib.Article(c.Date + "-" + c.Hash[:8])
		if err != nil {
			t.Fatal(err)
		}
		for _, ca := range c.Annotations {
			batch = append(batch, benchAnnotation(t, a, ca))
		}
		if len(batch) >= 1000 {
			flush()
		}
	}
	flush()
}

func benchAnnotation(t *testing.T, a *article.Article, ca corpus.Annotation) *annotation.Annotation {
	an, err := ca.On(a)
	if err != nil {
		t.Fatalf("%s: %v", a.ID, err)
	}
	return an
}

// scanDoc is an article as the brute-force scan sees it.
type scanDoc struct {
	text, date string
	tags       []string
}

func scanCorpus(gen *corpus.Generator, n int) []scanDoc {
	docs := make([]scanDoc, n)
	for i := range n {
		a := gen.Article(i)
		d := scanDoc{text: strings.ToLower(strings.Join(a.ZH, "\n") + "\n" + strings.Join(a.EN, "\n")), date: a.Date}
		for _, an := range a.Annotations {
			d.tags = append(d.tags, an.Tags...)
		}
		docs[i] = d
	}
	return docs
}

// scan finds the articles a brute-force search would: every word present
// and the filters met; it cuts a snippet for the first 20, as the index does.
func scan(docs []scanDoc, q benchQuery) (int, []string) {
	hits := 0
	var snippets []string
	for _, d := range docs {
		if q.after != "" && d.date < q.after || q.tag != "" && !slices.Contains(d.tags, q.tag) {
			continue
		}
		at := -1
		for _, w := range q.words {
			at = -1
			for _, alt := range strings.Split(w, "|") {
				if i := strings.Index(d.text, alt); i >= 0 {
					at = i
					break
				}
			}
			if at < 0 {
				break
			}
		}
		if at < 0 {
			continue
		}
		hits++
		if len(snippets) < 20 {
			snippets = append(snippets, d.text[backRunesLib(d.text, at, 40):min(len(d.text), at+400)])
		}
	}
	return hits, snippets
}

func backRunesLib(s string, i, n int) int {
	r := []rune(s[:i])
	return len(string(r[:max(0, len(r)-n)]))
}

// benchQueryTimes times a query kind: the index (20 articles with
// snippets) and the scan.
// benchIndexTimes times a query on the index: 100 runs after 20 that warm
// the caches.
func benchIndexTimes(t *testing.T, lib *Library, q benchQuery) benchTimes {
	bt := benchTimes{Kind: q.kind}
	var idx []time.Duration
	for i := range 120 {
		start := time.Now()
		res, err := lib.Search(context.Background(), q.query, index.SearchOptions{Limit: 20})
		if err != nil {
			t.Fatal(err)
		}
		if i >= 20 { // the first runs warm the caches
			idx = append(idx, time.Since(start))
		}
		bt.Hits, bt.Shown = res.Total, len(res.Hits)
	}
	bt.P50, bt.P99 = percentile(idx, 50), percentile(idx, 99)
	return bt
}

// benchScanTimes times the brute-force scan of the same query into bt: 10
// runs after 2.
func benchScanTimes(bt *benchTimes, docs []scanDoc, q benchQuery) {
	var sc []time.Duration
	for i := range 12 {
		start := time.Now()
		hits, _ := scan(docs, q)
		if i >= 2 {
			sc = append(sc, time.Since(start))
		}
		bt.ScanHits = uint64(hits)
	}
	bt.ScanP50, bt.ScanP99 = percentile(sc, 50), percentile(sc, 99)
}

// profileQuery starts a CPU profile of a query kind's timing when
// TANDEM_BENCH_PROFILE names a folder (one file per kind and size); the
// returned function stops it.
func profileQuery(t *testing.T, q benchQuery, n int) func() {
	dir := os.Getenv("TANDEM_BENCH_PROFILE")
	if dir == "" {
		return func() {}
	}
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return '-'
	}, strings.ToLower(q.kind))
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%d-%s.pprof", n, name)))
	if err != nil {
		t.Fatal(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		t.Fatal(err)
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}

// profileHeap writes a heap profile when TANDEM_BENCH_PROFILE names a
// folder: what the process holds while its queries are timed. The profile
// is that of the last collection but one, so two run first.
func profileHeap(t *testing.T, n int) {
	dir := os.Getenv("TANDEM_BENCH_PROFILE")
	if dir == "" {
		return
	}
	runtime.GC()
	runtime.GC()
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%d-heap.pprof", n)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := pprof.WriteHeapProfile(f); err != nil {
		t.Fatal(err)
	}
}

// percentile is the p-th percentile of ds in milliseconds.
func percentile(ds []time.Duration, p int) float64 {
	s := slices.Clone(ds)
	slices.Sort(s)
	i := min(len(s)-1, (len(s)*p+99)/100-1)
	return float64(s[max(0, i)].Microseconds()) / 1000
}

// peakRSS is the process's peak resident memory in MB (VmHWM).
func peakRSS() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb) / 1024
		}
	}
	return 0
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// printBenchTable prints the rows as one Markdown table.
func printBenchTable(w *os.File, rows []benchRow) {
	fmt.Fprintf(w, "\nTandem search benchmark: %d cores, %s\n\n", runtime.NumCPU(), cpuModel())
	fmt.Fprintln(w, "| articles | import+index art/s | reindex art/s | index / raw text | peak RSS MB: articles / + annotations | query | index p50 ms | index p99 ms | scan p50 ms | scan p99 ms | scan/index p99 | matches (index docs / scan articles) |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		for i, q := range r.Queries {
			head := "| | | | | "
			if i == 0 {
				head = fmt.Sprintf("| %d | %.0f | %.0f | %.2f× | %.0f / %.0f ", r.Articles, r.PerSecond, r.Reindex, r.IndexRatio, r.PeakMB, r.AnnotMB)
			}
			fmt.Fprintf(w, "%s| %s | %.1f | %.1f | %.1f | %.1f | %.1f× | %d / %d |\n", head, q.Kind, q.P50, q.P99, q.ScanP50, q.ScanP99, q.ScanP99/max(q.P99, 0.001), q.Hits, q.ScanHits)
		}
	}
}

func cpuModel() string {
	data, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "model name"); ok {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(rest), ":"))
		}
	}
	return "unknown CPU"
}

// settle waits until Bleve's background merges are over, so that queries
// are timed as in an index at rest.
func settle(idx *index.Index) {
	start := time.Now()
	for last, still := idx.Epoch(), 0; still < 4; {
		time.Sleep(500 * time.Millisecond)
		if e := idx.Epoch(); e != last {
			last, still = e, 0
			continue
		}
		still++
	}
	logf("merges settled after %v", time.Since(start).Round(time.Second))
}
