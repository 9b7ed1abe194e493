package app

import (
	"context"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"tandem/library"
	"tandem/webfetch"
)

var (
	shortcutImportFile   = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutImportFolder = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutImportPath   = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutImportPair   = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// askPath imports a file or folder whose path is typed (or pasted) — what
// the file dialogs cannot take — or the web page at a URL. It starts with
// the last folder used.
func (u *ui) askPath() {
	entry := widget.NewEntry()
	entry.SetPlaceHolder(lang.L("/path/to/article.txt, a folder, or https://… for a web page"))
	if dir := u.prefs().String(prefLastFolder); dir != "" {
		entry.SetText(dir + string(filepath.Separator))
	}
	d := dialog.NewForm(lang.L("Import a path or URL"), lang.L("Import"), lang.L("Cancel"), []*widget.FormItem{widget.NewFormItem(lang.L("Path or URL"), entry)}, func(ok bool) {
		text := strings.TrimSpace(entry.Text)
		if ok && webfetch.IsURL(text) {
			u.importURL(text)
			return
		}
		path := expandHome(text)
		if !ok || path == "" {
			return
		}
		if _, err := os.Stat(path); err != nil {
			u.showError(lang.L("Nothing to import there"), err)
			return
		}
		u.importPaths([]string{path})
	}, u.win)
	entry.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	u.win.Canvas().Focus(entry)
}

// importURL fetches the web page at rawURL in the background, with a
// Cancel button in the status bar, and imports it: the page's bytes become
// the article's source. A failed fetch is listed as a failed import.
func (u *ui) importURL(rawURL string) {
	ctx, cancel := context.WithCancel(context.Background())
	u.status.begin(fmt.Sprintf(lang.L("Fetching %s"), rawURL), cancel)
	u.session.background(func() func() {
		_, data, err := webfetch.Fetch(ctx, rawURL)
		return func() {
			switch {
			case ctx.Err() != nil:
				u.finishImport(nil, true)
			case err != nil:
				u.finishImport([]library.Result{{Path: rawURL, Status: library.Failed, Err: err}}, false)
			default:
				u.status.begin(fmt.Sprintf(lang.L("Importing %s"), rawURL), cancel)
				u.session.do(&change{what: lang.L("import a web page"), run: func() (outcome, error) {
					return outcome{value: u.session.store.Import(rawURL, data)}, nil
				}, done: func(o outcome) {
					u.finishImport([]library.Result{o.value.(library.Result)}, false)
				}})
			}
		}
	})
}

// expandHome reads a leading ~ as the home folder, as a shell would.
func expandHome(path string) string {
	if path == "~" || strings.HasPrefix(path, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			return filepath.Join(home, path[1:])
		}
	}
	return path
}

// chooseFile opens the import dialog for a file (File > Import File…).
func (u *ui) chooseFile() { u.choosePath(false) }

// chooseFolder opens the import dialog for a folder (File > Import
// Folder…).
func (u *ui) chooseFolder() { u.choosePath(true) }

// importURIs imports dropped or chosen files and folders in the background
// (two files, one Chinese and one English, are offered as a pair); a link
// dropped from a browser is fetched and imported as a web page.
func (u *ui) importURIs(uris []fyne.URI) {
	var paths []string
	for _, uri := range uris {
		switch {
		case uri.Scheme() == "file":
			paths = append(paths, uri.Path())
		case webfetch.IsURL(uri.String()):
			u.importURL(uri.String())
		}
	}
	if len(paths) > 0 {
		u.dropped(paths)
	}
}

// pasteArticle makes an article from the text on the clipboard, in any
// format Tandem imports (Edit > Paste as New Article).
func (u *ui) pasteArticle() {
	text := fyne.CurrentApp().Clipboard().Content()
	if strings.TrimSpace(text) == "" {
		u.status.say(lang.L("The clipboard holds no text to paste as an article."))
		return
	}
	u.session.do(&change{what: lang.L("paste an article"), run: func() (outcome, error) {
		r := u.session.store.Import("the clipboard", []byte(text))
		return outcome{value: r}, nil // a failure is the clipboard's, shown below
	}, done: func(o outcome) {
		switch r := o.value.(library.Result); r.Status {
		case library.Failed:
			u.showError(lang.L("The clipboard could not be made into an article"), r.Err)
		case library.Duplicate:
			u.status.say(lang.L("That article is already in the library."))
			u.openAt(r.ID, "")
		default:
			u.status.say(fmt.Sprintf(lang.L("Pasted as a new article: %s."), r.Title))
			u.reload()
			u.openAt(r.ID, "")
		}
	}})
}

