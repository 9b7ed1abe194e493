package annotation

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"tandem/article"
	"tandem/internal/w3ctest"
)

func sample(t *testing.T) *Annotation {
	a := articleOf([]string{"Huang says the deal was nonbinding. OpenAI disagrees."}, []string{"黄仁勋说这笔交易不具约束力。OpenAI 不同意。"})
	an := New(a, mustFind(t, a, article.EN, "nonbinding", 1), Pink)
	an.AddTag("forecast")
	an.AddTag("denial")
	an.Note = "Huang *hedges*: see <the FT> & co."
	return an
}

func TestW3CRoundTripIsExact(t *testing.T) {
	for _, tc := range []struct {
		name   string
		change func(*Annotation)
	}{
		{"paired", func(*Annotation) {}},
		{"counterpart cleared", func(an *Annotation) { an.Counterpart, an.CounterpartSet = nil, true }},
		{"sentence counterpart from before the word finder", func(an *Annotation) { an.CounterpartConfidence = 0 }},
		{"unsure counterpart", func(an *Annotation) { an.CounterpartConfidence = 0.01 }},
		{"orphan without note or tags", func(an *Annotation) { an.Orphan, an.Note, an.Tags = true, "", nil }},
		{"number claim with figures", func(an *Annotation) {
			an.Figures = []Figure{{Quote: "1.4 兆美元", Amount: 1.4e12, Unit: "USD"}, {Quote: "27%", Amount: 27, Unit: "%"}}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			an := sample(t)
			tc.change(an)
			data, err := an.MarshalW3C()
			if err != nil {
				t.Fatal(err)
			}
			back, err := ParseW3C(data)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(back, an) {
				t.Errorf("round trip changed the annotation:\n%+v\n%+v", an, back)
			}
		})
	}
}

func TestNewFindsTheWordCounterpart(t *testing.T) {
	a := articleOf([]string{"Huang says the deal was nonbinding. OpenAI disagrees."}, []string{"黄仁勋说这笔交易不具约束力。OpenAI 不同意。"})
	an := New(a, mustFind(t, a, article.EN, "the deal", 1), Pink)
	if an.Counterpart == nil || an.Counterpart.Exact != "交易" || an.CounterpartConfidence < LowConfidence || an.CounterpartUnsure() {
		t.Errorf("counterpart %+v, confidence %v: want 交易, sure", an.Counterpart, an.CounterpartConfidence)
	}
	data, err := an.MarshalW3C()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"counterpartConfidence": `) {
		t.Errorf("the confidence is not written:\n%s", data)
	}
}

func TestW3CPassesTheMustAssertions(t *testing.T) {
	suite, err := w3ctest.FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	an := sample(t)
	an.Figures = []Figure{{Quote: "1.4 兆美元", Amount: 1.4e12, Unit: "USD"}}
	data, _ := an.MarshalW3C()
	for _, f := range suite.CheckAnnotation(data) {
		t.Error(f)
	}
	if !strings.Contains(string(data), `"purpose": "commenting"`) || strings.Count(string(data), `"purpose": "tagging"`) != 2 {
		t.Errorf("note and tags are not TextualBodies with their purposes:\n%s", data)
	}
	if strings.Count(string(data), `"type": "SpecificResource"`) != 2 {
		t.Errorf("a paired highlight needs two SpecificResource targets:\n%s", data)
	}
}

func TestParseW3CRejectsWhatItCannotRead(t *testing.T) {
	good, _ := sample(t).MarshalW3C()
	for name, doc := range map[string]string{
		"not JSON":          `{"type": "Annotation",`,
		"half written":      string(good[:len(good)/2]),
		"wrong type":        strings.Replace(string(good), `"type": "Annotation"`, `"type": "Note"`, 1),
		"bad id":            strings.Replace(string(good), "urn:uuid:", "urn:x:", 1),
		"bad colour":        strings.Replace(string(good), `"color": "pink"`, `"color": "mauve"`, 1),
		"foreign source":    strings.ReplaceAll(string(good), "urn:tandem:article:", "https://example.org/"),
		"no target":         `{"type":"Annotation","id":"urn:uuid:0f8e2a3c-1b2d-4c5e-8f90-123456789abc","color":"pink","created":"2026-01-01T00:00:00Z","modified":"2026-01-01T00:00:00Z"}`,
		"bad created":       strings.Replace(string(good), `"created": "`, `"created": "yesterday`, 1),
		"negative offset":   strings.Replace(string(good), `"start": `, `"start": -`, 1),
		"confidence over 1": strings.Replace(string(good), `"counterpartConfidence": `, `"counterpartConfidence": 7`, 1),
	} {
		if _, err := ParseW3C([]byte(doc)); !errors.Is(err, ErrW3C) {
			t.Errorf("%s: error %v, want ErrW3C", name, err)
		}
	}
}

// TestParseW3CReadsAColourAsWritten: a colour written in capitals or with
// spaces, as a hand-edited file may have it, reads as the colour itself.
func TestParseW3CReadsAColourAsWritten(t *testing.T) {
	good, _ := sample(t).MarshalW3C()
	for _, written := range []string{"pink", "Pink", " PINK "} {
		an, err := ParseW3C([]byte(strings.Replace(string(good), `"color": "pink"`, `"color": "`+written+`"`, 1)))
		if err != nil {
			t.Fatalf("%q: %v", written, err)
		}
		if an.Color != Pink || an.Target.Lang != article.EN {
			t.Errorf("%q: colour %q, language %q", written, an.Color, an.Target.Lang)
		}
	}
}
