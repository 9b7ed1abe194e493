package article

import "tandem/internal/parallel"

// parallelMin is the number of independent items below which spreading
// them over the processors costs more than it saves: an ordinary article
// has a few dozen paragraphs and is aligned on one goroutine, while an
// import runs several articles side by side anyway.
const parallelMin = 64

// eachParagraph calls f(i) for every i in [0, n), on every processor when
// n reaches parallelMin. Each f(i) must touch only its own item.
func eachParagraph(n int, f func(i int)) { parallel.For(n, parallelMin, f) }
