package w3ctest

import (
	"strings"
	"testing"
)

// tandemAnnotation is the shape of annotation Tandem exports.
const tandemAnnotation = `{"@context":["http://www.w3.org/ns/anno.jsonld",{"tandem":"urn:tandem:vocab:","color":"tandem:color","paragraph":{"@id":"tandem:paragraph","@type":"xsd:integer"},"orphan":{"@id":"tandem:orphan","@type":"xsd:boolean"},"counterpartSet":{"@id":"tandem:counterpartSet","@type":"xsd:boolean"}}],
 "id":"urn:uuid:0f8e2a3c-1b2d-4c5e-8f90-123456789abc","type":"Annotation","motivation":"highlighting",
 "created":"2026-11-28T13:00:00.123Z","modified":"2026-11-28T13:05:00Z","color":"yellow",
 "body":[{"type":"TextualBody","purpose":"commenting","value":"Huang *hedges*.","format":"text/markdown"},{"type":"TextualBody","purpose":"tagging","value":"forecast"}],
 "target":[{"type":"SpecificResource","source":"urn:tandem:article:2026-02-05-fb404c39","language":"en","paragraph":0,"selector":[{"type":"TextQuoteSelector","exact":"nonbinding","prefix":"OpenAI was ","suffix":", while"},{"type":"TextPositionSelector","start":212,"end":222}]},
           {"type":"SpecificResource","source":"urn:tandem:article:2026-02-05-fb404c39","language":"zh","paragraph":0,"selector":[{"type":"TextQuoteSelector","exact":"其实不具约束力","prefix":"投资","suffix":","},{"type":"TextPositionSelector","start":90,"end":97}]}]}`

// Assertion base names used by several tests.
const (
	contextMust   = "3.1-annotationContextValidated.json"
	idMust        = "3.1-annotationIdValidated.json"
	typeMust      = "3.1-annotationTypeValidated.json"
	targetKeyMust = "3.1-targetKeyFound.json"
	targetObjMust = "3.2-targetObjectsRecognized.json"
	createdMust   = "3.3.1-annotationCreatedValidated.json"
	modifiedMust  = "3.3.1-annotationModifiedValidated.json"
	bodyXorMust   = "3.2.5-notBodyBodyValue.json"
	bodyObjMust   = "3.2-bodyObjectsRecognized.json"
	selectorMust  = "4.2-selectorValidIfPresent.json"
	positionMust  = "4.2-TextDataPositionSelectorValid.json"
	quoteMust     = "4.2.4-textQuoteSelectorValid.json"
)

func TestLoadCompilesEveryMust(t *testing.T) {
	s := loadSuite(t)
	counts := map[string]int{}
	for _, p := range s.Assertions() {
		switch {
		case strings.HasPrefix(p, "annotations/"):
			counts["annotation"]++
		case strings.HasPrefix(p, "collections/pages/"):
			counts["page"]++
		case strings.HasPrefix(p, "collections/"):
			counts["collection"]++
		}
	}
	want := map[string]int{"annotation": 54, "collection": 10, "page": 15}
	for kind, n := range want {
		t.Run(kind, func(t *testing.T) {
			if counts[kind] != n {
				t.Errorf("%d %s assertions loaded, want %d", counts[kind], kind, n)
			}
		})
	}
}

func TestTandemAnnotationPassesEveryMust(t *testing.T) {
	s := loadSuite(t)
	wantExactly(t, s.CheckAnnotation([]byte(tandemAnnotation)))
}

func TestBrokenAnnotationsFailTheRightMust(t *testing.T) {
	s := loadSuite(t)
	tests := []struct {
		name  string
		edits []edit
		want  []string
	}{
		{"missing @context", []edit{del("/@context")}, []string{contextMust}},
		{"@context without anno.jsonld",
			[]edit{set("/@context", []any{"http://example.org/ctx.jsonld", map[string]any{"tandem": "urn:tandem:vocab:"}})},
			[]string{contextMust}},
		{"@context with https anno.jsonld",
			[]edit{set("/@context", "https://www.w3.org/ns/anno.jsonld")},
			[]string{contextMust}},
		{"missing target", []edit{del("/target")}, []string{targetKeyMust, targetObjMust}},
		{"type not Annotation", []edit{set("/type", "Highlight")}, []string{typeMust}},
		{"missing type", []edit{del("/type")}, []string{typeMust}},
		{"id not an IRI", []edit{set("/id", "not an iri")}, []string{idMust}},
		{"id a bare UUID", []edit{set("/id", "0f8e2a3c-1b2d-4c5e-8f90-123456789abc")}, []string{idMust}},
		{"missing id", []edit{del("/id")}, []string{idMust}},
		{"created not a date-time", []edit{set("/created", "yesterday")}, []string{createdMust}},
		{"created without time zone", []edit{set("/created", "2026-11-28T13:00:00")}, []string{createdMust}},
		{"created with month 13", []edit{set("/created", "2026-13-28T13:00:00Z")}, []string{createdMust}},
		{"modified a date only", []edit{set("/modified", "2026-11-28")}, []string{modifiedMust}},
		{"both body and bodyValue", []edit{set("/bodyValue", "plain comment")}, []string{bodyXorMust}},
		{"TextualBody without value", []edit{del("/body/0/value")}, []string{bodyObjMust}},
		{"TextPositionSelector with negative start",
			[]edit{set("/target/0/selector/1/start", -1)},
			[]string{selectorMust, positionMust}},
		{"TextPositionSelector without end",
			[]edit{del("/target/1/selector/1/end")},
			[]string{selectorMust, positionMust}},
		{"TextQuoteSelector without exact",
			[]edit{del("/target/1/selector/0/exact")},
			[]string{selectorMust, quoteMust}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantExactly(t, s.CheckAnnotation(mutate(t, tandemAnnotation, tt.edits...)), tt.want...)
		})
	}
}

