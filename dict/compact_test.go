package dict

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// The tests here check the dictionary's compact form (entries as places in
// the text, indexes in flat arrays) against a reference built the plain
// way over the whole bundled dictionary: every entry a struct of strings,
// the indexes maps of slices, as the dictionary was once held.

// refEntries parses text into Entries of strings, one at a time.
func refEntries(t *testing.T, text string) []Entry {
	var out []Entry
	for line := range strings.SplitSeq(text, "\n") {
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		trad, rest, _ := strings.Cut(line, " ")
		simp, rest, _ := strings.Cut(rest, " ")
		pinyin, rest, ok := strings.Cut(strings.TrimPrefix(rest, "["), "]")
		rest = strings.TrimSpace(rest)
		if !ok || len(rest) < 2 {
			t.Fatalf("reference parse: %q", line)
		}
		e := Entry{Traditional: trad, Simplified: simp, Pinyin: strings.TrimSpace(pinyin)}
		for _, g := range strings.Split(rest[1:len(rest)-1], "/") {
			if g = strings.TrimSpace(g); g != "" {
				e.Glosses = append(e.Glosses, g)
			}
		}
		out = append(out, e)
	}
	return out
}

// refEnglish is the English index as maps: each word's stem number (-1
// for a stop word), the stems in the order first met, each stem's entries.
type refEnglish struct {
	words    map[string]int32
	stems    []string
	postings map[string][]int32
}

func newRefEnglish(entries []Entry) refEnglish {
	ref := refEnglish{words: map[string]int32{}, postings: map[string][]int32{}}
	stemIDs := map[string]int32{}
	var word []byte
	for i, e := range entries {
		for _, g := range e.Glosses {
			if IsReference(g) {
				continue
			}
			eachWord(g, &word, func(w []byte) {
				id, ok := ref.words[string(w)]
				if !ok {
					id = -1
					if !stopWords[string(w)] {
						st := Stem(string(w))
						if id, ok = stemIDs[st]; !ok {
							id = int32(len(ref.stems))
							stemIDs[st] = id
							ref.stems = append(ref.stems, st)
						}
					}
					ref.words[string(w)] = id
				}
				if id >= 0 {
					st := ref.stems[id]
					if p := ref.postings[st]; len(p) == 0 || p[len(p)-1] != int32(i) {
						ref.postings[st] = append(p, int32(i))
					}
				}
			})
		}
	}
	return ref
}

// refKeys is the key index as maps: each headword's keys by wordKey, and
// the wordKeys that longer headwords begin with.
type refKeys struct {
	byWord map[uint64][]int32
	longer map[uint64]bool
}

func newRefKeys(entries []Entry, en refEnglish) refKeys {
	ref := refKeys{byWord: map[uint64][]int32{}, longer: map[uint64]bool{}}
	var word []byte
	for _, e := range entries {
		var keys []int32
		for _, g := range e.Glosses {
			if IsReference(g) {
				continue
			}
			eachWord(g, &word, func(w []byte) {
				if id, ok := en.words[string(w)]; ok && id >= 0 && !slices.Contains(keys, id) {
					keys = append(keys, id)
				}
			})
		}
		for _, h := range []string{e.Simplified, e.Traditional} {
			if n := utf8.RuneCountInString(h); n > maxKeyWord && (n > maxNameWord || !isName(e.Pinyin)) {
				continue
			}
			var k uint64
			for n, r := range []rune(h) {
				if n > 0 {
					ref.longer[k] = true
				}
				k = wordKey(k, r)
			}
			for _, id := range keys {
				if len(ref.byWord[k]) < maxKeysAWord && !slices.Contains(ref.byWord[k], id) {
					ref.byWord[k] = append(ref.byWord[k], id)
				}
			}
		}
	}
	return ref
}

// translationKeys is TranslationKeys read off the maps.
func (ref refKeys) translationKeys(zh string) []int32 {
	var out []int32
	for i, r := range zh {
		if !isHan(r) {
			continue
		}
		var k uint64
		for n, r := range []rune(zh[i:]) {
			if n == maxNameWord || !isHan(r) {
				break
			}
			k = wordKey(k, r)
			out = append(out, ref.byWord[k]...)
			if !ref.longer[k] {
				break
			}
		}
	}
	return out
}

// wordKeys is WordKeys read off the map.
func (ref refEnglish) wordKeys(en string) []int32 {
	var out []int32
	var buf []byte
	eachWord(en, &buf, func(w []byte) {
		if id, ok := ref.words[string(w)]; ok && id >= 0 && len(w) >= 3 {
			out = append(out, id)
		}
	})
	return out
}

func collect(each func(string, func(int32)), text string) []int32 {
	var out []int32
	each(text, func(k int32) { out = append(out, k) })
	return out
}

