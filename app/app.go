// Package app is Tandem's window: the library list, the side-by-side reader
// where text is selected, highlighted, tagged and noted, the highlights
// sidebar, and importing by menu or drag and drop. It is the only package
// that imports Fyne; every change to a widget from a background goroutine
// goes through fyne.Do.
package app

import (
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// ID is the application ID, reverse-DNS, as in FyneApp.toml.
const ID = "app.tandem.reader"

// Preference keys.
const (
	prefLayout = "reader.layout"
	prefScale  = "reader.scale"
)

// Run opens the main window on the library that open returns and blocks until
// the window closes. When the library cannot be opened (another Tandem owns
// it, say) the window says why instead.
func Run(open func() (*library.Library, error), version string) {
	a := fyneapp.NewWithID(ID)
	a.SetIcon(appIcon)
	a.Settings().SetTheme(themeNamed(a.Preferences().StringWithFallback(prefTheme, themeSystem)))
	w := a.NewWindow("Tandem")
	w.Resize(fyne.NewSize(1280, 820))
	lib, err := open()
	if err != nil {
		showFatal(w, err)
		w.ShowAndRun()
		return
	}
	defer lib.Close()
	u := newUI(lib, w, version)
	stop := make(chan struct{})
	defer close(stop)
	u.saver.start(stop)
	u.load()
	u.syncIndex(false)
	w.SetCloseIntercept(u.close)
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
	lib         *library.Library
	win         fyne.Window
	version     string
	list        *libraryView
	reader      *reader
	sidebar     *sidebar
	claims      *claimsView
	search      *searchView
	tags        *tagsView
	tabs        *container.AppTabs
	status      *statusBar
	saver       *saver
	splits      [2]*container.Split // library | work, reader | sidebar
	current     string              // ID of the article on display
	pendingJump string              // highlight to scroll to once the article opens
	pendingText textTarget          // or text to scroll to and flash
	probeDue    bool                // a layout probe write is scheduled (see probe.go)

	// the tabs of the work area
	readTab, searchTab, claimsTab, tagsTab *container.TabItem

	vocab       []string                    // claim types
	claimColors map[string]annotation.Color // by TagKey of the claim type
	knownTags   map[string]bool             // for tag completion

	// background runs slow work (disk, parsing) off the UI thread: a
	// goroutine, or the caller's own thread in tests so they can check the
	// result without waiting.
	background func(func())
}

func newUI(lib *library.Library, w fyne.Window, version string) *ui {
	u := &ui{lib: lib, win: w, version: version, status: newStatusBar(), knownTags: map[string]bool{},
		vocab: append([]string(nil), annotation.DefaultClaimTypes...), background: func(f func()) { go f() }}
	u.saver = newSaver(u.saveReport)
	u.reader = newReader(u)
	u.reader.mode = layoutMode(u.prefs().IntWithFallback(prefLayout, int(sideBySide)))
	u.reader.page.mode = u.reader.mode
	u.reader.scale = float32(u.prefs().FloatWithFallback(prefScale, 1))
	u.sidebar = newSidebar(u.reader)
	u.reader.onAnnotations = u.sidebar.set
	u.list = newLibraryView(u.open)
	u.claims = newClaimsView(u)
	u.search = newSearchView(u)
	u.tags = newTagsView(u)
	readPane := container.NewHSplit(container.NewBorder(u.toolbar(), nil, nil, nil, u.reader.root), u.sidebar.root)
	u.readTab = container.NewTabItemWithIcon("Read", theme.FileTextIcon(), readPane)
	u.searchTab = container.NewTabItemWithIcon("Search", theme.SearchIcon(), u.search.root)
	u.claimsTab = container.NewTabItemWithIcon("Claims", theme.ListIcon(), u.claims.root)
	u.tagsTab = container.NewTabItemWithIcon("Tags", theme.MenuIcon(), u.tags.root)
	u.tabs = container.NewAppTabs(u.readTab, u.searchTab, u.claimsTab, u.tagsTab)
	u.tabs.OnSelected = func(t *container.TabItem) {
		switch t {
		case u.claimsTab:
			u.claims.load()
		case u.tagsTab:
			u.tags.load()
		}
	}
	split := container.NewHSplit(u.list.root, u.tabs)
	u.restoreWindow(split, readPane)
	w.SetContent(container.NewBorder(container.NewPadded(u.search.bar), u.status.root, nil, nil, split))
	w.SetMainMenu(u.menu())
	u.shortcuts()
	w.SetOnDropped(func(_ fyne.Position, uris []fyne.URI) { u.importURIs(uris) })
	fyne.CurrentApp().Settings().AddListener(func(fyne.Settings) { u.reader.themeChanged() })
	return u
}

func (u *ui) prefs() fyne.Preferences { return fyne.CurrentApp().Preferences() }

// color resolves a theme colour, Tandem's own included.
func (u *ui) color(n fyne.ThemeColorName) color.Color {
	return theme.Current().Color(n, fyne.CurrentApp().Settings().ThemeVariant())
}

// load reads the library list, the claim vocabulary and the tags in use in
// the background; the first time, it opens the newest article.
func (u *ui) load() {
	u.reload()
	u.background(func() {
		vocab, err := u.lib.ClaimVocabulary()
		tags, terr := u.lib.Tags()
		fyne.Do(func() {
			if err == nil {
				u.setVocabulary(vocab)
			}
			if terr == nil {
				for _, t := range tags {
					u.remember(t.Tag)
				}
			}
		})
	})
}

// reload reads the library list in the background and shows it; the first
// time, it opens the newest article.
func (u *ui) reload() {
	u.background(func() {
		items, err := u.lib.List()
		fyne.Do(func() {
			if err != nil {
				u.showError("The library list could not be read", err)
				return
			}
			u.list.setItems(items)
			if u.current == "" && len(items) > 0 {
				first := items[0].ID
				if last := u.prefs().String(prefLastOpened); last != "" && hasArticle(items, last) {
					first = last
				}
				u.list.selectID(first)
			}
			u.writeProbe()
		})
	})
}

func hasArticle(items []library.Summary, id string) bool {
	for _, s := range items {
		if s.ID == id {
			return true
		}
	}
	return false
}

// openAt opens an article on the Read tab and, when annotationID is set,
// scrolls to that highlight and flashes it.
func (u *ui) openAt(articleID, annotationID string) {
	u.tabs.Select(u.readTab)
	u.pendingJump = annotationID
	shown := u.reader.art != nil && u.reader.art.ID == articleID
	if shown && (annotationID == "" || u.reader.find(annotationID) != nil) {
		u.jumpNow()
		return
	}
	u.list.selected = articleID // the list highlights it without opening it twice
	u.list.selectID(articleID)
	u.open(articleID)
}

// textTarget is text in one paragraph to show once an article opens.
type textTarget struct {
	pair int
	lang string
	text string
}

// openAtText opens an article at a search hit: the first place text
// occurs in a paragraph, flashed.
func (u *ui) openAtText(articleID string, pair int, lang, text string) {
	u.pendingText = textTarget{pair: pair, lang: lang, text: text}
	u.openAt(articleID, "")
}

// jumpNow scrolls to the highlight or text openAt asked for, if it is in
// the article on display.
func (u *ui) jumpNow() {
	id, t := u.pendingJump, u.pendingText
	u.pendingJump, u.pendingText = "", textTarget{}
	if an := u.reader.find(id); id != "" && an != nil {
		u.reader.jumpTo(an)
	} else if t.lang != "" {
		u.reader.jumpToText(t.pair, article.Lang(t.lang), t.text)
	}
}

// open shows the article with that ID and its highlights, read in the
// background.
func (u *ui) open(id string) {
	u.current = id
	u.background(func() {
		a, err := u.lib.Article(id)
		var anns []*annotation.Annotation
		var aside []library.SetAside
		if err == nil {
			anns, aside, err = u.lib.Annotations(id)
		}
		fyne.Do(func() {
			if u.current != id {
				return // another article was chosen meanwhile
			}
			if err != nil {
				u.showError(fmt.Sprintf("The article %s could not be opened", id), err)
				return
			}
			u.reader.show(a, anns)
			u.prefs().SetString(prefLastOpened, id) // now, so a crash keeps it too
			u.win.SetTitle(a.Title + " — Tandem")
			u.reportSetAside(aside)
			u.jumpNow()
			u.writeProbe()
		})
	})
}

// reportSetAside tells the user about annotation files that could not be
// read and were renamed to .corrupt.
func (u *ui) reportSetAside(aside []library.SetAside) {
	if len(aside) == 0 {
		return
	}
	var b strings.Builder
	for _, s := range aside {
		fmt.Fprintf(&b, "• %s\n", s)
	}
	dialog.ShowInformation("Some highlights could not be read",
		"These files were damaged (half written, or a bad merge). They were renamed to .corrupt and kept; "+
			"everything else loaded.\n\n"+b.String(), u.win)
}

// showError shows what failed, in a sentence a reader understands.
func (u *ui) showError(what string, err error) {
	dialog.ShowError(fmt.Errorf("%s: %w", what, err), u.win)
}

// saveReport shows how saving goes: the first failure in a dialog, then the
// number of changes waiting in the status bar until they are on disk.
func (u *ui) saveReport(err error, pending int) {
	if err == nil {
		u.status.say("All changes saved.")
		return
	}
	u.status.say(fmt.Sprintf("%d changes not saved yet — retrying. They are kept until they can be written.", pending))
	dialog.ShowInformation("Not saved yet", fmt.Sprintf("Tandem %s.\n\nYour change is kept, and Tandem keeps trying to save it.", err), u.win)
}

// setVocabulary takes a new claim vocabulary: the names, for completion
// and the claim dialog, and the colours.
func (u *ui) setVocabulary(vocab []library.ClaimType) {
	u.vocab = u.vocab[:0]
	u.claimColors = map[string]annotation.Color{}
	for _, t := range vocab {
		u.vocab = append(u.vocab, t.Name)
		u.claimColors[annotation.TagKey(t.Name)] = t.Color
	}
}

// claimColor is the colour a new highlight marked as claim type kind
// takes.
func (u *ui) claimColor(kind string) annotation.Color {
	if c, ok := u.claimColors[annotation.TagKey(kind)]; ok {
		return c
	}
	return annotation.Yellow
}

// addClaimType adds a type to the claim vocabulary, in the background.
func (u *ui) addClaimType(t string) {
	if matchVocab(u.vocab, t) != "" {
		return
	}
	u.vocab = append(u.vocab, t)
	u.saver.add("add a claim type", func() error { return u.lib.AddClaimType(t) })
}

// close waits for unsaved changes before the window goes, asking the user
// when they cannot be written.
func (u *ui) close() {
	u.saveWindow()
	u.saver.drain()
	if n := u.saver.waiting(); n > 0 {
		dialog.ShowConfirm("Changes not saved",
			fmt.Sprintf("%d changes could not be written to the library. Quit anyway and lose them?", n),
			func(quit bool) {
				if quit {
					u.win.Close()
					return
				}
				u.win.SetCloseIntercept(u.close)
			}, u.win)
		u.win.SetCloseIntercept(nil)
		return
	}
	u.win.Close()
}

func (u *ui) about() {
	dialog.ShowInformation("About Tandem", fmt.Sprintf(
		"Tandem %s\n\nReads Chinese and English analyst commentary side by side.\n\nLibrary: %s\n\nChinese text is set in Droid Sans Fallback (Apache License 2.0).",
		u.version, u.lib.Dir()), u.win)
}
