package index

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	"tandem/annotation"
)

// TestParseOptionsOnARealIndex searches the golden index of
// translate.json with the search field's switches: every term as a ~term,
// and translations the reader took away.
func TestParseOptionsOnARealIndex(t *testing.T) {
	x, texts := goldenIndex(t, readGolden(t, "testdata/golden/translate.json"))
	cases := []struct {
		name  string
		query string
		opts  ParseOptions
		hits  []string
		exps  []Expansion
	}{
		{"plain, nothing changed", "投资", ParseOptions{}, []string{"zh1"}, nil},
		{"every term translated", "投资", ParseOptions{TranslateAll: true}, []string{"en1", "zh1"},
			[]Expansion{{Term: "投资", Also: []string{"investment", "invest"}}}},
		{"a phrase translated", `"rate cut"`, ParseOptions{TranslateAll: true}, []string{"zh1"}, nil},
		{"an excluded term stays as written", "~央行 OR ~关税 -investment", ParseOptions{TranslateAll: true}, []string{"en2", "zh2"}, nil},
		{"one translation dropped", "~投资", ParseOptions{Without: map[string][]string{"投资": {"invest"}}}, []string{"en1", "zh1"},
			[]Expansion{{Term: "投资", Also: []string{"investment"}, Dropped: []string{"invest"}}}},
		{"every translation dropped", "~投资", ParseOptions{Without: map[string][]string{"投资": {"invest", "investment"}}}, []string{"zh1"},
			[]Expansion{{Term: "投资", Also: []string{}, Dropped: []string{"investment", "invest"}}}},
		{"dropped with the switch", "投资", ParseOptions{TranslateAll: true, Without: map[string][]string{"投资": {"invest", "investment"}}}, []string{"zh1"}, nil},
		{"the one that matched dropped", `~"rate cut"`, ParseOptions{Without: map[string][]string{"rate cut": {"降息"}}}, nil,
			[]Expansion{{Term: "rate cut", Also: []string{"减税", "储蓄率", "减息"}, Dropped: []string{"降息"}}}},
		{"an excluded term's translation dropped", "~央行 OR ~关税 -~investment", ParseOptions{Without: map[string][]string{"investment": {"投资"}}}, []string{"en2", "zh2"}, nil},
		{"a word the user wrote is never dropped", "invest ~投资", ParseOptions{Without: map[string][]string{"投资": {"invest"}}}, []string{"en1"}, nil},
		{"another term's list changes nothing", "~投资", ParseOptions{Without: map[string][]string{"investment": {"投资"}}}, []string{"en1", "zh1"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := x.Search(context.Background(), tc.query, SearchOptions{ClaimTypes: annotation.DefaultClaimTypes, Parse: tc.opts}, texts)
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, h := range res.Hits {
				ids = append(ids, h.ID)
			}
			slices.Sort(ids)
			if !slices.Equal(ids, tc.hits) {
				t.Errorf("hits %v, want %v", ids, tc.hits)
			}
			if tc.exps != nil && !reflect.DeepEqual(res.Expansions, tc.exps) {
				t.Errorf("expansions %#v, want %#v", res.Expansions, tc.exps)
			}
		})
	}
}

// TestDropKeepsTheQueryWhole: dropping translations leaves the ~term and
// the other alternatives of its clause, and never drops a filter.
func TestDropKeepsTheQueryWhole(t *testing.T) {
	q, err := ParseWith(`~投资 OR invest tag:invest -~investment`, ParseOptions{Without: map[string][]string{"投资": {"invest", "investment"}, "investment": {"投资"}}})
	if err != nil {
		t.Fatal(err)
	}
	got := describe(q)
	for _, part := range []string{"[投资 | invest]", "[tag:invest]", "[-investment"} {
		if !strings.Contains(got, part) {
			t.Errorf("%s lacks %s", got, part)
		}
	}
	if strings.Contains(got, "-投资]") {
		t.Errorf("%s still excludes 投资", got)
	}
}

// FuzzParseWith reads arbitrary queries with the search field's switches:
// they never make a query readable or unreadable, a ~term keeps every
// translation but the ones taken away, and a taken-away one is listed as
// dropped, never matched.
func FuzzParseWith(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.query, false, "")
		f.Add(tc.query, true, "investment")
	}
	f.Add("~投资", false, "invest")
	f.Add(`"rate cut"`, true, "降息")
	f.Add("~央行 OR ~关税 -~investment", true, "投资")
	if _, err := Parse("~investment ~投资"); err != nil { // the dictionary, before the inputs
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, all bool, drop string) {
		_, perr := Parse(s)
		whole, err := ParseWith(s, ParseOptions{TranslateAll: all})
		if (err == nil) != (perr == nil) {
			t.Fatalf("%q: Parse says %v, ParseWith (all %v) %v", s, perr, all, err)
		}
		if err != nil {
			return
		}
		without := map[string][]string{}
		for _, e := range whole.Expansions {
			without[e.Term] = append([]string{drop}, e.Also[:min(1, len(e.Also))]...)
		}
		q, err := ParseWith(s, ParseOptions{TranslateAll: all, Without: without})
		if err != nil {
			t.Fatalf("%q: %v with translations taken away", s, err)
		}
		if len(q.Expansions) != len(whole.Expansions) {
			t.Fatalf("%q: %d expansions, %d without taking any away", s, len(q.Expansions), len(whole.Expansions))
		}
		for i, e := range q.Expansions {
			for _, a := range whole.Expansions[i].Also {
				gone := slices.Contains(without[e.Term], a)
				if slices.Contains(e.Also, a) == gone || slices.Contains(e.Dropped, a) != gone {
					t.Fatalf("%q: %q in %+v, taken away %v", s, a, e, gone)
				}
			}
		}
		if translated(q) != translated(whole) {
			t.Fatalf("%q: %d ~terms, %d without taking any away", s, translated(q), translated(whole))
		}
		if _, err := newPlan(q, []string{"claim"}); err != nil && !errors.Is(err, ErrQuery) {
			t.Fatalf("plan %q: %v", s, err)
		}
	})
}

// translated counts a query's ~terms.
func translated(q *Query) int {
	n := 0
	for _, c := range q.Clauses {
		for _, t := range c {
			if t.Translate {
				n++
			}
		}
	}
	return n
}
