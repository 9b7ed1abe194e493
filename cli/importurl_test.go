package cli

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/article"
	"tandem/internal/testenv"
	"tandem/library"
)

// pageServer serves the saved pages of article/testdata/web, the
// Windows-1252 one with its charset only in the HTTP header.
func pageServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	serve := func(route, file, contentType string) {
		data, err := os.ReadFile(filepath.Join("..", "article", "testdata", "web", file))
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc(route, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", contentType)
			w.Write(data)
		})
	}
	serve("/world/thunberg", "news-en.html", "text/html; charset=utf-8")
	serve("/teachers", "header-cp1252.html", "text/html; charset=windows-1252")
	serve("/sign-in", "login.html", "text/html; charset=utf-8")
	serve("/logo.png", "login.html", "image/png")
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestImportURLs(t *testing.T) {
	testenv.Isolate(t)
	s := pageServer(t)
	code, out, errOut := run(t, "import", "--json", s.URL+"/world/thunberg", testenv.SeedPath(), s.URL+"/teachers",
		s.URL+"/missing", s.URL+"/logo.png", s.URL+"/sign-in")
	if code != 1 {
		t.Errorf("exit %d, want 1 when a URL failed (stderr %q)", code, errOut)
	}
	var records []importRecord
	if err := json.Unmarshal([]byte(out), &records); err != nil {
		t.Fatalf("stdout is not a JSON array: %v\n%s", err, out)
	}
	want := []struct{ path, status, title, error string }{
		{s.URL + "/world/thunberg", "imported", "Thunberg tells world leaders: 'You have stolen my dreams'", ""},
		{testenv.SeedPath(), "imported", "", ""},
		{s.URL + "/teachers", "imported", "Teachers’ strike enters its second week", ""},
		{s.URL + "/missing", "failed", "", "fetch " + s.URL + "/missing: 404 Not Found"},
		{s.URL + "/logo.png", "failed", "", "fetch " + s.URL + "/logo.png: not a web page (image/png)"},
		{s.URL + "/sign-in", "failed", "", s.URL + "/sign-in: the file has no text paragraphs: the web page holds no article"},
	}
	if len(records) != len(want) {
		t.Fatalf("%d records, want %d: %+v", len(records), len(want), records)
	}
	for i, w := range want {
		r := records[i]
		if r.Path != w.path || r.Status != w.status || w.title != "" && r.Title != w.title || !strings.HasPrefix(r.Error, w.error) || (w.error == "") != (r.Error == "") {
			t.Errorf("record %d: %+v\nwant %+v", i, r, w)
		}
	}

	// The page's bytes are the source kept, and read again they give the
	// same article: the charset the header named is written in front.
	lib, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	for _, r := range []importRecord{records[0], records[2]} {
		kept, err := os.ReadFile(filepath.Join(lib.Dir(), "articles", r.ID, "source.html"))
		if err != nil {
			t.Fatal(err)
		}
		a, err := article.Parse(kept)
		if err != nil || a.ID != r.ID || a.Title != r.Title {
			t.Errorf("the kept source of %s reads as %v, %v", r.Path, a, err)
		}
	}
	a, err := lib.Article(records[2].ID)
	if err != nil || !strings.Contains(a.Pairs[0].EN, "“Education workers") {
		t.Errorf("the Windows-1252 page reads %v, %v", a, err)
	}
}

func TestImportURLPrintsOneLinePerResult(t *testing.T) {
	testenv.Isolate(t)
	s := pageServer(t)
	code, out, errOut := run(t, "import", s.URL+"/missing", s.URL+"/world/thunberg")
	if code != 1 || !strings.HasPrefix(out, "imported ") || !strings.Contains(out, s.URL+"/world/thunberg") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	if want := "failed     fetch " + s.URL + "/missing: 404 Not Found\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
}

// TestImportPairOfURLs pairs the Chinese and the English page of one story,
// one by URL and one from a file: one article, both pages kept.
func TestImportPairOfURLs(t *testing.T) {
	testenv.Isolate(t)
	s := pageServer(t)
	zh := filepath.Join("..", "article", "testdata", "web", "news-zh.html")
	code, out, errOut := run(t, "import", "--json", "--pair", s.URL+"/world/thunberg", zh)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var records []importRecord
	if err := json.Unmarshal([]byte(out), &records); err != nil || len(records) != 1 {
		t.Fatalf("not one JSON record (%v):\n%s", err, out)
	}
	r := records[0]
	if r.Status != "imported" || r.Path != s.URL+"/world/thunberg" || r.OtherPath != zh || r.Pairs < 3 {
		t.Fatalf("record %+v", r)
	}
	lib, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	a, err := lib.Article(r.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i, p := range a.Pairs {
		if p.ZH == "" || p.EN == "" {
			t.Errorf("row %d is in one language: %q %q", i, p.ZH, p.EN)
		}
	}
	for _, name := range []string{"source.zh.html", "source.en.html"} {
		if _, err := os.Stat(filepath.Join(lib.Dir(), "articles", r.ID, name)); err != nil {
			t.Errorf("%s not kept: %v", name, err)
		}
	}
	code, _, errOut = run(t, "import", "--pair", s.URL+"/missing", zh)
	if code != 1 || !strings.Contains(errOut, s.URL+"/missing: 404 Not Found") {
		t.Errorf("a pair with a missing page: exit %d, stderr %q", code, errOut)
	}
}
