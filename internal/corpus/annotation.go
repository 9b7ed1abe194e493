package corpus

import (
	"tandem/annotation"
	"tandem/article"
)

// On makes the annotation on article a, which holds this corpus article's
// text: a highlight of the first occurrence of its quote, with its tags,
// colour and note.
func (ca Annotation) On(a *article.Article) (*annotation.Annotation, error) {
	target, err := annotation.FindQuote(a, article.Lang(ca.Lang), ca.Quote, 1)
	if err != nil {
		return nil, err
	}
	an := annotation.New(a, target, annotation.Color(ca.Color))
	for _, tag := range ca.Tags {
		an.AddTag(tag)
	}
	an.Note = ca.Note
	return an, nil
}
