package library

import (
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"tandem/annotation"
	"tandem/article"
)

func TestPackCopiesIntoOneString(t *testing.T) {
	a, b, c, d := "ID-1", "", "标题 Title", "x"
	pack(&a, &b, &c, &d)
	if a != "ID-1" || b != "" || c != "标题 Title" || d != "x" {
		t.Fatalf("packed %q %q %q %q", a, b, c, d)
	}
	base := uintptr(unsafe.Pointer(unsafe.StringData(a)))
	if uintptr(unsafe.Pointer(unsafe.StringData(c))) != base+4 || uintptr(unsafe.Pointer(unsafe.StringData(d))) != base+4+uintptr(len("标题 Title")) {
		t.Error("the strings are not laid end to end in one allocation")
	}
}

func TestBriefKeepsWhatTheClaimsTableShows(t *testing.T) {
	an := &annotation.Annotation{ID: "a1", Article: "2025-01-02-abcdef12", Color: annotation.Yellow, Tags: []string{"forecast", "风险"},
		Note: "Compare with the bank's figure.", Orphan: true, Created: time.Unix(1e9, 0),
		Target:      annotation.Target{Lang: article.EN, Pair: 3, Start: 10, Exact: "credit growth slowed", Prefix: "before"},
		Counterpart: &annotation.Target{Lang: article.ZH, Exact: "信贷增速放缓", Pair: 3}}
	b := brief(an)
	want := &annotation.Annotation{ID: an.ID, Article: an.Article, Color: an.Color, Tags: []string{"forecast", "风险"}, Note: an.Note, Orphan: true,
		Target:      annotation.Target{Lang: article.EN, Pair: 3, Start: 10, Exact: "credit growth slowed"},
		Counterpart: &annotation.Target{Lang: article.ZH, Exact: "信贷增速放缓"}}
	if !reflect.DeepEqual(b, want) {
		t.Fatalf("brief = %+v\nwant %+v", b, want)
	}
	an.Tags[0] = "changed"
	if b.Tags[0] != "forecast" {
		t.Error("the brief shares its tags with the annotation")
	}
	if b.Tags = append(b.Tags, "third"); b.Tags[2] != "third" || b.Tags[0] != "forecast" {
		t.Errorf("a tag added to a brief = %q", b.Tags)
	}
	an.Counterpart = nil
	if b := brief(an); b.Counterpart != nil {
		t.Errorf("a brief of an annotation without a counterpart has one: %+v", b.Counterpart)
	}
	an.Tags = []string{"a", "b", "c"}
	if b := brief(an); !slices.Equal(b.Tags, an.Tags) {
		t.Errorf("a brief of three tags has %q", b.Tags)
	}
}

// TestListEachReadsAnOldOrDamagedCatalogFile: a catalog file tandem list
// cannot list as it stands (format 3, written by an earlier version, or a
// header that does not match its lines) makes ListEach load the catalog
// and list what List does: no crash, nothing left out.
func TestListEachReadsAnOldOrDamagedCatalogFile(t *testing.T) {
	lib := openTemp(t, nil)
	for _, text := range []string{"Older piece.\n\n2025-01-02 · 0123456789abcdef", "Newer piece.\n\n2026-03-04 · fedcba9876543210\n\n较新的文章。"} {
		if r := lib.Import("x", []byte(text)); r.Status != Imported {
			t.Fatalf("import %q: %v", text, r.Err)
		}
	}
	want, err := lib.List()
	if err != nil {
		t.Fatal(err)
	}
	path := lib.cat.path
	lib.Close() // writes the catalog in format 4
	written, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	head, rest, _ := strings.Cut(string(written), "\n")
	f := strings.Split(head, "\t")
	if len(f) != 6 || f[0] != catalogMagic {
		t.Fatalf("the catalog's header is %q", head)
	}
	for name, file := range map[string]string{
		"format 3":           strings.Join(append([]string{catalogMagicV3}, f[1:4]...), "\t") + "\n" + rest,
		"a wrong checksum":   strings.Join(append(f[:5:5], "12345"), "\t") + "\n" + rest,
		"no header":          rest,
		"a header cut short": head[:len(head)/2],
	} {
		if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
			t.Fatal(err)
		}
		reader, err := Open(Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		var got []Summary
		err = reader.ListEach(func(s Summary) error { got = append(got, s); return nil })
		reader.Close()
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: listed\n%+v\nwant\n%+v", name, got, want)
		}
	}
}
