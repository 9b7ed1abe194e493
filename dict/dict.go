// Package dict owns the Chinese–English dictionary: CC-CEDICT, bundled,
// looked up by simplified or traditional headword or by an English word of
// its glosses, with pinyin in tone marks and Chinese text cut into words.
package dict

import (
	"bufio"
	"cmp"
	_ "embed" // the bundled dictionary
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
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
	entries []Entry
	bySimp  []int32 // entry indexes sorted by simplified headword
	byTrad  []int32 // entry indexes sorted by traditional headword
	maxLen  int     // the longest headword, in runes
	// Date is the release date the file's header names ("" when none).
	Date string

	englishOnce sync.Once
	english     *englishIndex
	keysOnce    sync.Once
	keys        *keyIndex
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
// entry is an error naming name and the line's number.
func Parse(name string, r io.Reader) (*Dictionary, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	d, err := parseLines(name, func() (string, bool) {
		ok := sc.Scan()
		return sc.Text(), ok
	})
	if err == nil && sc.Err() != nil {
		return nil, fmt.Errorf("read %s: %w", name, sc.Err())
	}
	return d, err
}

// parseText parses a dictionary held in a string, as Parse does; the
// entries are pieces of text, not copies.
func parseText(name, text string) (*Dictionary, error) {
	return parseLines(name, func() (string, bool) {
		if text == "" {
			return "", false
		}
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		return line, true
	})
}

// parseLines parses the lines next gives until it says there are no more.
func parseLines(name string, next func() (string, bool)) (*Dictionary, error) {
	d := &Dictionary{entries: make([]Entry, 0, 1<<17)}
	glosses := make([]string, 0, 1<<18)
	for n := 1; ; n++ {
		line, ok := next()
		if !ok {
			break
		}
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
		e, g, err := parseLine(line, glosses)
		if err != nil {
			return nil, fmt.Errorf("%s line %d: %w", name, n, err)
		}
		glosses = g
		d.entries = append(d.entries, e)
	}
	d.index()
	return d, nil
}

// parseLine reads one entry. Its glosses are appended to all, which backs
// every entry's Glosses so that the dictionary makes one slice, not one an
// entry; the entry is given a capacity-limited window on it.
func parseLine(line string, all []string) (Entry, []string, error) {
	trad, rest, ok1 := strings.Cut(line, " ")
	simp, rest, ok2 := strings.Cut(rest, " ")
	if !ok1 || !ok2 || trad == "" || simp == "" {
		return Entry{}, all, fmt.Errorf("%w: want \"TRADITIONAL SIMPLIFIED [pinyin] /gloss/\"", ErrSyntax)
	}
	if !strings.HasPrefix(rest, "[") {
		return Entry{}, all, fmt.Errorf("%w: no [pinyin] after %q", ErrSyntax, simp)
	}
	pinyin, rest, ok := strings.Cut(rest[1:], "]")
	if !ok {
		return Entry{}, all, fmt.Errorf("%w: unclosed [ in the pinyin of %q", ErrSyntax, simp)
	}
	rest = strings.TrimSpace(rest)
	if len(rest) < 2 || rest[0] != '/' || rest[len(rest)-1] != '/' {
		return Entry{}, all, fmt.Errorf("%w: glosses of %q not between slashes", ErrSyntax, simp)
	}
	start := len(all)
	for g := range strings.SplitSeq(rest[1:len(rest)-1], "/") {
		if g = strings.TrimSpace(g); g != "" {
			all = append(all, g)
		}
	}
	if len(all) == start {
		return Entry{}, all, fmt.Errorf("%w: %q has no gloss", ErrSyntax, simp)
	}
	e := Entry{Traditional: trad, Simplified: simp, Pinyin: strings.TrimSpace(pinyin)}
	e.Glosses = all[start:len(all):len(all)]
	return e, all, nil
}

// index sorts the entries' indexes by each headword. The bundle is kept
// sorted by simplified headword, which the sort finds in one pass; the
// traditional order holds only the entries whose traditional headword
// differs (the others are found by their simplified one).
func (d *Dictionary) index() {
	d.bySimp = make([]int32, len(d.entries))
	d.byTrad = make([]int32, 0, len(d.entries)/2)
	for i, e := range d.entries {
		d.bySimp[i] = int32(i)
		if e.Traditional != e.Simplified {
			d.byTrad = append(d.byTrad, int32(i))
		}
		d.maxLen = max(d.maxLen, runeCount(e.Simplified), runeCount(e.Traditional))
	}
	simp := func(a, b int32) int {
		return cmp.Or(strings.Compare(d.entries[a].Simplified, d.entries[b].Simplified), cmp.Compare(a, b))
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
		keys[k] = headKey{prefix: prefix8(d.entries[i].Traditional), entry: i}
	}
	slices.SortFunc(keys, func(a, b headKey) int {
		if c := cmp.Compare(a.prefix, b.prefix); c != 0 {
			return c
		}
		return cmp.Or(strings.Compare(d.entries[a.entry].Traditional, d.entries[b.entry].Traditional), cmp.Compare(a.entry, b.entry))
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
	var found []int32
	found = d.find(found, d.bySimp, word, func(e *Entry) string { return e.Simplified })
	found = d.find(found, d.byTrad, word, func(e *Entry) string { return e.Traditional })
	slices.Sort(found)
	found = slices.Compact(found)
	out := make([]Entry, len(found))
	for i, x := range found {
		out[i] = d.entries[x]
	}
	return out
}

// find appends the indexes in order (sorted by key) whose key is word.
func (d *Dictionary) find(dst, order []int32, word string, key func(*Entry) string) []int32 {
	i, _ := slices.BinarySearchFunc(order, word, func(x int32, w string) int {
		return strings.Compare(key(&d.entries[x]), w)
	})
	for ; i < len(order) && key(&d.entries[order[i]]) == word; i++ {
		dst = append(dst, order[i])
	}
	return dst
}

// Has reports whether word is a headword, simplified or traditional.
func (d *Dictionary) Has(word string) bool {
	return d.has(d.bySimp, word, func(e *Entry) string { return e.Simplified }) ||
		d.has(d.byTrad, word, func(e *Entry) string { return e.Traditional })
}

func (d *Dictionary) has(order []int32, word string, key func(*Entry) string) bool {
	_, ok := slices.BinarySearchFunc(order, word, func(x int32, w string) int {
		return strings.Compare(key(&d.entries[x]), w)
	})
	return ok
}
