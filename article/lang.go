package article

import "unicode"

// IsHan reports whether r is a Chinese character: a rune of the Han script
// (the CJK ideographs, their extensions and compatibility forms, the
// radicals, 〇 and 々). It is Tandem's one rule for "is this character
// Chinese"; every package asks it rather than keep its own ranges.
func IsHan(r rune) bool {
	switch {
	case r < 0x2E80: // below the first Han rune: Latin, digits, most punctuation
		return false
	case r >= 0x4E00 && r <= 0x9FFF, r >= 0x3400 && r <= 0x4DBF: // where most text is
		return true
	}
	return unicode.Is(unicode.Han, r)
}

// langOf classifies a paragraph or line. Chinese text often carries Latin
// names (Nvidia, GPT-5), so a few Chinese characters among Latin letters are
// enough to call it Chinese; English text quoting a Chinese term is still
// English. It returns "" for text with no letters at all (numbers, rules).
func langOf(s string) Lang {
	han, latin := 0, 0
	for _, r := range s {
		switch {
		case IsHan(r):
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
