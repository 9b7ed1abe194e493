package article

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unsafe"

	"golang.org/x/net/html"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	utf16 "golang.org/x/text/encoding/unicode"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ from the current output")

const seedPath = "testdata/parse/digest_seed.txt"

// parseCases are the inputs under testdata/parse, each with the encoding and
// the format Parse must detect. The parsed article must equal NAME.golden.json
// next to the input; the goldens were checked by hand, not just accepted.
var parseCases = []struct {
	name, file string
	enc        Encoding
	format     Format
}{
	{"digest seed", "digest_seed.txt", UTF8, FormatDigest},
	{"interleaved lines, English first", "interleaved_en_first.txt", UTF8, FormatInterleaved},
	{"interleaved lines, Chinese first", "interleaved_zh_first.txt", UTF8, FormatInterleaved},
	{"interleaved paragraphs", "interleaved_paragraphs.txt", UTF8, FormatInterleaved},
	{"interleaved paragraphs after an English-only title", "interleaved_title_first.txt", UTF8, FormatInterleaved},
	{"one language, Chinese", "one_language_zh.txt", UTF8, FormatOneLanguage},
	{"one language, English", "one_language_en.txt", UTF8, FormatOneLanguage},
	{"grouped, 3 Chinese and 4 English paragraphs", "grouped_uneven.txt", UTF8, FormatGrouped},
	{"grouped, hard-wrapped lines", "hard_wrapped.txt", UTF8, FormatGrouped},
	{"Big5 traditional Chinese", "big5.txt", Big5, FormatGrouped},
	{"GBK simplified Chinese", "gbk.txt", GB18030, FormatGrouped},
	{"Markdown", "markdown.md", UTF8, FormatMarkdown},
	{"saved HTML page", "page.html", UTF8, FormatHTML},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			data := readFile(t, filepath.Join("testdata/parse", tc.file))
			if _, enc, err := Decode(data); err != nil || enc != tc.enc {
				t.Fatalf("Decode: encoding %q, error %v; want %q", enc, err, tc.enc)
			}
			a, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != tc.format {
				t.Errorf("format %q, want %q", a.Format, tc.format)
			}
			checkGolden(t, a, strings.TrimSuffix(filepath.Join("testdata/parse", tc.file), filepath.Ext(tc.file))+".golden.json")
			text, _, _ := Decode(data)
			checkArticle(t, text, a)
		})
	}
}

