package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// TestWindowShowsWhatATerminalChanges runs the window and, beside it, a
// terminal: a child process that imports an article and highlights a
// phrase in the article on display. The window lists the new article and
// shows the highlight, without being told.
func TestWindowShowsWhatATerminalChanges(t *testing.T) {
	if os.Getenv("TANDEM_TERMINAL_CHILD") == "1" {
		terminal()
		return
	}
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	welcome := u.current
	if len(u.list.items) != 1 || welcome == "" {
		t.Fatalf("the window lists %d articles and shows %q, want the welcome article", len(u.list.items), welcome)
	}
	stop := make(chan struct{})
	defer close(stop)
	go u.watch(stop)

	file := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(file, []byte("Written in a terminal.\n\n在终端里写的。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWindowShowsWhatATerminalChanges$")
	cmd.Env = append(os.Environ(), "TANDEM_TERMINAL_CHILD=1", "TANDEM_TERMINAL_FILE="+file, "TANDEM_TERMINAL_ARTICLE="+welcome)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("the terminal failed: %v\n%s", err, out)
	}
	until(t, u, func() bool { return len(u.list.items) == 2 && len(u.reader.anns) == 1 })
	if u.current != welcome {
		t.Errorf("the window moved from %s to %s", welcome, u.current)
	}
	anns, _, err := lib.Annotations(welcome)
	if err != nil || len(anns) != 1 || anns[0].Note != "from the terminal" {
		t.Errorf("annotations on disk: %v %v", anns, err)
	}
}

// terminal is the child of TestWindowShowsWhatATerminalChanges: a second
// process with the library open, importing and annotating.
func terminal() {
	lib, err := library.Open(library.Options{})
	if err != nil {
		panic(err)
	}
	defer lib.Close()
	if r := lib.ImportFile(os.Getenv("TANDEM_TERMINAL_FILE")); r.Status != library.Imported {
		panic(r.Err)
	}
	a, err := lib.Article(os.Getenv("TANDEM_TERMINAL_ARTICLE"))
	if err != nil {
		panic(err)
	}
	tg, err := annotation.FindQuote(a, article.EN, strings.Fields(a.Pairs[0].EN)[0], 1)
	if err != nil {
		panic(err)
	}
	an := annotation.New(a, tg, annotation.Yellow)
	an.Note = "from the terminal"
	if err := lib.SaveAnnotation(an); err != nil {
		panic(err)
	}
}
