package index

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/article"
)

// fragmentRunes is about how long a snippet is, and contextRunes how much
// text it shows before the first match.
const (
	fragmentRunes = 160
	contextRunes  = 40
)

// span is a byte range of a text to mark.
type span struct{ start, end int }

// marker finds the query's chains in texts, tokenizing them exactly as the
// index did, so that what is marked is what was matched: 投資 marks 投资,
// 1000 marks 1,000 and "investments" marks "Investment".
type marker struct {
	chains []chain
	found  map[int]bool  // indexes of chains seen since the caller cleared it
	byPos  map[int][]int // token indexes by position in the last text, built on demand
	toks   []token       // tokens of the last text
	arena  []byte        // their terms
}

func newMarker(chains []chain) *marker {
	return &marker{chains: chains, found: map[int]bool{}}
}

// marks returns the merged spans of text where a chain occurs, and
// records which chains occurred.
func (m *marker) marks(text string) []span {
	if len(m.chains) == 0 || text == "" {
		return nil
	}
	m.toks, m.byPos, m.arena = m.toks[:0], nil, m.arena[:0]
	tokenize(text, false, func(t token) {
		from := len(m.arena)
		m.arena = append(m.arena, t.term...)
		t.term = m.arena[from:len(m.arena):len(m.arena)]
		m.toks = append(m.toks, t)
	})
	var out []span
	for ci, c := range m.chains {
		for i, t := range m.toks {
			if !bytes.Equal(t.term, c[0].term) {
				continue
			}
			if end, ok := m.follow(c, i); ok {
				out = append(out, span{t.start, end})
				m.found[ci] = true
			}
		}
	}
	return merge(out)
}

// follow checks that the rest of chain c stands after token i, at the same
// distances as in the query, and returns where the last token ends.
func (m *marker) follow(c chain, i int) (int, bool) {
	end := m.toks[i].end
	if len(c) == 1 {
		return end, true
	}
	if m.byPos == nil {
		m.indexPositions()
	}
	for _, want := range c[1:] {
		pos := m.toks[i].pos + want.pos - c[0].pos
		k := slices.IndexFunc(m.byPos[pos], func(j int) bool { return bytes.Equal(m.toks[j].term, want.term) })
		if k < 0 {
			return 0, false
		}
		end = max(end, m.toks[m.byPos[pos][k]].end)
	}
	return end, true
}

func (m *marker) indexPositions() {
	m.byPos = map[int][]int{}
	for j, t := range m.toks {
		m.byPos[t.pos] = append(m.byPos[t.pos], j)
	}
}

// merge sorts spans and joins those that overlap or touch.
func merge(spans []span) []span {
	if len(spans) < 2 {
		return spans
	}
	slices.SortFunc(spans, func(a, b span) int { return a.start - b.start })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.start <= last.end {
			last.end = max(last.end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// fragment cuts the part of text around its first marks, about
// fragmentRunes long, into parts with the marks set.
func fragment(text string, spans []span) []SnippetPart {
	from, to := window(text, spans)
	var parts []SnippetPart
	if from > 0 {
		parts = addPart(parts, "…", false)
	}
	at := from
	for _, s := range spans {
		if s.end <= from || s.start >= to {
			continue
		}
		s.start, s.end = max(s.start, from), min(s.end, to)
		parts = addPart(parts, text[at:s.start], false)
		parts = addPart(parts, text[s.start:s.end], true)
		at = s.end
	}
	parts = addPart(parts, text[at:to], false)
	if to < len(text) {
		parts = addPart(parts, "…", false)
	}
	return trimParts(parts)
}

// addPart appends text to parts, joining it to the last part when both are
// marked or both are not; empty text adds nothing.
func addPart(parts []SnippetPart, text string, mark bool) []SnippetPart {
	switch {
	case text == "":
		return parts
	case len(parts) > 0 && parts[len(parts)-1].Mark == mark:
		parts[len(parts)-1].Text += text
		return parts
	}
	return append(parts, SnippetPart{Text: text, Mark: mark})
}

// trimParts removes the white space that starts and ends the parts, and
// any part left empty.
func trimParts(parts []SnippetPart) []SnippetPart {
	for len(parts) > 0 {
		if parts[0].Text = strings.TrimLeftFunc(parts[0].Text, unicode.IsSpace); parts[0].Text != "" {
			break
		}
		parts = parts[1:]
	}
	for len(parts) > 0 {
		last := &parts[len(parts)-1]
		if last.Text = strings.TrimRightFunc(last.Text, unicode.IsSpace); last.Text != "" {
			break
		}
		parts = parts[:len(parts)-1]
	}
	return parts
}

// window picks the bytes [from, to) of text a fragment shows: from a
// little before the first span, about fragmentRunes long, cut between
// words where there are spaces.
func window(text string, spans []span) (from, to int) {
	first := span{0, 0}
	if len(spans) > 0 {
		first = spans[0]
		from = backRunes(text, first.start, contextRunes)
	}
	if i := strings.IndexByte(text[from:first.start], ' '); from > 0 && i >= 0 {
		from += i + 1
	}
	to = max(forwardRunes(text, from, fragmentRunes), first.end)
	if i := strings.LastIndexByte(text[from:to], ' '); to < len(text) && i > 0 && from+i > first.end {
		to = from + i
	}
	return from, to
}

func backRunes(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i
}

func forwardRunes(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i
}

// aligned is the snippet of the other language of a pair: around its own
// marks when the query matches there too, else the sentences linked to
// the one holding the first mark, else the paragraph's start.
func aligned(p *article.Pair, lang article.Lang, spans []span, other []span) []SnippetPart {
	text := p.Text(lang)
	otherText := p.Text(lang.Other())
	if len(other) > 0 || len(spans) == 0 || otherText == "" {
		return fragment(otherText, other)
	}
	si := p.SentenceAt(lang, utf8.RuneCountInString(text[:spans[0].start]))
	sentences := p.Sentences(lang.Other())
	start, end := -1, -1
	if si >= 0 {
		for _, j := range p.Counterparts(lang, si) {
			if j >= 0 && j < len(sentences) {
				if start < 0 || sentences[j].Start < start {
					start = sentences[j].Start
				}
				end = max(end, sentences[j].End)
			}
		}
	}
	if start < 0 {
		return fragment(otherText, nil)
	}
	runes := []rune(otherText)
	end = min(end, len(runes))
	start = min(start, end)
	var parts []SnippetPart
	if start > 0 {
		parts = addPart(parts, "…", false)
	}
	for _, part := range fragment(string(runes[start:end]), nil) {
		parts = addPart(parts, part.Text, part.Mark)
	}
	return trimParts(parts)
}
