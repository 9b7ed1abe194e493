package figures

import (
	"testing"

	"tandem/article"
	"tandem/quantity"
)

// BenchmarkCheckExcerpts runs the figure check over every pair of the
// published excerpts (real text, about 26,000 pairs): the sub-benchmark
// "extract" reads each pair's figures in both languages only, the baseline
// every check starts with, and "check" runs the whole check with its
// reasons. One op is one pass over all pairs; µs/pair is what a reader's
// article of a hundred pairs waits for, in hundredths of a second.
func BenchmarkCheckExcerpts(b *testing.B) {
	srcs, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var pairs []article.Pair
	for _, s := range srcs {
		for _, p := range s.Pairs {
			pairs = append(pairs, p.Pair)
		}
	}
	run := func(name string, f func(k int, p *article.Pair)) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				for k := range pairs {
					f(k, &pairs[k])
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(pairs)), "µs/pair")
		})
	}
	run("extract", func(_ int, p *article.Pair) {
		quantity.Extract(p.ZH, article.ZH)
		quantity.Extract(p.EN, article.EN)
	})
	run("check", func(k int, p *article.Pair) { quantity.CheckPairAll(k, p) })
}
