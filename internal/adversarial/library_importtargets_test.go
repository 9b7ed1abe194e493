package adversarial

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// libExported annotates the sample and returns its one annotation as the
// W3C export writes it, decoded for editing.
func libExported(t *testing.T) map[string]any {
	t.Helper()
	if code, _, errOut := libRun(t, "annotate", libSeedID, "--lang", "en", "--quote", "Nvidia"); code != 0 {
		t.Fatalf("annotate: %s", errOut)
	}
	code, out, errOut := libRun(t, "export", "--format", "w3c")
	if code != 0 {
		t.Fatalf("export: %s", errOut)
	}
	var coll struct {
		First struct {
			Items []map[string]any `json:"items"`
		} `json:"first"`
	}
	if err := json.Unmarshal([]byte(out), &coll); err != nil || len(coll.First.Items) != 1 {
		t.Fatalf("export: %v, %d items", err, len(coll.First.Items))
	}
	return coll.First.Items[0]
}

// libVariant is a deep copy of an exported annotation with another id,
// changed by edit (given its first target and its selectors by type).
func libVariant(t *testing.T, an map[string]any, id string, edit func(target map[string]any, sel map[string]map[string]any)) map[string]any {
	t.Helper()
	data, _ := json.Marshal(an)
	var out map[string]any
	json.Unmarshal(data, &out)
	out["id"] = "urn:uuid:" + id
	target := out["target"].([]any)[0].(map[string]any)
	sel := map[string]map[string]any{}
	for _, s := range target["selector"].([]any) {
		m := s.(map[string]any)
		sel[m["type"].(string)] = m
	}
	edit(target, sel)
	return out
}

func libImportFile(t *testing.T, items ...map[string]any) string {
	t.Helper()
	data, _ := json.Marshal(items)
	path := filepath.Join(t.TempDir(), "export.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// Targets that are not in the article's text (a paragraph past the end,
// offsets past the paragraph, with a quote that is not there) are imported
// as orphans and reported, never as live highlights; one whose quote is in
// the text elsewhere lands on it, as after an edit.
func TestLibraryImportedTargetsAreChecked(t *testing.T) {
	libSeed(t)
	an := libExported(t)
	const far, past = "0aaaaaaa-0000-4000-8000-000000000999", "0aaaaaaa-0000-4000-8000-000000000888"
	const moved = "0aaaaaaa-0000-4000-8000-000000000666" // paragraph 999, a quote that is in ¶1
	path := libImportFile(t,
		libVariant(t, an, moved, func(target map[string]any, _ map[string]map[string]any) {
			target["paragraph"] = 999
		}),
		libVariant(t, an, far, func(target map[string]any, sel map[string]map[string]any) {
			target["paragraph"] = 999
			sel["TextQuoteSelector"]["exact"] = "words the article never had"
		}),
		libVariant(t, an, past, func(target map[string]any, sel map[string]map[string]any) {
			sel["TextPositionSelector"]["start"] = 100000
			sel["TextPositionSelector"]["end"] = 100006
			sel["TextQuoteSelector"]["exact"] = "Zzyzxq"
		}),
	)
	code, out, errOut := libRun(t, "import-annotations", path)
	if code != 0 || !strings.Contains(out, "imported 3 of 3") || !strings.Contains(out, "1 moved") || !strings.Contains(out, "2 as orphans") ||
		!strings.Contains(errOut, far) || !strings.Contains(errOut, past) || !strings.Contains(errOut, "orphan") {
		t.Errorf("import-annotations: exit %d, stdout %q, stderr %q; want both imported as orphans and named", code, out, errOut)
	}
	code, out, _ = libRun(t, "annotations", libSeedID)
	for _, line := range strings.Split(out, "\n") {
		if (strings.HasPrefix(line, far) || strings.HasPrefix(line, past)) && !strings.Contains(line, "ORPHAN") {
			t.Errorf("a target outside the text is a live highlight: %s", line)
		}
	}
	if code != 0 || strings.Count(out, "ORPHAN") != 2 || !strings.Contains(out, moved+"  en ¶1 ") {
		t.Errorf("annotations: exit %d, want two orphans and %s on ¶1:\n%s", code, moved, out)
	}
}

// Two annotations with one ID in one file: the first is imported, the
// second reported as a duplicate, and the count says one.
func TestLibraryImportedDuplicatesAreCounted(t *testing.T) {
	dir := libSeed(t)
	an := libExported(t)
	const id = "0aaaaaaa-0000-4000-8000-000000000777"
	first := libVariant(t, an, id, func(map[string]any, map[string]map[string]any) {})
	second := libVariant(t, an, id, func(map[string]any, map[string]map[string]any) {})
	second["color"] = "pink"
	path := libImportFile(t, first, second)
	code, out, errOut := libRun(t, "import-annotations", path)
	if code == 0 || !strings.Contains(out, "imported 1 of 2") || !strings.Contains(errOut, id) || !strings.Contains(errOut, "came earlier") {
		t.Errorf("import-annotations: exit %d, stdout %q, stderr %q; want 1 of 2 and the duplicate named", code, out, errOut)
	}
	data := libFile(t, filepath.Join(dir, "annotations", id+".json"))
	if strings.Contains(string(data), "pink") {
		t.Errorf("the duplicate replaced the first: %s", data)
	}
}
