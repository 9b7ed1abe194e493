package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/library"
)

// libraryView is the list of articles on the left: title, then date and
// source. Choosing one calls onOpen with its ID.
type libraryView struct {
	list     *widget.List
	count    *widget.Label
	items    []library.Summary
	onOpen   func(id string)
	selected string
	root     fyne.CanvasObject
	shown    map[fyne.CanvasObject]int // the row each recycled item shows
}

func newLibraryView(onOpen func(id string)) *libraryView {
	v := &libraryView{onOpen: onOpen, count: widget.NewLabel(""), shown: map[fyne.CanvasObject]int{}}
	v.count.TextStyle = fyne.TextStyle{Italic: true}
	v.list = widget.NewList(
		func() int { return len(v.items) },
		func() fyne.CanvasObject {
			title := widget.NewLabel("")
			title.TextStyle = fyne.TextStyle{Bold: true}
			title.Truncation = fyne.TextTruncateEllipsis
			sub := widget.NewLabel("")
			sub.SizeName = theme.SizeNameCaptionText
			sub.Truncation = fyne.TextTruncateEllipsis
			return container.NewVBox(title, sub)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			box := o.(*fyne.Container)
			s := v.items[i]
			v.shown[o] = i
			title, sub := box.Objects[0].(*widget.Label), box.Objects[1].(*widget.Label)
			if s.Problem != "" {
				title.SetText(s.ID)
				sub.SetText("cannot be read: " + s.Problem)
				return
			}
			title.SetText(s.Title)
			sub.SetText(subtitle(s))
		},
	)
	v.list.OnSelected = func(i widget.ListItemID) {
		if i >= len(v.items) || v.items[i].ID == v.selected {
			return // re-selected after a reload: already open
		}
		v.selected = v.items[i].ID
		v.onOpen(v.selected)
	}
	v.root = container.NewBorder(nil, container.NewPadded(v.count), nil, nil, v.list)
	return v
}

func subtitle(s library.Summary) string {
	var parts []string
	for _, p := range []string{s.Date, s.Source} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	parts = append(parts, fmt.Sprintf("%d pairs", s.Pairs))
	return strings.Join(parts, " · ")
}

// setItems replaces the list, keeping the selection on the same article.
func (v *libraryView) setItems(items []library.Summary) {
	v.items = items
	v.list.Refresh()
	if len(items) == 1 {
		v.count.SetText("1 article")
	} else {
		v.count.SetText(fmt.Sprintf("%d articles", len(items)))
	}
	v.selectID(v.selected)
}

// listRow is an article row on screen.
type listRow struct {
	id  string
	obj fyne.CanvasObject
}

// rows returns the rows the list shows now.
func (v *libraryView) rows() []listRow {
	var out []listRow
	for o, i := range v.shown {
		if o.Visible() && i < len(v.items) {
			out = append(out, listRow{id: v.items[i].ID, obj: o})
		}
	}
	return out
}

// selectID highlights the article with that ID, if listed, and scrolls to
// it; choosing an article other than the open one opens it.
func (v *libraryView) selectID(id string) {
	for i, s := range v.items {
		if s.ID == id {
			v.list.Select(i)
			v.list.ScrollTo(i)
			return
		}
	}
}
