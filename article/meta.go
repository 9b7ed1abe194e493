package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const (
	maxTitleEN = 80 // runes of an English title derived from the text
	maxTitleZH = 40 // runes of a Chinese one
)

// titlePair holds the title an input gives in each language.
type titlePair struct{ zh, en string }

// in returns the slot of language l.
func (t *titlePair) in(l Lang) *string {
	if l == ZH {
		return &t.zh
	}
	return &t.en
}

// add records s as the title in its language unless that language has one;
// it reports whether s was taken.
func (t *titlePair) add(s string) bool {
	s = strings.Join(strings.Fields(s), " ")
	l := langOf(s)
	if l == "" || *t.in(l) != "" {
		return false
	}
	*t.in(l) = s
	return true
}

// has reports whether s repeats a title already found.
func (t *titlePair) has(s string) bool {
	s = strings.Join(strings.Fields(s), " ")
	return s != "" && (strings.EqualFold(s, t.zh) || strings.EqualFold(s, t.en))
}

// setTitles gives a its title in each language it has: the input's own where
// it gives one, else one derived from the text. Title, the one the list
// shows first, is the input's own title (English first), else the derived
// English, else the derived Chinese.
func (a *Article) setTitles(given titlePair) {
	a.TitleZH, a.TitleEN = given.zh, given.en
	if a.TitleZH == "" {
		a.TitleZH = deriveTitle(a.Pairs, ZH)
	}
	if a.TitleEN == "" {
		a.TitleEN = deriveTitle(a.Pairs, EN)
	}
	for _, t := range []string{given.en, given.zh, a.TitleEN, a.TitleZH} {
		if t != "" {
			a.Title = t
			return
		}
	}
	a.Title = ""
}

// TitleIn returns the article's title in language l. An article saved
// before titles were kept per language has only Title; it counts as the
// title of the language it is written in.
func (a *Article) TitleIn(l Lang) string {
	switch {
	case a.TitleZH != "" || a.TitleEN != "":
		t := titlePair{a.TitleZH, a.TitleEN}
		return *t.in(l)
	case langOf(a.Title) == l:
		return a.Title
	}
	return ""
}

// OtherTitle returns the one of the titles zh and en that is not title, the
// title shown first: what a list shows under it, or "" when there is none.
func OtherTitle(title, zh, en string) string {
	for _, t := range []string{zh, en} {
		if t != "" && t != title {
			return t
		}
	}
	return ""
}

// deriveTitle makes a title in language l from the text: the first sentence
// of l that is not a byline or a date alone, without its dateline
// ("WASHINGTON, DC – ", "新华社北京2月4日电") or the lead-in naming the
// author and date ("In Parmy Olson’s Feb. 4 commentary, "), shortened at a
// word boundary. Those belong to the article's other fields.
func deriveTitle(pairs []Pair, l Lang) string {
	limit := maxTitleEN
	if l == ZH {
		limit = maxTitleZH
	}
	for _, p := range pairs {
		text := []rune(p.Text(l))
		for _, sp := range p.Sentences(l) {
			s := string(text[sp.Start:sp.End])
			if isByline(s) || isDateLine(s) {
				continue
			}
			if s = stripLead(s, l); s != "" {
				return shorten(s, limit)
			}
		}
	}
	return ""
}

var (
	// datelineEN is a place in capitals ("WASHINGTON, DC", "NEW YORK"), maybe
	// a date and an agency, then a dash: "LONDON, Feb 4 (Reuters) - ".
	datelineEN = lazyRegexp(`^[A-Z][A-Z.'’]{3,}(?: [A-Z][A-Z.'’]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?` +
		`(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?)?(?: ?\([^()]{1,40}\))? ?[-–—]{1,2} +`)
	// datelineZH is a place and a dash ("华盛顿特区—"), or an agency's
	// dateline ("新华社北京2月4日电", "(路透社伦敦2月4日电)").
	datelineZH = lazyRegexp(`^(?:\p{Han}{2,6}[—–－-]{1,2}|[(（]?\p{Han}{0,10}\d{1,2}月\d{1,2}日(?:电|電|讯|訊)[)）]?)\s*`)
	// leadIn names the author and the date before the first claim.
	leadInEN = lazyRegexp(`^In [^,]{0,40}?['’]s? [^\n]{0,60}?\b(?:commentary|column|op-ed|opinion|essay|analysis|article|piece|newsletter|note|report|blog post), +`)
	leadInZH = lazyRegexp(`^在.{0,60}?的(?:评论|評論|专栏|專欄|文章|分析|报告|報告)中[,，、]\s*`)
)

