package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"image/color"
	"strings"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
)

// sidebar lists the article's highlights in reading order — quote, where it
// is, tags, note — and, apart, the orphans whose text is gone, which can be
// attached to a new selection or deleted. Choosing a highlight scrolls to it
// and flashes it.
type sidebar struct {
	r             *reader
	live, orphans []*annotation.Annotation
	list          *widget.List
	orphanList    *widget.List
	header        *widget.Label
	orphanHeader  *widget.Label
	split         *container.Split
	highlights    *fyne.Container
	root          *container.AppTabs
}

func newSidebar(r *reader) *sidebar {
	s := &sidebar{r: r, header: widget.NewLabel(""), orphanHeader: widget.NewLabel("")}
	s.header.TextStyle.Bold = true
	s.header.Wrapping = fyne.TextWrapWord
	s.orphanHeader.TextStyle.Bold = true
	s.orphanHeader.Wrapping = fyne.TextWrapWord
	s.list = widget.NewList(func() int { return len(s.live) }, newHighlightItem, func(i widget.ListItemID, o fyne.CanvasObject) {
		s.fillItem(o, s.live[i])
	})
	s.list.OnSelected = func(i widget.ListItemID) {
		s.list.UnselectAll()
		if i < len(s.live) {
			r.jumpTo(s.live[i])
		}
	}
	s.orphanList = widget.NewList(func() int { return len(s.orphans) }, s.newOrphanItem, func(i widget.ListItemID, o fyne.CanvasObject) {
		s.fillOrphan(o, s.orphans[i])
	})
	top := container.NewBorder(s.header, nil, nil, nil, s.list)
	s.split = container.NewVSplit(top, container.NewBorder(s.orphanHeader, nil, nil, nil, s.orphanList))
	s.split.Offset = 0.7
	s.highlights = container.NewStack(top)
	r.check = newCheckPanel(r)
	s.root = container.NewAppTabs(container.NewTabItem(lang.L("Highlights"), s.highlights), container.NewTabItem(lang.L("Check translation"), r.check.root))
	s.set(nil)
	return s
}

// set shows a new list of annotations.
func (s *sidebar) set(anns []*annotation.Annotation) {
	s.live, s.orphans = nil, nil
	for _, an := range anns {
		if an.Orphan {
			s.orphans = append(s.orphans, an)
		} else {
			s.live = append(s.live, an)
		}
	}
	s.header.SetText(fmt.Sprintf(lang.L("Highlights (%d)"), len(s.live)))
	if len(s.live) == 0 {
		s.header.SetText(lang.L("Highlights — select text, then press 1 to 5"))
	}
	s.orphanHeader.SetText(fmt.Sprintf(lang.L("Orphans (%d): their text is no longer in the article. Select new text, then Attach."), len(s.orphans)))
	if len(s.orphans) > 0 {
		s.highlights.Objects = []fyne.CanvasObject{s.split}
	} else {
		s.highlights.Objects = []fyne.CanvasObject{s.split.Leading}
	}
	s.highlights.Refresh()
	s.list.Refresh()
	s.orphanList.Refresh()
}

// highlightItem template: a colour bar, the quote, where and which tags,
// and the note.
func newHighlightItem() fyne.CanvasObject {
	bar := canvas.NewRectangle(color.Transparent)
	bar.SetMinSize(fyne.NewSize(5, 5))
	bar.CornerRadius = 2
	quote := widget.NewLabel("")
	quote.Truncation = fyne.TextTruncateEllipsis
	meta := widget.NewLabel("")
	meta.SizeName = theme.SizeNameCaptionText
	meta.Truncation = fyne.TextTruncateEllipsis
	note := widget.NewRichText()
	note.Truncation = fyne.TextTruncateEllipsis
	lines := container.New(&tightVBox{}, quote, meta, note)
	return container.NewBorder(nil, nil, bar, nil, lines)
}

func (s *sidebar) fillItem(o fyne.CanvasObject, an *annotation.Annotation) {
	box := o.(*fyne.Container)
	lines := box.Objects[0].(*fyne.Container)
	bar := box.Objects[1].(*canvas.Rectangle)
	rgb := highlightRGB[an.Color]
	bar.FillColor = color.NRGBA{rgb[0], rgb[1], rgb[2], 0xff}
	bar.Refresh()
	lines.Objects[0].(*widget.Label).SetText(oneLine(an.Target.Exact))
	lines.Objects[1].(*widget.Label).SetText(where(an))
	note := lines.Objects[2].(*widget.RichText)
	note.Segments = inlineMarkdown(an.Note, noteStyle)
	note.Refresh()
}

// noteStyle is how a note reads in brief: small and slanted.
var noteStyle = widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameCaptionText, TextStyle: fyne.TextStyle{Italic: true}}

// where says where a highlight is and how it is tagged: "¶3 EN · #forecast".
func where(an *annotation.Annotation) string {
	side := "中"
	if an.Target.Lang == article.EN {
		side = "EN"
	}
	parts := []string{fmt.Sprintf("¶%d %s", an.Target.Pair+1, side)}
	for _, t := range an.Tags {
		parts = append(parts, "#"+t)
	}
	return strings.Join(parts, " · ")
}

func oneLine(s string) string {
	if !needsFolding(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// needsFolding reports whether oneLine would change s: it has a space
// other than ' ', two spaces in a row, or one at either end.
func needsFolding(s string) bool {
	prev := ' '
	for _, r := range s {
		if unicode.IsSpace(r) && (r != ' ' || prev == ' ') {
			return true
		}
		prev = r
	}
	return prev == ' ' && s != ""
}

func (s *sidebar) newOrphanItem() fyne.CanvasObject {
	quote := widget.NewLabel("")
	quote.Truncation = fyne.TextTruncateEllipsis
	attach := widget.NewButtonWithIcon(lang.L("Attach"), theme.ContentPasteIcon(), nil)
	del := widget.NewButtonWithIcon("", theme.DeleteIcon(), nil)
	return container.NewBorder(nil, nil, nil, container.NewHBox(attach, del), quote)
}

func (s *sidebar) fillOrphan(o fyne.CanvasObject, an *annotation.Annotation) {
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText("“" + oneLine(an.Target.Exact) + "”")
	buttons := box.Objects[1].(*fyne.Container)
	buttons.Objects[0].(*widget.Button).OnTapped = func() { s.r.reattach(an) }
	buttons.Objects[1].(*widget.Button).OnTapped = func() { s.r.remove(an) }
}

// tightVBox stacks objects with no padding between them.
type tightVBox struct{}

func (tightVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height - theme.Padding()
		o.Move(fyne.NewPos(0, y-theme.Padding()/2))
		o.Resize(fyne.NewSize(size.Width, h+theme.Padding()))
		y += h
	}
}

func (tightVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	w, h := float32(0), float32(0)
	for _, o := range objs {
		m := o.MinSize()
		w = max(w, m.Width)
		h += m.Height - theme.Padding()
	}
	return fyne.NewSize(w, h)
}

// indexOf returns a highlight's place in the reader's list, or -1.
func (r *reader) indexOf(an *annotation.Annotation) int {
	for i, a := range r.anns {
		if a == an {
			return i
		}
	}
	return -1
}
