package quantity

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"tandem/article"
)

// clockWordsCases are English texts and the times of day they name in
// words, on a 12-hour clock (HHMM).
var clockWordsCases = []struct {
	text string
	want []int
}{
	{"at eight o'clock", []int{800}},
	{"at eight o’clock", []int{800}},
	{"at half past eight", []int{830}},
	{"a quarter to eight", []int{745}},
	{"a quarter past twelve", []int{15}},
	{"ten past nine", []int{910}},
	{"twenty-five to six", []int{535}},
	{"five minutes to midnight", []int{0}},
	{"at eight-thirty", []int{830}},
	{"at eleven forty-five", []int{1145}},
	{"seven oh five", []int{705}},
	{"at noon", []int{0}},
	{"by midday", []int{0}},
	{"eight thirty-year-olds", nil},
	{"eight people", nil},
	{"the twelve thirty", []int{30}},
	{"thirteen thirty", nil},
	{"", nil},
}

func TestClockWords(t *testing.T) {
	for _, tc := range clockWordsCases {
		got := clockWords(tc.text)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("clockWords(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzClockWords(f *testing.F) {
	for _, tc := range clockWordsCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		for _, v := range clockWords(text) {
			if v < 0 || v >= 1200 || v%100 >= 60 {
				t.Fatalf("clockWords(%q) gives %d, not a time on a 12-hour clock", text, v)
			}
		}
	})
}

// colonTimeCases are Chinese texts, the number asked about (its rune span)
// and the time it is one half of.
var colonTimeCases = []struct {
	text       string
	start, end int
	want       int
	ok         bool
}{
	{"2：30回家", 0, 1, 230, true},
	{"2：30回家", 2, 4, 230, true},
	{"北京时间07：30", 4, 6, 730, true},
	{"以3：1获胜", 1, 2, 0, false},
	{"25：23", 0, 2, 0, false},
	{"21-19", 3, 5, 2119, true},
	{"第2：3", 1, 2, 0, false},
	{"：30", 1, 3, 0, false},
}

func TestColonTime(t *testing.T) {
	for _, tc := range colonTimeCases {
		rs := []rune(tc.text)
		q := Quantity{Lang: article.ZH, Start: tc.start, End: tc.end, Text: string(rs[tc.start:tc.end]), Value: digitsValue(rs[tc.start:tc.end])}
		got, ok := colonTime(q, rs)
		if got != tc.want || ok != tc.ok {
			t.Errorf("colonTime(%q in %q) = %d, %v, want %d, %v", q.Text, tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzColonTime(f *testing.F) {
	for _, tc := range colonTimeCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		for _, q := range Extract(text, article.ZH) {
			if v, ok := colonTime(q, []rune(text)); ok && (v < 0 || v > 2459 || v%100 >= 60) {
				t.Fatalf("colonTime(%q in %q) = %d, not a time", q.Text, text, v)
			}
		}
	})
}

// militaryTimeCases are English texts and the military time (HHMM) of
// their first figure, or -1 for none.
var militaryTimeCases = []struct {
	text string
	want int
}{
	{"We are heading out at 0500", 500},
	{"At 0730 sharp, they met.", 730},
	{"The attack began at 1700 hours.", 1700},
	{"at 1700 HRS", -1},
	{"At 1310, near the village, a soldier was wounded.", 1310},
	{"It was aimed at 2300 people.", -1},
	{"In 1700 the town was founded.", -1},
	{"2300 people came.", -1},
	{"at 0575", -1},
	{"at 2500 hours", -1},
	{"at 05000", -1},
	{"at 0500.5", -1},
}

func TestMilitaryTime(t *testing.T) {
	for _, tc := range militaryTimeCases {
		rs, got := []rune(tc.text), -1
		if qs := Extract(tc.text, article.EN); len(qs) > 0 {
			if v, ok := militaryTime(qs[0], rs); ok {
				got = v
			}
		}
		if got != tc.want {
			t.Errorf("militaryTime(%q) = %d, want %d", tc.text, got, tc.want)
		}
	}
}

func FuzzMilitaryTime(f *testing.F) {
	for _, tc := range militaryTimeCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		rs := []rune(text)
		for _, q := range Extract(text, article.EN) {
			if v, ok := militaryTime(q, rs); ok && (v < 0 || v > 2359 || v%100 >= 60) {
				t.Fatalf("militaryTime(%q in %q) = %d, not a time", q.Text, text, v)
			}
		}
		q := Quantity{Lang: article.EN, Start: 2, End: 6, Text: "0500"}
		if _, ok := militaryTime(q, rs); ok && (len(rs) < 6 || string(rs[2:6]) != "0500") {
			t.Fatalf("militaryTime read %q as 0500", text)
		}
	})
}

