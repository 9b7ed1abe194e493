package article

import (
	"archive/zip"
	"bytes"
	"errors"
	"reflect"
	"testing"
)

// makeEPUB builds an EPUB book from its files, the mimetype first and
// stored as the format asks; a nil content leaves the file out.
func makeEPUB(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "mimetype", Method: zip.Store})
	if err != nil {
		t.Fatal(err)
	}
	w.Write([]byte("application/epub+zip"))
	for _, name := range []string{"META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/text/ch 1.xhtml", "OEBPS/text/ch2.xhtml", "OEBPS/notes.xhtml"} {
		content, ok := files[name]
		if !ok {
			continue
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(content))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

const (
	epubContainer = `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">` +
		`<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`
	epubOPF = `<?xml version="1.0" encoding="UTF-8"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0">` +
		`<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>脱欧谈判</dc:title><dc:title>Brexit talks</dc:title>` +
		`<dc:creator>Ann Lee</dc:creator><dc:date>2019-10-01T00:00:00Z</dc:date><dc:publisher>Wire Books</dc:publisher></metadata>` +
		`<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>` +
		`<item id="c1" href="text/ch%201.xhtml" media-type="application/xhtml+xml"/>` +
		`<item id="c2" href="text/ch2.xhtml#start" media-type="application/xhtml+xml"/>` +
		`<item id="notes" href="notes.xhtml" media-type="application/xhtml+xml"/>` +
		`<item id="css" href="style.css" media-type="text/css"/></manifest>` +
		`<spine><itemref idref="nav"/><itemref idref="c2"/><itemref idref="c1"/><itemref idref="css"/><itemref idref="notes" linear="no"/></spine></package>`
	epubNav     = `<html xmlns="http://www.w3.org/1999/xhtml"><body><nav epub:type="toc"><ol><li><a href="text/ch2.xhtml">One</a></li></ol></nav><p>Contents</p></body></html>`
	epubChapter = `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Ch</title></head><body>`
)

// The text is from the WMT newstest2020 zh–en set (see
// internal/eval/testdata/wmt/README.md).
func TestParseEPUB(t *testing.T) {
	book := map[string]string{
		"META-INF/container.xml": epubContainer,
		"OEBPS/content.opf":      epubOPF,
		"OEBPS/nav.xhtml":        epubNav,
		"OEBPS/text/ch2.xhtml": epubChapter + `<h2>第一章</h2><p>欧盟主席让-克洛德·容克表示，他和巴尼耶正在尽一切努力达成协议，如果未能达成协议，错在英国。</p>` +
			`<p>EU President Jean-Claude Juncker said he and Barnier are doing everything they can for a deal and if they fail, it's Britain's fault.</p></body></html>`,
		"OEBPS/text/ch 1.xhtml": epubChapter + `<p>工党认为该计划是“停止无协议脱欧最简单、最民主的方式。”</p>` +
			`<p>Labour argued that the plan was the "simplest and most democratic way to stop no deal."</p><p>© 2019 Wire Books</p></body></html>`,
		"OEBPS/notes.xhtml": epubChapter + `<p>A note not in the reading order.</p></body></html>`,
	}
	a, err := Parse(makeEPUB(t, book))
	if err != nil {
		t.Fatal(err)
	}
	var zh, en []string
	for _, p := range a.Pairs {
		zh, en = append(zh, p.ZH), append(en, p.EN)
	}
	wantZH := []string{"第一章", "欧盟主席让-克洛德·容克表示，他和巴尼耶正在尽一切努力达成协议，如果未能达成协议，错在英国。", "工党认为该计划是“停止无协议脱欧最简单、最民主的方式。”"}
	wantEN := []string{"", "EU President Jean-Claude Juncker said he and Barnier are doing everything they can for a deal and if they fail, it's Britain's fault.", `Labour argued that the plan was the "simplest and most democratic way to stop no deal."`}
	if !reflect.DeepEqual(zh, wantZH) || !reflect.DeepEqual(en, wantEN) {
		t.Errorf("pairs\nzh %q\nen %q\nwant\nzh %q\nen %q", zh, en, wantZH, wantEN)
	}
	if a.Format != FormatEPUB || a.TitleZH != "脱欧谈判" || a.TitleEN != "Brexit talks" || a.Author != "Ann Lee" || a.Date != "2019-10-01" || a.Source != "Wire Books" {
		t.Errorf("format %q titles %q/%q author %q date %q source %q", a.Format, a.TitleZH, a.TitleEN, a.Author, a.Date, a.Source)
	}
}

func TestParseEPUBErrors(t *testing.T) {
	chapter := epubChapter + `<p>Text.</p></body></html>`
	book := func(change map[string]string) []byte {
		files := map[string]string{"META-INF/container.xml": epubContainer, "OEBPS/content.opf": epubOPF,
			"OEBPS/text/ch 1.xhtml": chapter, "OEBPS/text/ch2.xhtml": chapter}
		for k, v := range change {
			if v == "" {
				delete(files, k)
			} else {
				files[k] = v
			}
		}
		return makeEPUB(t, files)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"no container", book(map[string]string{"META-INF/container.xml": ""}), ErrDocument},
		{"a container naming nothing", book(map[string]string{"META-INF/container.xml": `<container><rootfiles/></container>`}), ErrDocument},
		{"a package that is not XML", book(map[string]string{"OEBPS/content.opf": `<package><metadata>`}), ErrDocument},
		{"a chapter missing", book(map[string]string{"OEBPS/text/ch2.xhtml": ""}), ErrDocument},
		{"no text", book(map[string]string{"OEBPS/text/ch 1.xhtml": epubChapter + `<p> </p>`, "OEBPS/text/ch2.xhtml": epubChapter + `<img src="cover.jpg"/>`}), ErrNoText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse(tc.data); !errors.Is(err, tc.want) {
				t.Errorf("Parse: %v, want %v", err, tc.want)
			}
		})
	}
	// A Word file is a zip too, and still reads as one.
	if a, err := Parse(makeDOCX(t, wpara("", "Text."))); err != nil || a.Format != FormatDOCX {
		t.Errorf("a Word file: %v, %v", a, err)
	}
}

// FuzzParseEPUB reads arbitrary package documents and chapters: an error
// or an article with pairs, never a panic.
func FuzzParseEPUB(f *testing.F) {
	f.Add(epubOPF, epubChapter+`<h2>第一章</h2><p>文字。</p><p>Text.</p></body></html>`)
	f.Add(`<package><manifest><item id="a" href="text/ch2.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>`, `<p>x</p>`)
	f.Add(`<package><spine><itemref idref="missing"/></spine></package>`, ``)
	f.Fuzz(func(t *testing.T, opf, chapter string) {
		a, err := Parse(makeEPUB(t, map[string]string{"META-INF/container.xml": epubContainer, "OEBPS/content.opf": opf,
			"OEBPS/text/ch 1.xhtml": chapter, "OEBPS/text/ch2.xhtml": chapter}))
		if err == nil && len(a.Pairs) == 0 {
			t.Error("an article without pairs")
		}
	})
}
