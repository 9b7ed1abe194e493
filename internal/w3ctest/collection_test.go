package w3ctest

import (
	"strings"
	"testing"
)

// Collection and page assertion base names.
const (
	collTypeMust    = "5.1-collectionTypeValidated.json"
	collIDMust      = "5.1-collectionIdValidated.json"
	collFirstMust   = "5.1-collectionFirstValidated.json"
	collTotalMust   = "5.1-collectionTotalValidated.json"
	collLastMust    = "5.1-collectionLastValidated.json"
	pageIDMust      = "5.2-pageIdValidated.json"
	pageItemsMust   = "5.2-pageItemsValidated.json"
	pageStartMust   = "5.2-pageStartIndexValidated.json"
	pageTypeMust    = "5.2-pageTypeValidated.json"
	collContextMust = "5.1-collectionContextValidated.json"
	pageContextMust = "5.2-pageContextValidated.json"
)

// tandemCollection is the export shape from the brief: its embedded page
// has no id, which the page MUSTs reject.
var tandemCollection = `{"@context":"http://www.w3.org/ns/anno.jsonld",
 "id":"urn:uuid:6a1d3c52-7e0b-4f39-9a8e-0c2b4d6f8a10","type":"AnnotationCollection",
 "label":"Tandem export","total":1,
 "first":{"type":"AnnotationPage","startIndex":0,"items":[` + tandemAnnotation + `]}}`

// pageID is an IRI for the embedded page of tandemCollection.
const pageID = "urn:uuid:6a1d3c52-7e0b-4f39-9a8e-0c2b4d6f8a10#page1"

func TestTandemCollection(t *testing.T) {
	s := loadSuite(t)
	tests := []struct {
		name  string
		edits []edit
		want  []string
	}{
		{"as briefed, page without id", nil, []string{pageIDMust}},
		{"page with id", []edit{set("/first/id", pageID)}, nil},
		{"item inherits the collection @context",
			[]edit{set("/first/id", pageID), del("/first/items/0/@context")}, nil},
		{"first given by IRI", []edit{set("/first", pageID)}, nil},
		{"empty, no first", []edit{set("/total", 0), del("/first")}, nil},
		{"total without first", []edit{del("/first")}, []string{collFirstMust}},
		{"negative total", []edit{set("/first/id", pageID), set("/total", -1)}, []string{collTotalMust}},
		{"type not AnnotationCollection",
			[]edit{set("/first/id", pageID), set("/type", "Collection")}, []string{collTypeMust}},
		{"id not an IRI", []edit{set("/first/id", pageID), set("/id", "tandem export")}, []string{collIDMust}},
		{"last not an IRI", []edit{set("/first/id", pageID), set("/last", "page 9")}, []string{collLastMust}},
		{"page type missing", []edit{set("/first/id", pageID), del("/first/type")},
			[]string{collFirstMust, pageTypeMust}},
		{"page startIndex negative", []edit{set("/first/id", pageID), set("/first/startIndex", -1)},
			[]string{pageStartMust}},
		{"page without items", []edit{set("/first/id", pageID), del("/first/items")}, []string{pageItemsMust}},
		{"no @context anywhere",
			[]edit{set("/first/id", pageID), del("/@context"), del("/first/items/0/@context")},
			[]string{collContextMust, pageContextMust, contextMust}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantExactly(t, s.CheckCollection(mutate(t, tandemCollection, tt.edits...)), tt.want...)
		})
	}
}

func TestCollectionNamesTheBadItem(t *testing.T) {
	s := loadSuite(t)
	doc := decode(t, tandemCollection).(map[string]any)
	page := doc["first"].(map[string]any)
	page["id"] = pageID
	item := page["items"].([]any)[0]
	broken := decode(t, tandemAnnotation).(map[string]any)
	delete(broken, "target")
	page["items"] = []any{item, item, broken, item}

	got := s.CheckCollection(encode(t, doc))
	if len(got) == 0 {
		t.Fatal("a collection with a target-less item passed")
	}
	for _, f := range got {
		if f.Item != 2 || f.Location != "/first/items/2" {
			t.Errorf("failure %s: Item, Location = %d, %q; want 2, \"/first/items/2\"", f.Assertion, f.Item, f.Location)
		}
		if !strings.Contains(f.String(), "[item 2]") {
			t.Errorf("String() = %q does not name item 2", f.String())
		}
	}
	wantExactly(t, got, targetKeyMust, targetObjMust)
}

func TestTandemPage(t *testing.T) {
	s := loadSuite(t)
	page := `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"` + pageID + `",
	 "type":"AnnotationPage","startIndex":0,"items":[` + tandemAnnotation + `]}`
	tests := []struct {
		name  string
		edits []edit
		want  []string
	}{
		{"stand-alone page", nil, nil},
		{"partOf an embedded collection",
			[]edit{set("/partOf", map[string]any{"id": "urn:uuid:6a1d3c52-7e0b-4f39-9a8e-0c2b4d6f8a10", "total": 1})}, nil},
		{"without id", []edit{del("/id")}, []string{pageIDMust}},
		{"without @context", []edit{del("/@context")}, []string{pageContextMust}},
		{"with a non-Annotation item", []edit{set("/items/0/type", "Note")}, []string{pageItemsMust, typeMust}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantExactly(t, s.CheckPage(mutate(t, page, tt.edits...)), tt.want...)
		})
	}
}
