package parallel

import (
	"runtime"
	"sync/atomic"
	"testing"
)

func TestForCallsEachOnce(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, c := range []struct{ n, least int }{{0, 1}, {1, 1}, {3, 64}, {1000, 64}, {1000, 0}} {
		calls := make([]atomic.Int32, c.n)
		For(c.n, c.least, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if got := calls[i].Load(); got != 1 {
				t.Fatalf("n %d least %d: item %d called %d times", c.n, c.least, i, got)
			}
		}
	}
}

func TestForBelowLeastRunsInOrder(t *testing.T) {
	var order []int
	For(10, 64, func(i int) { order = append(order, i) }) // no lock: one goroutine
	for i, got := range order {
		if got != i {
			t.Fatalf("call %d was for item %d", i, got)
		}
	}
	if len(order) != 10 {
		t.Fatalf("%d calls, want 10", len(order))
	}
}
