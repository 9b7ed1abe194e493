package library

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"tandem/article"
)

func TestEditAlignmentKeepsAnnotationsAndUndoes(t *testing.T) {
	lib, a := withSeed(t)
	inSecond := highlight(t, lib, a, article.EN, "Microsoft Copilot")
	inFirst := highlight(t, lib, a, article.ZH, "不具约束力")
	source := filepath.Join(lib.Dir(), "articles", seedID, "source.txt")
	sourceBefore, _ := os.ReadFile(source)

	merged, report, err := lib.EditAlignment(seedID, article.Edit{Op: article.OpMerge, Pair: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(merged.Pairs) != 2 || report.Orphaned != 0 {
		t.Fatalf("%d pairs, report %+v", len(merged.Pairs), report)
	}
	got, _ := lib.FindAnnotation(inSecond.ID)
	if got.Orphan || got.Target.Pair != 1 || got.Target.Exact != "Microsoft Copilot" {
		t.Errorf("the highlight in the merged pair: %+v", got.Target)
	}
	if got, _ := lib.FindAnnotation(inFirst.ID); got.Target != inFirst.Target {
		t.Errorf("the highlight before the merge moved: %+v", got.Target)
	}
	stored, _ := lib.Article(seedID)
	if len(stored.Edits) != 1 || stored.Edits[0].Op != article.OpMerge {
		t.Errorf("the edit is not in article.json: %+v", stored.Edits)
	}
	if after, _ := os.ReadFile(source); string(after) != string(sourceBefore) {
		t.Error("the imported source changed")
	}
	// A reparse replays the edit.
	if r, err := lib.Reparse(seedID); err != nil || r.Changed {
		t.Errorf("reparse after an edit: %+v %v", r, err)
	}

	what, err := lib.Undo()
	if err != nil || what != "merge pairs 2 and 3" {
		t.Fatalf("undo: %q %v", what, err)
	}
	back, _ := lib.Article(seedID)
	if len(back.Pairs) != 3 || len(back.Edits) != 0 {
		t.Errorf("after undo: %d pairs, edits %+v", len(back.Pairs), back.Edits)
	}
	if got, _ := lib.FindAnnotation(inSecond.ID); got.Target.Pair != 2 {
		t.Errorf("after undo the highlight is in pair %d, want 2", got.Target.Pair)
	}
}

func TestEditAlignmentRefusesBadEdits(t *testing.T) {
	lib, _ := withSeed(t)
	for _, e := range []article.Edit{
		{Op: article.OpMerge, Pair: 2},
		{Op: article.OpSplit, Pair: 0, Lang: article.ZH, Sentence: 9},
		{Op: article.OpUnlink, Pair: 0, ZH: 0, EN: 2},
	} {
		if _, _, err := lib.EditAlignment(seedID, e); !errors.Is(err, article.ErrEdit) {
			t.Errorf("%+v: %v, want ErrEdit", e, err)
		}
	}
	if a, _ := lib.Article(seedID); len(a.Pairs) != 3 || len(a.Edits) != 0 {
		t.Error("a refused edit changed the article")
	}
	if _, err := lib.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("a refused edit left an undo step: %v", err)
	}
}

func TestSplitOrphansNothingAndLinksStay(t *testing.T) {
	lib, a := withSeed(t)
	an := highlight(t, lib, a, article.EN, "Huang publicly denies")
	if _, _, err := lib.EditAlignment(seedID, article.Edit{Op: article.OpSplit, Pair: 0, Lang: article.ZH, Sentence: 2}); err != nil {
		t.Fatal(err)
	}
	got, _ := lib.FindAnnotation(an.ID)
	if got.Orphan || got.Target.Pair != 1 || got.Counterpart == nil || got.Counterpart.Pair != 1 {
		t.Errorf("after the split: %+v, counterpart %+v", got.Target, got.Counterpart)
	}
}
