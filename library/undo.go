package library

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"time"

	"tandem/internal/atomicfile"
	"tandem/internal/parallel"
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

// land makes a change and records its undo step so that both land or
// neither: the step is written first (a full disk then changes nothing),
// then the files; when a file cannot be written, those already written
// are put back and the step removed. Should putting back fail too, the
// step stays, and Undo, which checks each file against the step, takes
// back what did land. A change whose undo step could not be written would
// leave Undo to take back the step before it instead. Callers hold l.mu.
func (l *Library) land(what string, changes []change) error {
	if len(changes) == 0 {
		return nil
	}
	if l.readOnly != nil {
		return fmt.Errorf("%s: %w", what, l.readOnly)
	}
	path, err := l.journal("undo", step{What: what, Time: time.Now().UTC(), Changes: changes})
	if err != nil {
		return fmt.Errorf("%s: record the step for undo: %w (nothing was changed)", what, err)
	}
	if n, err := l.applyAll(changes); err != nil {
		if berr := l.takeBack(changes[:n]); berr != nil {
			return fmt.Errorf("%s: %w; putting back what was written failed too (undo finishes it): %w", what, err, berr)
		}
		if rerr := os.Remove(path); rerr != nil {
			return fmt.Errorf("%s: %w (nothing was changed, but its undo step remains: undo skips it): %w", what, err, rerr)
		}
		return fmt.Errorf("%s: %w (nothing was changed)", what, err)
	}
	return l.settle()
}

// journal writes a step as the newest of a history and returns its path.
func (l *Library) journal(kind string, s step) (string, error) {
	seqs, err := l.steps(kind)
	if err != nil {
		return "", err
	}
	next := 1
	if len(seqs) > 0 {
		next = seqs[len(seqs)-1] + 1
	}
	dir := l.journalDir(kind)
	if err := writeStep(dir, next, s); err != nil {
		return "", err
	}
	return stepPath(dir, next), nil
}

// settle trims the undo history to maxUndo steps and clears the redo
// history, once a new step has landed.
func (l *Library) settle() error {
	dir := l.journalDir("undo")
	seqs, err := l.steps("undo")
	if err != nil {
		return err
	}
	for len(seqs) > maxUndo {
		os.Remove(stepPath(dir, seqs[0])) // the oldest step: losing it only shortens the history
		seqs = seqs[1:]
	}
	if err := os.RemoveAll(l.journalDir("redo")); err != nil {
		return fmt.Errorf("the change was made and can be undone, but the redo history could not be cleared: %w", err)
	}
	return nil
}

// apply puts the file of a change in its after state.
func (l *Library) apply(c change) error {
	return l.restoreChange(c, c.After)
}

// manyWrites is the number of changes from which applyAll writes them as
// one batch: an import of a few thousand annotations then costs two syncs
// of the file system instead of two fsyncs a file.
const manyWrites = 8

// applyAll puts the files of changes in their after states, in order,
// and returns how many it applied: all, or, with the error, those before
// the first that failed (for land to take back). Many changes that all
// write a file are written together, each as writeFileAtomic would, whole
// or not at all after a crash: every new file is written beside its place,
// all are made durable with one sync, renamed into place, and the renames
// made durable with a second.
func (l *Library) applyAll(changes []change) (int, error) {
	if len(changes) >= manyWrites && !slices.ContainsFunc(changes, func(c change) bool { return c.After == nil }) {
		return l.writeAll(changes)
	}
	for i, c := range changes {
		if err := l.apply(c); err != nil {
			return i, err
		}
	}
	return len(changes), nil
}

