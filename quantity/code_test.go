package quantity

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"tandem/article"
)

// codesCases are texts and the identifiers codesIn finds in them.
var codesCases = []struct {
	text string
	want []string
}{
	{"ISBN 9787512415813 新星出版社", []string{"9787512415813"}},
	{"男表424.10.37.20.01.001/24.60.01.001", []string{"424.10.37.20.01.001/24.60.01.001"}},
	{"Aventador LP700-4!", []string{"LP700-4"}},
	{"链接https://zhuanlan.zhihu.com/p/60474874，或搜索", []string{"https", "zhuanlan.zhihu.com/p/60474874"}},
	{"a 10km run and 2,500,000 people", nil},
	{"in 2021, 1.5 million", nil},
	{"the 5G network and GB18030", []string{"5G", "GB18030"}},
	{"", nil},
}

func TestCodesIn(t *testing.T) {
	for _, tc := range codesCases {
		var got []string
		for _, q := range codesIn(tc.text, article.EN, Extract(tc.text, article.EN)) {
			got = append(got, q.Text)
		}
		// "https" has no digit: it is no identifier.
		want := slices.DeleteFunc(slices.Clone(tc.want), func(s string) bool { return s == "https" })
		if !slices.Equal(got, want) {
			t.Errorf("codesIn(%q) = %q, want %q", tc.text, got, want)
		}
	}
}

func TestCodeMismatches(t *testing.T) {
	for _, tc := range []struct {
		name, zh, en string
		want         []string // the texts reported, zh first
	}{
		{"the same ISBN", "杨春丽 译 9787512415813 北京航空航天大学出版社", "translated by Yang Chunli, 9787512415813, Beihang University Press", nil},
		{"a changed ISBN", "杨春丽 译 9787512415813 北京航空航天大学出版社", "translated by Yang Chunli, 9787512415812, Beihang University Press",
			[]string{"9787512415813", "9787512415812"}},
		{"a changed reference number", "女表424.10.37.20.01.001", "female's watch 424.10.37.21.01.001",
			[]string{"424.10.37.20.01.001", "424.10.37.21.01.001"}},
		{"a changed model", "换代车型 — Aventador LP700-4！", "next generation model, Aventador LP700-5!", []string{"LP700-4", "LP700-5"}},
		{"an identifier left out", "换代车型 — Aventador LP700-4！", "next generation model, the Aventador!", nil},
		{"another shape", "iPhone13 上市", "The iPhone 13 is out", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, m := range CheckPair(0, &article.Pair{ZH: tc.zh, EN: tc.en}) {
				got = append(got, m.Text)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("CheckPair(%q, %q) reports %q, want %q", tc.zh, tc.en, got, tc.want)
			}
		})
	}
}

// FuzzCodesIn holds codesIn to identifiers that lie in the text as
// written, each with a digit, for any text; seeded from the table.
func FuzzCodesIn(f *testing.F) {
	for _, tc := range codesCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		rs := []rune(text)
		for _, q := range codesIn(text, article.ZH, Extract(text, article.ZH)) {
			if q.Start < 0 || q.End > len(rs) || q.Start >= q.End || string(rs[q.Start:q.End]) != q.Text {
				t.Fatalf("codesIn(%q): %+v does not lie in the text", text, q)
			}
			if q.Unit != Code || !strings.ContainsAny(q.Text, "0123456789") || !utf8.ValidString(q.Text) {
				t.Fatalf("codesIn(%q): %+v is no identifier", text, q)
			}
		}
	})
}
