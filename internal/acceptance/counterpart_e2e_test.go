//go:build acceptance

package acceptance

import (
	"fmt"
	"testing"
	"time"
)

// counterpartOf is the language and exact text of an annotation's
// counterpart, the second target: "" when it has none.
func counterpartOf(an map[string]any) (string, string) {
	list, ok := an["target"].([]any)
	if !ok || len(list) < 2 {
		return "", ""
	}
	tg := list[1].(map[string]any)
	for _, s := range tg["selector"].([]any) {
		if sel := s.(map[string]any); sel["type"] == "TextQuoteSelector" {
			return tg["language"].(string), sel["exact"].(string)
		}
	}
	return tg["language"].(string), ""
}

// TestWordCounterpartInTheRealWindow selects English terms of the sample
// (a Chinese commentary and its English translation) with the real mouse,
// highlights each with a number key, and checks in the library's files
// that the counterpart saved is the Chinese phrase that translates the
// term, not its whole sentence. The screenshot word-counterpart.png shows
// both highlights and their counterparts lit.
func TestWordCounterpartInTheRealWindow(t *testing.T) {
	d, p := openSample(t)
	cases := []struct{ quote, key, color, want string }{
		{"lack of business discipline", "1", "yellow", "商业纪律不足"},
		{"$100 billion investment", "3", "blue", "1,000 亿美元投资"},
	}
	for i, c := range cases {
		from, to := runeOffset(t, p, 0, "en", c.quote)
		p = d.inView(p, 0, "en", from, to)
		d.drag(p, 0, "en", from, to)
		d.xdo("key", c.key)
		waitFiles(t, sampleID, i+1, "highlighting "+c.quote)
		var found bool
		for _, an := range annotationFiles(t, sampleID) {
			if lang, exact := exactOf(an); lang != "en" || exact != c.quote {
				continue
			}
			found = true
			if an["color"] != c.color {
				t.Errorf("%q saved in %v, want %s", c.quote, an["color"], c.color)
			}
			if lang, exact := counterpartOf(an); lang != "zh" || exact != c.want {
				t.Errorf("%q: counterpart %s %q, want zh %q", c.quote, lang, exact, c.want)
			}
			if conf, _ := an["counterpartConfidence"].(float64); conf < 0.5 {
				t.Errorf("%q: counterpart confidence %v, want at least 0.5", c.quote, an["counterpartConfidence"])
			}
		}
		if !found {
			t.Fatalf("no English annotation on %q: %v", c.quote, annotationFiles(t, sampleID))
		}
		d.xdo("key", "Escape")
	}
	// The pointer goes off the text (below the reader, on the status
	// line), so that no sentence is lit and no word looked up.
	d.xdo("mousemove", fmt.Sprint(p.Text[0]+p.Text[2]/2), fmt.Sprint(p.Window[1]-4))
	time.Sleep(time.Second)
	d.screenshot("word-counterpart.png")
}
