package index

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"testing"
	"time"

	"tandem/article"
	"tandem/internal/corpus"
)

// BenchmarkImport indexes corpus articles with their annotations through
// Update in batches as the library sends them, into an index on disk,
// and reports what an import costs:
//
//   - articles/s, to the last Flush, and cpu-µs/article, the CPU time it
//     took (steadier than articles/s on a shared machine);
//   - index/raw: the index's files, once merges settle, over the bytes of
//     text;
//   - merged/raw: what merging segments wrote, over the bytes of text
//     (the work small batches cost), and segments: how many are left
//     once merges settle (each costs every search a little);
//   - alloc-KB/article: garbage made, which drives the heap's peak
//     between collections; peak-live-MB: the most the heap held beyond
//     the articles themselves, as collections found it; peak-rss-MB: the
//     process's high-water mark, articles included (run it with
//     -benchtime=1x, one size per process, for it to mean anything).
//
// TANDEM_INDEX_BENCH_N sets the number of articles (5,000) and
// TANDEM_INDEX_BENCH_BATCH the articles per Update (500, as the library's
// sync sends them; its import sends whatever arrived within 100 ms, often
// a few dozen: try 100).
func BenchmarkImport(b *testing.B) {
	n := envInt("TANDEM_INDEX_BENCH_N", 5000)
	batch := envInt("TANDEM_INDEX_BENCH_BATCH", 500)
	entries, raw := importEntries(b, n)
	dir := b.TempDir()
	b.ResetTimer()
	var live, allocs uint64
	var ratio float64
	var cpu time.Duration
	var merged, segments uint64
	for i := range b.N {
		b.StopTimer()
		path := filepath.Join(dir, strconv.Itoa(i))
		x, err := Open(path, Options{})
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		stop := watchHeap()
		cpu0 := cpuTime()
		b.StartTimer()
		for from := 0; from < len(entries); from += batch {
			if err := x.Update(entries[from:min(from+batch, len(entries))], nil); err != nil {
				b.Fatal(err)
			}
		}
		if err := x.Flush(); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu += cpuTime() - cpu0
		settleMerges(x)
		l, a := stop()
		live, allocs = max(live, l), allocs+a
		ratio = float64(treeSize(b, path)) / float64(raw)
		merged += scorchStat(x, "TotFileMergeWrittenBytes")
		segments = scorchStat(x, "TotFileSegmentsAtRoot")
		if err := x.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(n*b.N), "cpu-µs/article")
	b.ReportMetric(ratio, "index/raw")
	b.ReportMetric(float64(merged)/float64(raw*b.N), "merged/raw")
	b.ReportMetric(float64(segments), "segments")
	b.ReportMetric(float64(live)/(1<<20), "peak-live-MB")
	b.ReportMetric(float64(allocs)/float64(n*b.N)/1024, "alloc-KB/article")
	b.ReportMetric(vmHWM()/1024, "peak-rss-MB")
}

// importEntries makes the first n articles of the corpus, with their
// annotations, and counts the bytes of their text.
func importEntries(b *testing.B, n int) ([]Entry, int) {
	b.Helper()
	gen := corpus.New(1)
	entries := make([]Entry, n)
	raw := 0
	for i := range entries {
		c := gen.Article(i)
		a := &article.Article{ID: c.Date + "-" + c.Hash[:8], Title: c.EN[0][:20], Source: c.Source, Date: c.Date}
		for k := range c.ZH {
			a.Pairs = append(a.Pairs, article.Pair{ZH: c.ZH[k], EN: c.EN[k]})
		}
		raw += c.TextBytes()
		e := Entry{Article: a, Stamp: "1"}
		for _, ca := range c.Annotations {
			an, err := ca.On(a)
			if err != nil {
				b.Fatalf("%s: %v", a.ID, err)
			}
			raw += len(ca.Note)
			e.Annotations = append(e.Annotations, an)
		}
		entries[i] = e
	}
	return entries, raw
}

// watchHeap samples the live heap (as the last garbage collection
// found it) until the function it returns is called, which returns the
// most seen above the live heap at the start, and the bytes allocated
// meanwhile.
func watchHeap() func() (peak, allocs uint64) {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/heap/allocs:bytes"}}
	read := func() (uint64, uint64) {
		metrics.Read(sample)
		return sample[0].Value.Uint64(), sample[1].Value.Uint64()
	}
	base, allocs0 := read()
	var peak uint64
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			if h, _ := read(); h > peak {
				peak = h
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(done)
		<-stopped
		_, allocs := read()
		return max(peak, base) - base, allocs - allocs0
	}
}

// settleMerges waits until the index's segments stop changing.
func settleMerges(x *Index) {
	for last, still := x.Epoch(), 0; still < 4; {
		time.Sleep(250 * time.Millisecond)
		if e := x.Epoch(); e != last {
			last, still = e, 0
			continue
		}
		still++
	}
}

// treeSize is the bytes of the files under dir.
func treeSize(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		if err == nil {
			n += info.Size()
		}
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// vmHWM is the process's peak resident set in kilobytes (0 off Linux).
func vmHWM() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return float64(kb)
		}
	}
	return 0
}

func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil && n > 0 {
		return n
	}
	return def
}
