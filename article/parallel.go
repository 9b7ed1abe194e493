package article

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// parallelMin is the number of independent items below which spreading
// them over the processors costs more than it saves: an ordinary article
// has a few dozen paragraphs and is aligned on one goroutine, while an
// import runs several articles side by side anyway.
const parallelMin = 64

// parallel calls f(i) for every i in [0, n), on as many goroutines as there
// are processors when n reaches parallelMin, and returns when all are done.
// Each f(i) must touch only its own item.
func parallel(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if n < parallelMin || workers < 2 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				f(i)
			}
		})
	}
	wg.Wait()
}
