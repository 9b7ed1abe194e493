package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
)

func TestNotesShowTheirMarkdownRendered(t *testing.T) {
	newTestApp(t)
	for _, tc := range []struct {
		name, note, text string
		bold, italic     string // the text of the bold and the italic segment
	}{
		{"emphasis and strong", "Huang *hedges* on **nonbinding**", "Huang hedges on nonbinding", "nonbinding", "hedges"},
		{"two paragraphs on one line", "First.\n\nSecond *point*.", "First. Second point.", "", "point"},
		{"a list", "- one\n- two", "one two", "", ""},
		{"plain", "no marks at all", "no marks at all", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rt := widget.NewRichText(inlineMarkdown(tc.note, widget.RichTextStyleInline)...)
			if got := rt.String(); got != tc.text {
				t.Errorf("reads %q, want %q", got, tc.text)
			}
			var bold, italic string
			for _, seg := range rt.Segments {
				s := seg.(*widget.TextSegment)
				if s.Style.TextStyle.Bold {
					bold += s.Text
				}
				if s.Style.TextStyle.Italic {
					italic += s.Text
				}
			}
			if bold != tc.bold || italic != tc.italic {
				t.Errorf("bold %q italic %q, want %q and %q", bold, italic, tc.bold, tc.italic)
			}
		})
	}

	// The sidebar shows it so.
	var s sidebar
	item := newHighlightItem()
	s.fillItem(item, &annotation.Annotation{Note: "Huang *hedges*", Color: annotation.Yellow})
	if got := textOf(item); !strings.Contains(got, "Huang hedges") || strings.Contains(got, "*") {
		t.Errorf("the sidebar shows the note as %q", got)
	}
}

// FuzzOneLine holds oneLine's shortcut to what it stands for.
func FuzzOneLine(f *testing.F) {
	for _, s := range []string{"", " ", "a b", " a", "a ", "a  b", "a\nb", "a\u3000b", "信贷 增速"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	})
}
