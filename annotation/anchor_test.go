package annotation

import (
	"strings"
	"testing"

	"tandem/article"
)

// articleOf builds an article from English paragraphs (Chinese side empty)
// and Chinese ones, aligned by position.
func articleOf(en []string, zh []string) *article.Article {
	a := &article.Article{ID: "2026-01-01-00000000"}
	for i := range max(len(en), len(zh)) {
		var p article.Pair
		if i < len(en) {
			p.EN = en[i]
			p.SentencesEN = article.Sentences(en[i])
		}
		if i < len(zh) {
			p.ZH = zh[i]
			p.SentencesZH = article.Sentences(zh[i])
		}
		for k := range min(len(p.SentencesZH), len(p.SentencesEN)) {
			p.Links = append(p.Links, article.Link{ZH: k, EN: k})
		}
		a.Pairs = append(a.Pairs, p)
	}
	return a
}

func mustFind(t *testing.T, a *article.Article, lang article.Lang, quote string, n int) Target {
	t.Helper()
	tg, err := FindQuote(a, lang, quote, n)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

var lookAlike = []string{
	"Revenue rose 5% in 2024 while costs fell, the company said.",
	"Revenue rose 7% in 2025 while costs fell, the company said.",
}

func TestReanchor(t *testing.T) {
	tests := []struct {
		name  string
		old   []string // English paragraphs the annotation was made on
		quote string
		nth   int
		now   []string // the changed text
		how   Anchoring
		pair  int    // where it must land (ignored for orphans)
		exact string // the quote it must hold then
	}{
		{"unchanged", lookAlike, "while costs fell", 1, lookAlike, AnchorExact, 0, "while costs fell"},
		{"edit after the span", lookAlike, "Revenue rose 5%", 1,
			[]string{"Revenue rose 5% in 2024 while costs fell sharply, the firm said.", lookAlike[1]}, AnchorExact, 0, "Revenue rose 5%"},
		{"edit before the span", lookAlike, "while costs fell", 1,
			[]string{"Overall, revenue rose 5% in 2024 while costs fell, the company said.", lookAlike[1]}, AnchorMoved, 0, "while costs fell"},
		{"edit inside the span (a typo fixed)", []string{"The company recieved strong orders in March."}, "recieved strong orders", 1,
			[]string{"The company received strong orders in March."}, AnchorFuzzy, 0, "received strong orders"},
		{"paragraph inserted before", lookAlike, "while costs fell", 2,
			append([]string{"A new opening paragraph."}, lookAlike...), AnchorMoved, 2, "while costs fell"},
		{"look-alike trap: its paragraph deleted, its twin differs by a number", lookAlike, "while costs fell", 1,
			[]string{lookAlike[1]}, AnchorOrphan, 0, ""},
		{"look-alike trap: the figure in the span changed", lookAlike, "Revenue rose 5%", 1,
			[]string{"Revenue rose 6% in 2024 while costs fell, the company said.", lookAlike[1]}, AnchorOrphan, 0, ""},
		{"look-alike trap: fuzzy match only in the twin", lookAlike, "Revenue rose 5% in 2024", 1,
			[]string{"Sales were flat.", lookAlike[1]}, AnchorOrphan, 0, ""},
		{"paragraphs reordered", lookAlike, "Revenue rose 5%", 1,
			[]string{lookAlike[1], lookAlike[0]}, AnchorMoved, 1, "Revenue rose 5%"},
		{"paragraph merged onto the one before", lookAlike, "while costs fell", 2,
			[]string{lookAlike[0] + "\n" + lookAlike[1]}, AnchorMoved, 0, "while costs fell"},
		{"a figure next to the span changed", lookAlike, "while costs fell", 1,
			[]string{"Revenue rose 9% in 2024 while costs fell, the company said.", lookAlike[1]}, AnchorOrphan, 0, ""},
		{"quote rewritten", lookAlike, "while costs fell", 1,
			[]string{"Revenue rose 5% in 2024 as expenses dropped.", lookAlike[1]}, AnchorOrphan, 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			old := mustFind(t, articleOf(tc.old, nil), article.EN, tc.quote, tc.nth)
			now := articleOf(tc.now, nil)
			got, how := Reanchor(now, old)
			if how != tc.how {
				t.Fatalf("anchoring %v, want %v (landed on pair %d %q)", how, tc.how, got.Pair, got.Exact)
			}
			if how == AnchorOrphan {
				if got != old {
					t.Errorf("an orphan must keep its old target: %+v", got)
				}
				return
			}
			text := []rune(now.Pairs[got.Pair].EN)
			if got.Pair != tc.pair || got.Exact != tc.exact || string(text[got.Start:got.End]) != tc.exact {
				t.Errorf("landed on pair %d %q (text there %q), want pair %d %q", got.Pair, got.Exact, string(text[got.Start:got.End]), tc.pair, tc.exact)
			}
		})
	}
}

