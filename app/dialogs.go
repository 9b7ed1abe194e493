package app

import (
	"fyne.io/fyne/v2/lang"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
)

// apply makes an edit on whatever the keys act on: a new highlight on the
// selection (yellow, the first colour), or the highlight being edited.
func (r *reader) apply(edit func(*annotation.Annotation)) {
	switch {
	case r.sel.ok():
		r.create(annotation.Yellow, edit)
	case r.editing != nil:
		r.change(r.editing, edit)
	}
}

// current is the highlight the keys act on, or a blank one for a fresh
// selection.
func (r *reader) current() *annotation.Annotation {
	if r.editing != nil && !r.sel.ok() {
		return r.editing
	}
	return &annotation.Annotation{}
}

// askTags asks for tags, completing from the library's tags and the claim
// vocabulary. Tags already on the highlight can be removed here too.
func (r *reader) askTags() {
	if !r.active() {
		return
	}
	cur := r.current()
	keep := append([]string(nil), cur.Tags...)
	chips := container.NewHBox()
	var drawChips func()
	drawChips = func() {
		chips.RemoveAll()
		for i, t := range keep {
			chips.Add(widget.NewButton(t+" ×", func() {
				keep = append(keep[:i:i], keep[i+1:]...)
				drawChips()
			}))
		}
	}
	drawChips()
	entry := newCompletingEntry(r.u.sortedTags())
	entry.SetPlaceHolder(lang.L("new tag (several: separate with commas)"))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Tag"), entry)}
	if len(keep) > 0 {
		items = append([]*widget.FormItem{widget.NewFormItem(lang.L("Tags"), chips)}, items...)
	}
	r.form(lang.L("Tag"), items, entry, func() {
		tags := append(keep, splitTags(entry.Text)...)
		r.apply(func(an *annotation.Annotation) {
			an.Tags = nil
			for _, t := range tags {
				an.AddTag(t)
			}
		})
	})
}

func splitTags(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = annotation.CleanTag(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// askNote asks for the note, in Markdown, over several lines.
func (r *reader) askNote() {
	if !r.active() {
		return
	}
	entry := widget.NewMultiLineEntry()
	entry.SetText(r.current().Note)
	entry.SetPlaceHolder(lang.L("A note in Markdown: *emphasis*, **strong**, lists, links…"))
	entry.Wrapping = fyne.TextWrapWord
	entry.SetMinRowsVisible(6)
	r.form(lang.L("Note"), []*widget.FormItem{widget.NewFormItem("", entry)}, entry, func() {
		note := strings.TrimRight(entry.Text, " \n")
		r.apply(func(an *annotation.Annotation) { an.Note = note })
	})
}

// askClaim asks which kind of claim the selection or highlight is: one of
// the library's claim types, or a new one (which joins the vocabulary).
func (r *reader) askClaim() {
	if !r.active() {
		return
	}
	cur := r.current()
	choice := widget.NewRadioGroup(r.u.vocab, nil)
	for _, t := range cur.ClaimTypes(r.u.vocab) {
		choice.SetSelected(matchVocab(r.u.vocab, t))
	}
	if choice.Selected == "" && len(r.u.vocab) > 0 {
		choice.SetSelected(r.u.vocab[0])
	}
	other := widget.NewEntry()
	other.SetPlaceHolder(lang.L("or a new claim type"))
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Claim type"), choice), widget.NewFormItem("", other)}
	r.form(lang.L("Claim"), items, other, func() {
		kind := choice.Selected
		if t := annotation.CleanTag(other.Text); t != "" {
			kind = t
			r.u.addClaimType(t)
		}
		if kind == "" {
			return
		}
		mark := func(an *annotation.Annotation) { an.AddTag(kind) }
		if r.sel.ok() {
			r.create(r.u.claimColor(kind), mark) // a new claim takes its type's colour
			return
		}
		r.apply(mark)
	})
}

func matchVocab(vocab []string, tag string) string {
	for _, v := range vocab {
		if annotation.TagKey(v) == annotation.TagKey(tag) {
			return v
		}
	}
	return ""
}

// form shows a small dialog with focus in entry; Save runs ok. The text
// gets the keyboard back afterwards.
func (r *reader) form(title string, items []*widget.FormItem, focus fyne.Focusable, ok func()) {
	d := dialog.NewForm(title, lang.L("Save"), lang.L("Cancel"), items, func(confirmed bool) {
		if confirmed {
			ok()
		}
		r.u.win.Canvas().Focus(r.page)
	}, r.u.win)
	switch e := focus.(type) {
	case *widget.SelectEntry:
		e.OnSubmitted = func(string) { d.Submit() }
	case *widget.Entry:
		if !e.MultiLine {
			e.OnSubmitted = func(string) { d.Submit() }
		}
	}
	d.Resize(fyne.NewSize(460, d.MinSize().Height))
	d.Show()
	r.u.win.Canvas().Focus(focus)
}

// newCompletingEntry makes an entry whose drop-down offers the known tags
// that start with (or contain) the tag being typed, after any comma.
func newCompletingEntry(all []string) *widget.SelectEntry {
	e := widget.NewSelectEntry(all)
	e.OnChanged = func(s string) {
		if i := strings.LastIndex(s, ","); i >= 0 {
			s = s[i+1:]
		}
		e.SetOptions(filterTags(all, s))
	}
	return e
}

// filterTags keeps the tags that begin with prefix, then those that
// contain it, compared by TagKey.
func filterTags(all []string, typed string) []string {
	k := annotation.TagKey(typed)
	if k == "" {
		return all
	}
	var starts, contains []string
	for _, t := range all {
		tk := annotation.TagKey(t)
		switch {
		case strings.HasPrefix(tk, k):
			starts = append(starts, t)
		case strings.Contains(tk, k):
			contains = append(contains, t)
		}
	}
	return append(starts, contains...)
}
