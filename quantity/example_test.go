package quantity_test

import (
	"fmt"

	"tandem/article"
	"tandem/quantity"
)

// ExampleExtract reads the figures of a Chinese sentence and normalises
// them: 1,000 亿美元 is 10^11 USD, 1.4 兆美元 is $1.4 trillion.
func ExampleExtract() {
	for _, q := range quantity.Extract("约 1.4 兆美元的承诺,约为 2025 年营收的 100 倍;另募 1,000 亿美元。", article.ZH) {
		fmt.Printf("%q = %s\n", q.Text, q.Normalized())
	}
	// Output:
	// "1.4 兆美元" = 1,400,000,000,000 USD
	// "2025 年" = 2025 year
	// "100 倍" = 100 x
	// "1,000 亿美元" = 100,000,000,000 USD
}

// ExampleCheck finds the figure a translation changed: the Chinese says 150
// 亿美元 where the English says $13 billion. Both are reported, in their
// pair; the 27% that both state is not.
func ExampleCheck() {
	a, err := article.Parse([]byte("Microsoft's early $13 billion bet now equates to a 27% stake.\n" +
		"微软早期的 150 亿美元投资换得 27% 持股。\n\n" +
		"Nvidia denies it.\n英伟达否认。\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range quantity.Check(a) {
		fmt.Printf("¶%d %s %q %s\n", m.Pair+1, m.Lang, m.Text, m.Normalized())
	}
	// Output:
	// ¶1 zh "150 亿美元" 15,000,000,000 USD
	// ¶1 en "$13 billion" 13,000,000,000 USD
}
