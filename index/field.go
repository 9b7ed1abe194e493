package index

import (
	"reflect"

	bindex "github.com/blevesearch/bleve_index_api"
)

// textField is a text field of a document being indexed. It analyses
// its text straight into the term frequencies Bleve indexes, as
// analysis.TokenFrequency would make of the tandem analyzer's tokens
// (see analyzer), without the token stream in between: a token, its
// pointer and its copy of the term for every word of the text, which
// took a fifth of indexing's CPU time and more than half its garbage.
type textField struct {
	name   string
	text   string
	length int // tokens, pairs included: the field length of the norm
	freqs  bindex.TokenFrequencies
	size   int // freqs.Size(), counted as the terms were
}

func newTextField(name, text string) *textField { return &textField{name: name, text: text} }

var textFieldSize = int(reflect.TypeFor[textField]().Size())

// Name implements index.Field.
func (f *textField) Name() string { return f.name }

// Value implements index.Field; Bleve reads it only from fields it
// stores, which text fields are not.
func (f *textField) Value() []byte { return []byte(f.text) }

// Text implements index.TextField.
func (f *textField) Text() string { return f.text }

// ArrayPositions implements index.Field: a text field is never in an array.
func (f *textField) ArrayPositions() []uint64 { return nil }

// EncodedFieldType implements index.Field: 't' for text.
func (f *textField) EncodedFieldType() byte { return 't' }

// Options implements index.Field: indexed only, as newMapping says.
func (f *textField) Options() bindex.FieldIndexingOptions { return bindex.IndexField }

// NumPlainTextBytes implements index.Field.
func (f *textField) NumPlainTextBytes() uint64 { return uint64(len(f.text)) }

// AnalyzedLength implements index.Field.
func (f *textField) AnalyzedLength() int { return f.length }

// AnalyzedTokenFrequencies implements index.Field.
func (f *textField) AnalyzedTokenFrequencies() bindex.TokenFrequencies { return f.freqs }

// Size implements document.Field: Bleve's estimate of the memory a
// document holds.
func (f *textField) Size() int {
	return textFieldSize + len(f.name) + len(f.text) + f.size
}

// Analyze implements index.Field. A field analysed already (see
// analyseAhead) keeps what it has.
func (f *textField) Analyze() {
	if f.freqs != nil {
		return
	}
	// Sized for the terms the text likely has, so that the map is made
	// once, not grown: Chinese text has a term for every five bytes or
	// so (characters and bigrams), English one for every ten.
	terms := len(f.text) / 10
	if f.name == fieldZH {
		terms = len(f.text) / 5
	}
	f.length, f.freqs, f.size = termFrequencies(f.text, terms)
}

// freqBlock is how many TokenFreqs termFrequencies allocates at once.
const freqBlock = 256

// The parts of TokenFrequencies.Size: the map's, and each term's apart
// from its bytes, counted twice (the key and the TokenFreq's Term).
var (
	freqsSize   = bindex.TokenFrequencies{}.Size()
	perTermSize = bindex.TokenFrequencies{"": &bindex.TokenFreq{}}.Size() - freqsSize
)

// termFrequencies counts the terms the analyzer gives for text, and the
// tokens: each term, pair and CJK unigram and bigram, as Analyze does.
// It makes room for about the given number of terms. It also returns the
// frequencies' Size, which Bleve asks of every document it indexes: a walk
// of the map that took 2% of an import.
func termFrequencies(text string, terms int) (int, bindex.TokenFrequencies, int) {
	freqs := make(bindex.TokenFrequencies, terms)
	// The first blocks are sized for the text, as a short note has few
	// terms: the frequencies of a whole batch are held at once.
	block := make([]bindex.TokenFreq, 0, min(terms+1, freqBlock))
	arena := make([]byte, 0, min(len(text)+16, termBlock)) // the block new terms are copied into
	n, size := 0, freqsSize
	add := func(term []byte) []byte {
		n++
		if tf := freqs[string(term)]; tf != nil {
			tf.SetFrequency(tf.Frequency() + 1)
			return tf.Term
		}
		if len(arena)+len(term) > cap(arena) {
			arena = make([]byte, 0, max(termBlock, len(term)))
		}
		from := len(arena)
		arena = append(arena, term...)
		stored := arena[from:len(arena):len(arena)]
		if len(block) == cap(block) {
			block = make([]bindex.TokenFreq, 0, freqBlock)
		}
		block = append(block, bindex.TokenFreq{Term: stored})
		tf := &block[len(block)-1]
		tf.SetFrequency(1)
		freqs[string(stored)] = tf
		size += perTermSize + 2*len(stored)
		return stored
	}
	var prev token // the last word or number, its term stored
	var pair []byte
	tokenize(text, false, func(t token) {
		term := add(t.term)
		if !isPairable(t) {
			return
		}
		if prev.term != nil && prev.pos+1 == t.pos {
			pair = appendPair(pair[:0], prev.term, term)
			add(pair)
		}
		prev = t
		prev.term = term
	})
	return n, freqs, size
}
