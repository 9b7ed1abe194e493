package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"

	"tandem/annotation"
)

// keyHelp lists every keyboard shortcut, for the Help window and the README.
var keyHelp = [][2]string{
	{translatable("Drag"), translatable("Select text in either language; English snaps to whole words (hold Alt for exact letters)")},
	{translatable("Double click / triple click"), translatable("Select a word (a sentence in Chinese) / the paragraph")},
	{translatable("Rest the pointer on a word"), translatable("Look the word up: Chinese gives its entries, English the Chinese words for it")},
	{"1 – 5", translatable("Highlight the selection, or recolour the highlight: yellow, green, blue, pink, purple")},
	{"T", translatable("Tag the selection or highlight")},
	{"N", translatable("Note on the selection or highlight (Markdown)")},
	{"C", translatable("Mark the selection or highlight as a claim")},
	{"A", translatable("Make the sentence under the pointer (or clicked) a number claim with its figures, which are underlined")},
	{translatable("Delete"), translatable("Delete the highlight (it goes to the trash)")},
	{"Esc", translatable("Clear the selection")},
	{"j / k", translatable("Next / previous pair")},
	{"n / N", translatable("Next / previous match of the search opened, marked in the article (when nothing is selected)")},
	{"n / p", translatable("Next / previous highlight (when nothing is selected and no search is marked)")},
	{translatable("Right click"), translatable("Fix the alignment: merge, split, move a sentence, link or unlink")},
	{"Ctrl+C", translatable("Copy the selection")},
	{translatable("Ctrl+Z / Ctrl+Shift+Z or Ctrl+Y"), translatable("Undo / redo the last change to highlights (in a text field: to its text)")},
	{"Ctrl+= / Ctrl+-", translatable("Larger / smaller text")},
	{"Ctrl+K", translatable("Search the library (Enter opens the first result, arrows move through them)")},
	{"Ctrl+Shift+K", translatable("Search in both languages: every word of the query also matches its translations, as ~word does (the 文A switch)")},
	{"Ctrl+B / Ctrl+Shift+B", translatable("Show or put away the library list / the highlights sidebar")},
	{"Ctrl+O / Ctrl+Shift+O", translatable("Import a file / a folder (a typed path too)")},
	{"Ctrl+L", translatable("Import a file or folder by typing its path, or a web page by its URL")},
	{"Ctrl+Shift+L", translatable("Import two versions of one article, Chinese and English, as one")},
	{"Ctrl+Shift+V", translatable("Paste the clipboard as a new article")},
}

var (
	shortcutRedo    = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutZoomIn  = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutZoomOut = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}

	shortcutPasteArticle = &desktop.CustomShortcut{KeyName: fyne.KeyV, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutSearch       = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutTranslate    = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// active reports whether single keys act on something: a text selection or
// a highlight being edited.
func (r *reader) active() bool { return r.sel.ok() || r.editing != nil }

// typedRune handles the single-key commands.
func (r *reader) typedRune(ch rune) {
	switch {
	case ch >= '1' && ch <= '5':
		r.colour(annotation.Colors[ch-'1'])
	case ch == 't' || ch == 'T':
		r.askTags()
	case (ch == 'n' || ch == 'N') && !r.active() && len(r.found.hits) > 0:
		r.stepHit(map[rune]int{'n': 1, 'N': -1}[ch])
	case ch == 'N' || ch == 'n' && r.active():
		r.askNote()
	case ch == 'c' || ch == 'C':
		r.askClaim()
	case ch == 'a' || ch == 'A':
		r.acceptCandidate()
	case ch == 'n':
		r.stepHighlight(1)
	case ch == 'p':
		r.stepHighlight(-1)
	case ch == 'j':
		r.scrollToPair(r.topPair() + 1)
	case ch == 'k':
		r.stepBack()
	}
}

// stepBack goes to the top of the current pair, or to the pair before when
// already there.
func (r *reader) stepBack() {
	i := r.topPair()
	if i >= 0 && i < len(r.page.rowTops) && r.page.rowTops[i]-rowGap < r.scroll.Offset.Y-1 {
		r.scrollToPair(i)
		return
	}
	r.scrollToPair(i - 1)
}

func (r *reader) typedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyEscape:
		r.closeLookup()
		r.closeHover()
		r.linkFrom = noSentence
		r.clearSelection()
		r.stopEditing()
		old := r.pinned
		r.pinned = noSentence
		r.refreshMarks(old.pair)
	case fyne.KeyDelete, fyne.KeyBackspace:
		if r.editing != nil {
			r.remove(r.editing)
		}
	case fyne.KeyDown:
		r.scrollTo(r.scroll.Offset.Y + 60)
	case fyne.KeyUp:
		r.scrollTo(r.scroll.Offset.Y - 60)
	case fyne.KeyPageDown, fyne.KeySpace:
		r.scrollTo(r.scroll.Offset.Y + r.scroll.Size().Height*0.9)
	case fyne.KeyPageUp:
		r.scrollTo(r.scroll.Offset.Y - r.scroll.Size().Height*0.9)
	case fyne.KeyHome:
		r.scrollTo(0)
	case fyne.KeyEnd:
		r.scrollTo(r.page.Size().Height)
	}
}

// typedShortcut handles shortcuts while the text has the focus; the window
// handles the same ones when it does not.
func (r *reader) typedShortcut(s fyne.Shortcut) {
	switch s := s.(type) {
	case *fyne.ShortcutCopy:
		r.copySelection()
	case *fyne.ShortcutUndo:
		r.undo(false)
	case *fyne.ShortcutRedo:
		r.undo(true)
	case *desktop.CustomShortcut:
		r.u.windowShortcut(s)
	}
}

// copySelection puts the selected text (or the edited highlight's quote) on
// the clipboard.
func (r *reader) copySelection() {
	text := ""
	switch {
	case r.sel.ok():
		text = r.sel.view.selectedText()
	case r.editing != nil:
		text = r.editing.Target.Exact
	}
	if text != "" {
		fyne.CurrentApp().Clipboard().SetContent(text)
	}
}

// stepHighlight moves to the next (+1) or previous (-1) highlight in
// reading order and flashes it.
func (r *reader) stepHighlight(dir int) {
	var live []int
	for i, an := range r.anns {
		if !an.Orphan {
			live = append(live, i)
		}
	}
	if len(live) == 0 {
		return
	}
	next := live[0]
	if dir < 0 {
		next = live[len(live)-1]
	}
	for k, i := range live {
		if i == r.cursor {
			next = live[(k+dir+len(live))%len(live)]
		}
	}
	r.jumpTo(r.anns[next])
}
