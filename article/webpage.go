package article

import (
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A news site's page holds its article among the site's chrome: a header
// with navigation, a cookie banner, a sidebar, related links, a footer.
// Tandem reads such a page through readability (the algorithm of Firefox's
// Reader View), which keeps the block of the page that reads as the
// article. A page Tandem should read whole — one holding both languages,
// the app's own HTML export, a plain file without chrome — never goes
// through it, since readability keeps one block and drops what it takes for
// asides.

// chromeName matches the class or id of an element that is a site's
// furniture rather than its article.
var chromeName = lazyRegexp(`(?i)(?:^|[\s_-])(?:nav|navbar|navigation|menu|masthead|header|footer|sidebar|side-bar|cookie|cookies|consent|banner|related|recommend|promo|advert|ad|ads|share|social|subscribe|newsletter|breadcrumbs?|skip|copyright|comments?)(?:$|[\s_-])`)

// readableBody returns the blocks of the article readability finds in a page
// with chrome in one language, and false when the page is read whole: it
// holds both languages, it has no chrome, readability finds nothing, or what
// it keeps is too little of the page to be its article (under a fifth of the
// text and under minReadable characters).
func readableBody(root *html.Node, whole [][]string) (blockWriter, bool) {
	if bilingual(whole) || !hasChrome(root) {
		return blockWriter{}, false
	}
	parser := readability.NewParser()
	art, err := parser.ParseDocument(root, nil)
	if err != nil || art.Node == nil {
		return blockWriter{}, false
	}
	var w blockWriter
	w.walk(art.Node)
	w.flush()
	kept, all := textSize(w.blocks), textSize(whole)
	if kept == 0 || kept*5 < all && kept < minReadable {
		return blockWriter{}, false
	}
	if byline := strings.TrimSpace(art.Byline()); w.byline == "" && byline != "" {
		// Readability gives the byline's text, with or without its "By".
		if m := bylineEN.FindStringSubmatch("By " + strings.TrimPrefix(byline, "By ")); m != nil {
			w.byline = m[1]
		} else if m := bylineZH.FindStringSubmatch(byline); m != nil {
			w.byline = m[1]
		}
	}
	return w, true
}

// minReadable is the size of text, in characters, that readability's pick
// must have to be taken when it is a small part of the page.
const minReadable = 400

// textSize counts the characters of blocks, a Chinese character as two
// (one says about as much as two Latin letters).
func textSize(blocks [][]string) int {
	n := 0
	for _, b := range blocks {
		for _, l := range b {
			for _, r := range l {
				if unicode.Is(unicode.Han, r) {
					n += 2
				} else if !unicode.IsSpace(r) {
					n++
				}
			}
		}
	}
	return n
}

// bilingual reports whether blocks hold a fair share of each language: a
// fifth of the text or more in the smaller one, a Chinese character
// counting as three letters (about what a translation takes).
func bilingual(blocks [][]string) bool {
	var han, latin int
	for _, b := range blocks {
		for _, l := range b {
			for _, r := range l {
				switch {
				case unicode.Is(unicode.Han, r):
					han += 3
				case r < utf8.RuneSelf && unicode.IsLetter(r):
					latin++
				}
			}
		}
	}
	return min(han, latin)*5 >= han+latin && han > 0
}

// hasChrome reports whether a page carries a site's furniture: a <nav>,
// <header>, <footer> or <aside>, an element whose class or id names one, or
// a skip link.
func hasChrome(n *html.Node) bool {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Nav, atom.Header, atom.Footer, atom.Aside:
			return true
		case atom.A:
			if strings.HasPrefix(attr(n, "href"), "#") && skipLink.MatchString(nodeText(n)) {
				return true
			}
		}
		if chromeName.MatchString(attr(n, "class")) || chromeName.MatchString(attr(n, "id")) {
			return true
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasChrome(c) {
			return true
		}
	}
	return false
}

// nodeText is the text inside n, white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

var (
	// copyrightStart is how a copyright notice starts.
	copyrightStart = lazyRegexp(`(?i)^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}))`)
	// skipLink is the text of a link that skips the navigation.
	skipLink = lazyRegexp(`(?i)^(?:skip to (?:the )?(?:main )?(?:content|navigation|article|main)|跳[到至转轉](?:主要)?(?:内容|內容|正文))`)
	// pageFurniture is a line of a page that belongs to no article: an ad
	// label, a credit, a link list's heading, a share button.
	pageFurniture = lazyRegexp(`(?i)^(?:advertisement|advertising|sponsored(?: content)?|ad|广告|廣告|推广|推廣|赞助内容|贊助內容` +
		`|(?:photo|image|picture|illustration|graphic|video)(?: credit)?s?\s*[:：].{0,120}|credits?\s*[:：].{0,120}` +
		`|(?:图片|圖片|图像|圖像|摄影|攝影|图源|圖源)(?:来源|來源)?\s*[:：].{0,60}` +
		`|(?:related|related (?:stories|articles|links|coverage|content)|more (?:from|on) .{1,40}|read more|you may also like|most (?:read|popular)|recommended|trending` +
		`|相关阅读|相關閱讀|延伸阅读|延伸閱讀|相关文章|相關文章|相关新闻|相關新聞|推荐阅读|推薦閱讀|热门文章|熱門文章|猜你喜欢)[:：]?` +
		`|(?:责任编辑|責任編輯|编辑|編輯|来源|來源)\s*[:：].{0,30}` +
		`|share(?: this)?(?: article| story| page)?|分享(?:到|至)?.{0,12}|(?:back to top|返回顶部|回到頂部|返回頂部))$`)
	// bylineEN and bylineZH are a line naming the author and nothing else.
	bylineEN = lazyRegexp(`^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*)$`)
	bylineZH = lazyRegexp(`^(?:记者|記者|作者|撰文|文)\s*[:：/／|]?\s*([\p{Han}·]{2,10}(?:[\s、，,]+[\p{Han}·]{2,10}){0,3})$`)
)

