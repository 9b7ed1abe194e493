package export

import (
	"bufio"
	"bytes"
	"fmt"
	"html"
	"io"
	"slices"
	"strings"

	"github.com/yuin/goldmark"

	"tandem/annotation"
	"tandem/article"
	"tandem/quantity"
)

// Link returns the tandem:// address that opens an article in the window,
// at an annotation when annotationID is not empty.
func Link(articleID, annotationID string) string {
	if annotationID == "" {
		return "tandem://open/" + articleID
	}
	return "tandem://open/" + articleID + "#" + annotationID
}

// markColors are the highlight colours of the page, the window's own.
var markColors = map[annotation.Color]string{
	annotation.Yellow: "250,204,21", annotation.Green: "74,222,128", annotation.Blue: "96,165,250",
	annotation.Pink: "244,114,182", annotation.Purple: "192,132,252",
}

// HTML writes the articles as one self-contained page: each article's two
// languages side by side, row against row, every highlight a <mark> in its
// colour that links to its counterpart in the other column and back; then
// the highlights with their tags, claim types and notes (Markdown rendered,
// raw HTML left out), and the figure check's findings. The page needs no
// script, no font and nothing from the network: system fonts with CJK
// fallbacks. claimTypes is the library's claim vocabulary.
func HTML(w io.Writer, items []Item, claimTypes []string) error {
	bw := bufio.NewWriter(w)
	title := "Tandem export"
	if len(items) == 1 {
		title = items[0].Article.Title
	}
	fmt.Fprintf(bw, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"+
		"<meta name=\"generator\" content=\"Tandem\">\n<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n",
		esc(title), pageStyle)
	for _, it := range items {
		if err := writeArticleHTML(bw, it, claimTypes); err != nil {
			return err
		}
	}
	fmt.Fprint(bw, "</body>\n</html>\n")
	return bw.Flush()
}

func esc(s string) string { return html.EscapeString(s) }

func writeArticleHTML(w *bufio.Writer, it Item, claimTypes []string) error {
	a := it.Article
	fmt.Fprintf(w, "<article id=\"%s\">\n<header>\n", esc(a.ID))
	zh, en := a.TitleIn(article.ZH), a.TitleIn(article.EN)
	if en == "" && zh == "" {
		en = a.Title
	}
	if en != "" {
		fmt.Fprintf(w, "<h1 lang=\"en\">%s</h1>\n", esc(en))
	}
	switch {
	case zh != "" && en == "":
		fmt.Fprintf(w, "<h1 lang=\"zh\">%s</h1>\n", esc(zh))
	case zh != "":
		fmt.Fprintf(w, "<p class=\"title-zh\" lang=\"zh\">%s</p>\n", esc(zh))
	}
	var meta []string
	for _, s := range []string{a.Date, a.Source, a.Author} {
		if s != "" {
			meta = append(meta, esc(s))
		}
	}
	meta = append(meta, fmt.Sprintf("<a href=\"%s\">Open in Tandem</a>", esc(Link(a.ID, ""))))
	fmt.Fprintf(w, "<p class=\"meta\">%s</p>\n</header>\n", strings.Join(meta, " · "))

	live := make([]*annotation.Annotation, 0, len(it.Annotations))
	for _, an := range it.Annotations {
		if !an.Orphan {
			live = append(live, an)
		}
	}
	fmt.Fprint(w, "<table class=\"pairs\">\n<thead><tr><th lang=\"zh\">中文</th><th>English</th></tr></thead>\n<tbody>\n")
	for i, p := range a.Pairs {
		fmt.Fprintf(w, "<tr id=\"%s-p%d\">", esc(a.ID), i+1)
		for _, l := range []article.Lang{article.ZH, article.EN} {
			fmt.Fprintf(w, "<td lang=\"%s\">", l)
			writeMarked(w, p.Text(l), spansIn(live, i, l))
			fmt.Fprint(w, "</td>")
		}
		fmt.Fprint(w, "</tr>\n")
	}
	fmt.Fprint(w, "</tbody>\n</table>\n")

	if len(it.Annotations) > 0 {
		fmt.Fprint(w, "<section class=\"highlights\">\n<h2>Highlights</h2>\n")
		for _, an := range it.Annotations {
			if err := writeHighlightHTML(w, a, an, claimTypes); err != nil {
				return err
			}
		}
		fmt.Fprint(w, "</section>\n")
	}
	if found := quantity.Check(a); len(found) > 0 {
		fmt.Fprint(w, "<section class=\"figures\">\n<h2>Figure check</h2>\n<p>Figures that likely differ between the two languages:</p>\n<ul>\n")
		for _, f := range found {
			fmt.Fprintf(w, "<li><a href=\"#%s-p%d\">¶%d</a> <span lang=\"%s\">“%s”</span> %s: %s</li>\n",
				esc(a.ID), f.Pair+1, f.Pair+1, f.Lang, esc(f.Text), esc(f.Normalized()), esc(f.Reason.String()))
		}
		fmt.Fprint(w, "</ul>\n</section>\n")
	}
	fmt.Fprint(w, "</article>\n")
	return nil
}

