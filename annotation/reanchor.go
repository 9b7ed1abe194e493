package annotation

import (
	"regexp"
	"slices"
	"strings"

	"tandem/article"
)

// Anchoring says how a target was found again in changed text.
type Anchoring int

// The outcomes of re-anchoring, from the surest to none.
const (
	AnchorExact  Anchoring = iota // the quote is still at its position
	AnchorMoved                   // the same quote, nearest the old position
	AnchorFuzzy                   // a close match with the same numbers
	AnchorOrphan                  // not found: the annotation is an orphan
)

func (a Anchoring) String() string {
	return [...]string{"exact", "moved", "fuzzy", "orphan"}[a]
}

// fuzzyThreshold is the least similarity (1 − edit distance / quote length)
// a changed quote needs to keep its annotation.
const fuzzyThreshold = 0.8

// Reanchor finds target t in the article's current text: at its old
// position if the quote is still there; else the same quote nearest the old
// position; else a close match (a typo fixed inside the span). Wherever it
// lands, the numbers around it must be the old context's numbers, and a
// close match must hold exactly the quote's numbers: "revenue rose 5% in
// 2024" and "revenue rose 7% in 2025" share their words, not their claim. So
// when a figure changed, or only a look-alike paragraph is left, the
// annotation becomes an orphan rather than land on the wrong words.
func Reanchor(a *article.Article, t Target) (Target, Anchoring) {
	if t.Pair >= 0 && t.Pair < len(a.Pairs) {
		text := []rune(a.Pairs[t.Pair].Text(t.Lang))
		if t.Start >= 0 && t.End <= len(text) && t.Start < t.End && string(text[t.Start:t.End]) == t.Exact {
			if now := quote(t.Lang, t.Pair, text, t.Start, t.End); contextAgrees(t, now) {
				return now, AnchorExact
			}
		}
	}
	if c, ok := bestCandidate(a, t, exactMatches); ok {
		return c, AnchorMoved
	}
	if c, ok := bestCandidate(a, t, fuzzyMatches); ok {
		return c, AnchorFuzzy
	}
	return t, AnchorOrphan
}

// candidate is a place the quote might be now.
type candidate struct {
	target     Target
	similarity float64 // of the quote, 1 for exact
	context    int     // runes of old context found around it
}

// matcher lists the candidate spans of quote in one paragraph.
type matcher func(text []rune, quote string) []candidate

func exactMatches(text []rune, q string) []candidate {
	var out []candidate
	n := len([]rune(q))
	for _, off := range occurrences(string(text), q) {
		out = append(out, candidate{target: Target{Start: off, End: off + n}, similarity: 1})
	}
	return out
}

func fuzzyMatches(text []rune, q string) []candidate {
	quote := []rune(q)
	if len(quote) == 0 || !sharesEnough(text, quote) {
		return nil
	}
	start, end, dist := closestSubstring(text, quote)
	sim := 1 - float64(dist)/float64(len(quote))
	if sim < fuzzyThreshold || !slices.Equal(numbers(string(text[start:end])), numbers(q)) {
		return nil
	}
	return []candidate{{target: Target{Start: start, End: end}, similarity: sim}}
}

// bestCandidate looks through every paragraph in t's language, keeps the
// candidates that are safe, and returns the best: most similar, then most
// old context around it, then nearest the old position.
func bestCandidate(a *article.Article, t Target, match matcher) (Target, bool) {
	var best *candidate
	bestDistance := 0
	for i := range a.Pairs {
		text := []rune(a.Pairs[i].Text(t.Lang))
		for _, c := range match(text, t.Exact) {
			c.target = quote(t.Lang, i, text, c.target.Start, c.target.End)
			c.context = sharedContext(t, c.target)
			if !contextAgrees(t, c.target) {
				continue // a look-alike: a different claim
			}
			d := abs(i-t.Pair)*100000 + abs(c.target.Start-t.Start)
			if best == nil || better(c, *best, d, bestDistance) {
				best, bestDistance = &c, d
			}
		}
	}
	if best == nil {
		return t, false
	}
	return best.target, true
}

func better(c, b candidate, cd, bd int) bool {
	switch {
	case c.similarity != b.similarity:
		return c.similarity > b.similarity
	case c.context != b.context:
		return c.context > b.context
	}
	return cd < bd
}

// sharedContext counts the runes of old context found next to the new span:
// the end of the old prefix and the start of the old suffix.
func sharedContext(old, now Target) int {
	p, q := []rune(old.Prefix), []rune(now.Prefix)
	n := 0
	for n < len(p) && n < len(q) && p[len(p)-1-n] == q[len(q)-1-n] {
		n++
	}
	s, r := []rune(old.Suffix), []rune(now.Suffix)
	m := 0
	for m < len(s) && m < len(r) && s[m] == r[m] {
		m++
	}
	return n + m
}

