package dict

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

// BenchmarkLoad parses the bundled dictionary, as Bundled does once a
// process: "text" from the bundled text, its pieces kept (what Bundled
// does), "gzip" from
// the same text gzipped -9, inflated on a goroutine beside the parse (how
// the bundle was read before). It reports the heap the dictionary holds.
func BenchmarkLoad(b *testing.B) {
	var zipped bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&zipped, gzip.BestCompression)
	zw.Write([]byte(bundled))
	zw.Close()
	for _, way := range []struct {
		name  string
		parse func() (*Dictionary, error)
	}{
		{"text", func() (*Dictionary, error) { return parseText("bundled", bundled) }},
		{"gzip", func() (*Dictionary, error) { return parseGzip("bundled", zipped.Bytes()) }},
	} {
		b.Run(way.name, func(b *testing.B) {
			var d *Dictionary
			for b.Loop() {
				var err error
				if d, err = way.parse(); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			runtime.GC()
			debug.FreeOSMemory()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heap-MB")
			runtime.KeepAlive(d)
		})
	}
}

// parseGzip parses gzipped dictionary bytes, inflating them on a goroutine
// of its own while the lines are parsed: how the bundle was read when it
// was gzipped, kept to compare.
func parseGzip(name string, data []byte) (*Dictionary, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriterSize(pw, 1<<16)
		_, err := io.Copy(w, zr)
		if err == nil {
			err = w.Flush()
		}
		pw.CloseWithError(err)
	}()
	d, err := Parse(name, pr)
	pr.Close() // a parse error leaves the inflating goroutine a closed pipe
	return d, err
}

// BenchmarkLookup looks up a Chinese word, as the reader's popup does.
func BenchmarkLookup(b *testing.B) {
	d := bundledForTest(b)
	for b.Loop() {
		if len(d.Lookup("投资")) == 0 {
			b.Fatal("投资 not found")
		}
	}
}

// BenchmarkWordAtAndLookup finds the word under a point in a real
// paragraph and looks it up: the popup's whole work for a Chinese word.
func BenchmarkWordAtAndLookup(b *testing.B) {
	d := bundledForTest(b)
	text := "俄罗斯联邦储蓄银行首席执行官格尔曼·格里夫表示，到2024年，俄罗斯对互联网银行的投资将超过1万亿卢布。"
	for b.Loop() {
		w, ok := d.WordAt(text, 40)
		if !ok || len(d.Lookup(w.Text)) == 0 {
			b.Fatal("no word at 40")
		}
	}
}

// BenchmarkEnglish looks up an English word, the index already built.
func BenchmarkEnglish(b *testing.B) {
	d := bundledForTest(b)
	d.English("warm")
	for b.Loop() {
		if len(d.English("investment")) == 0 {
			b.Fatal("investment not found")
		}
	}
}

// BenchmarkEnglishIndex builds the English index, which the first English
// look-up of a process pays for.
func BenchmarkEnglishIndex(b *testing.B) {
	d := bundledForTest(b)
	for b.Loop() {
		d.buildEnglish()
	}
}

// BenchmarkPairCounts counts the headwords holding each pair of
// characters, which the first Translations of a process pays for.
func BenchmarkPairCounts(b *testing.B) {
	d := bundledForTest(b)
	for b.Loop() {
		d.countPairs()
	}
}

func bundledForTest(tb testing.TB) *Dictionary {
	tb.Helper()
	d, err := Bundled()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkTranslations expands an English and a Chinese search term, as a
// ~term in a query does, the English index (and the counts of pairs of
// characters Translations reads) already built.
func BenchmarkTranslations(b *testing.B) {
	d := bundledForTest(b)
	d.English("warm")
	d.Translations("warm")
	for b.Loop() {
		if len(d.Translations("investment")) == 0 || len(d.Translations("投资")) == 0 {
			b.Fatal("no translations")
		}
	}
}

// BenchmarkLiveHeap reports the heap the bundled dictionary keeps live
// once an aligner has used it: parsed, then asked for WordKeys and
// TranslationKeys (which build the English index and the key index on
// their first call). live-MB is the whole; entries-MB, english-MB and
// keys-MB are the parse and each index in turn. The figures are of the
// live heap after a collection, not of what building it allocates.
func BenchmarkLiveHeap(b *testing.B) {
	heap := func() float64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return float64(ms.HeapAlloc) / (1 << 20)
	}
	var entries, english, keys float64
	for b.Loop() {
		before := heap()
		d, err := parseText("bundled", bundled)
		if err != nil {
			b.Fatal(err)
		}
		parsed := heap()
		d.WordKeys("investment", func(int32) {})
		indexed := heap()
		d.TranslationKeys("投资", func(int32) {})
		built := heap()
		runtime.KeepAlive(d)
		entries, english, keys = parsed-before, indexed-parsed, built-indexed
	}
	b.ReportMetric(entries, "entries-MB")
	b.ReportMetric(english, "english-MB")
	b.ReportMetric(keys, "keys-MB")
	b.ReportMetric(entries+english+keys, "live-MB")
}

// BenchmarkKeys gives the keys of the WMT newstest2020 segments, 520
// Chinese paragraphs by TranslationKeys and their English translations by
// WordKeys: the dictionary's part of aligning sentences, its indexes
// already built.
func BenchmarkKeys(b *testing.B) {
	data, err := os.ReadFile("../internal/eval/testdata/wmt/newstest2020.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var zh, en []string
	for line := range strings.SplitSeq(string(data), "\n") {
		if f := strings.Split(line, "\t"); len(f) == 3 {
			zh, en = append(zh, f[1]), append(en, f[2])
		}
	}
	d := bundledForTest(b)
	n := 0
	count := func(int32) { n++ }
	d.TranslationKeys("", count)
	d.WordKeys("", count)
	b.Run("zh", func(b *testing.B) {
		for b.Loop() {
			for _, s := range zh {
				d.TranslationKeys(s, count)
			}
		}
	})
	b.Run("en", func(b *testing.B) {
		for b.Loop() {
			for _, s := range en {
				d.WordKeys(s, count)
			}
		}
	})
	if n == 0 {
		b.Fatal("no keys")
	}
}
