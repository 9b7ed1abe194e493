package dict

import (
	"slices"
	"strings"
	"testing"
)

func keysOf(each func(string, func(int32)), text string) []int32 {
	var out []int32
	each(text, func(k int32) {
		if !slices.Contains(out, k) {
			out = append(out, k)
		}
	})
	slices.Sort(out)
	return out
}

// TestTranslationKeys checks that a Chinese word and the English word
// that translates it share a key, and that words that do not translate
// each other share none.
func TestTranslationKeys(t *testing.T) {
	d := bundledForTest(t)
	shares := func(zh, en string) bool {
		en2 := keysOf(d.WordKeys, en)
		for _, k := range keysOf(d.TranslationKeys, zh) {
			if _, ok := slices.BinarySearch(en2, k); ok {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		zh, en string
		want   bool
	}{
		{"他们增加了投资。", "They raised their investments.", true},
		{"外面下雨了。", "It was raining outside.", true},
		{"國王說話了。", "The king spoke.", true}, // traditional characters
		{"外面下雨了。", "The king spoke.", false},
		{"Nvidia 2025", "Nvidia 2025", false}, // names and numbers are anchors, not words
		// A name of three characters written for their sound: its
		// characters say nothing, the name in the dictionary does.
		{"特朗普", "Trump", true},
		{"拿俄米", "Naomi", true},
		{"約翰遜", "Johnson", true}, // traditional
		{"拿俄米", "Trump", false},
		{"", "investment", false},
	} {
		if got := shares(tc.zh, tc.en); got != tc.want {
			t.Errorf("%q and %q share a key: %v, want %v", tc.zh, tc.en, got, tc.want)
		}
	}
	if got := keysOf(d.WordKeys, "to the of a"); len(got) != 0 {
		t.Errorf("stop words have keys %v", got)
	}
	// The ASCII path and the general one agree.
	ascii := keysOf(d.WordKeys, "The Shepherd's sheep (grazing) ran")
	general := keysOf(d.WordKeys, "The Shepherd's sheep (grazing) ran é")
	if !slices.Equal(ascii, general) {
		t.Errorf("keys %v of ASCII text, %v with a non-ASCII letter added", ascii, general)
	}
}

// FuzzTranslationKeys checks that any text gives keys without failing,
// and that each key is one the English side can have.
func FuzzTranslationKeys(f *testing.F) {
	for _, s := range []string{"他们增加了投资。", "國王說話了。", "Nvidia 2025", "", "下\xff雨", "(见) [CL:个]"} {
		f.Add(s)
	}
	d := bundledForTest(f)
	d.TranslationKeys("", func(int32) {})
	n := int32(len(d.english.stems))
	f.Fuzz(func(t *testing.T, s string) {
		check := func(k int32) {
			if k < 0 || k >= n {
				t.Fatalf("key %d of %q outside 0..%d", k, s, n)
			}
		}
		d.TranslationKeys(s, check)
		d.WordKeys(s, check)
		d.WordKeys(strings.ToUpper(s), check)
	})
}
