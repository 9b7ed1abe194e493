package article

import (
	"bufio"
	"errors"
	"fmt"
	"html"
	"os"
	"strings"
	"testing"
	"unicode"
)

// wmtRow is one segment of the WMT newstest2020 zh–en set: a Chinese
// paragraph and its published English translation (see
// internal/eval/testdata/wmt/README.md).
type wmtRow struct{ ref, zh, en string }

func readWMT(t testing.TB) []wmtRow {
	t.Helper()
	f, err := os.Open("../internal/eval/testdata/wmt/newstest2020.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows []wmtRow
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if f := strings.Split(sc.Text(), "\t"); len(f) == 3 {
			rows = append(rows, wmtRow{f[0], f[1], f[2]})
		}
	}
	if len(rows) < 100 {
		t.Fatalf("%d WMT rows", len(rows))
	}
	return rows
}

// para is one paragraph of a version and the gold name of its row: the
// paragraphs of the two versions with one gold name translate each other.
type para struct{ gold, text string }

// version lays paragraphs out as one file of a format.
func version(t testing.TB, format, title string, ps []para) []byte {
	var b strings.Builder
	switch format {
	case "txt":
		if title != "" {
			b.WriteString(title + "\n\n")
		}
		for _, p := range ps {
			b.WriteString(p.text + "\n\n")
		}
	case "md":
		fmt.Fprintf(&b, "# %s\n\n", title)
		for _, p := range ps {
			b.WriteString(p.text + "\n\n")
		}
	case "html":
		fmt.Fprintf(&b, `<!doctype html><html><head><meta charset="utf-8"><title>%s</title>`+
			`<meta property="article:published_time" content="2020-11-03T08:00:00Z"></head><body><h1>%s</h1>`, html.EscapeString(title), html.EscapeString(title))
		for _, p := range ps {
			fmt.Fprintf(&b, "<p>%s</p>\n", html.EscapeString(p.text))
		}
		b.WriteString("</body></html>\n")
	case "docx":
		body := wpara("Title", title)
		for _, p := range ps {
			body += wpara("", html.EscapeString(p.text))
		}
		return makeDOCX(t, body)
	default:
		t.Fatalf("no format %q", format)
	}
	return []byte(b.String())
}

// rowsAs returns rows from..to-1 in one language as paragraphs.
func rowsAs(rows []wmtRow, l Lang, from, to int) []para {
	var out []para
	for _, r := range rows[from:to] {
		text := r.en
		if l == ZH {
			text = r.zh
		}
		out = append(out, para{r.ref, text})
	}
	return out
}

// insert returns ps with p inserted before index i.
func insert(ps []para, i int, p para) []para {
	out := append([]para{}, ps[:i]...)
	out = append(out, p)
	return append(out, ps[i:]...)
}

// pairCase is two versions of one article and what pairing them must give.
type pairCase struct {
	name             string
	nameA, nameB     string
	a, b             []byte
	zh, en           []para // the gold paragraphs of each version, in order
	titleZH, titleEN string
	date             string
}

func pairCases(t testing.TB) []pairCase {
	rows := readWMT(t)
	var cases []pairCase
	add := func(name, fa, fb string, la Lang, zh, en []para, titleZH, titleEN string) {
		za, eb := zh, en
		ta, tb := titleZH, titleEN
		if la == EN {
			za, eb, ta, tb = en, zh, titleEN, titleZH
		}
		// A plain text file has no title of its own: its title line is
		// a paragraph, which the other version has no counterpart of.
		fz, fe := fa, fb
		if la == EN {
			fz, fe = fb, fa
		}
		if fz == "txt" && titleZH != "" {
			zh = append([]para{{"title-zh", titleZH}}, zh...)
		}
		if fe == "txt" && titleEN != "" {
			en = append([]para{{"title-en", titleEN}}, en...)
		}
		cases = append(cases, pairCase{
			name: name, nameA: name + "-a." + fa, nameB: name + "-b." + fb,
			a: version(t, fa, ta, za), b: version(t, fb, tb, eb),
			zh: zh, en: en, titleZH: titleZH, titleEN: titleEN,
		})
	}
	// A Chinese text file whose title is a first paragraph of its own
	// against a Word file with a Title: the title row is Chinese only.
	zh := rowsAs(rows, ZH, 0, 12)
	add("txt-docx", "txt", "docx", ZH, zh, rowsAs(rows, EN, 0, 12), "新闻摘译：堕胎等待期之争", "News digest: the waiting-period dispute")
	// English HTML given first, Chinese Markdown second.
	add("html-md", "html", "md", EN, rowsAs(rows, ZH, 20, 35), rowsAs(rows, EN, 20, 35), "法院与等待期", "The court and the waiting period")
	// An extra paragraph in the English version only.
	en := insert(rowsAs(rows, EN, 40, 52), 5, para{"extra", rows[200].en})
	add("extra-en", "txt", "txt", ZH, rowsAs(rows, ZH, 40, 52), en, "", "")
	// An extra paragraph in the Chinese version, and one English paragraph
	// missing.
	zh = insert(rowsAs(rows, ZH, 60, 75), 8, para{"extra", rows[210].zh})
	en = append(rowsAs(rows, EN, 60, 70), rowsAs(rows, EN, 71, 75)...)
	add("extra-zh-missing-en", "md", "html", ZH, zh, en, "两个版本", "Two versions")
	return cases
}