// TestLenientButValid pins down what the MUSTs deliberately do not check,
// so a change in the suite or the validator shows up here.
func TestLenientButValid(t *testing.T) {
	s := loadSuite(t)
	tests := []struct {
		name  string
		edits []edit
	}{
		{"created with a numeric offset", []edit{set("/created", "2026-11-28T21:00:00+08:00")}},
		{"unknown motivation", []edit{set("/motivation", "squirrelling")}},
		{"no motivation", []edit{del("/motivation")}},
		{"no body", []edit{del("/body")}},
		{"type array including Annotation", []edit{set("/type", []any{"Annotation", "tandem:Highlight"})}},
		{"TextPositionSelector end before start", []edit{set("/target/0/selector/1/end", 1)}},
		{"single string target", []edit{set("/target", "urn:tandem:article:2026-02-05-fb404c39")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantExactly(t, s.CheckAnnotation(mutate(t, tandemAnnotation, tt.edits...)))
		})
	}
}

// TestFormatAssertionIsOn proves "format" is enforced: each value below
// has the right JSON type and is rejected only by its format.
func TestFormatAssertionIsOn(t *testing.T) {
	s := loadSuite(t)
	tests := []struct {
		name, ptr, value, assertion, detail string
	}{
		{"date-time", "/created", "2026-11-28 13:00", createdMust, "is not valid date-time"},
		{"uri", "/id", "relative/path", idMust, "is not valid uri"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := s.CheckAnnotation(mutate(t, tandemAnnotation, set(tt.ptr, tt.value)))
			wantExactly(t, got, tt.assertion)
			if len(got) == 1 && !strings.Contains(got[0].Detail, tt.detail) {
				t.Errorf("detail %q does not mention %q", got[0].Detail, tt.detail)
			}
		})
	}
}

func TestFailureCarriesAssertionText(t *testing.T) {
	s := loadSuite(t)
	got := s.CheckAnnotation(mutate(t, tandemAnnotation, del("/@context")))
	if len(got) != 1 {
		t.Fatalf("got %d failures, want 1: %v", len(got), got)
	}
	f := got[0]
	checks := []struct{ name, value, want string }{
		{"Assertion", f.Assertion, "annotations/" + contextMust},
		{"Message", f.Message, "ERROR: Annotation is missing @context key"},
		{"Title", f.Title, "@context"},
		{"Detail", f.Detail, "missing property '@context'"},
		{"String", f.String(), contextMust},
	}
	for _, c := range checks {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(c.value, c.want) {
				t.Errorf("%s = %q, want it to contain %q", c.name, c.value, c.want)
			}
		})
	}
	if f.Item != -1 || f.Location != "" {
		t.Errorf("Item, Location = %d, %q; want -1, \"\"", f.Item, f.Location)
	}
}

func TestNotJSON(t *testing.T) {
	s := loadSuite(t)
	inputs := map[string]string{
		"text":           "this is not json",
		"trailing comma": `{"type":"Annotation",}`,
		"two values":     `{} {}`,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			got := s.CheckAnnotation([]byte(in))
			if len(got) != 1 || got[0].Assertion != notJSON {
				t.Errorf("got %v, want one %q failure", got, notJSON)
			}
		})
	}
}

func TestConcurrentChecks(t *testing.T) {
	s := loadSuite(t)
	bad := mutate(t, tandemAnnotation, del("/target"))
	for i := range 8 {
		t.Run("worker", func(t *testing.T) {
			t.Parallel()
			if i%2 == 0 {
				wantExactly(t, s.CheckAnnotation([]byte(tandemAnnotation)))
			} else {
				wantExactly(t, s.CheckAnnotation(bad), targetKeyMust, targetObjMust)
			}
		})
	}
}
