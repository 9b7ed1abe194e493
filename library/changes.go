package library

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// The change journal (changes.log in the library folder) is how processes
// that share a library learn what the others changed without looking at
// every article: each writer appends one line per article it changed,
// under the write lock, after the files are in place. A process remembers
// how far it has read (a position: the journal's epoch and a byte offset)
// and, to catch up, reads only what came after. The catalog and the search
// index each keep their own position, so a start replays the changes made
// since they were last written and nothing more.
//
// A line is "<kind> <article id>": kind a when the article itself changed
// (imported, edited, removed) and n when only its annotations did, which
// spares rereading the article. The first line names the epoch, a random
// token; a journal grown past maxChangesLog is started afresh under a new
// epoch that names where the old one ended, so a reader that was up to
// date carries on, and one that was behind finds the epoch unknown and
// compares every article's stamp instead (Position.Known).

// changesFile is the journal's name in the library folder.
const changesFile = "changes.log"

// maxChangesLog is how large the journal grows before it starts afresh:
// some three hundred thousand changes.
const maxChangesLog = 8 << 20

// Position is how far a reader has read the change journal.
type Position struct {
	Epoch  string
	Offset int64
}

// String is how a position is stored: "epoch offset".
func (p Position) String() string { return fmt.Sprintf("%s %d", p.Epoch, p.Offset) }

// parsePosition reads what Position.String wrote; a damaged one is the
// zero Position, which no journal has.
func parsePosition(s string) Position {
	var p Position
	if _, err := fmt.Sscanf(s, "%s %d", &p.Epoch, &p.Offset); err != nil || p.Offset < 0 {
		return Position{}
	}
	return p
}

// change kinds of a journal line.
const (
	articleChanged     = 'a'
	annotationsChanged = 'n'
)

// changedArticle is one article named by the change journal.
type changedArticle struct {
	ID         string
	ArticleToo bool // the article changed, not only its annotations
}

// journalHeader is the journal's first line: its epoch and, when it
// followed an older journal, where that one ended.
func journalHeader(epoch string, prev Position) []byte {
	if prev.Epoch == "" {
		return []byte("tandem-changes 1 " + epoch + "\n")
	}
	return []byte(fmt.Sprintf("tandem-changes 1 %s after %s\n", epoch, prev))
}

// readHeader reads the journal's first line: its epoch and the position
// of the journal it followed, if any.
func readHeader(line string) (epoch string, prev Position, ok bool) {
	f := strings.Fields(line)
	if len(f) < 3 || f[0] != "tandem-changes" || f[1] != "1" {
		return "", Position{}, false
	}
	if len(f) == 6 && f[3] == "after" {
		prev = parsePosition(f[4] + " " + f[5])
	}
	return f[2], prev, true
}

// appendChanges appends lines for the given articles to the journal in the
// library folder dir, starting a journal when there is none or the old one
// has grown too large. Callers hold the write lock. It returns the journal's
// position before and after the lines.
func appendChanges(dir string, kind byte, ids []string) (before, after Position, err error) {
	path := filepath.Join(dir, changesFile)
	f, err := os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0o644)
	if errors.Is(err, fs.ErrNotExist) {
		if err := startJournal(path, Position{}); err != nil {
			return before, after, err
		}
		f, err = os.OpenFile(path, os.O_RDWR|os.O_APPEND, 0o644)
	}
	if err != nil {
		return before, after, fmt.Errorf("change journal: %w", err)
	}
	defer f.Close()
	h, err := statJournal(f)
	epoch, size := h.epoch, h.size
	if err != nil {
		// A damaged journal is started afresh: readers find the epoch
		// unknown and compare stamps.
		f.Close()
		if err := startJournal(path, Position{}); err != nil {
			return before, after, err
		}
		return appendChanges(dir, kind, ids)
	}
	if size > maxChangesLog {
		f.Close()
		if err := startJournal(path, Position{Epoch: epoch, Offset: size}); err != nil {
			return before, after, err
		}
		return appendChanges(dir, kind, ids)
	}
	var buf bytes.Buffer
	for _, id := range ids {
		buf.WriteByte(kind)
		buf.WriteByte(' ')
		buf.WriteString(id)
		buf.WriteByte('\n')
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		// Cut back what part of the lines went in: a half line would
		// merge with the next writer's.
		_ = f.Truncate(size)
		return before, after, fmt.Errorf("change journal: %w", err)
	}
	before = Position{Epoch: epoch, Offset: size}
	return before, Position{Epoch: epoch, Offset: size + int64(buf.Len())}, nil
}