// writeAll is applyAll's batch: changes that all write a file.
func (l *Library) writeAll(changes []change) (int, error) {
	paths := make([]string, len(changes))
	temps := make([]string, 0, len(changes))
	defer func() {
		for _, t := range temps {
			os.Remove(t) // those not renamed into place
		}
	}()
	ready := map[string]bool{} // folders checked and made, by article and file kind
	for i, c := range changes {
		path, err := l.targetPath(c)
		if err != nil {
			return 0, err
		}
		if key := c.Article + "/" + c.File; !ready[key] {
			if err := l.prepareTarget(c, path); err != nil {
				return 0, err
			}
			ready[key] = true
		}
		tmp, err := writeTemp(path, append([]byte(c.After), '\n'))
		if err != nil {
			return 0, err
		}
		paths[i] = path
		temps = append(temps, tmp)
	}
	if err := syncFiles(l.dir, temps); err != nil {
		return 0, err
	}
	for i := range changes {
		if err := atomicfile.Replace(temps[i], paths[i]); err != nil {
			temps = temps[i:]
			return i, err
		}
	}
	temps = nil
	if err := syncFiles(l.dir, paths); err != nil {
		return len(changes), err
	}
	trashed := map[string]bool{} // articles with a trash folder
	for _, c := range changes {
		if _, ok := trashed[c.Article]; !ok {
			_, err := os.Lstat(filepath.Join(l.dir, "trash", c.Article))
			trashed[c.Article] = !errors.Is(err, fs.ErrNotExist)
		}
		if trashed[c.Article] {
			if err := l.landed(c); err != nil {
				return len(changes), err
			}
		} else {
			l.changed(changeKind(c), c.Article)
		}
	}
	return len(changes), nil
}

// takeBack puts the files of changes back in their before states, the
// last first: what land wrote before a later file failed.
func (l *Library) takeBack(changes []change) error {
	for i := len(changes) - 1; i >= 0; i-- {
		c := changes[i]
		if c.File == "" && c.Before == nil {
			// It was created: it goes, rather than to the trash.
			path, err := l.annotationPath(c.Article, c.ID)
			if err == nil {
				err = l.checkAnnotationDirs(c.Article)
			}
			if err == nil {
				err = os.Remove(path)
			}
			if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			l.changed(annotationsChanged, c.Article) // keep the journal, catalog and index in step
			continue
		}
		if err := l.restoreChange(c, c.Before); err != nil {
			return err
		}
	}
	return nil
}

// writeStepFile writes a step's file; tests put a failing writer here to
// play a full disk.
var writeStepFile = writeFileAtomic

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
	if len(s.Changes) == 0 {
		return step{}, fmt.Errorf("%w: a step with no change", ErrHistoryDamaged)
	}
	for i := range s.Changes {
		c := &s.Changes[i]
		// JSON null is no file, as an absent state is.
		for _, state := range []*json.RawMessage{&c.Before, &c.After} {
			if string(bytes.TrimSpace(*state)) == "null" {
				*state = nil
			}
		}
		if err := c.check(); err != nil {
			return step{}, fmt.Errorf("%w: %w", ErrHistoryDamaged, err)
		}
	}
	return s, nil
}

