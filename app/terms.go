package app

import (
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/dict"
	"tandem/export"
)

// termsView is the Terms tab, beside Tags: the reader's term list
// (library.TermsFile), the Chinese–English pairs they confirmed, which
// override the dictionary in ~ search and in the counterparts of new
// highlights. Pairs are added here by hand or from a highlight (the action
// bar's "Add to terms"), removed, and exported as CSV or TMX.
type termsView struct {
	u       *ui
	terms   []dict.TermPair
	list    *widget.List
	chosen  int
	zh, en  *widget.Entry
	note    *widget.Entry
	remove  *widget.Button
	problem *widget.Label // a hand-edited list that does not read
	root    fyne.CanvasObject
}

func newTermsView(u *ui) *termsView {
	v := &termsView{u: u, chosen: -1, zh: widget.NewEntry(), en: widget.NewEntry(), note: widget.NewEntry(), problem: widget.NewLabel("")}
	v.list = widget.NewList(func() int { return len(v.terms) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(termText(v.terms[i])) })
	v.list.OnSelected = func(i widget.ListItemID) { v.chosen = i; v.enable() }
	v.list.OnUnselected = func(widget.ListItemID) { v.chosen = -1; v.enable() }
	v.zh.SetPlaceHolder(lang.L("Chinese"))
	v.en.SetPlaceHolder(lang.L("English"))
	v.note.SetPlaceHolder(lang.L("note (optional)"))
	v.en.OnSubmitted = func(string) { v.addTyped() }
	v.note.OnSubmitted = func(string) { v.addTyped() }
	v.remove = widget.NewButtonWithIcon(lang.L("Remove"), theme.DeleteIcon(), v.removeChosen)
	csv := widget.NewButtonWithIcon(lang.L("Export CSV…"), theme.DocumentSaveIcon(), func() { v.export("csv") })
	tmx := widget.NewButtonWithIcon(lang.L("Export TMX…"), theme.DocumentSaveIcon(), func() { v.export("tmx") })
	v.problem.Wrapping = fyne.TextWrapWord
	v.problem.Importance = widget.DangerImportance
	v.problem.Hide()
	v.enable()
	add := container.NewBorder(nil, nil, nil, widget.NewButtonWithIcon(lang.L("Add"), theme.ContentAddIcon(), v.addTyped),
		container.NewGridWithColumns(3, v.zh, v.en, v.note))
	head := container.NewVBox(boldLabel(lang.L("Your terms: pairs that come before the dictionary in ~ search and counterparts")), v.problem, add)
	v.root = container.NewBorder(head, container.NewHScroll(container.NewHBox(v.remove, csv, tmx)), nil, nil, v.list)
	return v
}

// termText is how the list shows a pair.
func termText(p dict.TermPair) string {
	s := p.ZH + "  —  " + p.EN
	if p.Note != "" {
		s += "   (" + p.Note + ")"
	}
	return s
}

func (v *termsView) enable() {
	if v.chosen >= 0 && v.chosen < len(v.terms) {
		v.remove.Enable()
	} else {
		v.remove.Disable()
	}
}

// load reads the term list in the background. A list with a bad line is
// said above the list, which stays as last read: nothing is lost, and the
// reader fixes the line in the file.
func (v *termsView) load() {
	v.u.session.background(func() func() {
		terms, err := v.u.lib.Terms()
		return func() {
			if err != nil {
				v.problem.SetText(fmt.Sprintf(lang.L("The term list cannot be read: %s"), err))
				v.problem.Show()
				return
			}
			v.problem.Hide()
			v.terms, v.chosen = terms, -1
			v.list.UnselectAll()
			v.list.Refresh()
			v.enable()
		}
	})
}

// addTyped adds the pair typed in the fields, in either order.
func (v *termsView) addTyped() {
	zh, en := strings.TrimSpace(v.zh.Text), strings.TrimSpace(v.en.Text)
	if zh == "" || en == "" {
		return
	}
	if !hasHan(zh) && hasHan(en) {
		zh, en = en, zh
	}
	v.add(dict.TermPair{ZH: zh, EN: en, Note: v.note.Text}, func() {
		v.zh.SetText("")
		v.en.SetText("")
		v.note.SetText("")
	})
}

