// Package app is Tandem's window: the library list, the side-by-side reader
// and importing by menu or drag and drop. It is the only package that imports
// Fyne; every change to a widget from a background goroutine goes through
// fyne.Do.
package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tandem/library"
)

// ID is the application ID, reverse-DNS, as in FyneApp.toml.
const ID = "app.tandem.reader"

// Run opens the main window on the library that open returns and blocks until
// the window closes. When the library cannot be opened (another Tandem owns
// it, say) the window says why instead.
func Run(open func() (*library.Library, error), version string) {
	a := fyneapp.NewWithID(ID)
	a.SetIcon(appIcon)
	a.Settings().SetTheme(newTheme())
	w := a.NewWindow("Tandem")
	w.Resize(fyne.NewSize(1280, 820))
	lib, err := open()
	if err != nil {
		showFatal(w, err)
		w.ShowAndRun()
		return
	}
	defer lib.Close()
	ui := newUI(lib, w, version)
	ui.reload()
	w.ShowAndRun()
}

// showFatal fills the window with an error that leaves nothing to do but quit.
func showFatal(w fyne.Window, err error) {
	msg := widget.NewLabel(fmt.Sprintf("Tandem cannot open its library.\n\n%s", err))
	msg.Wrapping = fyne.TextWrapWord
	quit := widget.NewButton("Quit", func() { w.Close() })
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewCenter(quit), nil, nil, msg)))
	w.Resize(fyne.NewSize(560, 240))
}

// ui is the main window and what it shows.
type ui struct {
	lib     *library.Library
	win     fyne.Window
	version string
	list    *libraryView
	reader  *reader
	status  *statusBar
	current string // ID of the article on display

	// background runs slow work (disk, parsing) off the UI thread: a
	// goroutine, or the caller's own thread in tests so they can check the
	// result without waiting.
	background func(func())
}

func newUI(lib *library.Library, w fyne.Window, version string) *ui {
	u := &ui{lib: lib, win: w, version: version, reader: newReader(), status: newStatusBar(),
		background: func(f func()) { go f() }}
	u.list = newLibraryView(u.open)
	split := container.NewHSplit(u.list.root, u.reader.scroll)
	split.Offset = 0.27
	w.SetContent(container.NewBorder(nil, u.status.root, nil, nil, split))
	w.SetMainMenu(u.menu())
	u.shortcuts()
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.importURIs(uris) })
	return u
}

// reload reads the library list in the background and shows it; the first
// time, it opens the newest article.
func (u *ui) reload() {
	u.background(func() {
		items, err := u.lib.List()
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(fmt.Errorf("the library list could not be read: %w", err), u.win)
				return
			}
			u.list.setItems(items)
			if u.current == "" && len(items) > 0 {
				u.list.selectID(items[0].ID)
			}
		})
	})
}

// open shows the article with that ID, read in the background.
func (u *ui) open(id string) {
	u.current = id
	u.background(func() {
		a, err := u.lib.Article(id)
		fyne.Do(func() {
			if u.current != id {
				return // another article was chosen meanwhile
			}
			if err != nil {
				dialog.ShowError(fmt.Errorf("the article %s could not be opened: %w", id, err), u.win)
				return
			}
			u.reader.show(a)
			u.win.SetTitle(a.Title + " — Tandem")
		})
	})
}

func (u *ui) menu() *fyne.MainMenu {
	importFile := fyne.NewMenuItem("Import File…", u.chooseFile)
	importFile.Shortcut = shortcutImportFile
	importFolder := fyne.NewMenuItem("Import Folder…", u.chooseFolder)
	importFolder.Shortcut = shortcutImportFolder
	about := fyne.NewMenuItem("About Tandem", u.about)
	return fyne.NewMainMenu(
		fyne.NewMenu("File", importFile, importFolder),
		fyne.NewMenu("Help", about),
	)
}

func (u *ui) about() {
	dialog.ShowInformation("About Tandem", fmt.Sprintf(
		"Tandem %s\n\nReads Chinese and English analyst commentary side by side.\n\nLibrary: %s\n\nChinese text is set in Droid Sans Fallback (Apache License 2.0).",
		u.version, u.lib.Dir()), u.win)
}