// isByline reports whether a sentence only names the author.
func isByline(s string) bool {
	s = strings.TrimSpace(s)
	return authorByline.MatchString(s) || authorZHLine.MatchString(s)
}

// stripLead removes a dateline (a press release's in brackets too) and an
// author's lead-in from the start of a sentence in language l, and
// capitalises what is left of an English one.
func stripLead(s string, l Lang) string {
	s = strings.TrimSpace(s)
	if _, end := leadDateIn(s, l); end > 0 && end < len(s) {
		s = strings.TrimSpace(s[end:]) // (26 September 2018 – Hong Kong): a press release's dateline
	}
	res := []*lazyRE{datelineEN, leadInEN}
	if l == ZH {
		res = []*lazyRE{datelineZH, leadInZH}
	}
	for _, re := range res {
		if loc := re.FindStringIndex(s); loc != nil && loc[1] < len(s) {
			s = s[loc[1]:]
		}
	}
	if l == EN && s != "" {
		r, n := utf8.DecodeRuneInString(s)
		s = string(unicode.ToUpper(r)) + s[n:]
	}
	return s
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
	authorPhrase = lazyRegexp(`\bIn ` + name + `['’]s? [^\n]{0,60}?\b(?:commentary|column|op-ed|opinion|essay|analysis|article|piece|newsletter|note|report|blog post)\b`)
	authorByline = lazyRegexp(`^(?:By|Written by|Author:) ` + name + `$`)
	authorZH     = lazyRegexp(name + ` ?(?:的|在其?|於其?)(?:评论|評論|专栏|專欄|文章|分析|报告|報告)`)
	authorZHLine = lazyRegexp(`^(?:作者|文)[:：]\s*(\S.{0,30})$`)
)

// notPeople are words that turn a title-case name into an organisation or a
// publication: "In The Wall Street Journal's analysis", "Goldman Sachs'
// note". An author is left empty rather than set to one of those.
var notPeople = setOf("The", "Opinion", "News", "Times", "Journal", "Post", "Street", "Bank", "Group", "Capital",
	"Research", "Securities", "Partners", "Sachs", "Stanley", "Media", "Review", "Institute", "University", "Fund",
	"Holdings", "Company", "Agency", "Office", "Ministry", "Council", "Association", "Reuters", "Bloomberg", "Economist",
	"Tech", "Technologies", "Labs", "Ventures", "Advisors", "Associates", "Analytics", "Consulting", "Markets")

// authorHead and authorTail are how many pairs at the start and at the end
// of an article deriveAuthor reads: a byline or an introduction naming the
// author sits there, and a long article's middle would only cost time.
const authorHead, authorTail = 8, 4

// deriveAuthor finds the author where the text names one in the usual ways:
// "In Parmy Olson's ... commentary", "By Parmy Olson", "Parmy Olson 的评论",
// "作者:…". When the two languages name different people it gives up: an
// empty author is better than a wrong one.
func deriveAuthor(pairs []Pair) string {
	var en, zh string
	for i, p := range pairs {
		if i >= authorHead && i < len(pairs)-authorTail {
			continue
		}
		if en == "" {
			if m := findIf(strings.Contains(p.EN, "In "), authorPhrase, p.EN); m != nil {
				en = m[1]
			} else if m := findIf(hasAnyPrefix(p.EN, "By ", "Written by ", "Author: "), authorByline, p.EN); m != nil {
				en = m[1]
			}
		}
		if zh == "" {
			if m := findIf(containsAny(p.ZH, authorZHWorks), authorZH, p.ZH); m != nil {
				zh = m[1]
			} else if m := findIf(hasAnyPrefix(p.ZH, "作者", "文"), authorZHLine, p.ZH); m != nil {
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

// authorZHWorks are the words one of which authorZH needs: a text
// without any is not searched.
var authorZHWorks = []string{"评论", "評論", "专栏", "專欄", "文章", "分析", "报告", "報告"}

// findIf is re.FindStringSubmatch(s) where may holds, and nil without
// searching where it does not: may is a plain test of a string the
// expression needs, and the expressions backtrack over every pair of an
// article.
func findIf(may bool, re *lazyRE, s string) []string {
	if !may {
		return nil
	}
	return re.FindStringSubmatch(s)
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
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
