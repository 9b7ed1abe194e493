// Package app is Tandem's window: the library list, the side-by-side reader
// where text is selected, highlighted, tagged and noted, the highlights
// sidebar, and importing by menu or drag and drop. It is the only package
// that imports Fyne; every change to a widget from a background goroutine
// goes through fyne.Do.
package app

import (
	"context"
	"errors"
	"fmt"
	"fyne.io/fyne/v2/lang"
	"image/color"
	"runtime"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/dict"
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
	RunAt(open, version, "", "")
}

// RunAt is Run, showing an article (at an annotation, when annotationID
// is not "") once the window is up: tandem open with no window open.
// While the window is open, tandem open shows passages in it.
func RunAt(open func() (*library.Library, error), version, articleID, annotationID string) {
	typeableLocale()
	keepPreferences()
	a := fyneapp.NewWithID(ID)
	if err := useLanguage(a.Preferences().String(prefLanguage)); err != nil {
		fyne.LogError("Tandem's translations could not be read; the window speaks English", err)
	}
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
	u.session.start(stop)
	u.afterLoad = func() {
		if articleID != "" {
			u.openAt(articleID, annotationID)
		}
	}
	u.afterShown = func() {
		// What the journal cannot tell (edits by other tools) is found by
		// comparing every article's stamps; then the dictionary loads (or
		// the first highlight waits for it) and the translation table is
		// learned. One after another, and only now: on two cores, this
		// work beside the first read of a library of 100,000 articles
		// kept its list from showing for a second or more.
		u.syncIndex(false)
		u.session.task(func() {
			annotation.PrepareWords()
			go keepLexicon(lib, stop)
		})
	}
	if stop, err := library.ServeWindow(lib.WindowAddress(), u.showLink); err == nil {
		defer stop()
	}
	go registerLinksOnce(runtime.GOOS)
	u.load()
	go u.watch(stop)
	w.SetCloseIntercept(u.close)
	w.Show()
	onPointerLeave(w, u.reader.pointerLeft)
	a.Run()
}

// lexiconEvery is how often the window looks whether the library has grown
// enough to learn its translation table again.
const lexiconEvery = 5 * time.Minute

// keepLexicon keeps the translation table learned from the library's
// aligned sentences in step with the library, until stop is closed: the
// saved table at once, then a new one whenever the library has grown by a
// fifth (library.LearnLexicon). It runs on a goroutine of its own: the
// window never waits for it, and highlights and searches use the table
// they find.
func keepLexicon(lib *library.Library, stop <-chan struct{}) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		<-stop
		cancel()
	}()
	lib.UseLexicon()
	tick := time.NewTicker(lexiconEvery)
	defer tick.Stop()
	for {
		if d, err := dict.Bundled(); err == nil {
			lib.LearnLexicon(ctx, d) // a table that is not learned now is learned next time
		}
		select {
		case <-stop:
			return
		case <-tick.C:
		}
	}
}

// watchEvery is how often the window looks for changes other processes
// made to the library: a stat of the change journal.
const watchEvery = 400 * time.Millisecond

// watch shows what other processes change in the library — an import or
// an annotation made in a terminal — until stop is closed: the list, the
// article on display and the Claims and Tags tabs are read again, and a
// term list changed elsewhere is used from then on.
func (u *ui) watch(stop <-chan struct{}) {
	tick := time.NewTicker(watchEvery)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
		}
		if changed, err := u.lib.RefreshTerms(); changed && err == nil {
			u.session.post(u.termsChanged) // a terminal or a sync changed the term list
		}
		ids, err := u.lib.CatchUp()
		if err != nil || len(ids) == 0 {
			continue // an error is met again, and reported, by the next read
		}
		u.session.post(func() { u.changedElsewhere(ids) })
	}
}

// changedElsewhere shows that other processes changed articles.
func (u *ui) changedElsewhere(ids []string) {
	u.reload()
	u.loadVocabulary()
	if slices.Contains(ids, u.current) {
		u.session.reread(u.current)
	}
	switch u.tabs.Selected() {
	case u.claimsTab:
		u.claims.load()
	case u.tagsTab:
		u.tags.load()
	}
}

