//go:build !unix

package index

import "time"

// cpuTime is the CPU time the process has used; 0 where it is not read.
func cpuTime() time.Duration { return 0 }
