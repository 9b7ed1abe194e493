package align

import (
	"testing"

	"tandem/article"
)

// BenchmarkParseEval parses the published translations of the evaluation
// whole, in each layout: real text, where the generated articles of
// article.BenchmarkParse have sentences of a few patterns. One op is one
// article.
func BenchmarkParseEval(b *testing.B) {
	srcs, err := Load("../testdata")
	if err != nil {
		b.Fatal(err)
	}
	var docs [][]byte
	for _, src := range srcs {
		for _, lay := range layouts {
			for _, ps := range src.Articles {
				docs = append(docs, lay.render(undamaged(ps), src.Name))
			}
		}
	}
	b.ResetTimer()
	for i := range b.N {
		if _, err := article.Parse(docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
}
