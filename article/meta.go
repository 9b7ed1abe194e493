package article

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	maxTitleEN = 80 // runes of an English title derived from the text
	maxTitleZH = 40 // runes of a Chinese one
)

// deriveTitle makes a title for an input that has none: the first English
// sentence, else the first Chinese one, shortened at a word boundary.
func deriveTitle(pairs []Pair) string {
	for _, l := range []Lang{EN, ZH} {
		for _, p := range pairs {
			spans := p.Sentences(l)
			if len(spans) == 0 {
				continue
			}
			s := string([]rune(p.Text(l))[spans[0].Start:spans[0].End])
			if l == EN {
				return shorten(s, maxTitleEN)
			}
			return shorten(s, maxTitleZH)
		}
	}
	return ""
}

// shorten cuts s to at most limit runes (plus an ellipsis), at the last space
// or Chinese punctuation before the limit; a final period is dropped.
func shorten(s string, limit int) string {
	s = strings.TrimSpace(s)
	rs := []rune(s)
	if len(rs) <= limit {
		return strings.TrimRight(s, ".。")
	}
	cut := -1
	for i := limit; i > limit/2; i-- {
		// A comma or colon between digits belongs to a number ("1,000",
		// "12:30"): cutting there would change the number.
		inNumber := unicode.IsDigit(rs[i]) && i > 1 && unicode.IsDigit(rs[i-2])
		if unicode.IsSpace(rs[i]) || strings.ContainsRune("，、；：,;:", rs[i-1]) && !inNumber {
			cut = i
			break
		}
	}
	if cut < 0 {
		cut = limit // Chinese, or one long token: cut between characters
	}
	// Drop the separator the cut ends on, but keep closing brackets and
	// quotes: "(GMT+8)" must not lose its ")".
	return strings.TrimRightFunc(string(rs[:cut]), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune(closers, r)
	}) + "…"
}

var (
	// name is a person's name: two or three words in title case ("Parmy
	// Olson", "David A. Rainville", "Mary O'Neil-Smith"). Words in capitals
	// or with inner capitals (CEO, OpenAI) are names of things, not people.
	name         = `((?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.)(?: (?:[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*|[A-Z]\.)){1,2})`
	authorPhrase = regexp.MustCompile(`\bIn ` + name + `['’]s? [^\n]{0,60}?\b(?:commentary|column|op-ed|opinion|essay|analysis|article|piece|newsletter|note|report|blog post)\b`)
	authorByline = regexp.MustCompile(`^(?:By|Written by|Author:) ` + name + `$`)
	authorZH     = regexp.MustCompile(name + ` ?(?:的|在其?|於其?)(?:评论|評論|专栏|專欄|文章|分析|报告|報告)`)
	authorZHLine = regexp.MustCompile(`^(?:作者|文)[:：]\s*(\S.{0,30})$`)
)

// notPeople are words that turn a title-case name into an organisation or a
// publication: "In The Wall Street Journal's analysis", "Goldman Sachs'
// note". An author is left empty rather than set to one of those.
var notPeople = setOf("The", "Opinion", "News", "Times", "Journal", "Post", "Street", "Bank", "Group", "Capital",
	"Research", "Securities", "Partners", "Sachs", "Stanley", "Media", "Review", "Institute", "University", "Fund",
	"Holdings", "Company", "Agency", "Office", "Ministry", "Council", "Association", "Reuters", "Bloomberg", "Economist",
	"Tech", "Technologies", "Labs", "Ventures", "Advisors", "Associates", "Analytics", "Consulting", "Markets")

// deriveAuthor finds the author where the text names one in the usual ways:
// "In Parmy Olson's ... commentary", "By Parmy Olson", "Parmy Olson 的评论",
// "作者:…". When the two languages name different people it gives up: an
// empty author is better than a wrong one.
func deriveAuthor(pairs []Pair) string {
	var en, zh string
	for _, p := range pairs {
		if en == "" {
			if m := authorPhrase.FindStringSubmatch(p.EN); m != nil {
				en = m[1]
			} else if m := authorByline.FindStringSubmatch(p.EN); m != nil {
				en = m[1]
			}
		}
		if zh == "" {
			if m := authorZH.FindStringSubmatch(p.ZH); m != nil {
				zh = m[1]
			} else if m := authorZHLine.FindStringSubmatch(p.ZH); m != nil {
				zh = strings.TrimSpace(m[1])
			}
		}
	}
	switch {
	case en != "" && zh != "" && !strings.EqualFold(en, zh):
		return ""
	case en != "":
		return trimName(en)
	default:
		return trimName(zh)
	}
}

// trimName cleans a name found by the patterns, or returns "" when it names
// an organisation rather than a person.
func trimName(s string) string {
	s = strings.TrimRight(s, ".,'’")
	if utf8.RuneCountInString(s) > 60 {
		return ""
	}
	for _, w := range strings.Fields(s) {
		if notPeople[w] {
			return ""
		}
	}
	return s
}
