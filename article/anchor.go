package article

import (
	"cmp"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// segment is one unit to align: a sentence or a paragraph, described by what
// the length model and the anchors need.
type segment struct {
	han     int      // Chinese characters
	other   int      // every other non-space rune
	anchors []string // numbers and Latin names, lower case; sorted, each once
	// names are the anchors a translation should keep: all of them but
	// the capitalised first word of an English sentence, which is as
	// often a plain word ("Analysts", "The") as a name. Sorted, each once.
	names []string
	// anchorBits and nameBits hold the same sets as bits, once
	// internAnchors has numbered the tokens of an alignment: a bead then
	// unions and compares a few words instead of merging strings.
	anchorBits, nameBits []uint64
	// anchorIDs and nameIDs hold the same sets as sorted numbers instead,
	// when an alignment has too many tokens for bitsets to pay.
	anchorIDs, nameIDs []int32
	// lex holds the words of the sentence the other side may translate,
	// as internLexicon numbers them; nil without a lexicon.
	lex []uint64
	// parts are the lengths of a paragraph's sentences, in order.
	parts []partLength
	// inQuote says that a sentence ends inside a quotation its paragraph
	// goes on with (segmentsOf).
	inQuote bool
	// numbers is how many of the alignment's tokens are numbers:
	// internAnchors numbers them first, so a token numbered below this is
	// a number and any other a word.
	numbers int
	// numbering is the call of internAnchors that numbered the tokens:
	// segments of one numbering can be compared by their bits.
	numbering *numbering
}

// numbering stands for one call of internAnchors.
type numbering struct{ tokens int }

// partLength is the length of a sentence of a paragraph.
type partLength struct{ han, other int }

// stringCounts is runeCounts of a string.
func stringCounts(s string) partLength {
	var p partLength
	for _, r := range s {
		p.count(r)
	}
	return p
}

// runeCounts measures a sentence as newSegment measures a segment.
func runeCounts(rs []rune) partLength {
	var p partLength
	for _, r := range rs {
		p.count(r)
	}
	return p
}

// count adds r to the length: a Han character, or another that is not a
// space.
func (p *partLength) count(r rune) {
	switch {
	case r < utf8.RuneSelf:
		if !isASCIISpace(r) {
			p.other++
		}
	case unicode.IsSpace(r):
	case IsHan(r):
		p.han++
	default:
		p.other++
	}
}

// partLen sums the lengths of parts i to j.
func (s *segment) partLen(i, j int) partLength {
	var p partLength
	for _, x := range s.parts[i:j] {
		p.han, p.other = p.han+x.han, p.other+x.other
	}
	return p
}

// isASCIISpace is unicode.IsSpace for a rune below utf8.RuneSelf.
func isASCIISpace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}

func newSegment(s string) segment {
	seg := segment{}
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if !isASCIISpace(r) {
				seg.other++
			}
		case unicode.IsSpace(r):
		case IsHan(r):
			seg.han++
		default:
			seg.other++
		}
	}
	seg.anchors, seg.names = anchorsOf(s, seg.han == 0)
	return seg
}

// maxAnchorWords is the widest bitset internAnchors gives a segment. The
// width grows with the distinct anchors of the whole alignment, and every
// bead weighed reads all of it: past this width (a 19 MB article has tens
// of thousands of names and numbers) bitsets cost time and memory in the
// square of the article's length, and sorted lists of numbers, whose cost
// is the bead's own anchors, are cheaper. Both count the same.
const maxAnchorWords = 8

// maxPresized bounds the room internAnchors makes for tokens before it
// counts the distinct ones: a long article repeats its names thousands of
// times.
const maxPresized = 1 << 12

// internAnchors numbers every token of both sides of an alignment and
// gives each segment its token sets as bitsets of one common width, or,
// when there are too many tokens for that to pay, no bitsets.
func internAnchors(a, b []segment) {
	n := 0
	for _, side := range [][]segment{a, b} {
		for i := range side {
			n += len(side[i].anchors)
		}
	}
	ids := make(map[string]int, min(n, maxPresized))
	numbers := 0
	for _, wantNumbers := range []bool{true, false} {
		for _, side := range [][]segment{a, b} {
			for i := range side {
				for _, t := range side[i].anchors {
					if _, ok := ids[t]; !ok && isNumber(t) == wantNumbers {
						ids[t] = len(ids)
					}
				}
			}
		}
		if wantNumbers {
			numbers = len(ids)
		}
	}
	words := (len(ids) + 63) / 64
	nb := &numbering{tokens: len(ids)}
	for _, side := range [][]segment{a, b} {
		for i := range side {
			side[i].numbers = numbers
			side[i].numbering = nb
			side[i].anchorIDs, side[i].nameIDs = nil, nil
			if words > maxAnchorWords {
				side[i].anchorBits, side[i].nameBits = nil, nil
				side[i].anchorIDs = idsOf(side[i].anchors, ids)
				side[i].nameIDs = idsOf(side[i].names, ids)
				continue
			}
			side[i].anchorBits = bitsOf(side[i].anchors, ids, words)
			side[i].nameBits = bitsOf(side[i].names, ids, words)
		}
	}
}

