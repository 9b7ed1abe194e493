package quantity

import (
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// durationCases are two durations and whether they are one in two units.
var durationCases = []struct {
	a, b Quantity
	want bool
}{
	{Quantity{Value: 2, Unit: Months}, Quantity{Value: 60, Unit: Days}, true},
	{Quantity{Value: 60, Unit: Days}, Quantity{Value: 2, Unit: Months}, true},
	{Quantity{Value: 2, Unit: Months}, Quantity{Value: 61, Unit: Days}, false},
	{Quantity{Value: 3, Unit: Months}, Quantity{Value: 90, Unit: Days}, true},
	{Quantity{Value: 24, Unit: Months}, Quantity{Value: 720, Unit: Days}, false}, // two years are no 720 days
	{Quantity{Value: 2, Unit: Weeks}, Quantity{Value: 14, Unit: Days}, true},
	{Quantity{Value: 2, Unit: Weeks}, Quantity{Value: 15, Unit: Days}, false},
	{Quantity{Value: 2, Unit: Months}, Quantity{Value: 8, Unit: Weeks}, false},
	{Quantity{Value: 2, Unit: Years}, Quantity{Value: 24, Unit: Months}, true},
	{Quantity{Value: 2, Unit: Years}, Quantity{Value: 25, Unit: Months}, false},
	{Quantity{Value: 1, Unit: Years}, Quantity{Value: 365, Unit: Days}, true},
	{Quantity{Value: 1, Unit: Years}, Quantity{Value: 52, Unit: Weeks}, false},
	{Quantity{Value: 1.5, Unit: Hours}, Quantity{Value: 90, Unit: Minutes}, true},
	{Quantity{Value: 90, Unit: Minutes}, Quantity{Value: 1.5, Unit: Hours}, true},
	{Quantity{Value: 2, Unit: Hours}, Quantity{Value: 2, Unit: Days}, false},
	{Quantity{Value: 2, Unit: Months}, Quantity{Value: 60, Unit: Plain}, false},
	{Quantity{Value: 2, Unit: Years}, Quantity{Value: 2, Unit: Years}, false},
	{Quantity{Value: 0, Unit: Months}, Quantity{Value: 0, Unit: Days}, false},
}

func TestDurationsAgree(t *testing.T) {
	for _, tc := range durationCases {
		if got := durationsAgree(tc.a, tc.b); got != tc.want {
			t.Errorf("durationsAgree(%v %s, %v %s) = %v, want %v", tc.a.Value, tc.a.Unit, tc.b.Value, tc.b.Unit, got, tc.want)
		}
	}
}

// colonRunCases are texts and the game-clock times they write, in seconds.
var colonRunCases = []struct {
	text string
	want []float64
}{
	{"in the fourth minute on 3:35", []float64{215}},
	{"a power play goal on 27:37.", []float64{1657}},
	{"在3：35时", []float64{215}},
	{"won in 2:13:38", nil},
	{"a lap of 1:23.456", nil},
	{"at 12:60", nil},
	{"a 3:1 win", nil},
	{"1234:56", nil},
	{"105:10 and 0:07", []float64{6310, 7}},
	{"", nil},
}

func TestColonRuns(t *testing.T) {
	for _, tc := range colonRunCases {
		var got []float64
		for _, r := range colonRuns(tc.text) {
			got = append(got, r.seconds)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("colonRuns(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzColonRuns(f *testing.F) {
	for _, tc := range colonRunCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		for _, r := range colonRuns(text) {
			if r.from < 0 || r.to > n || r.from >= r.to || r.seconds < 0 || r.seconds >= 1000*60 {
				t.Fatalf("colonRuns(%q) gives %+v", text, r)
			}
		}
	})
}

// spacedRunCases are texts and the numbers they write with thousands
// parted by a space.
var spacedRunCases = []struct {
	text string
	want []float64
}{
	{"something around 2 000 at least", []float64{2000}},
	{"1 250 000 people", []float64{1250000}},
	{"12\u00a0000 euros", []float64{12000}},
	{"2 0000", nil},
	{"1234 567", nil},
	{"3 100.5", nil},
	{"in 3 rooms", nil},
	{"2 000 and 30 000", []float64{2000, 30000}},
	{"经历了5，000多年", []float64{5000}},
	{"95，1000", nil},
	{"", nil},
}

func TestSpacedRuns(t *testing.T) {
	for _, tc := range spacedRunCases {
		var got []float64
		for _, r := range spacedRuns(tc.text) {
			got = append(got, r.value)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("spacedRuns(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func FuzzSpacedRuns(f *testing.F) {
	for _, tc := range spacedRunCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := utf8.RuneCountInString(text)
		for _, r := range spacedRuns(text) {
			if r.from < 0 || r.to > n || r.from >= r.to || r.value < 0 {
				t.Fatalf("spacedRuns(%q) gives %+v", text, r)
			}
			if !strings.ContainsAny(string([]rune(text)[r.from:r.to]), " \u00a0\u2009\u202f，") {
				t.Fatalf("spacedRuns(%q) gives %+v, with no space", text, r)
			}
		}
	})
}

var pointedWholeCases = []struct {
	text string
	want float64
	ok   bool
}{
	{"10.700", 10700, true},
	{"1.250.000", 1250000, true},
	{"100.000.000.000.000.000.000.000.000", 1e26, true},
	{"10.7", 0, false},
	{"10.7000", 0, false},
	{"1234.567", 0, false},
	{".700", 0, false},
	{"10.70a", 0, false},
	{"10,700", 0, false},
	{"", 0, false},
}

func TestPointedWhole(t *testing.T) {
	for _, tc := range pointedWholeCases {
		if got, ok := pointedWhole(tc.text); got != tc.want || ok != tc.ok {
			t.Errorf("pointedWhole(%q) = %v, %v, want %v, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}

func FuzzPointedWhole(f *testing.F) {
	for _, tc := range pointedWholeCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		v, ok := pointedWhole(text)
		if !ok {
			return
		}
		whole, err := strconv.ParseFloat(strings.ReplaceAll(text, ".", ""), 64)
		if !strings.Contains(text, ".") || strings.Trim(text, "0123456789.") != "" || err != nil || whole != v {
			t.Fatalf("pointedWhole(%q) = %v, true: not its digits without the points", text, v)
		}
	})
}
