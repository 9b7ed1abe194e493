package adversarial

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// libAnnotate highlights a quote of the sample and returns the path of its
// annotation file.
func libAnnotate(t *testing.T, dir, quote string) string {
	t.Helper()
	code, out, errOut := libRun(t, "annotate", libSeedID, "--lang", "en", "--quote", quote)
	if code != 0 {
		t.Fatalf("annotate %q: %s", quote, errOut)
	}
	id := strings.TrimSpace(strings.TrimPrefix(strings.SplitN(out, "\n", 2)[0], "annotated "))
	return filepath.Join(dir, "annotations", id+".json")
}

// A step whose change never reached the files (a full disk or a crash
// between the step and its file) is no change of the reader's: undo skips
// it and takes back the last change that did land.
func TestLibraryUndoSkipsAStepThatNeverLanded(t *testing.T) {
	dir := libSeed(t)
	landed := libAnnotate(t, dir, "Nvidia")
	ghost := libAnnotate(t, dir, "OpenAI")
	// The second highlight's file never got written: only its step is left.
	if err := os.Remove(ghost); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := libRun(t, "undo")
	if code != 0 || !strings.Contains(out, "undo: annotate") {
		t.Fatalf("undo: exit %d, %q %q", code, out, errOut)
	}
	if _, err := os.Stat(landed); err == nil {
		t.Errorf("undo acted on the step that never landed and left the highlight that did")
	}
}

// A file changed since its step (by a sync, another program or a hand) is
// not overwritten by undo: it stays as it is, the step is dropped, and the
// reader is told.
func TestLibraryUndoLeavesAFileChangedSince(t *testing.T) {
	dir := libSeed(t)
	path := libAnnotate(t, dir, "Nvidia")
	synced := strings.Replace(string(libFile(t, path)), `"color": "yellow"`, `"color": "green"`, 1)
	if !strings.Contains(synced, "green") {
		t.Fatalf("no colour to change in %s", libFile(t, path))
	}
	if err := os.WriteFile(path, []byte(synced), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := libRun(t, "undo")
	if code == 0 || !strings.Contains(errOut, "changed since") {
		t.Errorf("undo over a file changed since: exit %d, stderr %q; want it refused and named", code, errOut)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != synced {
		t.Errorf("undo overwrote or moved a file changed since its step: %v", err)
	}
	if code, _, errOut := libRun(t, "undo"); code == 0 || !strings.Contains(errOut, "nothing to undo") {
		t.Errorf("second undo: exit %d, %q; want nothing to undo once the step is dropped", code, errOut)
	}
}
