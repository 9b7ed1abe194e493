package w3ctest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// miniSuite is a one-assertion suite whose assertion expects documents
// with a "foo" key to be INVALID, reached through a definitions file.
var miniSuite = map[string]string{
	"annotations/annotationMusts.test": `{"assertions": ["annotations/sub/noFoo.json"]}`,
	"annotations/sub/noFoo.json": `{
	  "$schema": "http://json-schema.org/draft-04/schema#",
	  "id": "noFoo.json",
	  "assertionType": "must",
	  "expectedResult": "invalid",
	  "errorMessage": "ERROR: foo present.",
	  "title": "No foo",
	  "$ref": "defs.json#/definitions/hasFoo"
	}`,
	"definitions/defs.json": `{
	  "$schema": "http://json-schema.org/draft-04/schema#",
	  "id": "defs.json",
	  "definitions": {"hasFoo": {"type": "object", "required": ["foo"]}}
	}`,
}

// writeSuite writes files (suite-relative path to content) under a new
// temporary directory, after applying overrides; an empty override
// content removes the file.
func writeSuite(t testing.TB, dir string, overrides map[string]string) string {
	t.Helper()
	files := map[string]string{}
	for k, v := range miniSuite {
		files[k] = v
	}
	for k, v := range overrides {
		files[k] = v
	}
	for rel, content := range files {
		if content == "" {
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestExpectedResultInvalidIsHonoured(t *testing.T) {
	s, err := Load(writeSuite(t, t.TempDir(), nil))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, doc string
		fails     bool
	}{
		{"schema matches, so the assertion fails", `{"foo": 1}`, true},
		{"schema does not match, so the assertion holds", `{"bar": 1}`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := s.CheckAnnotation([]byte(tt.doc))
			if fails := len(got) > 0; fails != tt.fails {
				t.Fatalf("failures = %v, want failing=%v", got, tt.fails)
			}
			if tt.fails && got[0].Assertion != "annotations/sub/noFoo.json" {
				t.Errorf("Assertion = %q", got[0].Assertion)
			}
		})
	}
}

func TestOptionalListsMayBeAbsent(t *testing.T) {
	s, err := Load(writeSuite(t, t.TempDir(), nil))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(s.Assertions()); n != 1 {
		t.Errorf("%d assertions loaded, want 1", n)
	}
	if got := s.CheckCollection([]byte(`{"first": {"items": [{"bar": 1}]}}`)); len(got) != 0 {
		t.Errorf("collection without collection MUSTs failed: %v", got)
	}
	got := s.CheckCollection([]byte(`{"first": {"items": [{"bar": 1}, {"foo": 1}]}}`))
	if len(got) != 1 || got[0].Item != 1 {
		t.Errorf("item check = %v, want one failure for item 1", got)
	}
}

func TestLoadErrors(t *testing.T) {
	const noFoo = "annotations/sub/noFoo.json"
	assertion := func(replace, with string) string {
		return strings.Replace(miniSuite[noFoo], replace, with, 1)
	}
	tests := []struct {
		name      string
		overrides map[string]string
		want      string
	}{
		{"no annotation list", map[string]string{"annotations/annotationMusts.test": ""}, "annotationMusts.test"},
		{"empty annotation list", map[string]string{"annotations/annotationMusts.test": `{"assertions": []}`}, "no assertions"},
		{"assertion file missing", map[string]string{noFoo: ""}, "noFoo.json"},
		{"not a must", map[string]string{noFoo: assertion(`"must"`, `"should"`)}, "assertionType"},
		{"unknown expectedResult", map[string]string{noFoo: assertion(`"invalid"`, `"maybe"`)}, "expectedResult"},
		{"unknown definition file", map[string]string{noFoo: assertion("defs.json", "nope.json")}, "nope.json"},
		{"reference off the suite", map[string]string{noFoo: assertion("defs.json", "http://example.org/defs.json")}, "example.org"},
		{"broken collection list", map[string]string{"collections/collectionMusts.test": `{`}, "collectionMusts.test"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(writeSuite(t, t.TempDir(), tt.overrides))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Load error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}
