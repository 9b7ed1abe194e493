package w3ctest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeModule lays out root/mod/go.mod with the working directories the
// tests run from (root/mod, root/mod/annotation, root/mod/internal/pkg)
// and, if withCopy, a mini suite where the repository keeps its copy. It
// returns root and the module directory.
func fakeModule(t *testing.T, withCopy bool) (root, mod string) {
	t.Helper()
	root = t.TempDir()
	mod = filepath.Join(root, "mod")
	for _, dir := range []string{"annotation", filepath.Join("internal", "pkg")} {
		if err := os.MkdirAll(filepath.Join(mod, dir), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module fake\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if withCopy {
		writeSuite(t, filepath.Join(mod, filepath.FromSlash(copyRel)), nil)
	}
	return root, mod
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

// TestFromEnvFindsTheCopyFromEveryPackage runs FromEnv from the module
// root and from package directories at two depths, as the tests of
// annotation/, export/ and internal/w3ctest/ do.
func TestFromEnvFindsTheCopyFromEveryPackage(t *testing.T) {
	for _, wd := range []string{".", "annotation", filepath.Join("internal", "pkg")} {
		t.Run(filepath.ToSlash(wd), func(t *testing.T) {
			t.Setenv(EnvVar, "")
			_, mod := fakeModule(t, true)
			t.Chdir(filepath.Join(mod, wd))
			s, err := FromEnv()
			if err != nil {
				t.Fatal(err)
			}
			want := filepath.Join(mod, filepath.FromSlash(copyRel))
			if !sameDir(t, s.Dir(), want) || len(s.Assertions()) != 1 {
				t.Errorf("loaded %q with %d assertions, want %q with 1", s.Dir(), len(s.Assertions()), want)
			}
		})
	}
}

// TestRepositoryCopyIsTheDefault loads the copy committed in testdata
// with the variable unset, whatever the environment of the run says.
func TestRepositoryCopyIsTheDefault(t *testing.T) {
	t.Setenv(EnvVar, "")
	s, err := FromEnv()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join("testdata", "w3c-annotation-tests"); !sameDir(t, s.Dir(), want) {
		t.Errorf("loaded %q, want this package's %s", s.Dir(), want)
	}
	if n := len(s.Assertions()); n != 54+10+15 {
		t.Errorf("%d assertions loaded from the copy, want 79", n)
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
		{"no copy in the module", func(t *testing.T) {
			t.Setenv(EnvVar, "")
			_, mod := fakeModule(t, false)
			t.Chdir(filepath.Join(mod, "annotation"))
		}, "does not exist"},
		{"only a suite beside the module, in a shared folder next to it", func(t *testing.T) {
			t.Setenv(EnvVar, "")
			root, mod := fakeModule(t, false)
			writeSuite(t, filepath.Join(root, "shared", "w3c-annotation-tests"), nil)
			t.Chdir(mod)
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
