package adversarial

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"tandem/article"
	"tandem/cli"
	"tandem/internal/testenv"
	"tandem/library"
)

// commandTimeout bounds one in-process command. The commands here take well
// under a second; the bound only turns a hang (an open that blocks on a
// FIFO, a read that never ends) into a failure instead of a stuck test run.
const commandTimeout = time.Minute

// session is a library in temporary folders that commands run against.
type session struct {
	dir string // the library folder
}

func newSession(t *testing.T) *session {
	t.Helper()
	testenv.Isolate(t)
	return &session{dir: filepath.Join(t.TempDir(), "library")}
}

// run runs one tandem command in this process and returns its exit status,
// stdout and stderr. A command still running after commandTimeout fails
// the test.
func (s *session) run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr syncBuffer
	code := s.runTo(t, &stdout, &stderr, args...)
	return code, stdout.String(), stderr.String()
}

// runTo is run with the caller's output streams.
func (s *session) runTo(t *testing.T, stdout, stderr io.Writer, args ...string) int {
	t.Helper()
	env := &cli.Env{Stdout: stdout, Stderr: stderr, Version: "test",
		Open: func() (*library.Library, error) { return library.Open(library.Options{Dir: s.dir}) }}
	ctx, cancel := context.WithTimeout(context.Background(), commandTimeout)
	defer cancel()
	done := make(chan int, 1)
	go func() { done <- cli.Run(env, args) }()
	select {
	case code := <-done:
		return code
	case <-ctx.Done():
		t.Fatalf("tandem %q still running after %v", args, commandTimeout)
		return 0
	}
}

// articles counts the article folders in the library; -1 when it cannot.
func (s *session) articles() int {
	entries, err := os.ReadDir(filepath.Join(s.dir, "articles"))
	if err != nil {
		return -1
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() && !strings.HasPrefix(e.Name(), ".") {
			n++
		}
	}
	return n
}

// syncBuffer is a bytes.Buffer that a command's goroutine may write while a
// timed-out test returns.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func needDevZero(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero on this system")
	}
}

// TestImportRefusesFilesThatAreNotRegular: a FIFO in a folder once hung the
// import before anything was printed, and a symlink to /dev/zero (whose
// size says 0) was read until memory ran out. Both are now refused by name
// and the good file beside them lands.
func TestImportRefusesFilesThatAreNotRegular(t *testing.T) {
	needDevZero(t)
	s := newSession(t)
	folder := t.TempDir()
	writeFile(t, filepath.Join(folder, "good.txt"), testenv.Seed(t))
	if err := syscall.Mkfifo(filepath.Join(folder, "pipe.txt"), 0o644); err != nil {
		t.Skipf("cannot make a FIFO here: %v", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(folder, "zero.txt")); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := s.run(t, "import", folder)
	if code != 1 {
		t.Errorf("exit %d, want 1 (stderr %q)", code, errOut)
	}
	for _, want := range []string{"pipe.txt: not a regular file (a FIFO)", "zero.txt: not a regular file (a device)"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q does not say %q", errOut, want)
		}
	}
	if !strings.Contains(out, "imported") || !strings.Contains(out, "good.txt") {
		t.Errorf("stdout %q does not report good.txt imported", out)
	}
	if n := s.articles(); n != 1 {
		t.Errorf("library holds %d articles, want 1", n)
	}
}

// TestImportRefusesADeviceNamedOnTheCommandLine: tandem import /dev/zero
// and tandem import-annotations /dev/zero once read without end.
func TestImportRefusesADeviceNamedOnTheCommandLine(t *testing.T) {
	needDevZero(t)
	s := newSession(t)
	const want = "/dev/zero: not a regular file (a device)"
	for _, args := range [][]string{
		{"import", "/dev/zero"},
		{"import", "--json", "/dev/zero"},
		{"import-annotations", "/dev/zero"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			code, out, errOut := s.run(t, args...)
			if code != 1 || !strings.Contains(out+errOut, want) {
				t.Errorf("exit %d, stdout %q, stderr %q; want 1 and %q", code, out, errOut, want)
			}
		})
	}
}

