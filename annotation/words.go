package annotation

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"tandem/article"
	"tandem/dict"
	"tandem/lexicon"
	"tandem/quantity"
)

// LowConfidence is the confidence below which the word finder does not
// trust what it found: the counterpart stays the whole sentence, and the
// reader draws it lighter.
const LowConfidence = 0.5

// leastConfidence is the confidence of a sentence the word finder fell back
// to when nothing matched at all. It is not 0, so that 0 keeps meaning "not
// measured" (a counterpart from before the finder, or one chosen by hand).
const leastConfidence = 0.01

// wholeSentence is the share of its own sentences a selection must cover
// for its counterpart to be the linked sentences as they are.
const wholeSentence = 0.85

// spreadCost weighs a window's share of the sentence against the share of
// the selection's words it covers: a window twice as long must cover a
// word more to win.
const spreadCost = 0.25

var bundled = sync.OnceValues(dict.Bundled)

// learned is the translation table learned from the library's own aligned
// sentences, nil until one is set.
var learned atomic.Pointer[lexicon.Table]

// SetLexicon gives the word finder a translation table learned from the
// library's aligned sentences (nil for none). A word that found no
// translation otherwise is looked for among its learned translations.
func SetLexicon(t *lexicon.Table) { learned.Store(t) }

// learnedLeast is the least score a learned translation needs to count.
const learnedLeast = 0.2

// termList is the reader's term list (see SetTerms).
var termList atomic.Pointer[dict.Terms]

// SetTerms makes list the reader's term list, which Refine asks before the
// dictionary: a word of the selection that is (part of) a term of the list
// finds the other sides of its pairs in the sentence, and the dictionary is
// not asked for it. The library sets it when it opens and whenever the list
// changes; nil is no list. Counterparts found after the call use it.
func SetTerms(list *dict.Terms) { termList.Store(list) }

// PrepareWords loads what WordCounterpartOf needs on its first call (the
// bundled dictionary and its index of English glosses, most of a second
// together), so that a window can load it in the background rather than
// make the first highlight wait.
func PrepareWords() {
	if d, err := bundled(); err == nil {
		d.English("prepare")
	}
}

// WordCounterpartOf returns the counterpart of t found word by word with
// the bundled dictionary, and the finder's confidence: the smallest span of
// the linked sentence(s) that translates t (see Refine), or the sentences
// themselves when nothing translates it well. It returns nil and 0 when
// CounterpartOf is nil.
func WordCounterpartOf(a *article.Article, t Target) (*Target, float64) {
	sentence := CounterpartOf(a, t)
	if sentence == nil {
		return nil, 0
	}
	d, err := bundled()
	if err != nil {
		// The dictionary is compiled in: it fails to load only when the
		// binary is broken, and the sentence is still right.
		return sentence, leastConfidence
	}
	c, confidence := Refine(a, d, t, *sentence)
	return &c, confidence
}

// Refine narrows sentence, the linked sentence(s) in the other language
// that CounterpartOf gives for t, to the smallest span that translates t,
// and says how sure it is (0 to 1: the share of t's words that found their
// translation, halved when the span spreads over most of a sentence that
// t is a small part of). A word of t finds its translation as the same
// token (a name, an acronym, a figure written alike), as the same figure
// written otherwise (130 亿美元 and $13 billion, by package quantity), or
// through the dictionary: a Chinese word's glosses, stemmed, against the
// English words; an English word's Chinese headwords against the Chinese
// text. The span runs from the first to the last word found, widened to
// whole English words and never cutting a Chinese word. When t covers
// nearly all of its own sentences, or the confidence is under
// LowConfidence, the counterpart is sentence itself.
func Refine(a *article.Article, d *dict.Dictionary, t, sentence Target) (Target, float64) {
	if sentence.Pair < 0 || sentence.Pair >= len(a.Pairs) {
		return sentence, leastConfidence
	}
	text := []rune(a.Pairs[sentence.Pair].Text(sentence.Lang))
	if sentence.Start < 0 || sentence.End > len(text) || sentence.Start >= sentence.End {
		return sentence, leastConfidence
	}
	if coversSentences(a, t) {
		return sentence, 1
	}
	units := contentWords(d, t.Exact)
	if len(units) == 0 {
		return sentence, leastConfidence
	}
	f := finder{d: d, lx: learned.Load(), units: units, from: t.Lang, text: text, start: sentence.Start, end: sentence.End}
	f.words = d.Segment(string(text[sentence.Start:sentence.End]))
	f.matchFigures(t.Exact)
	f.matchTokens()
	f.matchDictionary(f.matchTerms(t.Exact, termList.Load()))
	f.matchPhrase(t.Exact)
	f.matchLearned()
	start, end, covered := f.bestWindow()
	start, end = f.grow(start, end)
	confidence := float64(covered) / float64(len(units))
	if end-start > (sentence.End-sentence.Start)*7/10 && len([]rune(t.Exact))*2 < ownLength(a, t) {
		confidence /= 2
	}
	if covered == 0 || confidence < LowConfidence {
		return sentence, max(confidence, leastConfidence)
	}
	start, end = f.snap(start, end, t.Exact)
	return quote(sentence.Lang, sentence.Pair, text, start, end), confidence
}

