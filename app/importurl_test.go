package app

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

func TestImportAURLByTyping(t *testing.T) {
	u, lib := newTestUI(t)
	page, err := os.ReadFile(filepath.Join("..", "article", "testdata", "web", "news-zh.html"))
	if err != nil {
		t.Fatal(err)
	}
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		switch r.URL.Path {
		case "/climate/thunberg":
			w.Write(page)
		case "/climate/thunberg-updated": // another text, so another article
			w.Write([]byte(strings.Replace(string(page), "桑伯格访问联合国后", "桑伯格访问联合国之后", 1)))
		default:
			http.NotFound(w, r)
		}
	}))
	defer s.Close()

	u.askPath()
	dialogEntry(t, u).SetText(s.URL + "/climate/thunberg")
	submitDialog(t, u, "Import")
	settle(t, u)
	list, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range list {
		found = found || a.Title == "桑伯格对世界领导人说：你们偷走了我的梦想" && a.Source == "每日纪事"
	}
	if !found {
		t.Fatalf("the page at the URL was not imported: %+v", list)
	}
	if got := u.status.label.Text; !strings.HasPrefix(got, "Imported 1 article") {
		t.Errorf("status %q", got)
	}

	// A link dropped from a browser is fetched the same way.
	before := len(list)
	link, err := storage.ParseURI(s.URL + "/climate/thunberg-updated")
	if err != nil {
		t.Fatal(err)
	}
	u.importURIs([]fyne.URI{link})
	settle(t, u)
	if list, _ = lib.List(); len(list) != before+1 {
		t.Errorf("a dropped link: %d articles, want %d", len(list), before+1)
	}

	u.askPath()
	dialogEntry(t, u).SetText(s.URL + "/missing")
	submitDialog(t, u, "Import")
	settle(t, u)
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("a failed fetch shows nothing")
	}
	var shown strings.Builder
	for _, o := range test.LaidOutObjects(top) {
		if l, ok := o.(*widget.Label); ok {
			shown.WriteString(l.Text + "\n")
		}
	}
	if want := "fetch " + s.URL + "/missing: 404 Not Found"; !strings.Contains(shown.String(), want) {
		t.Errorf("the failure dialog says %q, want %q", shown.String(), want)
	}
}
