package library

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tandem/dict"
	"tandem/index"
)

// termsTable is the parser's table: what a line reads as, or the line
// numbered in its error.
var termsTable = []struct {
	name    string
	file    string
	want    []dict.TermPair
	badLine int
}{
	{"two fields", "投资\tinvestment\n", []dict.TermPair{{ZH: "投资", EN: "investment"}}, 0},
	{"date and note", "降息\trate cut\t2026-01-02\tFed usage\n", []dict.TermPair{{ZH: "降息", EN: "rate cut", Added: "2026-01-02", Note: "Fed usage"}}, 0},
	{"comments, blank lines, BOM, CRLF, spaces", "\uFEFF# mine\r\n\r\n 投資 \t Investment \r\n", []dict.TermPair{{ZH: "投資", EN: "Investment"}}, 0},
	{"no line end at the end", "关税\ttariff", []dict.TermPair{{ZH: "关税", EN: "tariff"}}, 0},
	{"empty file", "", nil, 0},
	{"one field", "# c\n投资\n", nil, 2},
	{"five fields", "投资\tinvestment\t\t\tx\n", nil, 1},
	{"English on the Chinese side", "investment\t投资\n", nil, 1},
	{"no English", "投资\t\n", nil, 1},
	{"a bad date", "投资\tinvestment\t2 Jan\n", nil, 1},
	{"not UTF-8", "投资\tinvest\xffment\n", nil, 1},
	{"third line bad", "投资\tinvestment\n降息\trate cut\n降息 rate cut\n", nil, 3},
}

func TestParseTerms(t *testing.T) {
	for _, tc := range termsTable {
		t.Run(tc.name, func(t *testing.T) {
			got, err := ParseTerms("terms.tsv", []byte(tc.file))
			if tc.badLine > 0 {
				var le *TermLineError
				if !errors.As(err, &le) || le.Line != tc.badLine || !errors.Is(err, ErrTermSyntax) || !strings.Contains(err.Error(), "terms.tsv line ") {
					t.Fatalf("err %v, want a TermLineError at line %d", err, tc.badLine)
				}
				return
			}
			if err != nil || !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %+v, %v; want %+v", got, err, tc.want)
			}
		})
	}
}

// FuzzParseTerms checks that any file parses or names a line, and that
// what parses writes back as lines that parse to the same pairs.
func FuzzParseTerms(f *testing.F) {
	for _, tc := range termsTable {
		f.Add(tc.file)
	}
	f.Fuzz(func(t *testing.T, file string) {
		list, err := ParseTerms("terms.tsv", []byte(file))
		if err != nil {
			var le *TermLineError
			if !errors.As(err, &le) || le.Line < 1 || le.Line > strings.Count(file, "\n")+1 {
				t.Fatalf("error %v names no line of the file", err)
			}
			return
		}
		var b strings.Builder
		for _, p := range list {
			b.WriteString(termLine(p))
		}
		again, err := ParseTerms("terms.tsv", []byte(b.String()))
		if err != nil || len(again) != len(list) || (len(list) > 0 && !reflect.DeepEqual(again, list)) {
			t.Fatalf("written back %q reads %+v, %v; want %+v", b.String(), again, err, list)
		}
	})
}

