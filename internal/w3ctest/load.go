package w3ctest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Test-list files, relative to the suite root. Only the annotation list is
// required; the collection and page lists are used when present.
const (
	annotationMusts = "annotations/annotationMusts.test"
	collectionMusts = "collections/collectionMusts.test"
	pageMusts       = "collections/pages/pageMusts.test"
)

// schemaBase is the made-up base URL every schema is registered under.
// Assertions and definitions share one flat namespace, so a reference such
// as "annotations.json#/definitions/x" in any assertion resolves to
// schemaBase+"annotations.json", which definitionsLoader serves from the
// definitions/ directory. Nothing is ever fetched from the network.
const schemaBase = "https://w3c-annotation-tests.invalid/schemas/"

// Load compiles the MUST assertions of the test suite in suiteDir.
func Load(suiteDir string) (*Suite, error) {
	c := newCompiler(suiteDir)
	s := &Suite{dir: suiteDir}
	var err error
	if s.annotation, err = loadList(c, suiteDir, annotationMusts, true); err != nil {
		return nil, err
	}
	if s.collection, err = loadList(c, suiteDir, collectionMusts, false); err != nil {
		return nil, err
	}
	if s.page, err = loadList(c, suiteDir, pageMusts, false); err != nil {
		return nil, err
	}
	return s, nil
}

// newCompiler returns a draft-04 compiler that asserts formats and
// resolves definition files from suiteDir/definitions.
func newCompiler(suiteDir string) *jsonschema.Compiler {
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft4)
	// jsonschema/v6 already asserts "format" for drafts before 2019-09;
	// saying so explicitly keeps date-time and uri checks on regardless.
	c.AssertFormat()
	c.UseLoader(definitionsLoader{dir: filepath.Join(suiteDir, "definitions")})
	return c
}

// definitionsLoader serves schemaBase+"<name>.json" from a definitions
// directory and refuses every other URL.
type definitionsLoader struct {
	dir string
}

// Load implements jsonschema.URLLoader.
func (l definitionsLoader) Load(url string) (any, error) {
	name, ok := strings.CutPrefix(url, schemaBase)
	if !ok || name == "" || strings.ContainsAny(name, `/\`) {
		return nil, fmt.Errorf("w3ctest: refusing to load %q: not a suite definition", url)
	}
	return readSchema(filepath.Join(l.dir, name))
}

// testList is the part of a ".test" file that names the assertions.
type testList struct {
	Assertions []string `json:"assertions"`
}

// loadList compiles the assertions named by the test list at rel. A
// missing optional list yields no assertions.
func loadList(c *jsonschema.Compiler, suiteDir, rel string, required bool) ([]assertion, error) {
	raw, err := os.ReadFile(filepath.Join(suiteDir, filepath.FromSlash(rel)))
	if errors.Is(err, fs.ErrNotExist) && !required {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("w3ctest: %w", err)
	}
	var list testList
	if err := json.Unmarshal(raw, &list); err != nil {
		return nil, fmt.Errorf("w3ctest: %s: %w", rel, err)
	}
	if len(list.Assertions) == 0 {
		return nil, fmt.Errorf("w3ctest: %s lists no assertions", rel)
	}
	return compileAll(c, suiteDir, list.Assertions)
}

// compileAll compiles each suite-relative assertion path.
func compileAll(c *jsonschema.Compiler, suiteDir string, rels []string) ([]assertion, error) {
	out := make([]assertion, 0, len(rels))
	for _, rel := range rels {
		a, err := compileAssertion(c, suiteDir, rel)
		if err != nil {
			return nil, fmt.Errorf("w3ctest: %s: %w", rel, err)
		}
		out = append(out, a)
	}
	return out, nil
}

// assertionMeta is the suite-specific metadata of an assertion file.
type assertionMeta struct {
	AssertionType  string `json:"assertionType"`
	ExpectedResult string `json:"expectedResult"`
	ErrorMessage   string `json:"errorMessage"`
	Title          string `json:"title"`
}

// compileAssertion reads, registers and compiles one assertion file.
func compileAssertion(c *jsonschema.Compiler, suiteDir, rel string) (assertion, error) {
	raw, err := os.ReadFile(filepath.Join(suiteDir, filepath.FromSlash(rel)))
	if err != nil {
		return assertion{}, err
	}
	meta, err := parseMeta(raw)
	if err != nil {
		return assertion{}, err
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return assertion{}, err
	}
	url := schemaBase + path.Base(rel)
	if err := c.AddResource(url, doc); err != nil {
		return assertion{}, err
	}
	sch, err := c.Compile(url)
	if err != nil {
		return assertion{}, err
	}
	return assertion{
		path:        rel,
		expectValid: meta.ExpectedResult == "valid",
		message:     meta.ErrorMessage,
		title:       meta.Title,
		schema:      sch,
	}, nil
}

// parseMeta decodes and checks an assertion file's metadata.
func parseMeta(raw []byte) (assertionMeta, error) {
	var m assertionMeta
	if err := json.Unmarshal(raw, &m); err != nil {
		return m, err
	}
	if m.AssertionType != "must" {
		return m, fmt.Errorf("assertionType is %q, want \"must\"", m.AssertionType)
	}
	if m.ExpectedResult != "valid" && m.ExpectedResult != "invalid" {
		return m, fmt.Errorf("expectedResult is %q, want \"valid\" or \"invalid\"", m.ExpectedResult)
	}
	return m, nil
}

// readSchema reads a JSON file keeping numbers exact.
func readSchema(file string) (any, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return jsonschema.UnmarshalJSON(f)
}
