package index

import (
	"maps"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	bindex "github.com/blevesearch/bleve_index_api"

	"tandem/internal/corpus"
)

// TestTextFieldIndexesWhatTheAnalyzerGives: a text field's terms, their
// frequencies and its length (the norm) are those Bleve would make of
// the analyzer's tokens, so that indexing through it finds and scores
// exactly what indexing through the analyzer did.
func TestTextFieldIndexesWhatTheAnalyzerGives(t *testing.T) {
	texts := []string{
		"",
		"投资者",
		"在 2026 年,Nvidia 的 1,000 亿美元投資。",
		"the rate of interest rose; rates rose again and again",
		"Olson’s Olson's investors' «GPT-5» ＯｐｅｎＡＩ カタカナ 1.4 兆",
		strings.Repeat("y", 300) + " " + strings.Repeat("投资", 50),
		"market share market share market share",
	}
	gen := corpus.New(7)
	for i := range 20 {
		a := gen.Article(i)
		texts = append(texts, strings.Join(a.ZH, "\n"), strings.Join(a.EN, "\n"))
		for _, an := range a.Annotations {
			texts = append(texts, an.Quote, an.Note)
		}
	}
	for _, text := range texts {
		tokens := analyzer{}.Analyze([]byte(text))
		want := analysis.TokenFrequency(tokens, nil, bindex.IndexField)
		f := newTextField(fieldEN, text)
		f.Analyze()
		if f.AnalyzedLength() != len(tokens) {
			t.Errorf("%.40q: length %d, the analyzer gives %d tokens", text, f.AnalyzedLength(), len(tokens))
		}
		got := f.AnalyzedTokenFrequencies()
		if !maps.EqualFunc(got, want, func(a, b *bindex.TokenFreq) bool {
			return string(a.Term) == string(b.Term) && a.Frequency() == b.Frequency() && len(a.Locations) == len(b.Locations)
		}) {
			t.Errorf("%.40q: %d terms, the analyzer's tokens give %d (or their counts differ)", text, len(got), len(want))
		}
		for k, tf := range got {
			if k != string(tf.Term) {
				t.Errorf("%.40q: term %q filed under %q", text, tf.Term, k)
			}
		}
	}
}

// TestTextFieldSize: the size a text field counts as it analyses is what
// Bleve's walk of its frequencies gives.
func TestTextFieldSize(t *testing.T) {
	for _, text := range []string{"", "GDP grew 5%", "人民币汇率 人民币 yuan yuan CNY", strings.Repeat("央行降息 rates cut ", 300)} {
		f := newTextField(fieldZH, text)
		f.Analyze()
		if got, want := f.size, f.freqs.Size(); got != want {
			t.Errorf("%.20q: counted %d, Bleve's walk gives %d", text, got, want)
		}
	}
}