// centuriesCases are Chinese texts and the centuries they name.
var centuriesCases = []struct {
	text string
	want []int
}{
	{"该基地20世纪初以来一直是食品生产的场所。", []int{20}},
	{"二十世纪和十九世纪", []int{20, 19}},
	{"21 世紀", []int{21}},
	{"世纪之交", nil},
	{"新世纪", nil},
	{"1900世纪", nil},
	{"世", nil},
}

func TestCenturiesIn(t *testing.T) {
	for _, tc := range centuriesCases {
		if got := centuriesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("centuriesIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzCenturiesIn(f *testing.F) {
	for _, tc := range centuriesCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, c := range centuriesIn(text) {
			if c < 1 || c > 30 {
				t.Fatalf("centuriesIn(%q) gives %d", text, c)
			}
		}
	})
}

// discountCases are Chinese texts and the percentages their discounts
// state, the price and what is taken off.
var discountCases = []struct {
	text string
	want []float64
}{
	{"全场九折", []float64{90, 10}},
	{"八五折优惠", []float64{85, 15}},
	{"8折", []float64{80, 20}},
	{"8.5折", []float64{85, 15}},
	{"85折", []float64{85, 15}},
	{"折合人民币100元", nil},
	{"打折", nil},
	{"十折", nil},
	{"一百折", nil},
	{"18.5折", nil},
	{"X8折", nil},
}

func TestDiscounts(t *testing.T) {
	for _, tc := range discountCases {
		if got := discounts(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("discounts(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzDiscounts(f *testing.F) {
	for _, tc := range discountCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		for _, v := range discounts(text) {
			if v <= 0 || v >= 100 {
				t.Fatalf("discounts(%q) gives %v, not a share of a price", text, v)
			}
		}
	})
}

// decadeCases are texts and the decades decadesIn reads in them.
var decadeCases = []struct {
	text string
	lang article.Lang
	want []float64
}{
	{"始于1880年代", article.ZH, []float64{1880}},
	{"上世纪 90 年代", article.ZH, []float64{90}},
	{"7、80年代", article.ZH, []float64{70, 80}},
	{"70、80、90年代", article.ZH, []float64{70, 80, 90}},
	{"50至60年代", article.ZH, []float64{50, 60}},
	{"1950-1960 年代", article.ZH, []float64{1950, 1960}},
	{"3至5年", article.ZH, nil},
	{"八十年代", article.ZH, []float64{80}},
	{"八九十年代", article.ZH, []float64{80, 90}},
	{"一九八〇年代", article.ZH, []float64{1980}},
	{"2018年", article.ZH, nil},
	{"the 1930s and the 1930's and the 1930’s", article.EN, []float64{1930, 1930, 1930}},
	{"the ’80s and the '90s", article.EN, []float64{80, 90}},
	{"the 80s", article.EN, []float64{80}},
	{"in her 30s", article.EN, nil},
	{"UTF-16s", article.EN, nil},
	{"1930ss", article.EN, nil},
}

func TestDecadeNormalized(t *testing.T) {
	if got := decadesIn("the 1880s", article.EN)[0].Normalized(); got != "1880 decade" {
		t.Errorf("Normalized() = %q, want %q", got, "1880 decade")
	}
}

func TestDecadesIn(t *testing.T) {
	for _, tc := range decadeCases {
		var got []float64
		for _, q := range decadesIn(tc.text, tc.lang) {
			got = append(got, q.Value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("decadesIn(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzDecadesIn(f *testing.F) {
	for _, tc := range decadeCases {
		f.Add(tc.text, tc.lang == article.ZH)
	}
	f.Fuzz(func(t *testing.T, text string, zh bool) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		lang := article.EN
		if zh {
			lang = article.ZH
		}
		rs := []rune(text)
		for _, q := range decadesIn(text, lang) {
			if q.Start < 0 || q.End > len(rs) || q.Start >= q.End || string(rs[q.Start:q.End]) != q.Text || q.Unit != Decade || q.Value < 0 {
				t.Fatalf("decadesIn(%q) gives %+v", text, q)
			}
		}
	})
}
