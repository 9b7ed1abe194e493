package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/library"
)

// tagsView is the tag manager: every tag with how many highlights carry
// it, to rename, merge into another or delete across the library (each one
// undo step), and the claim vocabulary with the colour each claim type
// gives its highlights.
type tagsView struct {
	u        *ui
	tags     []library.TagCount
	list     *widget.List
	chosen   int
	vocab    []library.ClaimType
	claims   *fyne.Container
	newClaim *widget.Entry
	buttons  []*widget.Button
	root     fyne.CanvasObject
}

func newTagsView(u *ui) *tagsView {
	v := &tagsView{u: u, chosen: -1, claims: container.NewVBox(), newClaim: widget.NewEntry()}
	v.list = widget.NewList(func() int { return len(v.tags) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(fmt.Sprintf("%s  (%d)", v.tags[i].Tag, v.tags[i].Count))
		})
	v.list.OnSelected = func(i widget.ListItemID) { v.chosen = i; v.enable() }
	v.list.OnUnselected = func(widget.ListItemID) { v.chosen = -1; v.enable() }
	rename := widget.NewButtonWithIcon(lang.L("Rename…"), theme.DocumentCreateIcon(), func() { v.askRename(lang.L("Rename tag"), lang.L("New name")) })
	merge := widget.NewButtonWithIcon(lang.L("Merge into…"), theme.ContentPasteIcon(), func() { v.askRename(lang.L("Merge tag"), lang.L("Merge into tag")) })
	remove := widget.NewButtonWithIcon(lang.L("Delete…"), theme.DeleteIcon(), v.askDelete)
	v.buttons = []*widget.Button{rename, merge, remove}
	v.enable()
	v.newClaim.SetPlaceHolder(lang.L("new claim type"))
	v.newClaim.OnSubmitted = func(string) { v.addClaim() }
	// Buttons and claim types scroll sideways in a narrow window rather
	// than widen it.
	left := container.NewBorder(boldLabel(lang.L("Tags")), container.NewHScroll(container.NewHBox(rename, merge, remove)), nil, nil, v.list)
	right := container.NewBorder(boldLabel(lang.L("Claim types and their colours")),
		container.NewBorder(nil, nil, nil, widget.NewButton(lang.L("Add"), v.addClaim), v.newClaim), nil, nil,
		container.NewScroll(v.claims))
	split := container.NewHSplit(left, right)
	split.Offset = 0.55
	v.root = split
	return v
}

func boldLabel(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.TextStyle.Bold = true
	return l
}

func (v *tagsView) enable() {
	for _, b := range v.buttons {
		if v.chosen >= 0 {
			b.Enable()
		} else {
			b.Disable()
		}
	}
}

// load reads the tags and the claim vocabulary in the background.
func (v *tagsView) load() {
	v.u.session.background(func() func() {
		tags, err := v.u.lib.Tags()
		vocab, verr := v.u.lib.ClaimVocabulary()
		return func() {
			if err == nil {
				err = verr
			}
			if err != nil {
				v.u.showError(lang.L("The tags could not be read"), err)
				return
			}
			v.tags, v.vocab, v.chosen = tags, vocab, -1
			v.list.UnselectAll()
			v.list.Refresh()
			v.enable()
			v.showClaims()
			v.u.setVocabulary(vocab)
		}
	})
}

// showClaims lists the claim types, each with its colour and a remove
// button.
func (v *tagsView) showClaims() {
	v.claims.RemoveAll()
	var names []string
	for _, c := range annotation.Colors {
		names = append(names, string(c))
	}
	for i, t := range v.vocab {
		colour := widget.NewSelect(names, func(c string) {
			if annotation.Color(c) != v.vocab[i].Color {
				v.vocab[i].Color = annotation.Color(c)
				v.saveClaims()
			}
		})
		colour.Selected = string(t.Color)
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() {
			v.vocab = append(v.vocab[:i:i], v.vocab[i+1:]...)
			v.saveClaims()
		})
		v.claims.Add(container.NewBorder(nil, nil, nil, container.NewHBox(colour, remove), widget.NewLabel(t.Name)))
	}
}

func (v *tagsView) addClaim() {
	name := annotation.CleanTag(v.newClaim.Text)
	if name == "" {
		return
	}
	v.vocab = append(v.vocab, library.ClaimType{Name: name, Color: annotation.Yellow})
	v.newClaim.SetText("")
	v.saveClaims()
}

// saveClaims writes the vocabulary; a refused list (a duplicate name) is
// reported and the list read back.
func (v *tagsView) saveClaims() {
	vocab := append([]library.ClaimType(nil), v.vocab...)
	v.u.session.do(&change{what: lang.L("save the claim types"),
		run:    func() (outcome, error) { return outcome{}, v.u.session.store.SetClaimVocabulary(vocab) },
		done:   func(outcome) { v.load() },
		undone: func(error) { v.load() }})
}

// askRename asks for the new name (or the tag to merge into) of the chosen
// tag and applies it across the library.
func (v *tagsView) askRename(title, label string) {
	if v.chosen < 0 {
		return
	}
	old := v.tags[v.chosen].Tag
	entry := newCompletingEntry(v.u.sortedTags())
	entry.SetText(old)
	d := dialog.NewForm(title, lang.L("Apply"), lang.L("Cancel"), []*widget.FormItem{widget.NewFormItem(label, entry)}, func(ok bool) {
		if ok && annotation.CleanTag(entry.Text) != "" {
			v.retag(fmt.Sprintf(lang.L("%q renamed"), old), func() (int, error) { return v.u.session.store.RenameTag(old, entry.Text) })
		}
	}, v.u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	d.Show()
	v.u.win.Canvas().Focus(entry)
}

// askDelete removes the chosen tag from every highlight, after asking.
func (v *tagsView) askDelete() {
	if v.chosen < 0 {
		return
	}
	t := v.tags[v.chosen]
	dialog.ShowConfirm(lang.L("Delete tag"), fmt.Sprintf(lang.L("Remove the tag %q from %s? The highlights stay. Edit > Undo brings the tag back."),
		t.Tag, plural(t.Count, "highlight")), func(ok bool) {
		if ok {
			v.retag(fmt.Sprintf(lang.L("%q deleted"), t.Tag), func() (int, error) { return v.u.session.store.DeleteTag(t.Tag) })
		}
	}, v.u.win)
}

// retag runs a library-wide tag change through the session, then reloads
// the tags and the article on display.
func (v *tagsView) retag(done string, do func() (int, error)) {
	v.u.session.do(&change{what: lang.L("change a tag"), run: func() (outcome, error) {
		n, err := do()
		if err != nil {
			return outcome{}, err // a partial change is in the undo history
		}
		return outcome{message: fmt.Sprintf(lang.L("Tag %s on %s — Edit > Undo takes it back."), done, plural(n, "highlight")), reread: true}, nil
	}, done: func(outcome) { v.load() }, undone: func(error) { v.load() }})
}