// TestReadRegularStopsAtTheLimit: a regular file whose size says less than
// it holds (Linux's /proc files say 0) is read only up to the limit.
func TestReadRegularStopsAtTheLimit(t *testing.T) {
	const path = "/proc/self/status"
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() || info.Size() != 0 {
		t.Skip("no /proc file that says it is empty")
	}
	_, err = library.ReadRegular(path, 16)
	if !errors.Is(err, article.ErrTooLarge) {
		t.Errorf("reading %s with a 16-byte limit: %v, want %v", path, err, article.ErrTooLarge)
	}
	data, err := library.ReadRegular(path, 1<<20)
	if err != nil || len(data) == 0 {
		t.Errorf("reading %s with room: %d bytes, %v", path, len(data), err)
	}
}

// firstWrite records how many articles the library held when a command
// first wrote to it.
type firstWrite struct {
	syncBuffer
	once  sync.Once
	count func() int
	seen  int
}

func (w *firstWrite) Write(p []byte) (int, error) {
	w.once.Do(func() { w.seen = w.count() })
	return w.syncBuffer.Write(p)
}

// TestImportPrintsEachFileAsItFinishes: a folder import once printed
// nothing until every file was done. The first lines now come as soon as
// the first batch of files is stored (a few hundred at most, see
// library's group commit), while later files are still waiting.
func TestImportPrintsEachFileAsItFinishes(t *testing.T) {
	s := newSession(t)
	folder := t.TempDir()
	total := 1200
	for i := range total {
		writeFile(t, filepath.Join(folder, fmt.Sprintf("%04d.txt", i)), fmt.Appendf(nil, "Article number %d is here.\n", i))
	}
	stdout := &firstWrite{count: s.articles}
	var stderr syncBuffer
	if code := s.runTo(t, stdout, &stderr, "import", folder); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if stdout.seen < 0 || stdout.seen >= total {
		t.Errorf("the first line came when %d of %d files were imported", stdout.seen, total)
	}
	lines := strings.Split(strings.TrimSpace(stdout.String()), "\n")
	if len(lines) != total {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), total, stdout.String())
	}
	for i, line := range lines {
		if name := fmt.Sprintf("%04d.txt", i); !strings.HasPrefix(line, "imported") || !strings.Contains(line, name) {
			t.Errorf("line %d %q does not report %s imported (lines come in file order)", i+1, line, name)
		}
	}
}

// TestImportFileNamesSurviveOutput: a newline in a file name once split the
// plain line in two, and a name that is not UTF-8 came out of --json with
// its bytes replaced.
func TestImportFileNamesSurviveOutput(t *testing.T) {
	s := newSession(t)
	folder := t.TempDir()
	newline := filepath.Join(folder, "two\nlines.txt")
	writeFile(t, newline, testenv.Seed(t))
	latin1 := filepath.Join(folder, "caf\xe9.txt")
	writeFile(t, latin1, []byte("An article in a file with a Latin-1 name.\n"))
	broken := filepath.Join(folder, "bad\nname\xff.txt")
	writeFile(t, broken, nil)

	code, out, errOut := s.run(t, "import", newline, broken)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the empty file", code)
	}
	if strings.Count(out, "\n") != 1 || !strings.Contains(out, strconv.Quote(newline)) {
		t.Errorf("stdout %q: want one line naming %s", out, strconv.Quote(newline))
	}
	if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, strconv.Quote(broken)) {
		t.Errorf("stderr %q: want one line naming %s", errOut, strconv.Quote(broken))
	}

	code, out, errOut = s.run(t, "import", "--json", latin1)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var records []map[string]any
	if err := json.Unmarshal([]byte(out), &records); err != nil || len(records) != 1 {
		t.Fatalf("stdout is not one JSON record (%v):\n%s", err, out)
	}
	encoded, _ := records[0]["path_bytes"].(string)
	if got, err := base64.StdEncoding.DecodeString(encoded); err != nil || string(got) != latin1 {
		t.Errorf("path_bytes %q decodes to %q (%v), want %q", encoded, got, err, latin1)
	}

	_, out, _ = s.run(t, "import", "--json", newline)
	if strings.Contains(out, "path_bytes") {
		t.Errorf("path_bytes given for a UTF-8 name:\n%s", out)
	}
}
