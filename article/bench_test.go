package article_test

import (
	"testing"

	"tandem/article"
	"tandem/internal/corpus"
)

// BenchmarkParse parses generated bilingual articles of about 5 KB, the
// size the search benchmarks import.
func BenchmarkParse(b *testing.B) {
	g := corpus.New(1)
	docs := make([][]byte, 64)
	for i := range docs {
		docs[i] = g.Article(i).Digest()
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := article.Parse(docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
}
