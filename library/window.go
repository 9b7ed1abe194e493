package library

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// The window of a library listens on a socket of its own, so that `tandem
// open tandem://open/ID#ANNOTATION` (a link in an export, clicked in a
// browser or a notes app) shows the passage in the window already open
// instead of starting a second one. One line each way: "open ID
// ANNOTATION" (ANNOTATION may be "-"), then "ok" or "error: why".

// WindowAddress is the socket the library's window listens on.
func (l *Library) WindowAddress() string {
	return socketPath(l.search.dir + ".window")
}

// ErrNoWindow means no window of the library is open.
var ErrNoWindow = errors.New("no Tandem window is open")

// AskWindow asks the window listening at addr to show an article, at an
// annotation when annotationID is not empty. It fails with ErrNoWindow
// when none listens.
func AskWindow(addr, articleID, annotationID string) error {
	if !isArticleID(articleID) || annotationID != "" && !isArticleID(annotationID) {
		return fmt.Errorf("%q#%q: not an article and annotation ID", articleID, annotationID)
	}
	conn, err := net.DialTimeout("unix", addr, 2*time.Second)
	if err != nil {
		return ErrNoWindow
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	if annotationID == "" {
		annotationID = "-"
	}
	if _, err := fmt.Fprintf(conn, "open %s %s\n", articleID, annotationID); err != nil {
		return ErrNoWindow
	}
	answer, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return fmt.Errorf("the window did not answer: %w", err)
	}
	if answer = strings.TrimSpace(answer); answer != "ok" {
		return errors.New(strings.TrimPrefix(answer, "error: "))
	}
	return nil
}

// ServeWindow listens at addr for AskWindow's requests and passes each to
// show, until stop is called. A socket left by a window that crashed is
// taken over; one that another window still answers is an error.
func ServeWindow(addr string, show func(articleID, annotationID string) error) (stop func(), err error) {
	if conn, err := net.DialTimeout("unix", addr, time.Second); err == nil {
		conn.Close()
		return nil, errors.New("another Tandem window of this library is open")
	}
	os.Remove(addr)
	if err := os.MkdirAll(filepath.Dir(addr), 0o755); err != nil {
		return nil, err
	}
	ln, err := net.Listen("unix", addr)
	if err != nil {
		return nil, err
	}
	os.Chmod(addr, 0o600) // other users of the machine may not drive it
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return // stopped
			}
			go answerWindow(conn, show)
		}
	}()
	return func() { ln.Close(); os.Remove(addr) }, nil
}

// answerWindow reads one request and answers it.
func answerWindow(conn net.Conn, show func(articleID, annotationID string) error) {
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(io.LimitReader(conn, 1024)).ReadString('\n')
	if err != nil {
		return
	}
	f := strings.Fields(line)
	if len(f) != 3 || f[0] != "open" || !isArticleID(f[1]) || f[2] != "-" && !isArticleID(f[2]) {
		fmt.Fprintln(conn, "error: not a request to open an article")
		return
	}
	ann := f[2]
	if ann == "-" {
		ann = ""
	}
	if err := show(f[1], ann); err != nil {
		fmt.Fprintf(conn, "error: %s\n", strings.ReplaceAll(err.Error(), "\n", " "))
		return
	}
	fmt.Fprintln(conn, "ok")
}
