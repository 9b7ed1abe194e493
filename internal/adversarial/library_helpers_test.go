package adversarial

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"tandem/cli"
	"tandem/internal/testenv"
	"tandem/library"
)

// libSeedID is the ID the sample article is imported under.
const libSeedID = "2026-02-05-fb404c39"

// libRun runs a tandem command in process against the library in the
// test's XDG folders and returns its exit status and output.
func libRun(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &cli.Env{Stdout: &out, Stderr: &errOut, Version: "test",
		Open: func() (*library.Library, error) { return library.Open(library.Options{}) }}
	code = cli.Run(env, args)
	return code, out.String(), errOut.String()
}

// libSeed isolates the test, imports the sample article and returns the
// folder of its article.
func libSeed(t *testing.T) string {
	t.Helper()
	data := testenv.Isolate(t)
	if code, _, errOut := libRun(t, "import", testenv.SeedPath()); code != 0 {
		t.Fatalf("import the sample: exit %d: %s", code, errOut)
	}
	return filepath.Join(data, "tandem", "articles", libSeedID)
}

// libFile reads a file or fails the test.
func libFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
