//go:build unix

package library

import (
	"syscall"
	"time"
)

// cpuTime is the processor time this process and its waited-for children
// (pdftotext) have used: a benchmark's cost that the machine's load does
// not inflate, unlike its wall time.
func cpuTime() time.Duration {
	var total time.Duration
	for _, who := range []int{syscall.RUSAGE_SELF, syscall.RUSAGE_CHILDREN} {
		var ru syscall.Rusage
		if syscall.Getrusage(who, &ru) == nil {
			total += time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		}
	}
	return total
}
