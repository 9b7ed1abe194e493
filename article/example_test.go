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
