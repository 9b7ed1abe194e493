// Package webfetch fetches the page at a URL a reader asked to import: over
// http or https only, within a time and a size limit, following a few
// redirects, and only when what comes back is a document Tandem reads (a
// web page, plain text, a PDF, a Word file or an EPUB book).
package webfetch

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"
)

// The limits of a fetch.
const (
	// MaxSize is the largest body Fetch accepts, in bytes: the size limit
	// of an imported file.
	MaxSize = 20 << 20
	// Timeout bounds a whole fetch, from the request to the last byte.
	Timeout = 30 * time.Second
	// MaxRedirects is how many redirects a fetch follows.
	MaxRedirects = 5
)

// Errors of Fetch, wrapped in an *Error; test with errors.Is.
var (
	// ErrScheme means the URL is not http or https (or a redirect led
	// elsewhere).
	ErrScheme = errors.New("only http and https addresses can be fetched")
	// ErrStatus means the server answered with a status other than 200 OK.
	ErrStatus = errors.New("the server refused the page")
	// ErrNotDocument means the server sent something Tandem does not read,
	// such as an image.
	ErrNotDocument = errors.New("not a web page")
	// ErrTooLarge means the body is larger than the limit.
	ErrTooLarge = errors.New("the page is too large")
	// ErrTimeout means the fetch took longer than its time limit.
	ErrTimeout = errors.New("the server did not answer in time")
)

// Error is a failed fetch: the URL and why, in one line ("fetch
// https://example.com/a: 404 Not Found").
type Error struct {
	URL    string
	Err    error  // one of the errors above, or the network's
	Detail string // what the error adds, such as the status or the content type
}

// Error names the URL and the reason.
func (e *Error) Error() string {
	switch {
	case e.Detail == "":
		return fmt.Sprintf("fetch %s: %v", e.URL, e.Err)
	case errors.Is(e.Err, ErrStatus):
		return fmt.Sprintf("fetch %s: %s", e.URL, e.Detail)
	}
	return fmt.Sprintf("fetch %s: %v (%s)", e.URL, e.Err, e.Detail)
}

// Unwrap gives the reason, for errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// IsURL reports whether s is an http or https address with a host, as
// opposed to a path on disk.
func IsURL(s string) bool {
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Fetcher fetches pages with its own limits; the zero value uses the
// package's.
type Fetcher struct {
	// Client is the HTTP client; nil means one with no time limit of its
	// own (Timeout bounds the fetch).
	Client *http.Client
	// Timeout and MaxSize replace the package's limits when not zero.
	Timeout time.Duration
	MaxSize int
}

// Fetch fetches rawURL with the package's limits (see Fetcher.Fetch).
func Fetch(ctx context.Context, rawURL string) (name string, data []byte, err error) {
	var f Fetcher
	return f.Fetch(ctx, rawURL)
}

// Fetch gets the document at rawURL. name is its address after redirects.
// data is the body byte for byte, except that a web page whose charset
// only the HTTP header names gets that charset written in front of it as
// a <meta charset> (see markCharset), so the page kept reads the same when
// it is read again. Every error is an *Error naming rawURL.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (name string, data []byte, err error) {
	rawURL = strings.TrimSpace(rawURL)
	fail := func(err error, detail string) (string, []byte, error) {
		return "", nil, &Error{URL: rawURL, Err: err, Detail: detail}
	}
	if !IsURL(rawURL) {
		return fail(ErrScheme, "")
	}
	ctx, cancel := context.WithTimeout(ctx, cmp.Or(f.Timeout, Timeout))
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return fail(err, "")
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.5")
	resp, err := f.client().Do(req)
	if err != nil {
		return fail(transportError(ctx, err), "")
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail(ErrStatus, resp.Status)
	}
	limit := cmp.Or(f.MaxSize, MaxSize)
	if resp.ContentLength > int64(limit) {
		return fail(ErrTooLarge, fmt.Sprintf("%s, the limit is %s", sizeText(resp.ContentLength), sizeText(int64(limit))))
	}
	data, err = io.ReadAll(io.LimitReader(resp.Body, int64(limit)+1))
	if err != nil {
		return fail(transportError(ctx, err), "")
	}
	if len(data) > limit {
		return fail(ErrTooLarge, "more than "+sizeText(int64(limit)))
	}
	kind, params := contentType(resp.Header.Get("Content-Type"), data)
	if !readable(kind, data) {
		return fail(ErrNotDocument, kind)
	}
	if kind == "text/html" || kind == "application/xhtml+xml" {
		data = markCharset(data, params["charset"])
	}
	return resp.Request.URL.String(), data, nil
}

func (f *Fetcher) client() *http.Client {
	c := http.Client{}
	if f.Client != nil {
		c = *f.Client
	}
	next := c.CheckRedirect
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > MaxRedirects {
			return fmt.Errorf("more than %d redirects", MaxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return fmt.Errorf("%w: a redirect to %s", ErrScheme, req.URL.Redacted())
		}
		if next != nil {
			return next(req, via)
		}
		return nil
	}
	return &c
}

// transportError says a fetch that ran out of time did so; other errors
// are the network's, such as a refused connection.
func transportError(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return ErrTimeout
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err // the URL is in the *Error already
	}
	return err
}

// contentType is the media type the server names, or the one the bytes
// show when it names none.
func contentType(header string, data []byte) (string, map[string]string) {
	if header == "" {
		header = http.DetectContentType(data)
	}
	kind, params, err := mime.ParseMediaType(header)
	if err != nil {
		kind, _, _ = strings.Cut(strings.ToLower(header), ";")
		return strings.TrimSpace(kind), nil
	}
	return kind, params
}

// readable reports whether a body of media type kind is a document Tandem
// reads: a web page, text, a PDF, a Word file or an EPUB, or a download
// (application/octet-stream) whose bytes start like a PDF or a zip.
func readable(kind string, data []byte) bool {
	switch kind {
	case "text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown",
		"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/epub+zip":
		return true
	case "application/octet-stream", "binary/octet-stream", "application/zip":
		return bytes.HasPrefix(data, []byte("%PDF-")) || bytes.HasPrefix(data, []byte("PK\x03\x04"))
	}
	return false
}

// markCharset writes the charset the HTTP header gave a web page in front
// of it as <meta charset>, where Tandem reads it, unless the page starts
// with a byte order mark or the charset is UTF-8 and the page is UTF-8
// (then it reads the same without). The header takes precedence over the
// page's own <meta>, as in a browser, and so does the first <meta>.
func markCharset(data []byte, charset string) []byte {
	charset = strings.Trim(strings.TrimSpace(charset), `"'`)
	switch {
	case charset == "", strings.ContainsAny(charset, "<>\"' "),
		bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}),
		(strings.EqualFold(charset, "utf-8") || strings.EqualFold(charset, "utf8")) && utf8.Valid(data):
		return data
	}
	return append([]byte(`<meta charset="`+charset+`">`+"\n"), data...)
}

// sizeText says a size in bytes in the unit that suits it.
func sizeText(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", (n+(1<<20)-1)>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+(1<<10)-1)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
