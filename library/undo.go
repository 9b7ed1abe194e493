package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// ErrNothingToUndo means the undo (or redo) history is empty.
var ErrNothingToUndo = errors.New("nothing to undo")

// maxUndo is how many steps the history keeps.
const maxUndo = 200

// change is one file before and after a step: an annotation (File empty)
// or an article's article.json (File "article", when the reader fixed its
// alignment). A nil Before means the step created the annotation; a nil
// After means the step moved it to the trash.
type change struct {
	Article string          `json:"article"`
	ID      string          `json:"id,omitempty"`
	File    string          `json:"file,omitempty"`
	Before  json.RawMessage `json:"before,omitempty"`
	After   json.RawMessage `json:"after,omitempty"`
}

// annotationKey names an annotation: its article and its own ID.
type annotationKey struct{ article, id string }

// articleFile marks a change to article.json.
const articleFile = "article"

// step is one thing the user did, which Undo takes back whole: one
// annotation saved, or every annotation a tag rename touched.
type step struct {
	What    string    `json:"what"`
	Time    time.Time `json:"time"`
	Changes []change  `json:"changes"`
}

// The history lives in files, one per step, so the command line's undo can
// take back what the window did and the other way round:
// journal/undo/<seq>.json and journal/redo/<seq>.json.
func (l *Library) journalDir(kind string) string {
	return filepath.Join(l.dir, "journal", kind)
}

// remember adds a step to the undo history and clears the redo history.
// Callers hold l.mu.
func (l *Library) remember(s step) error {
	s.Time = time.Now().UTC()
	dir := l.journalDir("undo")
	seqs, err := l.steps("undo")
	if err != nil {
		return err
	}
	next := 1
	if len(seqs) > 0 {
		next = seqs[len(seqs)-1] + 1
	}
	if err := writeStep(dir, next, s); err != nil {
		return err
	}
	for len(seqs) >= maxUndo {
		os.Remove(stepPath(dir, seqs[0])) // the oldest step: losing it only shortens the history
		seqs = seqs[1:]
	}
	return os.RemoveAll(l.journalDir("redo"))
}

// ErrHistoryDamaged means a step of the undo history cannot be read, or
// names a file that is not an article's or an annotation's: Undo and Redo
// write what a step says, so a step is checked like any other input.
var ErrHistoryDamaged = errors.New("the undo history is damaged")

// parseStep reads a step file and checks every file it names: an article
// ID and an annotation ID (or the article's article.json, whose id in
// each state must be the article's), nothing else.
func parseStep(data []byte) (step, error) {
	var s step
	if err := json.Unmarshal(data, &s); err != nil {
		return step{}, fmt.Errorf("%w: %w", ErrHistoryDamaged, err)
	}
	for _, c := range s.Changes {
		if err := c.check(); err != nil {
			return step{}, fmt.Errorf("%w: %w", ErrHistoryDamaged, err)
		}
	}
	return s, nil
}

// check refuses a change that names anything but an article's
// article.json or one of its annotations.
func (c change) check() error {
	if !validID.MatchString(c.Article) {
		return fmt.Errorf("article %q is not an article ID", c.Article)
	}
	switch c.File {
	case "":
		if !validID.MatchString(c.ID) {
			return fmt.Errorf("annotation %q is not an annotation ID", c.ID)
		}
	case articleFile:
		for _, state := range []json.RawMessage{c.Before, c.After} {
			var rec struct {
				ID string `json:"id"`
			}
			if state == nil {
				return fmt.Errorf("a change to article %s has no article.json to restore", c.Article)
			}
			if err := json.Unmarshal(state, &rec); err != nil || rec.ID != c.Article {
				return fmt.Errorf("a change to article %s holds the article.json of %q", c.Article, rec.ID)
			}
		}
	default:
		return fmt.Errorf("file %q is not an article's or an annotation's", c.File)
	}
	return nil
}

func stepPath(dir string, seq int) string {
	return filepath.Join(dir, fmt.Sprintf("%012d.json", seq))
}

func writeStep(dir string, seq int, s step) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	data, err := json.Marshal(s)
	if err != nil {
		return err
	}
	return writeFileAtomic(stepPath(dir, seq), data)
}

// steps lists the sequence numbers in journal/<kind>, oldest first.
func (l *Library) steps(kind string) ([]int, error) {
	entries, err := os.ReadDir(l.journalDir(kind))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var seqs []int
	for _, e := range entries {
		var n int
		if _, err := fmt.Sscanf(e.Name(), "%012d.json", &n); err == nil && e.Name() == fmt.Sprintf("%012d.json", n) {
			seqs = append(seqs, n)
		}
	}
	sort.Ints(seqs)
	return seqs, nil
}

