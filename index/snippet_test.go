package index

import (
	"strings"
	"testing"

	"tandem/article"
)

// markText marks the query's terms in text the way a search does.
func markText(t *testing.T, query, text string) string {
	t.Helper()
	return fragment(text, newMarker(mustPlan(t, query).mark).marks(text))
}

func TestSnippetMarks(t *testing.T) {
	for _, tc := range []struct {
		name, query, text, want string
	}{
		{"Chinese word", "投资", "美元投资其实", "美元<mark>投资</mark>其实"},
		{"traditional query, simplified text", "投資", "美元投资", "美元<mark>投资</mark>"},
		{"simplified query, traditional text", "投资", "美元投資", "美元<mark>投資</mark>"},
		{"one character", "投", "投资与投入", "<mark>投</mark>资与<mark>投</mark>入"},
		{"phrase marked whole", `"不具约束力"`, "其实不具约束力,", "其实<mark>不具约束力</mark>,"},
		{"phrase words apart not marked", `"interest rate"`, "rate of interest", "rate of interest"},
		{"English phrase", `"interest rate"`, "the interest rate rose", "the <mark>interest rate</mark> rose"},
		{"stem", "investments", "An Investment.", "An <mark>Investment</mark>."},
		{"number", "1000", "$1,000 and １，０００", "$<mark>1,000</mark> and <mark>１，０００</mark>"},
		{"escaped", "rate", "a<b & rate>c", "a&lt;b &amp; <mark>rate</mark>&gt;c"},
		{"excluded word not marked", "投资 -美元", "美元投资", "美元<mark>投资</mark>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := markText(t, tc.query, tc.text); got != tc.want {
				t.Errorf("%s in %q:\n got %s\nwant %s", tc.query, tc.text, got, tc.want)
			}
		})
	}
}

func TestFragmentCutsAroundTheFirstMatch(t *testing.T) {
	long := strings.Repeat("word ", 100) + "target " + strings.Repeat("tail ", 100)
	got := markText(t, "target", long)
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !strings.Contains(got, "<mark>target</mark>") {
		t.Errorf("fragment %q", got)
	}
	if n := len([]rune(got)); n > fragmentRunes+len("<mark></mark>")+2 {
		t.Errorf("fragment of %d runes, want about %d", n, fragmentRunes)
	}
	if strings.Contains(got, "wor…") || strings.Contains(got, "…ord") {
		t.Errorf("fragment cuts a word: %q", got)
	}
}

func TestAlignedShowsTheLinkedSentence(t *testing.T) {
	p := &article.Pair{
		ZH: "第一句。投资不具约束力。", EN: "First sentence. The investment was nonbinding.",
		SentencesZH: []article.Span{{Start: 0, End: 4}, {Start: 4, End: 12}},
		SentencesEN: []article.Span{{Start: 0, End: 15}, {Start: 16, End: 46}},
		Links:       []article.Link{{ZH: 0, EN: 0}, {ZH: 1, EN: 1}},
	}
	spans := newMarker(mustPlan(t, "约束").mark).marks(p.ZH)
	if got := aligned(p, article.ZH, spans, nil); got != "…The investment was nonbinding." {
		t.Errorf("aligned = %q", got)
	}
}

func mustPlan(t *testing.T, query string) *plan {
	t.Helper()
	q, err := Parse(query)
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlan(q, nil)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