// pdfCase pairs the Chinese PDF of testdata/pair (rows 1–30 printed by
// Chromium, with its header and footer on the page) with an English HTML
// page, given first.
func pdfCase(t testing.TB) pairCase {
	rows := readWMT(t)
	data, err := os.ReadFile("testdata/pair/note_zh.pdf")
	if err != nil {
		t.Fatal(err)
	}
	en := rowsAs(rows, EN, 0, 30)
	return pairCase{
		name: "pdf-html", nameA: "note_en.html", nameB: "note_zh.pdf",
		a: version(t, "html", "News digest", en), b: data,
		zh: append([]para{{"title-zh", "新闻摘译"}}, rowsAs(rows, ZH, 0, 30)...), en: en,
		titleZH: "新闻摘译", titleEN: "News digest", date: "2020-11-03",
	}
}

// key is what identifies a paragraph across formats: its first letters,
// without spaces and punctuation (a PDF's text may differ in those).
func key(s string) string {
	var b []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b = append(b, r)
		}
		if len(b) == 12 {
			break
		}
	}
	return string(b)
}

// pairingF1 scores the paragraph pairs of a against the gold: a link is a
// Chinese and an English paragraph in one row (a row of joined
// paragraphs links each with each).
func pairingF1(t *testing.T, a *Article, zh, en []para) (f1 float64, got, want, right int) {
	gold := func(ps []para) map[string]string {
		m := map[string]string{}
		for _, p := range ps {
			m[key(p.text)] = p.gold
		}
		return m
	}
	gz, ge := gold(zh), gold(en)
	names := func(text string, g map[string]string) []string {
		var out []string
		for _, s := range strings.Split(text, "\n") {
			if s == "" {
				continue
			}
			n, ok := g[key(s)]
			if !ok {
				t.Errorf("paragraph %.40q is in no version", s)
			}
			out = append(out, n)
		}
		return out
	}
	for _, p := range a.Pairs {
		for _, z := range names(p.ZH, gz) {
			for _, e := range names(p.EN, ge) {
				got++
				if z == e {
					right++
				} else {
					t.Logf("wrong link: zh %s with en %s", z, e)
				}
			}
		}
	}
	for g := range gz {
		for e := range ge {
			if gz[g] == ge[e] {
				want++
			}
		}
	}
	if got == 0 || want == 0 || right == 0 {
		return 0, got, want, right
	}
	p, r := float64(right)/float64(got), float64(right)/float64(want)
	return 2 * p * r / (p + r), got, want, right
}

func TestParsePair(t *testing.T) {
	cases := pairCases(t)
	if _, err := os.Stat("testdata/pair/note_zh.pdf"); err == nil && hasPDFReader(t) {
		cases = append(cases, pdfCase(t))
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, vs, err := ParsePair(tc.nameA, tc.a, tc.nameB, tc.b)
			if err != nil {
				t.Fatal(err)
			}
			if vs[0].Lang == vs[1].Lang {
				t.Errorf("versions %v", vs)
			}
			if err := a.Check(); err != nil {
				t.Fatal(err)
			}
			if a.Format != FormatPair {
				t.Errorf("format %q", a.Format)
			}
			f1, got, want, right := pairingF1(t, a, tc.zh, tc.en)
			t.Logf("paragraph pairing F1 %.3f (%d right of %d found, %d in the gold)", f1, right, got, want)
			if f1 < 0.95 {
				for _, p := range a.Pairs {
					t.Logf("%.24q | %.40q", p.ZH, p.EN)
				}
				t.Errorf("F1 %.3f, want ≥ 0.95", f1)
			}
			if tc.titleZH != "" && a.TitleZH != tc.titleZH {
				t.Errorf("TitleZH %q, want %q", a.TitleZH, tc.titleZH)
			}
			if tc.titleEN != "" && a.TitleEN != tc.titleEN {
				t.Errorf("TitleEN %q, want %q", a.TitleEN, tc.titleEN)
			}
			if tc.date != "" && a.Date != tc.date {
				t.Errorf("date %q, want %q", a.Date, tc.date)
			}
			// The other order gives the same article.
			b, _, err := ParsePair(tc.nameB, tc.b, tc.nameA, tc.a)
			if err != nil || b.ID != a.ID || !samePairs(a, b) {
				t.Errorf("the other order gives another article (%v)", err)
			}
		})
	}
}

