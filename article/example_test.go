package article_test

import (
	"errors"
	"fmt"

	"tandem/article"
)

// ExampleParse reads a small interleaved article, then walks its pairs: each
// pair holds a Chinese and an English paragraph, their sentences as rune
// spans, and links between the sentences that translate each other.
func ExampleParse() {
	input := []byte("Nvidia denies it. Huang says the U.S. deal is fine.\n" +
		"英伟达否认。黄仁勋说美国的交易没问题。\n\n" +
		"Microsoft owns 27% of OpenAI.\n" +
		"微软持有 OpenAI 27% 的股份。\n")

	a, err := article.Parse(input)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("format:", a.Format)
	fmt.Println("title:", a.Title)
	for i, p := range a.Pairs {
		zh, en := []rune(p.ZH), []rune(p.EN)
		for _, l := range p.Links {
			s, t := p.SentencesZH[l.ZH], p.SentencesEN[l.EN]
			fmt.Printf("pair %d: %s = %s\n", i, string(zh[s.Start:s.End]), string(en[t.Start:t.End]))
		}
	}

	_, err = article.Parse([]byte("\n \n"))
	fmt.Println("empty file:", errors.Is(err, article.ErrEmpty))
	// Output:
	// format: interleaved
	// title: Nvidia denies it
	// pair 0: 英伟达否认。 = Nvidia denies it.
	// pair 0: 黄仁勋说美国的交易没问题。 = Huang says the U.S. deal is fine.
	// pair 1: 微软持有 OpenAI 27% 的股份。 = Microsoft owns 27% of OpenAI.
	// empty file: true
}

// ExampleArticle_SplitPair fixes an alignment by hand: a pair that holds
// two paragraphs is split at a sentence, the other language following the
// links, and the edit is recorded so that it can be replayed on the source.
func ExampleArticle_SplitPair() {
	source := []byte("英伟达否认。\n\n微软沉默。\n\nNvidia denies it. Microsoft is silent.\n")
	a, err := article.Parse(source)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d pair: %q | %q\n", len(a.Pairs), a.Pairs[0].ZH, a.Pairs[0].EN)

	if err := a.SplitPair(0, article.EN, 1); err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range a.Pairs {
		fmt.Printf("%q | %q, confidence %v, low: %v\n", p.ZH, p.EN, p.Confidence, p.LowConfidence())
	}
	again, _ := article.Replay(source, a.Edits)
	fmt.Println("replayed:", len(again.Pairs), "pairs,", len(again.Edits), "edit")

	err = a.MergePairs(5)
	fmt.Println(errors.Is(err, article.ErrEdit))
	// Output:
	// 1 pair: "英伟达否认。\n微软沉默。" | "Nvidia denies it. Microsoft is silent."
	// "英伟达否认。" | "Nvidia denies it.", confidence 1, low: false
	// "微软沉默。" | "Microsoft is silent.", confidence 1, low: false
	// replayed: 2 pairs, 1 edit
	// true
}

func ExampleIsHan() {
	for _, r := range "Nvidia 投資〇。" {
		if article.IsHan(r) {
			fmt.Printf("%c", r)
		}
	}
	fmt.Println()
	// Output: 投資〇
}
