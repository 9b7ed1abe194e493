package library

import (
	"slices"

	"tandem/annotation"
	"tandem/export"
	"tandem/index"
)

// ExportItems gathers what an export writes: the named articles with all
// their annotations, or, when ids is empty, every article that has
// annotations, oldest first (an export reads like a notebook). Articles
// the library cannot read are left out of the whole library and an error
// when named. The second result lists annotation files that were set aside
// (see Annotations).
func (l *Library) ExportItems(ids []string) ([]export.Item, []SetAside, error) {
	all := len(ids) == 0
	if all {
		list, err := l.List()
		if err != nil {
			return nil, nil, err
		}
		for i := len(list) - 1; i >= 0; i-- {
			if list[i].Problem == "" {
				ids = append(ids, list[i].ID)
			}
		}
	}
	var items []export.Item
	var aside []SetAside
	for _, id := range ids {
		a, err := l.Article(id)
		switch {
		case err != nil && all:
			continue // damaged since the catalog last read it: the list leaves such an article out too
		case err != nil:
			return nil, aside, err
		}
		anns, bad, err := l.Annotations(id)
		aside = append(aside, bad...)
		if err != nil {
			return nil, aside, err
		}
		if !all || len(anns) > 0 {
			items = append(items, export.Item{Article: a, Annotations: anns})
		}
	}
	return items, aside, nil
}

// ExportHits gathers the articles of search results, best first, with the
// highlights and notes that matched; an article that matched by its text
// alone comes with all its annotations.
func (l *Library) ExportHits(hits []index.Hit) ([]export.Item, []SetAside, error) {
	var items []export.Item
	var aside []SetAside
	for _, h := range hits {
		item, bad, err := l.exportItem(h.ID)
		aside = append(aside, bad...)
		if err != nil {
			return nil, aside, err
		}
		if len(h.Annotations) > 0 {
			matched := map[string]bool{}
			for _, an := range h.Annotations {
				matched[an.ID] = true
			}
			item.Annotations = slices.DeleteFunc(item.Annotations, func(an *annotation.Annotation) bool { return !matched[an.ID] })
		}
		items = append(items, item)
	}
	return items, aside, nil
}

// exportItem reads one article with its annotations.
func (l *Library) exportItem(id string) (export.Item, []SetAside, error) {
	a, err := l.Article(id)
	if err != nil {
		return export.Item{}, nil, err
	}
	anns, aside, err := l.Annotations(id)
	if err != nil {
		return export.Item{}, aside, err
	}
	return export.Item{Article: a, Annotations: anns}, aside, nil
}
