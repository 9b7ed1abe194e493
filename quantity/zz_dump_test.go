package quantity

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"tandem/article"
)

func TestZZDump(t *testing.T) {
	f, err := os.Open("/tmp/figsel/dump.tsv")
	if err != nil {
		t.Skip()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		c := strings.SplitN(sc.Text(), "\t", 3)
		if len(c) < 3 {
			continue
		}
		t.Logf("== %s", c[0])
		for _, q := range Extract(c[1], article.ZH) {
			t.Logf("  zh %q %v %s", q.Text, q.Value, q.Unit)
		}
		for _, q := range Extract(c[2], article.EN) {
			t.Logf("  en %q %v %s", q.Text, q.Value, q.Unit)
		}
		p := article.Pair{ZH: c[1], EN: c[2]}
		for _, m := range CheckPairAll(0, &p) {
			t.Logf("  MISMATCH %s %q %.1f %s", m.Lang, m.Text, m.Confidence, m.Reason)
		}
	}
}
