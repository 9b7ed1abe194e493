package figures

import (
	"flag"
	"os"
	"strings"
	"testing"

	"tandem/article"
	"tandem/quantity"
)

// The targets: at most one report in ten a false alarm, and every single
// changed figure but one in a hundred reported.
const (
	minPrecision = 0.9
	minRecall    = 0.99
)

// TestEvalFigures runs the figure check on every source, prints the table
// and fails when a source is below the targets. It runs when asked for by
// name (go test -run '^TestEval' ./internal/eval/..., as make eval does),
// not in every go test ./...: it measures, it does not guard.
// TANDEM_EVAL_VERBOSE=1 lists every false alarm and missed change.
func TestEvalFigures(t *testing.T) {
	if f := flag.Lookup("test.run"); f == nil || !strings.Contains(f.Value.String(), "TestEval") {
		t.Skip("an evaluation: run it with -run '^TestEval'")
	}
	srcs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	check := func(p *article.Pair) []quantity.Mismatch { return quantity.CheckPair(0, p) }
	var scores []Score
	var changed []int
	for _, src := range srcs {
		if len(src.Pairs) < 100 {
			t.Fatalf("%s: %d pairs, want at least 100", src.Name, len(src.Pairs))
		}
		s, n := Run(src, check)
		scores = append(scores, s)
		changed = append(changed, n)
	}
	var b strings.Builder
	WriteTable(&b, scores, changed)
	t.Logf("figure check on published translations\n"+
		"(left: misaligned pairs left out; alarms and true: reports on the published text, false and true;\n"+
		"precision: true/(true+alarms); mixed: precision over the published pairs and one changed copy of each;\n"+
		"recall: single changed figures reported):\n%s", b.String())
	verbose := os.Getenv("TANDEM_EVAL_VERBOSE") != ""
	for _, s := range scores {
		if s.Changes < 50 {
			t.Errorf("%s: only %d changes made, too few to measure recall", s.Source, s.Changes)
		}
		if p := s.FaithfulPrecision(); p < minPrecision {
			t.Errorf("%s: precision %.3f, want at least %.2f", s.Source, p, minPrecision)
		}
		if r := s.Recall(); r < minRecall {
			t.Errorf("%s: recall %.3f, want at least %.2f", s.Source, r, minRecall)
		}
		if verbose {
			for _, a := range s.Alarms {
				t.Logf("false alarm %s", a)
			}
			for _, m := range s.Missed {
				t.Logf("missed %s", m)
			}
		}
	}
}
