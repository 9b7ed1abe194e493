package index

import (
	"slices"
	"strings"
	"testing"

	"tandem/article"
)

// markText marks the query's terms in text the way a search does, and
// shows the marks as <mark>…</mark>.
func markText(t *testing.T, query, text string) string {
	t.Helper()
	return markup(fragment(text, newMarker(mustPlan(t, query).mark).marks(text)))
}

// markup writes parts with <mark>…</mark> around the marked ones.
func markup(parts []SnippetPart) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Mark {
			b.WriteString("<mark>" + p.Text + "</mark>")
		} else {
			b.WriteString(p.Text)
		}
	}
	return b.String()
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
		{"nothing escaped", "rate", "a<b & rate>c", "a<b & <mark>rate</mark>>c"},
		{"excluded word not marked", "投资 -美元", "美元投资", "美元<mark>投资</mark>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := markText(t, tc.query, tc.text); got != tc.want {
				t.Errorf("%s in %q:\n got %s\nwant %s", tc.query, tc.text, got, tc.want)
			}
		})
	}
}

func TestSnippetParts(t *testing.T) {
	for _, tc := range []struct {
		name, query, text string
		want              []SnippetPart
	}{
		{"marks apart", "投", " 投资与投入 ", []SnippetPart{{"投", true}, {"资与", false}, {"投", true}, {"入", false}}},
		{"marks that touch are one", "投资 美元", "美元投资", []SnippetPart{{"美元投资", true}}},
		{"no mark", "rate", "nothing here", []SnippetPart{{"nothing here", false}}},
		{"text as written", "rate", "a<b & rate>c", []SnippetPart{{"a<b & ", false}, {"rate", true}, {">c", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := fragment(tc.text, newMarker(mustPlan(t, tc.query).mark).marks(tc.text))
			if !slices.Equal(got, tc.want) {
				t.Errorf("%s in %q: %+v, want %+v", tc.query, tc.text, got, tc.want)
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
	if got := aligned(p, article.ZH, spans, nil); !slices.Equal(got, []SnippetPart{{Text: "…The investment was nonbinding."}}) {
		t.Errorf("aligned = %+v", got)
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
