package library

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"tandem/annotation"
	"tandem/article"
)

// EditAlignment applies a reader's fix to an article's alignment — merge,
// split, move a sentence, link or unlink — and keeps it: the edit is
// recorded in article.json (the imported source is never touched, and a
// reparse replays the edits), every annotation is re-anchored onto the new
// pairs (orphaned rather than moved to look-alike words), and the whole is
// one undo step. It returns the article as it is now.
func (l *Library) EditAlignment(id string, e article.Edit) (*article.Article, AnchorReport, error) {
	unlock, err := l.writing()
	if err != nil {
		return nil, AnchorReport{}, err
	}
	defer unlock()
	rec, err := l.record(id)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	if err := rec.Article.Apply(e); err != nil {
		return nil, AnchorReport{}, err
	}
	articleChange, err := l.prepareRecord(rec)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	changes, report, err := l.prepareReanchor(rec.Article)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	if err := l.land(describeEdit(e), append([]change{articleChange}, changes...)); err != nil {
		return nil, AnchorReport{}, err
	}
	return rec.Article, report, nil
}

// prepareRecord returns the change that replacing article.json with rec
// makes, writing nothing.
func (l *Library) prepareRecord(rec *record) (change, error) {
	dir, err := l.articleDir(rec.ID)
	if err != nil {
		return change{}, err
	}
	before, err := os.ReadFile(filepath.Join(dir, "article.json"))
	if err != nil {
		return change{}, err
	}
	after, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return change{}, err
	}
	return change{Article: rec.ID, File: articleFile, Before: trimNewline(before), After: after}, nil
}

// writeRecord replaces article.json, with no undo step, and returns the
// change it made.
func (l *Library) writeRecord(rec *record) (change, error) {
	if l.readOnly != nil {
		return change{}, fmt.Errorf("%s: %w", rec.ID, l.readOnly)
	}
	c, err := l.prepareRecord(rec)
	if err != nil {
		return change{}, err
	}
	return c, l.apply(c)
}

func trimNewline(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		return b[:n-1]
	}
	return b
}

// reanchorAll moves every annotation of an article onto its current text,
// saving those whose anchoring changed, and returns those changes.
func (l *Library) reanchorAll(a *article.Article) ([]change, AnchorReport, error) {
	changes, report, err := l.prepareReanchor(a)
	if err != nil {
		return nil, report, err
	}
	for i, c := range changes {
		if err := l.apply(c); err != nil {
			return changes[:i], report, err
		}
	}
	return changes, report, nil
}

// prepareReanchor re-anchors every annotation of an article on its
// current text and returns the changes to the files of those whose
// anchoring changed, writing nothing.
func (l *Library) prepareReanchor(a *article.Article) ([]change, AnchorReport, error) {
	list, _, err := l.Annotations(a.ID)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	report := AnchorReport{Changed: true}
	var changes []change
	prepare := l.preparing()
	for _, an := range list {
		if reanchorChanged(an, a, &report) {
			c, err := prepare.annotation(an)
			if err != nil {
				return nil, report, err
			}
			changes = append(changes, c)
		}
	}
	return changes, report, nil
}

// reanchorChanged re-anchors one annotation, counts how, and reports
// whether its file must be written again.
func reanchorChanged(an *annotation.Annotation, a *article.Article, report *AnchorReport) bool {
	before, _ := an.MarshalW3C()
	report.add(an.Reanchor(a))
	after, _ := an.MarshalW3C()
	return string(before) != string(after)
}

// describeEdit names an edit for the undo history (pairs and sentences
// counted from 1, as the reader sees them).
func describeEdit(e article.Edit) string {
	switch e.Op {
	case article.OpMerge:
		return fmt.Sprintf("merge pairs %d and %d", e.Pair+1, e.Pair+2)
	case article.OpSplit:
		return fmt.Sprintf("split pair %d before %s sentence %d", e.Pair+1, e.Lang, e.Sentence+1)
	case article.OpMove:
		where := "next"
		if e.Dir < 0 {
			where = "previous"
		}
		return fmt.Sprintf("move %s sentence %d of pair %d to the %s pair", e.Lang, e.Sentence+1, e.Pair+1, where)
	case article.OpLink:
		return fmt.Sprintf("link sentences %d (zh) and %d (en) of pair %d", e.ZH+1, e.EN+1, e.Pair+1)
	case article.OpUnlink:
		return fmt.Sprintf("unlink sentences %d (zh) and %d (en) of pair %d", e.ZH+1, e.EN+1, e.Pair+1)
	}
	return string(e.Op)
}
