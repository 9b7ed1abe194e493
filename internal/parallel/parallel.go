// Package parallel spreads independent pieces of work over the
// processors: the paragraphs of a long article, the thousands of
// annotations of a big import.
package parallel

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls f(i) for every i in [0, n) and returns when all are done. When
// n reaches least and there is more than one processor, the calls run on
// as many goroutines as there are processors, each taking the next i; below
// least they run in order on the caller's, where starting goroutines would
// cost more than it saves. Each f(i) must touch only its own item.
func For(n, least int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if n < least || workers < 2 {
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
