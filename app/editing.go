package app

import (
	"errors"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"slices"
	"sort"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// colour highlights the selection in c, or recolours the highlight being
// edited.
func (r *reader) colour(c annotation.Color) {
	switch {
	case r.sel.ok():
		r.create(c, nil)
	case r.editing != nil:
		r.change(r.editing, func(an *annotation.Annotation) { an.Color = c })
	}
}

// create turns the selection into a highlight (with its counterpart in the
// other language), applies edit to it if given, saves it — one undo step —
// and selects it, so the next key tags or notes it.
func (r *reader) create(c annotation.Color, edit func(*annotation.Annotation)) {
	v := r.sel.view
	t, err := annotation.NewTarget(r.art, v.lang, v.pair, r.sel.span.Start, r.sel.span.End)
	if err != nil {
		r.u.showError(lang.L("The selection cannot be highlighted"), err)
		return
	}
	an := annotation.New(r.art, t, c)
	if edit != nil {
		edit(an)
	}
	r.clearSelection()
	r.insert(an)
	r.save(an)
	r.edit(an)
}

// insert adds a highlight to the list in reading order.
func (r *reader) insert(an *annotation.Annotation) {
	list := append(append([]*annotation.Annotation(nil), r.anns...), an)
	library.SortReadingOrder(list)
	r.setAnnotations(list)
}

// change applies an edit to a highlight, redraws it and saves it.
func (r *reader) change(an *annotation.Annotation, edit func(*annotation.Annotation)) {
	if cur := r.find(an.ID); cur != nil {
		an = cur // the list was read again since an was handed out
	}
	edit(an)
	an.Modified = annotation.Now()
	r.setAnnotations(r.anns)
	if r.editing == an {
		r.bar.showForAnnotation(an)
	}
	r.save(an)
}

// save writes a copy of the highlight through the session: the screen
// already shows the change, the disk follows. Should the library refuse it
// for good, the article is read again and the screen shows what is on disk.
func (r *reader) save(an *annotation.Annotation) {
	cp := an.Clone()
	r.u.remember(cp.Tags...)
	r.u.session.do(&change{what: lang.L("save a highlight"), article: cp.Article, lay: saving(cp),
		run: func() (outcome, error) { return outcome{}, r.u.session.store.SaveAnnotation(cp) }})
}

// remove deletes a highlight: it goes to the library's trash, and Ctrl+Z
// brings it back.
func (r *reader) remove(an *annotation.Annotation) {
	var rest []*annotation.Annotation
	for _, a := range r.anns {
		if a.ID != an.ID {
			rest = append(rest, a)
		}
	}
	if r.editing != nil && r.editing.ID == an.ID {
		r.editing = nil
		r.bar.hide()
	}
	r.setAnnotations(rest)
	r.refreshAnnotation(an)
	id := an.ID
	r.u.session.do(&change{what: lang.L("delete a highlight"), article: an.Article, lay: deleting(id),
		run: func() (outcome, error) {
			_, err := r.u.session.store.DeleteAnnotation(id)
			if errors.Is(err, library.ErrNoAnnotation) {
				err = nil // never saved, or already gone: nothing to delete
			}
			return outcome{}, err
		}})
	r.u.status.say(lang.L("Highlight deleted — Ctrl+Z brings it back."))
}

// toggleCounterpart removes the highlight's span in the other language, or
// finds it again (annotation.WordCounterpartOf) when it was cleared.
func (r *reader) toggleCounterpart(an *annotation.Annotation) {
	r.change(an, func(an *annotation.Annotation) {
		if an.Counterpart != nil {
			an.Counterpart, an.CounterpartSet, an.CounterpartConfidence = nil, true, 0
			return
		}
		an.Counterpart, an.CounterpartConfidence = annotation.WordCounterpartOf(r.art, an.Target)
		an.CounterpartSet = false
	})
}

// reattach moves an orphan onto the current selection.
func (r *reader) reattach(an *annotation.Annotation) {
	if !r.sel.ok() {
		r.u.status.say(lang.L("Select the text the highlight belongs to first, then choose Attach."))
		return
	}
	v := r.sel.view
	t, err := annotation.NewTarget(r.art, v.lang, v.pair, r.sel.span.Start, r.sel.span.End)
	if err != nil {
		r.u.showError(lang.L("The highlight cannot be attached there"), err)
		return
	}
	r.clearSelection()
	an.Target, an.Orphan = t, false
	an.Counterpart, an.CounterpartConfidence = annotation.WordCounterpartOf(r.art, t)
	an.CounterpartSet = false
	an.Modified = annotation.Now()
	library.SortReadingOrder(r.anns)
	r.setAnnotations(r.anns)
	r.save(an)
}

// undo takes back the last change (after every change still waiting) and
// shows the article's annotations as they are on disk afterwards.
func (r *reader) undo(redo bool) {
	what, step, verb, nothing := lang.L("undo"), r.u.session.store.Undo, lang.L("Undid"), lang.L("Nothing to undo.")
	if redo {
		what, step, verb, nothing = lang.L("redo"), r.u.session.store.Redo, lang.L("Redid"), lang.L("Nothing to redo.")
	}
	r.u.session.do(&change{what: what, run: func() (outcome, error) {
		done, err := step()
		switch {
		case errors.Is(err, library.ErrNothingToUndo):
			return outcome{message: nothing}, nil
		case err != nil:
			return outcome{}, err
		}
		return outcome{message: fmt.Sprintf(lang.L("%s: %s."), verb, done), reread: true}, nil
	}})
}

// sameAlignment reports whether two versions of an article pair the same
// text the same way, so its views can stay.
func sameAlignment(a, b *article.Article) bool {
	if len(a.Pairs) != len(b.Pairs) {
		return false
	}
	for i := range a.Pairs {
		x, y := &a.Pairs[i], &b.Pairs[i]
		if x.ZH != y.ZH || x.EN != y.EN || !slices.Equal(x.Links, y.Links) {
			return false
		}
	}
	return true
}

// sortedTags returns the tags a completion list offers: the claim types
// first, then every tag the library knows, alphabetically.
func (u *ui) sortedTags() []string {
	seen := map[string]bool{}
	var out []string
	add := func(t string) {
		if k := annotation.TagKey(t); !seen[k] && t != "" {
			seen[k] = true
			out = append(out, t)
		}
	}
	for _, t := range u.vocab {
		add(t)
	}
	var rest []string
	for t := range u.knownTags {
		rest = append(rest, t)
	}
	sort.Strings(rest)
	for _, t := range rest {
		add(t)
	}
	return out
}

// remember adds tags to the completion list.
func (u *ui) remember(tags ...string) {
	for _, t := range tags {
		u.knownTags[t] = true
	}
}