func TestTermsRoundTrip(t *testing.T) {
	lib := openTemp(t, nil)
	if list, err := lib.Terms(); err != nil || len(list) != 0 {
		t.Fatalf("a new library's terms: %v, %v", list, err)
	}
	p, err := lib.AddTerm(dict.TermPair{ZH: " 降息 ", EN: "monetary easing", Note: "Fed"})
	if err != nil || p.Added == "" || p.ZH != "降息" {
		t.Fatalf("add: %+v, %v", p, err)
	}
	if _, err := lib.AddTerm(dict.TermPair{ZH: "投资", EN: "capital spending", Added: "2026-01-02"}); err != nil {
		t.Fatal(err)
	}
	for _, dup := range []dict.TermPair{{ZH: "降息", EN: "Monetary Easing"}, {ZH: "投資", EN: "capital spending"}} {
		if _, err := lib.AddTerm(dup); !errors.Is(err, ErrTermExists) {
			t.Errorf("add %v again: %v, want ErrTermExists", dup, err)
		}
	}
	for _, bad := range []dict.TermPair{{ZH: "", EN: "x"}, {ZH: "投资", EN: ""}, {ZH: "投资", EN: "投资"}, {ZH: "a\tb", EN: "c"}} {
		if _, err := lib.AddTerm(bad); err == nil {
			t.Errorf("add %+v: no error", bad)
		}
	}
	list, err := lib.Terms()
	want := []dict.TermPair{{ZH: "降息", EN: "monetary easing", Added: p.Added, Note: "Fed"}, {ZH: "投资", EN: "capital spending", Added: "2026-01-02"}}
	if err != nil || !reflect.DeepEqual(list, want) {
		t.Fatalf("terms %+v, %v; want %+v", list, err, want)
	}
	// A term added counts at once in ~ search.
	q, err := index.Parse("~投资")
	if err != nil || len(q.Expansions) != 1 || !reflect.DeepEqual(q.Expansions[0].Also, []string{"capital spending"}) {
		t.Fatalf("~投资 expands to %+v, %v", q.Expansions, err)
	}
	if err := lib.RemoveTerm("投資", "Capital Spending"); err != nil {
		t.Fatal(err)
	}
	if err := lib.RemoveTerm("投资", "capital spending"); !errors.Is(err, ErrTermNotFound) {
		t.Errorf("remove twice: %v", err)
	}
	if q, _ := index.Parse("~投资"); firstAlso(q.Expansions) == "capital spending" {
		t.Error("a removed term still expands")
	}
	data, err := os.ReadFile(filepath.Join(DefaultDir(), TermsFile))
	if err != nil || !strings.HasPrefix(string(data), "#") || !strings.HasSuffix(string(data), "降息\tmonetary easing\t"+p.Added+"\tFed\n") {
		t.Errorf("terms.tsv:\n%s", data)
	}
}

func firstAlso(e []index.Expansion) string {
	if len(e) == 0 || len(e[0].Also) == 0 {
		return ""
	}
	return e[0].Also[0]
}

// TestTermsHandEdited checks that a hand-edited list keeps what the reader
// wrote, that a bad line is an error naming the file and line and that
// nothing is then written, and that another process's change counts once
// the file is looked at again.
func TestTermsHandEdited(t *testing.T) {
	lib := openTemp(t, nil)
	path := filepath.Join(DefaultDir(), TermsFile)
	hand := "# my terms\n投资\tcapital spending\n\n# rates\n降息\tmonetary easing\n"
	if err := os.WriteFile(path, []byte(hand), 0o644); err != nil {
		t.Fatal(err)
	}
	if changed, err := lib.RefreshTerms(); !changed || err != nil {
		t.Fatalf("refresh after a hand edit: %v, %v", changed, err)
	}
	res, err := lib.Search(context.Background(), "~投资", index.SearchOptions{})
	if err != nil || firstAlso(res.Expansions) != "capital spending" {
		t.Fatalf("search after a hand edit: %+v, %v", res, err)
	}
	if err := lib.RemoveTerm("投资", "capital spending"); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "# my terms\n\n# rates\n降息\tmonetary easing\n" {
		t.Errorf("after remove:\n%s", data)
	}
	bad := "# my terms\n降息\tmonetary easing\n降息 monetary easing\n"
	if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = lib.Terms()
	var le *TermLineError
	if !errors.As(err, &le) || le.Line != 3 || !strings.Contains(err.Error(), path+" line 3") {
		t.Fatalf("bad line: %v", err)
	}
	if _, err := lib.AddTerm(dict.TermPair{ZH: "关税", EN: "tariff"}); !errors.As(err, &le) {
		t.Errorf("add to a bad list: %v", err)
	}
	if err := lib.RemoveTerm("降息", "monetary easing"); !errors.As(err, &le) {
		t.Errorf("remove from a bad list: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != bad {
		t.Errorf("a bad list was changed:\n%s", data)
	}
}

// TestMergeTerms checks how a sync settles a term list changed on two
// machines: this machine's lines as they are, then the other's new pairs.
func TestMergeTerms(t *testing.T) {
	ours := []byte("# mine\n投资\tcapital spending\n降息\trate cut")
	theirs := []byte("降息\tRate Cuts\n关税\ttariff\t2026-01-02\n")
	if !mergeTerms(&ours, theirs) {
		t.Fatal("two good lists did not merge")
	}
	if want := "# mine\n投资\tcapital spending\n降息\trate cut\n关税\ttariff\t2026-01-02\n"; string(ours) != want {
		t.Errorf("merged:\n%s\nwant:\n%s", ours, want)
	}
	if mergeTerms(&ours, []byte("bad line\n")) {
		t.Error("a list with a bad line merged")
	}
}
