package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/internal/testenv"
)

const seedID = "2026-02-05-fb404c39"

func importSeed(t *testing.T) {
	t.Helper()
	testenv.Isolate(t)
	if code, _, errOut := run(t, "import", testenv.SeedPath()); code != 0 {
		t.Fatal(errOut)
	}
}

func TestAnnotateFindsTheQuoteOrSaysItIsNotThere(t *testing.T) {
	importSeed(t)
	code, out, errOut := run(t, "annotate", seedID, "--lang", "en", "--quote", "$100 billion", "--occurrence", "2",
		"--color", "green", "--tag", "number", "--tag", "Forecast", "--note", "second mention", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var w3c map[string]any
	if err := json.Unmarshal([]byte(out), &w3c); err != nil {
		t.Fatal(err)
	}
	targets := w3c["target"].([]any)
	first := targets[0].(map[string]any)
	sel := first["selector"].([]any)
	if sel[0].(map[string]any)["exact"] != "$100 billion" || first["language"] != "en" {
		t.Errorf("target %v", first)
	}
	pos := sel[1].(map[string]any)["start"].(float64)
	a := strings.Index(testenvText(t), "raising roughly $100 billion")
	if a < 0 || pos < 300 {
		t.Errorf("the second occurrence starts at %v; the first is in sentence 1", pos)
	}
	if w3c["color"] != "green" || len(targets) != 2 {
		t.Errorf("colour %v, %d targets", w3c["color"], len(targets))
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"annotate", seedID, "--lang", "en", "--quote", "a quote that is not there"}, "not in the en text"},
		{[]string{"annotate", seedID, "--lang", "en", "--quote", "$100 billion", "--occurrence", "3"}, "occurs 2 times"},
		{[]string{"annotate", seedID, "--lang", "en", "--quote", "Huang", "--color", "mauve"}, "unknown colour"},
		{[]string{"annotate", seedID, "--lang", "fr", "--quote", "Huang"}, "--lang zh or en"},
	} {
		code, _, errOut := run(t, tc.args...)
		if code == 0 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, %q; want an error saying %q", tc.args, code, errOut, tc.want)
		}
	}
}

func testenvText(t *testing.T) string { return string(testenv.Seed(t)) }

func TestExportWipeImportReproducesEveryAnnotation(t *testing.T) {
	importSeed(t)
	run(t, "annotate", seedID, "--lang", "zh", "--quote", "不具约束力", "--tag", "denial", "--note", "**key**")
	run(t, "annotate", seedID, "--lang", "en", "--quote", "Claude Cowork", "--color", "blue")
	_, before, _ := run(t, "annotations", "--json", seedID)

	code, exported, errOut := run(t, "export", "--format", "w3c")
	if code != 0 {
		t.Fatal(errOut)
	}
	file := filepath.Join(t.TempDir(), "export.jsonld")
	os.WriteFile(file, []byte(exported), 0o644)
	annDir := filepath.Join(os.Getenv("XDG_DATA_HOME"), "tandem", "articles", seedID, "annotations")
	if err := os.RemoveAll(annDir); err != nil {
		t.Fatal(err)
	}
	if _, wiped, _ := run(t, "annotations", "--json", seedID); strings.TrimSpace(wiped) != "[]" {
		t.Fatalf("not wiped: %s", wiped)
	}
	if code, out, errOut := run(t, "import-annotations", file); code != 0 || !strings.Contains(out, "imported 2 of 2") {
		t.Fatalf("import-annotations: %d %s %s", code, out, errOut)
	}
	if _, after, _ := run(t, "annotations", "--json", seedID); after != before {
		t.Errorf("round trip differs:\nbefore %s\nafter  %s", before, after)
	}
}

func TestTagsRenameDeleteUndo(t *testing.T) {
	importSeed(t)
	_, out, _ := run(t, "annotate", seedID, "--lang", "en", "--quote", "nonbinding", "--tag", "Claim", "--json")
	var w3c struct{ ID string }
	json.Unmarshal([]byte(out), &w3c)
	id := strings.TrimPrefix(w3c.ID, "urn:uuid:")

	if _, out, _ := run(t, "tags", "--json"); !strings.Contains(out, `"tag": "Claim"`) {
		t.Errorf("tags: %s", out)
	}
	if code, out, _ := run(t, "tag", "rename", "claim", "denial"); code != 0 || !strings.Contains(out, "on 1 annotations") {
		t.Errorf("rename: %d %s", code, out)
	}
	if code, _, errOut := run(t, "delete", id); code != 0 {
		t.Fatal(errOut)
	}
	if _, out, _ := run(t, "trash"); !strings.Contains(out, "holds 1") {
		t.Errorf("trash: %s", out)
	}
	if code, out, _ := run(t, "undo"); code != 0 || !strings.Contains(out, "delete annotation") {
		t.Errorf("undo: %d %s", code, out)
	}
	if _, out, _ := run(t, "show", "--json", seedID); !strings.Contains(out, `"value": "denial"`) {
		t.Errorf("show --json lacks the restored annotation:\n%.300s", out)
	}
	if code, _, errOut := run(t, "delete", "0f8e2a3c-1b2d-4c5e-8f90-123456789abc"); code != 1 || !strings.Contains(errOut, "no such annotation") {
		t.Errorf("deleting a missing annotation: %d %s", code, errOut)
	}
}

