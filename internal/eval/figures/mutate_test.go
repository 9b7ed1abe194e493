package figures

import (
	"slices"
	"testing"

	"tandem/article"
	"tandem/quantity"
)

func TestChanges(t *testing.T) {
	for _, tc := range []struct {
		p    article.Pair
		want []string
	}{
		{article.Pair{ZH: "HMX-1 营收 1,000 亿美元，增长 27%，2025 年。", EN: "HMX-1 revenue of $100 billion, up 27% in 2025."},
			[]string{"scale zh 万", "percent zh 28", "digit zh 2026", "scale en million", "percent en 28", "digit en 2026"}},
		{article.Pair{ZH: "CBS 則有 310 萬人次。", EN: "CBS had 3.1 million."},
			[]string{"scale zh 億", "scale en billion"}},
	} {
		var got []string
		for _, c := range Changes(tc.p) {
			got = append(got, c.Kind+" "+string(c.Lang)+" "+string([]rune(c.Pair.Text(c.Lang))[c.Start:c.End]))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("changes of %q: %q, want %q", tc.p.ZH, got, tc.want)
		}
	}
}

func TestRunCountsCaughtAndFalseAlarms(t *testing.T) {
	src := Source{Name: "test", Pairs: []Pair{
		{Line: 1, Pair: article.Pair{ZH: "增长 27%。", EN: "Up 27%."}},
		{Line: 2, Pair: article.Pair{ZH: "增长 27%。", EN: "Up 29%."}, Differs: true},
		{Line: 3, Pair: article.Pair{ZH: "增长 27%。", EN: "Up 31%."}},
	}}
	s, changed := Run(src, func(_ int, p *article.Pair) []quantity.Mismatch { return quantity.CheckPair(0, p) })
	if s.FalseAlarms != 2 || s.TrueReports != 2 {
		t.Errorf("false alarms %d, true reports %d; want 2 and 2", s.FalseAlarms, s.TrueReports)
	}
	if s.Changes != 2 || s.Caught != 2 || changed != 1 {
		t.Errorf("changes %d, caught %d, changed pairs %d; want 2, 2, 1", s.Changes, s.Caught, changed)
	}
	silent := func(int, *article.Pair) []quantity.Mismatch { return nil }
	if s, _ := Run(src, silent); s.Recall() != 0 || s.FaithfulPrecision() != 1 {
		t.Errorf("a silent check: recall %v, precision %v; want 0 and 1", s.Recall(), s.FaithfulPrecision())
	}
}
