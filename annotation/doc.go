// Package annotation owns the reader's marks on an article: highlights with a
// colour, tags (claim types among them), notes, and the span of text each one
// targets — with its aligned counterpart in the other language. It anchors a
// mark to text, re-anchors it when the text changes (never onto look-alike
// words), and reads and writes the W3C Web Annotation JSON-LD form Tandem
// stores on disk.
package annotation
