package index

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"

	"tandem/article"
)

// AnalyzerName is the name Tandem's analyzer is registered under in Bleve.
// An index made with it opens only in a binary that registers it, which
// importing this package does.
const AnalyzerName = "tandem"

// tokenKind says what a token stands for; a CJK run gives a unigram and a
// bigram at each position.
type tokenKind uint8

const (
	kindWord    tokenKind = iota // a Latin (or other alphabetic) word, stemmed
	kindNumber                   // digits, grouping commas dropped
	kindUnigram                  // one CJK character
	kindBigram                   // two adjacent CJK characters
)

// token is one term of a text and where it came from. While a scanner
// emits it, term may share the scanner's buffer: copy it to keep it.
type token struct {
	term       []byte
	start, end int // byte offsets into the original text
	pos        int // phrase position: one per word, one per CJK character
	kind       tokenKind
}

// traditional maps traditional characters of the main CJK blocks to their
// simplified forms (0 for none), and traditionalRest the others.
var traditional, traditionalRest = func() ([]rune, map[rune]rune) {
	dense := make([]rune, cjkLast-cjkFirst+1)
	rest := map[rune]rune{}
	rs := []rune(traditionalPairs)
	for i := 0; i+1 < len(rs); i += 2 {
		if t := rs[i]; t >= cjkFirst && t <= cjkLast {
			dense[t-cjkFirst] = rs[i+1]
		} else {
			rest[t] = rs[i+1]
		}
	}
	return dense, rest
}()

// The CJK Unified Ideographs and Extension A, where most text is.
const (
	cjkFirst = 0x3400
	cjkLast  = 0x9FFF
)

// stopWords are English words too common to index (Snowball's list).
var stopWords = func() map[string]bool {
	m := analysis.NewTokenMap()
	if err := m.LoadBytes(en.EnglishStopWords); err != nil {
		panic(err) // a compiled-in list: cannot fail
	}
	return m
}()

// foldRune normalises one rune the way the index sees it: full-width forms
// to ASCII, traditional Chinese to simplified, lower case, and the curly
// apostrophe to a straight one.
func foldRune(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= cjkFirst && r <= cjkLast:
		if s := traditional[r-cjkFirst]; s != 0 {
			return s
		}
		return r
	case r >= 0xFF01 && r <= 0xFF5E: // full-width ASCII
		return foldRune(r - 0xFEE0)
	case r == 0x3000: // ideographic space
		return ' '
	case r == '’' || r == '‘':
		return '\''
	}
	if s, ok := traditionalRest[r]; ok {
		return s
	}
	return unicode.ToLower(r)
}

// isCJK reports whether r is written without spaces between words: Han,
// kana and Hangul. Such runs are indexed as unigrams and bigrams.
func isCJK(r rune) bool {
	return article.IsHan(r) || r >= 0x2E80 && unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// scanner splits a text into tokens in one pass. In query mode a CJK run
// gives only its bigrams (a one-character run its unigram), so that a run
// is matched as a chain of bigrams.
type scanner struct {
	text  string
	query bool
	emit  func(token)
	pos   int
	buf   []byte // the current term
}

// tokenize calls emit for each token of text, in order.
func tokenize(text string, query bool, emit func(token)) {
	s := scanner{text: text, query: query, emit: emit}
	s.run()
}

func (s *scanner) run() {
	for i := 0; i < len(s.text); {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		f := foldRune(r)
		switch {
		case isCJK(f):
			i = s.cjkRun(i)
		case isWordRune(f):
			i = s.word(i)
		default:
			i += size
		}
	}
}

// cjkRun emits the unigrams and bigrams of the CJK run starting at byte i
// and returns where it ends.
func (s *scanner) cjkRun(i int) int {
	var prev rune
	prevStart, n := 0, 0
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		f := foldRune(r)
		if !isCJK(f) {
			break
		}
		if n > 0 {
			s.buf = utf8.AppendRune(utf8.AppendRune(s.buf[:0], prev), f)
			s.emit(token{term: s.buf, start: prevStart, end: i + size, pos: s.pos - 1, kind: kindBigram})
		}
		if !s.query {
			s.buf = utf8.AppendRune(s.buf[:0], f)
			s.emit(token{term: s.buf, start: i, end: i + size, pos: s.pos, kind: kindUnigram})
		}
		prev, prevStart = f, i
		s.pos++
		n++
		i += size
	}
	if s.query && n == 1 {
		s.buf = utf8.AppendRune(s.buf[:0], prev)
		s.emit(token{term: s.buf, start: prevStart, end: i, pos: s.pos - 1, kind: kindUnigram})
	}
	return i
}

// maxWordRunes is the longest term a word gives: a longer word is indexed
// and searched as its first maxWordRunes characters, its offsets still
// covering all of it. No word of real text comes near (the longest in an
// English dictionary have 45 letters), while the stemmer's cost grows with
// the square of a word's length: a megabyte of "y" took minutes.
const maxWordRunes = 64

// word emits the word starting at byte i and returns where it ends. Inside
// a word, an apostrophe between letters is kept (for possessives, which the
// stemmer removes), a comma between digits is dropped (1,000 is 1000) and a
// full stop between digits kept (1.4). Its term is that of its first
// maxWordRunes characters.
func (s *scanner) word(i int) int {
	s.buf = s.buf[:0]
	start, end := i, i
	digits, letters := true, false
	kept := 0 // runes in s.buf
	var last rune
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		f := foldRune(r)
		if isCJK(f) {
			break
		}
		if isWordRune(f) {
			if kept < maxWordRunes {
				s.buf = utf8.AppendRune(s.buf, f)
				kept++
				isDigit := unicode.IsDigit(f)
				letters = letters || !isDigit && unicode.IsLetter(f)
				digits = digits && isDigit
			}
			last, i = f, i+size
			end = i
			continue
		}
		if next, nsize := s.peek(i + size); nsize == 0 || !joins(last, f, next) {
			break
		}
		if f != ',' && kept < maxWordRunes {
			s.buf = utf8.AppendRune(s.buf, f)
			kept++
		}
		last, i = f, i+size
	}
	s.emitWord(start, end, letters, digits)
	return end
}

