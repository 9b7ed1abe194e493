package adversarial

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"testing"

	"tandem/annotation"
	"tandem/article"
	"tandem/export"
)

// TestCSVCellsAreNeverFormulas: a title, quote, tag or note beginning with
// =, +, -, @, a tab or a carriage return once went into its CSV cell as it
// was, and a spreadsheet opening the export ran it as a formula
// (=HYPERLINK sends the reader off; =cmd|... ran programs in old Excel).
// Such text cells now start with a single quote, which spreadsheets read
// as "this is text"; every other cell is as it was.
func TestCSVCellsAreNeverFormulas(t *testing.T) {
	a := &article.Article{ID: "2026-02-05-fb404c39", Title: `=HYPERLINK("https://evil.example","click")`, Date: "2026-02-05"}
	hostile := &annotation.Annotation{
		Target:      annotation.Target{Lang: article.EN, Pair: 2, Exact: "-3% on the year"},
		Counterpart: &annotation.Target{Lang: article.ZH, Exact: "+3%"},
		Color:       annotation.Yellow,
		Tags:        []string{"@risk", "chips"},
		Note:        "\t=1+1",
	}
	plain := &annotation.Annotation{
		Target: annotation.Target{Lang: article.ZH, Pair: 0, Exact: "不具约束力"},
		Color:  annotation.Pink,
		Tags:   []string{"denial"},
		Note:   "Huang hedges; 3% = a lot",
	}
	carriage := &annotation.Annotation{
		Target: annotation.Target{Lang: article.EN, Pair: 0, Exact: "quote"},
		Color:  annotation.Blue,
		Note:   "\r=2+2",
	}
	var buf bytes.Buffer
	if err := export.CSV(&buf, []export.Item{{Article: a, Annotations: []*annotation.Annotation{hostile, plain, carriage}}}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(rows) != 4 {
		t.Fatalf("%d rows, %v", len(rows), err)
	}
	want := [][]string{
		export.CSVHeader,
		{"2026-02-05-fb404c39", `'=HYPERLINK("https://evil.example","click")`, "2026-02-05", "en", "3", "'-3% on the year", "'+3%", "yellow", "'@risk; chips", "'\t=1+1"},
		{"2026-02-05-fb404c39", `'=HYPERLINK("https://evil.example","click")`, "2026-02-05", "zh", "1", "不具约束力", "", "pink", "denial", "Huang hedges; 3% = a lot"},
		// With CRLF line ends encoding/csv drops a lone \r, so "\r=2+2"
		// would have come out as the formula =2+2.
		{"2026-02-05-fb404c39", `'=HYPERLINK("https://evil.example","click")`, "2026-02-05", "en", "1", "quote", "", "blue", "", "'=2+2"},
	}
	if !reflect.DeepEqual(rows, want) {
		t.Errorf("rows\n%q\nwant\n%q", rows, want)
	}
}
