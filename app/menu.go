package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"time"
)

// menu builds the main menu; items show their shortcuts.
func (u *ui) menu() *fyne.MainMenu {
	item := func(label string, s fyne.Shortcut, do func()) *fyne.MenuItem {
		i := fyne.NewMenuItem(label, do)
		i.Shortcut = s
		return i
	}
	r := u.reader
	u.layoutItems = nil
	for m, name := range layoutNames {
		i := fyne.NewMenuItem(name, func() { r.setMode(layoutMode(m)) })
		i.Checked = layoutMode(m) == r.mode
		u.layoutItems = append(u.layoutItems, i)
	}
	view := fyne.NewMenu(lang.L("View"), append(append([]*fyne.MenuItem(nil), u.layoutItems...), fyne.NewMenuItemSeparator(),
		item(lang.L("Larger Text"), shortcutZoomIn, func() { r.zoom(0.1) }),
		item(lang.L("Smaller Text"), shortcutZoomOut, func() { r.zoom(-0.1) }),
		fyne.NewMenuItem(lang.L("Actual Size"), func() { r.zoom(1 - r.scale) }))...)
	view.Items = append(view.Items, fyne.NewMenuItemSeparator(),
		item(lang.L("Show or Hide the Library"), shortcutLibraryPane, func() { u.panes.toggle(0) }),
		item(lang.L("Show or Hide the Highlights"), shortcutSidebarPane, func() { u.panes.toggle(1) }),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(lang.L("Claims"), func() { u.tabs.Select(u.claimsTab) }),
		fyne.NewMenuItem(lang.L("Tags"), func() { u.tabs.Select(u.tagsTab) }))
	u.syncItem = fyne.NewMenuItem(syncLabel(u.prefs().String(prefLastSync), time.Now()), u.syncLibrary)
	return fyne.NewMainMenu(
		fyne.NewMenu(lang.L("File"),
			item(lang.L("Import File…"), shortcutImportFile, u.chooseFile),
			item(lang.L("Import Folder…"), shortcutImportFolder, u.chooseFolder),
			item(lang.L("Import a Path or URL…"), shortcutImportPath, u.askPath),
			item(lang.L("Import Two Versions…"), shortcutImportPair, func() { u.choosePair() }),
			fyne.NewMenuItem(lang.L("Add Other Language…"), u.addOtherLanguage),
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.L("Export…"), u.showExport),
			u.syncItem,
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.L("Rebuild Search Index"), func() { u.syncIndex(true) })),
		fyne.NewMenu(lang.L("Edit"),
			item(lang.L("Undo"), &fyne.ShortcutUndo{}, func() { u.undoOrRedo(false) }),
			item(lang.L("Redo"), shortcutRedo, func() { u.undoOrRedo(true) }),
			fyne.NewMenuItemSeparator(),
			item(lang.L("Copy"), &fyne.ShortcutCopy{}, r.copySelection),
			item(lang.L("Paste as New Article"), shortcutPasteArticle, u.pasteArticle),
			fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem(lang.L("Settings…"), u.showSettings)),
		view,
		fyne.NewMenu(lang.L("Go"),
			item(lang.L("Search"), shortcutSearch, u.search.focus),
			fyne.NewMenuItemSeparator(),
			item(lang.L("Next Pair"), nil, func() { r.typedRune('j') }),
			item(lang.L("Previous Pair"), nil, func() { r.typedRune('k') }),
			item(lang.L("Next Highlight"), nil, func() { r.stepHighlight(1) }),
			item(lang.L("Previous Highlight"), nil, func() { r.stepHighlight(-1) })),
		fyne.NewMenu(lang.L("Help"),
			fyne.NewMenuItem(lang.L("Keyboard Shortcuts"), func() { u.showShortcuts() }),
			fyne.NewMenuItem(lang.L("About Tandem"), u.about)),
	)
}

// shortcuts registers the window-wide shortcuts, used when no widget with
// keyboard focus takes them first.
func (u *ui) shortcuts() {
	c := u.win.Canvas()
	for _, s := range []*desktop.CustomShortcut{shortcutRedo, shortcutZoomIn, shortcutZoomOut, shortcutImportFile, shortcutImportFolder, shortcutImportPath, shortcutImportPair, shortcutPasteArticle, shortcutSearch, shortcutTranslate, shortcutLibraryPane, shortcutSidebarPane} {
		c.AddShortcut(s, func(sc fyne.Shortcut) { u.windowShortcut(sc.(*desktop.CustomShortcut)) })
	}
	c.AddShortcut(&fyne.ShortcutCopy{}, func(fyne.Shortcut) { u.reader.copySelection() })
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) { u.undoOrRedo(false) })
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { u.undoOrRedo(true) })
}

