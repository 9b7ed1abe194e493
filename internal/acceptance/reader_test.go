//go:build acceptance

package acceptance

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"tandem/internal/testenv"
)

// openSample imports the sample article, starts the window and opens the
// sample by clicking its row in the list.
func openSample(t *testing.T) (*desktop, probe) {
	t.Helper()
	bin, seeds := os.Getenv("TANDEM_BIN"), os.Getenv("TANDEM_SEEDS")
	if bin == "" || seeds == "" || os.Getenv("DISPLAY") == "" {
		t.Fatal("set TANDEM_BIN and TANDEM_SEEDS and run under an X display (make e2e does)")
	}
	testenv.Isolate(t)
	tandem(t, "import", filepath.Join(seeds, "000_428c528216adca6a.txt"))
	d := startDesktop(t, bin)
	return d, d.openRow(sampleID)
}

// openRow clicks an article's row in the library list, as soon as the
// probe lists it, and returns the probe that shows it open. The probe
// lists only rows that are drawn, so the click may land while the first
// article is still opening, as a reader's may.
func (d *desktop) openRow(id string) probe {
	d.t.Helper()
	p := d.waitProbe("the row of "+id, func(p probe) bool { return slices.ContainsFunc(p.List, func(r probeRow) bool { return r.ID == id }) })
	d.click(rowOf(d.t, p, id))
	return d.waitProbe("the article "+id, func(p probe) bool { return p.Article == id && len(p.Paragraphs) > 0 })
}

const sampleID = "2026-02-05-fb404c39"

func rowOf(t *testing.T, p probe, id string) [2]int {
	t.Helper()
	for _, row := range p.List {
		if row.ID == id {
			return row.Center
		}
	}
	t.Fatalf("no row for %s in the list", id)
	return [2]int{}
}

func buttonOf(t *testing.T, p probe, name string) [2]int {
	t.Helper()
	for _, b := range p.Buttons {
		if b.ID == name {
			return b.Center
		}
	}
	t.Fatalf("no %s button", name)
	return [2]int{}
}

func (d *desktop) click(at [2]int) {
	d.t.Helper()
	d.atOrigin()
	// A pixel beside it first: a pointer already at the place moves not
	// at all, and the window, which may not have seen it come there (it
	// was there before the window opened), places the click where it last
	// saw the pointer.
	d.xdo("mousemove", fmt.Sprint(at[0]+1), fmt.Sprint(at[1]+1))
	d.xdo("mousemove", fmt.Sprint(at[0]), fmt.Sprint(at[1]), "click", "1")
}

// inView scrolls the reader, if need be, so that runes from to to of a
// paragraph are on screen: pressing j or k (next or previous pair) brings
// a pair to the top. It returns the probe written after the scroll.
func (d *desktop) inView(p probe, pair int, lang string, from, to int) probe {
	d.t.Helper()
	for range 4 {
		_, top := caret(d.t, p, pair, lang, from, 0)
		_, bottom := caret(d.t, p, pair, lang, to, 0)
		if top-10 > p.Text[1] && bottom+20 < p.Text[1]+p.Text[3] {
			return p
		}
		key, before := "j", top
		if top-10 <= p.Text[1] {
			key = "k"
		}
		d.xdo("key", key)
		p = d.waitProbe("the reader scrolled by "+key, func(q probe) bool {
			_, y := caret(d.t, q, pair, lang, from, 0)
			return y != before
		})
	}
	d.t.Fatalf("pair %d %s runes %d-%d not brought into view", pair, lang, from, to)
	return p
}

// barBelowText fails the test unless the action bar shows under the
// reader's text, covering none of it.
func barBelowText(t *testing.T, p probe, what string) {
	t.Helper()
	if p.Bar == nil {
		t.Errorf("%s: no action bar", what)
		return
	}
	if textEnd := p.Text[1] + p.Text[3]; p.Bar[1] < textEnd {
		t.Errorf("%s: the action bar (y %d) covers the text, which ends at y %d", what, p.Bar[1], textEnd)
	}
}

