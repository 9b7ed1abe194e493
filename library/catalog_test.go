package library

import (
	"reflect"
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
	an.Counterpart = nil
	if b := brief(an); b.Counterpart != nil {
		t.Errorf("a brief of an annotation without a counterpart has one: %+v", b.Counterpart)
	}
}
