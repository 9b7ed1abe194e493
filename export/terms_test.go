package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"reflect"
	"testing"

	"tandem/dict"
)

var testTerms = []dict.TermPair{
	{ZH: "投资", EN: "capital spending", Added: "2026-01-02", Note: "capex <not> investment & co"},
	{ZH: "降息", EN: "-rate cut"},
}

func TestTermsCSV(t *testing.T) {
	var b bytes.Buffer
	if err := TermsCSV(&b, testTerms); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	want := [][]string{TermsCSVHeader, {"投资", "capital spending", "2026-01-02", "capex <not> investment & co"}, {"降息", "'-rate cut", "", ""}}
	if err != nil || !reflect.DeepEqual(rows, want) {
		t.Errorf("rows %q, %v; want %q", rows, err, want)
	}
}

// TestTermsTMX reads the TMX back as XML and checks what TMX 1.4 asks: the
// header's attributes, and each unit's notes before its variants.
func TestTermsTMX(t *testing.T) {
	var b bytes.Buffer
	if err := TermsTMX(&b, testTerms); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		XMLName xml.Name `xml:"tmx"`
		Version string   `xml:"version,attr"`
		Header  struct {
			SrcLang      string `xml:"srclang,attr"`
			CreationTool string `xml:"creationtool,attr"`
			ToolVersion  string `xml:"creationtoolversion,attr"`
			SegType      string `xml:"segtype,attr"`
			OTMF         string `xml:"o-tmf,attr"`
			AdminLang    string `xml:"adminlang,attr"`
			DataType     string `xml:"datatype,attr"`
		} `xml:"header"`
		Units []struct {
			Created string   `xml:"creationdate,attr"`
			Notes   []string `xml:"note"`
			Tuvs    []struct {
				Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, b.String())
	}
	h := doc.Header
	if doc.Version != "1.4" || h.SrcLang != "zh-CN" || h.CreationTool == "" || h.ToolVersion == "" || h.SegType == "" || h.OTMF == "" || h.AdminLang == "" || h.DataType == "" {
		t.Errorf("header %+v of version %q", h, doc.Version)
	}
	if len(doc.Units) != 2 {
		t.Fatalf("%d units", len(doc.Units))
	}
	u := doc.Units[0]
	if u.Created != "20260102T000000Z" || !reflect.DeepEqual(u.Notes, []string{testTerms[0].Note}) || len(u.Tuvs) != 2 ||
		u.Tuvs[0].Lang != "zh-CN" || u.Tuvs[0].Seg != "投资" || u.Tuvs[1].Lang != "en" || u.Tuvs[1].Seg != "capital spending" {
		t.Errorf("first unit %+v", u)
	}
	if doc.Units[1].Created != "" || doc.Units[1].Tuvs[1].Seg != "-rate cut" {
		t.Errorf("second unit %+v", doc.Units[1])
	}
	if bytes.Index(b.Bytes(), []byte("<note>")) > bytes.Index(b.Bytes(), []byte("<tuv")) {
		t.Error("a note after a variant: TMX wants notes first")
	}
}
