package dict

import (
	"reflect"
	"strings"
	"testing"
)

func TestTermKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"投資", "投资"},
		{"Rate  Cuts", "rate cut"},
		{" 降 息 ", "降息"},
		{"A股", "a股"},
	} {
		if TermKey(tc.a) != TermKey(tc.b) {
			t.Errorf("TermKey(%q) = %q, TermKey(%q) = %q: want the same", tc.a, TermKey(tc.a), tc.b, TermKey(tc.b))
		}
	}
	if TermKey("rate cut") == TermKey("rate") {
		t.Error("a phrase and its first word are one term")
	}
}

// findTermTable is TestFindTerm's table, and FuzzFindTerm's seeds.
var findTermTable = []struct {
	name, text, term string
	want             [][2]int
}{
	{"Chinese inside a longer word", "投资者看好投資", "投资", [][2]int{{0, 2}, {5, 7}}},
	{"English, case and inflection aside", "Rate cuts and a rate cut.", "rate cut", [][2]int{{0, 9}, {16, 24}}},
	{"whole words only", "cutting-edge rates", "rate", [][2]int{{13, 18}}},
	{"absent", "nothing here", "投资", nil},
	{"empty term", "text", " ", nil},
}

func TestFindTerm(t *testing.T) {
	for _, tc := range findTermTable {
		t.Run(tc.name, func(t *testing.T) {
			if got := FindTerm(tc.text, tc.term); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("FindTerm(%q, %q) = %v, want %v", tc.text, tc.term, got, tc.want)
			}
		})
	}
}

func TestTermsTranslations(t *testing.T) {
	list := NewTerms([]TermPair{{ZH: "投资", EN: "capital spending"}, {ZH: "投資", EN: "investment"}, {ZH: "降息", EN: "rate cut"}, {ZH: "减息", EN: "rate cut"}})
	for _, tc := range []struct {
		term string
		want []string
	}{
		{"投资", []string{"capital spending", "investment"}},
		{"Rate Cuts", []string{"降息", "减息"}},
		{"关税", nil},
	} {
		if got := list.Translations(tc.term); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Translations(%q) = %q, want %q", tc.term, got, tc.want)
		}
	}
	if !list.Has(TermPair{ZH: "投資", EN: "Capital Spending"}) || list.Has(TermPair{ZH: "投资", EN: "rate cut"}) {
		t.Error("Has compares pairs by TermKey")
	}
	var none *Terms
	if none.Translations("投资") != nil || none.Len() != 0 || none.Has(TermPair{ZH: "a", EN: "b"}) {
		t.Error("a nil list is empty")
	}
}

func TestTermsIn(t *testing.T) {
	list := NewTerms([]TermPair{{ZH: "投资", EN: "capital spending"}, {ZH: "投资者", EN: "investors"}, {ZH: "降息", EN: "rate cut"}})
	got := list.In("投資者希望降息", true)
	want := []TermHit{{list.pairs[0], 0, 2}, {list.pairs[1], 0, 3}, {list.pairs[2], 5, 7}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("In Chinese: %+v, want %+v", got, want)
	}
	got = list.In("Rate cuts lift Capital Spending.", false)
	want = []TermHit{{list.pairs[2], 0, 9}, {list.pairs[0], 15, 31}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("In English: %+v, want %+v", got, want)
	}
	if list.In("投资", false) != nil || (*Terms)(nil).In("投资", true) != nil {
		t.Error("found on the wrong side, or in no list")
	}
}

// FuzzFindTerm checks that whatever the text and the term, what FindTerm
// finds lies in the text, in order and apart, is the term again by
// TermKey, and is what a list holding the term finds with In.
func FuzzFindTerm(f *testing.F) {
	for _, tc := range findTermTable {
		f.Add(tc.text, tc.term)
	}
	f.Fuzz(func(t *testing.T, text, term string) {
		runes := []rune(text)
		spots := FindTerm(text, term)
		last := 0
		for _, s := range spots {
			if s[0] < last || s[1] <= s[0] || s[1] > len(runes) {
				t.Fatalf("span %v out of order or outside %d runes", s, len(runes))
			}
			last = s[1]
			if got := TermKey(string(runes[s[0]:s[1]])); got != TermKey(term) {
				t.Fatalf("found %q (key %q) for %q (key %q)", string(runes[s[0]:s[1]]), got, term, TermKey(term))
			}
		}
		zh := strings.IndexFunc(term, isHan) >= 0
		list := NewTerms([]TermPair{{ZH: term, EN: "x"}})
		if !zh {
			list = NewTerms([]TermPair{{ZH: "词", EN: term}})
		}
		if hits := list.In(text, zh); len(spots) > 0 && len(hits) == 0 {
			t.Fatalf("FindTerm finds %v, In nothing", spots)
		}
	})
}
