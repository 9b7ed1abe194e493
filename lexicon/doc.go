// Package lexicon learns a lexical translation table from the reader's own
// aligned sentences: which Chinese words translate which English words, by
// an estimate in the manner of IBM Model 1 (expectation maximisation over
// word co-occurrences, both directions, joined by a geometric mean). The
// word finder of package annotation and the ~ search of package index use
// it for words the dictionary lacks. The table is derived from the articles,
// so it is kept as a cache file that is rebuilt whenever it is missing or
// damaged. It depends on article and dict only.
package lexicon
