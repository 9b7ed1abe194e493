package article

import "math/bits"

// Lexicon is a bilingual dictionary the aligner may consult: a Chinese
// sentence whose words have translations among the words of an English
// sentence more likely translates it. Keys are numbers compared for
// equality, the same for the same English word (or stem) on both sides.
type Lexicon interface {
	// TranslationKeys calls f with the key of each English word that
	// translates a word of Chinese text, in any order, repeats allowed.
	TranslationKeys(zh string, f func(key int32))
	// WordKeys calls f with the key of each word of English text the
	// lexicon knows.
	WordKeys(en string, f func(key int32))
}

// Parser parses articles as the package's functions do, and weighs the
// links between sentences with its Lexicon too when it has one: where
// lengths alone nearly tie (a short sentence joined to one neighbour or
// the other, a sentence the translation left out), the words the two sides
// share through the lexicon decide. So they do where a paragraph without
// counterpart could take the place of its neighbour's. The zero Parser is the package's
// functions. Edits made afterwards (SplitPair, MoveSentence) relink by
// lengths and anchors alone, whatever parsed the article, so that Replay
// gives what the reader saw.
type Parser struct {
	// Lexicon, when not nil, weighs the sentence links and where a
	// paragraph without counterpart goes.
	Lexicon Lexicon
}

// lexReward is the cost taken off a bead for each English word of it
// that its Chinese translates, after the lexicon. A word is weaker evidence
// than an anchor (anchorReward): a dictionary gives a character many
// senses, and some match by chance. On published translations (make
// eval) 0.5 placed the most sentences: at 1 the news articles, whose long
// sentences share many words by chance, lost links; at 0.3 the Bible
// gained half as many.
const lexReward = 0.5

// lexMiss is the cost added to a bead for each English word of it that
// the lexicon knows and its Chinese does not translate. Rewards alone say
// nothing against a sentence the translator left out: glued onto a
// neighbour's bead it adds no word that bead shares, so it costs nothing
// there, and lengths, which a short sentence barely moves, keep it from
// standing alone, where it belongs. A translation leaves many of its words
// unmatched too (a dictionary lists a few senses of a word), so a miss
// weighs less than a match; on published translations (make eval) 0.3
// kept links right after an untranslated sentence (0.976 to 0.980 of the
// Bible's, 0.993 to 1.000 of the news) and lost none elsewhere, where 0.4
// cost the news a few clean links and 0.1 did little.
const lexMiss = 0.3

// maxLexWords bounds the width of the bitsets internLexicon gives a pair
// (64 English words a word): a pair with more distinct English words the
// lexicon knows goes without it rather than weigh wide sets in every bead.
const maxLexWords = 16

// internLexicon gives each segment of a pair of sentences the bits of the
// English words it has or translates, numbered for the pair: for an
// English sentence its words the lexicon knows, for a Chinese one those of
// them its words translate. It does nothing when the pair has more
// distinct English words than pay.
func internLexicon(a, b []segment, zh, en []string, lex Lexicon) {
	ids := map[int32]int32{}
	words := make([][]int32, len(b))
	var top int32 // the greatest key of the English side
	for j, t := range en {
		lex.WordKeys(t, func(k int32) {
			id, ok := ids[k]
			if !ok {
				id = int32(len(ids))
				ids[k] = id
				top = max(top, k)
			}
			words[j] = append(words[j], id)
		})
	}
	w := (len(ids) + 63) / 64
	if w == 0 || w > maxLexWords {
		return
	}
	// Most keys of the Chinese side's translations are not on the
	// English side: a bitset of the English keys turns them away before
	// the map is asked.
	has := make([]uint64, top/64+1)
	for k := range ids {
		has[k/64] |= 1 << (k % 64)
	}
	all := make([]uint64, w*(len(a)+len(b)))
	for j := range b {
		b[j].lex, all = all[:w:w], all[w:]
		for _, id := range words[j] {
			b[j].lex[id/64] |= 1 << (id % 64)
		}
	}
	for i, t := range zh {
		bs := all[:w:w]
		all = all[w:]
		lex.TranslationKeys(t, func(k int32) {
			if k < 0 || k > top || has[k/64]&(1<<(k%64)) == 0 {
				return
			}
			if id, ok := ids[k]; ok {
				bs[id/64] |= 1 << (id % 64)
			}
		})
		a[i].lex = bs
	}
}

// lexCost is what the lexicon says of a bead: a reward for each English
// word of it its Chinese translates, and a charge for each the lexicon
// knows that its Chinese does not (lexMiss), sentence by sentence: a word
// two English sentences repeat ("said") is missed twice whether they share
// a bead or not, where a charge by the bead's words would have glued a
// short sentence ("Schladow said.") onto the neighbour that says it too
// (make eval: clean links of wmt21b-docs 0.989 to 0.990, links after an
// untranslated sentence up in three sources, none down).
func lexCost(a, b []segment) float64 {
	if len(a) == 0 || len(b) == 0 || a[0].lex == nil || b[0].lex == nil {
		return 0
	}
	shared, missed := 0, 0
	for w := range a[0].lex {
		zh := union(a, w, lexBits)
		shared += bits.OnesCount64(zh & union(b, w, lexBits))
		for j := range b {
			missed += bits.OnesCount64(b[j].lex[w] &^ zh)
		}
	}
	return -lexReward*float64(shared) + lexMiss*float64(missed)
}

func lexBits(s *segment) []uint64 { return s.lex }
