package article

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrDocument means a file in a document format Tandem reads (a Word
// .docx) is damaged or holds no document.
var ErrDocument = errors.New("the document cannot be read")

// errNotZip means bytes that start like a zip archive are not one: they
// are read as text, which says what they are.
var errNotZip = errors.New("not a zip archive")

// maxDocumentXML bounds what a .docx's document may take unpacked: a
// small zip can unpack to gigabytes.
const maxDocumentXML = 4 * MaxSize

// isDOCX reports whether data is a zip archive, the container of a .docx.
func isDOCX(data []byte) bool { return bytes.HasPrefix(data, []byte("PK\x03\x04")) }

// docxDoc reads the paragraphs of a Word file (.docx: a zip holding
// word/document.xml) into blocks, one paragraph a block. A paragraph in
// the style Title or Heading 1 is the title in its language; other
// headings are paragraphs. Deleted text of tracked changes, field codes
// and footnote marks are left out; a line break in a paragraph is a line.
func docxDoc(data []byte) (doc, error) {
	d := doc{format: FormatDOCX}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return d, errNotZip
	}
	var body *zip.File
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			body = f
		}
	}
	if body == nil {
		return d, fmt.Errorf("%w: a zip archive without word/document.xml, so not a Word file (.docx)", ErrDocument)
	}
	rc, err := body.Open()
	if err != nil {
		return d, fmt.Errorf("%w: word/document.xml: %v", ErrDocument, err)
	}
	defer rc.Close()
	dec := xml.NewDecoder(&limitedReader{r: rc, left: maxDocumentXML})
	var para, style strings.Builder
	var lines []string
	inText, skip := false, 0
	flush := func() {
		lines = append(lines, para.String())
		para.Reset()
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return d, fmt.Errorf("%w: word/document.xml: %v", ErrDocument, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "p":
				para.Reset()
				style.Reset()
				lines = lines[:0]
			case "pStyle":
				for _, a := range t.Attr {
					if a.Name.Local == "val" {
						style.WriteString(a.Value)
					}
				}
			case "t":
				inText = true
			case "tab":
				para.WriteByte(' ')
			case "br", "cr":
				flush()
			case "del", "delText", "instrText", "footnoteReference", "endnoteReference":
				skip++
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "t":
				inText = false
			case "del", "delText", "instrText", "footnoteReference", "endnoteReference":
				skip--
			case "p":
				flush()
				d.addDOCXParagraph(lines, style.String())
			}
		case xml.CharData:
			if inText && skip == 0 {
				para.Write(t)
			}
		}
	}
	if len(d.blocks) == 0 {
		return d, fmt.Errorf("%w: the Word file has no text", ErrNoText)
	}
	return d, nil
}

// addDOCXParagraph adds one paragraph of a Word file, its lines as they
// were broken, in the named style.
func (d *doc) addDOCXParagraph(lines []string, style string) {
	var block []string
	for _, l := range lines {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			block = append(block, l)
		}
	}
	if len(block) == 0 {
		return
	}
	s := strings.ToLower(strings.ReplaceAll(style, " ", ""))
	if (s == "title" || s == "heading1") && len(block) == 1 && (d.meta.title.has(block[0]) || d.meta.title.add(block[0])) {
		d.dropped = append(d.dropped, block[0])
		return
	}
	d.blocks = append(d.blocks, block)
}

// limitedReader fails, rather than stops, past its limit: a document cut
// short would parse as a shorter one.
type limitedReader struct {
	r    io.Reader
	left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, fmt.Errorf("%w: it unpacks to more than %d MB", ErrTooLarge, maxDocumentXML>>20)
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}
