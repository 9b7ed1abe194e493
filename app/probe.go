package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ProbeEnv names the variable that turns on the layout probe: when it holds
// a file path, the window writes there, after every change of what it shows,
// where the library rows and every character of the open article are in
// window pixels. End-to-end tests read it to point the real mouse at known
// words; nothing else uses it.
const ProbeEnv = "TANDEM_E2E_PROBE"

type probe struct {
	Article    string           `json:"article"` // the article on display
	Query      string           `json:"query"`   // the search shown, and its hits
	Hits       int              `json:"hits"`
	Scale      float32          `json:"scale"`
	List       []probeBox       `json:"list"`
	Paragraphs []probeParagraph `json:"paragraphs"`

	Tab     string      `json:"tab"`               // the tab on display
	Window  [2]int      `json:"window"`            // the canvas's width and height
	Text    [4]int      `json:"text"`              // the reader's scrolled text: x, y, width, height
	Bar     []int       `json:"bar,omitempty"`     // the action bar, when it shows: x, y, width, height
	Lit     bool        `json:"lit"`               // a sentence is lit under the pointer
	Marked  []probeMark `json:"marked,omitempty"`  // the search's hits marked in the article
	Current int         `json:"current"`           // the one n and N went to, or -1
	Panes   [2]bool     `json:"panes"`             // the library list and the sidebar show
	Stacked bool        `json:"stacked"`           // the rows show stacked
	Buttons []probeBox  `json:"buttons,omitempty"` // "library" and "highlights", the panes' buttons
	Lookup  string      `json:"lookup,omitempty"`  // the word the dictionary popup shows
	Hover   string      `json:"hover,omitempty"`   // the word the hover card shows
	// Translate is the search field's 文A switch; Chips are the buttons
	// under the field, a translation each (ID its text) and "Restore …".
	Translate bool       `json:"translate"`
	Chips     []probeBox `json:"chips,omitempty"`

	undrawn bool // some library rows were filled but not drawn yet
}

