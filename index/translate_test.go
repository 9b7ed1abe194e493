package index

import (
	"slices"
	"strings"
	"testing"

	"tandem/lexicon"
)

// TestTranslateAddsLearnedTranslations: with a learned table, a ~term also
// matches its sure learned translations that the dictionary does not
// give, at most learnedMost, after the dictionary's; unsure ones and
// phrases get none.
func TestTranslateAddsLearnedTranslations(t *testing.T) {
	table, err := lexicon.Read(strings.NewReader("tandem-lexicon 1 40 3 2\n" +
		"不具约束力\tnonbind\tnonbinding\t0.800\n" +
		"投资\tfund\tfunds\t0.200\n" +
		"投资\tinvest\tinvestment\t0.900\n" +
		"投资\tstake\tstake\t0.500\n"))
	if err != nil {
		t.Fatal(err)
	}
	also := func(query string) []string {
		t.Helper()
		q, err := Parse(query)
		if err != nil {
			t.Fatal(err)
		}
		return q.Expansions[0].Also
	}
	before := also("~投资")
	SetLexicon(table)
	defer SetLexicon(nil)
	for _, tc := range []struct {
		query string
		want  []string
	}{
		{"~nonbinding", []string{"不具约束力"}},
		{"~投资", append(slices.Clone(before), "stake")}, // investment the dictionary gives; funds is unsure
		{`~"nonbinding deal"`, nil},
	} {
		got := also(tc.query)
		if tc.want == nil {
			if slices.Contains(got, "不具约束力") {
				t.Errorf("%s: %v holds a learned word", tc.query, got)
			}
			continue
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: also %v, want %v", tc.query, got, tc.want)
		}
	}
}
