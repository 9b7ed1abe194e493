package export

import (
	"bufio"
	"encoding/csv"
	"encoding/xml"
	"io"
	"strings"

	"tandem/dict"
)

// TermsCSVHeader is the first row of a term list exported as CSV.
var TermsCSVHeader = []string{"chinese", "english", "added", "note"}

// TermsCSV writes the reader's term list as CSV, one pair a row under
// TermsCSVHeader, as CSV writes annotations (RFC 4180, UTF-8, cells of
// text kept from being read as formulas).
func TermsCSV(w io.Writer, terms []dict.TermPair) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(TermsCSVHeader); err != nil {
		return err
	}
	for _, p := range terms {
		if err := cw.Write([]string{textCell(p.ZH), textCell(p.EN), p.Added, textCell(p.Note)}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// TMX language codes of the two sides.
const (
	tmxChinese = "zh-CN"
	tmxEnglish = "en"
)

// TermsTMX writes the reader's term list as a TMX 1.4 translation memory,
// which translation tools import as a glossary: one translation unit a
// pair, Chinese (zh-CN, the source language) then English, with the pair's
// date as the unit's creation date and its note as a note.
func TermsTMX(w io.Writer, terms []dict.TermPair) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	bw.WriteString(`<tmx version="1.4">` + "\n")
	bw.WriteString(`  <header creationtool="Tandem" creationtoolversion="1" segtype="phrase" o-tmf="Tandem" adminlang="en" srclang="` + tmxChinese + `" datatype="plaintext"/>` + "\n")
	bw.WriteString("  <body>\n")
	for _, p := range terms {
		bw.WriteString("    <tu")
		if date := strings.ReplaceAll(p.Added, "-", ""); len(date) == 8 {
			bw.WriteString(` creationdate="` + date + `T000000Z"`)
		}
		bw.WriteString(">\n")
		if p.Note != "" {
			bw.WriteString("      <note>")
			xml.EscapeText(bw, []byte(p.Note))
			bw.WriteString("</note>\n")
		}
		for _, side := range [][2]string{{tmxChinese, p.ZH}, {tmxEnglish, p.EN}} {
			bw.WriteString(`      <tuv xml:lang="` + side[0] + `"><seg>`)
			xml.EscapeText(bw, []byte(side[1]))
			bw.WriteString("</seg></tuv>\n")
		}
		bw.WriteString("    </tu>\n")
	}
	bw.WriteString("  </body>\n</tmx>\n")
	return bw.Flush()
}
