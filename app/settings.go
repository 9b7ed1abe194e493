package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"net/url"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// Preference keys for what the window remembers between runs.
const (
	prefTheme      = "settings.theme"
	prefWidth      = "window.width"
	prefHeight     = "window.height"
	prefListSplit  = "window.listSplit"
	prefSideSplit  = "window.sideSplit"
	prefLastOpened = "window.lastArticle"
	prefLastFolder = "import.lastFolder"
	prefExportDir  = "export.lastFolder"

	prefSearchTranslate = "search.translate" // the 文A switch
	prefHoverLookup     = "reader.hoverLookup"
)

// showSettings opens the settings: text size, default layout, theme, and
// where the library lives.
func (u *ui) showSettings() {
	r := u.reader
	size := widget.NewSlider(70, 220)
	size.Step = 10
	size.SetValue(float64(r.scale * 100))
	sizeLabel := widget.NewLabel(fmt.Sprintf("%.0f%%", size.Value))
	size.OnChanged = func(v float64) {
		sizeLabel.SetText(fmt.Sprintf("%.0f%%", v))
		r.zoom(float32(v/100) - r.scale)
	}
	layout := widget.NewSelect(layoutNames, func(name string) {
		for m, n := range layoutNames {
			if n == name && layoutMode(m) != r.mode {
				r.setMode(layoutMode(m))
			}
		}
	})
	layout.SetSelected(layoutNames[r.mode])
	themeKeys := []string{themeSystem, themeLight, themeDark}
	themeLabels := []string{lang.L("Follow the system"), lang.L("Light"), lang.L("Dark")}
	themes := widget.NewRadioGroup(themeLabels, func(label string) {
		if i := indexOf(themeLabels, label); i >= 0 {
			u.prefs().SetString(prefTheme, themeKeys[i])
			fyne.CurrentApp().Settings().SetTheme(themeNamed(themeKeys[i]))
		}
	})
	if i := indexOf(themeKeys, u.prefs().StringWithFallback(prefTheme, themeSystem)); i >= 0 {
		themes.SetSelected(themeLabels[i])
	}
	folder := widget.NewButton(lang.L("Open the data folder"), func() {
		if err := fyne.CurrentApp().OpenURL(&url.URL{Scheme: "file", Path: u.lib.Dir()}); err != nil {
			u.showError(lang.L("The data folder could not be opened"), err)
		}
	})
	hover := widget.NewCheck(lang.L("Look a word up when the pointer rests on it"), func(on bool) {
		u.prefs().SetBool(prefHoverLookup, on)
		if !on {
			r.closeHover()
		}
	})
	hover.SetChecked(u.hoverOn())
	where := widget.NewLabel(u.lib.Dir())
	where.Wrapping = fyne.TextWrapBreak
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Text size"), container.NewBorder(nil, nil, nil, sizeLabel, size)),
		widget.NewFormItem(lang.L("Layout"), layout),
		widget.NewFormItem(lang.L("Theme"), themes),
		widget.NewFormItem(lang.L("Language"), u.languageChoice()),
		widget.NewFormItem(lang.L("Dictionary"), hover),
		widget.NewFormItem(lang.L("Library"), container.NewVBox(where, folder)),
	)
	d := dialog.NewCustom(lang.L("Settings"), lang.L("Close"), form, u.win)
	d.Resize(fyne.NewSize(520, 0))
	d.Show()
}

// restoreWindow applies what the window remembered from the last run: its
// size and the widths of its panes. (Fyne cannot place a window, so its
// position is the window manager's choice.)
func (u *ui) restoreWindow(listSplit, sideSplit *container.Split) {
	p := u.prefs()
	w, h := p.FloatWithFallback(prefWidth, 1280), p.FloatWithFallback(prefHeight, 820)
	u.win.Resize(fyne.NewSize(float32(max(w, 640)), float32(max(h, 420))))
	listSplit.Offset = clampSplit(p.FloatWithFallback(prefListSplit, 0.22))
	sideSplit.Offset = clampSplit(p.FloatWithFallback(prefSideSplit, 0.76))
	u.splits = [2]*container.Split{listSplit, sideSplit}
}

func clampSplit(v float64) float64 { return min(0.9, max(0.1, v)) }

// saveWindow remembers the window for the next run.
// Only what changed is written: each change makes Fyne rewrite its whole
// file, in place, while the window closes.
func (u *ui) saveWindow() {
	p := u.prefs()
	set := func(key string, v float64) {
		if p.Float(key) != v {
			p.SetFloat(key, v)
		}
	}
	size := u.win.Canvas().Size()
	set(prefWidth, float64(size.Width))
	set(prefHeight, float64(size.Height))
	if u.splits[0] != nil {
		set(prefListSplit, u.splits[0].Offset)
		set(prefSideSplit, u.splits[1].Offset)
	}
}

// languageChoice is Settings' choice of the window's language: the
// system's, or one named in itself. Fyne reads the language once, at
// start, so a new choice applies from the next start, as the note says.
func (u *ui) languageChoice() fyne.CanvasObject {
	labels := make([]string, len(languageChoices))
	for i, c := range languageChoices {
		labels[i] = c.label
	}
	labels[0] = lang.L("Follow the system")
	note := widget.NewLabel(lang.L("Tandem speaks the new language from its next start."))
	note.Wrapping = fyne.TextWrapWord
	note.Hide()
	choice := widget.NewSelect(labels, func(label string) {
		if i := indexOf(labels, label); i >= 0 && languageChoices[i].tag != u.prefs().String(prefLanguage) {
			u.prefs().SetString(prefLanguage, languageChoices[i].tag)
			note.Show()
		}
	})
	for i, c := range languageChoices {
		if c.tag == u.prefs().String(prefLanguage) {
			choice.SetSelected(labels[i])
		}
	}
	return container.NewVBox(choice, note)
}
