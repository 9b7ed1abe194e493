package dict

import (
	"bufio"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var parseTests = []struct {
	name, text string
	want       []Entry // nil when the text is an error
	wantErr    string
}{
	{"entry", "投資 投资 [tou2 zi1] /investment/to invest/\n",
		[]Entry{{"投資", "投资", "tou2 zi1", []string{"investment", "to invest"}}}, ""},
	{"comments and CRLF", "# CC-CEDICT\r\n#! date=2026-06-12T07:40:30Z\r\n女 女 [nu:3] /female/woman/\r\n",
		[]Entry{{"女", "女", "nu:3", []string{"female", "woman"}}}, ""},
	{"slashes inside brackets kept whole", "綠 绿 [lu:4] /green/see 綠帽子|绿帽子[lu:4 mao4 zi5]/\n",
		[]Entry{{"綠", "绿", "lu:4", []string{"green", "see 綠帽子|绿帽子[lu:4 mao4 zi5]"}}}, ""},
	{"blank lines", "\n\n阿 阿 [a1] /prefix/\n\n", []Entry{{"阿", "阿", "a1", []string{"prefix"}}}, ""},
	{"no pinyin", "投資 投资 /investment/\n", nil, "line 1"},
	{"unclosed pinyin", "投資 投资 [tou2 zi1 /investment/\n", nil, "unclosed ["},
	{"no glosses", "投資 投资 [tou2 zi1]\n", nil, "not between slashes"},
	{"empty glosses", "投資 投资 [tou2 zi1] ///\n", nil, "has no gloss"},
	{"one field", "# c\n投資\n", nil, "test.u8 line 2"},
	{"not UTF-8", "0 \xbf [a1] /0/\n", nil, "not UTF-8"},
}

// entry is entry x of d as an Entry.
func (d *Dictionary) entry(x int32) Entry {
	return d.entriesOf([]int32{x})[0]
}

// allEntries is every entry of d, in order.
func allEntries(d *Dictionary) []Entry {
	xs := make([]int32, d.Len())
	for i := range xs {
		xs[i] = int32(i)
	}
	return d.entriesOf(xs)
}

func TestParse(t *testing.T) {
	for _, tt := range parseTests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("test.u8", strings.NewReader(tt.text))
			if tt.want == nil {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, ErrSyntax) {
					t.Fatalf("err = %v, want ErrSyntax saying %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := allEntries(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("entries = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestParseLongLine checks that a line too long for an entry's places is
// an error, and the longest one that fits is read whole.
func TestParseLongLine(t *testing.T) {
	line := func(n int) string {
		head := "投資 投资 [tou2 zi1] /"
		return head + strings.Repeat("x", n-len(head)-1) + "/"
	}
	if _, err := Parse("t", strings.NewReader(line(maxLine+1)+"\n")); !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), "t line 1") {
		t.Errorf("a line of %d bytes: err = %v, want ErrSyntax on line 1", maxLine+1, err)
	}
	d, err := Parse("t", strings.NewReader(line(maxLine)))
	if err != nil {
		t.Fatal(err)
	}
	if es := d.Lookup("投资"); len(es) != 1 || len(es[0].Glosses) != 1 || len(es[0].Glosses[0]) != maxLine-len("投資 投资 [tou2 zi1] //") {
		t.Errorf("a line of %d bytes read as %d entries", maxLine, len(es))
	}
}

func TestParseDate(t *testing.T) {
	d, err := Parse("t", strings.NewReader("#! date=2026-06-12T07:40:30Z\n阿 阿 [a1] /prefix/\n"))
	if err != nil || d.Date != "2026-06-12" {
		t.Fatalf("Date = %q, %v", d.Date, err)
	}
}

func FuzzParse(f *testing.F) {
	for _, tt := range parseTests {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Parse("fuzz", strings.NewReader(text))
		// The bundle's way, the text parsed in place, reads it alike.
		inPlace, err2 := parseText("fuzz", text)
		if (err == nil) != (err2 == nil) || err == nil && (!reflect.DeepEqual(allEntries(d), allEntries(inPlace)) || d.Date != inPlace.Date) {
			t.Fatalf("Parse and parseText differ: %v, %v", err, err2)
		}
		if err != nil {
			return
		}
		// The entries, places in the text, read as the plain parse reads
		// the lines.
		if got, want := allEntries(d), refEntries(t, text); len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Fatalf("entries %q, want %q", got, want)
		}
		for _, e := range allEntries(d) {
			got := d.Lookup(e.Simplified)
			if len(got) == 0 || len(d.Lookup(e.Traditional)) == 0 {
				t.Fatalf("%q parsed but not found", e.Simplified)
			}
			if len(e.Glosses) == 0 || e.Pinyin != strings.TrimSpace(e.Pinyin) {
				t.Fatalf("entry %q", e)
			}
		}
		if utf8.ValidString(text) {
			checkCover(t, text, d.Segment(text))
		}
	})
}

