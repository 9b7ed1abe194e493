package webfetch

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

const page = `<!DOCTYPE html><html><head><title>Fed holds</title></head><body><p>Text.</p></body></html>`

// server serves the routes of the fetch tests.
func server(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/gbk", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=GBK")
		w.Write([]byte("<p>\xd3\xa2\xce\xb0\xb4\xef</p>")) // 英伟达
	})
	mux.HandleFunc("/bom", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=gbk")
		w.Write([]byte("\xEF\xBB\xBF<p>x</p>"))
	})
	mux.HandleFunc("/untyped", func(w http.ResponseWriter, r *http.Request) {
		w.Header()["Content-Type"] = nil // no type: the bytes tell
		fmt.Fprint(w, page)
	})
	mux.HandleFunc("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("%PDF-1.7\n"))
	})
	mux.HandleFunc("/zip-as-binary", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write([]byte("MZ\x90\x00"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(bytes.Repeat([]byte("<p>x</p>\n"), 1000))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done() // answers only when the client gives up
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/page", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/to-ftp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "ftp://example.com/file", http.StatusFound)
	})
	s := httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func TestFetch(t *testing.T) {
	s := server(t)
	cases := []struct {
		path string
		name string // "" means the URL fetched
		data string
	}{
		{"/page", "", page},
		{"/moved", s.URL + "/page", page},
		{"/untyped", "", page},
		{"/gbk", "", "<meta charset=\"GBK\">\n<p>\xd3\xa2\xce\xb0\xb4\xef</p>"},
		{"/bom", "", "\xEF\xBB\xBF<p>x</p>"},
		{"/pdf", "", "%PDF-1.7\n"},
	}
	for _, tc := range cases {
		t.Run(tc.path, func(t *testing.T) {
			name, data, err := Fetch(context.Background(), s.URL+tc.path)
			if err != nil {
				t.Fatal(err)
			}
			if want := cmp.Or(tc.name, s.URL+tc.path); name != want || string(data) != tc.data {
				t.Errorf("Fetch = %q, %q; want %q, %q", name, data, want, tc.data)
			}
		})
	}
}

func TestFetchFails(t *testing.T) {
	s := server(t)
	small := &Fetcher{MaxSize: 4096}
	quick := &Fetcher{Timeout: 50 * time.Millisecond}
	var plain Fetcher
	cases := []struct {
		name    string
		f       *Fetcher
		url     string
		err     error
		message string
	}{
		{"not found", &plain, s.URL + "/missing", ErrStatus, "fetch " + s.URL + "/missing: 404 Not Found"},
		{"an image", &plain, s.URL + "/image", ErrNotDocument, "fetch " + s.URL + "/image: not a web page (image/png)"},
		{"a binary download", &plain, s.URL + "/zip-as-binary", ErrNotDocument, "not a web page (application/octet-stream)"},
		{"too large", small, s.URL + "/big", ErrTooLarge, "the page is too large (more than 4 KB)"},
		{"too slow", quick, s.URL + "/slow", ErrTimeout, "fetch " + s.URL + "/slow: the server did not answer in time"},
		{"a redirect loop", &plain, s.URL + "/loop", nil, "redirects"},
		{"a redirect to ftp", &plain, s.URL + "/to-ftp", ErrScheme, "only http and https"},
		{"not http", &plain, "file:///etc/passwd", ErrScheme, "fetch file:///etc/passwd: only http and https"},
		{"no server", &plain, "http://127.0.0.1:1/", nil, "fetch http://127.0.0.1:1/: "},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, data, err := tc.f.Fetch(context.Background(), tc.url)
			t.Log(err)
			var fe *Error
			if !errors.As(err, &fe) || fe.URL != tc.url || data != nil {
				t.Fatalf("Fetch = %q, %v; want an *Error naming %s", data, err, tc.url)
			}
			if tc.err != nil && !errors.Is(err, tc.err) || !strings.Contains(err.Error(), tc.message) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %q, want %v saying %q on one line", err, tc.err, tc.message)
			}
		})
	}
}

func TestFetchCancelled(t *testing.T) {
	s := server(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Fetch(ctx, s.URL+"/page"); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled fetch gave %v", err)
	}
}

func TestIsURL(t *testing.T) {
	cases := []struct {
		s    string
		want bool
	}{
		{"https://www.ft.com/content/abc", true},
		{"http://example.com", true},
		{"  https://example.com/a?b=c  ", true},
		{"HTTPS://EXAMPLE.COM/", true},
		{"/home/ann/article.html", false},
		{"article.html", false},
		{"https://", false},
		{"file:///tmp/a.html", false},
		{"ftp://example.com/a", false},
		{"C:\\Users\\ann\\a.html", false},
	}
	for _, tc := range cases {
		if got := IsURL(tc.s); got != tc.want {
			t.Errorf("IsURL(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestMarkCharset(t *testing.T) {
	cases := []struct {
		name, data, charset, want string
	}{
		{"a header charset is written in front", "<p>\xb0</p>", "big5", "<meta charset=\"big5\">\n<p>\xb0</p>"},
		{"no header charset", "<p>\xb0</p>", "", "<p>\xb0</p>"},
		{"UTF-8 that is UTF-8", "<p>英伟达</p>", "UTF-8", "<p>英伟达</p>"},
		{"UTF-8 that is not", "<p>\xb0</p>", "utf-8", "<meta charset=\"utf-8\">\n<p>\xb0</p>"},
		{"a charset that would break the tag", "<p>x</p>", `gbk"><script>`, "<p>x</p>"},
		{"quoted", "<p>\xb0</p>", `"gbk"`, "<meta charset=\"gbk\">\n<p>\xb0</p>"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := string(markCharset([]byte(tc.data), tc.charset)); got != tc.want {
				t.Errorf("markCharset = %q, want %q", got, tc.want)
			}
		})
	}
}