// checkGolden compares the article with its golden JSON, or rewrites the
// golden under -update. It also checks that the JSON reads back unchanged.
func checkGolden(t *testing.T, a *Article, path string) {
	t.Helper()
	got, err := json.MarshalIndent(a, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	// Arrays of numbers on one line each, so that a person can read the
	// golden: [0, 131] rather than four lines.
	got = append(goldenNumbers.ReplaceAllFunc(got, oneLine), '\n')
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := readFile(t, path)
	if !bytes.Equal(got, want) {
		t.Errorf("article differs from %s (rerun with -update and read the diff):\n%s", path, got)
	}
	var back Article
	if err := json.Unmarshal(got, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(&back, a) {
		t.Errorf("JSON does not read back to the same article:\n%+v\n%+v", back, *a)
	}
}

// goldenNumbers matches a JSON array of numbers, which oneLine writes on
// one line: spans and links as [0, 131], confidences as [0.97, 0.95].
var goldenNumbers = regexp.MustCompile(`\[\s+-?[0-9.e+-]+(?:,\s+-?[0-9.e+-]+)*\s+\]`)

var spaces = regexp.MustCompile(`\s+`)

func oneLine(b []byte) []byte {
	b = spaces.ReplaceAll(b, []byte(" "))
	b = bytes.Replace(b, []byte("[ "), []byte("["), 1)
	return bytes.Replace(b, []byte(" ]"), []byte("]"), 1)
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestParseSeed states what the issue asks of the real sample, field by
// field, so that a wrong golden cannot hide it.
func TestParseSeed(t *testing.T) {
	a, err := Parse(readFile(t, seedPath))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][2]string{
		"source":    {a.Source, "Avalaches"},
		"date":      {a.Date, "2026-02-05"},
		"source_id": {a.SourceID, "fb404c39676d621172526f2823fb54b8e939475a"},
		"id":        {a.ID, "2026-02-05-fb404c39"},
		"author":    {a.Author, "Parmy Olson"},
		"format":    {string(a.Format), string(FormatDigest)},
	}
	for field, v := range want {
		if v[0] != v[1] {
			t.Errorf("%s = %q, want %q", field, v[0], v[1])
		}
	}
	if len(a.Pairs) != 3 {
		t.Fatalf("%d pairs, want 3", len(a.Pairs))
	}
	wantSentences := []int{3, 3, 4}
	for i, p := range a.Pairs {
		if !strings.HasPrefix(p.ZH, []string{"在 2026 年", "文章将", "Microsoft 被描绘"}[i]) ||
			!strings.HasPrefix(p.EN, []string{"In Parmy Olson", "The piece", "Microsoft is portrayed"}[i]) {
			t.Errorf("pair %d: zh %.20q en %.20q", i, p.ZH, p.EN)
		}
		n := wantSentences[i]
		if len(p.SentencesZH) != n || len(p.SentencesEN) != n {
			t.Errorf("pair %d: %d zh and %d en sentences, want %d each", i, len(p.SentencesZH), len(p.SentencesEN), n)
		}
		var oneToOne []Link
		for k := 0; k < n; k++ {
			oneToOne = append(oneToOne, Link{k, k})
		}
		if !reflect.DeepEqual(p.Links, oneToOne) {
			t.Errorf("pair %d: links %v, want %v", i, p.Links, oneToOne)
		}
	}
	if strings.Contains(a.Pairs[0].ZH+a.Pairs[2].EN, "返回") || strings.Contains(a.Pairs[2].EN, "Thursday") {
		t.Error("the digest header or footer became paragraph text")
	}
}

// TestParseSeedEncodings re-encodes the seed the ways users save it: each
// must give the same pairs and the same ID.
func TestParseSeedEncodings(t *testing.T) {
	seed := readFile(t, seedPath)
	want, err := Parse(seed)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		enc  Encoding
	}{
		{"UTF-8 with BOM", append([]byte("\uFEFF"), seed...), UTF8},
		{"CRLF", bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n")), UTF8},
		{"UTF-16LE with BOM", encode(t, utf16.UTF16(utf16.LittleEndian, utf16.UseBOM), seed), UTF16LE},
		{"UTF-16BE with BOM", encode(t, utf16.UTF16(utf16.BigEndian, utf16.UseBOM), seed), UTF16BE},
		{"UTF-16LE with BOM and CRLF", encode(t, utf16.UTF16(utf16.LittleEndian, utf16.UseBOM), bytes.ReplaceAll(seed, []byte("\n"), []byte("\r\n"))), UTF16LE},
		{"GB18030", encode(t, simplifiedchinese.GB18030, seed), GB18030},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, enc, err := Decode(tc.data); err != nil || enc != tc.enc {
				t.Fatalf("Decode: encoding %q, error %v; want %q", enc, err, tc.enc)
			}
			got, err := Parse(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("differs from the UTF-8 parse: id %q (want %q), %d pairs (want %d)", got.ID, want.ID, len(got.Pairs), len(want.Pairs))
			}
		})
	}
}

