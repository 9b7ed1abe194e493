package article

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
)

func needPDFReader(t *testing.T) {
	t.Helper()
	if !hasPDFReader(t) {
		t.Skip("pdftotext is not installed (scripts/deps.sh build installs it)")
	}
}

// hasPDFReader reports whether pdftotext is on PATH. CI installs it, so
// there a missing one fails the test, except in the Windows build's run
// under Wine, which has none.
func hasPDFReader(t *testing.T) bool {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		if os.Getenv("CI") != "" && runtime.GOOS != "windows" {
			t.Fatal("pdftotext is missing: scripts/deps.sh build installs it")
		}
		return false
	}
	return true
}

// TestParsePDF reads a note printed to PDF by Chromium (see
// testdata/pdf/README.md): three pages, each with the browser's date,
// title, address and page number; a heading and ten Chinese paragraphs,
// then the same in English, from a published translation.
func TestParsePDF(t *testing.T) {
	needPDFReader(t)
	data, err := os.ReadFile("testdata/pdf/research_note.pdf")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != FormatPDF {
		t.Errorf("format %q", a.Format)
	}
	var all strings.Builder
	for _, p := range a.Pairs {
		all.WriteString(p.ZH + "\n" + p.EN + "\n")
	}
	for _, boiler := range []string{"file://", "1/3", "2/3", "Research note", " PM"} {
		if strings.Contains(all.String(), boiler) {
			t.Errorf("boilerplate %q came through", boiler)
		}
	}
	if len(a.Pairs) != 11 {
		for _, p := range a.Pairs {
			t.Logf("%.30q | %.40q", p.ZH, p.EN)
		}
		t.Fatalf("%d pairs, want the heading and ten paragraphs", len(a.Pairs))
	}
	first := a.Pairs[1]
	if !strings.HasPrefix(first.ZH, "说它精密") || !strings.HasSuffix(first.ZH, "深入做工作。") || strings.Contains(first.ZH, " ") {
		t.Errorf("first Chinese paragraph %q: lines not joined as one, or joined with spaces", first.ZH)
	}
	if !strings.HasPrefix(first.EN, "Delicate because") || !strings.HasSuffix(first.EN, "work.") {
		t.Errorf("first English paragraph %q", first.EN)
	}
	last := a.Pairs[len(a.Pairs)-1]
	if !strings.HasSuffix(last.ZH, "措辞。”") || !strings.Contains(last.EN, "Drummond") {
		t.Errorf("last pair %q / %q: a paragraph cut by a page break not joined?", last.ZH, last.EN)
	}
}

func TestPDFParagraphs(t *testing.T) {
	// Two pages of 12-point lines 14 points apart, 72 to 540 wide.
	line := func(y float64, x0, x1 float64, text string) pdfLine { return pdfLine{x0, y, x1, y + 12, text} }
	pages := [][]pdfLine{{
		line(20, 72, 300, "Weekly | Page 1"),
		line(40, 72, 400, "Not advice: read the disclosures."),
		line(80, 72, 540, "A line that runs the whole width of the page, as the text is set."),
		line(94, 72, 200, "The end of it."),
		line(120, 72, 540, "A paragraph after a wider space, and not a short line before it."),
		line(134, 72, 540, "Another para-"),
		line(148, 90, 540, "Indented: a new paragraph that goes on across the page to the very"),
		line(162, 72, 540, "end of the line"),
		line(760, 300, 310, "1"),
	}, {
		line(20, 72, 300, "Weekly | Page 2"),
		line(40, 72, 400, "Not advice: read the disclosures."),
		line(80, 72, 540, "without a stop at the page break and ends here."),
		line(760, 300, 310, "2"),
	}}
	got := pdfParagraphs(pages)
	want := []string{
		"A line that runs the whole width of the page, as the text is set. The end of it.",
		"A paragraph after a wider space, and not a short line before it. Another para-",
		"Indented: a new paragraph that goes on across the page to the very end of the line without a stop at the page break and ends here.",
	}
	if len(got) != len(want) {
		t.Fatalf("paragraphs %q, want %q", got, want)
	}
	for i := range want {
		if got[i][0] != want[i] {
			t.Errorf("paragraph %d %q, want %q", i, got[i][0], want[i])
		}
	}
	if j := joinPDFLines("inter-", "national"); j != "international" {
		t.Errorf("a hyphenated word joined as %q", j)
	}
	if j := joinPDFLines("说它精密，", "是因为"); j != "说它精密，是因为" {
		t.Errorf("Chinese lines joined as %q", j)
	}
}

func TestParsePDFErrors(t *testing.T) {
	needPDFReader(t)
	for _, tc := range []struct {
		name string
		data string
		want error
	}{
		{"a cut PDF", "%PDF-1.7\n1 0 obj\n<< /Type /Catalog", ErrDocument},
		{"no text layer", emptyPDF, ErrNoText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse([]byte(tc.data)); !errors.Is(err, tc.want) {
				t.Errorf("Parse: %v, want %v", err, tc.want)
			}
		})
	}
}