// span is a highlight or a counterpart in one paragraph.
type span struct {
	start, end int
	an         *annotation.Annotation
	counter    bool // the counterpart of an.Target, in the other column
}

// spansIn returns the marks of pair i in language l, by start.
func spansIn(list []*annotation.Annotation, i int, l article.Lang) []span {
	var out []span
	for _, an := range list {
		if t := an.Target; t.Pair == i && t.Lang == l {
			out = append(out, span{t.Start, t.End, an, false})
		}
		if c := an.Counterpart; c != nil && c.Pair == i && c.Lang == l {
			out = append(out, span{c.Start, c.End, an, true})
		}
	}
	slices.SortStableFunc(out, func(a, b span) int { return a.start - b.start })
	return out
}

// writeMarked writes a paragraph with its marks. Where marks overlap the
// text is cut at every edge and each piece nests the marks that cover it,
// so each mark is a run of elements sharing its data-id, the first holding
// its id (h-ID for a highlight, c-ID for its counterpart). After a mark's
// last piece comes a link to the other side.
func writeMarked(w *bufio.Writer, text string, spans []span) {
	rs := []rune(text)
	edges := []int{0, len(rs)}
	for j := range spans {
		s := &spans[j]
		s.start, s.end = max(0, min(s.start, len(rs))), max(0, min(s.end, len(rs)))
		edges = append(edges, s.start, s.end)
	}
	slices.Sort(edges)
	edges = slices.Compact(edges)
	opened := map[*span]bool{}
	for k := 0; k+1 < len(edges); k++ {
		from, to := edges[k], edges[k+1]
		var cover []*span
		for j := range spans {
			if spans[j].start <= from && spans[j].end >= to && spans[j].start < spans[j].end {
				cover = append(cover, &spans[j])
			}
		}
		for _, s := range cover {
			id, kind := "", "hl"
			if s.counter {
				kind = "cp"
			}
			if !opened[s] {
				opened[s] = true
				prefix := "h-"
				if s.counter {
					prefix = "c-"
				}
				id = fmt.Sprintf(" id=\"%s%s\"", prefix, esc(s.an.ID))
			}
			fmt.Fprintf(w, "<mark class=\"%s %s\" data-id=\"%s\"%s>", kind, s.an.Color, esc(s.an.ID), id)
		}
		w.WriteString(esc(string(rs[from:to])))
		for range cover {
			w.WriteString("</mark>")
		}
		for _, s := range cover {
			if s.end == to {
				target, label := "c-", "→"
				if s.counter {
					target, label = "h-", "←"
				}
				if s.an.Counterpart != nil {
					fmt.Fprintf(w, "<a class=\"to\" href=\"#%s%s\" title=\"the other language\">%s</a>", target, esc(s.an.ID), label)
				}
			}
		}
	}
}

