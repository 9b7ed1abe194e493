package lexicon

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/dict"
)

// wmtPairs reads the WMT newstest segments of internal/eval/testdata/wmt
// (real professional translations), leaving out the refs in skip.
func wmtPairs(t testing.TB, skip map[string]bool) [][3]string {
	t.Helper()
	var out [][3]string
	for _, name := range []string{"newstest2019.tsv", "newstest2020.tsv"} {
		f, err := os.Open(filepath.Join("..", "internal", "eval", "testdata", "wmt", name))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			p := strings.Split(sc.Text(), "\t")
			if len(p) == 3 && !skip[p[0]] {
				out = append(out, [3]string{p[0], p[1], p[2]})
			}
		}
		f.Close()
	}
	return out
}

func TestShowWMT(t *testing.T) {
	if os.Getenv("LEXICON_SHOW") == "" {
		t.Skip()
	}
	d, err := dict.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	b := NewBuilder(d, Options{})
	for _, p := range wmtPairs(t, nil) {
		b.Add(p[1], p[2])
	}
	tab := b.Train()
	t.Logf("%d pairs", tab.Len())
	tab.WriteTo(os.Stdout)
}
