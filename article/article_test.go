package article

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestPairJSON pins the JSON shape other packages and the files on disk
// rely on: spans as [start,end], links as [zh,en], the link confidences in
// a list beside the links.
func TestPairJSON(t *testing.T) {
	p := Pair{
		ZH: "英伟达否认。微软沉默。", EN: "Nvidia denies it. Microsoft is silent.",
		SentencesZH: []Span{{0, 6}, {6, 11}}, SentencesEN: []Span{{0, 17}, {18, 38}},
		Links: []Link{{0, 0}, {1, 1}}, LinkConfidence: []float64{0.97, 0.42}, Confidence: 0.97,
	}
	const want = `{"zh":"英伟达否认。微软沉默。","en":"Nvidia denies it. Microsoft is silent.",` +
		`"sentences_zh":[[0,6],[6,11]],"sentences_en":[[0,17],[18,38]],"links":[[0,0],[1,1]],` +
		`"link_confidence":[0.97,0.42],"confidence":0.97}`
	got, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	var back Pair
	if err := json.Unmarshal(got, &back); err != nil || !reflect.DeepEqual(back, p) {
		t.Errorf("read back %+v, %v", back, err)
	}
	p.Edited = true
	if got, _ := json.Marshal(p); !strings.HasSuffix(string(got), `"confidence":0.97,"edited":true}`) {
		t.Errorf("an edited pair: %s", got)
	}
}

// TestPairJSONBefore reads pairs as article.json held them before
// confidences: they load as confident.
func TestPairJSONBefore(t *testing.T) {
	cases := []struct {
		name       string
		json       string
		confidence float64
		links      []float64
	}{
		{"no confidence at all", `{"zh":"甲。","en":"A.","sentences_zh":[[0,2]],"sentences_en":[[0,2]],"links":[[0,0]]}`, 1, []float64{1}},
		{"no links", `{"zh":"甲。","en":"","sentences_zh":[[0,2]],"sentences_en":[],"links":[]}`, 1, []float64{}},
		{"links null", `{"zh":"甲。","en":"","links":null}`, 1, []float64{}},
		{"confidence given", `{"zh":"甲。","en":"A.","links":[[0,0]],"link_confidence":[0.3],"confidence":0.25}`, 0.25, []float64{0.3}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var p Pair
			if err := json.Unmarshal([]byte(tc.json), &p); err != nil {
				t.Fatal(err)
			}
			if p.Confidence != tc.confidence || !reflect.DeepEqual(p.LinkConfidence, tc.links) {
				t.Errorf("confidence %v, links %v; want %v, %v", p.Confidence, p.LinkConfidence, tc.confidence, tc.links)
			}
		})
	}
}

func TestSpanLinkJSONErrors(t *testing.T) {
	cases := []struct {
		name string
		json string
		into any
	}{
		{"span as object", `{"Start":1,"End":2}`, new(Span)},
		{"span of three", `[1,2,3]`, new(Span)},
		{"span of one", `[1]`, new(Span)},
		{"span ending before it starts", `[5,2]`, new(Span)},
		{"negative span", `[-1,2]`, new(Span)},
		{"negative link", `[0,-1]`, new(Link)},
		{"link as string", `"0,1"`, new(Link)},
		{"link of floats", `[0.5,1]`, new(Link)},
		{"fewer link confidences than links", `{"links":[[0,0],[1,1]],"link_confidence":[1],"confidence":1}`, new(Pair)},
		{"link confidences without links", `{"links":[],"link_confidence":[1]}`, new(Pair)},
		{"confidence as text", `{"confidence":"high"}`, new(Pair)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := json.Unmarshal([]byte(tc.json), tc.into); err == nil {
				t.Errorf("%s read as %+v without error", tc.json, tc.into)
			}
		})
	}
}

func TestPairLookups(t *testing.T) {
	p := Pair{
		ZH: "甲。乙丙。", EN: "A b. C d. E f.",
		SentencesZH: []Span{{0, 2}, {2, 5}}, SentencesEN: []Span{{0, 4}, {5, 9}, {10, 14}},
		Links: []Link{{0, 0}, {1, 1}, {1, 2}},
	}
	cases := []struct {
		name string
		got  any
		want any
	}{
		{"Text zh", p.Text(ZH), "甲。乙丙。"},
		{"Text en", p.Text(EN), "A b. C d. E f."},
		{"Sentences en", p.Sentences(EN), p.SentencesEN},
		{"Counterparts of a 1-2 link", p.Counterparts(ZH, 1), []int{1, 2}},
		{"Counterparts back", p.Counterparts(EN, 2), []int{1}},
		{"Counterparts of nothing", p.Counterparts(ZH, 5), []int(nil)},
		{"SentenceAt inside", p.SentenceAt(EN, 6), 1},
		{"SentenceAt end is exclusive", p.SentenceAt(EN, 4), -1},
		{"SentenceAt zh", p.SentenceAt(ZH, 2), 1},
		{"Other", ZH.Other(), EN},
		{"Other back", EN.Other(), ZH},
		{"Valid", EN.Valid() && ZH.Valid() && !Lang("fr").Valid(), true},
		{"Span Len", Span{3, 7}.Len(), 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if !reflect.DeepEqual(tc.got, tc.want) {
				t.Errorf("got %v, want %v", tc.got, tc.want)
			}
		})
	}
}

func TestMakeID(t *testing.T) {
	pairs := []Pair{{ZH: "英伟达否认。", EN: "Nvidia denies it."}}
	cases := []struct {
		name string
		a    Article
		want string
	}{
		{"hex source ID", Article{Date: "2026-02-05", SourceID: "FB404C39676d62"}, "2026-02-05-fb404c39"},
		{"no date", Article{SourceID: "fb404c39676d62"}, "undated-fb404c39"},
		{"hash of the text", Article{Date: "2026-02-05", Pairs: pairs}, "2026-02-05-" + MakeID(&Article{Pairs: pairs})[len("undated-"):]},
		{"short hex is hashed", Article{SourceID: "abc", Pairs: pairs}, MakeID(&Article{SourceID: "abc", Pairs: pairs})},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := MakeID(&tc.a)
			if got != tc.want || !idPattern.MatchString(got) {
				t.Errorf("MakeID = %q, want %q", got, tc.want)
			}
		})
	}
	other := MakeID(&Article{Pairs: []Pair{{ZH: "英伟达否认。", EN: "Nvidia denies it!"}}})
	if other == MakeID(&Article{Pairs: pairs}) {
		t.Error("different text, same ID")
	}
	if MakeID(&Article{SourceID: "abc", Pairs: pairs}) == MakeID(&Article{Pairs: pairs}) {
		t.Error("the source ID does not enter the hash")
	}
}
