package library

import (
	"fmt"

	"tandem/annotation"
	"tandem/article"
)

// AnchorReport counts how re-anchoring placed an article's annotations.
type AnchorReport struct {
	Exact, Moved, Fuzzy, Orphaned int
	Changed                       bool // the article's text changed at all
}

func (r *AnchorReport) add(how annotation.Anchoring) {
	switch how {
	case annotation.AnchorExact:
		r.Exact++
	case annotation.AnchorMoved:
		r.Moved++
	case annotation.AnchorFuzzy:
		r.Fuzzy++
	default:
		r.Orphaned++
	}
}

// Reparse reads an article's stored source (both sources of a pair) again with the current parser
// (after Tandem's parsing improved), replays the reader's alignment edits
// on it, and, when the text comes out different, replaces article.json and
// re-anchors the annotations. An edit that no longer applies is dropped and
// named in the error; the rest of the update stands.
func (l *Library) Reparse(id string) (AnchorReport, error) {
	rec, err := l.record(id)
	if err != nil {
		return AnchorReport{}, err
	}
	dir, _ := l.articleDir(id)
	source, err := readInside(dir, rec.SourceFile, "article.json", "source_file", article.MaxSize)
	if err != nil {
		return AnchorReport{}, fmt.Errorf("%s: %w", id, err)
	}
	var a *article.Article
	var replayErr error
	if rec.OtherSourceFile == "" {
		a, replayErr = parser().Replay(source, rec.Edits)
	} else {
		other, err := readInside(dir, rec.OtherSourceFile, "article.json", "other_source_file", article.MaxSize)
		if err != nil {
			return AnchorReport{}, fmt.Errorf("%s: %w", id, err)
		}
		a, replayErr = parser().ReplayPair(rec.SourceFile, source, rec.OtherSourceFile, other, rec.Edits)
	}
	if a == nil {
		return AnchorReport{}, fmt.Errorf("%s: %w", id, replayErr)
	}
	a.ID = id // an ID never changes, even if the parser would now give another
	if sameText(rec.Article, a) && rec.Title == a.Title && rec.Author == a.Author {
		return AnchorReport{}, nil
	}
	report, err := l.UpdateArticle(a)
	if replayErr != nil && err == nil {
		err = fmt.Errorf("%s: an alignment edit no longer applies and was dropped: %w", id, replayErr)
	}
	return report, err
}

// UpdateArticle replaces an article's text and re-anchors its annotations
// onto it: each stays where its quote still is, follows its quote, follows a
// close match with the same numbers, or becomes an orphan. Annotations whose
// anchoring changed are saved.
func (l *Library) UpdateArticle(a *article.Article) (AnchorReport, error) {
	unlock, err := l.writing()
	if err != nil {
		return AnchorReport{}, err
	}
	defer unlock()
	rec, err := l.record(a.ID)
	if err != nil {
		return AnchorReport{}, err
	}
	rec.Article = a
	if _, err := l.writeRecord(rec); err != nil {
		return AnchorReport{}, err
	}
	_, report, err := l.reanchorAll(a)
	return report, err
}
