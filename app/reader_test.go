package app

import (
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/testenv"
	"tandem/library"
)

const seedID = "2026-02-05-fb404c39"

// openSeed builds the window on a library holding the sample article and
// opens it, side by side.
func openSeed(t *testing.T) (*ui, *library.Library) {
	t.Helper()
	u, lib := newTestUI(t)
	if r := lib.Import("seed.txt", testenv.Seed(t)); r.Status != library.Imported {
		t.Fatal(r.Err)
	}
	u.reload()
	settle(t, u)
	u.reader.setMode(sideBySide)
	u.openAt(seedID, "")
	settle(t, u)
	return u, lib
}

// runePos is where rune i of a view sits on the canvas: the middle of the
// gap before it (at = 0) or the middle of its glyph (at = 0.5).
func runePos(t *testing.T, v *textView, i int, at float32) fyne.Position {
	t.Helper()
	w := v.layoutFor(v.Size().Width)
	for _, l := range w.lines {
		if i >= l.start && i < l.end || i == l.end && l.end == len(v.runes) {
			k := i - l.start
			x := l.x[k]
			if at > 0 && k+1 < len(l.x) {
				x += (l.x[k+1] - l.x[k]) * at
			}
			abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
			return abs.Add(fyne.NewPos(x, l.y+w.lineHeight/2))
		}
	}
	t.Fatalf("rune %d not laid out", i)
	return fyne.Position{}
}

// dragOver drags in a view from before rune from to before rune to, the
// way the desktop driver reports it: Position is where the pointer is now
// and Dragged the move since the last event, so the first event's
// Position - Dragged is where the button went down.
func dragOver(t *testing.T, u *ui, v *textView, from, to int) {
	t.Helper()
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
	start := runePos(t, v, from, 0).Subtract(origin)
	end := runePos(t, v, to, 0).Subtract(origin)
	mid := fyne.NewPos((start.X+end.X)/2, (start.Y+end.Y)/2)
	v.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: start}, Button: desktop.MouseButtonPrimary})
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: mid}, Dragged: fyne.Delta{DX: mid.X - start.X, DY: mid.Y - start.Y}})
	v.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: end}, Dragged: fyne.Delta{DX: end.X - mid.X, DY: end.Y - mid.Y}})
	v.DragEnd()
	v.MouseUp(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: end}, Button: desktop.MouseButtonPrimary})
}

func TestDragSelectsExactRunes(t *testing.T) {
	u, _ := openSeed(t)
	a := u.reader.art
	for _, tc := range []struct {
		name  string
		lang  article.Lang
		quote string
	}{
		{"English words", article.EN, "Nvidia CEO Jensen Huang"},
		{"Chinese characters", article.ZH, "执行长 Jensen Huang"},
		{"English across a line break", article.EN, "while privately criticizing a lack of business discipline"},
		{"Chinese across a line break", article.ZH, "并私下批评其商业纪律不足。原本与基础设施扩建绑定的承诺"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := u.reader.page.rows[0].view(tc.lang)
			target, err := annotation.FindQuote(a, tc.lang, tc.quote, 1)
			if err != nil {
				t.Fatal(err)
			}
			if tc.name == "English across a line break" || tc.name == "Chinese across a line break" {
				if runePos(t, v, target.Start, 0).Y == runePos(t, v, target.End-1, 0).Y {
					t.Fatalf("%q does not cross a line at this width", tc.quote)
				}
			}
			dragOver(t, u, v, target.Start, target.End)
			if got := v.selectedText(); got != tc.quote {
				t.Errorf("selected %q, want %q", got, tc.quote)
			}
			if !u.reader.sel.ok() || u.reader.bar.root.Hidden {
				t.Error("no action bar by the finished selection")
			}
		})
	}
}