// joins reports whether r, between last and next, stays inside a word:
// an apostrophe before a letter, a comma or full stop between digits.
func joins(last, r, next rune) bool {
	if r == '\'' {
		return unicode.IsLetter(next)
	}
	return (r == ',' || r == '.') && unicode.IsDigit(last) && unicode.IsDigit(next)
}

func (s *scanner) peek(i int) (rune, int) {
	if i >= len(s.text) {
		return 0, 0
	}
	r, size := utf8.DecodeRuneInString(s.text[i:])
	return foldRune(r), size
}

func (s *scanner) emitWord(start, end int, letters, digits bool) {
	pos := s.pos
	s.pos++
	if digits || !letters {
		s.emit(token{term: s.buf, start: start, end: end, pos: pos, kind: kindNumber})
		return
	}
	if stopWords[string(s.buf)] {
		return
	}
	s.buf = append(s.buf[:0], stem(s.buf)...)
	s.emit(token{term: s.buf, start: start, end: end, pos: pos, kind: kindWord})
}

// stems caches Snowball stems: the same words recur across texts, and
// stemming is the dearest step of analysis. It stops growing at
// maxStems words.
var stems = struct {
	sync.RWMutex
	m map[string]string
}{m: map[string]string{}}

const maxStems = 200_000

// stem reduces an English word to its Snowball stem ("investments" and
// "investment" to "invest", "olson's" to "olson").
func stem(w []byte) string {
	stems.RLock()
	st, ok := stems.m[string(w)]
	stems.RUnlock()
	if ok {
		return st
	}
	env := snowballstem.NewEnv(string(w))
	english.Stem(env)
	st = env.Current()
	stems.Lock()
	if len(stems.m) < maxStems {
		stems.m[string(w)] = st
	}
	stems.Unlock()
	return st
}

// analyzer is the Bleve face of the scanner, for every text field.
type analyzer struct{}

// Analyze implements analysis.Analyzer. The tokens and their terms are
// kept in blocks that are filled and never moved (see tokenStore).
func (analyzer) Analyze(input []byte) analysis.TokenStream {
	st := newTokenStore(len(input))
	var prev token // the last word or number, its term in the store
	var pair []byte
	tokenize(string(input), false, func(t token) {
		typ := analysis.AlphaNumeric
		switch t.kind {
		case kindNumber:
			typ = analysis.Numeric
		case kindUnigram, kindBigram:
			typ = analysis.Ideographic
		}
		term := st.add(t.term, t.start, t.end, t.pos, typ)
		if !isPairable(t) {
			return
		}
		if prev.term != nil && prev.pos+1 == t.pos {
			pair = appendPair(pair[:0], prev.term, term)
			st.add(pair, prev.start, t.end, prev.pos, typ)
		}
		prev = t
		prev.term = term
	})
	return st.out
}

// Block sizes of a tokenStore: a text's tokens and terms go into blocks of
// about these sizes, the first sized for a short text.
const (
	tokenBlock = 4096
	termBlock  = 64 << 10
)

// tokenStore holds the tokens of one text. Reserving for the most tokens
// a text could have, or doubling a slice as it fills, cost 27 bytes per
// byte of text up front and copied the tokens of a 19 MB article many
// times over; blocks that are filled and never moved cost what the tokens
// take, and the token pointers Bleve wants stay valid.
type tokenStore struct {
	out    analysis.TokenStream
	tokens []analysis.Token // the block being filled
	terms  []byte           // the block being filled
}

func newTokenStore(size int) *tokenStore {
	// A word of English gives about a token per three bytes, with its
	// pair; a Chinese character two per three bytes.
	n := size/3 + 1
	return &tokenStore{
		out:    make(analysis.TokenStream, 0, n),
		tokens: make([]analysis.Token, 0, min(n, tokenBlock)),
		terms:  make([]byte, 0, min(2*size+16, termBlock)),
	}
}

// add appends a token, copying term into the store, and returns the
// stored term.
func (st *tokenStore) add(term []byte, start, end, pos int, typ analysis.TokenType) []byte {
	if len(st.terms)+len(term) > cap(st.terms) {
		st.terms = make([]byte, 0, max(termBlock, len(term)))
	}
	from := len(st.terms)
	st.terms = append(st.terms, term...)
	stored := st.terms[from:len(st.terms):len(st.terms)]
	if len(st.tokens) == cap(st.tokens) {
		st.tokens = make([]analysis.Token, 0, tokenBlock)
	}
	st.tokens = append(st.tokens, analysis.Token{Term: stored, Start: start, End: end, Position: pos + 1, Type: typ})
	st.out = append(st.out, &st.tokens[len(st.tokens)-1])
	return stored
}

// appendPair appends the term that stands for two adjacent words: the
// index holds one for every two words or numbers in a row, so that a
// phrase is found by its pairs, as rare as the phrase itself, rather than
// by its words, each far commoner. A space never occurs inside a word's
// term, so pairs and words cannot be confused.
func appendPair(dst, first, second []byte) []byte {
	return append(append(append(dst, first...), ' '), second...)
}

func init() {
	err := registry.RegisterAnalyzer(AnalyzerName, func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
		return analyzer{}, nil
	})
	if err != nil {
		panic(err) // only if another package registered the same name
	}
}
