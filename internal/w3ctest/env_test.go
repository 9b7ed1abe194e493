package w3ctest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeModule lays out root/mod/go.mod with a working directory two levels
// below it and, if withSuite, a mini suite at root/shared/w3c-annotation-tests.
// It changes into the working directory and returns root.
func fakeModule(t *testing.T, withSuite bool) string {
	t.Helper()
	root := t.TempDir()
	work := filepath.Join(root, "mod", "internal", "pkg")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "mod", "go.mod"), []byte("module fake\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if withSuite {
		writeSuite(t, filepath.Join(root, "shared", "w3c-annotation-tests"), nil)
	}
	t.Chdir(work)
	return root
}

func TestFromEnvReadsTheVariable(t *testing.T) {
	dir := writeSuite(t, t.TempDir(), nil)
	t.Setenv(EnvVar, dir)
	s, err := FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if s.Dir() != dir || len(s.Assertions()) != 1 {
		t.Errorf("loaded %q with %d assertions, want %q with 1", s.Dir(), len(s.Assertions()), dir)
	}
}

func TestFromEnvFallsBackNextToTheModule(t *testing.T) {
	t.Setenv(EnvVar, "")
	root := fakeModule(t, true)
	s, err := FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(root, "shared", "w3c-annotation-tests")
	if !sameDir(t, s.Dir(), want) {
		t.Errorf("loaded %q, want %q", s.Dir(), want)
	}
}

func TestFromEnvErrors(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T)
		want  string
	}{
		{"variable names a missing directory", func(t *testing.T) {
			t.Setenv(EnvVar, filepath.Join(t.TempDir(), "missing"))
		}, EnvVar},
		{"no suite next to the module", func(t *testing.T) {
			t.Setenv(EnvVar, "")
			fakeModule(t, false)
		}, "does not exist"},
		{"no module at all", func(t *testing.T) {
			t.Setenv(EnvVar, "")
			t.Chdir(t.TempDir())
		}, "go.mod"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.setup(t)
			_, err := FromEnv()
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("FromEnv error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

// sameDir reports whether a and b name the same directory.
func sameDir(t *testing.T, a, b string) bool {
	t.Helper()
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	return errA == nil && errB == nil && os.SameFile(fa, fb)
}