// showFatal fills the window with an error that leaves nothing to do but quit.
func showFatal(w fyne.Window, err error) {
	msg := widget.NewLabel(fmt.Sprintf(lang.L("Tandem cannot open its library.\n\n%s"), err))
	msg.Wrapping = fyne.TextWrapWord
	quit := widget.NewButton(lang.L("Quit"), func() { w.Close() })
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewCenter(quit), nil, nil, msg)))
	w.Resize(fyne.NewSize(560, 240))
}

// ui is the main window and what it shows.
type ui struct {
	lib         *library.Library
	syncing     bool           // a sync is under way (syncing.go)
	syncItem    *fyne.MenuItem // File > Sync Now
	win         fyne.Window
	version     string
	list        *libraryView
	reader      *reader
	sidebar     *sidebar
	claims      *claimsView
	search      *searchView
	tags        *tagsView
	terms       *termsView
	tabs        *container.AppTabs
	status      *statusBar
	session     *session            // the one way to the library and back to the widgets
	splits      [2]*container.Split // library | work, reader | sidebar
	panes       *panes              // which of them show, by the window's width
	current     string              // ID of the article on display
	pendingJump string              // highlight to scroll to once the article opens
	pendingText textTarget          // or text to scroll to and flash
	probeTimer  *time.Timer         // the layout probe's next write, nil when none is due (see probe.go)
	probeAt     time.Time           // when probeTimer fires

	// the tabs of the work area
	readTab, searchTab, claimsTab, tagsTab, termsTab *container.TabItem

	vocab       []string                    // claim types
	claimColors map[string]annotation.Color // by TagKey of the claim type
	knownTags   map[string]bool             // for tag completion
	layoutItems []*fyne.MenuItem            // View menu, one per layoutMode
	failing     dialog.Dialog               // says once that changes wait for the disk
	afterLoad   func()                      // runs once the list first shows
	afterShown  func()                      // runs once the first article shows, or none opens
}

