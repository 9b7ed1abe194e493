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
	fenced := false
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"):
			fenced = !fenced
			lines = append(lines, "")
		case fenced:
			lines = append(lines, l)
		default:
			lines = append(lines, d.markdownLine(t)...)
		}
	}
	d.blocks = splitBlocks(lines)
	return d
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
	t = mdListMarker.ReplaceAllString(t, "")
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
	for _, l := range strings.Split(block, "\n") {
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
			m.author = v
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
	return m
}
