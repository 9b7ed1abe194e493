package article

import (
	"encoding/json"
	"fmt"
)

// Lang is the language of a paragraph or a sentence.
type Lang string

// The two languages Tandem reads.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// Other returns the language on the other side of a pair.
func (l Lang) Other() Lang {
	if l == ZH {
		return EN
	}
	return ZH
}

// Valid reports whether l is one of the two languages.
func (l Lang) Valid() bool { return l == ZH || l == EN }

// Format names the kind of input an article was parsed from.
type Format string

// The input formats, detected by content.
const (
	FormatDigest      Format = "digest"      // ← 返回 header, Chinese then English, dated footer
	FormatInterleaved Format = "interleaved" // English and Chinese alternate, line by line or paragraph by paragraph
	FormatGrouped     Format = "grouped"     // all of one language, then all of the other, no digest header
	FormatOneLanguage Format = "one-language"
	FormatMarkdown    Format = "markdown"
	FormatHTML        Format = "html"
	FormatDOCX        Format = "docx" // a Word file
	FormatPDF         Format = "pdf"
	FormatEPUB        Format = "epub" // an EPUB book's chapters
)

// Span is a half-open rune range [Start, End) in a paragraph. In JSON it is the
// two-element array [start, end].
type Span struct {
	Start, End int
}

// Len is the number of runes in the span.
func (s Span) Len() int { return s.End - s.Start }

// MarshalJSON writes the span as [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]int{s.Start, s.End})
}

// UnmarshalJSON reads a span written as [start, end]. Anything else, such as
// [1] or an end before the start, is an error rather than a span that would
// cut text out of range: article.json is a file the reader may edit.
func (s *Span) UnmarshalJSON(b []byte) error {
	v, err := readIntPair(b)
	if err != nil {
		return fmt.Errorf("span: %w", err)
	}
	if v[1] < v[0] {
		return fmt.Errorf("span: end %d before start %d", v[1], v[0])
	}
	s.Start, s.End = v[0], v[1]
	return nil
}

// readIntPair reads a JSON array of exactly two non-negative integers.
func readIntPair(b []byte) ([2]int, error) {
	var v []int
	if err := json.Unmarshal(b, &v); err != nil {
		return [2]int{}, err
	}
	if len(v) != 2 || v[0] < 0 || v[1] < 0 {
		return [2]int{}, fmt.Errorf("want two non-negative numbers, got %s", b)
	}
	return [2]int{v[0], v[1]}, nil
}

// Link says that Chinese sentence ZH and English sentence EN of the same pair
// translate each other. A sentence may take part in several links (2–1 and 1–2
// alignments). In JSON it is the array [zh, en].
type Link struct {
	ZH, EN int
}

// MarshalJSON writes the link as [zh, en].
func (l Link) MarshalJSON() ([]byte, error) {
	return json.Marshal([2]int{l.ZH, l.EN})
}

// UnmarshalJSON reads a link written as [zh, en].
func (l *Link) UnmarshalJSON(b []byte) error {
	v, err := readIntPair(b)
	if err != nil {
		return fmt.Errorf("link: %w", err)
	}
	l.ZH, l.EN = v[0], v[1]
	return nil
}

// index returns the sentence index of the link on the side of language l.
func (l Link) index(lang Lang) int {
	if lang == ZH {
		return l.ZH
	}
	return l.EN
}

// Pair is one row of an article: a Chinese paragraph and the English paragraph
// that translates it. Either side may be empty when a paragraph has no
// counterpart.
//
// Confidence says how sure the alignment is that the two paragraphs belong
// together, from 0 to 1; LinkConfidence says the same of each sentence link,
// in the order of Links. The confidences are kept in a list next to Links,
// rather than inside each link, so that readers of the [zh, en] link arrays
// of article.json and `tandem show --json` keep working. A pair or link the
// reader made by hand has confidence 1.
type Pair struct {
	ZH             string    `json:"zh"`
	EN             string    `json:"en"`
	SentencesZH    []Span    `json:"sentences_zh"`
	SentencesEN    []Span    `json:"sentences_en"`
	Links          []Link    `json:"links"`
	LinkConfidence []float64 `json:"link_confidence"`
	Confidence     float64   `json:"confidence"`
	// Edited is set when an alignment edit made or changed the pair: its
	// pairing is the reader's, and Rescore leaves it alone.
	Edited bool `json:"edited,omitempty"`
}

// UnmarshalJSON reads a pair. A pair saved before confidences existed has
// neither "confidence" nor "link_confidence"; it is read as confident (1
// throughout), as the reader saw it unmarked then. Article.Rescore computes
// real values for it. A "link_confidence" list that does not match the
// links is an error, like a span out of shape.
func (p *Pair) UnmarshalJSON(b []byte) error {
	type plain Pair
	v := struct {
		*plain
		Confidence     *float64  `json:"confidence"`
		LinkConfidence []float64 `json:"link_confidence"`
	}{plain: (*plain)(p)}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	p.Confidence = 1
	if v.Confidence != nil {
		p.Confidence = *v.Confidence
	}
	p.LinkConfidence = v.LinkConfidence
	switch {
	case v.LinkConfidence == nil && v.Confidence == nil:
		p.LinkConfidence = make([]float64, len(p.Links))
		for i := range p.LinkConfidence {
			p.LinkConfidence[i] = 1
		}
	case len(v.LinkConfidence) != len(p.Links):
		return fmt.Errorf("pair: %d link confidences for %d links", len(v.LinkConfidence), len(p.Links))
	}
	return nil
}

// Text returns the paragraph in language l.
func (p *Pair) Text(l Lang) string {
	if l == ZH {
		return p.ZH
	}
	return p.EN
}

// Sentences returns the sentence spans of the paragraph in language l.
func (p *Pair) Sentences(l Lang) []Span {
	if l == ZH {
		return p.SentencesZH
	}
	return p.SentencesEN
}

// Counterparts returns the indexes of the sentences in the other language that
// sentence i of language l is linked to, in order.
func (p *Pair) Counterparts(l Lang, i int) []int {
	var out []int
	for _, k := range p.Links {
		switch {
		case l == ZH && k.ZH == i:
			out = append(out, k.EN)
		case l == EN && k.EN == i:
			out = append(out, k.ZH)
		}
	}
	return out
}

// SentenceAt returns the index of the sentence of language l that holds rune
// offset off, or -1 when off falls between sentences.
func (p *Pair) SentenceAt(l Lang, off int) int {
	for i, s := range p.Sentences(l) {
		if off >= s.Start && off < s.End {
			return i
		}
	}
	return -1
}

// Article is a bilingual article: its metadata and its aligned pairs.
type Article struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	// TitleZH and TitleEN are the title in each language: the input's own
	// (a heading, <title>) or the first sentence of that language. Title is
	// the one shown first.
	TitleZH  string `json:"title_zh,omitempty"`
	TitleEN  string `json:"title_en,omitempty"`
	Source   string `json:"source"`
	SourceID string `json:"source_id"`
	Date     string `json:"date"` // YYYY-MM-DD, or empty when the input has none
	Author   string `json:"author"`
	Format   Format `json:"format"`
	Pairs    []Pair `json:"pairs"`
	// Edits are the alignment edits the reader made, oldest first. Applied
	// in order to a fresh Parse of the same source they give Pairs again.
	Edits []Edit `json:"edits,omitempty"`
}
