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
				it.Article.ID, it.Article.Title, it.Article.Date, string(an.Target.Lang),
				strconv.Itoa(an.Target.Pair + 1), an.Target.Exact, counterpart, string(an.Color),
				strings.Join(an.Tags, "; "), an.Note,
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
