package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
	"tandem/internal/testenv"
	"tandem/library"
	"tandem/quantity"
)

func TestCheckTranslationListsChangedFigure(t *testing.T) {
	u, lib := newTestUI(t)
	changed := strings.Replace(string(testenv.Seed(t)), "130 亿美元", "150 亿美元", 1)
	r := lib.Import("changed.txt", []byte(changed))
	if r.Status != library.Imported {
		t.Fatal(r.Err)
	}
	u.open(r.ID)
	settle(t, u)
	c := u.reader.check
	if len(c.found) != 2 {
		t.Fatalf("%d mismatches, want the changed figure and its English original: %+v", len(c.found), c.found)
	}
	var texts []string
	for _, m := range c.found {
		texts = append(texts, m.Text)
	}
	if got := strings.Join(texts, " | "); !strings.Contains(got, "150 亿美元") || !strings.Contains(got, "$13 billion") {
		t.Errorf("mismatches %q", got)
	}
	if len(c.rows) != 1 || len(c.cards.Objects) != 1 {
		t.Fatalf("%d rows, %d cards; want the changed figure's row once", len(c.rows), len(c.cards.Objects))
	}
	test.Tap(c.cards.Objects[0].(*checkCard))
	pair := c.found[0].Pair
	row := u.reader.page.rows[pair]
	for _, v := range []*textView{row.zh, row.en} {
		marked := false
		for _, m := range v.marks {
			if m.fill == u.color(colorMismatch) {
				marked = true
			}
		}
		if !marked {
			t.Errorf("%s side of pair %d not marked", v.lang, pair)
		}
	}
}

func TestSeedNeedsNoTranslationCheck(t *testing.T) {
	u, _ := openSeed(t)
	if c := u.reader.check; len(c.found) != 0 || !strings.HasPrefix(c.summary.Text, "Every figure") {
		t.Errorf("the sample article: %d mismatches, %q", len(c.found), c.summary.Text)
	}
}

func TestAcceptNumberCandidate(t *testing.T) {
	u, lib := openSeed(t)
	r := u.reader
	// Click the English sentence with $1.4 trillion and 100×.
	en := r.page.rows[1].en
	off := len([]rune(string(en.runes)[:strings.Index(string(en.runes), "$1.4 trillion")]))
	r.hovered(en, off)
	if u.status.label.Text != figureHint() {
		t.Errorf("pointing at a sentence with figures, the status bar says %q", u.status.label.Text)
	}
	r.tapped(en, off)
	if len(r.candidateMarks(1, "en")) < 3 {
		t.Fatalf("figures not underlined: %v", r.candidateMarks(1, "en"))
	}
	r.page.TypedRune('a')
	settle(t, u)
	list, _, _ := lib.Annotations(seedID)
	if len(list) != 1 || !list[0].HasTag("number") || len(list[0].Figures) < 3 {
		t.Fatalf("saved %+v", list)
	}
	var units []string
	for _, f := range list[0].Figures {
		units = append(units, f.Quote+"="+f.Unit)
	}
	if got := strings.Join(units, ","); !strings.Contains(got, "$1.4 trillion=USD") || !strings.Contains(got, "100×=x") {
		t.Errorf("figures %s", got)
	}
}

func TestUncertainRowsAreMarked(t *testing.T) {
	u, lib := newTestUI(t)
	// The English side has a paragraph the Chinese lacks: its row is
	// one-sided and uncertain.
	text := "英伟达否认了报道。\n\n微软保持沉默。\n\nNvidia denied the report.\n\nA note the translator left out entirely, about something else.\n\nMicrosoft stayed silent.\n"
	r := lib.Import("uneven.txt", []byte(text))
	u.open(r.ID)
	settle(t, u)
	marked := 0
	for i, m := range u.reader.page.margins {
		if !m.Hidden {
			marked++
			if !u.reader.art.Pairs[i].LowConfidence() {
				t.Errorf("row %d marked but confident", i)
			}
		}
	}
	if marked == 0 {
		t.Error("no row marked as uncertain")
	}
}

