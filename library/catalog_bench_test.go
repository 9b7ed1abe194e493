package library

import (
	"fmt"
	"os"
	"testing"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/testenv"
)

// BenchmarkCatalog100k measures the catalog of 100,000 articles with a
// tagged highlight each: loading it from its file (cold), listing it
// straight from the file as tandem list does (ListEach on a library that
// has not loaded it), and the list, the tag counts (kept, and counted
// again), the claims and the claims with their articles from the loaded
// catalog, as the window's list and its Tags and Claims tabs ask for them
// (warm); then the same from a catalog read from its file, as a window
// opened afresh has it. The catalog file is written as the library writes
// it; the article folders are not needed.
func BenchmarkCatalog100k(b *testing.B) {
	testenv.Isolate(b)
	lib, err := Open(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer lib.Close()
	c := lib.cat
	c.mu.Lock()
	if _, err := lib.catalogReady(b.Context(), nil); err != nil {
		b.Fatal(err)
	}
	for i := range 100_000 {
		id := fmt.Sprintf("2025-%02d-%02d-%08x", 1+i%12, 1+i%28, i)
		a := &article.Article{ID: id, Title: fmt.Sprintf("Analysts weigh the outlook for credit, part %d", i),
			Source: []string{"FT", "Caixin", "Bloomberg Opinion"}[i%3], Date: id[:10], Pairs: make([]article.Pair, 12)}
		an := &annotation.Annotation{ID: fmt.Sprintf("%08x-0000-4000-8000-000000000000", i), Article: id, Color: annotation.Yellow,
			Tags: []string{[]string{"forecast", "denial", "risk"}[i%3]}, Note: "Compare with the central bank's own figure.",
			Target:      annotation.Target{Lang: article.EN, Pair: i % 12, Start: 10, Exact: "credit growth slowed to 8.7%"},
			Counterpart: &annotation.Target{Lang: article.ZH, Exact: "信贷增速放缓至8.7%"}}
		c.articles[id] = summarise(id, "stamp", a, []*annotation.Annotation{an})
	}
	c.order, c.dirty = nil, true
	if err := c.write(); err != nil {
		b.Fatal(err)
	}
	c.mu.Unlock()
	info, _ := os.Stat(c.path)
	b.Logf("catalog file: %.1f MB", float64(info.Size())/1e6)

	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			fresh := &catalog{path: c.path}
			if err := fresh.readArticles(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("listfile", func(b *testing.B) {
		for b.Loop() {
			fresh := &Library{dir: lib.dir, cat: &catalog{path: c.path}}
			n := 0
			ok, err := fresh.listFile(func(Summary) error { n++; return nil })
			fresh.closeCatalog()
			if !ok || err != nil || n < 100_000 {
				b.Fatal(ok, err, n)
			}
		}
	})
	b.Run("list", func(b *testing.B) {
		for b.Loop() {
			if list, err := lib.List(); err != nil || len(list) < 100_000 {
				b.Fatal(err, len(list))
			}
		}
	})
	b.Run("tags", func(b *testing.B) {
		for b.Loop() {
			if _, err := lib.Tags(); err != nil {
				b.Fatal(err)
			}
		}
	})
	// Tags keeps its counts until the catalog changes: this counts them
	// each time, as after a change.
	b.Run("tagscount", func(b *testing.B) {
		for b.Loop() {
			c.mu.Lock()
			c.counted = nil
			c.mu.Unlock()
			if _, err := lib.Tags(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("claims", func(b *testing.B) {
		for b.Loop() {
			if anns, err := lib.Tagged(); err != nil || len(anns) < 100_000 {
				b.Fatal(err, len(anns))
			}
		}
	})
	b.Run("taggedarticles", func(b *testing.B) {
		for b.Loop() {
			if arts, err := lib.TaggedArticles(); err != nil || len(arts) < 100_000 {
				b.Fatal(err, len(arts))
			}
		}
	})

	// The same as a window opened afresh asks for them: the catalog read
	// from its file, its entries in memory in List's order.
	reader, err := Open(Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer reader.Close()
	if anns, err := reader.Tagged(); err != nil || len(anns) < 100_000 {
		b.Fatal(err, len(anns))
	}
	b.Run("file/list", func(b *testing.B) {
		for b.Loop() {
			if list, err := reader.List(); err != nil || len(list) < 100_000 {
				b.Fatal(err, len(list))
			}
		}
	})
	b.Run("file/tagscount", func(b *testing.B) {
		for b.Loop() {
			reader.cat.mu.Lock()
			reader.cat.counted = nil
			reader.cat.mu.Unlock()
			if _, err := reader.Tags(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("file/claims", func(b *testing.B) {
		for b.Loop() {
			if anns, err := reader.Tagged(); err != nil || len(anns) < 100_000 {
				b.Fatal(err, len(anns))
			}
		}
	})
	b.Run("file/taggedarticles", func(b *testing.B) {
		for b.Loop() {
			if arts, err := reader.TaggedArticles(); err != nil || len(arts) < 100_000 {
				b.Fatal(err, len(arts))
			}
		}
	})
}
