package adversarial

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tandem/library"
)

// A source_file in article.json that leads out of the article folder is
// refused by name; the article and its text stay as they were.
func TestLibrarySourceFileStaysInItsFolder(t *testing.T) {
	outside := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(outside, []byte("SECRET-LINE one\nSECRET-LINE two\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		source func(dir string) string // the source_file to write
	}{
		{"dot-dot", func(dir string) string {
			rel, _ := filepath.Rel(dir, outside)
			return filepath.ToSlash(rel)
		}},
		{"absolute", func(string) string { return outside }},
		{"symlink out", func(dir string) string {
			if err := os.Symlink(outside, filepath.Join(dir, "link.txt")); err != nil {
				t.Skip(err)
			}
			return "link.txt"
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := libSeed(t)
			path := filepath.Join(dir, "article.json")
			data := strings.Replace(string(libFile(t, path)), `"source_file": "source.txt"`,
				`"source_file": "`+tc.source(dir)+`"`, 1)
			if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
			code, _, errOut := libRun(t, "reparse", libSeedID)
			if code == 0 || !strings.Contains(errOut, "source_file") || !strings.Contains(errOut, "outside") {
				t.Errorf("reparse: exit %d, stderr %q; want a failure naming source_file outside its folder", code, errOut)
			}
			if got := string(libFile(t, path)); got != data || strings.Contains(got, "SECRET-LINE") {
				t.Errorf("article.json changed by a refused reparse")
			}

			lib, err := library.Open(library.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer lib.Close()
			_, err = lib.Reparse(libSeedID)
			var oe *library.OutsideError
			if !errors.Is(err, library.ErrOutside) || !errors.As(err, &oe) || oe.Field != "source_file" {
				t.Errorf("Reparse: %v, want an *OutsideError naming source_file", err)
			}
		})
	}
}

// Annotation files and article.json that are symbolic links out of the
// article folder are not read: the outside file's content never appears.
func TestLibraryLinksOutAreNotRead(t *testing.T) {
	dir := libSeed(t)
	if code, _, errOut := libRun(t, "annotate", libSeedID, "--lang", "en", "--quote", "Nvidia"); code != 0 {
		t.Fatalf("annotate: %s", errOut)
	}
	// An annotation of another library, outside this one, linked in.
	names, _ := filepath.Glob(filepath.Join(dir, "annotations", "*.json"))
	if len(names) != 1 {
		t.Fatalf("%d annotation files", len(names))
	}
	elsewhere := filepath.Join(t.TempDir(), "elsewhere")
	os.MkdirAll(elsewhere, 0o755)
	stolen := filepath.Join(elsewhere, "x.json")
	body := string(libFile(t, names[0]))
	id := strings.TrimSuffix(filepath.Base(names[0]), ".json")
	other := strings.ReplaceAll(body, id, "0aaaaaaa-0000-4000-8000-000000000000")
	other = strings.Replace(other, `"value": "Nvidia"`, `"value": "OUTSIDE-NOTE"`, 1)
	os.WriteFile(stolen, []byte(other), 0o644)
	if err := os.Symlink(stolen, filepath.Join(dir, "annotations", "0aaaaaaa-0000-4000-8000-000000000000.json")); err != nil {
		t.Skip(err)
	}
	code, out, errOut := libRun(t, "annotations", "--json", libSeedID)
	if code != 0 || strings.Contains(out, "0aaaaaaa") || !strings.Contains(errOut, "outside") {
		t.Errorf("annotations: exit %d, stdout %q, stderr %q; want the linked file refused as outside", code, out, errOut)
	}
	if _, err := os.Stat(stolen); err != nil {
		t.Errorf("the outside file was touched: %v", err)
	}

	// An article folder that is a symbolic link out of the library.
	outDir := filepath.Join(t.TempDir(), "outside-article")
	os.MkdirAll(outDir, 0o755)
	js := strings.Replace(string(libFile(t, filepath.Join(dir, "article.json"))), libSeedID, "2026-01-01-linked00", 1)
	os.WriteFile(filepath.Join(outDir, "article.json"), []byte(js), 0o644)
	if err := os.Symlink(outDir, filepath.Join(filepath.Dir(dir), "2026-01-01-linked00")); err != nil {
		t.Skip(err)
	}
	code, _, errOut = libRun(t, "show", "2026-01-01-linked00")
	if code == 0 || !strings.Contains(errOut, "outside") {
		t.Errorf("show of a linked-out article folder: exit %d, stderr %q", code, errOut)
	}
}

// A step of the undo history that names a path instead of an article or an
// annotation ID is refused as damaged; nothing outside the library is
// written.
func TestLibraryJournalNamesOnlyLibraryFiles(t *testing.T) {
	dir := libSeed(t)
	journal := filepath.Join(filepath.Dir(filepath.Dir(dir)), "journal", "undo")
	os.MkdirAll(journal, 0o755)
	victim := filepath.Join(t.TempDir(), "victim")
	os.MkdirAll(filepath.Join(victim, "annotations"), 0o755)
	rel, _ := filepath.Rel(filepath.Join(filepath.Dir(dir)), victim)
	step := `{"what":"annotate","changes":[{"article":"` + filepath.ToSlash(rel) + `","id":"x","after":{"a":1}}]}`
	os.WriteFile(filepath.Join(journal, "000000000001.json"), []byte(step), 0o644)
	code, _, errOut := libRun(t, "undo")
	if code == 0 || !strings.Contains(errOut, "undo history is damaged") {
		t.Errorf("undo of a step naming %s: exit %d, stderr %q", rel, code, errOut)
	}
	if entries, _ := os.ReadDir(filepath.Join(victim, "annotations")); len(entries) > 0 {
		t.Errorf("undo wrote outside the library: %v", entries)
	}
}

// Folders of an article's annotations or of its trash that are symbolic
// links out of the library are neither written, nor moved into, nor
// renamed in: the command fails naming the folder, the outside files stay.
func TestLibraryFoldersLinkedOutAreNotWritten(t *testing.T) {
	for _, folder := range []string{"annotations", "trash"} {
		t.Run(folder, func(t *testing.T) {
			dir := libSeed(t)
			path := libAnnotate(t, dir, "Nvidia")
			id := strings.TrimSuffix(filepath.Base(path), ".json")
			outside := t.TempDir()
			bystander := filepath.Join(outside, "not-ours.json")
			os.WriteFile(bystander, []byte("{}"), 0o644)

			link := filepath.Join(filepath.Dir(filepath.Dir(dir)), "trash", libSeedID)
			if folder == "annotations" {
				link = filepath.Join(dir, "annotations")
				os.Rename(link, link+"-kept")
			}
			os.MkdirAll(filepath.Dir(link), 0o755)
			if err := os.Symlink(outside, link); err != nil {
				t.Skip(err)
			}
			var code int
			var errOut string
			if folder == "annotations" {
				code, _, errOut = libRun(t, "annotations", libSeedID)
				if c, _, e := libRun(t, "annotate", libSeedID, "--lang", "en", "--quote", "OpenAI"); c == 0 || !strings.Contains(e, "outside") {
					t.Errorf("annotate into a linked-out folder: exit %d, %q", c, e)
				}
			} else {
				code, _, errOut = libRun(t, "delete", id)
			}
			if code == 0 || !strings.Contains(errOut, "outside") {
				t.Errorf("exit %d, stderr %q; want the folder named as outside", code, errOut)
			}
			entries, _ := os.ReadDir(outside)
			if len(entries) != 1 || entries[0].Name() != "not-ours.json" {
				t.Errorf("the outside folder was written: %v", entries)
			}
			if folder == "trash" {
				if _, err := os.Stat(path); err != nil {
					t.Errorf("the annotation left its folder: %v", err)
				}
			}
		})
	}
}
