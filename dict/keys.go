package dict

import (
	"maps"
	"slices"
	"unicode/utf8"
)

// maxKeyWord is the longest headword, in characters, TranslationKeys looks
// for, names aside (maxNameWord): longer ones are idioms and compounds,
// whose words its characters find anyway. On published translations (make eval) words of three characters
// placed no more sentences than words of two, and cost a map's look-up
// for most characters.
const maxKeyWord = 2

// maxNameWord is the longest headword, in characters, TranslationKeys
// looks for when it is a name (see isName): a name written in characters
// for their sound (特朗普 for Trump, 拿俄米 for Naomi) says nothing
// through its characters, and most such names have three. A translated
// book or news story writes nearly every name so, and the names a
// sentence and its translation share place it where lengths tie (make
// eval: clean links of the Old Testament 0.985 to 0.993, of the news
// unchanged). Four would not fit wordKey's three characters.
const maxNameWord = 3

// isName reports whether an entry with this reading is a proper name: it starts
// with a capital, as the dictionary writes names.
func isName(pinyin string) bool {
	return pinyin != "" && pinyin[0] >= 'A' && pinyin[0] <= 'Z'
}

// maxKeysAWord bounds the keys of a headword, from its first glosses on: a
// character has dozens of senses, and its rarer ones match English words
// by chance (make eval: four placed as many sentences as eight or all).
const maxKeysAWord = 4

// keyIndex gives each headword of at most maxKeyWord characters, simplified
// and traditional, the keys of its glosses' words: the numbers the English
// index gives their stems.
type keyIndex struct {
	// common holds the spans of the characters from U+4E00 to U+9FFF, by
	// their place in that block: every character of a text is looked up,
	// and an array is cheaper to read than a map.
	common []keySpan
	// seconds[next[c]:next[c+1]] are the second characters of the
	// headwords of two or more characters beginning with common
	// character c, sorted, and pairs beside them their spans: a short
	// search instead of a map's hash.
	next    []int32
	seconds []rune
	pairs   []keySpan
	// spans holds the rest, by wordKey of the headword: characters
	// outside the block and the words beginning with them (some six
	// hundred in the bundle).
	spans map[uint64]keySpan
	// keys holds every headword's keys, each headword's in a run.
	keys []int32
}

// The block of the common ideographs.
const (
	firstCommon = 0x4E00
	lastCommon  = 0x9FFF
)

// keySpan is where a headword's keys lie in keyIndex.keys, and whether
// longer headwords begin with it (a beginning of a headword that is none
// itself has no keys), in one number: the first key's place, the count of
// keys (at most maxKeysAWord) and the flag, in the low bit.
type keySpan uint32

// Bits of keySpan: the flag, then the count, then the place.
const (
	spanLonger    = 1
	spanCountBits = 3
	spanFromShift = 1 + spanCountBits
)

// makeSpan is the span of n keys from from, longer saying whether longer
// headwords begin with the word.
func makeSpan(from, n int, longer bool) keySpan {
	sp := keySpan(from)<<spanFromShift | keySpan(n)<<1
	if longer {
		sp |= spanLonger
	}
	return sp
}

func (sp keySpan) from() int    { return int(sp >> spanFromShift) }
func (sp keySpan) to() int      { return sp.from() + int(sp>>1&(1<<spanCountBits-1)) }
func (sp keySpan) longer() bool { return sp&spanLonger != 0 }

// wordKey packs characters, up to three, into one number.
func wordKey(k uint64, r rune) uint64 { return k<<21 | uint64(r) }

// TranslationKeys calls f with the key of each English word that
// translates a word of Chinese text: every headword of one or two
// characters, and every name of three, found anywhere in it, not only
// along one cut into words, and
// the words of its first glosses (cross-references, stop words and what is
// in parentheses left out), by stem. A key may come more than once. WordKeys
// gives English text keys of the same kind, so an aligner can weigh
// whether two sentences translate each other by the keys they share.
func (d *Dictionary) TranslationKeys(zh string, f func(key int32)) {
	d.keysOnce.Do(d.buildKeys)
	ix := d.keys
	for i := 0; i < len(zh); {
		r, size := utf8.DecodeRuneInString(zh[i:])
		if !fastHan(r) {
			i += size
			continue
		}
		key := wordKey(0, r)
		for j, n := i+size, 1; ; n++ {
			var sp keySpan
			var ok bool
			switch {
			case n == 1 && r <= lastCommon && r >= firstCommon:
				sp = ix.common[r-firstCommon]
				ok = sp != 0
			case n == 2 && key>>21 <= lastCommon && key>>21 >= firstCommon:
				c := key>>21 - firstCommon
				from, to := ix.next[c], ix.next[c+1]
				k, found := slices.BinarySearch(ix.seconds[from:to], rune(key&(1<<21-1)))
				if found {
					sp, ok = ix.pairs[int(from)+k], true
				}
			default:
				sp, ok = ix.spans[key]
			}
			if !ok {
				break
			}
			for _, k := range ix.keys[sp.from():sp.to()] {
				f(k)
			}
			if !sp.longer() || n == maxNameWord || j >= len(zh) {
				break
			}
			r, size := utf8.DecodeRuneInString(zh[j:])
			if !fastHan(r) {
				break
			}
			key, j = wordKey(key, r), j+size
		}
		i += size
	}
}