func TestKeysCreateHighlightsThatReachTheLibrary(t *testing.T) {
	u, lib := openSeed(t)
	r := u.reader
	en := r.page.rows[0].en
	target, _ := annotation.FindQuote(r.art, article.EN, "nonbinding", 1)
	dragOver(t, u, en, target.Start, target.End)
	r.page.TypedRune('2')
	settle(t, u)

	list, _, _ := lib.Annotations(seedID)
	if len(list) != 1 {
		t.Fatalf("%d annotations on disk, want 1", len(list))
	}
	an := list[0]
	if an.Target.Exact != "nonbinding" || an.Color != annotation.Green || an.Counterpart == nil || an.Counterpart.Lang != article.ZH {
		t.Errorf("saved %+v (counterpart %+v)", an.Target, an.Counterpart)
	}
	if r.editing == nil || r.editing.ID != an.ID {
		t.Error("the new highlight is not selected for the next key")
	}

	// The next key tags it: T opens the tag dialog, Enter saves.
	r.page.TypedRune('t')
	entry := dialogEntry(t, u)
	test.Type(entry, "forecast")
	entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	// Then a note with N.
	r.page.TypedRune('N')
	note := dialogEntry(t, u)
	test.Type(note, "Huang *hedges*")
	submitDialog(t, u)
	settle(t, u)
	list, _, _ = lib.Annotations(seedID)
	if got := list[0]; len(got.Tags) != 1 || got.Tags[0] != "forecast" || got.Note != "Huang *hedges*" {
		t.Errorf("after T and N: tags %q note %q", got.Tags, got.Note)
	}

	// Chinese: select, then C marks a claim (the first claim type is chosen).
	zh := r.page.rows[1].zh
	target, _ = annotation.FindQuote(r.art, article.ZH, "1.4 兆美元", 1)
	dragOver(t, u, zh, target.Start, target.End)
	r.page.TypedRune('c')
	submitDialog(t, u)
	settle(t, u)
	list, _, _ = lib.Annotations(seedID)
	if len(list) != 2 || list[1].Target.Exact != "1.4 兆美元" || !list[1].HasTag("claim") {
		t.Fatalf("claim not saved: %d annotations", len(list))
	}
}

func TestAHighlightsCounterpartIsTheWordsThatTranslateIt(t *testing.T) {
	u, lib := openSeed(t)
	r := u.reader
	fills := func(pair int) map[color.Color]bool {
		out := map[color.Color]bool{}
		for _, m := range r.marksFor(pair, article.ZH) {
			out[m.fill] = true
		}
		return out
	}
	for _, tc := range []struct {
		quote, want string
		kind        markKind
	}{
		{"Claude Cowork", "Claude Cowork", markCounterpart},
		// The dictionary lacks "nonbinding": the sentence, drawn lighter.
		{"nonbinding", "在 2026 年", markUnsure},
	} {
		target, _ := annotation.FindQuote(r.art, article.EN, tc.quote, 1)
		dragOver(t, u, r.page.rows[target.Pair].en, target.Start, target.End)
		r.page.TypedRune('1')
		settle(t, u)
		list, _, _ := lib.Annotations(seedID)
		var an *annotation.Annotation
		for _, a := range list {
			if a.Target.Exact == tc.quote {
				an = a
			}
		}
		if an == nil || an.Counterpart == nil || !strings.HasPrefix(an.Counterpart.Exact, tc.want) || an.CounterpartConfidence == 0 {
			t.Fatalf("%q: saved %+v", tc.quote, an)
		}
		want := u.color(highlightFill(annotation.Yellow, tc.kind))
		if !fills(target.Pair)[want] {
			t.Errorf("%q: the counterpart is not drawn as %s", tc.quote, tc.kind)
		}
	}
	if u.color(highlightFill(annotation.Yellow, markUnsure)) == u.color(highlightFill(annotation.Yellow, markCounterpart)) {
		t.Error("an unsure counterpart is drawn like a sure one")
	}
}

// dialogEntry returns the first entry of the dialog on top.
func dialogEntry(t *testing.T, u *ui) *widget.Entry {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	for _, o := range test.LaidOutObjects(top) {
		switch e := o.(type) {
		case *widget.Entry:
			return e
		case *widget.SelectEntry:
			return &e.Entry
		}
	}
	t.Fatal("the dialog has no entry")
	return nil
}