// TestCompactEntries checks every entry of the bundled dictionary, and
// the look-up of every headword, against the reference parse.
func TestCompactEntries(t *testing.T) {
	d := bundledForTest(t)
	ref := refEntries(t, bundled)
	got := allEntries(d)
	if len(got) != len(ref) {
		t.Fatalf("%d entries, want %d", len(got), len(ref))
	}
	byHead := map[string][]int{}
	for i := range ref {
		if !reflect.DeepEqual(got[i], ref[i]) {
			t.Fatalf("entry %d = %q, want %q", i, got[i], ref[i])
		}
		byHead[ref[i].Simplified] = append(byHead[ref[i].Simplified], i)
		if ref[i].Traditional != ref[i].Simplified {
			byHead[ref[i].Traditional] = append(byHead[ref[i].Traditional], i)
		}
	}
	for head, xs := range byHead {
		slices.Sort(xs)
		want := make([]Entry, len(xs))
		for k, x := range xs {
			want[k] = ref[x]
		}
		if got := d.Lookup(head); !reflect.DeepEqual(got, want) {
			t.Fatalf("Lookup(%q) = %q, want %q", head, got, want)
		}
	}
}

// TestCompactEnglish checks the English index, the counts of pairs of
// characters, and WordKeys on every gloss against the reference maps.
func TestCompactEnglish(t *testing.T) {
	d := bundledForTest(t)
	entries := refEntries(t, bundled)
	ref := newRefEnglish(entries)
	d.WordKeys("", func(int32) {})
	ix := d.english
	if !slices.Equal(ix.stems, ref.stems) || len(ix.words) != len(ref.words) {
		t.Fatalf("%d stems and %d words, want %d and %d", len(ix.stems), len(ix.words), len(ref.stems), len(ref.words))
	}
	for w, id := range ref.words {
		if got, ok := ix.words[w]; !ok || got != id {
			t.Fatalf("word %q: stem %d, want %d", w, got, id)
		}
	}
	for st, want := range ref.postings {
		if got := ix.postingsOf(st); !slices.Equal(got, want) {
			t.Fatalf("postings of %q: %d entries, want %d", st, len(got), len(want))
		}
	}
	if got := ix.postingsOf("qqqzzz"); got != nil {
		t.Errorf("postings of a stem no gloss holds: %v", got)
	}
	for _, e := range entries {
		for _, g := range e.Glosses {
			for _, text := range []string{g, strings.ToUpper(g)} {
				if got, want := collect(d.WordKeys, text), ref.wordKeys(text); !slices.Equal(got, want) {
					t.Fatalf("WordKeys(%q) = %v, want %v", text, got, want)
				}
			}
		}
	}
	pairs := map[[2]rune]int{}
	for _, e := range entries {
		r := []rune(e.Simplified)
		var seen [][2]rune
		for k := 0; k+1 < len(r); k++ {
			if p := [2]rune{r[k], r[k+1]}; !slices.Contains(seen, p) {
				seen = append(seen, p)
				pairs[p]++
			}
		}
	}
	d.pairsOnce.Do(d.countPairs)
	if len(d.pairs.pairs) != len(pairs) {
		t.Fatalf("%d pairs counted, want %d", len(d.pairs.pairs), len(pairs))
	}
	for p, n := range pairs {
		if got := d.pairs.count(p[0], p[1]); got != n {
			t.Fatalf("pair %q: %d headwords, want %d", string(p[:]), got, n)
		}
	}
	if got := d.pairs.count('q', 'z'); got != 0 {
		t.Errorf("pair qz: %d headwords", got)
	}
}

// TestCompactTranslationKeys checks TranslationKeys on every headword, and
// on the headwords run together (so that each pair of characters across
// two of them is read too), against the reference maps.
func TestCompactTranslationKeys(t *testing.T) {
	d := bundledForTest(t)
	entries := refEntries(t, bundled)
	ref := newRefKeys(entries, newRefEnglish(entries))
	check := func(zh string) {
		t.Helper()
		if got, want := collect(d.TranslationKeys, zh), ref.translationKeys(zh); !slices.Equal(got, want) {
			t.Fatalf("TranslationKeys(%q) = %v, want %v", zh, got, want)
		}
	}
	var run strings.Builder
	for _, e := range entries {
		check(e.Simplified)
		check(e.Traditional)
		run.WriteString(e.Traditional)
		if run.Len() > 300 {
			check(run.String())
			run.Reset()
		}
	}
	check(run.String())
	for _, zh := range []string{"", "〇一二", "𠀀𠀁", "他们增加了投资。", "國王說話了", "下\xff雨", "Nvidia 2025 年"} {
		check(zh)
	}
}
