package index

import (
	"errors"
	"testing"

	"tandem/article"
)

func TestMatcherGivesRuneSpans(t *testing.T) {
	for _, tc := range []struct {
		name, query, text string
		lang              article.Lang
		want              []string
	}{
		{"Chinese, traditional query", "投資", "美元投资其实，投资者", article.ZH, []string{"投资", "投资"}},
		{"stemmed English", "investments", "An Investment, investing and invest.", article.EN, []string{"Investment", "investing", "invest"}},
		{"phrase in Chinese after Latin", `"不具约束力"`, "OpenAI 的投资其实不具约束力。", article.ZH, []string{"不具约束力"}},
		{"Latin name inside Chinese", "OpenAI", "对 OpenAI 的投资", article.ZH, []string{"OpenAI"}},
		{"other language asked for", "lang:en 投资", "美元投资", article.ZH, nil},
		{"filters mark nothing", "tag:forecast", "a forecast", article.EN, nil},
		{"excluded words mark nothing", "rate -interest", "rate of interest", article.EN, []string{"rate"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := NewMatcher(tc.query)
			if err != nil {
				t.Fatal(err)
			}
			runes := []rune(tc.text)
			var got []string
			for _, s := range m.Matches(tc.text, tc.lang) {
				got = append(got, string(runes[s.Start:s.End]))
			}
			if len(got) != len(tc.want) {
				t.Fatalf("marked %q, want %q", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("marked %q, want %q", got, tc.want)
				}
			}
		})
	}
}

func TestMatcherRefusesAMalformedQuery(t *testing.T) {
	if _, err := NewMatcher(`"open`); !errors.Is(err, ErrQuery) {
		t.Errorf("NewMatcher of an unclosed quote: %v, want a query error", err)
	}
}