// startJournal replaces the journal with an empty one of a new epoch.
func startJournal(path string, prev Position) error {
	if err := writeFileAtomic(path, journalHeader(randomSuffix()+randomSuffix(), prev)); err != nil {
		return fmt.Errorf("start the change journal: %w", err)
	}
	return nil
}

// journalHead is what statJournal reads of an open journal.
type journalHead struct {
	epoch string
	prev  Position // where the journal it followed ended, if any
	size  int64
	lines int64 // the offset of the first change line, past the header
}

// statJournal reads the header and the size of an open journal.
func statJournal(f *os.File) (journalHead, error) {
	info, err := f.Stat()
	if err != nil {
		return journalHead{}, err
	}
	head := make([]byte, 128)
	n, _ := f.ReadAt(head, 0)
	line, _, ok := bytes.Cut(head[:n], []byte("\n"))
	if !ok {
		return journalHead{}, errors.New("the change journal has no header")
	}
	epoch, prev, ok := readHeader(string(line))
	if !ok {
		return journalHead{}, errors.New("the change journal's header is damaged")
	}
	return journalHead{epoch: epoch, prev: prev, size: info.Size(), lines: int64(len(line)) + 1}, nil
}

// errUnknownEpoch means a position is of a journal that is gone: the
// reader must compare stamps to catch up.
var errUnknownEpoch = errors.New("the change journal has started afresh since")

// readChanges reads the journal in the library folder dir from a position
// on: the articles changed since, each once, and the position after the
// last whole line. A position of a journal started afresh, or no journal
// at all, gives errUnknownEpoch, unless the new journal follows on from
// exactly that position.
func readChanges(dir string, from Position) ([]changedArticle, Position, error) {
	f, err := os.Open(filepath.Join(dir, changesFile))
	switch {
	case errors.Is(err, fs.ErrNotExist) && from == Position{}:
		return nil, from, nil // no change yet, and none read
	case errors.Is(err, fs.ErrNotExist):
		return nil, Position{}, errUnknownEpoch
	case err != nil:
		return nil, from, fmt.Errorf("change journal: %w", err)
	}
	defer f.Close()
	h, err := statJournal(f)
	if err != nil {
		return nil, Position{}, errUnknownEpoch
	}
	epoch, size := h.epoch, h.size
	start := from.Offset
	switch {
	case from.Epoch == epoch && from.Offset <= size:
	case from.Epoch != "" && h.prev == from:
		start = 0
	default:
		return nil, Position{Epoch: epoch, Offset: size}, errUnknownEpoch
	}
	start = max(start, h.lines)
	if _, err := f.Seek(start, io.SeekStart); err != nil {
		return nil, from, err
	}
	seen := map[string]int{}
	var out []changedArticle
	r := bufio.NewReader(io.LimitReader(f, size-start))
	pos := start
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			break // a half line is a write under way: read it next time
		}
		pos += int64(len(line))
		kind, id, ok := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		if !ok || len(kind) != 1 || !isArticleID(id) {
			continue
		}
		if i, ok := seen[id]; ok {
			out[i].ArticleToo = out[i].ArticleToo || kind[0] == articleChanged
			continue
		}
		seen[id] = len(out)
		out = append(out, changedArticle{ID: id, ArticleToo: kind[0] == articleChanged})
	}
	return out, Position{Epoch: epoch, Offset: pos}, nil
}

// ensureJournal starts the journal when the library has none. Callers
// hold the write lock.
func ensureJournal(dir string) error {
	if exists(filepath.Join(dir, changesFile)) {
		return nil
	}
	return startJournal(filepath.Join(dir, changesFile), Position{})
}

// journalEnd is the journal's current position (its epoch and size), or
// the zero Position when there is none.
func journalEnd(dir string) Position {
	f, err := os.Open(filepath.Join(dir, changesFile))
	if err != nil {
		return Position{}
	}
	defer f.Close()
	h, err := statJournal(f)
	if err != nil {
		return Position{}
	}
	return Position{Epoch: h.epoch, Offset: h.size}
}
