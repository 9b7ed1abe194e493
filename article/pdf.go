package article

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// PDFs are read through poppler's pdftotext, which keeps the reading order
// of columns and reads the CID fonts Chinese PDFs embed; Tandem then takes
// out what a printed page adds to an article (running headers and footers,
// page numbers, a disclaimer on every page) and joins lines into
// paragraphs again, across page breaks too.

// ErrNoPDFReader means pdftotext is not installed.
var ErrNoPDFReader = errors.New("reading PDFs needs pdftotext: install poppler-utils (Debian and Ubuntu: apt install poppler-utils)")

// isPDF reports whether data is a PDF file.
func isPDF(data []byte) bool { return bytes.HasPrefix(data, []byte("%PDF-")) }

// pdfTimeout bounds the extraction of one PDF.
const pdfTimeout = time.Minute

// pdfDoc reads the text of a PDF into blocks, one paragraph a block.
func pdfDoc(data []byte) (doc, error) {
	d := doc{format: FormatPDF}
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		return d, ErrNoPDFReader
	}
	ctx, cancel := context.WithTimeout(context.Background(), pdfTimeout)
	defer cancel()
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, tool, "-bbox-layout", "-enc", "UTF-8", "-", "-")
	cmd.Stdin, cmd.Stdout, cmd.Stderr = bytes.NewReader(data), &limitedWriter{w: &out, left: 4 * MaxSize}, &errOut
	if err := cmd.Run(); err != nil {
		why := lastLine(errOut.String())
		switch {
		case ctx.Err() != nil:
			why = fmt.Sprintf("reading it took more than %v", pdfTimeout)
		case strings.Contains(why, "ncorrect password"), strings.Contains(why, "ncrypt"):
			why = "it is protected by a password"
		case why == "":
			why = err.Error()
		}
		return d, fmt.Errorf("%w: the PDF cannot be read: %s", ErrDocument, why)
	}
	if !utf8.Valid(out.Bytes()) {
		return d, fmt.Errorf("%w: the PDF's text is not UTF-8", ErrDocument)
	}
	d.blocks = pdfParagraphs(pdfLines(out.String()))
	if len(d.blocks) == 0 {
		return d, fmt.Errorf("%w: the PDF has no text layer (a scan?); Tandem does not read scanned pages yet", ErrNoText)
	}
	return d, nil
}

// lastLine is the last line pdftotext printed about its failure.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// limitedWriter fails past its limit.
type limitedWriter struct {
	w    *bytes.Buffer
	left int
}

func (l *limitedWriter) Write(p []byte) (int, error) {
	if len(p) > l.left {
		return 0, fmt.Errorf("%w: its text is over %d MB", ErrTooLarge, (4*MaxSize)>>20)
	}
	l.left -= len(p)
	return l.w.Write(p)
}

var (
	// pageNumber is a line that only numbers the page: "3", "3/12",
	// "Page 3 of 12", "- 3 -", "第3页".
	pageNumber = lazyRegexp(`(?i)^(?:page\s*)?[-–—]?\s*\d{1,4}\s*(?:(?:/|of|／)\s*\d{1,4})?\s*[-–—]?$|^第\s*\d{1,4}\s*页(?:\s*[/／共]\s*\d{1,4}\s*页?)?$`)
	// digits are replaced to find lines repeated with another number.
	digits = lazyRegexp(`\d+`)
)

// pdfLine is a line of a page as pdftotext -bbox-layout places it, in
// points from the top left.
type pdfLine struct {
	x0, y0, x1, y1 float64
	text           string
}

