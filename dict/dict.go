// Package dict owns the Chinese–English dictionary: CC-CEDICT, bundled,
// looked up by simplified or traditional headword or by an English word of
// its glosses, with pinyin in tone marks and Chinese text cut into words.
package dict

import (
	"cmp"
	_ "embed" // the bundled dictionary
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Entry is one line of the dictionary: a word in both scripts, its reading
// and its English glosses.
type Entry struct {
	Traditional string
	Simplified  string
	// Pinyin is the reading as the dictionary writes it: syllables with
	// tone numbers, "u:" for ü (tou2 zi1). PinyinMarks gives tone marks.
	Pinyin  string
	Glosses []string
}

// PinyinMarks is the entry's reading with tone marks (tóu zī).
func (e Entry) PinyinMarks() string { return ToneMarks(e.Pinyin) }

// Dictionary is a parsed CC-CEDICT. It is safe for use by several
// goroutines at once.
type Dictionary struct {
	// text is the dictionary as it was read: every entry is places in it,
	// not strings of its own (see entry).
	text    string
	entries []entry
	bySimp  []int32 // entry indexes sorted by simplified headword
	byTrad  []int32 // entry indexes sorted by traditional headword
	maxLen  int     // the longest headword, in runes
	// Date is the release date the file's header names ("" when none).
	Date string

	englishOnce sync.Once
	english     *englishIndex
	pairsOnce   sync.Once
	pairs       *pairCounts
	keysOnce    sync.Once
	keys        *keyIndex
}

// entry is where one entry's parts lie in its line of Dictionary.text:
// 16 bytes, where an Entry takes 72 and a slice of glosses besides. The
// line begins at at with the traditional headword, trad bytes long; a
// space and the simplified headword, simp bytes, follow. The reading and
// the glosses (the text between the outer slashes) are the given spans
// from the line's start.
type entry struct {
	at                  uint32
	trad, simp          uint16
	pinyin, pinyinLen   uint16
	glosses, glossesLen uint16
}

// maxLine is the longest line an entry may take: entry's spans count
// from the line's start in 16 bits.
const maxLine = 1<<16 - 1

// simp is entry x's simplified headword.
func (d *Dictionary) simp(x int32) string {
	e := &d.entries[x]
	at := int(e.at) + int(e.trad) + 1
	return d.text[at : at+int(e.simp)]
}

// trad is entry x's traditional headword.
func (d *Dictionary) trad(x int32) string {
	e := &d.entries[x]
	return d.text[e.at : int(e.at)+int(e.trad)]
}

// pinyinOf is entry x's reading, tone numbers as the dictionary has them.
func (d *Dictionary) pinyinOf(x int32) string {
	e := &d.entries[x]
	at := int(e.at) + int(e.pinyin)
	return d.text[at : at+int(e.pinyinLen)]
}

// glosses yields entry x's glosses in order: the pieces between its
// slashes, trimmed, the empty ones left out.
func (d *Dictionary) glosses(x int32) iter.Seq[string] {
	e := &d.entries[x]
	at := int(e.at) + int(e.glosses)
	field := d.text[at : at+int(e.glossesLen)]
	return func(yield func(string) bool) {
		for field != "" {
			g, rest, _ := strings.Cut(field, "/")
			field = rest
			if g = strings.TrimSpace(g); g != "" && !yield(g) {
				return
			}
		}
	}
}

// entriesOf makes Entries of the entries xs, their glosses windows on one
// slice.
func (d *Dictionary) entriesOf(xs []int32) []Entry {
	n := 0
	for _, x := range xs {
		e := &d.entries[x]
		at := int(e.at) + int(e.glosses)
		n += strings.Count(d.text[at:at+int(e.glossesLen)], "/") + 1 // room enough
	}
	all := make([]string, 0, n)
	out := make([]Entry, len(xs))
	for i, x := range xs {
		from := len(all)
		for g := range d.glosses(x) {
			all = append(all, g)
		}
		out[i] = Entry{Traditional: d.trad(x), Simplified: d.simp(x), Pinyin: d.pinyinOf(x), Glosses: all[from:len(all):len(all)]}
	}
	return out
}

// ErrSyntax is the error a line that is not a CC-CEDICT entry wraps.
var ErrSyntax = errors.New("not a CC-CEDICT entry")

// BundledDate is the release date of the bundled dictionary, for the
// attribution, known without reading it (a test checks it against the
// file's header).
const BundledDate = "2026-06-12"

// The bundle is the text as it is, not gzipped, embedded as a string: the
// entries' headwords, pinyin and glosses are pieces of it, in the binary's
// read-only data, rather than copies on the heap, and nothing is inflated
// (BenchmarkLoad: about half the time of inflating and parsing a gzipped
// copy, on two cores, for 5.8 MB more in the binary; packages compress it
// anyway).
//
//go:embed data/cedict.u8
var bundled string

var bundle struct {
	once sync.Once
	d    *Dictionary
	err  error
}

// Bundled returns the dictionary shipped with Tandem, parsed on the first
// call and shared after.
func Bundled() (*Dictionary, error) {
	bundle.once.Do(func() {
		bundle.d, bundle.err = parseText("bundled dictionary", bundled)
	})
	return bundle.d, bundle.err
}

// Parse reads a dictionary in CC-CEDICT's format: comment lines starting
// with #, then one entry a line, "TRAD SIMP [pin1 yin1] /gloss/gloss/".
// name says where the text comes from, for errors: a line that is not an
// entry is an error naming name and the line's number, and so is a line
// longer than 65,535 bytes (the bundle's longest is under a thousand).
// The whole text is read and kept: the entries are places in it.
func Parse(name string, r io.Reader) (*Dictionary, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return parseText(name, string(b))
}

// parseText parses a dictionary held in a string, as Parse does; the
// entries are places in text, not copies.
func parseText(name, text string) (*Dictionary, error) {
	d := &Dictionary{text: text, entries: make([]entry, 0, strings.Count(text, "\n")+1)}
	for n, at := 1, 0; at < len(text); n++ {
		line, _, _ := strings.Cut(text[at:], "\n")
		start := at
		at += len(line) + 1
		line = strings.TrimSuffix(line, "\r")
		if rest, ok := strings.CutPrefix(line, "#! date="); ok {
			d.Date, _, _ = strings.Cut(rest, "T")
		}
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		if !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s line %d: %w: not UTF-8", name, n, ErrSyntax)
		}
		e, err := parseLine(line)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", name, n, err)
		}
		e.at = uint32(start)
		d.entries = append(d.entries, e)
	}
	d.entries = slices.Clip(d.entries)
	d.index()
	return d, nil
}

