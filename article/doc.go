// Package article owns the text of a bilingual article: the model (pairs of a
// Chinese and an English paragraph, split into sentences and linked sentence to
// sentence), and turning imported bytes into that model — encodings, formats,
// sentence boundaries and alignment.
//
// Offsets are always in runes (Unicode code points) into one paragraph's text.
// The package imports only the standard library and golang.org/x.
package article
