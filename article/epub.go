package article

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
)

// errNotEPUB means a zip archive is not an EPUB book; it may be a Word file.
var errNotEPUB = errors.New("not an EPUB book")

// epubDoc reads the chapters of an EPUB book (a zip holding XHTML
// chapters, listed in reading order by the package document that
// META-INF/container.xml names) into blocks: each chapter's headings and
// paragraphs, as a saved web page's are read, navigation left out. The
// book's dc:title is its title, dc:creator its author, dc:date its date
// and dc:publisher its source. A zip that is not an EPUB gives errNotEPUB.
func epubDoc(data []byte) (doc, error) {
	d := doc{format: FormatEPUB}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return d, errNotZip
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	if files["META-INF/container.xml"] == nil {
		if files["mimetype"] != nil && files["word/document.xml"] == nil {
			return d, fmt.Errorf("%w: an EPUB without META-INF/container.xml", ErrDocument)
		}
		return d, errNotEPUB
	}
	budget := &limitedBudget{left: maxDocumentXML}
	var container struct {
		Rootfiles []struct {
			FullPath string `xml:"full-path,attr"`
		} `xml:"rootfiles>rootfile"`
	}
	if err := readXML(files, "META-INF/container.xml", budget, &container); err != nil {
		return d, err
	}
	if len(container.Rootfiles) == 0 {
		return d, fmt.Errorf("%w: META-INF/container.xml names no package document", ErrDocument)
	}
	opfPath := container.Rootfiles[0].FullPath
	var pkg epubPackage
	if err := readXML(files, opfPath, budget, &pkg); err != nil {
		return d, err
	}
	d.meta = pkg.meta()
	for _, href := range pkg.chapters() {
		name := epubPath(opfPath, href)
		text, err := readBounded(files, name, budget)
		if err != nil {
			return d, err
		}
		root, err := html.Parse(bytes.NewReader(text))
		if err != nil {
			continue // html.Parse accepts any input
		}
		var w blockWriter
		w.walk(root)
		w.flush()
		d.blocks = append(d.blocks, w.blocks...)
	}
	if len(d.blocks) == 0 {
		return d, fmt.Errorf("%w: the EPUB book has no text", ErrNoText)
	}
	return d, nil
}

// epubPackage is what Tandem reads of an EPUB's package document (OPF).
type epubPackage struct {
	Title     []string `xml:"metadata>title"`
	Creator   []string `xml:"metadata>creator"`
	Date      []string `xml:"metadata>date"`
	Publisher []string `xml:"metadata>publisher"`
	Items     []struct {
		ID         string `xml:"id,attr"`
		Href       string `xml:"href,attr"`
		MediaType  string `xml:"media-type,attr"`
		Properties string `xml:"properties,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef  string `xml:"idref,attr"`
		Linear string `xml:"linear,attr"`
	} `xml:"spine>itemref"`
}

// meta is the book's title, author, date and publisher.
func (p *epubPackage) meta() meta {
	var m meta
	first := func(vs []string) string {
		for _, v := range vs {
			if v = strings.Join(strings.Fields(v), " "); v != "" {
				return v
			}
		}
		return ""
	}
	for _, t := range p.Title {
		m.title.add(t) // one title in each language, when the book has both
	}
	m.author, m.source = first(p.Creator), first(p.Publisher)
	if date := first(p.Date); len(date) >= 10 && validDate(date[:10]) {
		m.date = date[:10]
	}
	return m
}

// chapters lists the hrefs of the XHTML chapters in reading order: the
// spine's items, without those marked non-linear and the navigation
// document.
func (p *epubPackage) chapters() []string {
	byID := map[string]int{}
	for i, it := range p.Items {
		byID[it.ID] = i
	}
	var hrefs []string
	for _, ref := range p.Spine {
		i, ok := byID[ref.IDRef]
		if !ok || ref.Linear == "no" {
			continue
		}
		it := p.Items[i]
		if strings.Contains(" "+it.Properties+" ", " nav ") ||
			it.MediaType != "application/xhtml+xml" && it.MediaType != "text/html" {
			continue
		}
		hrefs = append(hrefs, it.Href)
	}
	return hrefs
}

// epubPath is the name in the zip of href, relative to the package
// document at opf.
func epubPath(opf, href string) string {
	href, _, _ = strings.Cut(href, "#")
	if u, err := url.PathUnescape(href); err == nil {
		href = u
	}
	return path.Join(path.Dir(opf), href)
}

// limitedBudget is what is left of the bytes a book may unpack to.
type limitedBudget struct{ left int64 }

// readBounded reads a file of the zip within the budget.
func readBounded(files map[string]*zip.File, name string, budget *limitedBudget) ([]byte, error) {
	f := files[name]
	if f == nil {
		return nil, fmt.Errorf("%w: the EPUB lists %s, which it does not hold", ErrDocument, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrDocument, name, err)
	}
	defer rc.Close()
	lr := &limitedReader{r: rc, left: budget.left}
	data, err := io.ReadAll(lr)
	budget.left = lr.left
	if err != nil {
		if errors.Is(err, ErrTooLarge) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %s: %v", ErrDocument, name, err)
	}
	return data, nil
}

// readXML reads a file of the zip as XML into v.
func readXML(files map[string]*zip.File, name string, budget *limitedBudget, v any) error {
	data, err := readBounded(files, name, budget)
	if err != nil {
		return err
	}
	if err := xml.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrDocument, name, err)
	}
	return nil
}
