package app

import (
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// lineTexts returns the text of each wrapped line.
func lineTexts(t *textView, w *textWrap) []string {
	out := make([]string, len(w.lines))
	for i, l := range w.lines {
		out[i] = string(t.runes[l.start:l.end])
	}
	return out
}

// checkWrap verifies what every wrap must hold: lines cover the text in
// order, nothing lost or repeated, and each line fits the width (a trailing
// space may hang over).
func checkWrap(t *testing.T, v *textView, width float32) []string {
	t.Helper()
	w := v.layoutFor(width)
	lines := lineTexts(v, w)
	if got := strings.Join(lines, ""); got != string(v.runes) {
		t.Fatalf("lines do not add up to the text:\n%q\n%q", got, string(v.runes))
	}
	for i, l := range lines {
		visible := strings.TrimRight(l, " \n")
		if size := fyne.MeasureText(visible, w.size, v.style); size.Width > width+0.5 {
			t.Errorf("line %d is %.1f wide, more than %.1f: %q", i, size.Width, width, l)
		}
	}
	return lines
}

func TestTextViewWrapsChineseBetweenCharacters(t *testing.T) {
	newTestApp(t)
	text := "原本与基础设施扩建绑定的承诺，现在更像是在 OpenAI 目前为潜在 IPO 进行募资时，以「数百亿美元等级」的较小下注呈现。"
	v := newTextView(text, fyne.TextStyle{}, one)
	lines := checkWrap(t, v, 150)
	if len(lines) < 4 {
		t.Fatalf("only %d lines at width 150: %q", len(lines), lines)
	}
	for i, l := range lines[1:] {
		first := []rune(l)[0]
		if strings.ContainsRune("，。」、", first) {
			t.Errorf("line %d starts with the closing mark %q", i+1, first)
		}
	}
	for i, l := range lines[:len(lines)-1] {
		rs := []rune(strings.TrimRight(l, " "))
		if last := rs[len(rs)-1]; last == '「' {
			t.Errorf("line %d ends with the opening mark %q", i, last)
		}
	}
}

func TestTextViewWrapsEnglishAtSpaces(t *testing.T) {
	newTestApp(t)
	text := "Huang publicly denies being unhappy and says Nvidia will still invest “a great deal of money,” but the hedging itself is treated as a notable signal."
	v := newTextView(text, fyne.TextStyle{}, one)
	lines := checkWrap(t, v, 180)
	if len(lines) < 4 {
		t.Fatalf("only %d lines at width 180", len(lines))
	}
	for i, l := range lines[:len(lines)-1] {
		if !strings.HasSuffix(l, " ") && !strings.HasSuffix(l, "-") {
			t.Errorf("line %d breaks inside a word: %q / %q", i, l, lines[i+1])
		}
		if unicode.IsSpace([]rune(lines[i+1])[0]) {
			t.Errorf("line %d starts with a space", i+1)
		}
	}
}

func TestTextViewBreaksAnOverlongWord(t *testing.T) {
	newTestApp(t)
	v := newTextView("see https://example.com/"+strings.Repeat("a", 200)+" for more", fyne.TextStyle{}, one)
	checkWrap(t, v, 120)
}

func TestTextViewKeepsLayoutForSameWidth(t *testing.T) {
	newTestApp(t)
	v := newTextView("欢迎使用 Tandem。这篇文章本身就是一篇双语文章。", fyne.TextStyle{}, one)
	first := &v.layoutFor(100).lines[0]
	if again := &v.layoutFor(100).lines[0]; again != first {
		t.Error("wrapping again at the same width did not reuse the layout")
	}
	if other := &v.layoutFor(300).lines[0]; other == first {
		t.Error("a new width reused the old layout")
	}
	if v.layoutFor(300).height >= v.layoutFor(100).height {
		t.Error("a wider column is not shorter")
	}
}

func TestTextViewRendersOneTextPerLine(t *testing.T) {
	newTestApp(t)
	v := newTextView("第一句话。第二句话比较长一些，需要换行才能显示完整。", fyne.TextStyle{}, one)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(140, 200))
	v.Resize(fyne.NewSize(140, v.heightFor(140)))
	objs := test.WidgetRenderer(v).Objects()
	if want := len(v.layoutFor(140).lines); len(objs) != want {
		t.Errorf("%d canvas objects for %d lines", len(objs), want)
	}
}

func one() float32 { return 1 }
