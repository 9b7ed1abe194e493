package figures

import (
	"fmt"
	"io"

	"tandem/article"
	"tandem/quantity"
)

// Checker returns what a figure check reports for p, the i-th pair of its
// source or a changed copy of it.
type Checker func(i int, p *article.Pair) []quantity.Mismatch

// Score is what a checker did on one source.
type Score struct {
	Source string
	Part   string
	Pairs  int // sentence pairs read
	// Misaligned pairs are left out: their two sides are not translations
	// of each other.
	Misaligned int
	// Faithful reports: on pairs judged faithful (false alarms) and on
	// pairs judged to differ (true).
	FalseAlarms, TrueReports int
	// Changes made, and how many of them the checker reported.
	Changes, Caught int
	ByKind          map[string][2]int // kind: changes, caught
	// Missed lists a few changes the checker did not report, for a reader.
	Missed []string
	// Alarms lists the false alarms, for a reader.
	Alarms []string
}

// Precision is the share of reports that are true in a mix of the faithful
// pairs and one changed copy of each pair that has a figure to change: a report
// on a faithful pair is true only when the pair is judged to differ; on a
// changed pair, a report is true when it is new (the faithful pair did not
// have it).
func (s Score) Precision(changedPairs int) float64 {
	tp := float64(s.TrueReports + changedPairs)
	fp := float64(s.FalseAlarms)
	if tp+fp == 0 {
		return 1
	}
	return tp / (tp + fp)
}

// FaithfulPrecision is the share of true reports among the reports on the
// published translation as it is: at most one in ten a false alarm is the
// target. With no report at all it is 1.
func (s Score) FaithfulPrecision() float64 {
	n := s.TrueReports + s.FalseAlarms
	if n == 0 {
		return 1
	}
	return float64(s.TrueReports) / float64(n)
}

// Recall is the share of single changed figures the checker reported.
func (s Score) Recall() float64 {
	if s.Changes == 0 {
		return 1
	}
	return float64(s.Caught) / float64(s.Changes)
}

// Run scores check on src.
func Run(src Source, check Checker) (Score, int) {
	s := Score{Source: src.Name, Part: src.Part, Pairs: len(src.Pairs), ByKind: map[string][2]int{}}
	changedPairs := 0
	for i, p := range src.Pairs {
		if p.Misaligned {
			s.Misaligned++
			continue
		}
		before := check(i, &p.Pair)
		for _, m := range before {
			if p.Differs {
				s.TrueReports++
			} else {
				s.FalseAlarms++
				s.Alarms = append(s.Alarms, fmt.Sprintf("%s:%d %s %q (%s) | %s | %s", src.Name, p.Line, m.Lang, m.Text, m.Reason, p.ZH, p.EN))
			}
		}
		changes := Changes(p.Pair)
		for i, c := range changes {
			ok := caught(c, before, check(i, &c.Pair))
			k := s.ByKind[c.Kind]
			k[0]++
			if ok {
				k[1]++
				s.Caught++
				if i == 0 {
					changedPairs++
				}
			} else {
				s.Missed = append(s.Missed, fmt.Sprintf("%s:%d %s %s %q | %s | %s", src.Name, p.Line, c.Kind, c.Lang,
					string([]rune(c.Pair.Text(c.Lang))[c.Start:c.End]), c.Pair.ZH, c.Pair.EN))
			}
			s.ByKind[c.Kind] = k
			s.Changes++
		}
	}
	return s, changedPairs
}

// caught reports whether the checker reported change c: a report on the
// changed side that covers the changed text, or a report on the other side
// that the faithful pair did not have (the original figure, now without its
// counterpart).
func caught(c Change, before, after []quantity.Mismatch) bool {
	for _, m := range after {
		if m.Lang == c.Lang && m.Start < c.End && m.End > c.Start {
			return true
		}
		if m.Lang != c.Lang && !reported(before, m) {
			return true
		}
	}
	return false
}

// reported reports whether ms holds a report of the same figure as m.
func reported(ms []quantity.Mismatch, m quantity.Mismatch) bool {
	for _, o := range ms {
		if o.Lang == m.Lang && o.Start == m.Start && o.End == m.End {
			return true
		}
	}
	return false
}

// WriteTable prints one row per score: pairs, reports on faithful text,
// precision, recall and recall by kind of change.
func WriteTable(w io.Writer, scores []Score, changed []int) {
	fmt.Fprintf(w, "%-8s %-9s %5s %5s %7s %6s %9s %7s %9s  %s\n", "source", "", "pairs", "left", "alarms", "true", "precision", "mixed", "recall", "recall by change")
	for i, s := range scores {
		kinds := ""
		for _, k := range []string{"digit", "scale", "percent"} {
			n := s.ByKind[k]
			kinds += fmt.Sprintf(" %s %d/%d", k, n[1], n[0])
		}
		fmt.Fprintf(w, "%-8s %-9s %5d %5d %7d %6d %9.3f %7.3f %9.3f  %s\n", s.Source, s.Part, s.Pairs, s.Misaligned, s.FalseAlarms, s.TrueReports,
			s.FaithfulPrecision(), s.Precision(changed[i]), s.Recall(), kinds)
	}
}