// TestActionBarInTheRealWindow drags across text seven times, in both
// languages, forwards and backwards, on one line and across lines: the
// action bar comes after every drag, below the text, and goes with the
// selection (Esc, another tab). A drag that ends inside an English word
// takes the whole word. Choosing an article while the Search tab is up
// shows it on the Read tab.
func TestActionBarInTheRealWindow(t *testing.T) {
	d, p := openSample(t)
	for i, drag := range []struct {
		pair  int
		lang  string
		quote string
		back  bool
	}{
		{0, "en", "Nvidia CEO Jensen Huang", false},
		{0, "zh", "执行长 Jensen Huang", false},
		{0, "en", "while privately criticizing a lack of business discipline", true},
		{0, "zh", "并私下批评其商业纪律不足。原本与基础设施扩建绑定的承诺", false},
		{1, "en", "The piece links", true},
		{1, "zh", "文章将 OpenAI 的执行困境", false},
		{0, "en", "nonbinding", false},
	} {
		from, to := runeOffset(t, p, drag.pair, drag.lang, drag.quote)
		p = d.inView(p, drag.pair, drag.lang, from, to)
		if drag.back {
			from, to = to, from
		}
		d.drag(p, drag.pair, drag.lang, from, to)
		what := fmt.Sprintf("drag %d over %q", i+1, drag.quote)
		got, ok := d.probeWithin(5*time.Second, func(p probe) bool { return p.Bar != nil })
		if !ok {
			t.Errorf("%s: no action bar", what)
		} else {
			barBelowText(t, got, what)
		}
		if i == 2 {
			d.screenshot("e2e-actionbar.png")
		}
		d.xdo("key", "Escape")
		p = d.waitProbe("the bar to go with the selection (Esc)", func(p probe) bool { return p.Bar == nil })
	}

	// A drag that stops inside "Huang" highlights the whole name.
	from, to := runeOffset(t, p, 0, "en", "Nvidia CEO Jensen Hu")
	d.drag(p, 0, "en", from+2, to)
	d.xdo("key", "1")
	waitFiles(t, sampleID, 1, "1 after a drag ending inside a word")
	if lang, exact := exactOf(annotationFiles(t, sampleID)[0]); lang != "en" || exact != "Nvidia CEO Jensen Huang" {
		t.Errorf("a drag from inside Nvidia to inside Huang saved %s %q, want the whole words", lang, exact)
	}
	d.xdo("key", "Escape")
	p = d.waitProbe("the highlight let go", func(p probe) bool { return p.Bar == nil })

	// Another tab takes the selection and its bar away; an article chosen
	// meanwhile shows on the Read tab.
	from, to = runeOffset(t, p, 1, "en", "The piece links")
	p = d.inView(p, 1, "en", from, to)
	d.drag(p, 1, "en", from, to)
	d.waitProbe("the bar", func(p probe) bool { return p.Bar != nil })
	d.xdo("key", "ctrl+k")
	p = d.waitProbe("the Search tab, without the bar", func(p probe) bool { return p.Tab == "Search" && p.Bar == nil })
	other := p.List[0].ID
	if other == sampleID {
		other = p.List[1].ID
	}
	d.click(rowOf(t, p, other))
	d.waitProbe("the article chosen from the Search tab, on the Read tab", func(p probe) bool {
		return p.Tab == "Read" && p.Article == other && p.Bar == nil
	})
	d.screenshot("e2e-chosen-from-search.png")
}

// TestNarrowWindowInTheRealWindow lights a sentence under the pointer and
// moves the pointer out of the window: the light goes. Then it makes the
// window 640 pixels wide: the library and the sidebar collapse into
// buttons, rows stack, and the buttons bring the panes back; search results
// fit the width.
func TestNarrowWindowInTheRealWindow(t *testing.T) {
	d, p := openSample(t)
	d.xdo("windowsize", d.win, "1000", "800")
	p = d.waitProbe("the window 1000 wide", func(p probe) bool { return p.Window[0] <= 1000 && len(p.Paragraphs) > 0 })
	x, y := caret(t, p, 0, "en", 40, 0)
	d.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
	d.waitProbe("a sentence lit under the pointer", func(p probe) bool { return p.Lit })
	d.xdo("mousemove", "1150", fmt.Sprint(y)) // off the window's right edge
	if _, ok := d.probeWithin(5*time.Second, func(p probe) bool { return !p.Lit }); !ok {
		t.Error("the sentence stays lit after the pointer left the window")
	}
	d.screenshot("e2e-pointer-left.png")

	d.xdo("windowsize", d.win, "640", "760")
	p, ok := d.probeWithin(10*time.Second, func(p probe) bool { return p.Window[0] <= 640 && !p.Panes[0] && !p.Panes[1] })
	if !ok {
		t.Fatalf("at 640 wide: window %v, library and sidebar shown %v", p.Window, p.Panes)
	}
	if !p.Stacked {
		t.Error("at 640 wide the rows stay side by side")
	}
	if p.Text[2] < 560 {
		t.Errorf("at 640 wide the text is %d pixels wide", p.Text[2])
	}
	d.screenshot("e2e-narrow.png")

	d.click(buttonOf(t, p, "library"))
	p = d.waitProbe("the library in place of the reader", func(p probe) bool { return p.Panes[0] })
	d.screenshot("e2e-narrow-library.png")
	other := p.List[0].ID
	if other == sampleID {
		other = p.List[1].ID
	}
	d.click(rowOf(t, p, other))
	p = d.waitProbe("the chosen article, the list put away", func(p probe) bool { return p.Article == other && !p.Panes[0] })
	d.click(buttonOf(t, p, "highlights"))
	d.waitProbe("the sidebar beside the reader", func(p probe) bool { return p.Panes[1] && len(p.Paragraphs) > 0 })
	time.Sleep(500 * time.Millisecond)
	d.screenshot("e2e-narrow-sidebar.png")

	// Snippets wrap like the reader's text: a marked Latin name inside
	// Chinese stays whole on its line (looked at in the screenshot).
	d.xdo("key", "ctrl+k")
	time.Sleep(300 * time.Millisecond)
	d.xdo("type", "--delay", "80", "OpenAI")
	d.waitProbe("the results for OpenAI", func(p probe) bool { return p.Query == "OpenAI" && p.Hits > 0 })
	time.Sleep(500 * time.Millisecond)
	d.screenshot("e2e-narrow-search.png")
}
