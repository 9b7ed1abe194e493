package app

import (
	"fmt"
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
	themes := widget.NewRadioGroup([]string{themeSystem, themeLight, themeDark}, func(name string) {
		u.prefs().SetString(prefTheme, name)
		fyne.CurrentApp().Settings().SetTheme(themeNamed(name))
	})
	themes.SetSelected(u.prefs().StringWithFallback(prefTheme, themeSystem))
	folder := widget.NewButton("Open the data folder", func() {
		if err := fyne.CurrentApp().OpenURL(&url.URL{Scheme: "file", Path: u.lib.Dir()}); err != nil {
			u.showError("The data folder could not be opened", err)
		}
	})
	where := widget.NewLabel(u.lib.Dir())
	where.Wrapping = fyne.TextWrapBreak
	form := widget.NewForm(
		widget.NewFormItem("Text size", container.NewBorder(nil, nil, nil, sizeLabel, size)),
		widget.NewFormItem("Layout", layout),
		widget.NewFormItem("Theme", themes),
		widget.NewFormItem("Library", container.NewVBox(where, folder)),
	)
	d := dialog.NewCustom("Settings", "Close", form, u.win)
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