// submitDialog presses the dialog's confirming button: Save, unless
// another label is given.
func submitDialog(t *testing.T, u *ui, label ...string) {
	t.Helper()
	want := "Save"
	if len(label) > 0 {
		want = label[0]
	}
	for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
		if b, ok := o.(*widget.Button); ok && b.Text == want {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no %s button", want)
}

func TestClickSelectsHighlightDeleteAndUndo(t *testing.T) {
	u, lib := openSeed(t)
	r := u.reader
	en := r.page.rows[0].en
	target, _ := annotation.FindQuote(r.art, article.EN, "nonbinding", 1)
	dragOver(t, u, en, target.Start, target.End)
	r.page.TypedRune('1')
	r.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if r.editing != nil {
		t.Fatal("Esc did not let go of the highlight")
	}
	test.TapCanvas(u.win.Canvas(), runePos(t, en, target.Start+3, 0.5))
	if r.editing == nil || r.editing.Target.Exact != "nonbinding" {
		t.Fatal("clicking the highlight did not select it")
	}
	r.page.TypedRune('4')
	if r.editing.Color != annotation.Pink {
		t.Errorf("colour %s after 4", r.editing.Color)
	}
	r.typedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	settle(t, u)
	if list, _, _ := lib.Annotations(seedID); len(list) != 0 || len(r.anns) != 0 {
		t.Fatalf("after Delete: %d on disk, %d shown", len(list), len(r.anns))
	}
	r.undo(false)
	settle(t, u)
	if len(r.anns) != 1 || r.anns[0].Color != annotation.Pink {
		t.Fatalf("Ctrl+Z did not bring the pink highlight back: %d", len(r.anns))
	}
	r.undo(false) // the recolouring
	settle(t, u)
	if len(r.anns) != 1 || r.anns[0].Color != annotation.Yellow {
		t.Errorf("second Ctrl+Z: colour %v", r.anns[0].Color)
	}
	r.undo(true)
	settle(t, u)
	if r.anns[0].Color != annotation.Pink {
		t.Errorf("Ctrl+Shift+Z: colour %v", r.anns[0].Color)
	}
}

func TestPointingAtASentenceLightsItsCounterpart(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	zh, en := r.page.rows[0].zh, r.page.rows[0].en
	// The second English sentence starts after "discipline. ".
	second := strings.Index(string(en.runes), "What was")
	second = len([]rune(string(en.runes)[:second]))
	test.MoveMouse(u.win.Canvas(), runePos(t, en, second+2, 0.5))
	lit := func(v *textView) []article.Span {
		var out []article.Span
		for _, m := range v.marks {
			if m.fill == u.color(colorSentence) {
				out = append(out, m.Span)
			}
		}
		return out
	}
	p := r.art.Pairs[0]
	if got := lit(zh); len(got) != 1 || got[0] != p.SentencesZH[1] {
		t.Errorf("Chinese lit %v, want sentence 1 %v", got, p.SentencesZH[1])
	}
	if got := lit(en); len(got) != 1 || got[0] != p.SentencesEN[1] {
		t.Errorf("English lit %v, want the pointed sentence %v", got, p.SentencesEN[1])
	}
	// A click keeps it lit after the pointer leaves.
	test.TapCanvas(u.win.Canvas(), runePos(t, en, second+2, 0.5))
	en.MouseOut()
	if got := lit(zh); len(got) != 1 {
		t.Errorf("clicked sentence not kept: %v", got)
	}
}

func TestHighlightRectanglesSitUnderTheirGlyphs(t *testing.T) {
	newTestApp(t)
	v := newTextView("Nvidia 执行长 Jensen Huang 表示投资不具约束力。", fyne.TextStyle{}, one)
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(200, 200))
	v.Resize(fyne.NewSize(180, v.heightFor(180)))
	v.setMarks([]textMark{
		{Span: article.Span{Start: 0, End: 6}, fill: testColor(annotation.Yellow)},
		{Span: article.Span{Start: 28, End: 33}, fill: testColor(annotation.Pink)},
	})
	v.setSelection(article.Span{Start: 11, End: 17})
	test.AssertObjectRendersToMarkup(t, "highlight.xml", v)
	test.AssertObjectRendersToImage(t, "highlight.png", v)
}

func testColor(c annotation.Color) color.Color {
	return theme.Current().Color(highlightFill(c, markOwn), theme.VariantDark)
}

