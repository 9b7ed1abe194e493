package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
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
var importExtensions = []string{".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf", ".epub"}

// chooserMode is what a pathChooser chooses.
type chooserMode int

const (
	chooseFile   chooserMode = iota // a file to import
	chooseFolder                    // a folder to import whole
	chooseSave                      // where to write an export
)

// pathChooser is the dialog that asks for a file or folder: a path field
// that takes a typed or pasted path (~ for the home folder), and under it
// the folder the path names, to click through. It opens in the folder used
// last. Fyne's file dialog has no path field, and every time it opens it
// complains of the favourite folders (~/Videos...) a machine lacks.
type pathChooser struct {
	u       *ui
	mode    chooserMode
	exts    []string          // the files listed
	done    func(path string) // what the chosen path is for
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
	title, mode := lang.L("Import a File"), chooseFile
	if folders {
		title, mode = lang.L("Import a Folder"), chooseFolder
	}
	start := u.prefs().String(prefLastFolder)
	return u.newPathChooser(title, lang.L("Import"), mode, importExtensions, start, "", func(path string) {
		u.importPaths([]string{path})
	})
}

// chooseSaveAs asks where to write an export, suggesting name in the
// folder the last export went to; done writes it.
func (u *ui) chooseSaveAs(name, ext string, done func(path string)) *pathChooser {
	return u.newPathChooser(lang.L("Export"), lang.L("Save"), chooseSave, []string{ext}, u.prefs().String(prefExportDir), name, func(path string) {
		u.prefs().SetString(prefExportDir, filepath.Dir(path))
		done(path)
	})
}

// newPathChooser shows the dialog, starting in the folder start (home when
// empty) with name, if any, after it in the path field.
func (u *ui) newPathChooser(title, confirm string, mode chooserMode, exts []string, start, name string, done func(string)) *pathChooser {
	c := &pathChooser{u: u, mode: mode, exts: exts, done: done, path: widget.NewEntry(), problem: widget.NewLabel("")}
	c.problem.Importance = widget.DangerImportance
	c.problem.Hide()
	c.path.SetPlaceHolder(lang.L("/path/to/article.txt — type, paste or choose below"))
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
	top := container.NewVBox(container.NewBorder(nil, nil, up, nil, c.path), c.problem)
	c.d = dialog.NewCustomConfirm(title, confirm, lang.L("Cancel"), container.NewBorder(top, nil, nil, nil, c.list), func(ok bool) {
		if ok {
			c.submit()
		}
	}, u.win)
	if start == "" {
		start, _ = os.UserHomeDir()
	}
	c.path.SetText(start + string(filepath.Separator))
	if name != "" {
		c.path.SetText(filepath.Join(start, name))
		c.show(start)
	}
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
			c.entries = listable(entries, c.exts)
			c.list.Refresh()
			c.list.ScrollToTop()
			c.say(err)
		}
	})
}

// listable keeps folders and the files with one of exts, folders first,
// hidden ones left out.
func listable(entries []os.DirEntry, exts []string) []os.DirEntry {
	var dirs, files []os.DirEntry
	for _, e := range entries {
		switch {
		case strings.HasPrefix(e.Name(), "."):
		case e.IsDir():
			dirs = append(dirs, e)
		case slices.Contains(exts, strings.ToLower(filepath.Ext(e.Name()))):
			files = append(files, e)
		}
	}
	return append(dirs, files...)
}

// submit takes the path: a file to import, a folder to import in the
// folder dialog, a file to write when saving. A folder is opened instead
// where a file is asked for; the dialog stays, saying why, for a path that
// leads nowhere.
func (c *pathChooser) submit() {
	path := filepath.Clean(expandHome(strings.TrimSpace(c.path.Text)))
	info, err := os.Stat(path)
	switch {
	case c.mode == chooseSave && os.IsNotExist(err):
		_, err = os.Stat(filepath.Dir(path)) // a new file, in a folder that must be there
	case err == nil && info.IsDir() && c.mode != chooseFolder:
		c.path.SetText(path + string(filepath.Separator))
		c.d.Show()
		return
	case err == nil && !info.IsDir() && c.mode == chooseFolder:
		path = filepath.Dir(path)
	}
	if err != nil {
		c.say(err)
		c.d.Show()
		return
	}
	c.d.Hide()
	if c.mode == chooseSave && info != nil && !info.IsDir() {
		dialog.ShowConfirm(lang.L("Replace the file?"), fmt.Sprintf(lang.L("%s is there already. Replace it?"), path), func(yes bool) {
			if yes {
				c.done(path)
				return
			}
			c.d.Show()
		}, c.u.win)
		return
	}
	c.done(path)
}

// say shows what is wrong with the path, or nothing.
func (c *pathChooser) say(err error) {
	if err == nil {
		c.problem.Hide()
		return
	}
	c.problem.SetText(fmt.Sprintf(lang.L("Nothing there: %s"), err))
	c.problem.Show()
}
