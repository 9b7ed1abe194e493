package article

import "unicode"

// langOf classifies a paragraph or line. Chinese text often carries Latin
// names (Nvidia, GPT-5), so a few Chinese characters among Latin letters are
// enough to call it Chinese; English text quoting a Chinese term is still
// English. It returns "" for text with no letters at all (numbers, rules).
func langOf(s string) Lang {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case isHan(r):
			han++
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		case unicode.IsLetter(r):
			// Kana, Hangul and the rest lean Chinese in this app's inputs.
			han++
		}
	}
	switch {
	case han == 0 && latin == 0:
		return ""
	case han*4 >= latin:
		return ZH
	default:
		return EN
	}
}

// hasLetterOrDigit reports whether s holds any text worth a paragraph.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
