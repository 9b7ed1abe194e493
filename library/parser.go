package library

import (
	"sync"

	"tandem/article"
	"tandem/dict"
)

// parser returns the parser of every import and re-alignment: with the
// bundled dictionary as its lexicon, so that the words a Chinese and an
// English sentence share through it weigh their link where lengths nearly
// tie.
func parser() article.Parser { return article.Parser{Lexicon: bundledLexicon{}} }

// bundledLexicon is the bundled dictionary as an article.Lexicon, loaded
// when a pair first asks it: most pairs of an import have as many
// sentences on each side and never do, and the dictionary costs some 10 MB
// (dict's BenchmarkLiveHeap) and a few hundredths of a second to load. Should it fail to load, it knows
// no words, and the aligner goes by lengths and anchors alone.
type bundledLexicon struct{}

var bundled = sync.OnceValue(func() *dict.Dictionary {
	d, err := dict.Bundled()
	if err != nil {
		return nil
	}
	return d
})

// TranslationKeys is the bundled dictionary's.
func (bundledLexicon) TranslationKeys(zh string, f func(key int32)) {
	if d := bundled(); d != nil {
		d.TranslationKeys(zh, f)
	}
}

// WordKeys is the bundled dictionary's.
func (bundledLexicon) WordKeys(en string, f func(key int32)) {
	if d := bundled(); d != nil {
		d.WordKeys(en, f)
	}
}
