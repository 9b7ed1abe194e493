package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// CSVHeader is the first row of a CSV export.
var CSVHeader = []string{"article_id", "title", "date", "language", "paragraph", "quote", "counterpart_quote", "color", "tags", "note"}

// CSV writes one row per annotation (RFC 4180: CRLF line ends, fields quoted
// where needed, UTF-8). Paragraphs count from 1; tags are joined with "; ".
// A cell of the reader's or the article's text (title, quote, counterpart
// quote, tags, note) that begins with =, +, -, @, a tab or a carriage
// return gets a single quote in front (see textCell), so that a
// spreadsheet shows it instead of running it as a formula; "-3%" comes out
// as "'-3%". The cells Tandem makes (id, date, language, paragraph,
// colour) are written as they are.
func CSV(w io.Writer, items []Item) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, it := range items {
		for _, an := range it.Annotations {
			counterpart := ""
			if an.Counterpart != nil {
				counterpart = an.Counterpart.Exact
			}
			row := []string{
				it.Article.ID, textCell(it.Article.Title), it.Article.Date, string(an.Target.Lang),
				strconv.Itoa(an.Target.Pair + 1), textCell(an.Target.Exact), textCell(counterpart), string(an.Color),
				textCell(strings.Join(an.Tags, "; ")), textCell(an.Note),
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// textCell keeps a cell of text from being read as a formula, the way
// OWASP's "CSV Injection" page advises: Excel, LibreOffice and Google
// Sheets evaluate a cell that begins with =, +, - or @ (=HYPERLINK opens
// a link, =cmd|... ran programs in old Excel), and a leading tab or
// carriage return can hide such a character (a lone carriage return is
// even dropped on the way out, since rows end in CRLF). A single quote in
// front makes the spreadsheet take the rest as text. Every such cell is
// escaped, figures like "-3%" included: one stays readable with the quote,
// and telling a figure from a formula is the guess that cannot be trusted.
func textCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