// cookieNotice matches the text of a cookie banner.
var cookieNotice = lazyRegexp(`(?i)\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b|\b(?:accept|reject|manage)(?: all)? cookies\b|\bcookie (?:settings|policy|preferences)\b|(?:使用|接受)\s*cookies?|cookies?\s*(?:政策|设置|設定)`)

// boilerplateLine reports whether a paragraph of one line is a page's
// furniture rather than the article's: a copyright notice, a cookie banner,
// a skip link, an ad label, a credit, the heading of a list of links, or a
// byline (whose name comes back as byline). Long lines are always kept.
func boilerplateLine(l string) (drop bool, byline string) {
	n := utf8.RuneCountInString(l)
	switch {
	case n > 300:
		return false, ""
	case n > 160:
		return strings.Contains(strings.ToLower(l), "cookie") && cookieNotice.MatchString(l), ""
	}
	if n <= 80 {
		if m := bylineEN.FindStringSubmatch(l); m != nil {
			return true, m[1]
		}
		if m := bylineZH.FindStringSubmatch(l); m != nil {
			return true, m[1]
		}
	}
	return isCopyright(l) || skipLink.MatchString(l) || pageFurniture.MatchString(l) ||
		strings.Contains(strings.ToLower(l), "cookie") && cookieNotice.MatchString(l), ""
}

// isCopyright reports whether a line is a copyright notice.
func isCopyright(l string) bool {
	return copyrightStart.MatchString(l) || strings.Contains(l, "版权所有") || strings.Contains(l, "版權所有") ||
		strings.Contains(strings.ToLower(l), "all rights reserved")
}

// signInPage reports whether a page is a form to sign in with little else
// on it (under minReadable characters): there is no article to read.
func signInPage(root *html.Node, blocks [][]string) bool {
	var password func(*html.Node) bool
	password = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "password") {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if password(c) {
				return true
			}
		}
		return false
	}
	return textSize(blocks) < minReadable && password(root)
}

// linkedData is what a page's JSON-LD says of its article: the first
// headline, author, publisher and publication date found in its objects
// (a list of them, or a @graph, included).
type linkedData struct {
	headline, author, publisher, date string
}

// read takes what one <script type="application/ld+json"> says; a script
// that is not JSON is passed over, as browsers do.
func (ld *linkedData) read(script string) {
	var v any
	script = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(script), "<![CDATA["), "]]>"))
	if json.Unmarshal([]byte(script), &v) != nil {
		return
	}
	ld.visit(v, 0)
}

// maxLinkedDepth bounds how deep read looks into nested JSON-LD.
const maxLinkedDepth = 4

func (ld *linkedData) visit(v any, depth int) {
	if depth > maxLinkedDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			ld.visit(x, depth+1)
		}
	case map[string]any:
		if g, ok := v["@graph"]; ok {
			ld.visit(g, depth+1)
		}
		if !articleType(v["@type"]) {
			return
		}
		if ld.headline == "" {
			ld.headline = cmpString(v["headline"], v["name"])
		}
		if ld.author == "" {
			ld.author = personName(v["author"])
		}
		if ld.publisher == "" {
			ld.publisher = personName(v["publisher"])
		}
		if d := cmpString(v["datePublished"], v["dateCreated"]); ld.date == "" && len(d) >= 10 && validDate(d[:10]) {
			ld.date = d[:10]
		}
	}
}

// articleType reports whether a JSON-LD @type is a kind of article
// (NewsArticle, Article, BlogPosting, Report, …).
func articleType(t any) bool {
	switch t := t.(type) {
	case string:
		return strings.HasSuffix(t, "Article") || t == "BlogPosting" || t == "Report"
	case []any:
		for _, x := range t {
			if articleType(x) {
				return true
			}
		}
	}
	return false
}

// personName is the name of a JSON-LD author or publisher: a string, an
// object with a name, or the names of a list joined with commas.
func personName(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case map[string]any:
		return cmpString(v["name"])
	case []any:
		var names []string
		for _, x := range v {
			if n := personName(x); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// cmpString is the first of vs that is a string with text, trimmed.
func cmpString(vs ...any) string {
	for _, v := range vs {
		if s, ok := v.(string); ok && strings.TrimSpace(s) != "" {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return ""
}

var (
	// dateline is the line of a portal's article that gives the time it
	// was posted ("2019-10-01 08:30 来源：示例网", "2019年10月1日").
	dateline = lazyRegexp(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:\s|$)`)
	// datelineSource is the source a dateline names.
	datelineSource = lazyRegexp(`(?:来源|來源)\s*[:：]\s*(\S+)`)
)

// maxDatelineBlocks is how far into a page pageDateline looks.
const maxDatelineBlocks = 40

// pageDateline reads the date, and the source when source is "", from the
// first short line of the page's blocks that starts with a date.
func pageDateline(blocks [][]string, source string) (string, string) {
	for _, b := range blocks[:min(len(blocks), maxDatelineBlocks)] {
		for _, l := range b {
			m := dateline.FindStringSubmatch(l)
			if m == nil || utf8.RuneCountInString(l) > 80 {
				continue
			}
			date := fmt.Sprintf("%s-%02s-%02s", m[1], m[2], m[3])
			if !validDate(date) {
				continue
			}
			if s := datelineSource.FindStringSubmatch(l); s != nil && source == "" {
				source = s[1]
			}
			return date, source
		}
	}
	return "", source
}
