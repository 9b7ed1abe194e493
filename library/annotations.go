package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/atomicfile"
	"tandem/internal/parallel"
)

// ErrNoAnnotation means no annotation has the given ID.
var ErrNoAnnotation = errors.New("no such annotation")

// SetAside is an annotation file that could not be read and was renamed to
// <name>.corrupt so the rest of the article still opens.
type SetAside struct {
	Path string // the new name, ending in .corrupt (its name, when read-only)
	Err  error  // why the file could not be read
}

func (s SetAside) String() string {
	if strings.HasSuffix(s.Path, ".json") {
		return fmt.Sprintf("%s cannot be read (left as it is: the library is read-only): %v", s.Path, s.Err)
	}
	return fmt.Sprintf("%s was set aside: %v", s.Path, s.Err)
}

func (l *Library) annotationPath(articleID, id string) (string, error) {
	dir, err := l.articleDir(articleID)
	if err != nil {
		return "", err
	}
	if !isArticleID(id) {
		return "", fmt.Errorf("%q: %w", id, ErrNoAnnotation)
	}
	return filepath.Join(dir, "annotations", id+".json"), nil
}

// Annotations reads an article's annotations in reading order (by pair,
// Chinese before English, then position). A file that cannot be read is
// renamed to .corrupt and reported in the second result; the others load.
func (l *Library) Annotations(articleID string) ([]*annotation.Annotation, []SetAside, error) {
	dir, err := l.articleDir(articleID)
	if err != nil {
		return nil, nil, err
	}
	// A copied folder's annotations belong to the article it was copied
	// from: setting them aside here would damage the copy the reader may
	// yet fix. A damaged article.json does not keep its annotations from
	// being read.
	if err := l.checkIdentity(articleID); errors.Is(err, ErrIDMismatch) || errors.Is(err, ErrNotFound) {
		return nil, nil, err
	}
	// Files are set aside by renaming them: never outside the library.
	if err := l.checkInside("articles/" + articleID + "/annotations"); err != nil {
		return nil, nil, err
	}
	entries, err := os.ReadDir(filepath.Join(dir, "annotations"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, nil, err
	}
	var out []*annotation.Annotation
	var aside []SetAside
	for _, e := range entries {
		p := filepath.Join(dir, "annotations", e.Name())
		if l.isStaleTemp(e) {
			os.Remove(p) // half a write that a crash cut short
			continue
		}
		if !strings.HasSuffix(e.Name(), ".json") || e.IsDir() {
			continue
		}
		an, err := readAnnotation(p, articleID)
		if err != nil && l.readOnly != nil {
			// A reader renames nothing: the file is reported where it is.
			aside = append(aside, SetAside{Path: p, Err: err})
			continue
		}
		if err != nil {
			moved, rerr := setAside(p)
			if rerr != nil {
				return nil, nil, fmt.Errorf("set aside %s: %w", p, rerr)
			}
			aside = append(aside, SetAside{Path: moved, Err: err})
			continue
		}
		out = append(out, an)
	}
	SortReadingOrder(out)
	return out, aside, nil
}

// isStaleTemp reports whether e is a temporary file of writeFileAtomic
// that a crash left: one made before this process last took the lock
// (every write holds it, so none was under way), or more than staleTemp
// ago (no write takes that long). A second of margin allows for file
// systems whose clocks run coarse. A library open for reading removes
// nothing, so it takes none for stale.
func (l *Library) isStaleTemp(e fs.DirEntry) bool {
	if l.readOnly != nil || !strings.HasPrefix(e.Name(), ".") || !strings.Contains(e.Name(), ".tmp-") {
		return false
	}
	info, err := e.Info()
	if err != nil {
		return false
	}
	return info.ModTime().Before(time.Unix(0, l.locked.Load()).Add(-time.Second)) || time.Since(info.ModTime()) > staleTemp
}

// staleTemp is how old a temporary file must be to be taken for a crash's
// leftover by a process that has not taken the lock since it was made.
const staleTemp = 10 * time.Minute

// readAnnotation reads the annotation file at path, in the annotations
// folder of article articleID, and checks that it is that article's and
// that its id is its file name. A file that is a symbolic link out of the
// article folder, or not a regular file, is refused unread.
func readAnnotation(path, articleID string) (*annotation.Annotation, error) {
	name := filepath.Base(path)
	data, err := readInside(filepath.Dir(filepath.Dir(path)), "annotations/"+name, "annotations", "file", maxAnnotationFile)
	if err != nil {
		return nil, err
	}
	return parseAnnotation(data, name, articleID)
}

// parseAnnotation reads the bytes of the annotation file name of article
// articleID.
func parseAnnotation(data []byte, name, articleID string) (*annotation.Annotation, error) {
	an, err := annotation.ParseW3C(data)
	if err != nil {
		return nil, err
	}
	if an.Article != articleID {
		return nil, fmt.Errorf("it belongs to article %q, not %q", an.Article, articleID)
	}
	if want := strings.TrimSuffix(name, ".json"); an.ID != want {
		return nil, fmt.Errorf("its id %q does not match the file name", an.ID)
	}
	return an, nil
}

// setAside renames a damaged file to <name>.corrupt (or .corrupt-2, ...),
// never over an earlier one.
func setAside(path string) (string, error) {
	target := path + ".corrupt"
	for i := 2; ; i++ {
		if _, err := os.Lstat(target); errors.Is(err, fs.ErrNotExist) {
			break
		}
		target = fmt.Sprintf("%s.corrupt-%d", path, i)
	}
	if err := atomicfile.Replace(path, target); err != nil {
		return "", err
	}
	return target, syncDir(filepath.Dir(path))
}

// SortReadingOrder sorts annotations as a reader meets them: by pair,
// Chinese before English, then by position; orphans last.
func SortReadingOrder(list []*annotation.Annotation) {
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Orphan != b.Orphan {
			return b.Orphan
		}
		if a.Target.Pair != b.Target.Pair {
			return a.Target.Pair < b.Target.Pair
		}
		if a.Target.Lang != b.Target.Lang {
			return a.Target.Lang == article.ZH
		}
		return a.Target.Start < b.Target.Start
	})
}

