package export

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"tandem/annotation"
	"tandem/article"
)

// Markdown writes each article as a heading with its source and date, then
// its highlights in reading order: the quote in its language with the
// aligned counterpart beneath it, the tags as #tags and the note. Orphaned
// highlights follow under their own heading with their old quote.
func Markdown(w io.Writer, items []Item) error {
	bw := bufio.NewWriter(w)
	for i, it := range items {
		if i > 0 {
			fmt.Fprint(bw, "\n---\n\n")
		}
		writeArticleHeading(bw, it.Article)
		var orphans []*annotation.Annotation
		for _, an := range it.Annotations {
			if an.Orphan {
				orphans = append(orphans, an)
				continue
			}
			writeHighlight(bw, an)
		}
		if len(orphans) > 0 {
			fmt.Fprint(bw, "## Orphaned highlights\n\nTheir text is no longer in the article.\n\n")
			for _, an := range orphans {
				writeHighlight(bw, an)
			}
		}
	}
	return bw.Flush()
}

func writeArticleHeading(w io.Writer, a *article.Article) {
	fmt.Fprintf(w, "# %s\n\n", oneLine(a.Title))
	if other := article.OtherTitle(a.Title, a.TitleIn(article.ZH), a.TitleIn(article.EN)); other != "" {
		fmt.Fprintf(w, "%s\n\n", oneLine(other))
	}
	for _, f := range [][2]string{{"Source", a.Source}, {"Date", a.Date}, {"Author", a.Author}, {"Tandem ID", a.ID},
		{"Open in Tandem", "<" + Link(a.ID, "") + ">"}} {
		if f[1] != "" {
			fmt.Fprintf(w, "- %s: %s\n", f[0], oneLine(f[1]))
		}
	}
	fmt.Fprintln(w)
}

func writeHighlight(w io.Writer, an *annotation.Annotation) {
	writeQuote(w, an.Target)
	if an.Counterpart != nil {
		fmt.Fprintln(w, ">")
		writeQuote(w, *an.Counterpart)
	}
	fmt.Fprintln(w)
	var meta []string
	for _, t := range an.Tags {
		meta = append(meta, "#"+hashtag(t))
	}
	meta = append(meta, fmt.Sprintf("%s · ¶%d %s · [open in Tandem](%s)", an.Color, an.Target.Pair+1, an.Target.Lang, Link(an.Article, an.ID)))
	fmt.Fprintf(w, "%s\n\n", strings.Join(meta, " "))
	if len(an.Figures) > 0 {
		var figs []string
		for _, f := range an.Figures {
			figs = append(figs, fmt.Sprintf("%s = %s %s", f.Quote, strconv.FormatFloat(f.Amount, 'f', -1, 64), f.Unit))
		}
		fmt.Fprintf(w, "Figures: %s\n\n", strings.Join(figs, "; "))
	}
	if note := strings.TrimSpace(an.Note); note != "" {
		fmt.Fprintf(w, "%s\n\n", note)
	}
}

// writeQuote writes a quote as a block quote labelled with its language.
func writeQuote(w io.Writer, t annotation.Target) {
	label := "中"
	if t.Lang == article.EN {
		label = "EN"
	}
	lines := strings.Split(t.Exact, "\n")
	fmt.Fprintf(w, "> **%s** %s\n", label, lines[0])
	for _, l := range lines[1:] {
		fmt.Fprintf(w, "> %s\n", l)
	}
}

// hashtag makes a tag usable as an Obsidian #tag: no spaces or marks that
// end a tag there.
func hashtag(t string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune(" \t#,.;:!?()[]{}\"'`", r) {
			return '-'
		}
		return r
	}, t)
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
