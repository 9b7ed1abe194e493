package dict

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// toneMark is the combining mark of each tone, 1 to 4; tone 5 (neutral)
// has none.
var toneMark = [...]rune{1: '\u0304', 2: '\u0301', 3: '\u030C', 4: '\u0300'}

// ToneMarks turns numbered pinyin into pinyin with tone marks:
// "ni3 hao3" becomes "nǐ hǎo", "nu:3" and "nv3" become "nǚ", a neutral
// tone 5 is dropped ("ma5" is "ma"). The mark goes on a or e when the
// syllable has one, on the o of "ou", else on the last vowel; a syllable
// without a vowel (m2, ng2) takes it on its first letter. Tokens that are
// not syllables (punctuation, Latin letters) are kept as they are.
func ToneMarks(numbered string) string {
	fields := strings.Fields(numbered)
	for i, f := range fields {
		fields[i] = syllable(f)
	}
	return strings.Join(fields, " ")
}

// syllable marks one syllable's tone; see ToneMarks.
func syllable(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "u:", "ü"), "U:", "Ü")
	if s == "" {
		return s
	}
	last := s[len(s)-1]
	if last < '1' || last > '5' || len(s) == 1 {
		return s
	}
	body := s[:len(s)-1]
	if !isLetters(body) {
		return s
	}
	body = strings.NewReplacer("v", "ü", "V", "Ü").Replace(body)
	if last == '5' {
		return body
	}
	runes := []rune(body)
	at := markAt(runes)
	out := make([]rune, 0, len(runes)+1)
	out = append(out, runes[:at+1]...)
	out = append(out, toneMark[last-'0'])
	out = append(out, runes[at+1:]...)
	return norm.NFC.String(string(out))
}

// markAt is the index of the rune that takes the tone mark.
func markAt(r []rune) int {
	lower := []rune(strings.ToLower(string(r)))
	for i, c := range lower {
		if c == 'a' || c == 'e' {
			return i
		}
	}
	for i, c := range lower {
		if c == 'o' && i+1 < len(lower) && lower[i+1] == 'u' {
			return i
		}
	}
	for i := len(lower) - 1; i >= 0; i-- {
		if strings.ContainsRune("aeiouü", lower[i]) {
			return i
		}
	}
	return 0
}

// isLetters reports whether s is Latin letters (and ü) alone.
func isLetters(s string) bool {
	for _, c := range s {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == 'ü' || c == 'Ü') {
			return false
		}
	}
	return s != ""
}