type probeMark struct {
	Pair  int    `json:"pair"`
	Lang  string `json:"lang"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type probeBox struct {
	ID     string `json:"id"`
	Center [2]int `json:"center"`
}

type probeParagraph struct {
	Pair  int         `json:"pair"`
	Lang  string      `json:"lang"`
	Text  string      `json:"text"`
	Lines []probeLine `json:"lines"`
}

// probeLine gives, for runes [Start, End), the window x of each caret
// position and the y of the line's middle.
type probeLine struct {
	Start int   `json:"start"`
	End   int   `json:"end"`
	Y     int   `json:"y"`
	X     []int `json:"x"`
}

// writeProbe schedules a probe write if the probe is on; bursts of changes
// give one write.
func (u *ui) writeProbe() { u.writeProbeAfter(300 * time.Millisecond) }

// writeProbeSoon schedules a probe write a frame or so from now, for a
// change a test or a benchmark waits on (the library list filled): its
// time is the change's, give or take a frame, not the 300 ms a burst is
// given to settle.
func (u *ui) writeProbeSoon() { u.writeProbeAfter(20 * time.Millisecond) }

// writeProbeAfter writes the probe after a pause, unless a write is due
// sooner; a write due later is brought forward. Library rows filled but
// not drawn yet are looked at again a frame or so later, so that the probe
// lists them as soon as they show.
func (u *ui) writeProbeAfter(pause time.Duration) {
	path := os.Getenv(ProbeEnv)
	if path == "" {
		return
	}
	at := time.Now().Add(pause)
	if u.probeTimer != nil {
		if !at.Before(u.probeAt) {
			return
		}
		u.probeTimer.Stop()
	}
	var t *time.Timer
	t = time.AfterFunc(pause, func() {
		fyne.Do(func() {
			if u.probeTimer != t {
				return // stopped and brought forward, or written already
			}
			u.probeTimer = nil
			p := u.snapshot()
			data, err := json.Marshal(p)
			if err == nil {
				tmp := filepath.Join(filepath.Dir(path), ".probe.tmp")
				if os.WriteFile(tmp, data, 0o644) == nil {
					os.Rename(tmp, path) // readers see the whole file or none
				}
			}
			if p.undrawn {
				u.writeProbeSoon()
			}
		})
	})
	u.probeTimer, u.probeAt = t, at
}

func (u *ui) snapshot() probe {
	c := u.win.Canvas()
	scale := c.Scale()
	px := func(v float32) int { return int(v*scale + 0.5) }
	d := fyne.CurrentApp().Driver()
	p := probe{Scale: scale, Query: u.search.shownQuery, Hits: len(u.search.hits)}
	box := func(o fyne.CanvasObject) [4]int {
		pos := d.AbsolutePositionForObject(o)
		return [4]int{px(pos.X), px(pos.Y), px(o.Size().Width), px(o.Size().Height)}
	}
	r := u.reader
	if r.art != nil {
		// The article on display, whose paragraphs follow: not one chosen
		// and still being read.
		p.Article = r.art.ID
	}
	p.Tab = u.tabs.Selected().Text
	p.Window = [2]int{px(c.Size().Width), px(c.Size().Height)}
	p.Text = box(r.scroll)
	if r.bar.root.Visible() {
		b := box(r.bar.root)
		p.Bar = b[:]
	}
	p.Lit = r.hover.index >= 0
	if r.lookup.pop != nil && r.lookup.pop.Visible() {
		p.Lookup = r.lookup.word
	}
	p.Hover = r.lookup.hoverWord
	p.Translate = u.search.translate
	for _, b := range u.search.chips {
		if b.Visible() {
			at := box(b)
			p.Chips = append(p.Chips, probeBox{ID: b.Text, Center: [2]int{at[0] + at[2]/2, at[1] + at[3]/2}})
		}
	}
	for _, h := range r.found.hits {
		p.Marked = append(p.Marked, probeMark{Pair: h.pair, Lang: string(h.lang), Start: h.span.Start, End: h.span.End})
	}
	p.Current = r.found.at
	p.Panes = [2]bool{u.list.root.Visible(), u.sidebar.root.Visible()}
	p.Stacked = r.page.shownNow() == stacked
	for name, b := range map[string]*widget.Button{"library": u.panes.listBtn, "highlights": u.panes.sideBtn} {
		at := box(b)
		p.Buttons = append(p.Buttons, probeBox{ID: name, Center: [2]int{at[0] + at[2]/2, at[1] + at[3]/2}})
	}
	for _, row := range u.list.rows() {
		if d.CanvasForObject(row.obj) == nil {
			// Filled but not drawn yet: its position would read as the
			// window's corner, and a click there would miss it.
			p.undrawn = true
			continue
		}
		pos := d.AbsolutePositionForObject(row.obj)
		size := row.obj.Size()
		p.List = append(p.List, probeBox{ID: row.id, Center: [2]int{px(pos.X + size.Width/2), px(pos.Y + size.Height/2)}})
	}
	// A paragraph off screen is not drawn, and so not found in the window
	// by the driver: it sits where the page lays it out.
	page := d.AbsolutePositionForObject(r.page)
	for _, row := range r.page.rows {
		for _, v := range []*textView{row.zh, row.en} {
			if !v.Visible() {
				continue
			}
			origin := page.Add(v.Position())
			w := v.layoutFor(v.Size().Width)
			para := probeParagraph{Pair: v.pair, Lang: string(v.lang), Text: string(v.runes)}
			for _, l := range w.lines {
				pl := probeLine{Start: l.start, End: l.end, Y: px(origin.Y + l.y + w.lineHeight/2)}
				for _, x := range l.x {
					pl.X = append(pl.X, px(origin.X+x))
				}
				para.Lines = append(para.Lines, pl)
			}
			p.Paragraphs = append(p.Paragraphs, para)
		}
	}
	return p
}
