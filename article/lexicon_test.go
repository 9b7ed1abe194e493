package article

import (
	"reflect"
	"strings"
	"testing"
)

// tinyLexicon is a bilingual word list for tests: Chinese words and the
// English words that translate them share a key.
type tinyLexicon struct {
	zh map[string]int32 // Chinese word: key
	en map[string]int32 // English word, lower case: key
}

func (l tinyLexicon) TranslationKeys(zh string, f func(int32)) {
	for w, k := range l.zh {
		for range strings.Count(zh, w) {
			f(k)
		}
	}
}

func (l tinyLexicon) WordKeys(en string, f func(int32)) {
	for _, w := range strings.FieldsFunc(strings.ToLower(en), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if k, ok := l.en[w]; ok {
			f(k)
		}
	}
}

var testLexicon = tinyLexicon{
	zh: map[string]int32{"牧人": 1, "羊": 2, "雨": 3, "孩子": 4, "唱": 5, "屋": 6, "风": 7, "冷": 8},
	en: map[string]int32{"shepherd": 1, "sheep": 2, "rain": 3, "rained": 3, "children": 4, "sang": 5, "songs": 5, "house": 6, "wind": 7, "cold": 8},
}

// TestLexiconDecides checks that the words a pair shares through a
// lexicon place a sentence whose length fits either neighbour: lengths
// alone put the short middle Chinese sentence (cold wind and rain) with the
// second English sentence, which is long for its Chinese.
func TestLexiconDecides(t *testing.T) {
	zh := "牧人在山上看守他的羊群。忽然下起冷雨，刮起风来。孩子们在屋里唱歌。"
	en := "The shepherd watched his sheep on the hill, and then a cold wind and rain came. The children in the house sang their songs together for a very long time."
	want := []Link{{0, 0}, {1, 0}, {2, 1}}
	for _, tc := range []struct {
		name string
		ps   Parser
		want bool
	}{{"lengths alone", Parser{}, false}, {"with a lexicon", Parser{Lexicon: testLexicon}, true}} {
		p := Pair{ZH: zh, EN: en}
		alignSentences(&p, tc.ps.Lexicon, 0)
		if got := reflect.DeepEqual(p.Links, want); got != tc.want {
			t.Errorf("%s: links %v; right %v, want %v", tc.name, p.Links, got, tc.want)
		}
	}
}

// askedLexicon is testLexicon, counting the texts it is asked about.
type askedLexicon struct {
	tinyLexicon
	asked *int
}

func (l askedLexicon) TranslationKeys(zh string, f func(int32)) {
	*l.asked++
	l.tinyLexicon.TranslationKeys(zh, f)
}

// TestLexiconWhereLengthsUnsure checks when a pair of as many sentences a
// side asks the lexicon: where lengths alone align them otherwise than one
// for one (a translator who joins two sentences in one place and splits
// one in another keeps the count), and not where they align them one for
// one and are sure of it.
func TestLexiconWhereLengthsUnsure(t *testing.T) {
	for _, tc := range []struct {
		name, zh, en string
		asks         bool
	}{
		{"one for one",
			"牧人在山上看守他的羊群。孩子们在屋里唱歌。",
			"The shepherd watched his sheep on the hill. The children sang in the house.", false},
		{"a join and a split",
			"牧人在山上看守他的羊群，一直到天黑以后才回家吃饭休息。冷。",
			"The shepherd. He watched his sheep on the hill until it was dark, and only then went home to eat and rest, cold.", true},
	} {
		n := 0
		p := Pair{ZH: tc.zh, EN: tc.en}
		alignSentences(&p, askedLexicon{testLexicon, &n}, 0)
		if got := n > 0; got != tc.asks {
			t.Errorf("%s: the lexicon asked %d times, want asked %v (links %v)", tc.name, n, tc.asks, p.Links)
		}
	}
}
