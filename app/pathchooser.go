package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// importExtensions are the file names the import dialog lists.
var importExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm"}

// pathChooser is the import dialog: a path field that takes a typed or
// pasted path (~ for the home folder), and under it the folder the path
// names, to click through. It opens in the folder the last import came
// from. Fyne's file dialog has no path field, and every time it opens it
// complains of the favourite folders (~/Videos...) a machine lacks.
type pathChooser struct {
	u       *ui
	folders bool // choosing a folder to import whole, not a file
	path    *widget.Entry
	problem *widget.Label
	list    *widget.List
	dir     string        // the folder listed
	entries []os.DirEntry // its folders, then the files Tandem imports
	seq     int           // the newest listing asked for
	d       dialog.Dialog
}

// choosePath opens the import dialog, for a file or for a folder.
func (u *ui) choosePath(folders bool) *pathChooser {
	c := &pathChooser{u: u, folders: folders, path: widget.NewEntry(), problem: widget.NewLabel("")}
	c.problem.Importance = widget.DangerImportance
	c.problem.Hide()
	c.path.SetPlaceHolder("/path/to/article.txt — type, paste or choose below")
	c.path.OnChanged = func(text string) {
		if dir := expandHome(text); strings.HasSuffix(text, string(filepath.Separator)) && dir != c.dir {
			c.show(filepath.Clean(dir)) // a typed folder is listed as soon as it ends in a slash
		}
	}
	c.path.OnSubmitted = func(string) { c.submit() }
	c.list = widget.NewList(func() int { return len(c.entries) },
		func() fyne.CanvasObject {
			return container.NewHBox(widget.NewIcon(theme.FolderIcon()), widget.NewLabel(""))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			icon := theme.FileTextIcon()
			if c.entries[i].IsDir() {
				icon = theme.FolderIcon()
			}
			row.Objects[0].(*widget.Icon).SetResource(icon)
			row.Objects[1].(*widget.Label).SetText(c.entries[i].Name())
		})
	c.list.OnSelected = func(i widget.ListItemID) {
		c.list.UnselectAll()
		if i >= len(c.entries) {
			return
		}
		path := filepath.Join(c.dir, c.entries[i].Name())
		if c.entries[i].IsDir() {
			c.path.SetText(path + string(filepath.Separator))
			return
		}
		c.path.SetText(path)
	}
	up := widget.NewButtonWithIcon("", theme.MoveUpIcon(), func() {
		c.path.SetText(filepath.Dir(c.dir) + string(filepath.Separator))
	})
	title, what := "Import a File", "Import"
	if folders {
		title = "Import a Folder"
	}
	top := container.NewVBox(container.NewBorder(nil, nil, up, nil, c.path), c.problem)
	c.d = dialog.NewCustomConfirm(title, what, "Cancel", container.NewBorder(top, nil, nil, nil, c.list), func(ok bool) {
		if ok {
			c.submit()
		}
	}, u.win)
	start := u.prefs().String(prefLastFolder)
	if start == "" {
		start, _ = os.UserHomeDir()
	}
	c.path.SetText(start + string(filepath.Separator))
	c.d.Resize(fyne.NewSize(720, 520))
	c.d.Show()
	u.win.Canvas().Focus(c.path)
	return c
}

// show lists a folder, read in the background.
func (c *pathChooser) show(dir string) {
	c.dir = dir
	c.seq++
	seq := c.seq
	c.u.session.background(func() func() {
		entries, err := os.ReadDir(dir)
		return func() {
			if seq != c.seq {
				return // the path changed meanwhile
			}
			c.entries = importable(entries)
			c.list.Refresh()
			c.list.ScrollToTop()
			c.say(err)
		}
	})
}

// importable keeps folders and the files Tandem imports, folders first,
// hidden ones left out.
func importable(entries []os.DirEntry) []os.DirEntry {
	var dirs, files []os.DirEntry
	for _, e := range entries {
		switch {
		case strings.HasPrefix(e.Name(), "."):
		case e.IsDir():
			dirs = append(dirs, e)
		case slices.Contains(importExtensions, strings.ToLower(filepath.Ext(e.Name()))):
			files = append(files, e)
		}
	}
	return append(dirs, files...)
}

// submit imports what the path names: a file, or a folder in the folder
// dialog (in the file dialog a folder is opened instead).
func (c *pathChooser) submit() {
	path := filepath.Clean(expandHome(strings.TrimSpace(c.path.Text)))
	info, err := os.Stat(path)
	switch {
	case err != nil:
		c.say(err)
		c.d.Show() // the dialog stays for another try
		return
	case info.IsDir() && !c.folders:
		c.path.SetText(path + string(filepath.Separator))
		c.d.Show()
		return
	case !info.IsDir() && c.folders:
		path = filepath.Dir(path)
	}
	c.d.Hide()
	c.u.importPaths([]string{path})
}

// say shows what is wrong with the path, or nothing.
func (c *pathChooser) say(err error) {
	if err == nil {
		c.problem.Hide()
		return
	}
	c.problem.SetText("Nothing to import there: " + err.Error())
	c.problem.Show()
}