// parseLine reads one entry, its places counted from the line's start.
func parseLine(line string) (entry, error) {
	trad, rest, ok1 := strings.Cut(line, " ")
	simp, rest, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || trad == "" || simp == "" {
		return entry{}, fmt.Errorf("%w: want \"TRADITIONAL SIMPLIFIED [pinyin] /gloss/\"", ErrSyntax)
	}
	if !strings.HasPrefix(rest, "[") {
		return entry{}, fmt.Errorf("%w: no [pinyin] after %q", ErrSyntax, simp)
	}
	pinyin, after, ok := strings.Cut(rest[1:], "]")
	if !ok {
		return entry{}, fmt.Errorf("%w: unclosed [ in the pinyin of %q", ErrSyntax, simp)
	}
	rest = strings.TrimSpace(after)
	if len(rest) < 2 || rest[0] != '/' || rest[len(rest)-1] != '/' {
		return entry{}, fmt.Errorf("%w: glosses of %q not between slashes", ErrSyntax, simp)
	}
	field := rest[1 : len(rest)-1]
	if !hasGloss(field) {
		return entry{}, fmt.Errorf("%w: %q has no gloss", ErrSyntax, simp)
	}
	if len(line) > maxLine {
		return entry{}, fmt.Errorf("%w: %q takes more than %d bytes", ErrSyntax, simp, maxLine)
	}
	pinyinAt := len(trad) + 1 + len(simp) + 2 // after "TRAD SIMP ["
	trimmed := strings.TrimSpace(pinyin)
	glossesAt := pinyinAt + len(pinyin) + 1 + leadingSpace(after) + 1 // after "] /"
	return entry{trad: uint16(len(trad)), simp: uint16(len(simp)),
		pinyin: uint16(pinyinAt + leadingSpace(pinyin)), pinyinLen: uint16(len(trimmed)),
		glosses: uint16(glossesAt), glossesLen: uint16(len(field))}, nil
}