func newUI(lib *library.Library, w fyne.Window, version string) *ui {
	u := &ui{lib: lib, win: w, version: version, status: newStatusBar(), knownTags: map[string]bool{},
		vocab: append([]string(nil), annotation.DefaultClaimTypes...)}
	u.session = newSession(lib, fyne.Do)
	u.session.onState, u.session.onReport = u.showState, u.saveReport
	u.reader = newReader(u)
	u.reader.mode = layoutMode(u.prefs().IntWithFallback(prefLayout, int(sideBySide)))
	u.reader.page.mode = u.reader.mode
	u.reader.scale = float32(u.prefs().FloatWithFallback(prefScale, 1))
	u.sidebar = newSidebar(u.reader)
	u.reader.onAnnotations = u.sidebar.set
	u.list = newLibraryView(func(id string) {
		u.tabs.Select(u.readTab) // choosing an article shows it, whatever tab was up
		u.panes.articleChosen()
		u.open(id)
	})
	u.claims = newClaimsView(u)
	u.search = newSearchView(u)
	u.tags = newTagsView(u)
	u.terms = newTermsView(u)
	readPane := container.NewHSplit(container.NewBorder(u.toolbar(), nil, nil, nil, u.reader.root), u.sidebar.root)
	u.readTab = container.NewTabItemWithIcon(lang.L("Read"), theme.FileTextIcon(), readPane)
	u.searchTab = container.NewTabItemWithIcon(lang.L("Search"), theme.SearchIcon(), u.search.root)
	u.claimsTab = container.NewTabItemWithIcon(lang.L("Claims"), theme.ListIcon(), u.claims.root)
	u.tagsTab = container.NewTabItemWithIcon(lang.L("Tags"), theme.MenuIcon(), u.tags.root)
	u.termsTab = container.NewTabItemWithIcon(lang.L("Terms"), theme.DocumentIcon(), u.terms.root)
	u.tabs = container.NewAppTabs(u.readTab, u.searchTab, u.claimsTab, u.tagsTab, u.termsTab)
	u.tabs.OnSelected = func(t *container.TabItem) {
		if t != u.readTab {
			u.reader.letGo() // the action bar goes with the selection
			u.reader.closeHover()
		}
		u.writeProbe()
		switch t {
		case u.claimsTab:
			u.claims.load()
		case u.tagsTab:
			u.tags.load()
		case u.termsTab:
			u.terms.load()
		}
	}
	split := container.NewHSplit(u.list.root, u.tabs)
	u.restoreWindow(split, readPane)
	u.panes = newPanes(u, split, readPane)
	top := container.NewBorder(nil, nil, u.panes.listBtn, u.panes.sideBtn, u.search.bar)
	main := container.NewBorder(container.NewPadded(top), u.status.root, nil, nil, u.panes.root)
	w.SetContent(container.NewStack(main, u.reader.newHoverLayer()))
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
// the background; the first time, it opens the newest article. A library
// without a catalog (the first start of this version, or a cache that was
// deleted) has it built first, with progress.
func (u *ui) load() {
	if u.lib.CatalogBuilt() {
		u.reload()
		u.loadVocabulary()
		return
	}
	task := lang.L("Reading the library")
	ctx, cancel := context.WithCancel(context.Background())
	u.session.task(func() {
		defer cancel()
		started := time.Now()
		throttle := newThrottle(time.Second / 30)
		u.session.post(func() { u.status.begin(task, cancel) })
		err := u.lib.PrepareCatalog(ctx, func(done, total int) {
			if throttle.ok() || done == total {
				u.session.post(func() { u.status.progress(done, total, "", started) })
			}
		})
		u.session.post(func() {
			u.status.end("")
			if err != nil && !errors.Is(err, context.Canceled) {
				u.showError(lang.L("The library list could not be read"), err)
			}
			u.reload()
			u.loadVocabulary()
		})
	})
}

// loadVocabulary reads the claim vocabulary and the tags in use in the
// background.
func (u *ui) loadVocabulary() {
	u.session.background(func() func() {
		vocab, err := u.lib.ClaimVocabulary()
		tags, terr := u.lib.Tags()
		return func() {
			if err == nil {
				u.setVocabulary(vocab)
			}
			if terr == nil {
				for _, t := range tags {
					u.remember(t.Tag)
				}
			}
		}
	})
}

// reload reads the library list in the background and shows it; the first
// time, it opens the newest article.
func (u *ui) reload() {
	u.session.background(func() func() {
		items, err := u.lib.List()
		prepared := newEntries(items)
		return func() {
			if err != nil {
				u.showError(lang.L("The library list could not be read"), err)
				return
			}
			u.list.setEntries(prepared)
			if after := u.afterLoad; after != nil {
				u.afterLoad = nil
				after()
			}
			if u.current == "" && len(items) > 0 {
				first := items[0].ID
				if last := u.prefs().String(prefLastOpened); last != "" && hasArticle(items, last) {
					first = last
				}
				u.list.selectID(first)
			}
			if u.current == "" {
				u.shown() // no article opens
			}
			u.writeProbeSoon()
		}
	})
}

// shown runs afterShown, the first time an article shows (or fails to),
// or the list shows with none to open.
func (u *ui) shown() {
	if after := u.afterShown; after != nil {
		u.afterShown = nil
		after()
	}
}

func hasArticle(items []library.Summary, id string) bool {
	for _, s := range items {
		if s.ID == id {
			return true
		}
	}
	return false
}

// showLink shows what a tandem:// link names, asked for by tandem open
// from another process: the window comes to the front at the passage.
func (u *ui) showLink(articleID, annotationID string) error {
	if _, err := u.lib.Article(articleID); err != nil {
		return err
	}
	fyne.Do(func() {
		u.win.RequestFocus()
		u.openAt(articleID, annotationID)
	})
	return nil
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
	u.session.open(id)
}

// showState shows an article as read from disk, with the changes still
// waiting laid over it: the first time it opens, or again after a change
// (undo, an alignment fix, a change the library refused) — then in the
// same place.
func (u *ui) showState(st articleState) {
	if u.current != st.id {
		return // another article was chosen meanwhile
	}
	defer u.shown()
	if st.err != nil {
		u.showError(fmt.Sprintf(lang.L("The article %s could not be opened"), st.id), st.err)
		return
	}
	anns, fresh := u.session.lay(st)
	if !fresh {
		u.session.reread(st.id) // a change landed during the read: show this now, the rest soon
	}
	r := u.reader
	switch {
	case r.art == nil || r.art.ID != st.id:
		r.show(st.art, anns)
		u.prefs().SetString(prefLastOpened, st.id) // now, so a crash keeps it too
		u.win.SetTitle(st.art.Title + " — Tandem")
	case sameAlignment(r.art, st.art):
		r.art = st.art
		r.setAnnotations(anns)
	default:
		r.showKeepingPlace(st.art, anns)
	}
	u.jumpNow()
	u.reportSetAside(st.aside)
	u.writeProbe()
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
	dialog.ShowInformation(lang.L("Some highlights could not be read"),
		lang.L("These files were damaged (half written, or a bad merge). They were renamed to .corrupt and kept; everything else loaded.")+
			"\n\n"+b.String(), u.win)
}

// showError shows what failed, in a sentence a reader understands.
func (u *ui) showError(what string, err error) {
	checkUI()
	dialog.ShowError(fmt.Errorf("%s: %w", what, err), u.win)
}

// saveReport shows how saving goes. A change that may yet pass is said
// once in a dialog, then counted in the status bar while it is retried; a
// change refused for good is shown once, and the screen has already gone
// back to what is on disk.
func (u *ui) saveReport(r saveReport) {
	switch {
	case r.err == nil && u.failing != nil && r.waiting == 0:
		u.failing.Hide() // what it warned about is on disk now
		u.failing = nil
		u.status.say(lang.L("All changes saved."))
	case r.err == nil:
		if r.message != "" {
			u.status.say(r.message)
		}
	case r.final:
		u.showError(fmt.Sprintf(lang.L("Tandem could not %s, so the change was taken back"), r.what), r.err)
	default:
		u.status.say(fmt.Sprintf(lang.L("%s not saved yet — retrying. They are kept until they can be written."), plural(r.waiting, "change")))
		if u.failing == nil {
			u.failing = dialog.NewInformation(lang.L("Not saved yet"), fmt.Sprintf(lang.L("Tandem could not %s: %s.\n\nYour change is kept on screen, and Tandem keeps trying to save it."), r.what, r.err), u.win)
			u.failing.Show()
		}
	}
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
	u.session.do(&change{what: lang.L("add a claim type"),
		run:    func() (outcome, error) { return outcome{}, u.session.store.AddClaimType(t) },
		undone: func(error) { u.loadVocabulary() }})
}

// close waits for unsaved changes before the window goes, asking the user
// when they cannot be written.
func (u *ui) close() {
	u.saveWindow()
	u.session.flush(5 * time.Second)
	if n := u.session.waiting(); n > 0 {
		msg := fmt.Sprintf(lang.L("%s could not be written to the library. Quit anyway and lose them?"), plural(n, "change"))
		if u.failing == nil { // nothing failed: the queue is busy, with an import say
			msg = fmt.Sprintf(lang.L("Tandem is still writing %s (an import under way counts as one; what it imported so far stays). Quit anyway and lose the rest?"), plural(n, "change"))
		}
		dialog.ShowConfirm(lang.L("Changes not saved"), msg,
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
	dialog.ShowInformation(lang.L("About Tandem"), fmt.Sprintf(
		lang.L("Tandem %s\n\nReads Chinese and English analyst commentary side by side.\n\nLibrary: %s\n\nChinese text is set in Droid Sans Fallback (Apache License 2.0).\n\nThe dictionary is CC-CEDICT (MDBG, %s), licensed under Creative Commons\nAttribution-ShareAlike 4.0; it builds on CEDICT by Paul Andrew Denisowski."),
		u.version, u.lib.Dir(), dict.BundledDate), u.win)
}
