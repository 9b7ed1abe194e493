package article

import (
	"strings"
)

var (
	// mdSignals are the marks of Markdown, each with substrings it cannot
	// match without: most text has none of them, and the cheap test spares
	// the regular expression.
	mdSignals = []struct {
		needs []string
		re    *lazyRE
	}{
		{[]string{"#"}, lazyRegexp(`(?m)^#{1,6} \S`)},
		{[]string{"---\n", "+++\n"}, lazyRegexp(`(?m)^(?:---|\+\+\+)\n(?:[A-Za-z_]+ *[:=].*\n)+(?:---|\+\+\+)$`)},
		{[]string{"**", "__"}, lazyRegexp(`\*\*\S[^*\n]*\*\*|__\S[^_\n]*__`)},
		{[]string{"]("}, lazyRegexp(`!?\[[^\]\n]+\]\([^)\n]+\)`)},
		{[]string{"```"}, lazyRegexp("(?m)^```")},
	}
	mdFrontMatter = lazyRegexp(`\A(?:---|\+\+\+)\n((?:.*\n)*?)(?:---|\+\+\+)(?:\n|\z)`)
	mdHeading     = lazyRegexp(`^(#{1,6})\s+(.*?)\s*#*$`)
	mdRule        = lazyRegexp(`^(?:[-*_]\s*){3,}$`)
	mdListMarker  = lazyRegexp(`^(?:[-*+]|\d{1,3}[.)])\s+`)
	mdRefDef      = lazyRegexp(`^\[[^\]]+\]:\s*\S+`)
	mdEscape      = lazyRegexp(`\\[\\*_\[\]()#+\-.!` + "`" + `~>|<]`)
	mdInline      = []struct {
		re     *lazyRE
		repl   string
		repeat bool
	}{
		{lazyRegexp(`!\[([^\]]*)\]\([^)]*\)`), "", false},
		{lazyRegexp(`\[([^\]]+)\]\([^)]*\)`), "$1", false},
		{lazyRegexp(`\[([^\]]+)\]\[[^\]]*\]`), "$1", false},
		{lazyRegexp(`<(https?://[^>\s]+)>`), "$1", false},
		{lazyRegexp("`([^`]+)`"), "$1", false},
		{lazyRegexp(`\*\*(\S(?:.*?\S)?)\*\*`), "$1", false},
		{lazyRegexp(`__(\S(?:.*?\S)?)__`), "$1", false},
		{lazyRegexp(`~~(\S(?:.*?\S)?)~~`), "$1", false},
		{lazyRegexp(`\*(\S(?:[^*]*?\S)?)\*`), "$1", false},
		{lazyRegexp(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_([^\p{L}\p{N}_]|$)`), "$1$2$3", true},
		{lazyRegexp(`</?[A-Za-z][^>]*>`), "", false},
	}
)

// looksLikeMarkdown reports whether text uses Markdown syntax: headings,
// front matter, strong emphasis, links or fenced code.
func looksLikeMarkdown(text string) bool {
	for _, sig := range mdSignals {
		for _, n := range sig.needs {
			if strings.Contains(text, n) {
				if sig.re.MatchString(text) {
					return true
				}
				break
			}
		}
	}
	return false
}

// markdownDoc reads Markdown into blocks of plain lines: front matter gives
// the metadata, the first level-one heading the title, and emphasis, links,
// list and quote markers are removed from the text.
func markdownDoc(text string) doc {
	d := doc{format: FormatMarkdown}
	if m := mdFrontMatter.FindStringSubmatch(text); m != nil {
		d.meta = frontMatter(m[1])
		d.dropped = append(d.dropped, strings.Split(strings.TrimSpace(m[0]), "\n")...)
		text = text[len(m[0]):]
	}
	var lines []string
	fenced, comment := false, false
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case !comment && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")):
			fenced = !fenced
			lines = append(lines, "")
		case fenced:
			lines = append(lines, l)
		default:
			if t, comment = dropComments(t, comment); t != "" || !comment {
				lines = append(lines, d.markdownLine(t)...)
			}
		}
	}
	d.blocks = splitBlocks(lines)
	return d
}

// dropComments removes the HTML comments from a line outside code
// (<!-- truncate -->, a site's marks for its own tools), in is whether a
// comment opened on an earlier line is still open; it returns the rest of
// the line and whether a comment is open at its end.
func dropComments(t string, in bool) (string, bool) {
	var b strings.Builder
	for t != "" {
		if in {
			_, after, ok := strings.Cut(t, "-->")
			if !ok {
				return strings.TrimSpace(b.String()), true
			}
			t, in = after, false
			continue
		}
		before, after, ok := strings.Cut(t, "<!--")
		if b.Len() > 0 && before != "" {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(before))
		if !ok {
			break
		}
		t, in = after, true
	}
	return b.String(), in
}

// markdownLine turns one line outside code into plain lines ("" for a block
// break). The first level-one heading in each language becomes the title in
// that language, unless the front matter gave one; a heading that repeats a
// title is dropped.
func (d *doc) markdownLine(t string) []string {
	for strings.HasPrefix(t, ">") {
		t = strings.TrimSpace(t[1:])
	}
	if mdRule.MatchString(t) || mdRefDef.MatchString(t) {
		return []string{""}
	}
	if m := mdHeading.FindStringSubmatch(t); m != nil {
		h := stripInline(m[2])
		if m[1] == "#" && (d.meta.title.has(h) || d.meta.title.add(h)) {
			d.dropped = append(d.dropped, t)
			return nil
		}
		// Any other heading is a paragraph of its own.
		return []string{"", h, ""}
	}
	if item := mdListMarker.ReplaceAllString(t, ""); item != t {
		// Each item of a list is a paragraph of its own, in a tight list
		// as in a loose one: lines joined run one item into the next
		// (发布时间：…日版本号：…), and a translation may space its list
		// where the original does not.
		return []string{"", stripInline(item)}
	}
	t = strings.Trim(t, "|")
	return []string{stripInline(t)}
}

// stripInline removes inline Markdown from a line and keeps its text.
// Escaped marks (\*) are set aside first so that no rule takes them for
// markup.
func stripInline(s string) string {
	s = mdEscape.ReplaceAllStringFunc(s, func(m string) string { return string(escapeBase + rune(m[1])) })
	for _, r := range mdInline {
		s = r.re.ReplaceAllString(s, r.repl)
		if r.repeat {
			// The rule matches the characters around its marks, so it
			// misses the second of two neighbours ("_a_ _b_") in one pass.
			for next := r.re.ReplaceAllString(s, r.repl); next != s; next = r.re.ReplaceAllString(s, r.repl) {
				s = next
			}
		}
	}
	s = strings.Map(func(r rune) rune {
		if r > escapeBase && r < escapeBase+0x80 {
			return r - escapeBase
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// escapeBase shifts escaped ASCII marks into the Private Use Area while the
// inline rules run.
const escapeBase = 0xF700

// frontMatter reads the keys Tandem knows from YAML or TOML front matter. The
// first valid date under any of the names sites use (Hugo's publishDate among
// them) is the article's date.
func frontMatter(block string) meta {
	var m meta
	var authors []string // the items of a block list under author
	listing := false
	for _, l := range strings.Split(block, "\n") {
		if item, ok := strings.CutPrefix(strings.TrimSpace(l), "- "); ok && listing {
			authors = append(authors, strings.Trim(strings.TrimSpace(item), `"'`))
			continue
		}
		listing = false
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			k, v, ok = strings.Cut(l, "=")
		}
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "title", "title_zh", "title_en":
			m.title.add(v)
		case "author", "authors", "by":
			m.author, listing = flowList(v), v == ""
		case "date", "published", "publishdate", "publish_date", "pubdate":
			if m.date == "" && len(v) >= 10 && validDate(v[:10]) {
				m.date = v[:10]
			}
		case "source", "site", "publisher":
			m.source = v
		case "source_id", "id":
			m.sourceID = strings.ToLower(v)
		}
	}
	if m.author == "" && len(authors) > 0 {
		m.author = strings.Join(authors, ", ")
	}
	return m
}

// flowList returns the items of a YAML or TOML list written on one line,
// ["volcano", "kevin"] or [a, b], joined by commas; any other value as it
// is.
func flowList(v string) string {
	if !strings.HasPrefix(v, "[") || !strings.HasSuffix(v, "]") {
		return v
	}
	inner := v[1 : len(v)-1]
	var items []string
	for _, it := range strings.Split(inner, ",") {
		if it = strings.Trim(strings.TrimSpace(it), `"'`); it != "" {
			items = append(items, it)
		}
	}
	return strings.Join(items, ", ")
}
