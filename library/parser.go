package library

import (
	"sync"

	"tandem/article"
	"tandem/dict"
)

// parser returns the parser of every import and re-alignment: with the
// bundled dictionary as its lexicon, so that the words a Chinese and an
// English sentence share through it weigh their link where lengths nearly
// tie. The dictionary loads on the first call; should it fail to, the
// parser goes by lengths and anchors alone, as article.Parse does.
var parser = sync.OnceValue(func() article.Parser {
	d, err := dict.Bundled()
	if err != nil {
		return article.Parser{}
	}
	return article.Parser{Lexicon: d}
})
