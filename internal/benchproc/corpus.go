package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"tandem/internal/corpus"
)

// seed names the corpus: the same one as the in-process table's.
const seed = 1

// perFolder is how many digest files a subfolder of the corpus holds.
const perFolder = 1000

// writeCorpus writes articles 0 to n-1 of the synthetic corpus as digest
// files into dir, perFolder to a subfolder (000/000000.txt, ...), and
// returns the bytes written.
func writeCorpus(dir string, n int) (int64, error) {
	for f := 0; f*perFolder < n; f++ {
		if err := os.MkdirAll(filepath.Join(dir, fmt.Sprintf("%03d", f)), 0o755); err != nil {
			return 0, err
		}
	}
	gen := corpus.New(seed)
	var total atomic.Int64
	var firstErr error
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.NumCPU() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				data := gen.Article(i).Digest()
				if err := os.WriteFile(corpusFile(dir, i), data, 0o644); err != nil {
					mu.Lock()
					firstErr = err
					mu.Unlock()
					continue
				}
				total.Add(int64(len(data)))
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return total.Load(), firstErr
}

// corpusFile is where writeCorpus puts article i.
func corpusFile(dir string, i int) string {
	return filepath.Join(dir, fmt.Sprintf("%03d", i/perFolder), fmt.Sprintf("%06d.txt", i))
}