// TestParseSeedRearranged lays the seed's paragraphs out in the other
// formats; each layout must give the seed's pairs, sentences and links.
func TestParseSeedRearranged(t *testing.T) {
	seed, err := Parse(readFile(t, seedPath))
	if err != nil {
		t.Fatal(err)
	}
	layout := func(block func(p Pair) string, sep string) []byte {
		var parts []string
		for _, p := range seed.Pairs {
			parts = append(parts, block(p))
		}
		return []byte(strings.Join(parts, sep) + "\n")
	}
	cases := []struct {
		name   string
		data   []byte
		format Format
	}{
		{"English line then Chinese line", layout(func(p Pair) string { return p.EN + "\n" + p.ZH }, "\n\n"), FormatInterleaved},
		{"Chinese line then English line", layout(func(p Pair) string { return p.ZH + "\n" + p.EN }, "\n\n"), FormatInterleaved},
		{"paragraphs alternate", layout(func(p Pair) string { return p.ZH + "\n\n" + p.EN }, "\n\n"), FormatInterleaved},
		{"Markdown", append([]byte("# Nvidia hedges\n\n"), layout(func(p Pair) string { return p.ZH + "\n\n" + p.EN }, "\n\n")...), FormatMarkdown},
		{"HTML", layout(func(p Pair) string { return "<p>" + p.ZH + "</p>\n<p>" + p.EN + "</p>" }, "\n"), FormatHTML},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.data)
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != tc.format {
				t.Errorf("format %q, want %q", a.Format, tc.format)
			}
			// Confidences differ: an interleaved layout pairs
			// paragraphs itself, a digest leaves it to the alignment.
			if !reflect.DeepEqual(unscored(a.Pairs), unscored(seed.Pairs)) {
				t.Errorf("pairs differ from the digest's: got %d pairs, want %d", len(a.Pairs), len(seed.Pairs))
			}
		})
	}
}

// unscored returns a copy of pairs without their confidences.
func unscored(pairs []Pair) []Pair {
	out := append([]Pair(nil), pairs...)
	for i := range out {
		out[i].Confidence, out[i].LinkConfidence = 0, nil
	}
	return out
}

// encode writes UTF-8 text in another encoding, as an editor saving it would.
func encode(t testing.TB, e encoding.Encoding, utf8Text []byte) []byte {
	t.Helper()
	out, err := e.NewEncoder().Bytes(utf8Text)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// errorCases are inputs Parse must refuse, with the sentinel it must give.
var errorCases = []struct {
	name string
	data []byte
	want error
}{
	{"empty", nil, ErrEmpty},
	{"white space only", []byte(" \n\t\r\n  \n"), ErrEmpty},
	{"UTF-8 BOM and white space", []byte("\uFEFF \n\n"), ErrEmpty},
	{"UTF-16 BOM and white space", []byte{0xFF, 0xFE, ' ', 0, '\n', 0}, ErrEmpty},
	{"NUL byte in text", []byte("Nvidia said\x00 no."), ErrBinary},
	{"binary with NULs", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0xde, 0xad, 0xbe, 0xef}, ErrBinary},
	{"control bytes", bytes.Repeat([]byte{0x01, 0x02, 'a', 0x1b}, 50), ErrBinary},
	{"UTF-16 with a NUL character", []byte{0xFF, 0xFE, 'a', 0, 0, 0, 'b', 0}, ErrBinary},
	{"Latin-1, neither UTF-8 nor Chinese", []byte("Caf\xe9 au lait, na\xefve r\xe9sum\xe9, \xabbien s\xfbr\xbb."), ErrEncoding},
	{"0xFF bytes", []byte{0xFF, 0xFF, 0xFF, 'a'}, ErrEncoding},
	{"UTF-8 BOM then invalid UTF-8", []byte("\uFEFFNvidia \xff\xfe said"), ErrEncoding},
	{"UTF-16 BOM and an odd number of bytes", []byte{0xFF, 0xFE, 'a', 0, 'b'}, ErrEncoding},
	{"UTF-16 unpaired surrogate", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, ErrEncoding},
	{"digest header and footer only", []byte("← 返回 Avalaches\n\n2026-02-05 (Thursday) · fb404c39676d621172526f2823fb54b8e939475a\n"), ErrNoText},
	{"rules and punctuation only", []byte("----\n\n* * *\n\n。。。\n"), ErrNoText},
	{"Markdown title only", []byte("# Nvidia hedges\n"), ErrNoText},
	{"HTML with script only", []byte("<html><head><title>Nvidia</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>"), ErrNoText},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range errorCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.data)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Parse = %v, %v; want error %v", a, err, tc.want)
			}
			if a != nil {
				t.Errorf("Parse returned an article with error %v", err)
			}
		})
	}
}