// writeHighlightHTML writes one highlight of the list under the text.
func writeHighlightHTML(w *bufio.Writer, a *article.Article, an *annotation.Annotation, claimTypes []string) error {
	fmt.Fprintf(w, "<div class=\"highlight %s\" id=\"n-%s\">\n", an.Color, esc(an.ID))
	where := fmt.Sprintf("¶%d %s", an.Target.Pair+1, an.Target.Lang)
	if an.Orphan {
		where += " · orphaned: its text is no longer in the article"
	} else {
		where = fmt.Sprintf("<a href=\"#h-%s\">%s</a>", esc(an.ID), where)
	}
	fmt.Fprintf(w, "<blockquote lang=\"%s\">%s</blockquote>\n", an.Target.Lang, esc(an.Target.Exact))
	if c := an.Counterpart; c != nil {
		fmt.Fprintf(w, "<blockquote class=\"counterpart\" lang=\"%s\">%s</blockquote>\n", c.Lang, esc(c.Exact))
	}
	var tags []string
	claims := an.ClaimTypes(claimTypes)
	for _, t := range an.Tags {
		class := "tag"
		if slices.Contains(claims, t) {
			class = "tag claim"
		}
		tags = append(tags, fmt.Sprintf("<span class=\"%s\">%s</span>", class, esc(t)))
	}
	fmt.Fprintf(w, "<p class=\"where\">%s · %s · <a href=\"%s\">open in Tandem</a> %s</p>\n",
		where, an.Color, esc(Link(a.ID, an.ID)), strings.Join(tags, " "))
	if len(an.Figures) > 0 {
		var figs []string
		for _, f := range an.Figures {
			figs = append(figs, esc(fmt.Sprintf("%s = %g %s", f.Quote, f.Amount, f.Unit)))
		}
		fmt.Fprintf(w, "<p class=\"figures\">Figures: %s</p>\n", strings.Join(figs, "; "))
	}
	if note := strings.TrimSpace(an.Note); note != "" {
		var b bytes.Buffer
		if err := goldmark.Convert([]byte(note), &b); err != nil {
			return fmt.Errorf("note of %s: %w", an.ID, err)
		}
		fmt.Fprintf(w, "<div class=\"note\">%s</div>\n", b.String())
	}
	fmt.Fprint(w, "</div>\n")
	return nil
}

// pageStyle is the page's one style sheet: system fonts, with the CJK
// fonts of each platform named for the Chinese column.
var pageStyle = func() string {
	var b strings.Builder
	b.WriteString(`
body { font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC",
  "PingFang SC", "Microsoft YaHei", "Droid Sans Fallback", sans-serif; color: #1f2328; max-width: 1200px; margin: 2em auto; padding: 0 1em; }
[lang=zh] { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
  "WenQuanYi Micro Hei", "Droid Sans Fallback", system-ui, sans-serif; }
article { margin-bottom: 4em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
.title-zh { font-size: 1.35em; font-weight: 600; margin: 0 0 .4em; }
.meta { color: #59636e; margin: 0 0 1.5em; }
table.pairs { border-collapse: collapse; width: 100%; table-layout: fixed; }
.pairs th { text-align: left; color: #59636e; font-weight: normal; border-bottom: 1px solid #d1d9e0; padding: .3em .8em; }
.pairs td { vertical-align: top; padding: .8em; border-bottom: 1px solid #eef1f4; width: 50%; }
mark { color: inherit; border-radius: 2px; padding: 0 1px; }
mark.cp { background: transparent; border-bottom: 2px dashed; }
a.to { font-size: .75em; text-decoration: none; margin-left: 1px; vertical-align: super; }
.highlight { border-left: 4px solid; padding: .2em 1em; margin: 1em 0; }
blockquote { margin: .3em 0; }
blockquote.counterpart { color: #59636e; }
.where { font-size: .9em; color: #59636e; margin: .3em 0; }
.tag { background: #eef1f4; border-radius: 1em; padding: 0 .6em; color: #1f2328; }
.tag.claim { background: #1f2328; color: #fff; }
.note { border-top: 1px solid #eef1f4; }
.figures li { margin: .2em 0; }
:target { outline: 2px solid #0969da; }
@media (max-width: 700px) { .pairs td, .pairs th { display: block; width: auto; } }
@media print { a.to { display: none; } }
`)
	for _, c := range annotation.Colors {
		rgb := markColors[c]
		fmt.Fprintf(&b, "mark.hl.%s { background: rgba(%s,.45); }\nmark.cp.%s { border-color: rgb(%s); background: rgba(%s,.15); }\n.highlight.%s { border-color: rgb(%s); }\n",
			c, rgb, c, rgb, rgb, c, rgb)
	}
	return b.String()
}()

// ParseLink reads a tandem:// address made by Link: the article's ID and
// the annotation's, "" when it names none.
func ParseLink(s string) (articleID, annotationID string, err error) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), "tandem://open/")
	if !ok {
		return "", "", fmt.Errorf("%q is not a Tandem link (tandem://open/ARTICLE-ID#ANNOTATION-ID)", s)
	}
	articleID, annotationID, _ = strings.Cut(strings.TrimSuffix(rest, "/"), "#")
	if articleID == "" || strings.ContainsAny(articleID+annotationID, "/?#% ") {
		return "", "", fmt.Errorf("%q does not name an article (tandem://open/ARTICLE-ID#ANNOTATION-ID)", s)
	}
	return articleID, annotationID, nil
}
