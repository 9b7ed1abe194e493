package library

import (
	"context"
	"os"
	"testing"

	"tandem/dict"
	"tandem/internal/corpus"
	"tandem/lexicon"
)

// TestLearnLexicon: the library learns its table from its articles when it
// has none, saves it in the cache, keeps it while the library grows by
// less than a fifth, learns it again past that or when the file is
// damaged; UseLexicon reads what was saved and never learns.
func TestLearnLexicon(t *testing.T) {
	lib := openTemp(t, nil)
	t.Cleanup(func() { setLexicon(nil) }) // the word finder and ~search of other tests go without
	d, err := dict.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	if lib.UseLexicon() != nil {
		t.Fatal("a table before any was learned")
	}
	g := corpus.New(3)
	imp := func(from, to int) {
		for i := from; i < to; i++ {
			if r := lib.Import("a.txt", g.Article(i).Digest()); r.Err != nil {
				t.Fatal(r.Err)
			}
		}
	}
	imp(0, 10)
	ctx := context.Background()
	learned := func(want bool) *lexicon.Table {
		t.Helper()
		did, err := lib.LearnLexicon(ctx, d)
		if err != nil || did != want {
			t.Fatalf("LearnLexicon: learned %v (%v), want %v", did, err, want)
		}
		tab := lib.UseLexicon()
		if tab == nil {
			t.Fatal("no table saved")
		}
		return tab
	}
	tab := learned(true)
	if tab.Articles != 10 || tab.Sentences == 0 || tab.Len() == 0 {
		t.Fatalf("learned from %d articles, %d sentences: %d pairs", tab.Articles, tab.Sentences, tab.Len())
	}
	imp(10, 11)
	learned(false) // 11 articles: less than a fifth more
	imp(11, 12)
	if tab = learned(true); tab.Articles != 12 {
		t.Errorf("learned again at %d articles, want 12", tab.Articles)
	}
	if err := os.WriteFile(LexiconPath(lib.dir), []byte("damaged"), 0o644); err != nil {
		t.Fatal(err)
	}
	if lib.UseLexicon() != nil {
		t.Error("a damaged table is used")
	}
	learned(true)
}