// TestParseTooLarge feeds 21 MB; MaxSize itself is still accepted.
func TestParseTooLarge(t *testing.T) {
	line := []byte("Nvidia CEO Jensen Huang said the investment was nonbinding.\n")
	big := bytes.Repeat(line, (21<<20)/len(line)+1)
	if _, err := Parse(big); !errors.Is(err, ErrTooLarge) {
		t.Errorf("21 MB: %v, want ErrTooLarge", err)
	}
	if _, _, err := Decode(big[:MaxSize]); err != nil {
		t.Errorf("exactly MaxSize: %v, want it accepted", err)
	}
	if _, _, err := Decode(big[:MaxSize+1]); !errors.Is(err, ErrTooLarge) {
		t.Errorf("MaxSize+1: %v, want ErrTooLarge", err)
	}
}

// FuzzParse checks the invariants of checkArticle on any input; the corpus
// starts from the table inputs above.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(readFile(f, filepath.Join("testdata/parse", tc.file)))
	}
	for _, tc := range errorCases {
		f.Add(tc.data)
	}
	for _, tc := range regressionCases {
		f.Add([]byte(tc.input))
	}
	f.Add([]byte("---\nauthors: [\"a\", \"b\"]\n---\n# 标题\n\n文字。<!-- note\n-->\n\n# Title\n\nText <!-- x --> here."))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		text, _, decErr := Decode(data)
		if err != nil {
			if !isSentinel(err) {
				t.Fatalf("error %v is none of the sentinels", err)
			}
			if decErr == nil && !errors.Is(err, ErrNoText) {
				t.Fatalf("Decode accepted the input but Parse said %v", err)
			}
			return
		}
		checkArticle(t, text, a)
		// A lexicon weighs the sentence links, never the pairs.
		b, err := Parser{Lexicon: testLexicon}.Parse(data)
		if err != nil {
			t.Fatalf("Parse accepted the input but with a lexicon said %v", err)
		}
		checkArticle(t, text, b)
		if len(a.Pairs) != len(b.Pairs) {
			t.Fatalf("%d pairs, %d with a lexicon", len(a.Pairs), len(b.Pairs))
		}
		for i := range a.Pairs {
			if a.Pairs[i].ZH != b.Pairs[i].ZH || a.Pairs[i].EN != b.Pairs[i].EN {
				t.Fatalf("pair %d differs with a lexicon", i)
			}
		}
	})
}

func isSentinel(err error) bool {
	for _, s := range []error{ErrEmpty, ErrTooLarge, ErrBinary, ErrEncoding, ErrNoText} {
		if errors.Is(err, s) {
			return true
		}
	}
	return false
}

var idPattern = regexp.MustCompile(`^(?:undated|\d{4}-\d{2}-\d{2})-[0-9a-f]{8}$`)

// checkArticle checks what must hold for any parsed article: a readable ID,
// sentence spans inside their text, in order and covering every non-space
// rune, links between existing sentences in order, and no text lost or
// doubled between the input and the paragraphs.
func checkArticle(t *testing.T, text string, a *Article) {
	t.Helper()
	if !idPattern.MatchString(a.ID) {
		t.Errorf("ID %q is not date-hash", a.ID)
	}
	if len(a.Pairs) == 0 {
		t.Fatal("an article without pairs")
	}
	for _, p := range a.Pairs {
		checkLinks(t, &p)
	}
	if err := a.Check(); err != nil {
		t.Fatal(err)
	}
	checkTextKept(t, text, a)
}