// contextAgrees reports whether a span has the same numbers around it as
// the old one had. Only as much context as the old target had is compared:
// a paragraph merged onto the one before gains a prefix, which is no reason
// to lose the annotation.
func contextAgrees(old, now Target) bool {
	prefix := []rune(now.Prefix)
	prefix = prefix[max(0, len(prefix)-len([]rune(old.Prefix))):]
	suffix := []rune(now.Suffix)
	suffix = suffix[:min(len(suffix), len([]rune(old.Suffix)))]
	return slices.Equal(numbers(old.Prefix+old.Exact+old.Suffix), numbers(string(prefix)+now.Exact+string(suffix)))
}

var numberRE = regexp.MustCompile(`[0-9][0-9,.]*[0-9]|[0-9]|[〇零一二两三四五六七八九十百千万亿兆]+`)

// numbers returns the figures in s, Arabic (grouping commas dropped) and
// Chinese, in order.
func numbers(s string) []string {
	found := numberRE.FindAllString(s, -1)
	for i, f := range found {
		found[i] = strings.ReplaceAll(f, ",", "")
	}
	return found
}

// sharesEnough is a cheap filter before the quadratic search: most of the
// quote's characters must occur in the text at all.
func sharesEnough(text, quote []rune) bool {
	have := make(map[rune]int, len(text))
	for _, r := range text {
		have[r]++
	}
	found := 0
	for _, r := range quote {
		if have[r] > 0 {
			have[r]--
			found++
		}
	}
	return float64(found) >= fuzzyThreshold*float64(len(quote))
}

// closestSubstring finds the substring of text with the least edit distance
// to quote (Sellers' algorithm) and returns its bounds and the distance.
func closestSubstring(text, quote []rune) (start, end, dist int) {
	n := len(quote)
	prev, cur := make([]int, n+1), make([]int, n+1)
	prevStart, curStart := make([]int, n+1), make([]int, n+1)
	for i := range prev {
		prev[i] = i
	}
	dist, start, end = n, 0, 0
	for j := 1; j <= len(text); j++ {
		cur[0], curStart[0] = 0, j
		for i := 1; i <= n; i++ {
			cost := 1
			if quote[i-1] == text[j-1] {
				cost = 0
			}
			cur[i], curStart[i] = prev[i-1]+cost, prevStart[i-1]
			if prev[i]+1 < cur[i] {
				cur[i], curStart[i] = prev[i]+1, prevStart[i]
			}
			if cur[i-1]+1 < cur[i] {
				cur[i], curStart[i] = cur[i-1]+1, curStart[i-1]
			}
		}
		if cur[n] < dist {
			dist, start, end = cur[n], curStart[n], j
		}
		prev, cur = cur, prev
		prevStart, curStart = curStart, prevStart
	}
	return start, end, dist
}

// keepsWords reports whether the counterpart the word finder chose still
// holds: the highlight did not move (how), and the counterpart is at its
// place in the text, inside the sentences the alignment now links to the
// highlight. It then leaves the counterpart as it is, re-anchored.
func (an *Annotation) keepsWords(a *article.Article, how Anchoring) bool {
	if how != AnchorExact || an.Counterpart == nil {
		return false
	}
	c, found := Reanchor(a, *an.Counterpart)
	sentence := CounterpartOf(a, an.Target)
	if found != AnchorExact || sentence == nil || c.Lang != sentence.Lang || c.Pair != sentence.Pair ||
		c.Start < sentence.Start || c.End > sentence.End {
		return false
	}
	an.Counterpart = &c
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Reanchor moves the annotation onto the article's current text. Its
// counterpart is computed again, unless the user chose it, in which case it
// is re-anchored too (and computed again if lost): by the word finder when
// the word finder chose it before (CounterpartConfidence is not 0), else
// as the sentence(s) the alignment links, as it was made. Words the finder
// chose stay as they are while the highlight and they are where they were
// and still within the sentences the alignment links: the finder is not
// asked again (a term added since does not move them). A target that
// cannot be found makes the annotation an orphan, keeping the old quote.
func (an *Annotation) Reanchor(a *article.Article) Anchoring {
	t, how := Reanchor(a, an.Target)
	if how == AnchorOrphan {
		an.Orphan = true
		return how
	}
	an.Target, an.Orphan = t, false
	if an.CounterpartSet && an.Counterpart != nil {
		if c, found := Reanchor(a, *an.Counterpart); found != AnchorOrphan {
			an.Counterpart = &c
			return how
		}
		an.CounterpartSet = false
	}
	switch {
	case an.CounterpartSet:
		// The user cleared it: it stays cleared.
	case an.CounterpartConfidence > 0:
		if an.keepsWords(a, how) {
			return how
		}
		an.Counterpart, an.CounterpartConfidence = WordCounterpartOf(a, t)
	default:
		an.Counterpart = CounterpartOf(a, t)
	}
	return how
}
