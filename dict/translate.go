package dict

import (
	"cmp"
	"slices"
	"strings"
)

// Translations caps: a search term grows by at most this many words.
const (
	maxTranslations = 6
	maxChinese      = 5  // Chinese words for an English term
	maxTier         = 12 // the best glosses weighed for them
	maxSynonymic    = 4  // Chinese words found through synonyms
	maxGlossWords   = 3  // a gloss longer than this is a definition, not a translation
)

// Translations returns what a term in one language is in the other, for a
// search that should find both: a Chinese word's English glosses, short
// ones only ("investment", "invest" for 投资; "to" and what is in
// parentheses dropped), or the Chinese headwords (simplified) whose gloss
// is an English term ("投资" for "investment"), else whose gloss holds it as
// a phrase; words before lone characters, and among them those that begin
// more headwords first (the dictionary's only hint of common use). An
// English phrase that no gloss holds is tried word by word through near
// synonyms the dictionary itself gives: "rate cut" finds 降息 (to lower
// interest rates), as 削减 glosses both "to cut down" and "to lower". At
// most six English terms or five Chinese words, best first; none when the
// dictionary does not know the term.
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
			if IsReference(g) {
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

// DropParentheses is a gloss without what it holds in parentheses or
// brackets ("bank (finance) [CL:家]" → "bank  "): notes on usage, measure
// words and pinyin, not the translation.
func DropParentheses(gloss string) string {
	var b strings.Builder
	depth := 0
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
	return b.String()
}

// translationOf is a gloss as a search term: without what is in
// parentheses or brackets, a leading "to", "a", "an" or "the", "sb" and
// "sth"; "" when it is longer than maxGlossWords words or not plain
// English words.
func translationOf(gloss string) string {
	var words []string
	for _, w := range strings.Fields(DropParentheses(gloss)) {
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
	// The best tier present decides: glosses that are the term (word for
	// word or stem for stem), else glosses holding it as a phrase.
	rank := map[string]int{}
	tier := d.headwords(hits, rankEqual, maxTier, rank)
	if len(tier) == 0 {
		tier = d.headwords(hits, rankPhrase, maxTier, rank)
	}
	if len(tier) == 0 {
		if len(d.stemsOf(term)) > 1 {
			return d.viaSynonyms(term)
		}
		return nil
	}
	// The dictionary says nothing of how common a word is. Among equal
	// glosses, a word that many others hold (能力: 能力建设, 工作能力) is
	// in common use; a lone character has too many senses to search for
	// when a word will do.
	tier = d.byUse(tier, rank)
	if rank[tier[0]] >= rankEqual && len(tier) < maxChinese {
		// Room left: words whose gloss begins with the term ("to
		// sacrifice one's life" for "sacrifice").
		var more []string
		for _, s := range d.byUse(d.headwords(hits, rankLeads, maxTier, rank), rank) {
			if !slices.Contains(tier, s) {
				more = append(more, s)
			}
		}
		tier = append(tier, more[:min(len(more), maxChinese-len(tier))]...)
	}
	if rank[tier[0]] < rankEqual {
		return tier[:min(len(tier), 3)]
	}
	return tier[:min(len(tier), maxChinese)]
}

// headwords lists the simplified headwords of the hits ranked at least
// least, each once, at most n, noting each one's rank.
func (d *Dictionary) headwords(hits []englishHit, least, n int, rank map[string]int) []string {
	var out []string
	for _, h := range hits {
		if h.rank < least || len(out) == n {
			break
		}
		if s := d.simp(h.entry); !slices.Contains(out, s) {
			out = append(out, s)
			rank[s] = h.rank
		}
	}
	return out
}

// byUse orders words by rank, then by how many headwords hold them, words
// of one character left out when there are longer ones.
func (d *Dictionary) byUse(words []string, rank map[string]int) []string {
	if slices.ContainsFunc(words, func(s string) bool { return runeCount(s) > 1 }) {
		words = slices.DeleteFunc(words, func(s string) bool { return runeCount(s) == 1 })
	}
	uses := make(map[string]int, len(words))
	for _, s := range words {
		uses[s] = d.compounds(s)
	}
	slices.SortStableFunc(words, func(a, b string) int { return cmp.Or(rank[b]-rank[a], uses[b]-uses[a]) })
	return words
}

// compounds counts the headwords, other than word, that hold it: exactly
// for a word of two characters, and for a longer one the count of its
// rarest pair of characters, which bounds it.
func (d *Dictionary) compounds(word string) int {
	d.pairsOnce.Do(d.countPairs)
	r := []rune(word)
	n := -1
	for i := 0; i+1 < len(r); i++ {
		c := d.pairs.count(r[i], r[i+1])
		if n < 0 || c < n {
			n = c
		}
	}
	return max(n-1, 0)
}

// viaSynonyms finds the headwords with one gloss that holds, for each word
// of an English phrase, the word or a near synonym of it, and one of the
// words itself; best first (the word itself weighs most, then a synonym
// by how many words witness it), shorter glosses first among equals; at
// most four.
func (d *Dictionary) viaSynonyms(term string) []string {
	words := d.stemsOf(term)
	sets := make([]map[string]int, len(words))
	var cands []int32
	for i, w := range words {
		sets[i] = d.synonyms(w)
		var union []int32
		for s := range sets[i] {
			union = append(union, d.english.postingsOf(s)...)
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
		entry        int32
		weight, size int
	}
	var hits []found
	for _, x := range cands {
		best := found{entry: x}
		for g := range d.glosses(x) {
			for sub := range strings.SplitSeq(g, ";") {
				gs := d.stemsOf(sub)
				if IsReference(sub) || len(gs) < len(words) || len(gs) > len(words)+2 || !holdsAny(gs, words) {
					continue
				}
				if w := weigh(gs, sets); w > best.weight || w == best.weight && w > 0 && len(gs) < best.size {
					best.weight, best.size = w, len(gs)
				}
			}
		}
		if best.weight > 0 {
			hits = append(hits, best)
		}
	}
	slices.SortStableFunc(hits, func(a, b found) int { return cmp.Or(b.weight-a.weight, a.size-b.size) })
	var out []string
	for _, h := range hits {
		if s := d.simp(h.entry); !slices.Contains(out, s) && len(out) < maxSynonymic {
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

// weigh sums, over the phrase's words, the weight of the best stem of the
// gloss among each word's synonyms; 0 when a word has none there.
func weigh(gs []string, sets []map[string]int) int {
	total := 0
	for _, set := range sets {
		best := 0
		for _, s := range gs {
			best = max(best, set[s])
		}
		if best == 0 {
			return 0
		}
		total += best
	}
	return total
}

// itself is the weight of a phrase's own word among its synonyms.
const itself = 1000

// synonyms weighs a stem's near synonyms, as the dictionary makes them:
// the other one-word glosses of the words (of two characters or more) one
// of whose short glosses ("to cut", "to cut down") starts with the stem,
// by how many words witness each, two at least. The stem itself weighs
// most.
func (d *Dictionary) synonyms(stem string) map[string]int {
	witnesses := map[string]int{}
	for _, x := range d.english.postingsOf(stem) {
		if runeCount(d.simp(x)) < 2 {
			continue // a character has too many senses to be a witness
		}
		var short [][]string
		starts := false
		for g := range d.glosses(x) {
			for sub := range strings.SplitSeq(g, ";") {
				if gs := d.stemsOf(sub); len(gs) >= 1 && len(gs) <= 2 && !IsReference(sub) {
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
	set := map[string]int{stem: itself}
	for s, n := range witnesses {
		if n >= 2 && s != stem {
			set[s] = n
		}
	}
	return set
}
