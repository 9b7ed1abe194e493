//go:build !unix

package library

import "time"

// cpuTime is not measured here; benchmarks report it as 0.
func cpuTime() time.Duration { return 0 }
