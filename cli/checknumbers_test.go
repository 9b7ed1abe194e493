package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/internal/testenv"
)

// importForCheckNumbers imports data as a file of the library in temporary XDG folders
// and returns the article's ID.
func importForCheckNumbers(t *testing.T, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "import", "--json", path)
	var records []importRecord
	if err := json.Unmarshal([]byte(out), &records); err != nil || code != 0 || len(records) != 1 {
		t.Fatalf("import: exit %d, %v, stdout %s, stderr %s", code, err, out, errOut)
	}
	return records[0].ID
}

func TestCheckNumbers(t *testing.T) {
	seed := string(testenv.Seed(t))
	changed := strings.Replace(seed, "130 亿美元", "150 亿美元", 1)
	if changed == seed {
		t.Fatal("the seed no longer says 130 亿美元")
	}
	for _, tc := range []struct {
		name     string
		data     string
		json     bool
		code     int
		want     string // in stdout
		wantJSON string
	}{
		{"seed", seed, false, 0, "no mismatches in 2026-02-05-fb404c39\n", ""},
		{"seed as JSON", seed, true, 0, "", "[]"},
		{"changed figure", changed, false, 1,
			"¶3 zh  “150 亿美元”  15,000,000,000 USD\n¶3 en  “$13 billion”  13,000,000,000 USD\n" +
				"2 mismatches in 2026-02-05-fb404c39: figures with no counterpart in the other language\n", ""},
		{"changed figure as JSON", changed, true, 1, "",
			`[{"pair":2,"lang":"zh","text":"150 亿美元","value":15000000000,"unit":"USD","confidence":0.9,"reason":"no counterpart; the en text says $13 billion"},` +
				`{"pair":2,"lang":"en","text":"$13 billion","value":13000000000,"unit":"USD","confidence":0.9,"reason":"no counterpart; the zh text says 150 亿美元"}]`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			testenv.Isolate(t)
			id := importForCheckNumbers(t, []byte(tc.data))
			args := []string{"check-numbers", id}
			if tc.json {
				args = append(args, "--json")
			}
			code, out, errOut := run(t, args...)
			if code != tc.code || errOut != "" {
				t.Errorf("exit %d, stderr %q; want %d and nothing", code, errOut, tc.code)
			}
			if tc.json {
				checkNumbersJSON(t, out, tc.wantJSON)
			} else if out != tc.want {
				t.Errorf("stdout\n%s\nwant\n%s", out, tc.want)
			}
		})
	}
}

// checkNumbersJSON compares JSON output with want, compacted; keys keep their
// order.
func checkNumbersJSON(t *testing.T, out, want string) {
	t.Helper()
	var compact bytes.Buffer
	if err := json.Compact(&compact, []byte(out)); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, out)
	}
	if compact.String() != want {
		t.Errorf("JSON %s, want %s", compact.String(), want)
	}
}

func TestCheckNumbersErrors(t *testing.T) {
	testenv.Isolate(t)
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no ID", []string{"check-numbers"}, 2, "name one article ID"},
		{"two IDs", []string{"check-numbers", "a", "b"}, 2, "name one article ID"},
		{"unknown article", []string{"check-numbers", "2000-01-01-00000000"}, 1, "no such article"},
		{"bad flag", []string{"check-numbers", "--bogus", "x"}, 2, "flag provided but not defined"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want %d and %q", code, out, errOut, tc.code, tc.want)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "tandem check-numbers") {
				t.Errorf("stderr %q is not one line from tandem check-numbers", errOut)
			}
		})
	}
}

func TestCheckNumbersHelpSaysPairIsZeroBased(t *testing.T) {
	code, out, _ := run(t, "check-numbers", "--help")
	if code != 0 || !strings.Contains(out, "0-based") || !strings.Contains(out, "--json") {
		t.Errorf("exit %d, help %q", code, out)
	}
}

func TestCheckNumbersAll(t *testing.T) {
	testenv.Isolate(t)
	text := "Trade rests on goods, money and people.\n贸易建立在三个方面之上：商品、货币和人员。\n\n" +
		"The deal is worth $5 billion.\n这笔交易价值 50 亿美元。\n"
	id := importForCheckNumbers(t, []byte(text))
	code, out, errOut := run(t, "check-numbers", id)
	if code != 0 || errOut != "" || out != "no mismatches in "+id+"\n" {
		t.Errorf("default: exit %d, stdout %q, stderr %q; want 0 and no mismatches", code, out, errOut)
	}
	code, out, _ = run(t, "check-numbers", "--all", id)
	want := "¶1 zh  “三”  3  [0.3 a counting word (三) the en text may say without a number]\n" +
		"0 likely mismatches in " + id + "; 1 figure in all with no counterpart in the other language, or not checked\n"
	if code != 0 || out != want {
		t.Errorf("--all: exit %d, stdout\n%s\nwant\n%s", code, out, want)
	}
	code, out, _ = run(t, "check-numbers", "--all", "--json", id)
	if code != 0 {
		t.Errorf("--all --json: exit %d", code)
	}
	checkNumbersJSON(t, out, `[{"pair":0,"lang":"zh","text":"三","value":3,"unit":"","confidence":0.3,"reason":"a counting word (三) the en text may say without a number"}]`)
}