func TestCheckTranslationShowAll(t *testing.T) {
	u, lib := newTestUI(t)
	text := "Trade rests on goods, money and people.\n贸易建立在三个方面之上：商品、货币和人员。\n"
	r := lib.Import("three.txt", []byte(text))
	if r.Status != library.Imported {
		t.Fatal(r.Err)
	}
	u.open(r.ID)
	settle(t, u)
	c := u.reader.check
	if len(c.found) != 0 || !strings.Contains(c.summary.Text, "Show all lists them") {
		t.Fatalf("by default: %d listed, summary %q; want none and a pointer to Show all", len(c.found), c.summary.Text)
	}
	c.showAll.SetChecked(true)
	if len(c.found) != 1 || c.found[0].Text != "三" || c.found[0].IsLikely() {
		t.Fatalf("with Show all: %+v, want the counting word 三, not likely", c.found)
	}
	if line := describeMismatch(c.found[0]); !strings.Contains(line, "likely not a mismatch") || !strings.Contains(line, "a counting word") {
		t.Errorf("row says %q", line)
	}
	c.choose(0)
	if marks := u.reader.mismatchMarks(0, "zh"); len(marks) != 1 {
		t.Errorf("%d marks on the Chinese side, want 1", len(marks))
	}
	c.showAll.SetChecked(false)
	if len(c.found) != 0 || len(u.reader.mismatchMarks(0, "zh")) != 0 {
		t.Errorf("Show all off: %d listed, %d marks", len(c.found), len(u.reader.mismatchMarks(0, "zh")))
	}
}

func TestCheckTranslationAddsCardsOnRequest(t *testing.T) {
	u, lib := newTestUI(t)
	var b strings.Builder
	for i := range cardsAtOnce + 5 {
		fmt.Fprintf(&b, "公司投资 %d 亿美元。\nThe company invested $%d billion.\n\n", 100+i, 90+i)
	}
	r := lib.Import("many.txt", []byte(b.String()))
	if r.Status != library.Imported {
		t.Fatal(r.Err)
	}
	u.open(r.ID)
	settle(t, u)
	c := u.reader.check
	if len(c.rows) != cardsAtOnce+5 {
		t.Fatalf("%d rows listed, want %d", len(c.rows), cardsAtOnce+5)
	}
	objs := c.cards.Objects
	more, ok := objs[len(objs)-1].(*widget.Button)
	if len(objs) != cardsAtOnce+1 || !ok || !strings.Contains(more.Text, "5 more rows") {
		t.Fatalf("%d objects, the last %T; want %d cards and a button for 5 more rows", len(objs), objs[len(objs)-1], cardsAtOnce)
	}
	test.Tap(more)
	if n := len(c.cards.Objects); n != cardsAtOnce+5 {
		t.Errorf("after the button: %d objects, want %d cards and no button", n, cardsAtOnce+5)
	}
	test.Tap(c.cards.Objects[cardsAtOnce+4].(*checkCard))
	if u.reader.mismatchPair != cardsAtOnce+4 {
		t.Errorf("the last card marks pair %d, want %d", u.reader.mismatchPair, cardsAtOnce+4)
	}
}

func TestCheckReasonsInTheWindowsLanguage(t *testing.T) {
	p := article.Pair{ZH: "微软早期的 150 亿美元投资换得 27% 持股。", EN: "Microsoft's early $13 billion bet now equates to a 27% stake."}
	ms := quantity.CheckPair(0, &p)
	if len(ms) != 2 {
		t.Fatalf("mismatches %+v, want the changed amount on both sides", ms)
	}
	if got := describeMismatch(ms[0]); !strings.Contains(got, "no counterpart; the English text says $13 billion") {
		t.Errorf("in English: %q", got)
	}
	withLanguage(t, "zh-Hans", nil)
	if got := describeMismatch(ms[0]); !strings.Contains(got, "没有对应；英文文本写作 $13 billion") {
		t.Errorf("in Simplified Chinese: %q", got)
	}
	if got := describeMismatch(ms[1]); !strings.Contains(got, "没有对应；中文文本写作 150 亿美元") {
		t.Errorf("in Simplified Chinese: %q", got)
	}
}
