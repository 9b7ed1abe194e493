package adversarial

import (
	"bytes"
	"strings"
	"testing"

	"tandem/cli"
	"tandem/library"
)

// readerRun runs a tandem command as main wires it: commands that only
// read open the library read-only.
func readerRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &errOut, Version: "test",
		Open:         func() (*library.Library, error) { return library.Open(library.Options{}) },
		OpenReadOnly: func() (*library.Library, error) { return library.Open(library.Options{ReadOnly: true}) }}
	code = cli.Run(env, args)
	return code, out.String(), errOut.String()
}

// TestReadersAreNotLockedOutByAWriter holds the library open as the window
// does and uses it from the command line: reading needs no lock, and a
// command that writes holds the lock for its change only.
func TestReadersAreNotLockedOutByAWriter(t *testing.T) {
	libSeed(t)
	if code, _, errOut := libRun(t, "annotate", libSeedID, "--lang", "en", "--quote", "nonbinding", "--note", "read me"); code != 0 {
		t.Fatalf("annotate: exit %d: %s", code, errOut)
	}
	writer, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()

	reads := []struct {
		name   string
		args   []string
		want   string
		status int // check-numbers exits 1 on the sample's figures
	}{
		{"list", []string{"list"}, libSeedID, 0},
		{"show", []string{"show", libSeedID}, "nonbinding", 0},
		{"annotations", []string{"annotations", libSeedID}, "read me", 0},
		{"tags", []string{"tags"}, "", 0},
		{"export", []string{"export", "--format", "md"}, "read me", 0},
		{"search", []string{"search", "nonbinding"}, libSeedID, 0},
		{"search a note", []string{"search", "--json", "read"}, "read me", 0},
		{"check-numbers", []string{"check-numbers", libSeedID}, "", -1},
	}
	for _, r := range reads {
		t.Run(r.name, func(t *testing.T) {
			code, out, errOut := readerRun(t, r.args...)
			if strings.Contains(errOut, "in use") || r.status >= 0 && code != r.status {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if !strings.Contains(out, r.want) {
				t.Errorf("output lacks %q:\n%s", r.want, out)
			}
		})
	}
	// A command that writes takes the lock for its change only, so it
	// works beside the window too, and the window sees the change.
	code, _, errOut := readerRun(t, "annotate", libSeedID, "--lang", "en", "--quote", "Copilot")
	if code != 0 {
		t.Fatalf("annotate beside the writer: exit %d: %s", code, errOut)
	}
	list, err := writer.List()
	if err != nil || len(list) != 1 || list[0].Highlights != 2 {
		t.Errorf("the writer lists %+v (%v), want the terminal's highlight counted", list, err)
	}
}
