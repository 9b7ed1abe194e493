// Package w3ctest checks Web Annotation documents against the MUST
// assertions of the W3C Web Annotation test suite (annotation-model).
//
// The suite is a directory of JSON Schema (draft-04) assertion files. Load
// compiles the assertions listed in annotations/annotationMusts.test,
// collections/collectionMusts.test and collections/pages/pageMusts.test,
// resolving their references ("annotations.json#/...", "id.json#/...")
// to the files in the suite's definitions/ directory. Format assertions
// (date-time, uri) are enforced.
//
// The repository keeps the parts of the suite the tests read in
// testdata/w3c-annotation-tests (see its README.md for the source and
// licence); FromEnv loads that copy, or the one $W3C_ANNOTATION_TESTS
// names.
package w3ctest

import (
	"fmt"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Failure is one assertion a document did not satisfy.
type Failure struct {
	// Assertion is the assertion file, relative to the suite root, e.g.
	// "annotations/3.1-annotationContextValidated.json".
	Assertion string
	// Message is the assertion's "errorMessage".
	Message string
	// Title is the assertion's "title".
	Title string
	// Detail is the validator's explanation of the mismatch.
	Detail string
	// Location is the JSON pointer, within the checked document, of the
	// object the assertion was applied to ("" for the document itself,
	// "/first/items/2" for the third item of an embedded page).
	Location string
	// Item is the index of the page item the failure is about, or -1
	// when the failure is not about a page item.
	Item int
}

// String renders the failure on one line, followed by the detail.
func (f Failure) String() string {
	where := ""
	if f.Item >= 0 {
		where = fmt.Sprintf(" [item %d]", f.Item)
	}
	if f.Location != "" {
		where += " at " + f.Location
	}
	return fmt.Sprintf("%s%s: %s\n%s", f.Assertion, where, f.Message, f.Detail)
}

// Suite holds the compiled MUST assertions of a test suite. It is safe for
// concurrent use once loaded.
type Suite struct {
	dir        string
	annotation []assertion
	collection []assertion
	page       []assertion
}

// assertion is one compiled assertion file.
type assertion struct {
	path        string // relative to the suite root
	expectValid bool   // "expectedResult": "valid"
	message     string // "errorMessage"
	title       string // "title"
	schema      *jsonschema.Schema
}

// Dir returns the suite directory the assertions were loaded from.
func (s *Suite) Dir() string { return s.dir }

// Assertions returns the suite-relative paths of every loaded assertion:
// annotation MUSTs first, then collection MUSTs, then page MUSTs.
func (s *Suite) Assertions() []string {
	var paths []string
	for _, set := range [][]assertion{s.annotation, s.collection, s.page} {
		for _, a := range set {
			paths = append(paths, a.path)
		}
	}
	return paths
}

// check applies one assertion to v and reports a failure, if any.
func (a assertion) check(v any, location string, item int) (Failure, bool) {
	detail, ok := a.outcome(v)
	if ok {
		return Failure{}, false
	}
	return Failure{
		Assertion: a.path,
		Message:   a.message,
		Title:     a.title,
		Detail:    detail,
		Location:  location,
		Item:      item,
	}, true
}

// outcome validates v and says whether the result is the expected one,
// with the validator's detail when it is not.
func (a assertion) outcome(v any) (string, bool) {
	err := a.schema.Validate(v)
	switch {
	case a.expectValid && err != nil:
		return err.Error(), false
	case !a.expectValid && err == nil:
		return "document satisfies the schema, but the assertion expects it not to", false
	}
	return "", true
}

// checkAll applies every assertion in set to v.
func checkAll(set []assertion, v any, location string, item int) []Failure {
	var out []Failure
	for _, a := range set {
		if f, failed := a.check(v, location, item); failed {
			out = append(out, f)
		}
	}
	return out
}