// SaveAnnotation writes a new or changed annotation atomically and records
// the change so Undo can take it back; the two land together or not at
// all (see land). Its article must be in the library.
func (l *Library) SaveAnnotation(an *annotation.Annotation) error {
	unlock, err := l.writing()
	if err != nil {
		return err
	}
	defer unlock()
	c, err := l.prepareAnnotation(an)
	if err != nil {
		return err
	}
	what := "annotate"
	if c.Before != nil {
		what = "edit annotation"
	}
	return l.land(what, []change{c})
}

// prepareAnnotation returns the change that writing an annotation makes,
// writing nothing.
func (l *Library) prepareAnnotation(an *annotation.Annotation) (change, error) {
	return l.preparing().annotation(an)
}

// preparer makes the changes of one change's annotations, checking each
// article folder once rather than once an annotation: that it holds its
// article, and which annotation files it has, so that a change of
// thousands of annotations in one article (an import, a tag rename) reads
// its article.json once and only the files that exist. Callers hold the
// library's lock for as long as they use it.
type preparer struct {
	l       *Library
	checked map[string]bool
	files   map[string]map[string]bool // nil for a folder that could not be listed
}

func (l *Library) preparing() *preparer {
	return &preparer{l: l, checked: map[string]bool{}, files: map[string]map[string]bool{}}
}

// annotation returns the change that writing an annotation makes, writing
// nothing.
func (p *preparer) annotation(an *annotation.Annotation) (change, error) {
	data, err := an.MarshalW3C()
	if err != nil {
		return change{}, err
	}
	return p.marshalled(an, data)
}

// annotations returns the changes that writing each annotation of list
// makes, in order, writing nothing; errs[i] says why list[i] has none. The
// JSON of thousands of notes is made on every core.
func (p *preparer) annotations(list []*annotation.Annotation) (changes []change, errs []error) {
	data := make([][]byte, len(list))
	errs = make([]error, len(list))
	parallel.For(len(list), 16, func(i int) { data[i], errs[i] = list[i].MarshalW3C() })
	changes = make([]change, len(list))
	for i, an := range list {
		if errs[i] == nil {
			changes[i], errs[i] = p.marshalled(an, data[i])
		}
	}
	return changes, errs
}

