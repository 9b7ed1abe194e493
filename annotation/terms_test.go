package annotation

import (
	"testing"

	"tandem/article"
	"tandem/dict"
)

// TestRefineTermsOverrideTheDictionary checks that a pair of the reader's
// term list finds its counterpart where the dictionary finds another or
// none, in both directions and by either script, and that without the list
// the dictionary's answer stands.
func TestRefineTermsOverrideTheDictionary(t *testing.T) {
	d := bundledDict(t)
	const zh = "央行宣布降息，以提振资本开支和投资者信心。"
	const en = "The central bank announced monetary easing to lift capital spending and investor confidence."
	terms := dict.NewTerms([]dict.TermPair{
		{ZH: "降息", EN: "monetary easing"},
		{ZH: "資本開支", EN: "capital spending"}, // written in traditional characters
		{ZH: "不具约束力", EN: "nonbinding"},
	})
	for _, tc := range []struct {
		name      string
		zh, en    string
		lang      article.Lang
		selection string
		list      *dict.Terms
		want      string
	}{
		{"Chinese to English", zh, en, article.ZH, "降息", terms, "monetary easing"},
		{"English to Chinese, inflected", zh, en + " Monetary easing helps.", article.EN, "monetary easing", terms, "降息"},
		{"traditional pair, simplified text", zh, en, article.ZH, "资本开支", terms, "capital spending"},
		{"a term the dictionary does not know", "这份协议不具约束力。", "The agreement is nonbinding.", article.EN, "nonbinding", terms, "不具约束力"},
		{"without the list the dictionary does not know it", "这份协议不具约束力。", "The agreement is nonbinding.", article.EN, "nonbinding", nil, "这份协议不具约束力。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			SetTerms(tc.list)
			t.Cleanup(func() { SetTerms(nil) })
			a := segmentArticle(tc.zh, tc.en)
			tg := mustFind(t, a, tc.lang, tc.selection, 1)
			got, confidence := Refine(a, d, tg, *CounterpartOf(a, tg))
			if got.Exact != tc.want {
				t.Errorf("%q: got %q (confidence %.2f), want %q", tc.selection, got.Exact, confidence, tc.want)
			}
		})
	}
}
