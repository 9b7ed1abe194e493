// Package export writes a reader's annotations out of Tandem in formats other
// tools read — Markdown for notes apps such as Obsidian, W3C Web Annotation
// JSON-LD, and CSV — and reads the W3C form back in.
package export

import (
	"tandem/annotation"
	"tandem/article"
)

// Item is one article with its annotations in reading order.
type Item struct {
	Article     *article.Article
	Annotations []*annotation.Annotation
}
