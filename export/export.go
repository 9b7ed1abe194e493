// Package export writes a reader's annotations out of Tandem in formats other
// tools read — Markdown for notes apps such as Obsidian, W3C Web Annotation
// JSON-LD, CSV, and a self-contained HTML page to share an annotated article
// with someone who has no Tandem — and reads the W3C form back in.
package export

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"tandem/annotation"
	"tandem/article"
)

// Item is one article with its annotations in reading order.
type Item struct {
	Article     *article.Article
	Annotations []*annotation.Annotation
}

// Formats are the names of the formats Write writes, as the command line
// and the window offer them.
var Formats = []string{"md", "w3c", "csv", "html"}

// ErrFormat means Write was asked for a format not among Formats.
var ErrFormat = errors.New("unknown export format")

// Write writes items in the named format: md (Markdown), w3c (a W3C
// AnnotationCollection), csv or html. claimTypes, the library's claim
// vocabulary, marks the tags that are claims in the HTML page.
func Write(w io.Writer, format string, items []Item, claimTypes []string) error {
	switch format {
	case "html":
		return HTML(w, items, claimTypes)
	case "md":
		return Markdown(w, items)
	case "w3c":
		return W3C(w, items)
	case "csv":
		return CSV(w, items)
	}
	return fmt.Errorf("%w %q (known: %s)", ErrFormat, format, strings.Join(Formats, ", "))
}

// WriteFile writes an export to the file at path through a buffer, with
// write given the buffer: the one way the window and the command line
// write an export to a file.
func WriteFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
