package index

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"tandem/article"
	"tandem/internal/corpus"
)

// benchArticles makes n articles of the synthetic corpus, paragraphs
// paired by position (the library's benchmark parses them for real).
func benchArticles(b *testing.B, n int) []*article.Article {
	b.Helper()
	gen := corpus.New(1)
	out := make([]*article.Article, n)
	for i := range out {
		c := gen.Article(i)
		a := &article.Article{ID: c.Date + "-" + c.Hash[:8], Title: c.EN[0][:20], Source: c.Source, Date: c.Date}
		for k := range c.ZH {
			a.Pairs = append(a.Pairs, article.Pair{ZH: c.ZH[k], EN: c.EN[k]})
		}
		out[i] = a
	}
	return out
}

// BenchmarkUpdate indexes 5,000 articles in batches of 500; articles/s is
// the figure to compare.
func BenchmarkUpdate(b *testing.B) {
	arts := benchArticles(b, 5000)
	b.ResetTimer()
	for range b.N {
		x := openTemp(b)
		for i := 0; i < len(arts); i += 500 {
			var entries []Entry
			for _, a := range arts[i : i+500] {
				entries = append(entries, Entry{Article: a, Stamp: "1"})
			}
			if err := x.Update(entries, nil); err != nil {
				b.Fatal(err)
			}
		}
		if err := x.Flush(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(arts)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSearch runs a Chinese and an English query with snippets over
// 5,000 articles held in memory.
func BenchmarkSearch(b *testing.B) {
	arts := benchArticles(b, 20000)
	texts := newMemTexts()
	x := openTemp(b)
	for _, a := range arts {
		texts.articles[a.ID] = a
	}
	if err := x.Update(texts.entries(), nil); err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"subsidies", "信贷", `"电动汽车"`, `"market share"`, "after:2025-01-01 inflation"} {
		b.Run(q, func(b *testing.B) {
			for range b.N {
				if _, err := x.Search(context.Background(), q, SearchOptions{}, texts); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLongToken analyses words made of one letter repeated, for
// every letter a–z, at lengths from 1 KB to 128 KB. ns/byte must stay
// flat as the words grow: a step that costs the square of a word's
// length once let a 1 MB note stall every search. The stem cache is
// emptied before each round so that every word is analysed afresh.
func BenchmarkLongToken(b *testing.B) {
	for _, n := range []int{1 << 10, 16 << 10, 64 << 10, 128 << 10} {
		var words [][]byte
		for c := byte('a'); c <= 'z'; c++ {
			words = append(words, bytes.Repeat([]byte{c}, n))
		}
		b.Run(fmt.Sprintf("%dK", n>>10), func(b *testing.B) {
			for range b.N {
				b.StopTimer()
				forgetStems()
				b.StartTimer()
				for _, w := range words {
					if len((analyzer{}).Analyze(w)) == 0 {
						b.Fatalf("no term for %.8q…", w)
					}
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)*n), "ns/byte")
		})
	}
}

// forgetStems empties the stem cache.
func forgetStems() {
	stems.Lock()
	clear(stems.m)
	stems.Unlock()
}
