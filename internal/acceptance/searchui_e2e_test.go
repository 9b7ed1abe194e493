//go:build acceptance

package acceptance

import (
	"strings"
	"testing"
)

// chipOf finds a chip under the search field by its text, or a Restore
// chip by "Restore".
func chipOf(p probe, text string) ([2]int, bool) {
	for _, c := range p.Chips {
		if c.ID == text || text == "Restore" && strings.HasPrefix(c.ID, "Restore") {
			return c.Center, true
		}
	}
	return [2]int{}, false
}

// TestSearchAcrossLanguagesInTheRealWindow types an English word in the
// search field, turns the 文A switch on with Ctrl+Shift+K (the field keeps
// the word; its Chinese translations show as chips and the search finds
// more), takes one translation away with its ×, brings it back with
// Restore, and turns the switch off. Screenshot: search-translate.png,
// with one chip taken away.
func TestSearchAcrossLanguagesInTheRealWindow(t *testing.T) {
	d, _ := openSample(t)
	d.xdo("key", "ctrl+k")
	d.xdo("type", "--delay", "60", "investment")
	plain := d.waitProbe("the plain search", func(p probe) bool { return p.Query == "investment" && p.Hits > 0 })
	if plain.Translate || len(plain.Chips) > 0 {
		t.Fatalf("the switch is on (%v) or chips show (%v) before Ctrl+Shift+K", plain.Translate, plain.Chips)
	}
	d.xdo("key", "ctrl+shift+k")
	p := d.waitProbe("the switch on", func(p probe) bool {
		_, ok := chipOf(p, "投资")
		return p.Translate && p.Query == "investment" && ok
	})
	if p.Hits < plain.Hits {
		t.Errorf("%d articles with the switch on, %d without", p.Hits, plain.Hits)
	}
	var drop string
	for _, c := range p.Chips {
		if c.ID != "投资" {
			drop = c.ID
			break
		}
	}
	if drop == "" {
		t.Fatalf("only 投资 under the field: %v", p.Chips)
	}
	at, _ := chipOf(p, drop)
	d.click(at)
	p = d.waitProbe("the chip "+drop+" taken away", func(p probe) bool {
		_, still := chipOf(p, drop)
		_, restore := chipOf(p, "Restore")
		return !still && restore
	})
	d.xdo("mousemove", "5", "5") // the pointer off the chips and the text
	d.screenshot("search-translate.png")
	at, _ = chipOf(p, "Restore")
	d.click(at)
	p = d.waitProbe("the chip "+drop+" restored", func(p probe) bool {
		_, back := chipOf(p, drop)
		_, restore := chipOf(p, "Restore")
		return back && !restore
	})
	d.xdo("key", "ctrl+shift+k")
	d.waitProbe("the switch off", func(p probe) bool { return !p.Translate && len(p.Chips) == 0 && p.Query == "investment" })
}