// marshalled is annotation for an annotation already made into data.
func (p *preparer) marshalled(an *annotation.Annotation, data []byte) (change, error) {
	path, err := p.l.annotationPath(an.Article, an.ID)
	if err != nil {
		return change{}, err
	}
	if !p.checked[an.Article] {
		if err := p.l.checkIdentity(an.Article); err != nil {
			return change{}, err
		}
		p.checked[an.Article] = true
		p.files[an.Article] = fileNames(filepath.Dir(path))
	}
	c := change{Article: an.Article, ID: an.ID, After: data}
	if names := p.files[an.Article]; names != nil && !names[filepath.Base(path)] {
		return c, nil // a new annotation: nothing to read
	}
	if before, err := readInside(filepath.Dir(filepath.Dir(path)), "annotations/"+filepath.Base(path), "annotations", "file", maxAnnotationFile); err == nil {
		c.Before = trimNewline(before)
	}
	return c, nil
}

// fileNames returns the names in a folder: empty when it does not exist,
// nil when it cannot be listed.
func fileNames(dir string) map[string]bool {
	entries, err := os.ReadDir(dir)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	names := make(map[string]bool, len(entries))
	for _, e := range entries {
		names[e.Name()] = true
	}
	return names
}

// FindAnnotation reads an annotation by ID from whichever article holds it.
func (l *Library) FindAnnotation(id string) (*annotation.Annotation, error) {
	path, err := l.findAnnotationFile(id)
	if err != nil {
		return nil, err
	}
	return readAnnotation(path, filepath.Base(filepath.Dir(filepath.Dir(path))))
}

func (l *Library) findAnnotationFile(id string) (string, error) {
	if !isArticleID(id) {
		return "", fmt.Errorf("%q: %w", id, ErrNoAnnotation)
	}
	matches, err := filepath.Glob(filepath.Join(l.dir, "articles", "*", "annotations", id+".json"))
	if err != nil {
		return "", err
	}
	if len(matches) == 0 {
		return "", fmt.Errorf("%s: %w", id, ErrNoAnnotation)
	}
	return matches[0], nil
}

// DeleteAnnotation moves an annotation's file to the trash; Undo brings it
// back, and only EmptyTrash removes it for good.
func (l *Library) DeleteAnnotation(id string) (*annotation.Annotation, error) {
	unlock, err := l.writing()
	if err != nil {
		return nil, err
	}
	defer unlock()
	an, err := l.FindAnnotation(id)
	if err != nil {
		return nil, err
	}
	path, err := l.annotationPath(an.Article, id)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", id, ErrNoAnnotation)
	}
	c := change{Article: an.Article, ID: id, Before: trimNewline(data)}
	if err := l.land("delete annotation", []change{c}); err != nil {
		return nil, err
	}
	return an, nil
}

// checkAnnotationDirs makes sure that an article's annotations folder and
// its folder in the trash stay in the library: a symbolic link out would
// send writes, moves and removals elsewhere on the machine.
func (l *Library) checkAnnotationDirs(articleID string) error {
	if err := l.checkInside("articles/" + articleID + "/annotations"); err != nil {
		return err
	}
	return l.checkInside("trash/" + articleID)
}

// trashAnnotation moves the file to trash/<article>/<id>.json.
func (l *Library) trashAnnotation(articleID, id string) (change, error) {
	path, err := l.annotationPath(articleID, id)
	if err != nil {
		return change{}, err
	}
	if err := l.checkAnnotationDirs(articleID); err != nil {
		return change{}, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return change{}, fmt.Errorf("%s: %w", id, ErrNoAnnotation)
	}
	trash := filepath.Join(l.dir, "trash", articleID)
	if err := os.MkdirAll(trash, 0o755); err != nil {
		return change{}, err
	}
	if err := atomicfile.Replace(path, filepath.Join(trash, id+".json")); err != nil {
		return change{}, err
	}
	if err := syncDir(trash); err != nil {
		return change{}, err
	}
	l.changed(annotationsChanged, articleID) // keep the journal, catalog and index in step
	return change{Article: articleID, ID: id, Before: data}, syncDir(filepath.Dir(path))
}

// TrashCount is the number of annotations in the trash.
func (l *Library) TrashCount() (int, error) {
	files, err := filepath.Glob(filepath.Join(l.dir, "trash", "*", "*.json"))
	return len(files), err
}

