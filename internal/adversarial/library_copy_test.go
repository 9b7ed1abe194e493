package adversarial

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/library"
)

// libCopyID is the folder a reader copied the sample article's folder to.
const libCopyID = "2026-02-05-copy0001"

// libCopyFolder copies the sample article's folder, annotations and all,
// to libCopyID, as a reader might with a file manager.
func libCopyFolder(t *testing.T, dir string) string {
	t.Helper()
	dst := filepath.Join(filepath.Dir(dir), libCopyID)
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

// libTree reads every file under dir, by path.
func libTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			data, _ := os.ReadFile(p)
			out[p] = string(data)
		}
		return nil
	})
	return out
}

// A copied article folder names the article it was copied from in its
// article.json: commands on the copy report the mismatch and write
// nowhere, neither in the original nor in the copy; check names the folder
// and what to do instead of advising a reindex that cannot help.
func TestLibraryCopiedFolderIsNotFollowed(t *testing.T) {
	dir := libSeed(t)
	if code, _, errOut := libRun(t, "annotate", libSeedID, "--lang", "en", "--quote", "Nvidia"); code != 0 {
		t.Fatalf("annotate: %s", errOut)
	}
	dst := libCopyFolder(t, dir)
	before := libTree(t, filepath.Dir(dir))

	for _, args := range [][]string{
		{"annotate", libCopyID, "--lang", "en", "--quote", "OpenAI"},
		{"align", libCopyID, "--merge", "1"},
		{"show", libCopyID},
		{"annotations", libCopyID},
		{"reparse", libCopyID},
	} {
		code, _, errOut := libRun(t, args...)
		if code == 0 || !strings.Contains(errOut, "copied folder") || !strings.Contains(errOut, libCopyID) {
			t.Errorf("%s: exit %d, stderr %q; want the mismatch named", args[0], code, errOut)
		}
	}
	// The rest of the library still works with the copy in it.
	for _, args := range [][]string{{"tags"}, {"export", "--format", "md"}, {"list"}} {
		if code, _, errOut := libRun(t, args...); code != 0 {
			t.Errorf("%s with a copied folder in the library: exit %d, %s", args[0], code, errOut)
		}
	}
	if after := libTree(t, filepath.Dir(dir)); !equalTrees(before, after) {
		t.Errorf("commands on the copy changed files:\n%s", diffTrees(before, after))
	}

	code, out, errOut := libRun(t, "check")
	if code == 0 || !strings.Contains(out, libCopyID) || !strings.Contains(errOut, "remove") || strings.Contains(errOut, "reindex") {
		t.Errorf("check: exit %d, stdout %q, stderr %q; want the copy named with what to do, and no reindex advice", code, out, errOut)
	}
	// A reindex changes nothing of it, and the original stays searchable.
	libRun(t, "reindex")
	if code, _, errOut2 := libRun(t, "check"); code == 0 || errOut2 != errOut {
		t.Errorf("check after reindex: exit %d, stderr %q, want as before %q", code, errOut2, errOut)
	}

	lib, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	var me *library.MismatchError
	if _, err := lib.Article(libCopyID); !errors.Is(err, library.ErrIDMismatch) || !errors.As(err, &me) || me.ID != libSeedID {
		t.Errorf("Article(copy): %v, want a *MismatchError naming %s", err, libSeedID)
	}

	// Fixing the id makes the copy an article of its own.
	js := strings.Replace(string(libFile(t, filepath.Join(dst, "article.json"))), `"id": "`+libSeedID+`"`, `"id": "`+libCopyID+`"`, 1)
	os.WriteFile(filepath.Join(dst, "article.json"), []byte(js), 0o644)
	if _, err := lib.Article(libCopyID); err != nil {
		t.Errorf("Article after the id was fixed: %v", err)
	}
}

func equalTrees(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func diffTrees(a, b map[string]string) string {
	var lines []string
	for k, v := range a {
		if w, ok := b[k]; !ok {
			lines = append(lines, "removed "+k)
		} else if w != v {
			lines = append(lines, "changed "+k)
		}
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			lines = append(lines, "added "+k)
		}
	}
	return strings.Join(lines, "\n")
}