// coversSentences reports whether t covers nearly all the sentences it
// touches in its own language.
func coversSentences(a *article.Article, t Target) bool {
	n := ownLength(a, t)
	return n > 0 && float64(t.End-t.Start) >= wholeSentence*float64(n)
}

// ownLength is the length in runes of the sentences t touches in its own
// language, 0 when the pair has none there.
func ownLength(a *article.Article, t Target) int {
	if t.Pair < 0 || t.Pair >= len(a.Pairs) {
		return 0
	}
	start, end := -1, -1
	for _, s := range a.Pairs[t.Pair].Sentences(t.Lang) {
		if s.End <= t.Start || s.Start >= t.End {
			continue
		}
		if start < 0 {
			start = s.Start
		}
		end = s.End
	}
	return max(end-start, 0)
}

// unit is a content word of the selection: its text and where it starts in
// the selection, in runes.
type unit struct {
	text       string
	start, end int
}

// functionWords are words that carry grammar rather than meaning: they
// need no counterpart and would find one anywhere.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "to": true, "in": true, "on": true, "for": true,
	"with": true, "by": true, "as": true, "at": true, "and": true, "or": true, "is": true, "are": true,
	"was": true, "were": true, "be": true, "been": true, "that": true, "it": true, "its": true, "from": true,
	"sb": true, "sth": true, "one's": true, "etc": true,
	"的": true, "了": true, "在": true, "是": true, "和": true, "与": true, "及": true, "把": true,
	"被": true, "对": true, "也": true, "都": true, "将": true, "之": true, "而": true, "着": true,
}

// contentWords cuts the selection into words and keeps those with a
// letter, digit or Chinese character that are not function words.
func contentWords(d *dict.Dictionary, s string) []unit {
	var out []unit
	for _, w := range d.Segment(s) {
		if !hasWordRune(w.Text) || functionWords[strings.ToLower(w.Text)] || countsOnly(d, w.Text) {
			continue
		}
		out = append(out, unit{text: w.Text, start: w.Start, end: w.End})
	}
	return out
}

// countsOnly reports whether a Chinese word is only a classifier (辆,
// "classifier for vehicles"): it counts what the words beside it name,
// like a function word, and has no translation of its own.
func countsOnly(d *dict.Dictionary, w string) bool {
	entries := d.Lookup(w)
	if len(entries) == 0 || !hasHan(w) {
		return false
	}
	counts := false
	for _, e := range entries {
		for _, g := range e.Glosses {
			if !dict.IsReference(g) {
				return false
			}
			counts = counts || strings.HasPrefix(g, "classifier for ")
		}
	}
	return counts
}