func TestLayoutModes(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	for _, tc := range []struct {
		mode           layoutMode
		zhShown, enOne bool
	}{
		{chineseOnly, true, false},
		{englishOnly, false, true},
		{stacked, true, true},
	} {
		r.setMode(tc.mode)
		r.page.Resize(fyne.NewSize(900, r.page.MinSize().Height))
		row := r.page.rows[0]
		if row.zh.Visible() != tc.zhShown || row.en.Visible() != tc.enOne {
			t.Errorf("%s: Chinese shown %v, English shown %v", layoutNames[tc.mode], row.zh.Visible(), row.en.Visible())
		}
		if tc.mode == stacked && !(row.en.Position().Y > row.zh.Position().Y && row.en.Position().X == row.zh.Position().X) {
			t.Errorf("stacked: English at %v is not below Chinese at %v", row.en.Position(), row.zh.Position())
		}
	}
	if got := u.prefs().Int(prefLayout); got != int(stacked) {
		t.Errorf("the layout is not remembered: %d", got)
	}
	scale := r.scale
	u.windowShortcut(shortcutZoomIn)
	if r.scale <= scale || u.prefs().Float(prefScale) != float64(r.scale) {
		t.Errorf("Ctrl+= scale %v → %v (remembered %v)", scale, r.scale, u.prefs().Float(prefScale))
	}
}

func TestEnglishDragsSnapToWholeWords(t *testing.T) {
	u, _ := openSeed(t)
	r := u.reader
	tg, err := annotation.FindQuote(r.art, article.EN, "tens-of-billions-scale bet within", 1)
	if err != nil {
		t.Fatal(err)
	}
	v := r.page.rows[tg.Pair].en
	for _, tc := range []struct {
		name       string
		start, end int // runes into the quote
	}{
		{"both ends inside words", 2, 28},       // "ns-of-billions-scale bet w"
		{"start inside, end at a space", 5, 26}, // "of-billions-scale bet"
		{"whole words already", 0, 33},
	} {
		dragOver(t, u, v, tg.Start+tc.start, tg.Start+tc.end)
		want := "tens-of-billions-scale bet within"
		if tc.end == 26 {
			want = "tens-of-billions-scale bet"
		}
		if got := v.selectedText(); got != want {
			t.Errorf("%s: selected %q, want %q", tc.name, got, want)
		}
	}
}

func TestAnArticleInOneLanguageTakesTheFullWidth(t *testing.T) {
	u, lib := newTestUI(t)
	for _, text := range []string{
		"The yuan fell 2% this week.\n\nTraders expect the central bank to step in.\n",
		"人民币本周下跌 2%。\n\n交易员预计央行将出手。\n",
	} {
		res := lib.Import("one.txt", []byte(text))
		if res.Status != library.Imported {
			t.Fatal(res.Err)
		}
		u.reader.setMode(sideBySide)
		u.openAt(res.ID, "")
		settle(t, u)
		r := u.reader
		r.page.Resize(fyne.NewSize(900, r.page.MinSize().Height))
		row := r.page.rows[0]
		shown, empty := row.en, row.zh
		if r.art.Pairs[0].EN == "" {
			shown, empty = row.zh, row.en
		}
		if empty.Visible() || shown.Size().Width < 800 {
			t.Errorf("%s only: the empty column shows %v, the text is %v px wide of 900", shown.lang, empty.Visible(), shown.Size().Width)
		}
	}
}

