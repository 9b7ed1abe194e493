package article

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// makeDOCX builds a Word file whose body is the given XML paragraphs.
func makeDOCX(t testing.TB, body string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` + body + `</w:body></w:document>`,
	} {
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

// wpara is a Word paragraph in a style ("" for none) with runs of text.
func wpara(style string, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if style != "" {
		fmt.Fprintf(&b, `<w:pPr><w:pStyle w:val="%s"/></w:pPr>`, style)
	}
	for _, r := range runs {
		fmt.Fprintf(&b, `<w:r><w:t xml:space="preserve">%s</w:t></w:r>`, r)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// The text is from the WMT newstest2019 zh–en set (see
// internal/eval/testdata/wmt/README.md): a published translation.
func TestParseDOCX(t *testing.T) {
	body := wpara("Title", "精密的工程") + wpara("Heading1", "Delicate engineering") +
		wpara("", "说它精密，是因为工程团队需要确保偏差非常之小，", "每边只有几毫米。") +
		wpara("", "但是，我认为他的热情暗示了某些相反的东西。") +
		`<w:p><w:r><w:delText>删掉的字</w:delText></w:r><w:r><w:instrText>PAGE</w:instrText></w:r></w:p>` +
		wpara("", "Delicate because the tolerances the team were working to were tiny - just a few millimetres either way.") +
		wpara("", "To me, his enthusiasm implied the opposite.")
	a, err := Parse(makeDOCX(t, body))
	if err != nil {
		t.Fatal(err)
	}
	if a.Format != FormatDOCX || a.TitleZH != "精密的工程" || a.TitleEN != "Delicate engineering" || a.Title != "Delicate engineering" {
		t.Errorf("format %q, titles %q / %q / %q", a.Format, a.Title, a.TitleZH, a.TitleEN)
	}
	if len(a.Pairs) != 2 {
		t.Fatalf("%d pairs, want 2: %+v", len(a.Pairs), a.Pairs)
	}
	if a.Pairs[0].ZH != "说它精密，是因为工程团队需要确保偏差非常之小，每边只有几毫米。" || !strings.HasPrefix(a.Pairs[0].EN, "Delicate because") {
		t.Errorf("first pair %q / %q", a.Pairs[0].ZH, a.Pairs[0].EN)
	}
	for _, p := range a.Pairs {
		if strings.Contains(p.ZH+p.EN, "删掉") || strings.Contains(p.ZH+p.EN, "PAGE") {
			t.Errorf("deleted text or a field code came through: %q", p.ZH+p.EN)
		}
	}
}

func TestParseDOCXErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want error
	}{
		{"a zip that is no Word file", func() []byte {
			var b bytes.Buffer
			zw := zip.NewWriter(&b)
			w, _ := zw.Create("hello.txt")
			w.Write([]byte("hi"))
			zw.Close()
			return b.Bytes()
		}(), ErrDocument},
		{"a cut zip reads as binary", makeDOCX(t, wpara("", "Text."))[:40], ErrBinary},
		{"broken XML", makeDOCX(t, "<w:p><w:r><w:t>Text</w:p>"), ErrDocument},
		{"no text", makeDOCX(t, wpara("", "   ")), ErrNoText},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Parse(tc.data); !errors.Is(err, tc.want) {
				t.Errorf("Parse: %v, want %v", err, tc.want)
			}
		})
	}
}

// FuzzParseDOCX reads arbitrary bytes as a Word file's document: an error
// or an article, never a panic.
func FuzzParseDOCX(f *testing.F) {
	f.Add(wpara("Title", "标题") + wpara("", "文字。") + wpara("", "Text."))
	f.Add("<w:p><w:r><w:delText>x</w:delText></w:r></w:p>")
	f.Add("<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t></w:r></w:p>")
	f.Fuzz(func(t *testing.T, body string) {
		a, err := Parse(makeDOCX(t, body))
		if err == nil && len(a.Pairs) == 0 {
			t.Error("an article without pairs")
		}
	})
}