// fastHan is isHan with the common ideographs decided without a search.
func fastHan(r rune) bool {
	if r >= firstCommon && r <= lastCommon {
		return true
	}
	return r >= utf8.RuneSelf && isHan(r)
}

// WordKeys calls f with the key of each word of English text that some
// gloss of the dictionary holds (by stem, as TranslationKeys gives them),
// stop words and words of one or two letters left out; a word no gloss
// holds has no key.
func (d *Dictionary) WordKeys(en string, f func(key int32)) {
	d.englishOnce.Do(d.buildEnglish)
	words := d.english.words
	look := func(w []byte) {
		if len(w) < 3 {
			return
		}
		if id, ok := words[string(w)]; ok && id >= 0 {
			f(id)
		}
	}
	var buf []byte
	if !isASCII(en) {
		eachWord(en, &buf, look)
		return
	}
	// eachWord written out for ASCII, the common case: letters, digits
	// and an apostrophe inside a word, nothing in parentheses.
	var arr [32]byte
	w, depth := arr[:0], 0
	flush := func() {
		look(w)
		w = w[:0]
	}
	for i := 0; i < len(en); i++ {
		c := en[i]
		switch {
		case c == '(' || c == '[':
			flush()
			depth++
		case c == ')' || c == ']':
			flush()
			depth = max(depth-1, 0)
		case depth > 0:
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' && len(w) > 0:
			w = append(w, c)
		case c >= 'A' && c <= 'Z':
			w = append(w, c+'a'-'A')
		default:
			flush()
		}
	}
	flush()
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func (d *Dictionary) buildKeys() {
	d.englishOnce.Do(d.buildEnglish)
	var word []byte
	byWord := map[uint64][]int32{}
	longer := map[uint64]bool{}
	for i := range d.entries {
		var keys []int32
		for g := range d.glosses(int32(i)) {
			if IsReference(g) {
				continue
			}
			eachWord(g, &word, func(w []byte) {
				if id, ok := d.english.words[string(w)]; ok && id >= 0 && !slices.Contains(keys, id) {
					keys = append(keys, id)
				}
			})
		}
		for _, h := range []string{d.simp(int32(i)), d.trad(int32(i))} {
			if n := utf8.RuneCountInString(h); n > maxKeyWord && (n > maxNameWord || !isName(d.pinyinOf(int32(i)))) {
				continue
			}
			var k uint64
			for n, r := range []rune(h) {
				if n > 0 {
					longer[k] = true
				}
				k = wordKey(k, r)
			}
			for _, id := range keys {
				if len(byWord[k]) < maxKeysAWord && !slices.Contains(byWord[k], id) {
					byWord[k] = append(byWord[k], id)
				}
			}
			if _, ok := byWord[k]; !ok {
				byWord[k] = nil
			}
		}
	}
	for k := range longer {
		if _, ok := byWord[k]; !ok {
			byWord[k] = nil
		}
	}
	// The keys lie in the order of the words' keys, so that the index
	// comes out the same each time.
	words := slices.Sorted(maps.Keys(byWord))
	total := 0
	for _, k := range words {
		total += len(byWord[k])
	}
	ix := &keyIndex{
		common: make([]keySpan, lastCommon-firstCommon+1),
		next:   make([]int32, lastCommon-firstCommon+2),
		spans:  map[uint64]keySpan{},
		keys:   make([]int32, 0, total),
	}
	inBlock := func(r uint64) bool { return r >= firstCommon && r <= lastCommon }
	for _, k := range words {
		sp := makeSpan(len(ix.keys), len(byWord[k]), longer[k])
		ix.keys = append(ix.keys, byWord[k]...)
		switch first := k >> 21; {
		case k>>21 == 0 && inBlock(k):
			ix.common[k-firstCommon] = sp
		case k>>42 == 0 && inBlock(first):
			// words holds the pairs sorted by first character, then by
			// second: each first character's run is in order.
			ix.seconds = append(ix.seconds, rune(k&(1<<21-1)))
			ix.pairs = append(ix.pairs, sp)
			ix.next[first-firstCommon+1]++
		default:
			ix.spans[k] = sp
		}
	}
	for c := 1; c < len(ix.next); c++ {
		ix.next[c] += ix.next[c-1]
	}
	ix.seconds, ix.pairs = slices.Clip(ix.seconds), slices.Clip(ix.pairs)
	d.keys = ix
}