func TestReanchorChineseNumbersGuardTheTrap(t *testing.T) {
	zh := []string{"公司二〇二四年营收增长五成，成本下降。", "公司二〇二五年营收增长七成，成本下降。"}
	old := mustFind(t, articleOf(nil, zh), article.ZH, "营收增长五成", 1)
	if _, how := Reanchor(articleOf(nil, zh[1:]), old); how != AnchorOrphan {
		t.Errorf("moved onto the twin paragraph (%v), want orphan", how)
	}
}

func TestFindQuoteOccurrences(t *testing.T) {
	a := articleOf([]string{"aa aa", "xx aa"}, []string{"投资投资", ""})
	for _, tc := range []struct {
		lang       article.Lang
		quote      string
		n          int
		pair, from int
		err        bool
	}{
		{article.EN, "aa", 1, 0, 0, false},
		{article.EN, "aa", 2, 0, 3, false},
		{article.EN, "aa", 3, 1, 3, false},
		{article.EN, "aa", 4, 0, 0, true},
		{article.ZH, "投资", 2, 0, 2, false},
		{article.ZH, "资投", 1, 0, 1, false},
		{article.EN, "missing", 1, 0, 0, true},
		{article.EN, "aa", 0, 0, 0, true},
	} {
		got, err := FindQuote(a, tc.lang, tc.quote, tc.n)
		if (err != nil) != tc.err {
			t.Errorf("%q #%d: error %v", tc.quote, tc.n, err)
			continue
		}
		if err == nil && (got.Pair != tc.pair || got.Start != tc.from || got.Exact != tc.quote) {
			t.Errorf("%q #%d: got pair %d at %d", tc.quote, tc.n, got.Pair, got.Start)
		}
	}
}

func TestCounterpartIsTheLinkedSentences(t *testing.T) {
	a := articleOf(
		[]string{"Nvidia hedged. OpenAI raised money. Microsoft waited."},
		[]string{"Nvidia 对冲了。OpenAI 募集了资金。Microsoft 在等待。"})
	tg := mustFind(t, a, article.EN, "raised", 1)
	c := CounterpartOf(a, tg)
	if c == nil || c.Lang != article.ZH || c.Exact != "OpenAI 募集了资金。" {
		t.Fatalf("counterpart %+v", c)
	}
	span := mustFind(t, a, article.ZH, "对冲了。OpenAI", 1)
	if c := CounterpartOf(a, span); c == nil || c.Exact != "Nvidia hedged. OpenAI raised money." {
		t.Errorf("a span over two sentences: counterpart %+v", c)
	}
	lonely := articleOf([]string{"Only English here."}, nil)
	if c := CounterpartOf(lonely, mustFind(t, lonely, article.EN, "English", 1)); c != nil {
		t.Errorf("counterpart in an empty paragraph: %+v", c)
	}
}

func TestAnnotationReanchorKeepsChosenCounterpart(t *testing.T) {
	a := articleOf([]string{"Nvidia hedged. OpenAI raised money."}, []string{"Nvidia 对冲了。OpenAI 募集了资金。"})
	an := New(a, mustFind(t, a, article.EN, "hedged", 1), Yellow)
	chosen := mustFind(t, a, article.ZH, "募集", 1)
	an.Counterpart, an.CounterpartSet = &chosen, true

	edited := articleOf([]string{"Nvidia quietly hedged. OpenAI raised money."}, []string{"Nvidia 对冲了。OpenAI 再次募集了资金。"})
	if how := an.Reanchor(edited); how != AnchorMoved {
		t.Errorf("anchoring %v", how)
	}
	if an.Counterpart == nil || an.Counterpart.Exact != "募集" || !an.CounterpartSet {
		t.Errorf("the chosen counterpart was not kept: %+v", an.Counterpart)
	}
	gone := articleOf([]string{"Something else entirely."}, nil)
	if how := an.Reanchor(gone); how != AnchorOrphan || !an.Orphan || an.Target.Exact != "hedged" {
		t.Errorf("orphan: %v %+v", how, an.Target)
	}
}