// leadingSpace is how many bytes of white space s begins with, as
// strings.TrimSpace counts it.
func leadingSpace(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
}

// hasGloss reports whether the text between an entry's outer slashes
// holds a gloss: a piece between slashes that is not all white space.
func hasGloss(field string) bool {
	for g := range strings.SplitSeq(field, "/") {
		if strings.TrimSpace(g) != "" {
			return true
		}
	}
	return false
}

// index sorts the entries' indexes by each headword. The bundle is kept
// sorted by simplified headword, which the sort finds in one pass; the
// traditional order holds only the entries whose traditional headword
// differs (the others are found by their simplified one).
func (d *Dictionary) index() {
	d.bySimp = make([]int32, len(d.entries))
	d.byTrad = make([]int32, 0, len(d.entries)/2)
	for i := range d.entries {
		x := int32(i)
		d.bySimp[i] = x
		t, s := d.trad(x), d.simp(x)
		if t != s {
			d.byTrad = append(d.byTrad, x)
		}
		d.maxLen = max(d.maxLen, runeCount(s), runeCount(t))
	}
	d.byTrad = slices.Clip(d.byTrad)
	simp := func(a, b int32) int {
		return cmp.Or(strings.Compare(d.simp(a), d.simp(b)), cmp.Compare(a, b))
	}
	if !slices.IsSortedFunc(d.bySimp, simp) {
		slices.SortFunc(d.bySimp, simp)
	}
	// Sorted by the first eight bytes of the headword as a number, and by
	// the whole headword only where those are equal: the same order as
	// comparing the strings, in a third of the time, as the numbers sit
	// side by side instead of behind as many pointers.
	keys := make([]headKey, len(d.byTrad))
	for k, i := range d.byTrad {
		keys[k] = headKey{prefix: prefix8(d.trad(i)), entry: i}
	}
	slices.SortFunc(keys, func(a, b headKey) int {
		if c := cmp.Compare(a.prefix, b.prefix); c != 0 {
			return c
		}
		return cmp.Or(strings.Compare(d.trad(a.entry), d.trad(b.entry)), cmp.Compare(a.entry, b.entry))
	})
	for k, key := range keys {
		d.byTrad[k] = key.entry
	}
}

// headKey is an entry to sort by its headword: the headword's first eight
// bytes as a big-endian number (see prefix8), and the entry's index.
type headKey struct {
	prefix uint64
	entry  int32
}

// prefix8 is the first eight bytes of s as a big-endian number, zeros
// after a shorter s: comparing two of them orders as comparing the
// strings does, up to the eighth byte.
func prefix8(s string) uint64 {
	var b [8]byte
	copy(b[:], s)
	return binary.BigEndian.Uint64(b[:])
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

// Len is the number of entries.
func (d *Dictionary) Len() int { return len(d.entries) }

// Lookup returns the entries whose simplified or traditional headword is
// word, in the dictionary's order, each once.
func (d *Dictionary) Lookup(word string) []Entry {
	var buf [8]int32 // a word has a few entries: room on the stack
	found := buf[:0]
	found = d.find(found, d.bySimp, word, (*Dictionary).simp)
	found = d.find(found, d.byTrad, word, (*Dictionary).trad)
	if len(found) > 1 {
		slices.Sort(found)
		found = slices.Compact(found)
	}
	return d.entriesOf(found)
}

// headword is one of an entry's headwords: Dictionary.simp or .trad.
type headword func(d *Dictionary, x int32) string

// find appends the indexes in order (sorted by key) whose key is word.
func (d *Dictionary) find(dst, order []int32, word string, key headword) []int32 {
	i, _ := slices.BinarySearchFunc(order, word, func(x int32, w string) int {
		return strings.Compare(key(d, x), w)
	})
	for ; i < len(order) && key(d, order[i]) == word; i++ {
		dst = append(dst, order[i])
	}
	return dst
}

// Has reports whether word is a headword, simplified or traditional.
func (d *Dictionary) Has(word string) bool {
	return d.has(d.bySimp, word, (*Dictionary).simp) || d.has(d.byTrad, word, (*Dictionary).trad)
}

func (d *Dictionary) has(order []int32, word string, key headword) bool {
	_, ok := slices.BinarySearchFunc(order, word, func(x int32, w string) int {
		return strings.Compare(key(d, x), w)
	})
	return ok
}
