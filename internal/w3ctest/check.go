package w3ctest

import (
	"bytes"
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// notJSON is the Assertion name of the failure reported for input that
// is not a single JSON value.
const notJSON = "(input is not JSON)"

// CheckAnnotation returns every annotation MUST assertion that doc, a
// single Web Annotation, fails. A nil result means it passes them all.
func (s *Suite) CheckAnnotation(doc []byte) []Failure {
	v, failure := parse(doc)
	if failure != nil {
		return failure
	}
	return checkAll(s.annotation, v, "", -1)
}

// CheckCollection returns every failed assertion for doc, an
// AnnotationCollection: the collection MUSTs on the document; when
// "first" is an embedded object, the page MUSTs (which the suite writes
// against a collection with an embedded page, looking at /first) and the
// annotation MUSTs on every embedded item of that page.
func (s *Suite) CheckCollection(doc []byte) []Failure {
	v, failure := parse(doc)
	if failure != nil {
		return failure
	}
	out := checkAll(s.collection, v, "", -1)
	page, ok := embeddedFirst(v)
	if !ok {
		return out
	}
	out = append(out, checkAll(s.page, v, "", -1)...)
	ctx := inheritedContext(v, page)
	return append(out, s.checkItems(page, ctx, "/first")...)
}

// CheckPage returns every failed assertion for doc, a stand-alone
// AnnotationPage: the page MUSTs and the annotation MUSTs on every
// embedded item.
func (s *Suite) CheckPage(doc []byte) []Failure {
	v, failure := parse(doc)
	if failure != nil {
		return failure
	}
	out := checkAll(s.page, v, "", -1)
	page, ok := v.(map[string]any)
	if !ok {
		return out
	}
	return append(out, s.checkItems(page, page["@context"], "")...)
}

// checkItems applies the annotation MUSTs to every object in the page's
// "items". An item without its own @context is checked under ctx, the
// context it inherits from the enclosing page or collection in JSON-LD.
// String items (annotation IRIs) are left to the page assertions.
func (s *Suite) checkItems(page map[string]any, ctx any, pageLoc string) []Failure {
	items, _ := page["items"].([]any)
	var out []Failure
	for i, item := range items {
		obj, ok := item.(map[string]any)
		if !ok {
			continue
		}
		loc := fmt.Sprintf("%s/items/%d", pageLoc, i)
		out = append(out, checkAll(s.annotation, withContext(obj, ctx), loc, i)...)
	}
	return out
}

// embeddedFirst returns the collection's "first" page when it is embedded
// as an object rather than referenced by IRI.
func embeddedFirst(v any) (map[string]any, bool) {
	coll, ok := v.(map[string]any)
	if !ok {
		return nil, false
	}
	page, ok := coll["first"].(map[string]any)
	return page, ok
}

// inheritedContext returns the @context in force inside page: its own,
// or else the collection's.
func inheritedContext(coll any, page map[string]any) any {
	if ctx, ok := page["@context"]; ok {
		return ctx
	}
	return coll.(map[string]any)["@context"]
}

// withContext returns obj, or a shallow copy of it with "@context" set to
// ctx when obj has none and ctx is known.
func withContext(obj map[string]any, ctx any) map[string]any {
	if _, has := obj["@context"]; has || ctx == nil {
		return obj
	}
	cp := make(map[string]any, len(obj)+1)
	for k, v := range obj {
		cp[k] = v
	}
	cp["@context"] = ctx
	return cp
}

// parse decodes doc, or reports why it cannot be checked at all.
func parse(doc []byte) (any, []Failure) {
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return nil, []Failure{{
			Assertion: notJSON,
			Message:   "ERROR: document is not a single JSON value.",
			Detail:    err.Error(),
			Item:      -1,
		}}
	}
	return v, nil
}