func TestViewMenuMarksTheLayoutAndEscClosesTheShortcuts(t *testing.T) {
	u, _ := newTestUI(t)
	for _, m := range []layoutMode{stacked, englishOnly, sideBySide} {
		u.reader.setMode(m)
		for i, item := range u.layoutItems {
			if item.Checked != (layoutMode(i) == m) {
				t.Errorf("layout %s: the View menu's %q is checked %v", layoutNames[m], item.Label, item.Checked)
			}
		}
	}
	w := u.showShortcuts()
	open := func() bool { return slices.Contains(fyne.CurrentApp().Driver().AllWindows(), w) }
	if !open() {
		t.Fatal("the shortcuts window did not open")
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if open() {
		t.Error("Esc did not close the shortcuts window")
	}
}

func TestChoosingAnArticleShowsItOnAnyTab(t *testing.T) {
	u, _ := openSeed(t)
	for _, tab := range []*container.TabItem{u.searchTab, u.claimsTab, u.tagsTab} {
		other := 0 // the row of the article not on display
		if u.list.items[0].ID == u.reader.art.ID {
			other = 1
		}
		u.tabs.Select(tab)
		settle(t, u)
		u.list.list.Select(other)
		settle(t, u)
		if u.tabs.Selected() != u.readTab || u.reader.art.ID != u.list.items[other].ID {
			t.Errorf("chosen from the %s tab: tab %q shows, article %s", tab.Text, u.tabs.Selected().Text, u.reader.art.ID)
		}
	}
}

func TestSidebarListsHighlightsAndOrphans(t *testing.T) {
	u, lib := openSeed(t)
	a, _ := lib.Article(seedID)
	save := func(lang article.Lang, quote string, orphan bool) {
		tg, _ := annotation.FindQuote(a, lang, quote, 1)
		an := annotation.New(a, tg, annotation.Blue)
		an.Orphan = orphan
		if err := lib.SaveAnnotation(an); err != nil {
			t.Fatal(err)
		}
	}
	save(article.EN, "Claude Cowork", false)
	save(article.ZH, "不具约束力", false)
	save(article.EN, "Amazon", true)
	u.open(seedID)
	settle(t, u)
	s := u.sidebar
	if len(s.live) != 2 || s.live[0].Target.Exact != "不具约束力" || len(s.orphans) != 1 {
		t.Fatalf("sidebar: %d live (first %q), %d orphans", len(s.live), s.live[0].Target.Exact, len(s.orphans))
	}
	// Attach the orphan to a new selection.
	r := u.reader
	en := r.page.rows[0].en
	tg, _ := annotation.FindQuote(r.art, article.EN, "Microsoft", 1)
	dragOver(t, u, en, tg.Start, tg.End)
	r.reattach(s.orphans[0])
	settle(t, u)
	if len(s.orphans) != 0 || len(s.live) != 3 {
		t.Errorf("after attach: %d live, %d orphans", len(s.live), len(s.orphans))
	}
	list, _, _ := lib.Annotations(seedID)
	for _, an := range list {
		if an.Orphan {
			t.Errorf("still an orphan on disk: %+v", an.Target)
		}
	}
}

func TestOnlyThePairsOnScreenAreDrawn(t *testing.T) {
	u, lib := newTestUI(t)
	var zh, en []string
	for i := range 40 {
		zh = append(zh, fmt.Sprintf("第%d段:人民币本周下跌 2%%,交易员预计央行将出手。", i+1))
		en = append(en, fmt.Sprintf("Paragraph %d: the yuan fell 2%% this week, and traders expect the central bank to step in.", i+1))
	}
	text := strings.Join(zh, "\n\n") + "\n\n" + strings.Join(en, "\n\n") + "\n\n2025-03-01 · 00112233445566\n"
	res := lib.Import("long.txt", []byte(text))
	if res.Status != library.Imported {
		t.Fatal(res.Err)
	}
	u.reader.setMode(sideBySide)
	u.openAt(res.ID, "")
	settle(t, u)
	r := u.reader
	drawn := func() []int {
		var pairs []int
		for _, o := range test.WidgetRenderer(r.page).Objects() {
			if v, ok := o.(*textView); ok && v.lang == article.ZH && v != r.page.title && v != r.page.meta {
				pairs = append(pairs, v.pair)
			}
		}
		return pairs
	}
	if d := drawn(); len(d) == 0 || d[0] != 0 || d[len(d)-1] >= 39 {
		t.Errorf("at the top, pairs %v drawn, want the first few of 40", d)
	}
	r.scrollToPair(20)
	if d := drawn(); len(d) == 0 || d[0] > 20 || d[len(d)-1] < 20 || d[0] == 0 {
		t.Errorf("at pair 21, pairs %v drawn", d)
	}
	r.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -1e6}})
	if d := drawn(); len(d) == 0 || d[len(d)-1] != 39 {
		t.Errorf("at the end, pairs %v drawn", d)
	}
	// The probe gives a paragraph off screen where the page has it.
	p := u.snapshot()
	origin := fyne.CurrentApp().Driver().AbsolutePositionForObject(r.page)
	for _, para := range p.Paragraphs {
		if para.Pair == 0 && para.Lang == "zh" {
			v := r.page.rows[0].zh
			want := int((origin.Y + v.Position().Y + v.layoutFor(v.Size().Width).lines[0].y) * p.Scale)
			if got := para.Lines[0].Y; got < want || got > want+int(v.layoutFor(v.Size().Width).lineHeight*p.Scale)+1 {
				t.Errorf("the first paragraph, scrolled off, is at y %d in the probe, want about %d", got, want)
			}
		}
	}
}
