package app

import (
	"strings"
	"unicode"

	"fyne.io/fyne/v2/widget"
)

// inlineMarkdown renders a note's Markdown on one line — emphasis, strong
// and code kept; paragraphs, list items and headings run together with a
// space — in the size and colour of base, for the places a note is shown
// in brief: the sidebar and search results.
func inlineMarkdown(note string, base widget.RichTextStyle) []widget.RichTextSegment {
	var out []widget.RichTextSegment
	gap := false // a block ended: a space before the next text
	add := func(text string, style widget.RichTextStyle) {
		text = squeeze(text)
		if len(out) == 0 || gap {
			text = strings.TrimLeft(text, " ")
		}
		if text == "" {
			return
		}
		if gap && len(out) > 0 {
			text = " " + text
		}
		gap = false
		style.Inline = true
		out = append(out, &widget.TextSegment{Text: text, Style: style})
	}
	var walk func([]widget.RichTextSegment)
	walk = func(segs []widget.RichTextSegment) {
		for _, seg := range segs {
			switch s := seg.(type) {
			case *widget.TextSegment:
				style := base
				style.TextStyle.Bold = base.TextStyle.Bold || s.Style.TextStyle.Bold
				style.TextStyle.Italic = base.TextStyle.Italic || s.Style.TextStyle.Italic
				style.TextStyle.Monospace = s.Style.TextStyle.Monospace
				add(s.Text, style)
				gap = gap || !s.Inline()
			case *widget.HyperlinkSegment:
				add(s.Text, base)
			case *widget.ParagraphSegment:
				gap = true
				walk(s.Texts)
			case *widget.ListSegment:
				gap = true
				walk(s.Items)
			}
		}
	}
	walk(widget.NewRichTextFromMarkdown(note).Segments)
	if n := len(out); n > 0 {
		last := out[n-1].(*widget.TextSegment)
		last.Text = strings.TrimRight(last.Text, " ")
	}
	return out
}

// squeeze turns every run of white space, line breaks included, into one
// space.
func squeeze(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
