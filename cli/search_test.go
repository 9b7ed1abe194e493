package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/adrg/xdg"

	"tandem/internal/testenv"
)

func TestSearchJSONAfterImport(t *testing.T) {
	importSeed(t)
	code, out, errOut := run(t, "search", "--json", "--limit", "5", "投資", "tag:x", "OR", "Nvidia")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res struct {
		Total  int      `json:"total"`
		TookMS *float64 `json:"took_ms"`
		Hits   []struct {
			ID, Title, Source, Date string
			Score                   float64
			Snippets                []map[string]any
			Annotations             []any
		}
		Facets map[string]map[string]int `json:"facets"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if res.Total < 1 || res.TookMS == nil || len(res.Hits) != 1 || res.Hits[0].ID != seedID || res.Hits[0].Score <= 0 {
		t.Fatalf("results %+v", res)
	}
	snip := res.Hits[0].Snippets[0]
	for _, key := range []string{"field", "lang", "pair", "text"} {
		if _, ok := snip[key]; !ok {
			t.Errorf("snippet lacks %q: %v", key, snip)
		}
	}
	if !strings.Contains(snip["text"].(string), "<mark>") {
		t.Errorf("snippet has no marks: %v", snip)
	}
	for _, key := range []string{"tags", "source", "color", "claim"} {
		if _, ok := res.Facets[key]; !ok {
			t.Errorf("facets lack %q: %v", key, res.Facets)
		}
	}
}

func TestSearchText(t *testing.T) {
	importSeed(t)
	code, out, _ := run(t, "search", `"不具约束力"`)
	if code != 0 || !strings.Contains(out, "«不具约束力»") || !strings.Contains(out, seedID) {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestSearchSaysWhatIsWrongWithAQuery(t *testing.T) {
	importSeed(t)
	for _, tc := range []struct{ name, query, want string }{
		{"open quote", `"投资`, "unclosed quote at position 1"},
		{"unknown filter", "tagg:x", `unknown filter "tagg:"`},
		{"bad date", "after:2026-13-01", `after: "2026-13-01" is not a date (YYYY-MM-DD)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, "search", tc.query)
			if code != 2 || out != "" || !strings.Contains(errOut, tc.want) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q; want 2 and %q", code, out, errOut, tc.want)
			}
		})
	}
}

func TestSearchRebuildsADeletedIndex(t *testing.T) {
	importSeed(t)
	if err := os.RemoveAll(filepath.Join(xdg.CacheHome, "tandem", "index")); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := run(t, "search", "OpenAI")
	if code != 0 || !strings.Contains(errOut, "building the search index") || !strings.Contains(errOut, "indexed 1 of 1") || !strings.Contains(out, "fb404c39") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestCheckAndReindex(t *testing.T) {
	importSeed(t)
	if code, out, errOut := run(t, "check"); code != 0 || !strings.Contains(out, "agree") {
		t.Fatalf("check after import: exit %d, %q %q", code, out, errOut)
	}
	path := filepath.Join(xdg.DataHome, "tandem", "articles", seedID, "article.json")
	data, _ := os.ReadFile(path)
	os.WriteFile(path, []byte(strings.Replace(string(data), "Nvidia", "NVIDIA", 1)), 0o644)
	code, out, errOut := run(t, "check", "--json")
	if code != 1 || !strings.Contains(out, `"problem": "changed since it was indexed"`) || !strings.Contains(errOut, "tandem reindex") {
		t.Errorf("check after an edit: exit %d, %q %q", code, out, errOut)
	}
	if code, out, errOut := run(t, "reindex"); code != 0 || out != "rebuilt the search index: 1 articles\n" || !strings.Contains(errOut, "indexed 1 of 1") {
		t.Errorf("reindex: exit %d, %q %q", code, out, errOut)
	}
	if code, _, _ := run(t, "check"); code != 0 {
		t.Errorf("check after reindex: exit %d", code)
	}
}

func TestSearchQueryMayStartWithAMinus(t *testing.T) {
	importSeed(t)
	for _, tc := range []struct {
		name  string
		args  []string
		found bool
	}{
		{"one argument", []string{"-Tesla Copilot"}, true},
		{"excluded word that is there", []string{"-Nvidia Copilot"}, false},
		{"separate arguments", []string{"-Tesla", "Copilot"}, true},
		{"after a flag", []string{"--limit", "3", "-Tesla", "Copilot"}, true},
		{"before a flag", []string{"-Tesla", "--sort", "date", "Copilot"}, true},
		{"after --", []string{"--", "-Tesla", "Copilot"}, true},
		{"full-width minus", []string{"－Tesla", "Copilot"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := run(t, append([]string{"search"}, tc.args...)...)
			if code != 0 || strings.Contains(out, seedID) != tc.found {
				t.Errorf("exit %d, found %v, want %v:\n%s%s", code, strings.Contains(out, seedID), tc.found, out, errOut)
			}
		})
	}
	code, out, _ := run(t, "search", "-json", "-Tesla", "Copilot")
	if code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("-json is still the flag: exit %d %q", code, out)
	}
	code, out, errOut := run(t, "search", "--jsn", "Copilot")
	if code != 2 || out != "" || !strings.Contains(errOut, "flag provided but not defined: -jsn") {
		t.Errorf("a mistyped --flag: exit %d %q %q", code, out, errOut)
	}
}

// TestSearchSnippetsInJSONAndText: --json snippets are HTML with <mark>,
// the text output shows the text as written with the matches in «…».
func TestSearchSnippetsInJSONAndText(t *testing.T) {
	testenv.Isolate(t)
	path := filepath.Join(t.TempDir(), "att.txt")
	os.WriteFile(path, []byte("AT&T said that 5 < 6 when rates <rise>.\n"), 0o644)
	if code, _, errOut := run(t, "import", path); code != 0 {
		t.Fatal(errOut)
	}
	_, out, _ := run(t, "search", "--json", "rates")
	if !strings.Contains(out, `"text": "AT&amp;T said that 5 &lt; 6 when <mark>rates</mark> &lt;rise&gt;."`) {
		t.Errorf("--json:\n%s", out)
	}
	_, out, _ = run(t, "search", "rates")
	if !strings.Contains(out, ": AT&T said that 5 < 6 when «rates» <rise>.\n") {
		t.Errorf("text:\n%s", out)
	}
}

func TestSearchTildeSaysWhatItAlsoMatches(t *testing.T) {
	testenv.Isolate(t)
	if code, _, errOut := run(t, "import", testenv.SeedPath()); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	code, out, errOut := run(t, "search", "~不具约束力", "~nonbinding")
	if code != 0 || !strings.Contains(out, "~nonbinding also: ") || !strings.Contains(out, "2026-02-05-fb404c39") {
		t.Errorf("exit %d, stderr %q\n%s", code, errOut, out)
	}
	code, out, _ = run(t, "search", "--json", "~投资")
	var res searchJSON
	if err := json.Unmarshal([]byte(out), &res); code != 0 || err != nil || len(res.Expansions) != 1 ||
		strings.Join(res.Expansions[0].Also, ",") != "investment,invest" {
		t.Errorf("exit %d, %v: %s", code, err, out)
	}
}
