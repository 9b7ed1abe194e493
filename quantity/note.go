package quantity

import (
	"regexp"
	"slices"
	"strings"

	"tandem/article"
)

// noteRe finds where a translator's or an editor's note begins in a
// translation: （LCTT 译注：…）, （编者按：…）, "(Translator's note: …)".
// The note explains the text to its readers; the original has no such
// words, nor the figures in them.
var noteRe = map[article.Lang]*regexp.Regexp{
	article.ZH: regexp.MustCompile(`(?:LCTT\s*)?(?:[译譯](?:者)?[注註]|[编編](?:者)?[注註]|[编編](?:者)?按)\s*[：:]`),
	article.EN: regexp.MustCompile(`(?i)\btranslator(?:s|’s|'s)?\s*notes?\s*[:：]`),
}

// signedNoteRe finds a Chinese note in brackets that its translator or
// editor signs at its end: （英文稿件发表于7月10日——译者注）.
var signedNoteRe = regexp.MustCompile(`[（(][^（）()]*?(?:——|—|－|-)?\s*(?:[译譯](?:者)?[注註]|[编編](?:者)?[注註])\s*[）)]`)

// noteSpans returns where text's translator's notes stand, in runes: from
// the note's first word to the bracket that closes it when one opens
// just before it, else to the end of its Chinese sentence or of the
// English text; and the whole of a Chinese note in brackets signed at its
// end (signedNoteRe).
func noteSpans(text string, lang article.Lang) [][2]int {
	if lang == article.ZH && !strings.ContainsAny(text, "注註按") || lang == article.EN && !strings.Contains(strings.ToLower(text), "note") {
		return nil // no note's word: the regular expression need not run
	}
	var spans [][2]int
	rs := []rune(text)
	if lang == article.ZH {
		for _, loc := range signedNoteRe.FindAllStringIndex(text, -1) {
			spans = append(spans, [2]int{len([]rune(text[:loc[0]])), len([]rune(text[:loc[1]]))})
		}
	}
	for _, loc := range noteRe[lang].FindAllStringIndex(text, -1) {
		start := len([]rune(text[:loc[0]]))
		k := start - 1
		k = spacesBack(rs, k)
		closers := "。！？!?"
		if lang == article.EN {
			closers = ""
		}
		if k >= 0 && (rs[k] == '（' || rs[k] == '(' || rs[k] == '[' || rs[k] == '【') {
			closers = "）)]】"
		}
		end := len(rs)
		for j := len([]rune(text[:loc[1]])); j < len(rs); j++ {
			if strings.ContainsRune(closers, rs[j]) {
				end = j
				break
			}
		}
		spans = append(spans, [2]int{start, end})
	}
	return spans
}

// outsideNotes returns qs without the figures in a translator's note of
// text, and those figures apart.
func outsideNotes(qs []Quantity, text string, lang article.Lang) (kept, noted []Quantity) {
	spans := noteSpans(text, lang)
	if len(spans) == 0 {
		return qs, nil
	}
	for _, q := range qs {
		if slices.ContainsFunc(spans, func(s [2]int) bool { return q.Start >= s[0] && q.End <= s[1] }) {
			noted = append(noted, q)
		} else {
			kept = append(kept, q)
		}
	}
	return kept, noted
}
