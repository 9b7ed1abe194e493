package quantity

import (
	"slices"
	"testing"

	"tandem/article"
)

var quarterCases = []struct {
	text string
	lang article.Lang
	want []string // each quarter as Text=Value
}{
	{"2023年第三季度", article.ZH, []string{"三季度=3"}},
	{"3季度和Q4", article.ZH, []string{"Q4=4", "3季度=3"}},
	{"二、三季度", article.ZH, []string{"二=2", "三季度=3"}},
	{"第二和第三季度", article.ZH, []string{"二=2", "三季度=3"}},
	{"首季度", article.ZH, []string{"首季度=1"}},
	{"三季报", article.ZH, []string{"三季报=3"}},
	{"前三季度", article.ZH, nil},
	{"三个季度", article.ZH, nil},
	{"十三季度", article.ZH, nil},
	{"in the third quarter", article.EN, []string{"third quarter=3"}},
	{"third-quarter profit", article.EN, []string{"third-quarter=3"}},
	{"the second and third quarters", article.EN, []string{"second=2", "third quarters=3"}},
	{"the first to the third quarters", article.EN, []string{"first=1", "third quarters=3"}},
	{"Q1 2024 and 2023Q4", article.EN, []string{"Q1=1", "Q4=4"}},
	{"a quarter of people", article.EN, nil},
	{"three quarters of the market", article.EN, nil},
	{"the first quarter of the 20th century", article.EN, nil},
	{"the last quarter-century", article.EN, nil},
	{"the first two quarters", article.EN, nil},
	{"quarterly results", article.EN, nil},
	{"IQ4 and Q45", article.EN, nil},
}

func TestQuartersIn(t *testing.T) {
	for _, tc := range quarterCases {
		var got []string
		for _, q := range quartersIn(tc.text, tc.lang) {
			got = append(got, q.Text+"="+formatValue(q.Value, Plain))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("quartersIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

func FuzzQuartersIn(f *testing.F) {
	for _, tc := range quarterCases {
		f.Add(tc.text, tc.lang == article.ZH)
	}
	f.Fuzz(func(t *testing.T, text string, zh bool) {
		lang := article.EN
		if zh {
			lang = article.ZH
		}
		n := len([]rune(text))
		for _, q := range quartersIn(text, lang) {
			if q.Start < 0 || q.End > n || q.Start >= q.End || q.Value < 1 || q.Value > 4 {
				t.Fatalf("quartersIn(%q) gave %+v", text, q)
			}
		}
	})
}

func TestQuarterNormalized(t *testing.T) {
	q := Quantity{Value: 3, Unit: Quarter}
	if got := q.Normalized(); got != "Q3" {
		t.Errorf("Normalized() = %q, want Q3", got)
	}
}
