package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"io"
	"slices"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tandem/export"
)

// The export formats, as File > Export offers them.
var exportFormats = []struct{ name, key, ext string }{
	{translatable("Markdown (Obsidian)"), "md", ".md"},
	{translatable("W3C Web Annotation (JSON-LD)"), "w3c", ".jsonld"},
	{translatable("CSV"), "csv", ".csv"},
	{translatable("Web page to share (HTML: both languages, highlights, notes)"), "html", ".html"},
}

// exportScope is what File > Export writes: the article on display, the
// current search results, or every article with annotations.
type exportScope struct {
	name  string // as the dialog offers it
	file  string // in the suggested file name
	items func() ([]export.Item, error)
}

// showExport asks what to export and in which format, then where.
func (u *ui) showExport() {
	scopes := u.exportScopes()
	var names []string
	for _, s := range scopes {
		names = append(names, s.name)
	}
	scope := widget.NewRadioGroup(names, nil)
	scope.SetSelected(names[0])
	var formats []string
	for _, f := range exportFormats {
		formats = append(formats, f.name)
	}
	format := widget.NewRadioGroup(formats, nil)
	format.SetSelected(formats[0])
	items := []*widget.FormItem{widget.NewFormItem(lang.L("Export"), scope), widget.NewFormItem(lang.L("As"), format)}
	dialog.ShowForm(lang.L("Export annotations"), lang.L("Choose file…"), lang.L("Cancel"), items, func(ok bool) {
		if !ok {
			return
		}
		s := scopes[indexOf(names, scope.Selected)]
		f := exportFormats[indexOf(formats, format.Selected)]
		vocab := slices.Clone(u.vocab)
		u.saveExport(s.file, f.key, func(w io.Writer) error {
			its, err := s.items()
			if err != nil {
				return err
			}
			return export.Write(w, f.key, its, vocab)
		})
	}, u.win)
}

func (u *ui) exportScopes() []exportScope {
	var scopes []exportScope
	if a := u.reader.art; a != nil {
		id := a.ID
		scopes = append(scopes, exportScope{lang.L("This article"), id, func() ([]export.Item, error) {
			items, _, err := u.lib.ExportItems([]string{id})
			return items, err
		}})
	}
	if hits := u.search.hits; len(hits) > 0 {
		q := u.search.field.Text
		scopes = append(scopes, exportScope{fmt.Sprintf(lang.L("The search results for %q"), q), "search", func() ([]export.Item, error) {
			items, _, err := u.lib.ExportHits(hits)
			return items, err
		}})
	}
	return append(scopes, exportScope{lang.L("The whole library"), "library", func() ([]export.Item, error) {
		items, _, err := u.lib.ExportItems(nil)
		return items, err
	}})
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return 0
}

// saveExport asks where to save (suggesting tandem-<what>-<date>.<ext>)
// and writes the export there in the background.
func (u *ui) saveExport(what, format string, write func(io.Writer) error) {
	ext := ".md"
	for _, f := range exportFormats {
		if f.key == format {
			ext = f.ext
		}
	}
	name := fmt.Sprintf("tandem-%s-%s%s", what, time.Now().Format("2006-01-02"), ext)
	u.chooseSaveAs(name, ext, func(path string) {
		u.session.background(func() func() {
			err := export.WriteFile(path, write)
			return func() {
				if err != nil {
					u.showError(lang.L("The export failed"), err)
					return
				}
				u.status.say(fmt.Sprintf(lang.L("Exported to %s"), path))
			}
		})
	})
}
