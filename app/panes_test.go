package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestNarrowWindowCollapsesPanesAndStacksRows(t *testing.T) {
	u, _ := openSeed(t)
	if min := u.win.Content().MinSize().Width; min > 632 {
		t.Fatalf("the window needs %v wide, more than a 640-pixel screen has", min)
	}
	p, r := u.panes, u.reader
	shows := func(o fyne.CanvasObject) bool { return o.Visible() }
	if !shows(u.list.root) || !shows(u.sidebar.root) || r.page.shownNow() == stacked {
		t.Fatal("the wide window does not show list, reader side by side and sidebar")
	}

	u.win.Resize(fyne.NewSize(640, 700))
	p.fit(u.panes.root.Size().Width)
	if shows(u.list.root) || shows(u.sidebar.root) || !shows(u.tabs) {
		t.Error("at 640 wide the library and the sidebar did not collapse")
	}
	if w := r.page.Size().Width; w < 500 || r.page.shownNow() != stacked {
		t.Errorf("at 640 wide the reader is %v wide, in layout %d, want stacked rows across the window", w, r.page.shownNow())
	}
	p.listBtn.OnTapped()
	if !shows(u.list.root) || shows(u.tabs) {
		t.Error("the Library button in a narrow window does not show the list in place of the reader")
	}
	other := 0 // the row of the article not on display
	if u.list.items[0].ID == u.reader.art.ID {
		other = 1
	}
	u.list.list.Select(other)
	settle(t, u)
	if shows(u.list.root) || !shows(u.tabs) || u.reader.art.ID != u.list.items[other].ID {
		t.Error("choosing an article in a narrow window does not bring the reader back with it")
	}
	p.sideBtn.OnTapped()
	if !shows(u.sidebar.root) || !shows(r.root) {
		t.Error("the Highlights button in a narrow window does not show the sidebar beside the reader")
	}

	u.win.Resize(fyne.NewSize(1200, 800))
	p.fit(u.panes.root.Size().Width)
	if !shows(u.list.root) || !shows(u.sidebar.root) {
		t.Error("widened again, the window does not bring its panes back")
	}
	p.sideBtn.OnTapped()
	if shows(u.sidebar.root) {
		t.Error("the Highlights button in a wide window does not put the sidebar away")
	}
	u.windowShortcut(shortcutLibraryPane)
	u.windowShortcut(shortcutSidebarPane)
	if shows(u.list.root) || !shows(u.sidebar.root) {
		t.Error("Ctrl+B and Ctrl+Shift+B do not toggle the list and the sidebar")
	}
}
