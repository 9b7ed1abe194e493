package library

import (
	"strings"
	"testing"

	"tandem/article"
)

// countingLexicon is the bundled lexicon, counting the texts asked of it.
type countingLexicon struct {
	bundledLexicon
	asked *int
}

// TranslationKeys is the bundled lexicon's, counted.
func (l countingLexicon) TranslationKeys(zh string, f func(int32)) {
	*l.asked++
	l.bundledLexicon.TranslationKeys(zh, f)
}

// WordKeys is the bundled lexicon's, counted.
func (l countingLexicon) WordKeys(en string, f func(int32)) {
	*l.asked++
	l.bundledLexicon.WordKeys(en, f)
}

// BenchmarkParseWMTDigest parses digests of the WMT newstest2020
// segments, twenty paragraphs a language each, as an import parses them:
// with the bundled dictionary, which the aligner asks where a Chinese
// paragraph and its translation have unlike numbers of sentences (real
// translations often do). The dictionary is loaded and its indexes built
// before the timing; asked/op counts the texts the aligner asked it.
func BenchmarkParseWMTDigest(b *testing.B) {
	rows := wmtRows(b)
	var docs [][]byte
	for from := 0; from+20 <= len(rows); from += 20 {
		var s strings.Builder
		s.WriteString("← 返回 新闻\n\n")
		for _, r := range rows[from : from+20] {
			s.WriteString(r[0] + "\n\n")
		}
		for _, r := range rows[from : from+20] {
			s.WriteString(r[1] + "\n\n")
		}
		s.WriteString("2020-06-01 (Monday) · 0123abcd\n")
		docs = append(docs, []byte(s.String()))
	}
	asked := 0
	p := article.Parser{Lexicon: countingLexicon{asked: &asked}}
	p.Lexicon.TranslationKeys("投资", func(int32) {})
	p.Lexicon.WordKeys("investment", func(int32) {})
	asked = 0
	n := 0
	for b.Loop() {
		if _, err := p.Parse(docs[n%len(docs)]); err != nil {
			b.Fatal(err)
		}
		n++
	}
	if asked == 0 {
		b.Fatal("the aligner never asked the dictionary")
	}
	b.ReportMetric(float64(asked)/float64(n), "asked/op")
}