func samePairs(a, b *Article) bool {
	if len(a.Pairs) != len(b.Pairs) {
		return false
	}
	for i := range a.Pairs {
		if a.Pairs[i].ZH != b.Pairs[i].ZH || a.Pairs[i].EN != b.Pairs[i].EN {
			return false
		}
	}
	return true
}

func TestParsePairErrors(t *testing.T) {
	rows := readWMT(t)
	en1 := version(t, "txt", "", rowsAs(rows, EN, 0, 5))
	en2 := version(t, "html", "Other", rowsAs(rows, EN, 5, 10))
	zh := version(t, "txt", "", rowsAs(rows, ZH, 0, 5))
	both := []byte(strings.Join([]string{rows[0].zh, rows[1].zh, rows[0].en, rows[1].en}, "\n\n"))
	for _, tc := range []struct {
		name         string
		nameA, nameB string
		a, b         []byte
		want         error
		names        []string // the files the error must name
	}{
		{"same language", "one.txt", "two.html", en1, en2, ErrSameLanguage, []string{"one.txt", "two.html"}},
		{"binary", "zh.txt", "photo.jpg", zh, []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00"), ErrBinary, []string{"photo.jpg"}},
		{"empty first", "empty.txt", "zh.txt", nil, zh, ErrEmpty, []string{"empty.txt"}},
		{"blank", "zh.txt", "blank.md", zh, []byte(" \n\n \n"), ErrEmpty, []string{"blank.md"}},
		{"bilingual", "digest.txt", "en.txt", both, en1, ErrBothLanguages, []string{"digest.txt"}},
		{"no text", "zh.txt", "rule.txt", zh, []byte("-----\n\n*****\n"), ErrNoText, []string{"rule.txt"}},
		{"broken docx", "zh.txt", "broken.docx", zh, []byte("PK\x03\x04 not really a zip"), nil, []string{"broken.docx"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, _, err := ParsePair(tc.nameA, tc.a, tc.nameB, tc.b)
			if err == nil {
				t.Fatalf("no error; %d pairs", len(a.Pairs))
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
			for _, n := range tc.names {
				if !strings.Contains(err.Error(), n) {
					t.Errorf("error %q does not name %s", err, n)
				}
			}
		})
	}
}

func FuzzParsePair(f *testing.F) {
	for _, tc := range pairCases(f) {
		f.Add(tc.a, tc.b)
	}
	f.Add([]byte("中文。\n\n第二段。"), []byte("English.\n\nSecond."))
	f.Add([]byte(""), []byte("x"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		art, vs, err := ParsePair("a", a, "b", b)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "a") && !strings.HasPrefix(err.Error(), "b") {
				t.Fatalf("error %q names no file", err)
			}
			return
		}
		if vs[0].Lang == vs[1].Lang || !vs[0].Lang.Valid() || !vs[1].Lang.Valid() {
			t.Fatalf("versions %v", vs)
		}
		if !idPattern.MatchString(art.ID) {
			t.Errorf("ID %q", art.ID)
		}
		if err := art.Check(); err != nil {
			t.Fatal(err)
		}
		// Each version's paragraphs stay in its column, in order.
		zh, en := a, b
		if vs[0].Lang == EN {
			zh, en = b, a
		}
		for _, side := range []struct {
			l    Lang
			data []byte
		}{{ZH, zh}, {EN, en}} {
			one, err := Parse(side.data)
			if err != nil {
				continue // a file Parse refuses alone may still pair (nothing to compare)
			}
			var want, got []string
			oneSided := true
			for _, p := range one.Pairs {
				oneSided = oneSided && (p.ZH == "" || p.EN == "")
				for _, s := range []string{p.ZH, p.EN} {
					if s != "" {
						want = append(want, s)
					}
				}
			}
			for _, p := range art.Pairs {
				if s := p.Text(side.l); s != "" {
					got = append(got, strings.Split(s, "\n")...)
				}
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") && oneSided {
				t.Fatalf("the %s column %q, want the file's paragraphs %q", side.l, got, want)
			}
		}
	})
}