// checkSpans checks that spans are inside text, ordered, not overlapping, not
// empty, trimmed, and that every non-space rune of text is in one of them:
// what Check asks of every pair.
func checkSpans(t *testing.T, text string, spans []Span) {
	t.Helper()
	if err := spanError(text, spans); err != nil {
		t.Fatalf("%v in %q", err, text)
	}
}

// checkLinks checks that links point at existing sentences, come sorted,
// and have the shape alignment beads give: each Chinese sentence links to a
// run of consecutive English ones, and the next linked Chinese sentence's
// run starts no earlier than where this one ends — it may share that last
// English sentence (2–1 beads, and 2–2 beads cut at different places), but
// links never cross.
func checkLinks(t *testing.T, p *Pair) {
	t.Helper()
	type run struct{ zh, lo, hi int }
	var runs []run
	for i, l := range p.Links {
		if l.ZH < 0 || l.ZH >= len(p.SentencesZH) || l.EN < 0 || l.EN >= len(p.SentencesEN) {
			t.Fatalf("link %v outside %d zh and %d en sentences", l, len(p.SentencesZH), len(p.SentencesEN))
		}
		last := len(runs) - 1
		switch {
		case i == 0 || l.ZH > runs[last].zh:
			runs = append(runs, run{l.ZH, l.EN, l.EN})
		case l.ZH == runs[last].zh && l.EN == runs[last].hi+1:
			runs[last].hi++
		default:
			t.Fatalf("links out of order or with a gap: %v after %v", l, p.Links[i-1])
		}
	}
	for i := 1; i < len(runs); i++ {
		a, b := runs[i-1], runs[i]
		if b.lo < a.hi {
			t.Fatalf("links cross: zh %d to en %d-%d, zh %d to en %d-%d", a.zh, a.lo, a.hi, b.zh, b.lo, b.hi)
		}
	}
	if len(p.LinkConfidence) != len(p.Links) {
		t.Fatalf("%d link confidences for %d links", len(p.LinkConfidence), len(p.Links))
	}
}

// checkTextKept compares the letters and digits of the input with those of
// the paragraphs and of the lines dropped as metadata. Plain text must keep
// each exactly once. Markdown and HTML remove markup, so there every letter
// of the output must come from the input, at most as often.
func checkTextKept(t *testing.T, text string, a *Article) {
	t.Helper()
	again, dropped := parseText(text)
	if !reflect.DeepEqual(again, a) {
		t.Fatal("parseText and Parse disagree")
	}
	var out strings.Builder
	for _, p := range a.Pairs {
		out.WriteString(p.ZH + "\n" + p.EN + "\n")
	}
	out.WriteString(strings.Join(dropped, "\n"))
	in, got := letterCounts(text), letterCounts(out.String())
	switch a.Format {
	case FormatMarkdown:
	case FormatHTML:
		// Entities turn into letters (&eacute; into é).
		in = letterCounts(text + html.UnescapeString(text))
	default:
		if !reflect.DeepEqual(in, got) {
			t.Fatalf("letters differ between input and output:\n%s", countDiff(in, got))
		}
		return
	}
	for r, n := range got {
		if n > in[r] {
			t.Fatalf("%q appears %d times in the output but %d in the input", r, n, in[r])
		}
	}
}

func letterCounts(s string) map[rune]int {
	m := map[rune]int{}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			m[r]++
		}
	}
	return m
}

func countDiff(in, out map[rune]int) string {
	var b strings.Builder
	for r, n := range in {
		if out[r] != n {
			b.WriteString(string(r) + ": input " + strconv.Itoa(n) + ", output " + strconv.Itoa(out[r]) + "\n")
		}
	}
	for r, n := range out {
		if _, ok := in[r]; !ok {
			b.WriteString(string(r) + ": input 0, output " + strconv.Itoa(n) + "\n")
		}
	}
	return b.String()
}