// emptyPDF is a valid one-page PDF with nothing on the page, as a scan
// without a text layer reads.
const emptyPDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
	"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

// FuzzPDFLayout reads arbitrary text as pdftotext -bbox-layout's output:
// paragraphs of non-empty lines, never a panic.
// TestPDFLinePieces reads a page as pdftotext gives one set justified
// with wide spaces, in short paragraphs (see testdata/pair): a line cut
// into pieces a word each is one line again; the running header's date
// and title, far apart on one line, stay two lines and are dropped as
// repeated; and paragraphs of one or two lines, whose gaps outnumber the
// gaps between lines, are told apart all the same.
func TestPDFLinePieces(t *testing.T) {
	box := func(x0, y, x1 float64, word string) string {
		return fmt.Sprintf(`<line xMin="%g" yMin="%g" xMax="%g" yMax="%g"><word>%s</word></line>`, x0, y, x1, y+16, word)
	}
	var page strings.Builder
	page.WriteString("<page>" + box(24, 15, 92, "12/2/26,") + box(339, 15, 371, "Note"))
	y := 100.0
	for p := range 4 {
		if p == 1 { // a justified line cut into pieces
			page.WriteString(box(28, y, 80, "Others,") + box(97, y, 150, "though,") + box(167, y, 584, "castigated travellers for intolerance"))
		} else {
			page.WriteString(box(28, y, 584, fmt.Sprintf("Paragraph %d runs the whole width of the line", p)))
		}
		page.WriteString(box(28, y+18, 300, fmt.Sprintf("and ends short %d.", p)))
		y += 18 + 16 + 30 // the second line, then the space between paragraphs
	}
	page.WriteString("</page>")
	second := strings.NewReplacer("12/2/26,", "12/3/26,", "Paragraph", "Section", "ends short", "stops short", "Others", "Some").Replace(page.String())
	doc := "<doc>" + page.String() + second + "</doc>"
	got := pdfParagraphs(pdfLines(doc))
	if len(got) != 8 {
		t.Fatalf("%d paragraphs, want 8: %q", len(got), got)
	}
	if want := "Others, though, castigated travellers for intolerance and ends short 1."; got[1][0] != want {
		t.Errorf("the cut line reads %q, want %q", got[1][0], want)
	}
	for _, p := range got {
		if strings.Contains(p[0], "12/") || strings.Contains(p[0], "Note") {
			t.Errorf("the running header came through: %q", p[0])
		}
	}
}

func FuzzPDFLayout(f *testing.F) {
	f.Add(`<doc><page><flow><block><line xMin="72" yMin="80" xMax="540" yMax="92"><word>Text</word><word>line.</word></line></block></flow></page></doc>`)
	f.Add(`<doc><page><line xMin="72" yMin="80" xMax="300" yMax="92"><word>说它精密，</word></line><line xMin="72" yMin="60" xMax="x" yMax="72"><word>是</word></line></page><page></page></doc>`)
	f.Fuzz(func(t *testing.T, xhtml string) {
		for _, p := range pdfParagraphs(pdfLines(xhtml)) {
			if len(p) != 1 || strings.TrimSpace(p[0]) == "" {
				t.Fatalf("paragraph %q", p)
			}
		}
	})
}

// TestParsePDFColumns reads the same note set in two columns a page: the
// paragraphs come in reading order, down one column and then the next,
// the same eleven pairs as from one column.
func TestParsePDFColumns(t *testing.T) {
	needPDFReader(t)
	read := func(name string) *Article {
		data, err := os.ReadFile("testdata/pdf/" + name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return a
	}
	one, two := read("research_note.pdf"), read("research_note_columns.pdf")
	if len(two.Pairs) != len(one.Pairs) {
		for _, p := range two.Pairs {
			t.Logf("%.30q | %.40q", p.ZH, p.EN)
		}
		t.Fatalf("%d pairs from two columns, %d from one", len(two.Pairs), len(one.Pairs))
	}
	// Lines break at other places in narrower columns, so a space may come
	// or go where a line ends next to a figure, and a compound cut at its
	// hyphen ("in-" "depth") is read as one hyphenated word; the words and
	// their order are the same.
	bare := func(s string) string { return strings.ReplaceAll(strings.Join(strings.Fields(s), ""), "-", "") }
	for i := range one.Pairs {
		if bare(two.Pairs[i].ZH) != bare(one.Pairs[i].ZH) || bare(two.Pairs[i].EN) != bare(one.Pairs[i].EN) {
			t.Errorf("pair %d from two columns:\n%q\n%q\nfrom one:\n%q\n%q", i, two.Pairs[i].ZH, two.Pairs[i].EN, one.Pairs[i].ZH, one.Pairs[i].EN)
		}
	}
}
