//go:build acceptance

package acceptance

import (
	"fmt"
	"testing"
	"time"
)

// TestLookupPopupInTheRealWindow double-clicks a Chinese word and an
// English one in the real window: the dictionary popup shows each (its
// word in the probe), Esc closes the first and a click elsewhere the
// second. Screenshots: lookup-zh.png and lookup-en.png.
func TestLookupPopupInTheRealWindow(t *testing.T) {
	d, p := openSample(t)
	for _, w := range []struct{ lang, word, shot string }{
		{"zh", "投资", "lookup-zh.png"},
		{"en", "investment", "lookup-en.png"},
	} {
		from, to := runeOffset(t, p, 0, w.lang, w.word)
		p = d.inView(p, 0, w.lang, from, to)
		x, y := caret(t, p, 0, w.lang, from+1, 2)
		d.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
		time.Sleep(200 * time.Millisecond)
		d.xdo("click", "--repeat", "2", "--delay", "80", "1")
		p = d.waitProbe("the popup for "+w.word, func(p probe) bool { return p.Lookup == w.word })
		time.Sleep(300 * time.Millisecond)
		d.screenshot(w.shot)
		if w.lang == "zh" {
			d.xdo("key", "Escape")
			p = d.waitProbe("Esc closing the popup", func(p probe) bool { return p.Lookup == "" })
		}
	}
	// A click beside the text closes the popup; the pointer then moves
	// onto another sentence, which makes the window write its probe.
	d.xdo("mousemove", fmt.Sprint(p.Text[0]+p.Text[2]/2), fmt.Sprint(p.Text[1]+p.Text[3]-5), "click", "1")
	time.Sleep(500 * time.Millisecond)
	x, y := caret(t, p, 0, "zh", 2, 2)
	d.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
	d.waitProbe("a click closing the popup", func(p probe) bool { return p.Lookup == "" && p.Lit })
}

// TestHoverLookupInTheRealWindow rests the real pointer on a Chinese word
// and an English one: the card shows each while the sentence under the
// pointer stays lit (the card takes no pointer from the text), and goes
// when the pointer moves off the word. Screenshot: lookup-hover.png.
func TestHoverLookupInTheRealWindow(t *testing.T) {
	d, p := openSample(t)
	for _, w := range []struct{ lang, word string }{{"zh", "投资"}, {"en", "investment"}} {
		from, to := runeOffset(t, p, 0, w.lang, w.word)
		p = d.inView(p, 0, w.lang, from, to)
		x, y := caret(t, p, 0, w.lang, from+1, 2)
		d.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
		p = d.waitProbe("the hover card for "+w.word, func(p probe) bool { return p.Hover == w.word && p.Lit && p.Lookup == "" })
		if w.lang == "en" {
			time.Sleep(300 * time.Millisecond)
			d.screenshot("lookup-hover.png")
		}
		// A few characters on, off the word: the card goes, the
		// sentence stays lit.
		x, y = caret(t, p, 0, w.lang, to+3, 2)
		d.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
		p = d.waitProbe("the card going off "+w.word, func(p probe) bool { return p.Hover != w.word && p.Lit })
	}
}
