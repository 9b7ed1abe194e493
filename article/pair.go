package article

import (
	"cmp"
	"errors"
	"fmt"
	"sync"
)

// Errors of ParsePair. They are wrapped with the names of the files; test
// with errors.Is.
var (
	// ErrSameLanguage means both files of a pair are in one language.
	ErrSameLanguage = errors.New("both files are in the same language: pair a Chinese version with an English one")
	// ErrBothLanguages means one file of a pair holds both languages: it
	// is a bilingual article already and imports on its own.
	ErrBothLanguages = errors.New("the file holds both Chinese and English: import it on its own, not as one version of a pair")
)

// FormatPair is the format of an article made of two one-language files
// (see ParsePair).
const FormatPair Format = "pair"

// Version is one file of a pair as ParsePair read it: its language and its
// format (empty for plain text).
type Version struct {
	Lang   Lang
	Format Format
}

// minorShare is the share of a file's text (weighed as in weight) that may
// be in the other language before the file counts as bilingual: a byline,
// a source line or a quoted name in the other language is common, a second
// version of the text is not.
const minorShare = 0.25

// ParsePair reads two files that hold one article in one language each,
// the Chinese and the English version in either order and each in any
// format Parse reads, and aligns them into one bilingual article: the
// Chinese file's paragraphs against the English file's, by length and
// shared anchors, a paragraph without a counterpart becoming a row of one
// language. TitleZH comes from the Chinese file and TitleEN from the
// English one; the date, source and author from whichever has them (the
// English first for the author, the Chinese first for the rest). Names are
// only used in errors. It also returns what each file was read as, in the
// order given.
func ParsePair(nameA string, dataA []byte, nameB string, dataB []byte) (*Article, [2]Version, error) {
	return Parser{}.ParsePair(nameA, dataA, nameB, dataB)
}

// ParsePair is the package's ParsePair, with the parser's lexicon weighing
// the sentence links.
func (ps Parser) ParsePair(nameA string, dataA []byte, nameB string, dataB []byte) (*Article, [2]Version, error) {
	var vs [2]Version
	var docs [2]doc
	var uss [2][]unit
	names := [2]string{nameA, nameB}
	// The two files are read at once: a PDF waits on pdftotext.
	var errs [2]error
	var wg sync.WaitGroup
	for i, data := range [2][]byte{dataA, dataB} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			docs[i], errs[i] = readDoc(data)
		}()
	}
	wg.Wait()
	for i := range docs {
		if errs[i] != nil {
			return nil, vs, fmt.Errorf("%s: %w", names[i], errs[i])
		}
		d := docs[i]
		d.takeDigestLines()
		us := units(d.blocks)
		l, err := versionLang(us)
		if err != nil {
			return nil, vs, fmt.Errorf("%s: %w", names[i], err)
		}
		docs[i], uss[i], vs[i] = d, us, Version{Lang: l, Format: d.format}
	}
	if vs[0].Lang == vs[1].Lang {
		return nil, vs, fmt.Errorf("%s and %s: %w (both are %s)", nameA, nameB, ErrSameLanguage, langName(vs[0].Lang))
	}
	zh, en := 0, 1
	if vs[0].Lang == EN {
		zh, en = 1, 0
	}
	return combine(docs[zh], docs[en], uss[zh], uss[en], ps.Lexicon), vs, nil
}

// versionLang is the language of one version: the language of most of its
// text. A file with much of both is refused, and one with no text.
func versionLang(us []unit) (Lang, error) {
	var w [2]float64
	for _, u := range us {
		if u.lang == ZH {
			w[0] += weight(u)
		} else {
			w[1] += weight(u)
		}
	}
	total := w[0] + w[1]
	switch {
	case total == 0:
		return "", ErrNoText
	case min(w[0], w[1]) > minorShare*total:
		return "", ErrBothLanguages
	case w[0] >= w[1]:
		return ZH, nil
	}
	return EN, nil
}

// weight is how much text a paragraph holds, in Chinese characters: an
// English paragraph of the same content is about three times as many runes.
func weight(u unit) float64 {
	n := float64(len([]rune(u.text)))
	if u.lang == EN {
		return n / 3
	}
	return n
}

func langName(l Lang) string {
	if l == ZH {
		return "Chinese"
	}
	return "English"
}

// combine aligns the paragraphs of a Chinese version with those of an
// English one. Every paragraph of a version stays in its version's column,
// even a line in the other language (a byline, a source), so that each
// column reads as its file does.
func combine(zd, ed doc, zus, eus []unit, lex Lexicon) *Article {
	texts := func(us []unit) []string {
		out := make([]string, len(us))
		for i, u := range us {
			out[i] = u.text
		}
		return out
	}
	a := &Article{
		Author:   first(ed.meta.author, zd.meta.author),
		Date:     first(zd.meta.date, ed.meta.date),
		Source:   first(zd.meta.source, ed.meta.source),
		SourceID: first(zd.meta.sourceID, ed.meta.sourceID),
		Format:   FormatPair,
	}
	m := newMeasured()
	m.lex = lex
	a.Pairs = m.alignParagraphs(texts(zus), texts(eus))
	posteriors := make([][]float64, len(a.Pairs))
	ratio := articleRatio(a.Pairs)
	for i := range a.Pairs {
		posteriors[i] = alignSentences(&a.Pairs[i], lex, ratio)
	}
	a.score(posteriors, m)
	a.setTitles(titlePair{zh: zd.meta.title.zh, en: ed.meta.title.en})
	a.Date = cmp.Or(a.Date, leadDate(a.Pairs))
	if a.Author == "" {
		a.Author = deriveAuthor(a.Pairs)
	}
	a.ID = MakeID(a)
	a.ownMetadata()
	return a
}

// first returns the first of its arguments that is not empty.
func first(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// ReplayPair is Replay for an article made by ParsePair: it pairs the two
// files again and applies the reader's alignment edits in order.
func ReplayPair(nameA string, dataA []byte, nameB string, dataB []byte, edits []Edit) (*Article, error) {
	return Parser{}.ReplayPair(nameA, dataA, nameB, dataB, edits)
}

// ReplayPair is the package's ReplayPair, parsing with the parser's
// lexicon.
func (ps Parser) ReplayPair(nameA string, dataA []byte, nameB string, dataB []byte, edits []Edit) (*Article, error) {
	a, _, err := ps.ParsePair(nameA, dataA, nameB, dataB)
	if err != nil {
		return nil, err
	}
	return a, a.applyEdits(edits)
}