// check refuses a change that names anything but an article's
// article.json or one of its annotations.
func (c change) check() error {
	if !isArticleID(c.Article) {
		return fmt.Errorf("article %q is not an article ID", c.Article)
	}
	switch c.File {
	case "":
		if !isArticleID(c.ID) {
			return fmt.Errorf("annotation %q is not an annotation ID", c.ID)
		}
		if c.Before == nil && c.After == nil {
			return fmt.Errorf("a change to annotation %s has no state", c.ID)
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
	data, err := encodeStep(s)
	if err != nil {
		return err
	}
	return writeStepFile(stepPath(dir, seq), data)
}

// encodeStep writes a step as json.Marshal would, except that each state
// is copied as it is instead of compacted: an import of thousands of
// annotations records tens of megabytes of them, which Marshal scans twice
// and copies through a buffer that grows by doubling. Each state is still
// checked to be JSON, so that the step reads back.
func encodeStep(s step) ([]byte, error) {
	head, err := json.Marshal(struct {
		What string    `json:"what"`
		Time time.Time `json:"time"`
	}{s.What, s.Time})
	if err != nil {
		return nil, err
	}
	size := len(head) + len(`,"changes":[]}`)
	for _, c := range s.Changes {
		size += len(c.Before) + len(c.After) + len(c.Article) + len(c.ID) + len(c.File) + 64
	}
	invalid := make([]bool, len(s.Changes)) // checked on every core
	parallel.For(len(s.Changes), 64, func(i int) {
		c := s.Changes[i]
		invalid[i] = len(c.Before) > 0 && !json.Valid(c.Before) || len(c.After) > 0 && !json.Valid(c.After)
	})
	b := make([]byte, 0, size)
	b = append(b, head[:len(head)-1]...) // without its }
	b = append(b, `,"changes":[`...)
	for i, c := range s.Changes {
		if i > 0 {
			b = append(b, ',')
		}
		if invalid[i] {
			return nil, fmt.Errorf("%s %s: the state to record is not JSON", c.Article, c.ID)
		}
		b = appendField(b, `{"article":`, c.Article)
		if c.ID != "" {
			b = appendField(b, `,"id":`, c.ID)
		}
		if c.File != "" {
			b = appendField(b, `,"file":`, c.File)
		}
		for _, state := range []struct {
			key  string
			data json.RawMessage
		}{{`,"before":`, c.Before}, {`,"after":`, c.After}} {
			if len(state.data) == 0 {
				continue
			}
			b = append(append(b, state.key...), state.data...)
		}
		b = append(b, '}')
	}
	return append(b, "]}"...), nil
}

// appendField appends a key, as JSON text ending in its colon, and a
// string value.
func appendField(b []byte, key, value string) []byte {
	v, _ := json.Marshal(value) // a string always encodes
	return append(append(b, key...), v...)
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

// ErrHistoryDiverged means a file a step of the history changed has been
// changed since by something else (another program, a sync, a hand): the
// step no longer describes the files, so Undo and Redo leave the file as
// it is and drop the step rather than overwrite what is there.
var ErrHistoryDiverged = errors.New("changed since this step; it was left as it is and the step dropped")

// Undo takes back the last step and returns what it was ("annotate",
// "delete annotation", "rename tag ..."). Redo does it again. A step is
// acted on only when its files match it: a file in neither the state the
// step left nor the one it found is an ErrHistoryDiverged; a step none of
// whose changes is in the files (one that never landed) is dropped, and
// the one before it is taken back.
func (l *Library) Undo() (string, error) {
	return l.travel("undo", "redo", true)
}

// Redo does again the last step Undo took back, under the same checks.
func (l *Library) Redo() (string, error) {
	return l.travel("redo", "undo", false)
}

// travel pops the newest step of one history, sets every file it touched
// to the other state (its before state for undo), and pushes the step on
// the other history.
func (l *Library) travel(from, to string, undo bool) (string, error) {
	if l.readOnly != nil {
		return "", fmt.Errorf("%s: %w", from, l.readOnly)
	}
	unlock, err := l.writing()
	if err != nil {
		return "", err
	}
	defer unlock()
	for {
		path, s, err := l.newestStep(from)
		if err != nil {
			return "", err
		}
		todo, err := l.pending(s, undo)
		if errors.Is(err, ErrHistoryDiverged) {
			if rerr := os.Remove(path); rerr != nil {
				return "", errors.Join(fmt.Errorf("%s %q: %w", from, s.What, err), rerr)
			}
			return "", fmt.Errorf("%s %q: %w", from, s.What, err)
		}
		if err != nil {
			return "", err
		}
		if len(todo) == 0 {
			// It never landed (its files were put back, or a crash came
			// between the step and its files): it is no step of the reader's.
			if err := os.Remove(path); err != nil {
				return "", err
			}
			continue
		}
		// The other history first: if it cannot be written, nothing has
		// changed; if a file fails after it, both histories hold the step
		// and each finishes what its files still need.
		if _, err := l.journal(to, s); err != nil {
			return "", fmt.Errorf("%s %q: %w (nothing was changed)", from, s.What, err)
		}
		for _, c := range todo {
			state := c.After
			if undo {
				state = c.Before
			}
			if err := l.restoreChange(c, state); err != nil {
				return "", err
			}
		}
		return s.What, os.Remove(path)
	}
}

// newestStep reads the newest step of a history.
func (l *Library) newestStep(kind string) (string, step, error) {
	seqs, err := l.steps(kind)
	if err != nil {
		return "", step{}, err
	}
	if len(seqs) == 0 {
		return "", step{}, fmt.Errorf("%w (nothing to %s)", ErrNothingToUndo, kind)
	}
	path := stepPath(l.journalDir(kind), seqs[len(seqs)-1])
	data, err := os.ReadFile(path)
	if err != nil {
		return "", step{}, err
	}
	s, err := parseStep(data)
	if err != nil {
		return "", step{}, fmt.Errorf("%s: %w", path, err)
	}
	for _, c := range s.Changes {
		if err := l.checkIdentity(c.Article); err != nil {
			return "", step{}, err
		}
	}
	return path, s, nil
}

// pending compares each file a step changed with the step, and returns, in
// the order to act on them (the last first for undo), the changes whose
// file is still in the state the step is to leave: the after state for
// undo, the before state for redo. A file already in the other state is
// done; a file in neither is ErrHistoryDiverged.
func (l *Library) pending(s step, undo bool) ([]change, error) {
	var todo []change
	for i := range s.Changes {
		c := s.Changes[i]
		if undo {
			c = s.Changes[len(s.Changes)-1-i]
		}
		now, err := l.fileState(c)
		if err != nil {
			return nil, err
		}
		leave, reach := c.After, c.Before
		if !undo {
			leave, reach = c.Before, c.After
		}
		switch {
		case sameState(now, leave):
			todo = append(todo, c)
		case sameState(now, reach):
		default:
			return nil, fmt.Errorf("%s: %w", c.describe(), ErrHistoryDiverged)
		}
	}
	return todo, nil
}

// fileState reads the file a change touched as it is now: nil when it is
// not there (an annotation in the trash, or never made).
func (l *Library) fileState(c change) (json.RawMessage, error) {
	var path string
	if c.File == articleFile {
		dir, err := l.articleDir(c.Article)
		if err != nil {
			return nil, err
		}
		path = filepath.Join(dir, "article.json")
	} else {
		p, err := l.annotationPath(c.Article, c.ID)
		if err != nil {
			return nil, err
		}
		path = p
	}
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

// sameState reports whether a file's content is a state of a step: the
// same JSON, however spaced (the journal keeps it compact, with HTML
// characters escaped, as encoding/json writes a json.RawMessage).
func sameState(file, state json.RawMessage) bool {
	if file == nil || state == nil {
		return file == nil && state == nil
	}
	a, aerr := canonicalJSON(file)
	b, berr := canonicalJSON(state)
	return aerr == nil && berr == nil && bytes.Equal(a, b)
}

func canonicalJSON(data []byte) ([]byte, error) {
	var compact, escaped bytes.Buffer
	if err := json.Compact(&compact, data); err != nil {
		return nil, err
	}
	json.HTMLEscape(&escaped, compact.Bytes())
	return escaped.Bytes(), nil
}

// describe names the file of a change for a message.
func (c change) describe() string {
	if c.File == articleFile {
		return c.Article + "/article.json"
	}
	return fmt.Sprintf("annotation %s of %s", c.ID, c.Article)
}

// restoreChange puts the file a change touched in a state: data written
// in place, or, for an annotation and nil data, the file moved to the
// trash.
func (l *Library) restoreChange(c change, data json.RawMessage) error {
	if c.File != articleFile && data == nil {
		path, err := l.annotationPath(c.Article, c.ID)
		if err != nil {
			return err
		}
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		_, err = l.trashAnnotation(c.Article, c.ID)
		return err
	}
	path, err := l.changeTarget(c)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(path, append([]byte(data), '\n')); err != nil {
		return err
	}
	return l.landed(c)
}

// changeTarget checks the file a change writes, makes its folder, and
// returns its path.
func (l *Library) changeTarget(c change) (string, error) {
	path, err := l.targetPath(c)
	if err != nil {
		return "", err
	}
	return path, l.prepareTarget(c, path)
}

// targetPath returns the path of the file a change writes.
func (l *Library) targetPath(c change) (string, error) {
	if c.File == articleFile {
		dir, err := l.articleDir(c.Article)
		if err != nil {
			return "", err
		}
		return filepath.Join(dir, "article.json"), nil
	}
	return l.annotationPath(c.Article, c.ID)
}

// prepareTarget checks that the folders of the file at path, which change
// c writes, lie inside the library, and makes the annotations folder.
func (l *Library) prepareTarget(c change, path string) error {
	if c.File == articleFile {
		return l.checkInside("articles/" + c.Article)
	}
	if err := l.checkAnnotationDirs(c.Article); err != nil {
		return err
	}
	return os.MkdirAll(filepath.Dir(path), 0o755)
}

// landed keeps the journal, catalog and index in step with a file a change
// wrote, and drops a written annotation's copy in the trash.
func (l *Library) landed(c change) error {
	l.changed(changeKind(c), c.Article)
	if c.File == articleFile {
		return nil
	}
	trashed := filepath.Join(l.dir, "trash", c.Article, c.ID+".json")
	if err := os.Remove(trashed); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// changeKind says what a change's file is, for the change journal.
func changeKind(c change) byte {
	if c.File == articleFile {
		return articleChanged
	}
	return annotationsChanged
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
