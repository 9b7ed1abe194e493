package article

import (
	"cmp"
	"regexp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var htmlStart = lazyRegexp(`(?is)\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|main|section|div|p|h[1-6])[\s>/]`)

// looksLikeHTML reports whether text is an HTML page or fragment.
func looksLikeHTML(text string) bool {
	return htmlStart.MatchString(text)
}

// skipped holds elements whose text is never article text. A page's
// <footer> holds copyright and links, not paragraphs of the article.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Nav: true, atom.Aside: true, atom.Form: true, atom.Button: true, atom.Iframe: true,
	atom.Select: true, atom.Textarea: true, atom.Head: true, atom.Footer: true,
}

// blockLevel holds elements that start a new paragraph.
var blockLevel = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Header: true, atom.Blockquote: true, atom.Pre: true, atom.Li: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dd: true, atom.Dt: true, atom.Figure: true,
	atom.Figcaption: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Hr: true, atom.Address: true, atom.Body: true, atom.Center: true,
}

// htmlDoc reads a saved web page: metadata from <head> and JSON-LD (title,
// author, site name, publication date) and paragraphs from the block
// elements of the body, leaving out navigation, scripts, forms and lines
// that are a page's furniture (see boilerplateLine). A page in one language
// that carries a site's chrome is cut down to its article by readability
// first (see readableBody); a page holding both languages, or a plain one,
// is read whole.
func htmlDoc(text string) doc {
	d := doc{format: FormatHTML}
	root, err := html.Parse(strings.NewReader(text))
	if err != nil { // html.Parse accepts any input; keep the text if it ever refuses
		d.blocks = splitBlocks(strings.Split(text, "\n"))
		return d
	}
	d.meta = htmlMeta(root)
	var w blockWriter
	w.walk(root)
	w.flush()
	if d.meta.date == "" {
		d.meta.date, d.meta.source = pageDateline(w.blocks, d.meta.source)
	}
	if body, ok := readableBody(root, w.blocks); ok {
		body.byline = cmp.Or(body.byline, w.byline)
		w = body
	}
	if d.meta.author == "" {
		d.meta.author = w.byline
	}
	d.blocks = w.blocks
	if signInPage(root, d.blocks) {
		d.blocks = nil
		return d
	}
	d.takeHeadings(w.h1)
	return d
}

// takeHeadings reads the page's <h1> blocks: one that repeats a title is
// dropped, and the first in a language without a title becomes its title
// (a Chinese page heading beside an English <title>).
func (d *doc) takeHeadings(h1 []int) {
	drop := map[int]bool{}
	for _, i := range h1 {
		if i < len(d.blocks) && len(d.blocks[i]) == 1 && (d.meta.title.has(d.blocks[i][0]) || d.meta.title.add(d.blocks[i][0])) {
			drop[i] = true
			d.dropped = append(d.dropped, d.blocks[i][0])
		}
	}
	if len(drop) == 0 {
		return
	}
	kept := d.blocks[:0]
	for i, b := range d.blocks {
		if !drop[i] {
			kept = append(kept, b)
		}
	}
	d.blocks = kept
}

type blockWriter struct {
	blocks [][]string
	h1     []int // the blocks that were <h1> elements
	lines  []string
	line   strings.Builder
	byline string // the first byline left out as a paragraph
}

