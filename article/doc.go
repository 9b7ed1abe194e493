// Package article owns the text of a bilingual article: the model (pairs of a
// Chinese and an English paragraph, split into sentences and linked sentence to
// sentence, each pairing and link with a confidence), turning imported bytes
// into that model — encodings, formats, sentence boundaries and alignment —
// and the reader's alignment edits, kept as a list that replays on a fresh
// parse.
//
// Offsets are always in runes (Unicode code points) into one paragraph's text.
// The package imports only the standard library and golang.org/x.
package article
