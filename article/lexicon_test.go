package article

import (
	"reflect"
	"strings"
	"testing"

	"tandem/dict"
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
		alignSentences(&p, tc.ps.Lexicon)
		if got := reflect.DeepEqual(p.Links, want); got != tc.want {
			t.Errorf("%s: links %v; right %v, want %v", tc.name, p.Links, got, tc.want)
		}
	}
}

// TestLexiconLeavesOutUntranslated checks that an English sentence the
// Chinese does not translate stands alone rather than joining its
// neighbour's link: a pair of newstest2020 (segments 228–231) with the
// Chinese of segment 230 taken out. By their lengths the sentence about
// Nestlé goes as well with the Chinese before it as alone; none of its
// words is among those the Chinese translates, and only a charge for the
// words a bead leaves unmatched says so.
func TestLexiconLeavesOutUntranslated(t *testing.T) {
	d, err := dict.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	p := Pair{
		ZH: "当恒星冒险离一个超大质量黑洞太近时，就会被吸进去，这个黑洞位于大多数星系的中心，比如地球的银河系。" +
			"画面中的男子据称在多伦多杀害了 10 名路人，他告诉警方自己是一个网上性失意男子组织的成员。" +
			"世界卫生组织驻加纳代表欧文·卡卢瓦博士指出，狂犬病是一种流行性疾病，必须加以控制才能挽救生命。",
		EN: "Stars get sucked in when they venture too close to a supermassive black hole, which lives at the centre of most galaxies, including the Earth's Milky Way. " +
			"Footage has emerged of a man alleged to have killed 10 pedestrians in Toronto telling police that he was part of an online group for sexually frustrated men. " +
			"Nestle would start with suppliers in Indonesia and Brazil, since these countries are among the world's biggest coffee producers. " +
			"Dr Owen Kaluwa, the World Health Organisation (WHO) Representative to Ghana observed that rabies was an endemic which had to be controlled to save lives.",
	}
	alignSentences(&p, d)
	if want := []Link{{0, 0}, {1, 1}, {2, 3}}; !reflect.DeepEqual(p.Links, want) {
		t.Errorf("links %v, want %v (English sentence 2 alone)", p.Links, want)
	}
}