// importChunk is how many files one turn of an import takes: between turns,
// the changes the reader made meanwhile are written.
const importChunk = 64

// importPaths imports files and folders through the session, a chunk of
// files at a time, with progress in the status bar and a Cancel button; at
// the end the list is reloaded, the first new article opened and any
// failures listed.
func (u *ui) importPaths(paths []string) {
	if info, err := os.Stat(paths[0]); err == nil {
		dir := paths[0]
		if !info.IsDir() {
			dir = filepath.Dir(dir)
		}
		u.prefs().SetString(prefLastFolder, dir) // the dialogs start there next time
	}
	ctx, cancel := context.WithCancel(context.Background())
	u.status.begin(lang.L("Importing"), cancel)
	job := &importJob{u: u, ctx: ctx, started: time.Now(), throttle: newThrottle(time.Second / 60)}
	u.session.do(&change{what: lang.L("import"), run: func() (outcome, error) {
		files, failed := library.Expand(paths)
		job.files, job.results = files, failed
		return job.turn()
	}})
}

// importJob is an import under way: its files, how far it has got, and
// what came of each file so far.
type importJob struct {
	u        *ui
	ctx      context.Context
	files    []string
	done     int
	results  []library.Result
	started  time.Time
	throttle *throttle
}

// turn imports the next chunk of files and queues the turn after it, or
// reports the end.
func (j *importJob) turn() (outcome, error) {
	if j.ctx.Err() == nil && j.done < len(j.files) {
		chunk := j.files[j.done:min(j.done+importChunk, len(j.files))]
		base := j.done
		j.results = append(j.results, j.u.session.store.ImportPaths(j.ctx, chunk, func(p library.Progress) {
			if done := base + p.Done; j.throttle.ok() || done == len(j.files) {
				j.u.session.post(func() { j.u.status.progress(done, len(j.files), p.Current, j.started) })
			}
		})...)
		j.done += len(chunk)
		if j.ctx.Err() == nil && j.done < len(j.files) {
			return outcome{next: &change{what: lang.L("import"), run: j.turn}}, nil
		}
	}
	results, cancelled := j.results, j.ctx.Err() != nil
	j.u.session.post(func() { j.u.finishImport(results, cancelled) })
	return outcome{}, nil
}

func (u *ui) finishImport(results []library.Result, cancelled bool) {
	var imported, duplicates int
	var failed []library.Result
	firstNew := ""
	for _, r := range results {
		switch r.Status {
		case library.Imported:
			imported++
			if firstNew == "" {
				firstNew = r.ID
			}
		case library.Duplicate:
			duplicates++
			if len(results) == 1 {
				firstNew = r.ID
			}
		default:
			failed = append(failed, r)
		}
	}
	summary := importSummary(imported, duplicates, len(failed), cancelled)
	u.status.end(summary)
	u.reload()
	if firstNew != "" {
		u.list.selected = firstNew // reload highlights it without opening it twice
		u.open(firstNew)
	}
	if len(failed) > 0 {
		u.showFailures(summary, failed)
	}
}

func importSummary(imported, duplicates, failed int, cancelled bool) string {
	s := fmt.Sprintf(lang.L("Imported %s"), plural(imported, "article"))
	if duplicates > 0 {
		s += fmt.Sprintf(lang.L(", %d already in the library"), duplicates)
	}
	if failed > 0 {
		s += fmt.Sprintf(lang.L(", %d failed"), failed)
	}
	if cancelled {
		s += lang.L(" (cancelled; what was imported is kept)")
	}
	return s + "."
}

// showFailures lists every file that failed and why.
func (u *ui) showFailures(summary string, failed []library.Result) {
	var b strings.Builder
	for _, r := range failed {
		fmt.Fprintf(&b, "• %s\n", r.Err)
	}
	text := widget.NewLabel(b.String())
	text.Wrapping = fyne.TextWrapWord
	intro := widget.NewLabel(fmt.Sprintf(lang.L("%s These files were not imported; nothing else was changed:"), summary))
	intro.Wrapping = fyne.TextWrapWord
	body := container.NewBorder(intro, nil, nil, nil, container.NewVScroll(text))
	d := dialog.NewCustom(fmt.Sprintf(lang.L("%s could not be imported"), plural(len(failed), "file")), lang.L("Close"), body, u.win)
	d.Resize(fyne.NewSize(640, 360))
	d.Show()
}