func TestExportFormats(t *testing.T) {
	importSeed(t)
	run(t, "annotate", seedID, "--lang", "en", "--quote", "nonbinding", "--tag", "denial")
	for format, want := range map[string]string{
		"md":  "#denial",
		"csv": "article_id,title,date,language,paragraph,quote,counterpart_quote,color,tags,note\r\n",
		"w3c": `"type": "AnnotationCollection"`,
	} {
		code, out, errOut := run(t, "export", "--format", format, seedID)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("%s: exit %d %s; output lacks %q", format, code, errOut, want)
		}
	}
	if code, _, _ := run(t, "export", "--format", "pdf"); code != 2 {
		t.Errorf("unknown format: exit %d", code)
	}
}

func TestCounterpartCanBeClearedSetAndRestored(t *testing.T) {
	importSeed(t)
	_, out, _ := run(t, "annotate", seedID, "--lang", "en", "--quote", "nonbinding", "--json")
	var w3c struct{ ID string }
	json.Unmarshal([]byte(out), &w3c)
	id := strings.TrimPrefix(w3c.ID, "urn:uuid:")

	targets := func() int {
		_, out, _ := run(t, "annotations", "--json", seedID)
		return strings.Count(out, `"type": "SpecificResource"`)
	}
	if code, _, errOut := run(t, "counterpart", id, "--clear"); code != 0 || targets() != 1 {
		t.Errorf("clear: %s, %d targets", errOut, targets())
	}
	if code, out, errOut := run(t, "counterpart", id, "--quote", "不具约束力"); code != 0 || !strings.Contains(out, "↔ “不具约束力”") {
		t.Errorf("set: %d %s %s", code, out, errOut)
	}
	if code, out, _ := run(t, "counterpart", id, "--auto"); code != 0 || !strings.Contains(out, "↔ “在 2026 年") {
		t.Errorf("auto: %d %s", code, out)
	}
	if code, _, _ := run(t, "counterpart", id, "--clear", "--auto"); code != 2 {
		t.Errorf("two choices at once: exit %d", code)
	}
}

func TestDeleteAndCounterpartTakeTheIDThatJSONPrints(t *testing.T) {
	importSeed(t)
	_, out, _ := run(t, "annotate", "--json", seedID, "--lang", "en", "--quote", "Claude Cowork")
	var w3c struct{ ID string }
	if err := json.Unmarshal([]byte(out), &w3c); err != nil || !strings.HasPrefix(w3c.ID, "urn:uuid:") {
		t.Fatalf("annotate --json id %q (%v)", w3c.ID, err)
	}
	bare := strings.TrimPrefix(w3c.ID, "urn:uuid:")
	for _, id := range []string{w3c.ID, strings.ToUpper(w3c.ID[:9]) + bare} {
		if code, out, errOut := run(t, "counterpart", id, "--clear"); code != 0 || !strings.Contains(out, bare) {
			t.Errorf("counterpart %s: exit %d %q %q", id, code, out, errOut)
		}
	}
	if code, out, errOut := run(t, "delete", w3c.ID); code != 0 || !strings.Contains(out, bare) {
		t.Errorf("delete %s: exit %d %q %q", w3c.ID, code, out, errOut)
	}
	if code, _, errOut := run(t, "delete", bare); code != 1 || !strings.Contains(errOut, "no such annotation") {
		t.Errorf("delete again: exit %d %q", code, errOut)
	}
}

func TestAnnotateFindsTheWordCounterpart(t *testing.T) {
	importSeed(t)
	for quote, want := range map[string]string{
		"Claude Cowork": "↔ “Claude Cowork”\n",
		"$13 billion":   "↔ “130 亿美元”\n",
	} {
		code, out, errOut := run(t, "annotate", seedID, "--lang", "en", "--quote", quote)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("annotate %q: exit %d, %q %q; want the line %q", quote, code, out, errOut, want)
		}
	}
	code, out, _ := run(t, "annotate", seedID, "--lang", "en", "--quote", "nonbinding")
	if code != 0 || !strings.Contains(out, "(the sentence: no words matched well)") {
		t.Errorf("a word the dictionary lacks: exit %d, %q; want the sentence, said unsure", code, out)
	}
}