func hasWordRune(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func isHanRune(r rune) bool { return unicode.Is(unicode.Han, r) }

func hasHan(s string) bool { return strings.IndexFunc(s, isHanRune) >= 0 }

// hit is a place in the other text where a unit of the selection found its
// translation; start and end are runes into the paragraph.
type hit struct {
	unit       int
	start, end int
}

// finder holds what Refine matches: the selection's units and the linked
// sentences, [start, end) of the paragraph text, cut into words.
type finder struct {
	d          *dict.Dictionary
	lx         *lexicon.Table // learned translations, or nil
	units      []unit
	from       article.Lang
	text       []rune
	start, end int
	words      []dict.Word // of text[start:end], offsets from start
	hits       []hit
}

func (f *finder) add(u, start, end int) {
	f.hits = append(f.hits, hit{unit: u, start: f.start + start, end: f.start + end})
}

// matchFigures matches the figures of the selection with the same figures
// in the sentence, however written; every unit a figure spans is found.
func (f *finder) matchFigures(selection string) {
	other := quantity.Extract(string(f.text[f.start:f.end]), f.from.Other())
	for _, q := range quantity.Extract(selection, f.from) {
		for _, o := range other {
			if !quantity.Matches(q, o) {
				continue
			}
			for i, u := range f.units {
				if u.start < q.End && u.end > q.Start {
					f.add(i, o.Start, o.End)
				}
			}
		}
	}
}

// matchTokens finds the units written with letters or digits as the same
// word in the sentence (case aside), or as a part of a hyphenated word
// (45 in 45-year-old).
func (f *finder) matchTokens() {
	for i, u := range f.units {
		if hasHan(u.text) {
			continue
		}
		for _, w := range f.words {
			if strings.EqualFold(w.Text, u.text) || slices.ContainsFunc(strings.Split(w.Text, "-"), func(p string) bool {
				return p != w.Text && strings.EqualFold(p, u.text)
			}) {
				f.add(i, w.Start, w.End)
			}
		}
	}
}

// matchTerms finds the terms of the reader's list in the selection and the
// other sides of their pairs in the sentence: every unit a term of the
// selection spans is found where its pair stands. It returns the units so
// found, which the dictionary then leaves alone: a pair the reader
// confirmed overrides it.
func (f *finder) matchTerms(selection string, list *dict.Terms) map[int]bool {
	if list.Len() == 0 {
		return nil
	}
	sentence := string(f.text[f.start:f.end])
	found := map[int]bool{}
	for _, h := range list.In(selection, f.from == article.ZH) {
		other := h.Pair.EN
		if f.from == article.EN {
			other = h.Pair.ZH
		}
		spots := dict.FindTerm(sentence, other)
		if len(spots) == 0 {
			continue
		}
		for i, u := range f.units {
			if u.start >= h.End || u.end <= h.Start {
				continue
			}
			for _, s := range spots {
				f.add(i, s[0], s[1])
			}
			found[i] = true
		}
	}
	return found
}

// matchDictionary finds the translations by the dictionary of each unit
// not in done.
func (f *finder) matchDictionary(done map[int]bool) {
	for i, u := range f.units {
		if done[i] {
			continue
		}
		if hasHan(u.text) {
			gloss := glossWords(f.d.Lookup(u.text))
			if strings.HasSuffix(u.text, "国") && len([]rune(u.text)) > 1 {
				// A country's adjective is its people's: 法国人, French person.
				for w := range glossWords(f.d.Lookup(u.text + "人")) {
					if !peopleWords[w] {
						gloss[w] = true
					}
				}
			}
			f.matchGlosses(i, gloss)
		} else {
			f.matchHeadwords(i, f.headwords(u.text))
		}
	}
}

// matchPhrase looks an English selection of several words up whole: a
// headword whose gloss is the phrase ("General Administration of Customs",
// 海关总署) translates every one of its words, found in the sentence.
func (f *finder) matchPhrase(selection string) {
	if len(f.units) < 2 || hasHan(selection) {
		return
	}
	sentence := string(f.text[f.start:f.end])
	for _, e := range f.d.English(strings.TrimSpace(selection)) {
		h := e.Simplified
		if len([]rune(h)) < 2 || !glossIs(e, selection) {
			continue
		}
		for _, off := range occurrences(sentence, h) {
			for i := range f.units {
				f.add(i, off, off+len([]rune(h)))
			}
		}
	}
}

// glossIs reports whether one of e's glosses, less what is in
// parentheses, is phrase, case aside.
func glossIs(e dict.Entry, phrase string) bool {
	for _, g := range e.Glosses {
		if strings.EqualFold(strings.TrimSpace(dict.DropParentheses(g)), strings.TrimSpace(phrase)) {
			return true
		}
	}
	return false
}

// matchLearned finds the units nothing else found by their translations in
// the learned table, if there is one.
func (f *finder) matchLearned() {
	if f.lx == nil {
		return
	}
	found := map[int]bool{}
	for _, h := range f.hits {
		found[h.unit] = true
	}
	for i, u := range f.units {
		if found[i] {
			continue
		}
		if hasHan(u.text) {
			words := map[string]bool{}
			for _, tr := range f.lx.English(u.text, learnedLeast) {
				if key, ok := englishKey(tr.Word); ok {
					words[key] = true
				}
			}
			f.matchGlosses(i, words)
			continue
		}
		var heads []string
		for _, tr := range f.lx.Chinese(u.text, learnedLeast) {
			heads = append(heads, tr.Word)
		}
		f.matchHeadwords(i, heads)
	}
}

// peopleWords are the stems of the glosses of a country's people (法国人,
// "French person") that are not the country's adjective.
var peopleWords = map[string]bool{"person": true, "peopl": true, "man": true, "men": true, "woman": true,
	"women": true, "nativ": true, "citizen": true, "inhabit": true, "nation": true}

// glossWords are the words of the entries' glosses as the English text is
// matched against them: stems in lower case, and acronyms as written with a
// leading "=" (US is not us).
func glossWords(entries []dict.Entry) map[string]bool {
	out := map[string]bool{}
	for _, e := range entries {
		for _, g := range e.Glosses {
			if dict.IsReference(g) {
				continue
			}
			for _, w := range strings.FieldsFunc(dict.DropParentheses(g), notWordRune) {
				if key, ok := englishKey(w); ok {
					out[key] = true
				}
			}
		}
	}
	return out
}

// englishKey is how an English word is compared: "=" and the word for an
// acronym, else its stem; not ok for a function word.
func englishKey(w string) (string, bool) {
	if len(w) >= 2 && strings.ToUpper(w) == w && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
		return "=" + w, true
	}
	lw := strings.ToLower(w)
	if functionWords[lw] || strings.IndexFunc(lw, unicode.IsLetter) < 0 {
		return "", false
	}
	return dict.Stem(lw), true
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' }

// matchGlosses finds the English words of the sentence (or the parts of a
// hyphenated one) that a Chinese unit's glosses hold.
func (f *finder) matchGlosses(u int, gloss map[string]bool) {
	if len(gloss) == 0 {
		return
	}
	for _, w := range f.words {
		for _, p := range strings.FieldsFunc(w.Text, notWordRune) {
			if key, ok := englishKey(p); ok && gloss[key] {
				f.add(u, w.Start, w.End)
				break
			}
		}
	}
}

// headwords are the Chinese words an English word may translate as: its
// translations, then the headwords whose glosses hold it.
func (f *finder) headwords(word string) []string {
	out := f.d.Translations(word)
	for i, e := range f.d.English(word) {
		if i == 30 {
			break
		}
		out = append(out, e.Simplified)
	}
	return out
}

// matchHeadwords finds the headwords in the Chinese sentence. Lone
// characters count only when no longer word is there: one character is
// part of too many words.
func (f *finder) matchHeadwords(u int, heads []string) {
	sentence := string(f.text[f.start:f.end])
	found := false
	for _, long := range []bool{true, false} {
		for _, h := range heads {
			if !hasHan(h) || (len([]rune(h)) > 1) != long {
				continue
			}
			for _, off := range occurrences(sentence, h) {
				f.add(u, off, off+len([]rune(h)))
				found = true
			}
		}
		if found {
			return
		}
	}
}

// bestWindow is the span from one hit to another that covers the most
// units for its length: each unit covered counts its share of the
// selection, the span's share of the sentence costs spreadCost of it. It
// returns the span and how many units it covers.
func (f *finder) bestWindow() (start, end, covered int) {
	hits := f.hits
	slices.SortFunc(hits, func(a, b hit) int { return a.start - b.start })
	n, length := float64(len(f.units)), float64(f.end-f.start)
	best := -1.0
	for i := range hits {
		seen := map[int]bool{}
		e := hits[i].start
		for j := i; j < len(hits); j++ {
			seen[hits[j].unit] = true
			e = max(e, hits[j].end)
			score := float64(len(seen))/n - spreadCost*float64(e-hits[i].start)/length
			if score > best {
				best, start, end, covered = score, hits[i].start, e, len(seen)
			}
		}
	}
	return start, end, covered
}

// joinGap is how far apart, in runes, two hits may lie and still be one
// phrase: " and " in "import and export" (进出口), nothing between Chinese
// words.
func joinGap(lang article.Lang) int {
	if lang == article.ZH {
		return 1
	}
	return len(" and ")
}

// grow widens [start, end) over the hits right next to it: the words of a
// gloss of several words ("federal government") sit together, and the best
// window may hold only one of them. A word the span already holds for the
// same unit is a repetition, not more of the phrase ("021 644 83 46 or
// 021 644 44 44"), and is left out.
func (f *finder) grow(start, end int) (int, int) {
	gap := joinGap(f.from.Other())
	for grown := true; grown; {
		grown = false
		for _, h := range f.hits {
			switch {
			case h.start < start && h.end <= start && start-h.end <= gap && !f.repeats(h, start, end):
				start, grown = h.start, true
			case h.end > end && h.start >= end && h.start-end <= gap && !f.repeats(h, start, end):
				end, grown = h.end, true
			}
		}
	}
	return start, end
}

// repeats reports whether [start, end) holds a hit of h's unit with the
// same text.
func (f *finder) repeats(h hit, start, end int) bool {
	text := string(f.text[h.start:h.end])
	for _, o := range f.hits {
		if o.unit == h.unit && o.start >= start && o.end <= end && strings.EqualFold(string(f.text[o.start:o.end]), text) {
			return true
		}
	}
	return false
}

// endsInDigit reports whether the last letter or digit of s is a digit.
func endsInDigit(s string) bool {
	i := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
	return i >= 0 && s[i] >= '0' && s[i] <= '9'
}

// snap widens [start, end) to the words of the sentence it touches, so no
// English or Chinese word is cut, nor a name whose parts a middle dot joins
// (凯蒂·巴姆). A Chinese span ending on a number takes the word after it
// (700毫米, 14岁) when the selection goes on past its own number
// ("700 millimetres", "14-year-old"), that is when it does not end in a digit.
func (f *finder) snap(start, end int, selection string) (int, int) {
	selectionEndsInDigit := endsInDigit(selection)
	for _, w := range f.words {
		ws, we := f.start+w.Start, f.start+w.End
		if ws < start && we > start {
			start = ws
		}
		if ws < end && we > end {
			end = we
		}
	}
	if f.from.Other() != article.ZH {
		return start, f.percentAfter(end, selection)
	}
	for i := 0; i < len(f.words); i++ {
		w := f.words[i]
		han := func(k int) bool { return k >= 0 && k < len(f.words) && hasHan(f.words[k].Text) }
		dot := func(k int) bool { return k >= 0 && k < len(f.words) && f.words[k].Text == "·" }
		switch {
		case f.start+w.End == end && han(i) && dot(i+1) && han(i+2):
			end = f.start + f.words[i+2].End
		case f.start+w.End == end && !selectionEndsInDigit && endsInDigit(w.Text) && han(i+1):
			end = f.start + f.words[i+1].End
		case f.start+w.Start == start && han(i) && dot(i-1) && han(i-2):
			start = f.start + f.words[i-2].Start
			i -= 3 // the name may have more parts before
		}
	}
	return start, end
}

// percentAfter widens an English span that ends in a figure over the
// percent sign or "per cent" after it, when the selection is a percentage
// too (超过 40% is "over 40%", not "over 40").
func (f *finder) percentAfter(end int, selection string) int {
	if !strings.Contains(selection, "%") && !strings.Contains(selection, "％") && !strings.Contains(selection, "百分") {
		return end
	}
	if end == 0 || !unicode.IsDigit(f.text[end-1]) {
		return end
	}
	rest := string(f.text[end:min(end+12, len(f.text))])
	for _, unit := range []string{"%", " %", " per cent", " percent", "-percent"} {
		if strings.HasPrefix(strings.ToLower(rest), unit) {
			return end + len([]rune(unit))
		}
	}
	return end
}
