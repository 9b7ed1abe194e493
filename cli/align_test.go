package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestAlignMergesAndUndoes(t *testing.T) {
	importSeed(t)
	run(t, "annotate", seedID, "--lang", "en", "--quote", "Microsoft Copilot")
	code, out, errOut := run(t, "align", seedID, "--merge", "1")
	if code != 0 || !strings.Contains(out, "2 pairs now") || !strings.Contains(out, "0 orphaned") {
		t.Fatalf("merge: %d %q %q", code, out, errOut)
	}
	var shown struct{ Pairs []json.RawMessage }
	_, js, _ := run(t, "show", "--json", seedID)
	json.Unmarshal([]byte(js), &shown)
	if len(shown.Pairs) != 2 {
		t.Errorf("show lists %d pairs after the merge", len(shown.Pairs))
	}
	if code, out, _ := run(t, "undo"); code != 0 || !strings.Contains(out, "merge pairs 2 and 3") {
		t.Errorf("undo: %d %q", code, out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"align", seedID}, "exactly one of"},
		{[]string{"align", seedID, "--merge", "1", "--split", "0:1"}, "exactly one of"},
		{[]string{"align", seedID, "--link", "0:1"}, "want 3 numbers"},
		{[]string{"align", seedID, "--move", "0:0"}, "up or P:S:down"},
		{[]string{"align", seedID, "--split", "0:x"}, "not a number"},
	} {
		if code, _, errOut := run(t, tc.args...); code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d %q, want 2 and %q", tc.args, code, errOut, tc.want)
		}
	}
	if code, _, errOut := run(t, "align", seedID, "--merge", "5"); code != 1 || !strings.Contains(errOut, "pair") {
		t.Errorf("merge past the end: %d %q", code, errOut)
	}
}
