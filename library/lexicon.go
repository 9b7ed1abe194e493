package library

import (
	"cmp"
	"context"
	"hash/fnv"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"tandem/annotation"
	"tandem/dict"
	"tandem/index"
	"tandem/lexicon"
)

// The learned translation table (package lexicon) is derived from the
// articles, so it is a cache beside the search index. The library learns
// it again, on a goroutine of the caller's, when there is none, when it
// does not read, or when the library has grown by a fifth since it was
// learned; reading it is cheap and never waits for a training.
const (
	// lexiconGrowth is how much the library must grow (in articles) for
	// the table to be learned again.
	lexiconGrowth = 1.2
	// lexiconArticles is the most articles the table is learned from: a
	// larger library gives a sample, those whose IDs hash lowest, so that
	// the sample changes little as articles arrive and a training reads a
	// bounded number of files.
	lexiconArticles = 3000
)

// learning lets one training run at a time in the process.
var learning sync.Mutex

// LexiconPath is where the learned translation table of the library in
// dir is kept: lexicon.gz beside the search index, named as it is.
func LexiconPath(dir string) string {
	x := DefaultIndexDir(dir)
	return filepath.Join(filepath.Dir(x), strings.Replace(filepath.Base(x), "index", "lexicon", 1)+".gz")
}

// UseLexicon reads the learned translation table the library last saved
// and gives it to the word finder and to ~search; it never learns one.
// It returns the table, or nil when there is none that reads.
func (l *Library) UseLexicon() *lexicon.Table {
	t, err := lexicon.Load(LexiconPath(l.dir))
	if err != nil {
		return nil
	}
	setLexicon(t)
	return t
}

func setLexicon(t *lexicon.Table) {
	annotation.SetLexicon(t)
	index.SetLexicon(t)
}

// LearnLexicon learns the translation table from the library's aligned
// sentences when the saved one is missing, does not read or is stale
// (the library grew by a fifth), saves it and gives it to the word finder
// and to ~search. It reads up to lexiconArticles articles and may take
// seconds: callers run it on a goroutine. It reports whether it learned a
// table; false and no error when the saved one is current or another
// training is under way.
func (l *Library) LearnLexicon(ctx context.Context, d *dict.Dictionary) (bool, error) {
	if !learning.TryLock() {
		return false, nil
	}
	defer learning.Unlock()
	ids, err := l.articleIDs()
	if err != nil {
		return false, err
	}
	path := LexiconPath(l.dir)
	old, err := lexicon.Load(path)
	if err == nil && (len(ids) <= old.Articles || float64(len(ids)) < lexiconGrowth*float64(old.Articles)) {
		setLexicon(old)
		return false, nil
	}
	t, err := learnFrom(ctx, l, d, ids)
	if err != nil {
		return false, err
	}
	setLexicon(t)
	return true, t.Save(path)
}

// learnFrom trains a table on a sample of the articles ids: those whose
// IDs hash lowest, at most lexiconArticles.
func learnFrom(ctx context.Context, l *Library, d *dict.Dictionary, ids []string) (*lexicon.Table, error) {
	type hashed struct {
		hash uint64
		id   string
	}
	order := make([]hashed, len(ids))
	for i, id := range ids {
		h := fnv.New64a()
		h.Write([]byte(id))
		order[i] = hashed{h.Sum64(), id}
	}
	slices.SortFunc(order, func(a, b hashed) int {
		if c := cmp.Compare(a.hash, b.hash); c != 0 {
			return c
		}
		return strings.Compare(a.id, b.id)
	})
	b := lexicon.NewBuilder(d, lexicon.Options{})
	for _, h := range order[:min(len(order), lexiconArticles)] {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		a, err := l.Article(h.id)
		if err != nil {
			continue // an article that does not read teaches nothing
		}
		b.AddArticle(a)
	}
	t := b.Train()
	t.Articles = len(ids)
	return t, nil
}
