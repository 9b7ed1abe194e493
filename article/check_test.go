package article

import (
	"encoding/json"
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestCheck damages a parsed article one way at a time; Check must name
// each with ErrInconsistent.
func TestCheck(t *testing.T) {
	cases := []struct {
		name   string
		damage func(p *Pair)
	}{
		{"no text", func(p *Pair) {
			p.ZH, p.EN, p.SentencesZH, p.SentencesEN, p.Links, p.LinkConfidence = "", "", nil, nil, nil, nil
		}},
		{"span past the end", func(p *Pair) { p.SentencesZH[1].End = 100 }},
		{"spans overlap", func(p *Pair) { p.SentencesEN[1].Start = 3 }},
		{"empty span", func(p *Pair) { p.SentencesEN[1].End = p.SentencesEN[1].Start }},
		{"span starts on a space", func(p *Pair) { p.SentencesEN[1].Start-- }},
		{"text in no sentence", func(p *Pair) {
			p.SentencesEN = p.SentencesEN[:1]
			p.Links, p.LinkConfidence = p.Links[:1], p.LinkConfidence[:1]
		}},
		{"link to a missing sentence", func(p *Pair) { p.Links[1].EN = 5 }},
		{"links out of order", func(p *Pair) { p.Links[0], p.Links[1] = p.Links[1], p.Links[0] }},
		{"link twice", func(p *Pair) { p.Links[1] = p.Links[0] }},
		{"confidence above 1", func(p *Pair) { p.Confidence = 1.5 }},
		{"confidence NaN", func(p *Pair) { p.Confidence = math.NaN() }},
		{"negative link confidence", func(p *Pair) { p.LinkConfidence[0] = -0.1 }},
		{"link confidence missing", func(p *Pair) { p.LinkConfidence = p.LinkConfidence[:1] }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseEditInput(t)
			if err := a.Check(); err != nil {
				t.Fatalf("before damage: %v", err)
			}
			tc.damage(&a.Pairs[0])
			if err := a.Check(); !errors.Is(err, ErrInconsistent) {
				t.Errorf("Check = %v, want ErrInconsistent", err)
			}
		})
	}
}

// TestRescore checks that Rescore gives a parsed article the confidences
// Parse gave it, gives an article saved before confidences existed the
// same, and leaves the pairs the reader edited alone.
func TestRescore(t *testing.T) {
	for _, c := range loadGold(t) {
		t.Run(c.name, func(t *testing.T) {
			a := cloneArticle(t, c.got)
			a.Rescore()
			if !reflect.DeepEqual(a, c.got) {
				t.Error("Rescore changed a parsed article")
			}
			old := withoutConfidence(t, c.got)
			for _, p := range old.Pairs {
				if p.Confidence != 1 {
					t.Fatalf("an old pair loads with confidence %v, want 1", p.Confidence)
				}
			}
			old.Rescore()
			if !reflect.DeepEqual(old, c.got) {
				t.Error("Rescore of the article saved without confidences differs from Parse")
			}
			if err := old.MergePairs(0); err != nil {
				t.Fatal(err)
			}
			merged := old.Pairs[0]
			old.Rescore()
			if !reflect.DeepEqual(old.Pairs[0], merged) {
				t.Error("Rescore changed an edited pair")
			}
		})
	}
}

// withoutConfidence writes a as article.json was written before
// confidences, and reads it back.
func withoutConfidence(t *testing.T, a *Article) *Article {
	t.Helper()
	js, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(js, &raw); err != nil {
		t.Fatal(err)
	}
	for _, p := range raw["pairs"].([]any) {
		delete(p.(map[string]any), "confidence")
		delete(p.(map[string]any), "link_confidence")
	}
	if js, err = json.Marshal(raw); err != nil {
		t.Fatal(err)
	}
	var old Article
	if err := json.Unmarshal(js, &old); err != nil {
		t.Fatal(err)
	}
	return &old
}

func TestLowConfidence(t *testing.T) {
	sure := Pair{ZH: "甲。乙。", EN: "A. B.", SentencesZH: []Span{{0, 2}, {2, 4}}, SentencesEN: []Span{{0, 2}, {3, 5}},
		Links: []Link{{0, 0}, {1, 1}}, LinkConfidence: []float64{0.9, 0.8}, Confidence: 0.9}
	cases := []struct {
		name   string
		change func(p *Pair)
		want   bool
	}{
		{"sure", func(p *Pair) {}, false},
		{"doubtful pairing", func(p *Pair) { p.Confidence = 0.3 }, true},
		{"doubtful link", func(p *Pair) { p.LinkConfidence = []float64{0.9, 0.2} }, true},
		{"a sentence without counterpart", func(p *Pair) { p.Links, p.LinkConfidence = p.Links[:1], p.LinkConfidence[:1] }, true},
		{"unlinked by the reader", func(p *Pair) { p.Links, p.LinkConfidence, p.Edited = p.Links[:1], p.LinkConfidence[:1], true }, false},
		{"one language only", func(p *Pair) { *p = Pair{ZH: "甲。", SentencesZH: []Span{{0, 2}}, Confidence: 1} }, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := sure
			p.Links = append([]Link{}, sure.Links...)
			p.LinkConfidence = append([]float64{}, sure.LinkConfidence...)
			tc.change(&p)
			if got := p.LowConfidence(); got != tc.want {
				t.Errorf("LowConfidence = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestOneLanguageConfident checks that an article in one language, where
// nothing was aligned, is confident throughout, and that a pair without
// counterpart in a bilingual article is not.
func TestOneLanguageConfident(t *testing.T) {
	for _, c := range loadGold(t) {
		bilingual := false
		for _, p := range c.got.Pairs {
			bilingual = bilingual || p.ZH != "" && p.EN != ""
		}
		for i, p := range c.got.Pairs {
			oneSided := p.ZH == "" || p.EN == ""
			switch {
			case !bilingual && p.Confidence != 1:
				t.Errorf("%s pair %d: confidence %v in a one-language article", c.name, i, p.Confidence)
			case bilingual && oneSided && !p.LowConfidence():
				t.Errorf("%s pair %d: a paragraph without counterpart is not marked", c.name, i)
			}
		}
	}
}

// FuzzArticleJSON reads any article.json: whatever loads, Check, Rescore,
// LowConfidence and the edits must take without panicking, and an article
// that passes Check must still pass it after Rescore and after any edit.
func FuzzArticleJSON(f *testing.F) {
	for _, tc := range parseCases {
		name := strings.TrimSuffix(tc.file, filepath.Ext(tc.file)) + ".golden.json"
		f.Add(readFile(f, filepath.Join("testdata/parse", name)), []byte{0, 0, 1, 1, 1})
	}
	f.Add([]byte(`{"pairs":[{"zh":"甲。","en":"A.","sentences_zh":[[0,9]],"links":[[0,3]]}]}`), []byte{1, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, js, ops []byte) {
		var a Article
		if json.Unmarshal(js, &a) != nil {
			return
		}
		valid := a.Check() == nil
		a.Rescore()
		for i := range a.Pairs {
			a.Pairs[i].LowConfidence()
		}
		if valid && a.Check() != nil {
			t.Fatalf("Rescore broke a valid article: %v", a.Check())
		}
		for len(ops) >= 5 {
			err := a.Apply(fuzzEdit(&a, ops[:5]))
			ops = ops[5:]
			if err != nil && !errors.Is(err, ErrEdit) {
				t.Fatalf("edit error %v is not ErrEdit", err)
			}
			if valid && a.Check() != nil {
				t.Fatalf("an edit broke a valid article: %v", a.Check())
			}
		}
	})
}