// Undo takes back the last step and returns what it was ("annotate",
// "delete annotation", "rename tag ..."). Redo does it again.
func (l *Library) Undo() (string, error) {
	return l.travel("undo", "redo", func(c change) json.RawMessage { return c.Before }, true)
}

// Redo does again the last step Undo took back.
func (l *Library) Redo() (string, error) {
	return l.travel("redo", "undo", func(c change) json.RawMessage { return c.After }, false)
}

// travel pops the newest step of one history, sets every file it touched
// to the state state picks, and pushes the step on the other history.
func (l *Library) travel(from, to string, state func(change) json.RawMessage, reverse bool) (string, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	seqs, err := l.steps(from)
	if err != nil {
		return "", err
	}
	if len(seqs) == 0 {
		return "", fmt.Errorf("%w (nothing to %s)", ErrNothingToUndo, from)
	}
	path := stepPath(l.journalDir(from), seqs[len(seqs)-1])
	data, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	s, err := parseStep(data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	for _, c := range s.Changes {
		if err := l.checkIdentity(c.Article); err != nil {
			return "", err
		}
	}
	for i := range s.Changes {
		c := s.Changes[i]
		if reverse {
			c = s.Changes[len(s.Changes)-1-i]
		}
		if err := l.restoreChange(c, state(c)); err != nil {
			return "", err
		}
	}
	others, err := l.steps(to)
	if err != nil {
		return "", err
	}
	next := 1
	if len(others) > 0 {
		next = others[len(others)-1] + 1
	}
	if err := writeStep(l.journalDir(to), next, s); err != nil {
		return "", err
	}
	return s.What, os.Remove(path)
}

// restoreChange puts the file a change touched in a state.
func (l *Library) restoreChange(c change, data json.RawMessage) error {
	if c.File != articleFile {
		return l.restore(c.Article, c.ID, data)
	}
	dir, err := l.articleDir(c.Article)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(filepath.Join(dir, "article.json"), append([]byte(data), '\n')); err != nil {
		return err
	}
	l.indexLater(c.Article) // keep the search index in step (index.go)
	return nil
}

// restore puts an annotation file in a state: data written in place (and any
// copy in the trash dropped), or, for nil data, the file moved to the trash.
func (l *Library) restore(articleID, id string, data json.RawMessage) error {
	path, err := l.annotationPath(articleID, id)
	if err != nil {
		return err
	}
	if data == nil {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		_, err := l.trashAnnotation(articleID, id)
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := writeFileAtomic(path, append([]byte(data), '\n')); err != nil {
		return err
	}
	l.indexLater(articleID) // keep the search index in step (index.go)
	trashed := filepath.Join(l.dir, "trash", articleID, id+".json")
	if err := os.Remove(trashed); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// forget takes every change to the annotations in gone out of both
// histories, and drops the steps left with no change, so that neither Undo
// nor Redo can write those annotations again, and no copy of their text
// stays in the journal. EmptyTrash calls it: what the reader emptied is gone
// for good. Undo then takes back the step before, as if the dropped ones had
// never been, rather than failing on a step it can no longer do; a step
// that also changed other annotations (a tag rename) still takes those
// back. Callers hold l.mu.
func (l *Library) forget(gone map[annotationKey]bool) error {
	if len(gone) == 0 {
		return nil
	}
	for _, kind := range []string{"undo", "redo"} {
		dir := l.journalDir(kind)
		if err := l.removeStaleTemps(dir); err != nil {
			return err
		}
		seqs, err := l.steps(kind)
		if err != nil {
			return err
		}
		for _, seq := range seqs {
			if err := forgetInStep(stepPath(dir, seq), gone); err != nil {
				return err
			}
		}
	}
	return nil
}

// forgetInStep rewrites one step file without its changes to the
// annotations in gone, or removes it when none is left.
func forgetInStep(path string, gone map[annotationKey]bool) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s, err := parseStep(data)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	kept := make([]change, 0, len(s.Changes))
	for _, c := range s.Changes {
		if c.File == articleFile || !gone[annotationKey{article: c.Article, id: c.ID}] {
			kept = append(kept, c)
		}
	}
	switch {
	case len(kept) == len(s.Changes):
		return nil
	case len(kept) == 0:
		if err := os.Remove(path); err != nil {
			return err
		}
		return syncDir(filepath.Dir(path))
	}
	s.Changes = kept
	data, err = json.Marshal(s)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, data)
}

// removeStaleTemps deletes what a crash left of a step being written: it
// may hold a copy of an annotation being forgotten.
func (l *Library) removeStaleTemps(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	for _, e := range entries {
		if l.isStaleTemp(e) {
			if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
	}
	return nil
}
