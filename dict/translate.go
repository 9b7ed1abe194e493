package dict

import (
	"slices"
	"strings"
)

// Translations caps: a search term grows by at most this many words.
const (
	maxTranslations = 6
	maxChinese      = 4 // Chinese words for an English term
	maxGlossWords   = 3 // a gloss longer than this is a definition, not a translation
)

// Translations returns what a term in one language is in the other, for a
// search that should find both: a Chinese word's English glosses, short
// ones only ("investment", "invest" for 投资; "to" and what is in
// parentheses dropped), or the Chinese headwords (simplified) whose gloss
// is an English term ("投资" for "investment"), else whose gloss holds it as
// a phrase. An English phrase that no gloss holds is tried word by word
// through near synonyms the dictionary itself gives: "rate cut" finds 降息
// (to lower interest rates), as 削减 glosses both "to cut down" and "to
// lower". At most six English terms or four Chinese words, best first;
// none when the dictionary does not know the term.
func (d *Dictionary) Translations(term string) []string {
	term = strings.TrimSpace(term)
	if term == "" {
		return nil
	}
	for _, r := range term {
		if isHan(r) {
			return d.toEnglish(term)
		}
	}
	return d.toChinese(term)
}

func (d *Dictionary) toEnglish(term string) []string {
	var out []string
	seen := map[string]bool{}
	for _, e := range d.Lookup(term) {
		for _, g := range e.Glosses {
			if isReference(g) {
				continue
			}
			for sub := range strings.SplitSeq(g, ";") {
				t := translationOf(sub)
				if t != "" && !seen[strings.ToLower(t)] && len(out) < maxTranslations {
					seen[strings.ToLower(t)] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// translationOf is a gloss as a search term: without what is in
// parentheses or brackets, a leading "to", "a", "an" or "the", "sb" and
// "sth"; "" when it is longer than maxGlossWords words or not plain
// English words.
func translationOf(gloss string) string {
	var words []string
	depth := 0
	var b strings.Builder
	for _, r := range gloss {
		switch {
		case r == '(' || r == '[':
			depth++
		case r == ')' || r == ']':
			depth = max(depth-1, 0)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	for _, w := range strings.Fields(b.String()) {
		lw := strings.ToLower(w)
		if lw == "sb" || lw == "sth" || len(words) == 0 && (lw == "to" || lw == "a" || lw == "an" || lw == "the") {
			continue
		}
		for _, r := range w {
			if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '\'') {
				return ""
			}
		}
		words = append(words, w)
	}
	if len(words) == 0 || len(words) > maxGlossWords {
		return ""
	}
	return strings.Join(words, " ")
}

func (d *Dictionary) toChinese(term string) []string {
	hits := d.rankEnglish(term)
	var out []string
	// The best rank present decides: glosses that are the term word for
	// word, else stem for stem, else glosses holding it as a phrase.
	for i, h := range hits {
		if h.rank < hits[0].rank || h.rank < rankPhrase || len(out) == maxChinese {
			break
		}
		if s := d.entries[h.entry].Simplified; !slices.Contains(out, s) && (i == 0 || h.rank > rankPhrase || len(out) < 3) {
			out = append(out, s)
		}
	}
	if len(out) == 0 && len(contentStems(term)) > 1 {
		out = d.viaSynonyms(term)
	}
	return out
}

// viaSynonyms finds the headwords with one gloss that holds, for each word
// of an English phrase, the word or a near synonym of it, and one of the
// words itself; the shortest such glosses first, at most three.
func (d *Dictionary) viaSynonyms(term string) []string {
	words := contentStems(term)
	sets := make([]map[string]bool, len(words))
	var cands []int32
	for i, w := range words {
		sets[i] = d.synonyms(w)
		var union []int32
		for s := range sets[i] {
			union = append(union, d.english.postings[s]...)
		}
		slices.Sort(union)
		union = slices.Compact(union)
		if i == 0 {
			cands = union
		} else {
			cands = intersect(cands, union)
		}
	}
	type found struct {
		entry int32
		words int
	}
	var hits []found
	for _, x := range cands {
		best := 0
		for _, g := range d.entries[x].Glosses {
			for sub := range strings.SplitSeq(g, ";") {
				gs := contentStems(sub)
				if !isReference(sub) && len(gs) >= len(words) && holdsAll(gs, sets) && holdsAny(gs, words) && (best == 0 || len(gs) < best) {
					best = len(gs)
				}
			}
		}
		if best > 0 && best <= len(words)+2 {
			hits = append(hits, found{x, best})
		}
	}
	slices.SortStableFunc(hits, func(a, b found) int { return a.words - b.words })
	var out []string
	for _, h := range hits {
		if s := d.entries[h.entry].Simplified; !slices.Contains(out, s) && len(out) < 3 {
			out = append(out, s)
		}
	}
	return out
}

// holdsAny reports whether a gloss holds one of the phrase's own words:
// synonyms alone drift too far.
func holdsAny(gs, words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return slices.Contains(gs, w) })
}

func holdsAll(gs []string, sets []map[string]bool) bool {
	for _, set := range sets {
		if !slices.ContainsFunc(gs, func(s string) bool { return set[s] }) {
			return false
		}
	}
	return true
}

// synonyms is a stem and the stems the dictionary makes its near
// synonyms: the other one-word glosses of the words (of two characters or
// more) one of whose short glosses ("to cut", "to cut down") starts with
// it, when two words or more witness it.
func (d *Dictionary) synonyms(stem string) map[string]bool {
	witnesses := map[string]int{}
	for _, x := range d.english.postings[stem] {
		e := &d.entries[x]
		if runeCount(e.Simplified) < 2 {
			continue // a character has too many senses to be a witness
		}
		var short [][]string
		starts := false
		for _, g := range e.Glosses {
			for sub := range strings.SplitSeq(g, ";") {
				if gs := contentStems(sub); len(gs) >= 1 && len(gs) <= 2 && !isReference(sub) {
					short = append(short, gs)
					starts = starts || gs[0] == stem
				}
			}
		}
		if !starts {
			continue
		}
		for _, gs := range short {
			if len(gs) == 1 {
				witnesses[gs[0]]++
			}
		}
	}
	set := map[string]bool{stem: true}
	for s, n := range witnesses {
		if n >= 2 {
			set[s] = true
		}
	}
	return set
}
