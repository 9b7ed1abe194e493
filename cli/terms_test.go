package cli

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/internal/testenv"
)

func TestTermsAddListRemoveExport(t *testing.T) {
	testenv.Isolate(t)
	if code, out, errOut := run(t, "terms", "add", "投资", "capital spending", "--note", "capex"); code != 0 || out != "added 投资 = capital spending\n" {
		t.Fatalf("add: exit %d %q %s", code, out, errOut)
	}
	// Either order; the same pair again is refused.
	if code, _, errOut := run(t, "terms", "add", "rate cut", "降息"); code != 0 {
		t.Fatalf("add in English-first order: %s", errOut)
	}
	if code, _, errOut := run(t, "terms", "add", "投資", "Capital Spending"); code != 1 || !strings.Contains(errOut, "already") {
		t.Errorf("a pair twice: exit %d %s", code, errOut)
	}
	if code, _, _ := run(t, "terms", "add", "投资"); code != 2 {
		t.Errorf("add with one side: exit %d, want 2", code)
	}
	code, out, _ := run(t, "terms", "--json")
	var list []struct{ ZH, EN, Added, Note string }
	if err := json.Unmarshal([]byte(out), &list); code != 0 || err != nil || len(list) != 2 || list[0].Note != "capex" || list[1].ZH != "降息" || list[1].Added == "" {
		t.Fatalf("terms --json: exit %d %v %s", code, err, out)
	}
	if _, out, _ := run(t, "terms"); !strings.Contains(out, "降息  rate cut") {
		t.Errorf("terms:\n%s", out)
	}
	// A term of the list overrides the dictionary in ~ search.
	if _, out, _ := run(t, "search", "--json", "~投资"); !strings.Contains(out, `"also": [`) || !strings.Contains(out, `"capital spending"`) || strings.Contains(out, `"investment"`) {
		t.Errorf("search ~投资 does not expand to the term list's pair:\n%.600s", out)
	}
	dir := t.TempDir()
	tmx, csvPath := filepath.Join(dir, "terms.tmx"), filepath.Join(dir, "terms.csv")
	if code, out, errOut := run(t, "terms", "export", "--tmx", tmx); code != 0 || !strings.Contains(out, "wrote 2 pairs") {
		t.Fatalf("export --tmx: exit %d %s %s", code, out, errOut)
	}
	data, _ := os.ReadFile(tmx)
	var doc struct {
		Units []struct{} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(data, &doc); err != nil || len(doc.Units) != 2 {
		t.Errorf("TMX: %v, %d units\n%s", err, len(doc.Units), data)
	}
	if code, _, _ := run(t, "terms", "export", "--csv", csvPath); code != 0 {
		t.Fatal("export --csv failed")
	}
	if data, _ := os.ReadFile(csvPath); !strings.HasPrefix(string(data), "chinese,english,added,note\r\n投资,capital spending,") {
		t.Errorf("CSV:\n%s", data)
	}
	if code, _, _ := run(t, "terms", "export", "--csv", csvPath, "--tmx", tmx); code != 2 {
		t.Errorf("export in two formats at once: exit %d, want 2", code)
	}
	if code, out, _ := run(t, "terms", "remove", "降息", "rate cut"); code != 0 || !strings.Contains(out, "removed") {
		t.Errorf("remove: exit %d %s", code, out)
	}
	if code, _, errOut := run(t, "terms", "remove", "降息", "rate cut"); code != 1 || !strings.Contains(errOut, "no such pair") {
		t.Errorf("remove twice: exit %d %s", code, errOut)
	}
}

// TestTermsBadLine checks that a hand-edited list with a bad line is named
// with its line, and is not changed.
func TestTermsBadLine(t *testing.T) {
	testenv.Isolate(t)
	run(t, "list")
	path := filepath.Join(os.Getenv("XDG_DATA_HOME"), "tandem", "terms.tsv")
	bad := "投资\tinvestment\n投资 investment\n"
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := run(t, "terms"); code != 1 || !strings.Contains(errOut, "terms.tsv line 2") {
		t.Errorf("list: exit %d %s", code, errOut)
	}
	if code, _, errOut := run(t, "terms", "add", "降息", "rate cut"); code != 1 || !strings.Contains(errOut, "line 2") {
		t.Errorf("add: exit %d %s", code, errOut)
	}
	if data, _ := os.ReadFile(path); string(data) != bad {
		t.Errorf("the list changed:\n%s", data)
	}
}
