package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/internal/testenv"
	"tandem/library"
)

// run runs a command against a library in temporary XDG folders and returns
// its exit status and output.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdout: &stdout, Stderr: &stderr, Version: "test",
		Open: func() (*library.Library, error) { return library.Open(library.Options{}) }}
	code := Run(env, args)
	return code, stdout.String(), stderr.String()
}

func TestImportJSONReportsEveryFile(t *testing.T) {
	testenv.Isolate(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte{0, 1, 2}, 0o644)

	code, out, errOut := run(t, "import", testenv.SeedPath(), bad, "--json")
	if code != 1 {
		t.Errorf("exit %d, want 1 when a file failed (stderr %q)", code, errOut)
	}
	var records []importRecord
	if err := json.Unmarshal([]byte(out), &records); err != nil {
		t.Fatalf("stdout is not a JSON array: %v\n%s", err, out)
	}
	if len(records) != 2 {
		t.Fatalf("%d records, want 2", len(records))
	}
	byPath := map[string]importRecord{}
	for _, r := range records {
		byPath[r.Path] = r
	}
	seed := byPath[testenv.SeedPath()]
	if seed.Status != "imported" || seed.ID != "2026-02-05-fb404c39" || seed.Pairs != 3 ||
		seed.Source != "Avalaches" || seed.Date != "2026-02-05" || seed.Error != "" || seed.Title == "" {
		t.Errorf("seed record %+v", seed)
	}
	if r := byPath[bad]; r.Status != "failed" || !strings.Contains(r.Error, "bad.txt") || !strings.Contains(r.Error, "not text") {
		t.Errorf("bad file record %+v", r)
	}

	code, out, _ = run(t, "import", "--json", testenv.SeedPath())
	if code != 0 || !strings.Contains(out, `"status": "duplicate"`) {
		t.Errorf("second import: exit %d, %s", code, out)
	}
}

func TestListAndShowJSON(t *testing.T) {
	testenv.Isolate(t)
	if code, _, errOut := run(t, "import", testenv.SeedPath()); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	code, out, _ := run(t, "list", "--json")
	var list []listRecord
	if err := json.Unmarshal([]byte(out), &list); err != nil || code != 0 {
		t.Fatalf("list: exit %d, %v\n%s", code, err, out)
	}
	if len(list) != 1 || list[0].ID != "2026-02-05-fb404c39" || list[0].Pairs != 3 {
		t.Errorf("list %+v", list)
	}

	code, out, _ = run(t, "show", "--json", "2026-02-05-fb404c39")
	if code != 0 {
		t.Fatalf("show exit %d", code)
	}
	var shown map[string]any
	if err := json.Unmarshal([]byte(out), &shown); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"id", "title", "source", "source_id", "date", "author", "pairs"} {
		if _, ok := shown[key]; !ok {
			t.Errorf("show --json lacks %q", key)
		}
	}
	pairs := shown["pairs"].([]any)
	first := pairs[0].(map[string]any)
	for _, key := range []string{"zh", "en", "sentences_zh", "sentences_en", "links"} {
		if _, ok := first[key]; !ok {
			t.Errorf("pair lacks %q", key)
		}
	}
	if links := first["links"].([]any); len(links) == 0 || len(links[0].([]any)) != 2 {
		t.Errorf("links are not [zh, en] pairs: %v", first["links"])
	}
}

func TestErrorsAreOneLineOnStderr(t *testing.T) {
	testenv.Isolate(t)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"unknown article", []string{"show", "2000-01-01-00000000"}, 1, "no such article"},
		{"bad flag", []string{"list", "--bogus"}, 2, "flag provided but not defined"},
		{"no paths", []string{"import"}, 2, "name at least one file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, errOut, tc.code, tc.want)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "tandem") {
				t.Errorf("stderr %q is not one line saying who is talking", errOut)
			}
		})
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for name := range commands {
		code, out, _ := run(t, name, "--help")
		if code != 0 || !strings.HasPrefix(out, "usage: tandem "+name) {
			t.Errorf("%s --help: exit %d, %q", name, code, out)
		}
	}
	if code, out, _ := run(t, "help"); code != 0 || !strings.Contains(out, "import") {
		t.Errorf("help: exit %d, %q", code, out)
	}
}

func TestFlagsMayFollowArguments(t *testing.T) {
	fs := flags("import")
	asJSON := fs.Bool("json", false, "")
	var env Env
	rest, err := parse(&env, fs, []string{"a.txt", "--json", "b.txt", "--", "--c.txt"})
	if err != nil || !*asJSON || strings.Join(rest, " ") != "a.txt b.txt --c.txt" {
		t.Errorf("parse: %v, json %v, rest %q", err, *asJSON, rest)
	}
}

// TestEveryCommandOpensTheLibraryTheSameWay: with good arguments, every
// command of the table says why the library did not open in the same
// words; with a usage mistake, none tries to open it. A command that needs
// no library never opens it.
func TestEveryCommandOpensTheLibraryTheSameWay(t *testing.T) {
	testenv.Isolate(t)
	export := filepath.Join(t.TempDir(), "export.jsonld")
	os.WriteFile(export, []byte("[]"), 0o644)
	good := map[string][]string{
		"import": {"a.txt"}, "pair": {"ID", "en.html"}, "list": nil, "show": {"ID"}, "annotate": {"ID", "--lang", "en", "--quote", "q"},
		"annotations": {"ID"}, "tags": nil, "tag": {"rename", "a", "b"}, "counterpart": {"ID", "--clear"},
		"delete": {"ID"}, "undo": nil, "redo": nil, "trash": nil, "export": {"--format", "md"},
		"import-annotations": {export}, "reparse": nil, "check-numbers": {"ID"}, "align": {"ID", "--merge", "0"},
		"search": {"q"}, "reindex": nil, "check": nil, "sync": nil, "terms": {"add", "投资", "investment"},
		"open": {"tandem://open/2026-02-05-fb404c39#4f778737-1fc6-438f-a95f-20bb62ccb39d"},
	}
	for name, c := range commands {
		args, ok := good[name]
		if c.alone {
			// It needs no library: it never opens one.
			var stdout, stderr bytes.Buffer
			env := &Env{Stdout: &stdout, Stderr: &stderr,
				Open: func() (*library.Library, error) {
					t.Errorf("%s opened the library", name)
					return nil, errors.New("no")
				}}
			Run(env, []string{name, "投资"})
			continue
		}
		if !ok {
			t.Errorf("%s: no good arguments in this test", name)
			continue
		}
		opened := 0
		var stdout, stderr bytes.Buffer
		env := &Env{Stdout: &stdout, Stderr: &stderr,
			Open: func() (*library.Library, error) { opened++; return nil, errors.New("the disk is on fire") }}
		if code := Run(env, append([]string{name}, args...)); code != 1 || opened != 1 ||
			stderr.String() != "tandem "+name+": the disk is on fire\n" || stdout.Len() != 0 {
			t.Errorf("%s: exit %d, opened %d times, stdout %q, stderr %q", name, code, opened, stdout.String(), stderr.String())
		}
		if name == "reparse" {
			continue // takes any arguments
		}
		opened = 0
		if code := Run(env, []string{name, "--no-such-flag"}); code != 2 || opened != 0 {
			t.Errorf("%s with a mistake: exit %d, opened %d times", name, code, opened)
		}
	}
}
