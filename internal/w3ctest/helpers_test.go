package w3ctest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// realSuite loads, once per test binary, the suite FromEnv finds: the
// repository's copy in testdata unless $W3C_ANNOTATION_TESTS names another.
var realSuite = sync.OnceValues(FromEnv)

// loadSuite returns the real suite or stops the test.
func loadSuite(t testing.TB) *Suite {
	t.Helper()
	s, err := realSuite()
	if err != nil {
		t.Fatalf("loading the W3C annotation suite: %v", err)
	}
	return s
}

// readSample reads tools/samples/<rel> from the suite.
func readSample(t testing.TB, s *Suite, rel string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(s.Dir(), "tools", "samples", filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// assertionNames returns the base names of the failed assertions, sorted
// and without duplicates.
func assertionNames(fs []Failure) []string {
	var names []string
	for _, f := range fs {
		names = append(names, filepath.Base(f.Assertion))
	}
	slices.Sort(names)
	return slices.Compact(names)
}

// wantExactly fails the test unless the failed assertions are exactly
// want (base names, any order).
func wantExactly(t *testing.T, got []Failure, want ...string) {
	t.Helper()
	want = slices.Clone(want)
	slices.Sort(want)
	if names := assertionNames(got); !slices.Equal(names, want) {
		t.Errorf("failed assertions = %q, want %q", names, want)
		for _, f := range got {
			t.Log(f)
		}
	}
}

// decode parses a JSON document into generic values.
func decode(t testing.TB, doc string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		t.Fatalf("test document is not JSON: %v", err)
	}
	return v
}

// encode renders v as JSON.
func encode(t testing.TB, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// edit is one change to a decoded document, addressed by a JSON pointer
// such as "/target/0/selector/1/start". A nil value deletes the member.
type edit struct {
	ptr   string
	value any
}

// set returns an edit that stores value at ptr.
func set(ptr string, value any) edit { return edit{ptr, value} }

// del returns an edit that removes the object member at ptr.
func del(ptr string) edit { return edit{ptr, nil} }

// mutate applies edits to a fresh copy of doc and returns the result.
func mutate(t testing.TB, doc string, edits ...edit) []byte {
	t.Helper()
	v := decode(t, doc)
	for _, e := range edits {
		apply(t, v, e)
	}
	return encode(t, v)
}

// apply performs one edit in place.
func apply(t testing.TB, root any, e edit) {
	t.Helper()
	tokens := strings.Split(strings.TrimPrefix(e.ptr, "/"), "/")
	parent := walk(t, root, tokens[:len(tokens)-1])
	last := tokens[len(tokens)-1]
	switch p := parent.(type) {
	case map[string]any:
		if e.value == nil {
			delete(p, last)
		} else {
			p[last] = e.value
		}
	case []any:
		p[index(t, last, len(p))] = e.value
	default:
		t.Fatalf("edit %s: parent is %T", e.ptr, parent)
	}
}

// walk follows JSON pointer tokens from v.
func walk(t testing.TB, v any, tokens []string) any {
	t.Helper()
	for _, tok := range tokens {
		switch c := v.(type) {
		case map[string]any:
			v = c[tok]
		case []any:
			v = c[index(t, tok, len(c))]
		default:
			t.Fatalf("cannot step into %T with %q", v, tok)
		}
	}
	return v
}

// index parses an array index token and checks its range.
func index(t testing.TB, tok string, n int) int {
	t.Helper()
	i, err := strconv.Atoi(tok)
	if err != nil || i < 0 || i >= n {
		t.Fatalf("bad array index %q for length %d", tok, n)
	}
	return i
}