// regressionCases are small inputs that once broke Parse (found by FuzzParse
// or by hand), with what must now come out.
var regressionCases = []struct {
	name   string
	input  string
	format Format
	pairs  [][2]string // zh, en of each pair
	links  [][]Link    // links of each pair; not checked when nil
}{
	{
		name:   "one-sided title is the title and does not shift interleaved paragraphs",
		input:  "Nvidia hedges\n\n英伟达执行长表示投资不具约束力。\n\nNvidia's chief said the investment was not binding.\n\n微软持股 27%。\n\nMicrosoft owns 27%.\n",
		format: FormatInterleaved,
		pairs:  [][2]string{{"英伟达执行长表示投资不具约束力。", "Nvidia's chief said the investment was not binding."}, {"微软持股 27%。", "Microsoft owns 27%."}},
	},
	{
		name: "Chinese hard-wrapped, English not",
		input: "英伟达执行长黄仁勋被指称向业界人士表示,先前对 OpenAI\n所宣布的 1,000 亿美元投资其实不具约束力。\n\n" +
			"Nvidia CEO Jensen Huang is reported to have told industry associates that his previously announced $100 billion investment in OpenAI was nonbinding.\n",
		format: FormatGrouped,
		pairs: [][2]string{{"英伟达执行长黄仁勋被指称向业界人士表示,先前对 OpenAI 所宣布的 1,000 亿美元投资其实不具约束力。",
			"Nvidia CEO Jensen Huang is reported to have told industry associates that his previously announced $100 billion investment in OpenAI was nonbinding."}},
	},
	{
		// FuzzParse found a 2–2 bead, which once linked all four ways.
		// Now its sentences link where they lie alongside each other by
		// length: "。" (one rune) only with the long first English
		// sentence, "倂" with both.
		name:   "2-2 bead links sentences that overlap by length",
		input:  "。倂\n0000000000000000a! 0",
		format: FormatInterleaved,
		pairs:  [][2]string{{"。倂", "0000000000000000a! 0"}},
		links:  [][]Link{{{0, 0}, {1, 0}, {1, 1}}},
	},
}

func TestParseRegressions(t *testing.T) {
	for _, tc := range regressionCases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse([]byte(tc.input))
			if err != nil {
				t.Fatal(err)
			}
			if a.Format != tc.format {
				t.Errorf("format %q, want %q", a.Format, tc.format)
			}
			var got [][2]string
			for _, p := range a.Pairs {
				got = append(got, [2]string{p.ZH, p.EN})
			}
			if !reflect.DeepEqual(got, tc.pairs) {
				t.Errorf("pairs\n%q\nwant\n%q", got, tc.pairs)
			}
			for i := range tc.links {
				if i < len(a.Pairs) && !reflect.DeepEqual(a.Pairs[i].Links, tc.links[i]) {
					t.Errorf("pair %d: links %v, want %v", i, a.Pairs[i].Links, tc.links[i])
				}
			}
			text, _, _ := Decode([]byte(tc.input))
			checkArticle(t, text, a)
		})
	}
}

// TestMetadataDoesNotHoldText checks that an article's metadata strings
// are not cut from the decoded input: the library's list keeps titles,
// sources and dates long after the text is gone, and a slice of the input
// would keep all of it.
func TestMetadataDoesNotHoldText(t *testing.T) {
	text, _, err := Decode(readFile(t, seedPath))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := parseText(text)
	from := uintptr(unsafe.Pointer(unsafe.StringData(text)))
	to := from + uintptr(len(text))
	fields := map[string]string{"ID": a.ID, "Title": a.Title, "TitleZH": a.TitleZH, "TitleEN": a.TitleEN,
		"Source": a.Source, "SourceID": a.SourceID, "Date": a.Date, "Author": a.Author}
	for name, s := range fields {
		if s == "" {
			t.Errorf("%s is empty: the seed has one", name)
			continue
		}
		if p := uintptr(unsafe.Pointer(unsafe.StringData(s))); p >= from && p < to {
			t.Errorf("%s %q is a slice of the decoded input", name, s)
		}
	}
}