// undoOrRedo undoes or redoes the last change to annotations — unless a
// text field has the keyboard, which then undoes its own typing. Fyne
// sends Ctrl+Z as its Undo shortcut and Ctrl+Y as Redo, to the menu
// first; Ctrl+Shift+Z comes as a custom shortcut.
func (u *ui) undoOrRedo(redo bool) {
	if f, ok := u.win.Canvas().Focused().(textField); ok {
		var s fyne.Shortcut = &fyne.ShortcutUndo{}
		if redo {
			s = &fyne.ShortcutRedo{}
		}
		f.TypedShortcut(s)
		return
	}
	u.reader.undo(redo)
}

// textField is a focused widget that edits text: an entry.
type textField interface {
	fyne.Shortcutable
	SelectedText() string
}

// windowShortcut runs a window-wide shortcut.
func (u *ui) windowShortcut(s *desktop.CustomShortcut) {
	r := u.reader
	switch s.ShortcutName() {
	case shortcutRedo.ShortcutName():
		u.undoOrRedo(true)
	case shortcutZoomIn.ShortcutName():
		r.zoom(0.1)
	case shortcutZoomOut.ShortcutName():
		r.zoom(-0.1)
	case shortcutImportFile.ShortcutName():
		u.chooseFile()
	case shortcutImportFolder.ShortcutName():
		u.chooseFolder()
	case shortcutImportPath.ShortcutName():
		u.askPath()
	case shortcutImportPair.ShortcutName():
		u.choosePair()
	case shortcutPasteArticle.ShortcutName():
		u.pasteArticle()
	case shortcutSearch.ShortcutName():
		u.search.focus()
	case shortcutTranslate.ShortcutName():
		u.search.toggleTranslate()
	case shortcutLibraryPane.ShortcutName():
		u.panes.toggle(0)
	case shortcutSidebarPane.ShortcutName():
		u.panes.toggle(1)
	}
}

// toolbar sits above the reader: the layout and the text size.
func (u *ui) toolbar() fyne.CanvasObject {
	r := u.reader
	layout := widget.NewSelect(layoutNames, func(name string) {
		for m, n := range layoutNames {
			if n == name && layoutMode(m) != r.mode {
				r.setMode(layoutMode(m))
			}
		}
	})
	layout.SetSelected(layoutNames[r.mode])
	r.onMode = func(m layoutMode) {
		layout.SetSelected(layoutNames[m])
		u.markLayout(m)
	}
	smaller := widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { r.zoom(-0.1) })
	larger := widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { r.zoom(0.1) })
	for _, b := range []*widget.Button{smaller, larger} {
		b.Importance = widget.LowImportance
	}
	return container.NewHBox(layout, smaller, larger)
}

// markLayout ticks the layout on display in the View menu.
func (u *ui) markLayout(m layoutMode) {
	for i, item := range u.layoutItems {
		item.Checked = layoutMode(i) == m
	}
	if menu := u.win.MainMenu(); menu != nil {
		menu.Refresh()
	}
}

// showShortcuts opens a window listing every keyboard shortcut; Esc
// closes it.
func (u *ui) showShortcuts() fyne.Window {
	w := fyne.CurrentApp().NewWindow(lang.L("Keyboard Shortcuts — Tandem"))
	w.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name == fyne.KeyEscape {
			w.Close()
		}
	})
	grid := container.New(&shortcutGrid{})
	for _, k := range keyHelp {
		key := widget.NewLabel(k[0])
		key.TextStyle.Bold = true
		grid.Add(key)
		grid.Add(widget.NewLabel(k[1]))
	}
	w.SetContent(container.NewPadded(grid))
	w.Show()
	return w
}

// shortcutGrid lays out pairs of labels in two columns, the first as wide as
// its widest label.
type shortcutGrid struct{}

func (shortcutGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	keyW := float32(0)
	for i := 0; i < len(objs); i += 2 {
		keyW = max(keyW, objs[i].MinSize().Width)
	}
	y := float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		h := max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
		objs[i].Move(fyne.NewPos(0, y))
		objs[i].Resize(fyne.NewSize(keyW, h))
		objs[i+1].Move(fyne.NewPos(keyW, y))
		objs[i+1].Resize(fyne.NewSize(size.Width-keyW, h))
		y += h
	}
}

func (shortcutGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	keyW, textW, h := float32(0), float32(0), float32(0)
	for i := 0; i+1 < len(objs); i += 2 {
		keyW = max(keyW, objs[i].MinSize().Width)
		textW = max(textW, objs[i+1].MinSize().Width)
		h += max(objs[i].MinSize().Height, objs[i+1].MinSize().Height)
	}
	return fyne.NewSize(keyW+textW, h)
}
