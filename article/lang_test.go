package article

import (
	"testing"
	"unicode"
)

func TestIsHan(t *testing.T) {
	for _, tc := range []struct {
		name string
		r    rune
		want bool
	}{
		{"common", '投', true},
		{"extension A", '㐀', true},
		{"extension B", '𠀀', true},
		{"extension G", '\U00030000', true},
		{"compatibility", '豈', true},
		{"radical", '⺀', true},
		{"ideographic zero", '〇', true},
		{"iteration mark", '々', true},
		{"Latin", 'N', false},
		{"digit", '1', false},
		{"full stop", '。', false},
		{"full-width comma", '，', false},
		{"hiragana", 'の', false},
		{"Hangul", '한', false},
		{"Yijing hexagram between the blocks", '䷀', false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsHan(tc.r); got != tc.want {
				t.Errorf("IsHan(%q) = %v, want %v", tc.r, got, tc.want)
			}
		})
	}
}

// TestIsHanIsTheHanScript: the fast paths agree with Unicode everywhere.
func TestIsHanIsTheHanScript(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if IsHan(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("IsHan(%U) = %v, unicode.Han says %v", r, IsHan(r), !IsHan(r))
		}
	}
}
