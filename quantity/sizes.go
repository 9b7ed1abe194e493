package quantity

import (
	"regexp"
	"strings"
)

// kiloTyped returns the figure of other that gives q's size in kilobytes,
// where one text types k after the number for them and Extract reads a
// thousand (页面大小为 64k and "64 KB").
func kiloTyped(q Quantity, mine, other *side) (Quantity, bool) {
	for _, o := range other.qs {
		if typedK(q.Text) && o.Value*1000 == q.Value && kilobytesAfter(o, other.text) ||
			typedK(o.Text) && q.Value*1000 == o.Value && kilobytesAfter(q, mine.text) {
			return o, true
		}
	}
	return Quantity{}, false
}

// typedK reports whether a figure as written ends in k or K after a digit.
func typedK(t string) bool {
	return len(t) >= 2 && (strings.HasSuffix(t, "k") || strings.HasSuffix(t, "K")) && isDigit(rune(t[len(t)-2]))
}

// kilobytesAfter reports whether KB, kB or KiB follows q in text.
func kilobytesAfter(q Quantity, text string) bool {
	rs := []rune(text)
	if q.End > len(rs) {
		return false
	}
	after := strings.TrimLeft(string(rs[q.End:]), " ")
	return strings.HasPrefix(after, "KB") || strings.HasPrefix(after, "kB") || strings.HasPrefix(after, "KiB")
}

// specCodeRe finds a machine's size written as a code, its cores and its
// memory: 4C16G, 64c128g.
var specCodeRe = regexp.MustCompile(`(?i)\b([0-9]+)c([0-9]+)g\b`)

// specGloss returns the code of a machine's size (4C16G) that q, in the
// words after it, spells out ("4C16G (4 CPU cores and 16 GB of memory)"),
// when the other text writes the code too.
func specGloss(q Quantity, mine, other *side) (string, bool) {
	rs := []rune(mine.text)
	if q.Unit != Plain || q.End > len(rs) {
		return "", false
	}
	before := string(rs[max(0, q.Start-40):q.Start])
	for _, m := range specCodeRe.FindAllStringSubmatch(before, -1) {
		if (m[1] == q.Text || m[2] == q.Text) && strings.Contains(strings.ToLower(other.text), strings.ToLower(m[0])) {
			return m[0], true
		}
	}
	return "", false
}
