package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The shortcuts that show and put away the library list and the sidebar.
var (
	shortcutLibraryPane = &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutSidebarPane = &desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// Widths at which the window rearranges itself, in Fyne units.
const (
	// narrowWidth: below it the library list and the highlights sidebar
	// collapse, and their buttons bring them back.
	narrowWidth = 900
	// narrowestWidth is as narrow as the panes go: a 640-pixel window.
	narrowestWidth = 620
)

// panes arranges the window's panes: the library list, the work area (the
// tabs) and, in the Read tab, the highlights sidebar. The list and the
// sidebar can be put away with the buttons either side of the search
// field. Below narrowWidth both collapse: the sidebar's button shows it
// beside the reader, the library's shows the list in place of the work
// area until an article is chosen. Each width keeps its own choice.
type panes struct {
	u         *ui
	listSplit *container.Split // library | work
	sideSplit *container.Split // reader | sidebar
	narrow    bool
	wide      [2]bool // list and sidebar shown in a wide window
	slim      [2]bool // and in a narrow one
	listBtn   *widget.Button
	sideBtn   *widget.Button
	root      *fyne.Container // the split, watched for its width
}

func newPanes(u *ui, listSplit, sideSplit *container.Split) *panes {
	p := &panes{u: u, listSplit: listSplit, sideSplit: sideSplit, wide: [2]bool{true, true}}
	p.listBtn = widget.NewButtonWithIcon("", theme.MenuIcon(), func() { p.toggle(0) })
	p.sideBtn = widget.NewButtonWithIcon("", theme.ListIcon(), func() { p.toggle(1) })
	for _, b := range []*widget.Button{p.listBtn, p.sideBtn} {
		b.Importance = widget.LowImportance
	}
	p.root = container.New(&widthWatch{onWidth: p.fit}, listSplit)
	p.apply()
	return p
}

// shown is what the reader chose for the window's present width.
func (p *panes) shown() *[2]bool {
	if p.narrow {
		return &p.slim
	}
	return &p.wide
}

// toggle shows or puts away the list (0) or the sidebar (1).
func (p *panes) toggle(which int) {
	s := p.shown()
	s[which] = !s[which]
	p.apply()
}

// articleChosen puts the list away again in a narrow window, where it
// stood in place of the reader.
func (p *panes) articleChosen() {
	if p.narrow && p.slim[0] {
		p.slim[0] = false
		p.apply()
	}
}

// fit takes the width the panes have; crossing narrowWidth collapses or
// restores them. A narrow window starts with both put away.
func (p *panes) fit(width float32) {
	if narrow := width < narrowWidth; narrow != p.narrow {
		p.narrow, p.slim = narrow, [2]bool{}
		p.apply()
	}
	p.u.writeProbe()
}

// apply shows and hides the panes as chosen.
func (p *panes) apply() {
	s := p.shown()
	list, work, side := p.listSplit.Leading, p.listSplit.Trailing, p.sideSplit.Trailing
	setShown(list, s[0])
	setShown(work, !(p.narrow && s[0]))
	setShown(side, s[1])
	p.listBtn.SetText(map[bool]string{true: lang.L("Hide library"), false: lang.L("Library")}[s[0]])
	p.sideBtn.SetText(map[bool]string{true: lang.L("Hide highlights"), false: lang.L("Highlights")}[s[1]])
	p.listSplit.Refresh()
	p.sideSplit.Refresh()
	p.u.writeProbe()
}

func setShown(o fyne.CanvasObject, on bool) {
	if on {
		o.Show()
	} else {
		o.Hide()
	}
}

// widthWatch lays its one object over its whole size and says when the
// width changes. Its minimum width is the narrowest the panes go, so the
// window can be made that narrow whatever the panes ask for when wide.
type widthWatch struct {
	onWidth func(float32)
	width   float32
}

func (l *widthWatch) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if size.Width != l.width {
		l.width = size.Width
		w := size.Width
		fyne.Do(func() { l.onWidth(w) }) // after this layout, which it changes
	}
	for _, o := range objs {
		o.Move(fyne.Position{})
		o.Resize(size)
	}
}

func (l *widthWatch) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var h float32
	for _, o := range objs {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(narrowestWidth, h)
}
