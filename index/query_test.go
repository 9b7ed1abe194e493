package index

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// parseCases are the query parser's table: a query and either the parsed
// form (see describe) or the start of the error message.
var parseCases = []struct {
	name, query, want, err string
}{
	{"words", "nvidia 投资", "[nvidia] [投资]", ""},
	{"phrase", `"interest rate" 利率`, `["interest rate"] [利率]`, ""},
	{"curly and full-width quotes", `“不具约束力” ＂数据中心＂`, `["不具约束力"] ["数据中心"]`, ""},
	{"exclude", `-microsoft -"rate cut"`, `[-microsoft] [-"rate cut"]`, ""},
	{"full-width minus", "－微软", "[-微软]", ""},
	{"lone minus is a word", "a - b", "[a] [-] [b]", ""},
	{"OR", "nvidia OR amd chips", "[nvidia | amd] [chips]", ""},
	{"OR chain", "a OR b OR c", "[a | b | c]", ""},
	{"lower-case or is a word", "a or b", "[a] [or] [b]", ""},
	{"excluded OR is a word", "a -OR b", "[a] [-OR] [b]", ""},
	{"filters", "tag:forecast source:Avalaches color:Pink is:note after:2026-01-01 before:2026-12-31",
		"[tag:forecast] [source:Avalaches] [color:pink] [is:note] [after:2026-01-01] [before:2026-12-31]", ""},
	{"quoted filter value", `source:"Financial Times"`, "[source:Financial Times]", ""},
	{"full-width colon", "tag：预测", "[tag:预测]", ""},
	{"filter key case", "TAG:x", "[tag:x]", ""},
	{"lang", "lang:ZH 投资", "lang=zh [投资]", ""},
	{"lang alone", "lang:en", "lang=en", ""},
	{"time is a word", "12:30", "[12:30]", ""},
	{"quote ends a word", `abc"def"`, `[abc] ["def"]`, ""},
	{"unclosed quote", `投资 "不具`, "", "unclosed quote at position 4"},
	{"unclosed quoted filter", `source:"Financial`, "", "unclosed quote at position 8"},
	{"unknown filter", "tagg:x", "", `unknown filter "tagg:" (known: tag, source, lang, color, is, after, before)`},
	{"bad date", "after:2026-13-01", "", `after: "2026-13-01" is not a date (YYYY-MM-DD)`},
	{"impossible day", "before:2026-02-30", "", `before: "2026-02-30" is not a date`},
	{"empty filter", "tag: x", "", "tag: needs a value at position 1"},
	{"bad lang", "lang:fr", "", `lang: "fr" is not zh or en`},
	{"lang twice", "lang:zh lang:en", "", "lang: may be given once"},
	{"excluded lang", "-lang:zh", "", "lang: may be given once"},
	{"bad colour", "color:red", "", `color: "red" is not a colour`},
	{"bad is", "is:starred", "", `is: "starred" is not one of highlight, note, claim, orphan`},
	{"OR first", "OR a", "", "OR needs a term on each side at position 1"},
	{"OR twice", "a OR OR b", "", "OR needs a term on each side at position 6"},
	{"OR last", "a OR", "", "OR at the end of the query needs a term after it"},
	{"empty", " \t\u3000", "", "the query is empty"},
	{"translated word", "~投资", "[投资 | investment | invest]", ""},
	{"translated phrase", `～"rate cut"`, `["rate cut" | 减税 | 储蓄率 | 减息 | 降息]`, ""},
	{"translated English word", "~tariff", "[tariff | 关税 | 费率 | 关税壁垒 | 保税区]", ""},
	{"translation excluded", "a -~投资", "[a] [-投资] [-investment] [-invest]", ""},
	{"translation in OR", "nvidia OR ~央行", `[nvidia | 央行 | "central bank"]`, ""},
	{"unknown to the dictionary", "~qwzxv", "[qwzxv]", ""},
	{"lone tilde is a word", "a ~ b", "[a] [~] [b]", ""},
	{"~OR is a word the dictionary skips", "a ~OR b", "[a] [OR] [b]", ""},
	{"translated filter", "~tag:x", "", "~ goes before a word or a phrase, not a filter at position 1"},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := Parse(tc.query)
			if tc.err != "" {
				var qe *QueryError
				if !errors.As(err, &qe) || !errors.Is(err, ErrQuery) || !strings.HasPrefix(err.Error(), tc.err) {
					t.Fatalf("Parse(%q) = %v, want an error starting %q", tc.query, err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Parse(%q): %v", tc.query, err)
			}
			if got := describe(q); got != tc.want {
				t.Errorf("Parse(%q) = %s, want %s", tc.query, got, tc.want)
			}
		})
	}
}

// describe writes a parsed query compactly: clauses in brackets, OR as |.
func describe(q *Query) string {
	var parts []string
	if q.Lang != "" {
		parts = append(parts, "lang="+string(q.Lang))
	}
	for _, c := range q.Clauses {
		var alts []string
		for _, t := range c {
			s := t.Text
			switch t.Kind {
			case Phrase:
				s = `"` + s + `"`
			case Filter:
				s = t.Filter + ":" + s
			}
			if t.Exclude {
				s = "-" + s
			}
			alts = append(alts, s)
		}
		parts = append(parts, "["+strings.Join(alts, " | ")+"]")
	}
	return strings.Join(parts, " ")
}

// FuzzParse feeds the parser arbitrary text: it must never panic, an
// error must be a *QueryError pointing inside the query, and a query that
// parses must plan or say why not.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.query)
	}
	// The first ~term reads the dictionary and builds its English index,
	// seconds under the fuzzer's instrumentation: done here, before the
	// inputs, so that no input looks hung.
	if _, err := Parse("~investment ~投资"); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			var qe *QueryError
			if !errors.As(err, &qe) || qe.Pos < 0 || qe.Pos > utf8.RuneCountInString(s)+1 {
				t.Fatalf("Parse(%q): %v", s, err)
			}
			return
		}
		if len(q.Clauses) == 0 && q.Lang == "" {
			t.Fatalf("Parse(%q) gave an empty query", s)
		}
		if _, err := newPlan(q, []string{"claim"}); err != nil && !errors.Is(err, ErrQuery) {
			t.Fatalf("plan %q: %v", s, err)
		}
	})
}

func ExampleParse() {
	q, err := Parse(`"不具约束力" OR nonbinding tag:denial -Microsoft lang:zh`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("language:", q.Lang)
	for _, c := range q.Clauses {
		for _, t := range c {
			fmt.Printf("kind %d, filter %q, text %q, exclude %v\n", t.Kind, t.Filter, t.Text, t.Exclude)
		}
	}
	_, err = Parse("after:2026-13-01")
	fmt.Println(err)
	// Output:
	// language: zh
	// kind 1, filter "", text "不具约束力", exclude false
	// kind 0, filter "", text "nonbinding", exclude false
	// kind 2, filter "tag", text "denial", exclude false
	// kind 0, filter "", text "Microsoft", exclude true
	// after: "2026-13-01" is not a date (YYYY-MM-DD)
}