func bitsOf(tokens []string, ids map[string]int, words int) []uint64 {
	bits := make([]uint64, words)
	for _, t := range tokens {
		id := ids[t] // names are anchors too, so every token has a number
		bits[id/64] |= 1 << (id % 64)
	}
	return bits
}

// idsOf returns the numbers of tokens, sorted; never nil, so that a
// segment without tokens still counts as numbered.
func idsOf(tokens []string, ids map[string]int) []int32 {
	out := make([]int32, 0, len(tokens))
	for _, t := range tokens {
		out = append(out, int32(ids[t]))
	}
	slices.Sort(out)
	return out
}

// anchorsOf collects the tokens a translation keeps as they are: numbers
// (grouping commas dropped) and Latin words that are names (a capital or a
// digit in them), and "?" for a question (？ or ?), which a translation asks
// too: in the Bible, with no names or numbers shared, it places a short
// question on the right verse (make eval: pairs F1 with a paragraph missing
// 0.941 to 0.950). Lower-case English words are left out: the Chinese side
// does not have them. The second list, the names, leaves out the question
// mark and, in English text, the words that start a sentence. Both come
// sorted, each token once.
func anchorsOf(s string, english bool) (anchors, names []string) {
	eachAnchorToken(s, func(start, end int) {
		tok := s[start:end]
		var key string
		switch {
		case isDigit(tok[0]):
			key = tok
			if strings.IndexByte(tok, ',') >= 0 {
				key = strings.ReplaceAll(strings.TrimRight(tok, ","), ",", "")
			}
		case hasUpperOrDigit(tok):
			key = strings.ToLower(tok)
		default:
			return
		}
		anchors = append(anchors, key)
		if !english || isDigit(tok[0]) || !startsSentence(s[:start]) {
			names = append(names, key)
		}
	})
	// Two plain searches: ContainsAny walks s rune by rune when a
	// character it looks for is not ASCII.
	if strings.Contains(s, "?") || strings.Contains(s, "？") {
		anchors = append(anchors, "?") // a question asked on both sides
	}
	return sortedSet(anchors), sortedSet(names)
}

// anchorTokens finds the byte ranges of numbers ([0-9][0-9,]*(\.[0-9]+)?)
// and Latin words ([A-Za-z][A-Za-z0-9+-]*[A-Za-z0-9+]) in s, left to right.
// It is the regular expression written out: this runs for every sentence
// and paragraph of every import.
func anchorTokens(s string) [][2]int {
	var out [][2]int
	eachAnchorToken(s, func(start, end int) { out = append(out, [2]int{start, end}) })
	return out
}

// eachAnchorToken calls f with the byte range of each token anchorTokens
// finds, left to right, without making the list.
func eachAnchorToken(s string, f func(start, end int)) {
	for i := 0; i < len(s); {
		var end int
		switch {
		case isDigit(s[i]):
			end = numberEnd(s, i)
		case isASCIILetter(s[i]):
			end = wordEnd(s, i)
		}
		if end > i {
			f(i, end)
			i = end
			continue
		}
		i++
	}
}

// hasUpperOrDigit reports whether a token of anchorTokens, all ASCII, has
// a capital or a digit in it.
func hasUpperOrDigit(tok string) bool {
	for i := 0; i < len(tok); i++ {
		if c := tok[i]; c >= 'A' && c <= 'Z' || isDigit(c) {
			return true
		}
	}
	return false
}

func numberEnd(s string, i int) int {
	j := i + 1
	for j < len(s) && (isDigit(s[j]) || s[j] == ',') {
		j++
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) {
		j += 2
		for j < len(s) && isDigit(s[j]) {
			j++
		}
	}
	return j
}

