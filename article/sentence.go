package article

import (
	"strings"
	"unicode"
)

// Sentences splits a paragraph into sentences and returns their rune spans,
// in order, without the white space between them.
//
// Chinese sentences end at 。！？ (and ！? in half width before Chinese text);
// English ones at . ! ? followed by white space and a capital, a digit, an
// opening quote or Chinese text — except after abbreviations (Feb., Mr.,
// U.S.) and initials. Closing quotes and brackets stay with their sentence. A
// line break always ends a sentence.
func Sentences(text string) []Span {
	return sentenceSpans([]rune(text))
}

// sentenceSpans is Sentences for text already made runes.
func sentenceSpans(rs []rune) []Span {
	var out []Span
	start := -1
	emit := func(end int) {
		if start >= 0 {
			for end > start && unicode.IsSpace(rs[end-1]) {
				end--
			}
			if end > start {
				out = append(out, Span{start, end})
			}
		}
		start = -1
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' {
			emit(i)
			continue
		}
		if start < 0 {
			if unicode.IsSpace(r) {
				continue
			}
			start = i
		}
		if !isTerminator(r) {
			continue
		}
		end := closeRun(rs, i+1)
		if endsSentence(rs, start, i, end) {
			emit(end)
			i = end - 1
		}
	}
	emit(len(rs))
	return out
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '。', '！', '？':
		return true
	}
	return false
}

// closeRun returns the index after any further terminators and closing quotes
// or brackets that follow position i.
func closeRun(rs []rune, i int) int {
	for i < len(rs) && (isTerminator(rs[i]) || strings.ContainsRune(closers, rs[i])) {
		i++
	}
	return i
}

const closers = "\"'”’」』）)]》〉›»…"
const openers = "\"'“‘「『（([《〈‹«"

// endsSentence decides whether the terminator at t, whose closing run ends at
// end, ends the sentence that began at start.
func endsSentence(rs []rune, start, t, end int) bool {
	if strings.ContainsRune("。！？", rs[t]) {
		return true
	}
	if end >= len(rs) {
		return true
	}
	next := end
	if !unicode.IsSpace(rs[next]) {
		// "真的吗?他说" – half-width marks in Chinese text need no space.
		return rs[t] != '.' && IsHan(rs[next])
	}
	for next < len(rs) && unicode.IsSpace(rs[next]) && rs[next] != '\n' {
		next++
	}
	if next >= len(rs) || rs[next] == '\n' {
		return true
	}
	n := rs[next]
	if !(unicode.IsUpper(n) || unicode.IsDigit(n) || IsHan(n) || strings.ContainsRune(openers, n)) {
		return false
	}
	if rs[t] != '.' || end > t+1 && rs[t+1] == '.' {
		return true // ! and ?, and an ellipsis, before a capital
	}
	return !abbreviated(rs, start, t, next)
}

// abbreviated reports whether the period at t closes an abbreviation or an
// initial rather than a sentence; next is where the following word starts.
func abbreviated(rs []rune, start, t, next int) bool {
	w := t
	for w > start && (unicode.IsLetter(rs[w-1]) || rs[w-1] == '.') {
		w--
	}
	word := strings.ToLower(string(rs[w:t]))
	following := nextWord(rs, next)
	switch {
	case word == "":
		return false
	case titles[word]:
		return true
	case beforeNumbers[word]:
		// "No. 5", "p. 12" — but "he said no. The" ends.
		return unicode.IsDigit(rs[next])
	case dates[word] && unicode.IsUpper(rs[w]):
		// "Feb. 4", "Wed. Feb. 4" — lower case is a word: "in the sun."
		return unicode.IsDigit(rs[next]) || !sentenceStarters[following]
	case closing[word], initialism(word), len([]rune(word)) == 1 && unicode.IsUpper(rs[w]):
		// U.S., Inc., J. — these end a sentence as often as not, so only
		// before a word that usually starts one.
		return !sentenceStarters[following]
	}
	return false
}

// initialism reports whether a dotted word is letters separated by dots
// (u.s, e.g, ph.d) rather than a file or domain name (article.json), which
// a period after it ends like any word.
func initialism(word string) bool {
	if !strings.Contains(word, ".") {
		return false
	}
	for _, part := range strings.Split(word, ".") {
		if len([]rune(part)) > 2 {
			return false
		}
	}
	return true
}

func nextWord(rs []rune, i int) string {
	j := i
	for j < len(rs) && unicode.IsLetter(rs[j]) {
		j++
	}
	return string(rs[i:j])
}

var (
	// titles never end a sentence: a name or a word follows them.
	titles = setOf("mr", "mrs", "ms", "messrs", "dr", "prof", "st", "mt", "gen", "gov", "sen", "rep", "rev", "hon",
		"lt", "col", "capt", "sgt", "vs", "cf", "viz", "e.g", "i.e")
	// beforeNumbers are abbreviations only when a number follows.
	beforeNumbers = setOf("no", "nos", "vol", "fig", "p", "pp", "ch", "sec", "art", "approx", "est")
	// dates are months and weekdays, written with a capital.
	dates = setOf("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
	// closing abbreviations often end a sentence: "works at Apple Inc."
	closing = setOf("inc", "ltd", "co", "corp", "bros", "jr", "sr", "etc", "al")
)

var sentenceStarters = setOf("The", "It", "Its", "This", "That", "These", "Those", "There", "They", "He", "She", "We", "I",
	"But", "And", "In", "On", "At", "As", "A", "An", "Yet", "So", "If", "When", "While", "After", "Still", "Meanwhile", "However")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
