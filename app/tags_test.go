package app

import (
	"testing"

	"tandem/annotation"
	"tandem/library"
)

func TestTagManagerRenamesDeletesAndEditsClaimTypes(t *testing.T) {
	u, lib := openSeed(t)
	addClaims(t, lib)
	v := u.tags
	u.tabs.Select(u.tagsTab)
	settle(t, u)
	if len(v.tags) != 3 {
		t.Fatalf("%d tags, want forecast, number and ai", len(v.tags))
	}
	if v.tags[0].Tag != "forecast" || v.tags[0].Count != 2 {
		t.Errorf("first tag %+v", v.tags[0])
	}
	v.list.Select(0)
	v.askRename("Rename tag", "New name")
	entry := dialogEntry(t, u)
	entry.SetText("outlook")
	submitDialog(t, u, "Apply")
	settle(t, u)
	if tags, _ := lib.Tags(); tags[0].Tag != "outlook" || tags[0].Count != 2 {
		t.Errorf("after rename %+v", tags)
	}
	// Delete "ai" after the confirmation.
	for i, tc := range v.tags {
		if tc.Tag == "ai" {
			v.list.Select(i)
		}
	}
	v.askDelete()
	submitDialog(t, u, "Yes")
	settle(t, u)
	for _, tc := range mustTags(t, lib) {
		if tc.Tag == "ai" {
			t.Error("the tag was not deleted")
		}
	}
	// Claim types: recolour forecast.
	v.vocab[2].Color = annotation.Blue
	v.saveClaims()
	settle(t, u)
	if vocab, _ := lib.ClaimVocabulary(); vocab[2].Color != annotation.Blue || u.claimColor("Forecast") != annotation.Blue {
		t.Errorf("forecast colour on disk %s, in the window %s", vocab[2].Color, u.claimColor("forecast"))
	}
}

func mustTags(t *testing.T, lib *library.Library) []library.TagCount {
	tags, err := lib.Tags()
	if err != nil {
		t.Fatal(err)
	}
	return tags
}
