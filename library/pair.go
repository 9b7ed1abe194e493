package library

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"sort"

	"tandem/article"
	"tandem/webfetch"
)

// ErrPaired means an article already holds both versions: Pair has
// nothing to attach.
var ErrPaired = errors.New("the article already has a Chinese and an English version")

// version is one file of a pair on its way into an article's folder.
type version struct {
	name string // its name in the folder: source.zh.pdf, source.en.html
	data []byte
	hash string
}

// pairHash is the identity of a pair of files (see record.identity),
// whatever their order.
func pairHash(a, b string) string {
	hs := []string{a, b}
	sort.Strings(hs)
	sum := sha256.Sum256([]byte("pair\x00" + hs[0] + "\x00" + hs[1]))
	return hex.EncodeToString(sum[:])
}

// versionName is the name a version is kept under in its article's
// folder: source.<lang>.<ext>.
func versionName(v article.Version) string {
	return "source." + string(v.Lang) + "." + sourceExt(v.Format)
}

// ImportPair makes one article of the Chinese and the English version of
// it, given in either order, each in any format Import reads (see
// article.ParsePair), and stores it with both files kept byte for byte
// (source.zh.<ext> and source.en.<ext>). It is Import for a pair:
// importing the same pair again, or a pair whose text the library holds,
// reports Duplicate; the article is written whole or not at all. The
// names are only used in messages: Result.Path is nameA and
// Result.OtherPath nameB, and an error names the file it is about.
func (l *Library) ImportPair(nameA string, dataA []byte, nameB string, dataB []byte) Result {
	return l.commit([]*parsed{parsePair(nameA, dataA, nameB, dataB)})[0]
}

// parsePair is parse for a pair of files.
func parsePair(nameA string, dataA []byte, nameB string, dataB []byte) *parsed {
	p := &parsed{r: Result{Path: nameA, OtherPath: nameB}}
	a, vs, err := parser().ParsePair(nameA, dataA, nameB, dataB)
	if err != nil {
		p.r.Status, p.r.Err = Failed, err // err names the file
		return p
	}
	p.a = a
	p.r.Title, p.r.Source, p.r.Date, p.r.Pairs = a.Title, a.Source, a.Date, len(a.Pairs)
	zh, en := version{versionName(vs[0]), dataA, sha256Hex(dataA)}, version{versionName(vs[1]), dataB, sha256Hex(dataB)}
	if vs[0].Lang == article.EN {
		zh, en = en, zh
	}
	p.data, p.name, p.other = zh.data, zh.name, &en
	p.hash = pairHash(zh.hash, en.hash)
	return p
}

// ImportPairFiles reads two files, or fetches two web pages (a side named
// by an http or https URL, fetched now: see webfetch), and imports them
// as a pair (see ImportPair and ImportFile). ctx cancels a fetch.
func (l *Library) ImportPairFiles(ctx context.Context, pathA, pathB string) Result {
	var data [2][]byte
	for i, path := range []string{pathA, pathB} {
		var d []byte
		var err error
		if webfetch.IsURL(path) {
			_, d, err = webfetch.Fetch(ctx, path) // its error names the URL
		} else if d, err = ReadRegular(path, article.MaxSize); err != nil {
			err = fmt.Errorf("%s: %w", path, unwrapPathError(err))
		}
		if err != nil {
			return Result{Path: pathA, OtherPath: pathB, Status: Failed, Err: err}
		}
		data[i] = d
	}
	return l.ImportPair(pathA, data[0], pathB, data[1])
}

// Pair attaches the other language to an article imported in one: the
// article is made again from its stored source and the new file (see
// article.ParsePair), the file is kept byte for byte next to the source
// (source.<lang>.<ext>), the annotations are re-anchored onto the new
// pairs (orphaned rather than moved to look-alike words), and the whole is
// one undo step. Alignment edits made on the one-language article are
// dropped, as its rows are not the paired article's. name is only used in
// messages. It returns the article as it is now.
func (l *Library) Pair(id, name string, data []byte) (*article.Article, AnchorReport, error) {
	if l.readOnly != nil {
		return nil, AnchorReport{}, fmt.Errorf("%s: %w", id, l.readOnly)
	}
	unlock, err := l.writing()
	if err != nil {
		return nil, AnchorReport{}, err
	}
	defer unlock()
	rec, err := l.record(id)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	if rec.OtherSourceFile != "" {
		return nil, AnchorReport{}, fmt.Errorf("%s: %w", id, ErrPaired)
	}
	dir, _ := l.articleDir(id)
	source, err := readInside(dir, rec.SourceFile, "article.json", "source_file", article.MaxSize)
	if err != nil {
		return nil, AnchorReport{}, fmt.Errorf("%s: %w", id, err)
	}
	a, vs, err := parser().ParsePair("article "+id, source, name, data)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	a.ID = id // an ID never changes
	other := version{versionName(vs[1]), data, sha256Hex(data)}
	if err := l.checkInside("articles/" + id); err != nil {
		return nil, AnchorReport{}, err
	}
	// The new file is written before article.json names it; should the
	// rest fail, it stays unnamed, and undoing the step leaves it so.
	if err := writeFileAtomic(filepath.Join(dir, other.name), other.data); err != nil {
		return nil, AnchorReport{}, fmt.Errorf("%s: keep %s: %w", id, name, err)
	}
	rec.Article, rec.OtherSourceFile, rec.OtherSourceHash = a, other.name, other.hash
	articleChange, err := l.prepareRecord(rec)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	changes, report, err := l.prepareReanchor(a)
	if err != nil {
		return nil, AnchorReport{}, err
	}
	what := fmt.Sprintf("pair with %s", filepath.Base(name))
	if err := l.land(what, append([]change{articleChange}, changes...)); err != nil {
		return nil, AnchorReport{}, err
	}
	return a, report, nil
}
