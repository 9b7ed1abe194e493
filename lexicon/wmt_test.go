package lexicon

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
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

// TestLearnFromWMT learns from the WMT newstest segments of 2019 and 2020
// (710 segments of real professional translation) and checks words the dictionary
// lacks or gives otherwise, found from those sentences alone; it logs the
// table's size saved.
func TestLearnFromWMT(t *testing.T) {
	b := NewBuilder(bundled(t), Options{})
	for _, p := range wmtPairs(t, nil) {
		b.Add(p[1], p[2])
	}
	tab := b.Train()
	for zh, en := range map[string]string{"博士": "dr", "热情": "enthusiasm", "高速公路": "motorway", "元": "yuan", "谈判": "negotiations"} {
		if got := tab.English(zh, 0.3); !slices.ContainsFunc(got, func(tr Translation) bool { return tr.Word == en }) {
			t.Errorf("English(%s) = %v, want %s", zh, got, en)
		}
	}
	path := filepath.Join(t.TempDir(), "lexicon.gz")
	if err := tab.Save(path); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d sentence pairs: %d translation pairs, %d bytes saved", tab.Sentences, tab.Len(), fi.Size())
}