// wordEnd returns the end of the word starting at i, or i when the letter
// there starts none (it stands alone, or only hyphens follow it).
func wordEnd(s string, i int) int {
	end := i
	for j := i + 1; j < len(s); j++ {
		c := s[j]
		if !isASCIILetter(c) && !isDigit(c) && c != '+' && c != '-' {
			break
		}
		if c != '-' {
			end = j + 1
		}
	}
	return end
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// startsSentence reports whether a word after before starts a sentence:
// nothing but opening quotes, or a full stop, question or exclamation mark
// and space, come before it.
func startsSentence(before string) bool {
	before = strings.TrimRight(before, " \t\n"+openers)
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?")
}

// sortedSet sorts a list and drops repeats, in place.
func sortedSet(xs []string) []string {
	if len(xs) == 0 {
		return nil
	}
	slices.Sort(xs)
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}

// sharedAnchors counts the anchors of a that some segment of b also has,
// each once.
func sharedAnchors(a, b []segment) int {
	if interned(a, b) {
		n := 0
		for w := range a[0].anchorBits {
			n += bits.OnesCount64(union(a, w, anchorsBits) & union(b, w, anchorsBits))
		}
		return n
	}
	if numbered(a, b) {
		x, y := newMerged(a, anchorIDs), newMerged(b, anchorIDs)
		return common(&x, &y)
	}
	x, y := newMerged(a, anchorsList), newMerged(b, anchorsList)
	return common(&x, &y)
}

// isNumber reports whether an anchor is a number rather than a word.
func isNumber(token string) bool { return token != "" && isDigit(token[0]) }

// missed counts the names one side of a bead has and the other lacks:
// numbers and words apart, since a translation keeps the one far more
// often than the other.
type missed struct{ numbers, words int }

func (m missed) add(o missed) missed { return missed{m.numbers + o.numbers, m.words + o.words} }

// missedNames counts the names of a that no segment of b has as an anchor,
// each once.
func missedNames(a, b []segment) missed {
	var m missed
	switch {
	case interned(a, b):
		for w := range a[0].anchorBits {
			x := union(a, w, namesBits) &^ union(b, w, anchorsBits)
			low := lowBits(w, a[0].numbers)
			m.numbers += bits.OnesCount64(x & low)
			m.words += bits.OnesCount64(x &^ low)
		}
	case numbered(a, b):
		names, anchors := newMerged(a, nameIDs), newMerged(b, anchorIDs)
		n := int32(a[0].numbers)
		missing(&names, &anchors, func(id int32) { m.count(id < n) })
	default:
		names, anchors := newMerged(a, namesList), newMerged(b, anchorsList)
		missing(&names, &anchors, func(t string) { m.count(isNumber(t)) })
	}
	return m
}

func (m *missed) count(number bool) {
	if number {
		m.numbers++
	} else {
		m.words++
	}
}

// lowBits returns the bits of word w of a bitset that stand for tokens
// numbered below n.
func lowBits(w, n int) uint64 {
	switch {
	case n >= (w+1)*64:
		return ^uint64(0)
	case n <= w*64:
		return 0
	}
	return 1<<(n-w*64) - 1
}

// missing calls f for each string of a that b lacks, using both up.
func missing[T cmp.Ordered](a, b *merged[T], f func(T)) {
	x, okA := a.next()
	y, okB := b.next()
	for okA {
		switch {
		case !okB || x < y:
			f(x)
			x, okA = a.next()
		case x == y:
			x, okA = a.next()
			y, okB = b.next()
		default:
			y, okB = b.next()
		}
	}
}

// interned reports whether both sides of a bead carry bitsets of the same
// numbering (an empty side counts as carrying none).
func interned(a, b []segment) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	w := len(a[0].anchorBits)
	return a[0].anchorBits != nil && b[0].anchorBits != nil && len(b[0].anchorBits) == w
}

// numbered reports whether both sides of a bead carry token numbers of
// one numbering.
func numbered(a, b []segment) bool {
	return len(a) > 0 && len(b) > 0 && a[0].anchorIDs != nil && b[0].anchorIDs != nil
}

func anchorIDs(s *segment) []int32 { return s.anchorIDs }
func nameIDs(s *segment) []int32   { return s.nameIDs }

func anchorsBits(s *segment) []uint64 { return s.anchorBits }
func namesBits(s *segment) []uint64   { return s.nameBits }

// union is word w of the union of one bitset of each segment.
func union(segs []segment, w int, set func(*segment) []uint64) uint64 {
	var u uint64
	for i := range segs {
		u |= set(&segs[i])[w]
	}
	return u
}

func anchorsList(s *segment) []string { return s.anchors }
func namesList(s *segment) []string   { return s.names }

// maxBeadSide is the most segments a bead holds on one side (4–1 at the
// sentence level).
const maxBeadSide = 4

// merged walks the union of one sorted list from each segment of a bead, in
// order and each string once, without copying: this runs for every bead
// the alignment weighs.
type merged[T cmp.Ordered] struct {
	lists [maxBeadSide][]T
	n     int
	last  T
	any   bool
}

func newMerged[T cmp.Ordered](segs []segment, list func(*segment) []T) merged[T] {
	var m merged[T]
	for i := range segs {
		if l := list(&segs[i]); len(l) > 0 && m.n < maxBeadSide {
			m.lists[m.n] = l
			m.n++
		}
	}
	return m
}

// next returns the next string of the union, or false at the end.
func (m *merged[T]) next() (T, bool) {
	for {
		k := -1
		for i := 0; i < m.n; i++ {
			if l := m.lists[i]; len(l) > 0 && (k < 0 || l[0] < m.lists[k][0]) {
				k = i
			}
		}
		if k < 0 {
			var zero T
			return zero, false
		}
		x := m.lists[k][0]
		m.lists[k] = m.lists[k][1:]
		if m.any && x == m.last {
			continue
		}
		m.last, m.any = x, true
		return x, true
	}
}

// common counts the strings two unions share, using both up.
func common[T cmp.Ordered](a, b *merged[T]) int {
	n := 0
	x, okA := a.next()
	y, okB := b.next()
	for okA && okB {
		switch {
		case x == y:
			n++
			x, okA = a.next()
			y, okB = b.next()
		case x < y:
			x, okA = a.next()
		default:
			y, okB = b.next()
		}
	}
	return n
}
