package export

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/testenv"
	"tandem/internal/w3ctest"
)

func items(t testing.TB) []Item {
	t.Helper()
	a, err := article.Parse(testenv.Seed(t))
	if err != nil {
		t.Fatal(err)
	}
	mk := func(lang article.Lang, quote string, c annotation.Color, note string, tags ...string) *annotation.Annotation {
		tg, err := annotation.FindQuote(a, lang, quote, 1)
		if err != nil {
			t.Fatal(err)
		}
		an := annotation.New(a, tg, c)
		an.Note = note
		for _, tag := range tags {
			an.AddTag(tag)
		}
		return an
	}
	orphan := mk(article.EN, "Amazon", annotation.Blue, "")
	orphan.Orphan = true
	return []Item{{Article: a, Annotations: []*annotation.Annotation{
		mk(article.ZH, "不具约束力", annotation.Pink, "Huang *hedges*, \"quietly\",\nsee the FT.", "denial", "AI chips"),
		mk(article.EN, "$1.4 trillion", annotation.Yellow, "", "number"),
		orphan,
	}}}
}

func TestW3CCollectionPassesTheMustsAndReadsBack(t *testing.T) {
	suite, err := w3ctest.FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	its := items(t)
	var buf bytes.Buffer
	if err := W3C(&buf, its); err != nil {
		t.Fatal(err)
	}
	for _, f := range suite.CheckCollection(buf.Bytes()) {
		t.Error(f)
	}
	back, err := ReadW3C(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, its[0].Annotations) {
		t.Errorf("reading the export back changed the annotations")
	}
	var again bytes.Buffer
	W3C(&again, its)
	if again.String() != buf.String() {
		t.Error("the same annotations exported twice differ")
	}
}

