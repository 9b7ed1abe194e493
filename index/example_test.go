package index_test

import (
	"context"
	"fmt"
	"io/fs"

	"tandem/annotation"
	"tandem/article"
	"tandem/index"
)

// texts serves a search the articles it finds; the library serves them
// from its files.
type texts map[string]*article.Article

func (t texts) Article(id string) (*article.Article, error) {
	if a, ok := t[id]; ok {
		return a, nil
	}
	return nil, fs.ErrNotExist
}

func (t texts) Annotations(string, []string) ([]*annotation.Annotation, error) { return nil, nil }

func ExampleIndex_Search() {
	x, err := index.Open("", index.Options{}) // in memory
	if err != nil {
		fmt.Println(err)
		return
	}
	defer x.Close()
	a := &article.Article{ID: "2026-02-05-fb404c39", Title: "Nvidia hedges", Source: "Avalaches", Date: "2026-02-05",
		Pairs: []article.Pair{{
			ZH: "Nvidia 先前宣布的 1,000 亿美元投資其实不具约束力。",
			EN: "Nvidia's announced $100 billion investment was nonbinding.",
		}}}
	if err := x.Update([]index.Entry{{Article: a, Stamp: "1"}}, nil); err != nil {
		fmt.Println(err)
		return
	}
	for _, q := range []string{"投资 1000", "nvidia investments", `"不具约束力" after:2026-01-01`, `"投资`} {
		res, err := x.Search(context.Background(), q, index.SearchOptions{}, texts{a.ID: a})
		if err != nil {
			fmt.Printf("%s: %v\n", q, err)
			continue
		}
		for _, h := range res.Hits {
			fmt.Printf("%s: %s ", q, h.ID)
			for _, p := range h.Snippets[0].Text {
				if p.Mark {
					fmt.Printf("[%s]", p.Text)
				} else {
					fmt.Print(p.Text)
				}
			}
			fmt.Println()
		}
	}
	// Output:
	// 投资 1000: 2026-02-05-fb404c39 Nvidia 先前宣布的 [1,000] 亿美元[投資]其实不具约束力。
	// nvidia investments: 2026-02-05-fb404c39 [Nvidia] 先前宣布的 1,000 亿美元投資其实不具约束力。
	// "不具约束力" after:2026-01-01: 2026-02-05-fb404c39 Nvidia 先前宣布的 1,000 亿美元投資其实[不具约束力]。
	// "投资: unclosed quote at position 1
}
