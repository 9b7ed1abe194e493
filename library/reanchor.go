package library

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

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

// Reparse reads an article's stored source again with the current parser
// (after Tandem's parsing improved) and, when the text comes out different,
// replaces article.json and re-anchors the annotations.
func (l *Library) Reparse(id string) (AnchorReport, error) {
	rec, err := l.record(id)
	if err != nil {
		return AnchorReport{}, err
	}
	dir, _ := l.articleDir(id)
	source, err := os.ReadFile(filepath.Join(dir, rec.SourceFile))
	if err != nil {
		return AnchorReport{}, fmt.Errorf("%s: %w", id, err)
	}
	a, err := article.Parse(source)
	if err != nil {
		return AnchorReport{}, fmt.Errorf("%s: %w", id, err)
	}
	a.ID = id // an ID never changes, even if the parser would now give another
	if sameText(rec.Article, a) && rec.Title == a.Title && rec.Author == a.Author {
		return AnchorReport{}, nil
	}
	return l.UpdateArticle(a)
}

// UpdateArticle replaces an article's text and re-anchors its annotations
// onto it: each stays where its quote still is, follows its quote, follows a
// close match with the same numbers, or becomes an orphan. Annotations whose
// anchoring changed are saved.
func (l *Library) UpdateArticle(a *article.Article) (AnchorReport, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	rec, err := l.record(a.ID)
	if err != nil {
		return AnchorReport{}, err
	}
	rec.Article = a
	data, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return AnchorReport{}, err
	}
	dir, _ := l.articleDir(a.ID)
	if err := writeFileAtomic(filepath.Join(dir, "article.json"), append(data, '\n')); err != nil {
		return AnchorReport{}, err
	}
	l.indexLater(a.ID) // keep the search index in step (index.go)
	list, _, err := l.Annotations(a.ID)
	if err != nil {
		return AnchorReport{}, err
	}
	report := AnchorReport{Changed: true}
	for _, an := range list {
		before, _ := an.MarshalW3C()
		report.add(an.Reanchor(a))
		after, _ := an.MarshalW3C()
		if string(before) == string(after) {
			continue
		}
		if _, err := l.writeAnnotation(an); err != nil {
			return report, err
		}
	}
	return report, nil
}
