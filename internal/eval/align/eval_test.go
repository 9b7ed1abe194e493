package align

import (
	"tandem/article"
	"tandem/dict"

	"io"
	"os"
	"strings"
	"testing"
)

// The targets of issue 13: links all but right on clean text; pairs right
// with a paragraph missing on either side; an untranslated sentence shifts
// no later link. Every source meets them. The Bible was the hard one:
// lengths alone leave a short sentence's place ambiguous and there are no
// names or numbers in Latin letters to anchor on (its names are written
// for their sound: Joseph, 约瑟); the dictionary's words, names of three
// characters among them, settle most, and the ratio of lengths is the
// whole article's, so that an untranslated sentence does not hide in its
// pair's (clean links of the Old Testament were 0.979, are 0.993; links
// right after an untranslated sentence 0.978 and 0.986, now 0.994 and
// 0.995). Three sources added in round 18 of the figure check (WMT20 in
// its documents' order, TICO-19, FLORES-200; see testdata/opus) were
// measured once before any change: they met the targets but for TICO-19's
// clean links (0.986), lost on a transcript whose English has no full
// stops: one English sentence of some 3,400 characters against 23
// Chinese ones, a run longer than the twelve a bead could then take. A
// pair whose one side has three times the sentences of the other now may
// take runs as long as its longest sentence's share of the lengths asks
// (clean links of TICO-19 1.000, no row of any source lower). The pairs of
// WMT20's documents with a Chinese paragraph missing (0.958) set the floor
// under them. The test says which rows are short and fails only below
// floors a little under what every source reaches today, so that a change
// making alignment worse cannot land.
const (
	minCleanLinkF1     = 0.99
	minMissingPairF1   = 0.95
	minAfterGapRecall  = 0.99
	floorCleanLinkF1   = 0.985
	floorMissingPairF1 = 0.955
	floorAfterGap      = 0.985
	minArticlesASource = 5
)

// TestEvalAlign aligns every source whole and damaged, prints the table and
// the rows short of a target, and fails below the floors. It is a measurement, not a unit
// test: make eval runs it (with TANDEM_EVAL=1), go test ./... skips it.
// TANDEM_EVAL_VERBOSE=1 lists every pair whose sentence links are wrong,
// TANDEM_EVAL_VERBOSE=bible-ot (a source's name) those of one source.
func TestEvalAlign(t *testing.T) {
	if os.Getenv("TANDEM_EVAL") == "" {
		t.Skip("a measurement: run it with make eval (TANDEM_EVAL=1)")
	}
	d, err := dict.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	ps := article.Parser{Lexicon: d}
	srcs, err := Load("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var scores []Score
	for _, src := range srcs {
		if len(src.Articles) < minArticlesASource {
			t.Fatalf("%s: %d articles, want at least %d", src.Name, len(src.Articles), minArticlesASource)
		}
		var list io.Writer
		if v := os.Getenv("TANDEM_EVAL_VERBOSE"); v == "1" || v == src.Name {
			list = os.Stderr
		}
		s, err := RunListing(src.Name, src.Articles, ps, list)
		if err != nil {
			t.Fatal(err)
		}
		scores = append(scores, s...)
	}
	var b strings.Builder
	WriteTable(&b, scores)
	t.Logf("alignment of published translations, whole and damaged:\n%s", b.String())
	check := func(row string, got, target, floor float64) {
		switch {
		case got < floor:
			t.Errorf("%s %.3f, below the floor %.3f: alignment got worse", row, got, floor)
		case got < target:
			t.Logf("short: %s %.3f, target %.2f", row, got, target)
		}
	}
	for _, s := range scores {
		row := s.Source + ", " + string(s.Layout) + ", " + string(s.Damage) + ":"
		switch s.Damage {
		case Clean:
			check(row+" link F1", s.Links.F1(), minCleanLinkF1, floorCleanLinkF1)
		case "missing zh paragraph", "missing en paragraph":
			check(row+" pair F1", s.Pairs.F1(), minMissingPairF1, floorMissingPairF1)
		case "untranslated sentence":
			check(row+" links right after the gap", s.AfterGap.Recall(), minAfterGapRecall, floorAfterGap)
		}
	}
}