// EmptyTrash removes the deleted annotations for good and returns how many.
// Undo and Redo cannot bring them back after this: every step of their
// history that holds a copy of one loses it (see forget in undo.go).
func (l *Library) EmptyTrash() (int, error) {
	if l.readOnly != nil {
		return 0, fmt.Errorf("empty the trash: %w", l.readOnly)
	}
	unlock, err := l.writing()
	if err != nil {
		return 0, err
	}
	defer unlock()
	files, err := filepath.Glob(filepath.Join(l.dir, "trash", "*", "*.json"))
	if err != nil {
		return 0, err
	}
	gone := map[annotationKey]bool{}
	for _, f := range files {
		k := annotationKey{article: filepath.Base(filepath.Dir(f)), id: strings.TrimSuffix(filepath.Base(f), ".json")}
		// One that is in the trash and in its article too was written
		// again after it was deleted (imported from an export): its
		// history is the living annotation's, and stays.
		if path, err := l.annotationPath(k.article, k.id); err == nil {
			if _, err := os.Stat(path); err == nil {
				continue
			}
		}
		gone[k] = true
	}
	// The history first: a crash after it leaves a full trash that cannot
	// be undone, which emptying again finishes; a crash after removing the
	// trash would leave an undo that brings back what was emptied.
	if err := l.forget(gone); err != nil {
		return 0, fmt.Errorf("empty the trash: %w", err)
	}
	return len(files), os.RemoveAll(filepath.Join(l.dir, "trash"))
}

// ErrDuplicateAnnotation means an annotation ID came again in one import:
// the first with it was imported, the later ones were not.
var ErrDuplicateAnnotation = errors.New("this annotation ID came earlier in the same import; only the first was imported")

// AnnotationsImport says what ImportAnnotations did with the annotations it
// was given.
type AnnotationsImport struct {
	// Imported counts the annotations written, orphans included.
	Imported int
	// Orphans are the annotations written as orphans: their target is not
	// in their article's text (a paragraph past the end, offsets past the
	// paragraph, a quote that is not there), so they show no highlight
	// until the reader attaches them again.
	Orphans []*annotation.Annotation
	// Moved are the annotations whose quote was not at the position they
	// give but was found nearby, with the same numbers around it (see
	// annotation.Reanchor); they were written where the quote is.
	Moved []*annotation.Annotation
	// Errs has one error per annotation not written: its article is not in
	// the library, its ID came earlier (ErrDuplicateAnnotation), or its
	// file could not be written.
	Errs []error
}

// ImportAnnotations writes annotations read back from an export, replacing
// any with the same ID. Each target is checked against its article's text
// as it is now (re-anchored, as after an edit): one that is not there is
// written as an orphan and reported, never as a highlight on the wrong
// words. An annotation whose article is not in the library, or whose ID
// came earlier in list, is skipped and reported; the rest land, as one
// undo step.
func (l *Library) ImportAnnotations(list []*annotation.Annotation) AnnotationsImport {
	unlock, err := l.writing()
	if err != nil {
		return AnnotationsImport{Errs: []error{fmt.Errorf("import annotations: %w", err)}}
	}
	defer unlock()
	var r AnnotationsImport
	var kept []*annotation.Annotation
	var on []*article.Article // kept[i]'s article
	articles := map[string]*article.Article{}
	seen := map[string]bool{}
	for _, an := range list {
		if seen[an.ID] {
			r.Errs = append(r.Errs, fmt.Errorf("annotation %s: %w", an.ID, ErrDuplicateAnnotation))
			continue
		}
		seen[an.ID] = true
		a, ok := articles[an.Article]
		if !ok {
			var err error
			if a, err = l.Article(an.Article); err != nil {
				r.Errs = append(r.Errs, fmt.Errorf("annotation %s: %w", an.ID, err))
				continue
			}
			articles[an.Article] = a
		}
		kept, on = append(kept, an), append(on, a)
	}
	// Thousands of annotations are anchored on every core.
	anchoring := make([]annotation.Anchoring, len(kept))
	parallel.For(len(kept), 16, func(i int) { anchoring[i] = kept[i].Reanchor(on[i]) })
	for i, how := range anchoring {
		switch how {
		case annotation.AnchorOrphan:
			r.Orphans = append(r.Orphans, kept[i])
		case annotation.AnchorMoved, annotation.AnchorFuzzy:
			r.Moved = append(r.Moved, kept[i])
		}
	}
	var changes []change
	prepared, errs := l.preparing().annotations(kept)
	for i, err := range errs {
		if err != nil {
			r.Errs = append(r.Errs, fmt.Errorf("annotation %s: %w", kept[i].ID, err))
			continue
		}
		changes = append(changes, prepared[i])
	}
	if err := l.land("import annotations", changes); err != nil {
		r.Errs = append(r.Errs, err)
		r.Orphans, r.Moved = nil, nil
		return r
	}
	r.Imported = len(changes)
	return r
}