func TestReadW3CForms(t *testing.T) {
	an := items(t)[0].Annotations[0]
	one, _ := an.MarshalW3C()
	for name, doc := range map[string]string{
		"single": string(one),
		"array":  "[" + string(one) + "]",
		"page":   `{"type":"AnnotationPage","items":[` + string(one) + `]}`,
		"collection": `{"id":"urn:x","first":{"id":"urn:x#1","items":[` + string(one) + `],"type":"AnnotationPage"},` +
			`"label":{"en":["x"]},"type":"AnnotationCollection"}`,
		"collection with a stray page list": `{"type":"AnnotationCollection","items":[{"type":"Annotation"}],"first":{"items":[` + string(one) + `]}}`,
	} {
		got, err := ReadW3C([]byte(doc))
		if err != nil || len(got) != 1 || !reflect.DeepEqual(got[0], an) {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, doc := range map[string]string{
		"linked page": `{"type":"AnnotationCollection","first":"urn:x:page1"}`,
		"other type":  `{"type":"Note"}`,
		"bad item":    `[{"type":"Annotation"}]`,
		"not json":    `{`,
		"empty":       ``,
		"trailing":    "[" + string(one) + "] x",
		"bad first":   `{"type":"AnnotationCollection","first":{"items":[{"type":"Annotation"}]}}`,
		"array first": `{"type":"AnnotationCollection","first":[1,[2]]}`,
		"cut short":   `{"type":"AnnotationPage","items":[` + string(one),
	} {
		if _, err := ReadW3C([]byte(doc)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestReadW3CKeepsOrderAcrossChunks reads an export longer than the
// chunks it is decoded in: every annotation in its place, and a bad one
// named by its place in the list.
func TestReadW3CKeepsOrderAcrossChunks(t *testing.T) {
	an := items(t)[0].Annotations[0]
	n := 2*parseChunk + 7
	list := func(bad int) []byte {
		var doc bytes.Buffer
		doc.WriteString("[")
		for i := range n {
			c := an.Clone()
			c.Note = fmt.Sprint("note ", i)
			data, err := c.MarshalW3C()
			if err != nil {
				t.Fatal(err)
			}
			if i == bad {
				data = []byte(`{"type":"Note"}`)
			}
			if i > 0 {
				doc.WriteString(",")
			}
			doc.Write(data)
		}
		doc.WriteString("]")
		return doc.Bytes()
	}
	got, err := ReadW3C(list(-1))
	if err != nil || len(got) != n {
		t.Fatalf("read %d of %d: %v", len(got), n, err)
	}
	for i, g := range got {
		if g.Note != fmt.Sprint("note ", i) {
			t.Fatalf("annotation %d has note %q", i, g.Note)
		}
	}
	if _, err := ReadW3C(list(parseChunk + 4)); err == nil || !strings.Contains(err.Error(), fmt.Sprintf("annotation %d:", parseChunk+5)) {
		t.Errorf("a bad annotation after the first chunk: %v", err)
	}
}

// FuzzReadW3C reads any file as an export: an error, or annotations each
// of which writes out and reads back the same.
func FuzzReadW3C(f *testing.F) {
	an := items(f)[0].Annotations[0]
	one, _ := an.MarshalW3C()
	for _, doc := range []string{string(one), "[" + string(one) + "," + string(one) + "]",
		`{"type":"AnnotationPage","items":[` + string(one) + `]}`,
		`{"type":"AnnotationCollection","first":{"items":[` + string(one) + `]}}`,
		`{"type":"AnnotationCollection","first":"urn:x:page1"}`, `[{"type":"Annotation"}]`, `{`, ``, "[1,[2],{}]"} {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		list, err := ReadW3C(data)
		if err != nil {
			return
		}
		for _, a := range list {
			out, err := a.MarshalW3C()
			if err != nil {
				t.Fatalf("an annotation read cannot be written: %v", err)
			}
			back, err := annotation.ParseW3C(out)
			if err != nil || !reflect.DeepEqual(back, a) {
				t.Fatalf("an annotation read does not read back the same: %v", err)
			}
		}
	})
}

func TestMarkdownReadsLikeNotes(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, items(t)); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	for _, want := range []string{
		"# Nvidia CEO Jensen Huang is reported",
		"\n\nNvidia 执行长 Jensen Huang 被指称",
		"- Source: Avalaches\n- Date: 2026-02-05",
		"- Open in Tandem: <tandem://open/2026-02-05-fb404c39>",
		"> **中** 不具约束力\n>\n> **EN** In Parmy Olson’s",
		"#denial #AI-chips pink · ¶1 zh · [open in Tandem](tandem://open/2026-02-05-fb404c39#",
		"Huang *hedges*, \"quietly\",\nsee the FT.",
		"> **EN** $1.4 trillion",
		"## Orphaned highlights",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md)
		}
	}
	if strings.Index(md, "不具约束力") > strings.Index(md, "$1.4 trillion") {
		t.Error("highlights are not in reading order")
	}
	if strings.Index(md, "Orphaned") > strings.Index(md, "**EN** Amazon") {
		t.Error("the orphan is not under its heading")
	}
}

func TestCSVIsRFC4180(t *testing.T) {
	var buf bytes.Buffer
	if err := CSV(&buf, items(t)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "\r\n") {
		t.Error("rows do not end in CRLF")
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || !reflect.DeepEqual(rows[0], CSVHeader) {
		t.Fatalf("%d rows, header %v", len(rows), rows[0])
	}
	r := rows[1]
	want := []string{"2026-02-05-fb404c39", r[1], "2026-02-05", "zh", "1", "不具约束力", r[6], "pink", "denial; AI chips", "Huang *hedges*, \"quietly\",\nsee the FT."}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("row\n%q\nwant\n%q", r, want)
	}
	if !strings.Contains(r[6], "nonbinding") {
		t.Errorf("counterpart quote %q", r[6])
	}
}

func TestWriteByFormat(t *testing.T) {
	its := items(t)
	for _, tc := range []struct {
		format string
		write  func(io.Writer, []Item) error
	}{{"md", Markdown}, {"w3c", W3C}, {"csv", CSV}, {"html", func(w io.Writer, its []Item) error { return HTML(w, its, nil) }}} {
		t.Run(tc.format, func(t *testing.T) {
			var got, want bytes.Buffer
			if err := Write(&got, tc.format, its, nil); err != nil {
				t.Fatal(err)
			}
			tc.write(&want, its)
			if got.String() != want.String() || !slices.Contains(Formats, tc.format) {
				t.Errorf("Write %s differs from its writer, or Formats %v lacks it", tc.format, Formats)
			}
		})
	}
	if err := Write(io.Discard, "pdf", its, nil); !errors.Is(err, ErrFormat) || !strings.Contains(err.Error(), `"pdf"`) {
		t.Errorf("unknown format: %v", err)
	}
}