func (w *blockWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] {
			return
		}
		if n.DataAtom == atom.Br {
			w.newline()
			return
		}
	}
	block := n.Type == html.ElementNode && blockLevel[n.DataAtom]
	if block {
		w.flush()
		if n.DataAtom == atom.H1 {
			w.h1 = append(w.h1, len(w.blocks))
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if block {
		w.flush()
	}
}

func (w *blockWriter) text(s string) {
	for i, part := range strings.Split(s, "\n") {
		if i > 0 {
			w.line.WriteByte(' ')
		}
		w.line.WriteString(part)
	}
}

func (w *blockWriter) newline() {
	if l := strings.Join(strings.Fields(w.line.String()), " "); l != "" {
		w.lines = append(w.lines, l)
	}
	w.line.Reset()
}

func (w *blockWriter) flush() {
	w.newline()
	if len(w.lines) == 0 {
		return
	}
	if len(w.lines) == 1 {
		if drop, byline := boilerplateLine(w.lines[0]); drop {
			if w.byline == "" {
				w.byline = byline
			}
			if n := len(w.h1); n > 0 && w.h1[n-1] == len(w.blocks) {
				w.h1 = w.h1[:n-1]
			}
			w.lines = nil
			return
		}
	}
	w.blocks = append(w.blocks, w.lines)
	w.lines = nil
}

// htmlMeta reads <title>, the <meta> tags Tandem knows and the page's
// JSON-LD. og:title wins over JSON-LD's headline and that over <title>; each
// may hold both languages ("中文标题 | English title"), and the site's name
// is left out of either. A date in a <meta> wins over JSON-LD's, and that
// over the first <time> (which may be a related story's).
func htmlMeta(root *html.Node) meta {
	var m meta
	var og, doc, timeDate string
	var ld linkedData
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if doc == "" && n.FirstChild != nil {
					doc = n.FirstChild.Data
				}
			case atom.Meta:
				key, content := strings.ToLower(attr(n, "name")+attr(n, "property")), attr(n, "content")
				if key == "og:title" {
					og = content
				} else {
					metaTag(&m, key, content)
				}
			case atom.Time:
				if dt := attr(n, "datetime"); timeDate == "" && len(dt) >= 10 && validDate(dt[:10]) {
					timeDate = dt[:10]
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					ld.read(n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(root)
	m.author = cmp.Or(m.author, ld.author)
	m.source = cmp.Or(m.source, ld.publisher)
	m.date = cmp.Or(m.date, ld.date, timeDate)
	for _, t := range []string{og, ld.headline, doc} {
		if isCopyright(strings.TrimSpace(t)) {
			continue // a clipper's notice, not the article's title
		}
		for _, part := range titleParts(t, m.source) {
			m.title.add(part)
		}
	}
	return m
}

// titleSeparator is what joins the parts of a page title.
const titleSeparator = ` *[|｜–—-] *`

// sectionSeparator joins the parts of a portal's page title
// ("标题_国际新闻_示例网", "Headline - World - Site"): unlike titleSeparator,
// a hyphen counts only between spaces.
var sectionSeparator = lazyRegexp(`\s*[_|｜]\s*|\s+[-–—]\s+`)

// titleParts cuts a page title into the titles it holds, without the site's
// name at either end: one title in each language when it has both, else the
// whole.
func titleParts(title, site string) []string {
	title = strings.Join(strings.Fields(title), " ")
	if site != "" {
		s := regexp.QuoteMeta(site)
		title = regexp.MustCompile(`(?i)^`+s+titleSeparator+`|`+titleSeparator+s+`$`).ReplaceAllString(title, "")
	}
	if sections := sectionSeparator.Split(title, -1); len(sections) >= 3 {
		// "Headline_Section_Site": the headline, or the headlines in
		// both languages when the first two parts are they.
		first, second := langOf(sections[0]), langOf(sections[1])
		if first != "" && second != "" && first != second {
			return sections[:2]
		}
		return sections[:1]
	}
	parts := regexp.MustCompile(titleSeparator).Split(title, -1)
	langs := map[Lang]int{}
	for _, p := range parts {
		langs[langOf(p)]++
	}
	if title == "" {
		return nil
	}
	if len(parts) == 2 && langs[ZH] == 1 && langs[EN] == 1 {
		return parts
	}
	return []string{title}
}

func metaTag(m *meta, key, content string) {
	content = strings.TrimSpace(content)
	switch key {
	case "author", "article:author":
		m.author = content
	case "og:site_name":
		m.source = content
	case "article:published_time", "date", "dc.date":
		if len(content) >= 10 && validDate(content[:10]) {
			m.date = content[:10]
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}
