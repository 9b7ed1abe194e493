package annotation

import (
	"fmt"
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

// BenchmarkRefineWithTerms is BenchmarkRefine's Chinese and English
// selections with a term list of 0, 100 and 1,000 pairs, none of which is in
// the selection: what the term list adds to every highlight.
func BenchmarkRefineWithTerms(b *testing.B) {
	d := bundledDict(b)
	a := segmentArticle("本周，中国海关总署公布的统计数据显示，今年前7个月，中国进出口总值13.21万亿元人民币，比去年同期下降3％。",
		"This week, China's General Administration of Customs released statistics show that the first 7 months of this year, China's import and export value of 13.21 trillion yuan, down 3% over the same period last year.")
	han := []rune("的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从")
	var pairs []dict.TermPair
	for i := range 1000 {
		pairs = append(pairs, dict.TermPair{ZH: string([]rune{han[i%len(han)], han[(i/len(han)+7)%len(han)], '甲'}), EN: "term" + string(rune('a'+i%26)) + string(rune('a'+i/26%26))})
	}
	for _, lang := range []article.Lang{article.ZH, article.EN} {
		quote := map[article.Lang]string{article.ZH: "进出口总值", article.EN: "General Administration of Customs"}[lang]
		tg, err := FindQuote(a, lang, quote, 1)
		if err != nil {
			b.Fatal(err)
		}
		sentence := *CounterpartOf(a, tg)
		for _, n := range []int{0, 100, 1000} {
			list := dict.NewTerms(pairs[:n])
			b.Run(fmt.Sprintf("%s/%d", lang, n), func(b *testing.B) {
				SetTerms(list)
				defer SetTerms(nil)
				for b.Loop() {
					Refine(a, d, tg, sentence)
				}
			})
		}
	}
}

// FuzzRefineWithTerms is FuzzRefine with a term list of one fuzzed pair:
// whatever the pair, the counterpart stays a non-empty span inside the
// linked sentences, with a confidence in (0, 1].
func FuzzRefineWithTerms(f *testing.F) {
	f.Add("央行宣布降息。", "The central bank announced monetary easing.", 0, 7, false, "降息", "monetary easing")
	f.Add("这份协议不具约束力。", "The agreement is nonbinding.", 17, 27, false, "不具约束力", "nonbinding")
	f.Add("投資者看好投资", "Investors like capital spending.", 0, 2, true, "投资", "capital spending")
	d := bundledDict(f)
	f.Fuzz(func(t *testing.T, zh, en string, start, end int, chinese bool, termZH, termEN string) {
		SetTerms(dict.NewTerms([]dict.TermPair{{ZH: termZH, EN: termEN}}))
		defer SetTerms(nil)
		checkRefine(t, d, zh, en, start, end, chinese)
	})
}