func hasHan(s string) bool { return strings.IndexFunc(s, article.IsHan) >= 0 }

// add adds a pair through the session; then, on the UI thread, cleared
// runs and the list, the search results and the marks are brought up to
// date. A refused pair (the same pair twice, a side missing) is reported
// by the session.
func (v *termsView) add(p dict.TermPair, cleared func()) {
	v.u.session.do(&change{what: lang.L("add a term"), run: func() (outcome, error) {
		got, err := v.u.session.store.AddTerm(p)
		if err != nil {
			return outcome{}, err
		}
		return outcome{message: fmt.Sprintf(lang.L("Added to your terms: %s = %s"), got.ZH, got.EN)}, nil
	}, done: func(outcome) {
		if cleared != nil {
			cleared()
		}
		v.u.termsChanged()
	}})
}

// removeChosen removes the chosen pair.
func (v *termsView) removeChosen() {
	if v.chosen < 0 || v.chosen >= len(v.terms) {
		return
	}
	p := v.terms[v.chosen]
	v.u.session.do(&change{what: lang.L("remove a term"), run: func() (outcome, error) {
		if err := v.u.session.store.RemoveTerm(p.ZH, p.EN); err != nil {
			return outcome{}, err
		}
		return outcome{message: fmt.Sprintf(lang.L("Removed from your terms: %s = %s"), p.ZH, p.EN)}, nil
	}, done: func(outcome) { v.u.termsChanged() }, undone: func(error) { v.load() }})
}

// export asks where to save the list as CSV or TMX and writes it in the
// background.
func (v *termsView) export(format string) {
	write, ext := export.TermsCSV, ".csv"
	if format == "tmx" {
		write, ext = export.TermsTMX, ".tmx"
	}
	name := fmt.Sprintf("tandem-terms-%s%s", time.Now().Format("2006-01-02"), ext)
	v.u.chooseSaveAs(name, ext, func(path string) {
		v.u.session.background(func() func() {
			terms, err := v.u.lib.Terms()
			if err == nil {
				err = export.WriteFile(path, func(w io.Writer) error { return write(w, terms) })
			}
			return func() {
				if err != nil {
					v.u.showError(lang.L("The export failed"), err)
					return
				}
				v.u.status.say(fmt.Sprintf(lang.L("Exported to %s"), path))
			}
		})
	})
}

// termsChanged shows a changed term list: the Terms tab, and a ~ search on
// show, whose expansions and marks follow the list.
func (u *ui) termsChanged() {
	u.terms.load()
	if strings.Contains(u.search.shownQuery, "~") {
		u.search.query()
	}
	if q := u.reader.found.query; strings.Contains(q, "~") {
		u.reader.found.query = "" // so that markQuery finds the hits again
		u.reader.markQuery(q)
	}
}

// askAddTerm offers a highlight and its counterpart as a pair for the term
// list, Chinese first, in fields the reader can trim (a counterpart may be
// a whole sentence) before confirming.
func (u *ui) askAddTerm(an *annotation.Annotation) {
	if an == nil || an.Counterpart == nil {
		return
	}
	zh, en := an.Target.Exact, an.Counterpart.Exact
	if an.Target.Lang == article.EN {
		zh, en = en, zh
	}
	zhEntry, enEntry, note := widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	zhEntry.SetText(strings.TrimSpace(zh))
	enEntry.SetText(strings.TrimSpace(en))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Chinese"), zhEntry),
		widget.NewFormItem(lang.L("English"), enEntry),
		widget.NewFormItem(lang.L("Note"), note),
	}
	d := dialog.NewForm(lang.L("Add to terms"), lang.L("Add"), lang.L("Cancel"), items, func(ok bool) {
		if ok {
			u.terms.add(dict.TermPair{ZH: zhEntry.Text, EN: enEntry.Text, Note: note.Text}, nil)
		}
	}, u.win)
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	d.Show()
}
