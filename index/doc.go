// Package index owns Tandem's search index: a Bleve index, derived from the
// library's files and rebuildable at any time, of one document per article
// (its Chinese and English text) and one per annotation (quote,
// counterpart, note, tags, colour), with the analysis that lets a query in
// either language find them, the query language, and results grouped by
// article with marked snippets.
//
// Text is analysed by one analyzer for both languages (see AnalyzerName):
// full-width forms fold to ASCII, traditional Chinese to simplified, case
// is folded and grouping commas leave numbers; runs of Chinese become
// characters and bigrams, and other words are stemmed (Snowball English)
// with stop words left out; each two adjacent words or numbers also give a
// pair term. A run of Chinese in a query is matched as its chain of bigrams
// (a single character as itself), a word as its stem, a quoted phrase of
// words as its pairs, in either language's text, so Latin names inside
// Chinese text are found by English queries too.
//
// The index stores no text, positions or term vectors, which keeps it small
// and fast to build: it finds the bigrams or word pairs of a phrase, and
// the snippet builder, which tokenizes the article's text exactly as the
// index did, confirms they stand together and marks them.
package index