func TestAnnotationReanchorKeepsHowTheCounterpartWasMade(t *testing.T) {
	a := articleOf([]string{"The central bank cut rates. Growth slowed."}, []string{"央行降息了。经济增长放缓。"})
	edited := articleOf([]string{"Today the central bank cut rates. Growth slowed."}, []string{"今天央行降息了。经济增长放缓。"})
	word := New(a, mustFind(t, a, article.EN, "central bank", 1), Yellow)
	if word.Counterpart == nil || word.Counterpart.Exact != "央行" || word.CounterpartConfidence == 0 {
		t.Fatalf("new: counterpart %+v, confidence %v", word.Counterpart, word.CounterpartConfidence)
	}
	old := word.Clone()
	old.Counterpart, old.CounterpartConfidence = CounterpartOf(a, old.Target), 0
	word.Reanchor(edited)
	old.Reanchor(edited)
	if word.Counterpart == nil || word.Counterpart.Exact != "央行" || word.Counterpart.Start != 2 || word.CounterpartConfidence == 0 {
		t.Errorf("word counterpart after the edit: %+v, confidence %v", word.Counterpart, word.CounterpartConfidence)
	}
	if old.Counterpart == nil || old.Counterpart.Exact != "今天央行降息了。" || old.CounterpartConfidence != 0 {
		t.Errorf("sentence counterpart after the edit: %+v, confidence %v", old.Counterpart, old.CounterpartConfidence)
	}
}

// TestReanchorKeepsTheWordsWhereTheyStand: words the finder chose stay as
// they are while the highlight and they keep their places within the
// linked sentence, so re-anchoring never asks the finder again (a term
// added since moves nothing); out of the linked sentence, they are found
// again.
func TestReanchorKeepsTheWordsWhereTheyStand(t *testing.T) {
	a := articleOf([]string{"The central bank cut rates. Growth slowed."}, []string{"央行降息了。经济增长放缓。"})
	an := New(a, mustFind(t, a, article.EN, "central bank", 1), Yellow)
	an.Counterpart = &Target{Lang: article.ZH, Pair: 0, Start: 0, End: 4, Exact: "央行降息"}
	if how := an.Reanchor(a); how != AnchorExact || an.Counterpart.Exact != "央行降息" {
		t.Errorf("re-anchored on the same text (%v): %+v, want 央行降息 kept", how, an.Counterpart)
	}
	an.Counterpart = &Target{Lang: article.ZH, Pair: 0, Start: 6, End: 10, Exact: "经济增长"}
	if an.Reanchor(a); an.Counterpart.Exact != "央行" {
		t.Errorf("a counterpart outside the linked sentence: %+v, want 央行 found again", an.Counterpart)
	}
}

func TestTags(t *testing.T) {
	an := &Annotation{}
	for _, tag := range []string{" Forecast ", "#forecast", "ＡＩ  chips", "AI chips", ""} {
		an.AddTag(tag)
	}
	if got := strings.Join(an.Tags, "|"); got != "Forecast|ＡＩ chips" {
		t.Errorf("tags %q", got)
	}
	if !an.RenameTag("ai CHIPS", "semis") || strings.Join(an.Tags, "|") != "Forecast|semis" {
		t.Errorf("rename: %q", an.Tags)
	}
	an.AddTag("claim")
	if !an.RenameTag("claim", "Forecast") || strings.Join(an.Tags, "|") != "Forecast|semis" {
		t.Errorf("merge: %q", an.Tags)
	}
	if an.RenameTag("semis", "semis") {
		t.Error("renaming a tag to itself reported a change")
	}
	if got := an.ClaimTypes(DefaultClaimTypes); strings.Join(got, "|") != "Forecast" {
		t.Errorf("claim types %q", got)
	}
}
