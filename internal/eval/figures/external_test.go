package figures

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"tandem/article"
	"tandem/quantity"
)

// dateInID finds a date an external set's document id holds
// (mfa-presscon-2026-06-26): the date of that article's report.
var dateInID = regexp.MustCompile(`[0-9]{4}-[0-9]{2}-[0-9]{2}`)

// TestExternalSets measures the figure check on sets that are not kept in
// the repository (their texts have no licence that allows it): the
// comma-separated "line<TAB>zh<TAB>en" files TANDEM_EXTERNAL names, and
// TANDEM_EXTERNAL_DOCS, "line<TAB>doc" rows, to check the pairs of one
// document together as an article dated by its id. It logs every likely
// mismatch as a tab-separated REPORT row (line, language, figure, reason,
// zh, en) for a reader to judge, every change missed, and per set the
// reports and the recall of single changed figures, checked alone as the
// evaluation checks them and in their articles as Check does. Without
// TANDEM_EXTERNAL it is skipped.
func TestExternalSets(t *testing.T) {
	files := os.Getenv("TANDEM_EXTERNAL")
	if files == "" {
		t.Skip("TANDEM_EXTERNAL names no set")
	}
	docs := map[int]string{}
	if f := os.Getenv("TANDEM_EXTERNAL_DOCS"); f != "" {
		if err := eachRow(f, 2, func(c []string) error {
			n, err := strconv.Atoi(c[0])
			docs[n] = c[1]
			return err
		}); err != nil {
			t.Fatal(err)
		}
	}
	check := func(_ int, p *article.Pair) []quantity.Mismatch { return quantity.CheckPair(0, p) }
	for _, f := range strings.Split(files, ",") {
		pairs, err := loadPairs(f)
		if err != nil {
			t.Fatal(err)
		}
		var arts []*article.Article
		var lines [][]int // the line of each pair of each article
		byDoc := map[string]int{}
		for _, p := range pairs {
			d := docs[p.Line]
			k, ok := byDoc[d]
			if !ok || d == "" {
				k = len(arts)
				byDoc[d] = k
				arts = append(arts, &article.Article{Date: dateInID.FindString(d)})
				lines = append(lines, nil)
			}
			arts[k].Pairs = append(arts[k].Pairs, p.Pair)
			lines[k] = append(lines[k], p.Line)
		}
		reports := 0
		for k, a := range arts {
			for _, m := range quantity.Check(a) {
				p := a.Pairs[m.Pair]
				t.Logf("REPORT\t%d\t%s\t%s\t%s\t%s\t%s", lines[k][m.Pair], m.Lang, m.Text, m.Reason, p.ZH, p.EN)
				reports++
			}
		}
		src := Source{Name: filepath.Base(f), Pairs: pairs}
		s, _ := Run(src, check)
		for _, m := range s.Missed {
			t.Logf("MISSED\t%s", m)
		}
		inContext, _ := Run(src, func(i int, p *article.Pair) []quantity.Mismatch {
			return checkInContext(pairs, docs, i, p)
		})
		for _, m := range inContext.Missed {
			t.Logf("MISSED IN ARTICLE\t%s", m)
		}
		t.Logf("SET %s: %d pairs, %d reports, %d of %d changed figures reported (%d in their articles)",
			src.Name, len(pairs), reports, s.Caught, s.Changes, inContext.Caught)
	}
}

// checkInContext returns the likely mismatches of p, the i-th of pairs or
// a changed copy of it, checked as Check checks it in its article: beside
// the pairs of its document before and after it, which the check reads
// for figures that cross a pair's border, and dated by its document's id.
func checkInContext(pairs []Pair, docs map[int]string, i int, p *article.Pair) []quantity.Mismatch {
	doc := docs[pairs[i].Line]
	a := &article.Article{Date: dateInID.FindString(doc)}
	at := 0
	if i > 0 && doc != "" && docs[pairs[i-1].Line] == doc {
		a.Pairs = append(a.Pairs, pairs[i-1].Pair)
		at = 1
	}
	a.Pairs = append(a.Pairs, *p)
	if i+1 < len(pairs) && doc != "" && docs[pairs[i+1].Line] == doc {
		a.Pairs = append(a.Pairs, pairs[i+1].Pair)
	}
	var out []quantity.Mismatch
	for _, m := range quantity.Check(a) {
		if m.Pair == at {
			out = append(out, m)
		}
	}
	return out
}
