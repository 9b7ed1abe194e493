package library

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tandem/internal/testenv"
)

// snippetCases are article files readSnippetArticle reads (true) or leaves
// to encoding/json (false).
var snippetCases = []struct {
	name, json string
	fast       bool
}{
	{"empty", `{}`, true},
	{"no pairs", ` {"id":"a","pairs":[]} `, true},
	{"fields", `{"id":"2026-02-05-fb404c39","title":"T","title_zh":"标题","source":"S","date":"2026-02-05","imported":"2026-02-06T01:02:03Z",` +
		`"pairs":[{"zh":"一。二。","en":"One. Two.","sentences_zh":[[0,2],[2,4]],"sentences_en":[[0, 4],[5,9]],"links":[[0,0],[1,1]],"link_confidence":[0.9,1e-3],"confidence":-0.5},` +
		`{"zh":"","en":"Only English.","sentences_zh":[],"sentences_en":[[0,13]],"links":[],"extra":{"a":[true,false,{"b":"c"}]}}]}`, true},
	{"escapes", `{"title":"a\"b\\c\/d\b\f\n\r\t\u003c\u0026\u00e9\u4e2d\ud83d\ude00","pairs":[{"en":"x\u0000y"}]}`, true},
	{"lone surrogates", `{"title":"\ud800x\udc00\ud83d\u0041"}`, true},
	{"escaped key", `{"\u0074itle":"T"}`, true},
	{"negative zero", `{"pairs":[{"links":[[-0,0]]}]}`, true},
	{"null title", `{"title":null}`, false},
	{"null pairs", `{"pairs":null}`, false},
	{"null skipped", `{"other":null}`, false},
	{"key in capitals", `{"ID":"a"}`, false},
	{"key with Kelvin sign", `{"pairs":[{"lin` + "\u212a" + `s":[]}]}`, false},
	{"key twice", `{"title":"a","title":"b"}`, false},
	{"float index", `{"pairs":[{"links":[[1.0,2]]}]}`, false},
	{"three indexes", `{"pairs":[{"links":[[1,2,3]]}]}`, false},
	{"one index", `{"pairs":[{"links":[[1]]}]}`, false},
	{"huge index", `{"pairs":[{"links":[[99999999999999999999,2]]}]}`, false},
	{"leading zero", `{"pairs":[{"links":[[01,2]]}]}`, false},
	{"not UTF-8", "{\"title\":\"\xff\"}", false},
	{"control character", "{\"title\":\"a\nb\"}", false},
	{"bad escape", `{"title":"\x41"}`, false},
	{"short escape", `{"title":"\u12"}`, false},
	{"trailing text", `{"title":"a"} x`, false},
	{"two values", `{}{}`, false},
	{"array", `[]`, false},
	{"null", `null`, false},
	{"cut short", `{"title":"a"`, false},
	{"trailing comma", `{"title":"a",}`, false},
	{"bare word", `{"x":tru}`, false},
	{"pair not an object", `{"pairs":[1]}`, false},
	{"deep", `{"x":` + strings.Repeat("[", 200) + strings.Repeat("]", 200) + `}`, false},
}

// TestReadSnippetArticle: what readSnippetArticle reads, it reads as
// encoding/json does; what it does not, it leaves to encoding/json.
func TestReadSnippetArticle(t *testing.T) {
	for _, tc := range snippetCases {
		var fast snippetArticle
		ok := readSnippetArticle(tc.json, &fast)
		if ok != tc.fast {
			t.Errorf("%s: read %v, want %v", tc.name, ok, tc.fast)
		}
		if ok {
			compareSnippetReads(t, tc.name, tc.json, fast)
		}
	}
}

// TestReadSnippetArticleReadsWhatImportWrites: an article.json as the
// library writes it, with text that JSON escapes, is read without
// encoding/json.
func TestReadSnippetArticleReadsWhatImportWrites(t *testing.T) {
	lib := openTemp(t, nil)
	seed := strings.Replace(string(testenv.Seed(t)), "OpenAI", "Open<AI> & \"co\" 😀", 1)
	r := lib.Import("seed.txt", []byte(seed))
	if r.Err != nil {
		t.Fatal(r.Err)
	}
	data, err := os.ReadFile(filepath.Join(DefaultDir(), "articles", r.ID, "article.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `\u003c`) {
		t.Fatal("the article file has no escape: the test reads nothing it means to")
	}
	var fast snippetArticle
	if !readSnippetArticle(string(data), &fast) {
		t.Fatal("an article file as the library writes it goes to encoding/json")
	}
	compareSnippetReads(t, "import", string(data), fast)
	var text strings.Builder
	for _, p := range fast.Pairs {
		text.WriteString(p.ZH + p.EN)
	}
	if len(fast.Pairs) != r.Pairs || !strings.Contains(text.String(), "Open<AI> & \"co\" 😀") {
		t.Errorf("read %d pairs: %s", len(fast.Pairs), text.String())
	}
	a, err := indexTexts{lib}.Article(r.ID)
	if err != nil || a.ID != r.ID || len(a.Pairs) != r.Pairs {
		t.Errorf("Article(%s) = %+v, %v", r.ID, a, err)
	}
}

// compareSnippetReads fails unless encoding/json reads text as fast.
func compareSnippetReads(t *testing.T, name, text string, fast snippetArticle) {
	t.Helper()
	var slow snippetArticle
	if err := json.Unmarshal([]byte(text), &slow); err != nil {
		t.Fatalf("%s: read, but encoding/json says %v", name, err)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Errorf("%s: read %+v\nencoding/json %+v", name, fast, slow)
	}
}

func FuzzSnippetArticle(f *testing.F) {
	for _, tc := range snippetCases {
		f.Add(tc.json)
	}
	f.Fuzz(func(t *testing.T, text string) {
		var fast snippetArticle
		if readSnippetArticle(text, &fast) {
			compareSnippetReads(t, "fuzz", text, fast)
		}
	})
}
