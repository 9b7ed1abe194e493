package lexicon

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tandem/article"
	"tandem/dict"
)

var update = flag.Bool("update", false, "rewrite testdata/tiny.golden")

func bundled(t testing.TB) *dict.Dictionary {
	t.Helper()
	d, err := dict.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// tiny is a corpus small enough to check by eye: each word comes back in
// two or more sentences beside different others.
var tiny = [][2]string{
	{"银行提高利率。", "The bank raised the rate."},
	{"银行降低利率。", "The bank lowered the rate."},
	{"政府提高税收。", "The government raised taxes."},
	{"政府降低税收。", "The government lowered taxes."},
	{"银行支持政府。", "The bank supports the government."},
	{"利率影响投资。", "The rate affects investment."},
	{"税收影响投资。", "Taxes affect investment."},
	{"投资支持增长。", "Investment supports growth."},
	{"政府支持增长。", "The government supports growth."},
}

func train(t testing.TB, pairs [][2]string, opt Options) *Table {
	b := NewBuilder(bundled(t), opt)
	for _, p := range pairs {
		b.Add(p[0], p[1])
	}
	return b.Train()
}

func text(t testing.TB, tab *Table) string {
	var buf bytes.Buffer
	if _, err := tab.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestTrainGolden learns the tiny corpus and compares the table with the
// one kept in testdata (go test -update rewrites it after a change that
// is meant).
func TestTrainGolden(t *testing.T) {
	got := text(t, train(t, tiny, Options{}))
	golden := filepath.Join("testdata", "tiny.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("table:\n%s\nwant:\n%s", got, want)
	}
}

// TestTrainFindsEachWordsTranslation checks the words of the tiny corpus
// against their translations, both ways.
func TestTrainFindsEachWordsTranslation(t *testing.T) {
	tab := train(t, tiny, Options{})
	for zh, en := range map[string]string{"银行": "bank", "利率": "rate", "政府": "government", "税收": "taxes", "投资": "investment", "增长": "growth"} {
		if got := tab.English(zh, 0); len(got) == 0 || got[0].Word != en {
			t.Errorf("English(%s) = %v, want %s first", zh, got, en)
		}
		// Another form of the English word finds the same Chinese one.
		if got := tab.Chinese(strings.ToUpper(en[:1])+en[1:], 0); len(got) == 0 || got[0].Word != zh {
			t.Errorf("Chinese(%s) = %v, want %s first", en, got, zh)
		}
	}
	if got := tab.English("银行", 0.99); len(got) != 0 {
		t.Errorf("English(银行, 0.99) = %v: the least score is not heeded", got)
	}
	var none *Table
	if none.English("银行", 0) != nil || none.Chinese("bank", 0) != nil || none.Len() != 0 {
		t.Error("a nil table has translations")
	}
}

// TestTrainIsTheSameWhateverTheOrder: the same sentences in another order,
// or twice, give the same bytes.
func TestTrainIsTheSameWhateverTheOrder(t *testing.T) {
	want := text(t, train(t, tiny, Options{}))
	reversed := slices.Clone(tiny)
	slices.Reverse(reversed)
	if got := text(t, train(t, append(reversed, tiny...), Options{})); strings.SplitN(got, "\n", 2)[1] != strings.SplitN(want, "\n", 2)[1] {
		t.Errorf("reversed and doubled:\n%s\nwant:\n%s", got, want)
	}
}

// TestSampleIsBounded: a builder keeps at most Sample sentence pairs, the
// same ones whatever the order they come in.
func TestSampleIsBounded(t *testing.T) {
	b := NewBuilder(bundled(t), Options{Sample: 4, MinPair: 1})
	r := NewBuilder(bundled(t), Options{Sample: 4, MinPair: 1})
	for i := range tiny {
		b.Add(tiny[i][0], tiny[i][1])
		r.Add(tiny[len(tiny)-1-i][0], tiny[len(tiny)-1-i][1])
	}
	if len(b.sample) != 4 || b.Sentences() != len(tiny) {
		t.Fatalf("sample of %d, %d offered", len(b.sample), b.Sentences())
	}
	if x, y := text(t, b.Train()), text(t, r.Train()); x != y {
		t.Errorf("another order, another sample:\n%s\n%s", x, y)
	}
}

// TestAddArticle learns from an article's linked sentences: two Chinese
// sentences linked to one English sentence count as one pair.
func TestAddArticle(t *testing.T) {
	zh, en := "银行提高利率。银行降低利率。", "The bank raised the rate. The bank lowered the rate."
	a := &article.Article{Pairs: []article.Pair{{
		ZH: zh, EN: en,
		SentencesZH: []article.Span{{Start: 0, End: 7}, {Start: 7, End: 14}},
		SentencesEN: []article.Span{{Start: 0, End: 26}, {Start: 26, End: 52}},
		Links:       []article.Link{{ZH: 0, EN: 0}, {ZH: 1, EN: 1}},
	}}}
	b := NewBuilder(bundled(t), Options{})
	b.AddArticle(a)
	if b.Sentences() != 2 {
		t.Fatalf("%d sentence pairs, want 2", b.Sentences())
	}
	a.Pairs[0].Links = []article.Link{{ZH: 0, EN: 0}, {ZH: 1, EN: 0}}
	b = NewBuilder(bundled(t), Options{})
	b.AddArticle(a)
	if b.Sentences() != 1 {
		t.Fatalf("%d sentence pairs, want 1 (two Chinese sentences, one English)", b.Sentences())
	}
}

func TestSaveAndLoad(t *testing.T) {
	tab := train(t, tiny, Options{})
	tab.Articles = 7
	path := filepath.Join(t.TempDir(), "cache", "lexicon.gz")
	if err := tab.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if text(t, back) != text(t, tab) || back.Articles != 7 || back.Sentences != len(tiny) {
		t.Errorf("read back:\n%s\nwant:\n%s", text(t, back), text(t, tab))
	}
	if err := os.WriteFile(path, []byte("not gzip"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err == nil {
		t.Error("a damaged file loads")
	}
}

// readCases are files Read takes or refuses; they seed FuzzRead too.
var readCases = []struct {
	name, in string
	want     int // pairs read; -1 for an error
}{
	{"empty table", "tandem-lexicon 1 0 3 0\n", 0},
	{"two pairs", "tandem-lexicon 1 12 3 4\n利率\trate\trate\t0.812\n银行\tbank\tbank\t1.000\n", 2},
	{"no newline at the end", "tandem-lexicon 1 12 3 4\n银行\tbank\tbank\t0.5", 1},
	{"kept as the best of its English word", "tandem-lexicon 1 2 1 0\n银行\tbank\tbank\t0.9\n银行\tbanker\tbanker\t0.2\n", 2},
	{"the best of neither word", "tandem-lexicon 1 2 1 0\n钱\tbanker\tbanker\t0.5\n银行\tbank\tbank\t0.9\n银行\tbanker\tbanker\t0.2\n", 2},
	{"nothing", "", -1},
	{"another file", "hello\n", -1},
	{"another version", "tandem-lexicon 2 0 3 0\n", -1},
	{"bad counts", "tandem-lexicon 1 -1 3 0\n", -1},
	{"keep of 0", "tandem-lexicon 1 1 0 0\n", -1},
	{"three fields", "tandem-lexicon 1 1 3 0\n银行\tbank\t0.5\n", -1},
	{"empty word", "tandem-lexicon 1 1 3 0\n\tbank\tbank\t0.5\n", -1},
	{"score over 1", "tandem-lexicon 1 1 3 0\n银行\tbank\tbank\t1.5\n", -1},
	{"score of 0", "tandem-lexicon 1 1 3 0\n银行\tbank\tbank\t0\n", -1},
	{"score not a number", "tandem-lexicon 1 1 3 0\n银行\tbank\tbank\tNaN\n", -1},
	{"out of order", "tandem-lexicon 1 1 3 0\n银行\tbank\tbank\t0.5\n利率\trate\trate\t0.5\n", -1},
	{"twice", "tandem-lexicon 1 1 3 0\n银行\tbank\tbank\t0.5\n银行\tbank\tbank\t0.5\n", -1},
	{"not UTF-8", "tandem-lexicon 1 1 3 0\n\xff\tbank\tbank\t0.5\n", -1},
}

func TestRead(t *testing.T) {
	for _, tc := range readCases {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := Read(strings.NewReader(tc.in))
			switch {
			case tc.want < 0 && err == nil:
				t.Errorf("read %d pairs, want an error", tab.Len())
			case tc.want >= 0 && err != nil:
				t.Errorf("error %v", err)
			case tc.want >= 0 && tab.Len() != tc.want:
				t.Errorf("%d pairs, want %d", tab.Len(), tc.want)
			}
		})
	}
	if _, err := Read(strings.NewReader("tandem-lexicon 2 0 3 0\n")); !errors.Is(err, ErrVersion) {
		t.Errorf("another version: %v, want ErrVersion", err)
	}
}

// FuzzRead: whatever the bytes, Read returns a table or an error, and a
// table it returns is written and read back to the same bytes.
func FuzzRead(f *testing.F) {
	for _, tc := range readCases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		tab, err := Read(bytes.NewReader(in))
		if err != nil {
			return
		}
		first := text(t, tab)
		back, err := Read(strings.NewReader(first))
		if err != nil {
			t.Fatalf("what WriteTo wrote does not read: %v\n%s", err, first)
		}
		if second := text(t, back); second != first {
			t.Fatalf("written twice, two texts:\n%s\n%s", first, second)
		}
	})
}
