package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
	"tandem/library"
	"tandem/webfetch"
)

// pairDialog is File > Import Two Versions…: two fields, each taking a
// path or a web page's URL, with a Browse button that opens the app's own
// path chooser, for the Chinese and the English version of one article, in
// either order.
type pairDialog struct {
	a, b *widget.Entry
	d    *dialog.FormDialog
}

// choosePair opens the Import Two Versions dialog.
func (u *ui) choosePair() *pairDialog {
	p := &pairDialog{a: widget.NewEntry(), b: widget.NewEntry()}
	p.a.SetPlaceHolder(lang.L("Path or URL of the Chinese or the English version"))
	p.b.SetPlaceHolder(lang.L("Path or URL of the other language's version"))
	field := func(e *widget.Entry) fyne.CanvasObject {
		browse := widget.NewButton(lang.L("Browse…"), func() {
			start := u.prefs().String(prefLastFolder)
			if text := expandHome(strings.TrimSpace(e.Text)); text != "" && !webfetch.IsURL(text) {
				start = filepath.Dir(text)
			}
			u.newPathChooser(lang.L("Choose a Version"), lang.L("Choose"), chooseFile, importExtensions, start, "", func(path string) {
				e.SetText(path)
				p.d.Show() // keep the pair dialog on top of the window
			})
		})
		return container.NewBorder(nil, nil, nil, browse, e)
	}
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("One version"), field(p.a)),
		widget.NewFormItem(lang.L("The other"), field(p.b)),
	}
	p.d = dialog.NewForm(lang.L("Import Two Versions"), lang.L("Import"), lang.L("Cancel"), items, func(ok bool) {
		a, b := expandHome(strings.TrimSpace(p.a.Text)), expandHome(strings.TrimSpace(p.b.Text))
		if !ok || a == "" || b == "" {
			return
		}
		u.importPair(a, b)
	}, u.win)
	p.a.OnSubmitted = func(string) { u.win.Canvas().Focus(p.b) }
	p.b.OnSubmitted = func(string) { p.d.Submit() }
	p.d.Resize(fyne.NewSize(640, p.d.MinSize().Height))
	p.d.Show()
	u.win.Canvas().Focus(p.a)
	return p
}

// importPair imports two files as one article in the background (see
// library.ImportPair), with the progress bar and Cancel while it waits
// its turn; at the end the article opens, or the failure is shown naming
// the file.
func (u *ui) importPair(a, b string) {
	if !webfetch.IsURL(a) {
		u.prefs().SetString(prefLastFolder, filepath.Dir(a))
	}
	ctx, cancel := context.WithCancel(context.Background())
	u.status.begin(lang.L("Importing two versions"), cancel)
	u.status.progress(0, 1, filepath.Base(a)+" + "+filepath.Base(b), time.Now())
	u.session.do(&change{what: lang.L("import two versions"), run: func() (outcome, error) {
		if ctx.Err() != nil {
			return outcome{}, nil // cancelled before its turn: nothing imported
		}
		return outcome{value: u.session.store.ImportPairFiles(ctx, a, b)}, nil // a failure is the files', shown below
	}, done: func(o outcome) {
		r, ok := o.value.(library.Result)
		if !ok {
			u.finishImport(nil, true)
			return
		}
		u.finishImport([]library.Result{r}, false)
	}})
}

// dropped imports what was dropped on the window. Exactly two files, one
// Chinese and one English, are offered as a pair; anything else imports
// as it is.
func (u *ui) dropped(paths []string) {
	if len(paths) != 2 {
		u.importPaths(paths)
		return
	}
	u.session.background(func() func() {
		pairable := versionsOfOne(paths[0], paths[1])
		return func() {
			if !pairable {
				u.importPaths(paths)
				return
			}
			u.offerPair(paths[0], paths[1])
		}
	})
}

// versionsOfOne reports whether two paths are files that pair into one
// article: one in Chinese, one in English (see article.ParsePair).
func versionsOfOne(a, b string) bool {
	var data [2][]byte
	for i, path := range []string{a, b} {
		if info, err := os.Stat(path); err != nil || !info.Mode().IsRegular() {
			return false
		}
		d, err := library.ReadRegular(path, article.MaxSize)
		if err != nil {
			return false
		}
		data[i] = d
	}
	_, _, err := article.ParsePair(a, data[0], b, data[1])
	return err == nil
}

// offerPair asks whether two dropped files, a Chinese and an English one,
// are one article in two languages.
func (u *ui) offerPair(a, b string) {
	msg := widget.NewLabel(fmt.Sprintf(lang.L("%s and %s look like two versions of one article, one in Chinese and one in English.\nPair them as one aligned article, or import each on its own?"), filepath.Base(a), filepath.Base(b)))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm(lang.L("Two versions of one article?"), lang.L("Pair as one article"), lang.L("Import separately"), msg, func(pair bool) {
		if pair {
			u.importPair(a, b)
			return
		}
		u.importPaths([]string{a, b})
	}, u.win)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
}

// oneLanguage reports whether an article has text in one language only:
// one that Add Other Language can pair.
func oneLanguage(a *article.Article) bool {
	var zh, en bool
	for _, p := range a.Pairs {
		zh, en = zh || p.ZH != "", en || p.EN != ""
	}
	return zh != en
}

// addOtherLanguage asks for the file of the other language of the open
// article and attaches it (library.Pair): the rows are aligned again, the
// highlights re-anchored, and Ctrl+Z takes it back.
func (u *ui) addOtherLanguage() {
	a := u.reader.art
	switch {
	case a == nil:
		u.status.say(lang.L("Open an article in one language first, then add its other language."))
		return
	case !oneLanguage(a):
		u.status.say(lang.L("This article has both languages already."))
		return
	}
	id := a.ID
	u.newPathChooser(lang.L("Add the Other Language"), lang.L("Add"), chooseFile, importExtensions, u.prefs().String(prefLastFolder), "", func(path string) {
		u.prefs().SetString(prefLastFolder, filepath.Dir(path))
		u.session.do(&change{what: lang.L("add the other language"), article: id, run: func() (outcome, error) {
			data, err := library.ReadRegular(path, article.MaxSize)
			if err != nil {
				return outcome{}, err
			}
			paired, report, err := u.session.store.Pair(id, path, data)
			if err != nil {
				return outcome{}, err
			}
			msg := fmt.Sprintf(lang.L("Paired with %s: %s — Ctrl+Z takes it back."), filepath.Base(path), plural(len(paired.Pairs), "row"))
			if report.Orphaned > 0 {
				msg = fmt.Sprintf(lang.L("Paired with %s; %s lost their text (see Orphans). Ctrl+Z takes it back."), filepath.Base(path), plural(report.Orphaned, "highlight"))
			}
			return outcome{message: msg, reread: true}, nil
		}, done: func(outcome) { u.reload() }})
	})
}