var toneTests = []struct{ in, want string }{
	{"ni3 hao3", "nǐ hǎo"},
	{"tou2 zi1", "tóu zī"},
	{"nu:3 er2", "nǚ ér"},
	{"lu:4", "lǜ"},
	{"nv3", "nǚ"},
	{"lve4", "lüè"},
	{"Lu:3", "Lǚ"},
	{"gou3", "gǒu"},
	{"xiu1", "xiū"},
	{"gui4", "guì"},
	{"shuai4", "shuài"},
	{"xue2 sheng5", "xué sheng"},
	{"A1 ba1", "Ā bā"},
	{"Ou1 zhou1", "Ōu zhōu"},
	{"er4 ling2", "èr líng"},
	{"m2", "ḿ"},
	{"ng2", "ńg"},
	{"r5", "r"},
	{"san1 D da3 yin4", "sān D dǎ yìn"},
	{"11 Qu1", "11 Qū"},
	{"A A zhi4", "A A zhì"},
	{"xx5", "xx"},
	{"， yi1", "， yī"},
}

func TestToneMarks(t *testing.T) {
	for _, tt := range toneTests {
		t.Run(tt.in, func(t *testing.T) {
			if got := ToneMarks(tt.in); got != tt.want {
				t.Errorf("ToneMarks(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzToneMarks(f *testing.F) {
	for _, tt := range toneTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := ToneMarks(s)
		if strings.ContainsAny(got, "1234") && !strings.ContainsAny(s, "1234") {
			t.Fatalf("ToneMarks(%q) = %q made up digits", s, got)
		}
		if len(strings.Fields(got)) != len(strings.Fields(s)) {
			t.Fatalf("ToneMarks(%q) = %q changed the syllable count", s, got)
		}
	})
}

func TestLookup(t *testing.T) {
	d := bundledForTest(t)
	tests := []struct {
		word, simp, trad, pinyin, gloss string
	}{
		{"投资", "投资", "投資", "tóu zī", "investment"},
		{"投資", "投资", "投資", "tóu zī", "to invest"},
		{"降息", "降息", "降息", "jiàng xī", "to lower interest rates"},
		{"通貨膨脹", "通货膨胀", "通貨膨脹", "tōng huò péng zhàng", "inflation"},
		{"女", "女", "女", "nǚ", "woman"},
		{"绿", "绿", "綠", "lǜ", "green"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			es := d.Lookup(tt.word)
			for _, e := range es {
				if e.Simplified == tt.simp && e.Traditional == tt.trad && e.PinyinMarks() == tt.pinyin && contains(e.Glosses, tt.gloss) {
					return
				}
			}
			t.Errorf("Lookup(%q) = %q, want %s %s [%s] with %q", tt.word, es, tt.simp, tt.trad, tt.pinyin, tt.gloss)
		})
	}
	if es := d.Lookup("不是一个词语吧"); len(es) != 0 {
		t.Errorf("a non-word found %q", es)
	}
	if d.Len() < 100_000 || d.Date != BundledDate {
		t.Errorf("bundled dictionary: %d entries, date %q", d.Len(), d.Date)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestEnglish(t *testing.T) {
	d := bundledForTest(t)
	tests := []struct {
		query, first string // the best entry's simplified headword
		among        string // a headword among the first five
	}{
		{"investment", "投资", "股本"},
		{"investments", "投资", "股本"},
		{"tariff", "关税", "关税"},
		{"inflation", "通胀", "通货膨胀"},
		{"lower interest rates", "降息", "减息"},
		{"interest rate", "利率", "利率"},
		{"Olson's", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			es := d.English(tt.query)
			if tt.first == "" {
				if len(es) != 0 {
					t.Errorf("English(%q) = %d entries, want none", tt.query, len(es))
				}
				return
			}
			var heads []string
			for i, e := range es {
				if i < 5 {
					heads = append(heads, e.Simplified)
				}
			}
			if len(es) == 0 || es[0].Simplified != tt.first || !contains(heads, tt.among) {
				t.Errorf("English(%q) = %v, want %s first and %s among them", tt.query, heads, tt.first, tt.among)
			}
		})
	}
}

func TestSegmentGolden(t *testing.T) {
	d := bundledForTest(t)
	f, err := os.Open("testdata/segment.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		text, want, _ := strings.Cut(sc.Text(), "\t")
		t.Run(text, func(t *testing.T) {
			words := d.Segment(text)
			checkCover(t, text, words)
			var got []string
			for _, w := range words {
				got = append(got, w.Text)
			}
			if strings.Join(got, " ") != want {
				t.Errorf("Segment:\n got %s\nwant %s", strings.Join(got, " "), want)
			}
		})
	}
}

func TestWordAt(t *testing.T) {
	d := bundledForTest(t)
	text := "今年前7个月，中国海关总署公布Nvidia's数据"
	tests := []struct {
		pos  int
		want string
	}{{0, "今年"}, {1, "今年"}, {2, "前"}, {9, "海关总署"}, {18, "Nvidia's"}, {24, "数据"}}
	for _, tt := range tests {
		w, ok := d.WordAt(text, tt.pos)
		if !ok || w.Text != tt.want || string([]rune(text)[w.Start:w.End]) != w.Text {
			t.Errorf("WordAt(%d) = %+v, %v; want %q", tt.pos, w, ok, tt.want)
		}
	}
	if _, ok := d.WordAt(text, 100); ok {
		t.Error("WordAt past the end found a word")
	}
}

// checkCover fails unless words cover text in order without gaps.
func checkCover(t *testing.T, text string, words []Word) {
	t.Helper()
	var b strings.Builder
	at := 0
	for _, w := range words {
		if w.Start != at || w.End <= w.Start || len([]rune(w.Text)) != w.End-w.Start {
			t.Fatalf("word %+v at %d", w, at)
		}
		at = w.End
		b.WriteString(w.Text)
	}
	if b.String() != text {
		t.Fatalf("words join to %q, want %q", b.String(), text)
	}
}

// TestIndexOrders checks both headword orders of the bundle against plain
// string comparison: the traditional one is sorted by number prefixes
// first (prefix8), which must agree with it.
func TestIndexOrders(t *testing.T) {
	d := bundledForTest(t)
	for _, o := range []struct {
		name  string
		order []int32
		key   func(Entry) string
	}{
		{"simplified", d.bySimp, func(e Entry) string { return e.Simplified }},
		{"traditional", d.byTrad, func(e Entry) string { return e.Traditional }},
	} {
		for k := 1; k < len(o.order); k++ {
			a, b := o.order[k-1], o.order[k]
			if c := strings.Compare(o.key(d.entry(a)), o.key(d.entry(b))); c > 0 || c == 0 && a > b {
				t.Fatalf("%s order: entry %d (%q) before %d (%q)", o.name, a, o.key(d.entry(a)), b, o.key(d.entry(b)))
			}
		}
	}
	if n := len(d.byTrad); n < 10000 {
		t.Errorf("%d entries in the traditional order", n)
	}
}
