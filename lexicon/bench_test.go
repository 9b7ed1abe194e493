package lexicon_test

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"tandem/dict"
	"tandem/internal/corpus"
	"tandem/lexicon"
)

// corpusPairs are the sentence pairs of n synthetic articles: each
// paragraph cut at its full stops, kept when both languages have as many
// sentences.
func corpusPairs(n int) [][2]string {
	g := corpus.New(1)
	var out [][2]string
	for i := range n {
		a := g.Article(i)
		for p := range a.ZH {
			zh := strings.SplitAfter(strings.TrimSuffix(a.ZH[p], "。"), "。")
			en := strings.SplitAfter(a.EN[p], ". ")
			if len(zh) != len(en) {
				continue
			}
			for k := range zh {
				out = append(out, [2]string{zh[k], en[k]})
			}
		}
	}
	return out
}

// BenchmarkLearn is a whole training as the library runs it at its
// bound: the sentence pairs of 3,000 articles (the most it reads, however
// large the library) offered, up to 20,000 kept and learned from. It
// reports the heap in use with the builder and the table alive and the
// table's size.
func BenchmarkLearn(b *testing.B) {
	d, err := dict.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range []int{300, 3000} {
		pairs := corpusPairs(n)
		b.Run(strconv.Itoa(n)+"articles", func(b *testing.B) {
			var heap uint64
			var tab *lexicon.Table
			for b.Loop() {
				bl := lexicon.NewBuilder(d, lexicon.Options{})
				for _, p := range pairs {
					bl.Add(p[0], p[1])
				}
				tab = bl.Train()
				var m runtime.MemStats
				runtime.ReadMemStats(&m)
				heap = max(heap, m.HeapInuse)
				runtime.KeepAlive(bl)
			}
			b.ReportMetric(float64(heap)/1e6, "MB-heap")
			b.ReportMetric(float64(len(pairs)), "pairs-offered")
			b.ReportMetric(float64(tab.Len()), "table-pairs")
		})
	}
}