// pdfLines reads the pages and lines of pdftotext -bbox-layout's output,
// in its reading order (columns one after the other).
func pdfLines(xhtml string) [][]pdfLine {
	root, err := html.Parse(strings.NewReader(xhtml))
	if err != nil {
		return nil
	}
	var pages [][]pdfLine
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "page":
				pages = append(pages, nil)
			case "line":
				if len(pages) == 0 {
					pages = append(pages, nil)
				}
				l := pdfLine{x0: attrFloat(n, "xmin"), y0: attrFloat(n, "ymin"), x1: attrFloat(n, "xmax"), y1: attrFloat(n, "ymax")}
				var words []string
				for w := n.FirstChild; w != nil; w = w.NextSibling {
					if w.Type == html.ElementNode && w.Data == "word" && w.FirstChild != nil {
						words = append(words, w.FirstChild.Data)
					}
				}
				if l.text = strings.Join(strings.Fields(strings.Join(words, " ")), " "); l.text != "" {
					pages[len(pages)-1] = addPDFLine(pages[len(pages)-1], l)
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return pages
}

// addPDFLine adds a line to a page's lines. pdftotext cuts a justified
// line whose words are spread wide into pieces, one "line" a word or two
// at the same height; a piece that goes on the line before it, close on
// its right, is joined to it, or each piece would look like an indented
// paragraph of its own. Pieces farther apart than one and a half times the
// line's height (a running header's date and title, the lines of two
// columns side by side) stay apart.
func addPDFLine(lines []pdfLine, l pdfLine) []pdfLine {
	if n := len(lines); n > 0 {
		prev := &lines[n-1]
		height := prev.y1 - prev.y0
		if math.Abs(l.y0-prev.y0) < 1 && math.Abs(l.y1-prev.y1) < 1 && l.x0 >= prev.x1-1 && l.x0-prev.x1 < 1.5*height {
			prev.text = joinPDFLines(prev.text, l.text)
			prev.x1 = l.x1
			return lines
		}
	}
	return append(lines, l)
}

func attrFloat(n *html.Node, key string) float64 {
	for _, a := range n.Attr {
		if a.Key == key {
			f, _ := strconv.ParseFloat(a.Val, 64)
			return f
		}
	}
	return 0
}

// pdfParagraphs joins the lines of the pages into paragraphs. Lines
// repeated on most pages (running headers and footers, a disclaimer) and
// page numbers are dropped. A paragraph ends where the space before the
// next line is clearly wider than between its lines, where the next line
// is indented, or where a line stops well short of the right margin; one
// cut by a page or column break goes on unless it ended a sentence.
func pdfParagraphs(pages [][]pdfLine) [][]string {
	seen := map[string]int{}
	for _, p := range pages {
		once := map[string]bool{}
		for _, l := range p {
			if k := boilerplateKey(l.text); k != "" && !once[k] {
				once[k] = true
				seen[k]++
			}
		}
	}
	repeated := func(l string) bool {
		return len(pages) >= 2 && seen[boilerplateKey(l)] >= max(2, (len(pages)+1)/2)
	}
	var paras [][]string
	open := false // the last paragraph goes on
	for _, p := range pages {
		var lines []pdfLine
		for _, l := range p {
			if !repeated(l.text) && !pageNumber.MatchString(l.text) {
				lines = append(lines, l)
			}
		}
		lines = columnOrder(lines)
		geometry := columnGeometry(lines)
		for i, l := range lines {
			left, right, gap := geometry(i)
			if i > 0 {
				prev := lines[i-1]
				switch {
				case l.y0 < prev.y0-1: // a new column: like a new page
					open = open && !paragraphEnds(paras[len(paras)-1][0])
				case l.y0-prev.y1 > gap*1.5+1.5, l.x0 > left+(l.y1-l.y0)*1.2:
					open = false
				}
			}
			if open {
				last := paras[len(paras)-1]
				last[0] = joinPDFLines(last[0], l.text)
			} else {
				paras = append(paras, []string{l.text})
			}
			// A line well short of the right margin ends its paragraph.
			open = l.x1 >= left+(right-left)*0.85
		}
		if n := len(paras); n > 0 {
			open = open && !paragraphEnds(paras[n-1][0])
		}
	}
	return paras
}

// columnOrder puts the lines of a page set in two columns in reading
// order: pdftotext reads the lines of two columns that start at one height
// in turn, one from each. The columns are found by their gutter, an
// upright strip in the middle half of the page that at most one line in
// ten crosses, with running text on both sides (not a table's labels and
// figures); the lines that cross it (a heading over both columns) cut
// the page into bands, and each band is read down its left column, then
// down its right. A page with no gutter keeps pdftotext's order.
func columnOrder(lines []pdfLine) []pdfLine {
	if len(lines) < 4 {
		return lines
	}
	left, right := lines[0].x0, lines[0].x1
	for _, l := range lines {
		left, right = min(left, l.x0), max(right, l.x1)
	}
	const step = 2.0 // points a bucket
	cover := make([]int, int((right-left)/step)+1)
	for _, l := range lines {
		for b := int((l.x0 - left) / step); b <= int((l.x1-left)/step) && b < len(cover); b++ {
			cover[max(b, 0)]++
		}
	}
	// The widest run of buckets crossed by few lines, within the middle half.
	lo, hi := len(cover)/4, len(cover)*3/4
	best, bestLen, run := -1, 0, 0
	for b := lo; b < hi; b++ {
		if cover[b] <= max(1, len(lines)/10) {
			run++
			if run > bestLen {
				best, bestLen = b-run+1, run
			}
		} else {
			run = 0
		}
	}
	if bestLen*step < 6 {
		return lines
	}
	gutter := left + (float64(best)+float64(bestLen)/2)*step
	var l, r, spanning []pdfLine
	for _, ln := range lines {
		switch {
		case ln.x1 <= gutter:
			l = append(l, ln)
		case ln.x0 >= gutter:
			r = append(r, ln)
		default:
			spanning = append(spanning, ln)
		}
	}
	// Columns of text, not the labels and figures of a table: most lines
	// of each run across a good part of the page.
	if !textColumn(l, right-left) || !textColumn(r, right-left) {
		return lines
	}
	byY := func(a, b pdfLine) int { return cmp.Compare(a.y0, b.y0) }
	slices.SortStableFunc(l, byY)
	slices.SortStableFunc(r, byY)
	slices.SortStableFunc(spanning, byY)
	out := make([]pdfLine, 0, len(lines))
	for i := 0; i <= len(spanning); i++ {
		bottom := math.Inf(1)
		if i < len(spanning) {
			bottom = spanning[i].y0
		}
		for _, col := range []*[]pdfLine{&l, &r} {
			n := 0
			for n < len(*col) && (*col)[n].y0 < bottom {
				n++
			}
			out = append(out, (*col)[:n]...)
			*col = (*col)[n:]
		}
		if i < len(spanning) {
			out = append(out, spanning[i])
		}
	}
	return out
}

// textColumn reports whether lines are a column of running text: at
// least two, and at least half of them wider than a third of the page's width.
func textColumn(lines []pdfLine, width float64) bool {
	wide := 0
	for _, l := range lines {
		if l.x1-l.x0 > width/3 {
			wide++
		}
	}
	return len(lines) >= 2 && wide*2 >= len(lines)
}

// columnGeometry returns, for each line of a page, the margins and line
// spacing of its column: the lines from where the text goes back up the
// page (pdftotext reads columns one after the other) to where it does so
// again. A narrow column's lines all stop short of the page's right margin,
// and measured against the page each would end a paragraph. A line alone
// in its run is measured against the page.
func columnGeometry(lines []pdfLine) func(i int) (left, right, gap float64) {
	type geometry struct{ left, right, gap float64 }
	var page geometry
	page.left, page.right, page.gap = pageGeometry(lines)
	of := make([]geometry, len(lines))
	start := 0
	for i := range len(lines) + 1 {
		if i < len(lines) && (i == 0 || lines[i].y0 >= lines[i-1].y0-1) {
			continue
		}
		col := page
		if i-start >= 2 {
			col.left, col.right, col.gap = pageGeometry(lines[start:i])
		}
		for k := start; k < i; k++ {
			of[k] = col
		}
		start = i
	}
	return func(i int) (float64, float64, float64) { return of[i].left, of[i].right, of[i].gap }
}

// pageGeometry returns a page's text margins and the usual space between
// the lines of a paragraph: the lower quartile of the gaps between a line
// and the next. Not the median: on a page of short paragraphs most gaps
// are between paragraphs, and their median hid every paragraph break.
func pageGeometry(lines []pdfLine) (left, right, gap float64) {
	if len(lines) == 0 {
		return 0, 0, 0
	}
	left, right = lines[0].x0, lines[0].x1
	var gaps []float64
	for i, l := range lines {
		left, right = min(left, l.x0), max(right, l.x1)
		if i > 0 && l.y0 >= lines[i-1].y0 {
			gaps = append(gaps, max(0, l.y0-lines[i-1].y1))
		}
	}
	if len(gaps) > 0 {
		slices.Sort(gaps)
		gap = gaps[len(gaps)/4]
	}
	return left, right, gap
}

// paragraphEnds reports whether a paragraph's text ends a sentence.
func paragraphEnds(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?。！？…\"”’」』)）:：", r)
}

// boilerplateKey is a line with its numbers masked, to find the lines a
// page repeats; "" for a line that is too short to tell.
func boilerplateKey(l string) string {
	l = strings.Join(strings.Fields(l), " ")
	if utf8.RuneCountInString(l) < 3 {
		return ""
	}
	return digits.ReplaceAllString(l, "#")
}

// joinPDFLines joins two lines of one paragraph: a word hyphenated at the
// line's end is joined whole, Chinese without a space.
func joinPDFLines(a, b string) string {
	if strings.HasSuffix(a, "-") && len(a) > 1 {
		before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
		after, _ := utf8.DecodeRuneInString(b)
		if unicode.IsLower(before) && unicode.IsLower(after) {
			return a[:len(a)-1] + b
		}
	}
	return joinLines(a, b)
}
