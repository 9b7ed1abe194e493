package align

import (
	"testing"

	"tandem/article"
	"tandem/dict"
)

// BenchmarkParseEval parses the published translations of the evaluation
// whole, in each layout: real text, where the generated articles of
// article.BenchmarkParse have sentences of a few patterns. One op is one
// article. The sub-benchmarks parse without a lexicon and with the bundled
// dictionary, as the library's import does.
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
	d, err := dict.Bundled()
	if err != nil {
		b.Fatal(err)
	}
	// The dictionary's tables are built once per process, before the
	// first article: not part of an article's cost.
	d.TranslationKeys("中国", func(int32) {})
	for _, bc := range []struct {
		name string
		ps   article.Parser
	}{{"plain", article.Parser{}}, {"dictionary", article.Parser{Lexicon: d}}} {
		b.Run(bc.name, func(b *testing.B) {
			for i := range b.N {
				if _, err := bc.ps.Parse(docs[i%len(docs)]); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
