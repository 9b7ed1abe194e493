package library

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"tandem/annotation"
	"tandem/gitsync"
)

// Sync keeps a library in step with a git remote (see gitsync): the
// library folder is the working tree, one commit a sync. The files were
// laid out for it: sources never change and each annotation is a file of
// its own, so two machines' changes merge file by file. Only what is the
// reader's travels; what one machine keeps for itself (the lock, the change
// journal, undo history, the trash, temporary and set-aside files) is
// left out by the .gitignore that SyncInit writes.

// syncIgnore is the library's .gitignore.
const syncIgnore = `# Written by tandem sync init: what stays on this machine.
/lock
/changes.log
/staging/
/journal/
/trash/
.*.tmp-*
*.corrupt
*.corrupt-*
`

// ConflictTag marks both annotations of a conflict: the same annotation
// was changed on two machines, and a sync kept both versions.
const ConflictTag = "sync conflict"

// SyncConflict is one file two machines changed in ways a merge cannot
// join, and what the sync did about it.
type SyncConflict struct {
	Path string `json:"path"` // relative to the library folder
	// Article and Annotation name what the file holds, when they apply.
	Article    string `json:"article,omitempty"`
	Annotation string `json:"annotation,omitempty"`
	// Copy is the annotation the other machine's version became.
	Copy   string `json:"copy,omitempty"`
	Action string `json:"action"`
}

// SyncResult says what a sync did.
type SyncResult struct {
	// Committed is the number of files this machine had changed since
	// the last sync.
	Committed int `json:"committed"`
	// Received are the articles the merge brought changes to.
	Received  []string       `json:"received"`
	Conflicts []SyncConflict `json:"conflicts"`
	Pushed    bool           `json:"pushed"`
}

// SyncInit makes the library folder a git working tree with origin at url,
// writes its .gitignore, and makes the first sync: the library's files
// and the remote's (if it has any) are merged, nothing on either side
// lost.
func (l *Library) SyncInit(ctx context.Context, url string) (SyncResult, error) {
	if l.readOnly != nil {
		return SyncResult{}, l.readOnly
	}
	if strings.TrimSpace(url) == "" {
		return SyncResult{}, errors.New("sync init: name the remote: a path to a bare repository or a git URL")
	}
	unlock, err := l.writing()
	if err != nil {
		return SyncResult{}, err
	}
	_, err = gitsync.Init(ctx, l.dir, url)
	if err == nil {
		err = writeFileAtomic(filepath.Join(l.dir, ".gitignore"), []byte(syncIgnore))
	}
	unlock()
	if err != nil {
		return SyncResult{}, fmt.Errorf("sync init: %w", err)
	}
	return l.Sync(ctx)
}

// SyncRemote returns the remote the library syncs with, or "" when sync
// is not set up (or git is missing).
func (l *Library) SyncRemote() string {
	repo, err := gitsync.Open(l.dir)
	if err != nil {
		return ""
	}
	url, err := repo.Run(context.Background(), "remote", "get-url", "origin")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(url)
}

// maxSyncRounds is how many times a sync fetches again when another
// machine pushed between its fetch and its push.
const maxSyncRounds = 4

// Sync commits what changed here since the last sync, fetches the remote,
// merges, and pushes. The library's lock is held while git writes in the
// folder (commit and merge), not while it talks to the remote, so the
// window and other commands keep reading and writing during a slow fetch
// or push. The articles the merge changed are named in the change
// journal, so the index, the catalog and every process sharing the
// library read them again, and them only.
//
// A sync cut short (killed, a lost connection) leaves a library that opens
// and reads as before; the next sync picks up where it stopped.
func (l *Library) Sync(ctx context.Context) (SyncResult, error) {
	var res SyncResult
	if l.readOnly != nil {
		return res, l.readOnly
	}
	repo, err := gitsync.Open(l.dir)
	if err != nil {
		return res, err
	}
	if err := l.underLock(func() error { return l.commitLocal(ctx, repo, &res) }); err != nil {
		return res, fmt.Errorf("sync: %w", err)
	}
	for round := 0; ; round++ {
		if _, err := repo.Run(ctx, "fetch", "-q", "origin"); err != nil {
			return res, fmt.Errorf("sync: fetch: %w", err)
		}
		if theirs := repo.RemoteHead(ctx); theirs != "" {
			// What was written here during the fetch is committed first:
			// git refuses to merge over uncommitted changes.
			err := l.underLock(func() error {
				if err := l.commitLocal(ctx, repo, &res); err != nil {
					return err
				}
				return l.merge(ctx, repo, theirs, &res)
			})
			if err != nil {
				return res, fmt.Errorf("sync: %w", err)
			}
		}
		if repo.Head(ctx) == "" {
			return res, nil // nothing here and nothing there yet
		}
		_, err := repo.Run(ctx, "push", "-q", "origin", "HEAD:refs/heads/"+gitsync.Branch)
		if err == nil {
			res.Pushed = true
			return res, nil
		}
		var gerr *gitsync.Error
		rejected := errors.As(err, &gerr) && strings.Contains(gerr.Output, "rejected")
		if !rejected || round+1 == maxSyncRounds {
			return res, fmt.Errorf("sync: push: %w", err)
		}
		// Another machine pushed since the fetch: merge that too.
	}
}

// underLock runs f holding the library's lock; the articles f names with
// l.changed are journalled when it returns.
func (l *Library) underLock(f func() error) error {
	unlock, err := l.writing()
	if err != nil {
		return err
	}
	defer unlock()
	return f()
}

// commitLocal finishes what a sync cut short left, then commits every
// change made here since the last sync. Callers hold the lock.
func (l *Library) commitLocal(ctx context.Context, repo *gitsync.Repo, res *SyncResult) error {
	// No git of ours runs while the lock is held by us: an index lock
	// is a killed sync's.
	if err := repo.ClearStaleLock(); err != nil {
		return err
	}
	if err := l.restoreSetAside(ctx, repo); err != nil {
		return err
	}
	if repo.Merging(ctx) {
		// Killed in the middle of a merge: finish it rather than abort,
		// which could throw away what was written here since.
		if err := l.settleConflicts(ctx, repo, res); err != nil {
			return err
		}
	}
	if err := l.refuseDamaged(ctx, repo); err != nil {
		return err
	}
	if _, err := repo.Run(ctx, "add", "-A"); err != nil {
		return err
	}
	staged, err := repo.Lines(ctx, "diff", "--cached", "--name-only")
	if err != nil {
		return err
	}
	if len(staged) == 0 && !repo.Merging(ctx) {
		return nil
	}
	res.Committed += len(staged)
	host, _ := os.Hostname()
	msg := fmt.Sprintf("Tandem on %s: %d files changed", host, len(staged))
	if repo.Merging(ctx) {
		_, err = repo.Run(ctx, "commit", "-q", "--no-verify", "--no-edit")
	} else {
		_, err = repo.Run(ctx, "commit", "-q", "--no-verify", "-m", msg)
	}
	return err
}

// merge merges the remote's commit theirs into the library, settles the
// conflicts, commits, and names the articles whose files changed.
// Callers hold the lock.
func (l *Library) merge(ctx context.Context, repo *gitsync.Repo, theirs string, res *SyncResult) error {
	before := repo.Head(ctx)
	if before == theirs {
		return nil
	}
	if before == "" {
		// A library synced for the first time into a remote that has
		// one: its files are the remote's plus nothing of ours yet.
		if _, err := repo.Run(ctx, "reset", "-q", theirs); err != nil {
			return err
		}
		if _, err := repo.Run(ctx, "checkout", "-q", "--", "."); err != nil {
			return err
		}
	} else {
		_, err := repo.Run(ctx, "merge", "-q", "--no-edit", "--no-verify", "--allow-unrelated-histories", theirs)
		if err != nil {
			if !repo.Merging(ctx) {
				return err // not a conflict: nothing was merged
			}
			if err := l.settleConflicts(ctx, repo, res); err != nil {
				return err
			}
			if _, err := repo.Run(ctx, "commit", "-q", "--no-verify", "--no-edit"); err != nil {
				return err
			}
		}
	}
	changed, err := repo.Changed(ctx, before, repo.Head(ctx))
	if err != nil {
		return err
	}
	res.Received = appendNew(res.Received, l.noteSynced(changed)...)
	return nil
}

// noteSynced names in the change journal the articles whose files the
// paths are, and returns their IDs.
func (l *Library) noteSynced(paths []string) []string {
	var ids []string
	seen := map[string]bool{}
	for _, p := range paths {
		parts := strings.Split(p, "/")
		if len(parts) < 3 || parts[0] != "articles" || !isArticleID(parts[1]) {
			continue
		}
		id := parts[1]
		kind := byte(annotationsChanged)
		if parts[2] != "annotations" {
			kind = articleChanged
		}
		l.changed(kind, id)
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	return ids
}

func appendNew(list []string, ids ...string) []string {
	for _, id := range ids {
		if !slices.Contains(list, id) {
			list = append(list, id)
		}
	}
	return list
}

// settleConflicts resolves every path a merge left in conflict, so that
// nothing either machine wrote is lost:
//   - an annotation changed on both machines stays as this machine's, and
//     the other machine's becomes a second annotation with a new id; both
//     carry ConflictTag;
//   - a file changed on one machine and deleted on the other is kept;
//   - the term list keeps this machine's lines and adds the other's pairs
//     it lacks;
//   - any other file (an article's alignment, the claim types) keeps this
//     machine's version; the other stays in the history, and the conflict
//     is reported.
//
// Callers hold the lock.
func (l *Library) settleConflicts(ctx context.Context, repo *gitsync.Repo, res *SyncResult) error {
	paths, err := repo.Unmerged(ctx)
	if err != nil {
		return err
	}
	for _, p := range paths {
		c, err := l.settleOne(ctx, repo, p)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if c.Action != "" {
			res.Conflicts = append(res.Conflicts, c)
		}
	}
	// The settled paths and the copies made of the other machine's
	// annotations.
	_, err = repo.Run(ctx, "add", "-A")
	return err
}

// settleOne resolves one conflicted path; see settleConflicts.
func (l *Library) settleOne(ctx context.Context, repo *gitsync.Repo, p string) (SyncConflict, error) {
	c := SyncConflict{Path: p}
	ours, haveOurs := repo.Show(ctx, ":2", p)
	theirs, haveTheirs := repo.Show(ctx, ":3", p)
	full := filepath.Join(l.dir, filepath.FromSlash(p))
	parts := strings.Split(p, "/")
	if len(parts) >= 2 && parts[0] == "articles" {
		c.Article = parts[1]
	}
	keep := ours
	switch {
	case !haveOurs && !haveTheirs:
		c.Action = "deleted on both machines"
		return c, removeIfPresent(full)
	case !haveOurs:
		keep, c.Action = theirs, "deleted here, changed on the other machine: kept"
	case !haveTheirs:
		c.Action = "changed here, deleted on the other machine: kept"
	case isAnnotationPath(parts):
		c.Annotation = strings.TrimSuffix(parts[3], ".json")
		copyID, err := l.keepBoth(c.Article, c.Annotation, ours, theirs)
		if err != nil {
			return c, err
		}
		c.Copy, c.Action = copyID, "changed on both machines: both kept, tagged “"+ConflictTag+"”"
		return c, nil
	case p == TermsFile && mergeTerms(&keep, theirs):
		c.Action = "changed on both machines: the pairs of both kept"
	case sameApartFrom(ours, theirs, "imported", "created"):
		// One file made on both machines at different times: the
		// welcome article each imported, library.json. Not a conflict.
	default:
		c.Action = "changed on both machines: kept this machine's version; the other is in the history"
	}
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		return c, err
	}
	return c, writeFileAtomic(full, keep)
}

// sameApartFrom reports whether two JSON objects are equal once the named
// keys (time stamps) are left out.
func sameApartFrom(a, b []byte, keys ...string) bool {
	var x, y map[string]json.RawMessage
	if json.Unmarshal(a, &x) != nil || json.Unmarshal(b, &y) != nil {
		return false
	}
	for _, k := range keys {
		delete(x, k)
		delete(y, k)
	}
	if len(x) != len(y) {
		return false
	}
	for k, v := range x {
		w, ok := y[k]
		if !ok || !bytes.Equal(compactJSON(v), compactJSON(w)) {
			return false
		}
	}
	return true
}

func compactJSON(v []byte) []byte {
	var b bytes.Buffer
	if json.Compact(&b, v) != nil {
		return v
	}
	return b.Bytes()
}

func isAnnotationPath(parts []string) bool {
	return len(parts) == 4 && parts[0] == "articles" && parts[2] == "annotations" && strings.HasSuffix(parts[3], ".json")
}

// keepBoth writes this machine's version of an annotation back in its
// place and the other machine's as a new annotation, both tagged
// ConflictTag; it returns the new annotation's id.
func (l *Library) keepBoth(articleID, id string, ours, theirs []byte) (string, error) {
	mine, err := parseAnnotation(ours, id+".json", articleID)
	if err != nil {
		return "", fmt.Errorf("this machine's version: %w", err)
	}
	other, err := parseAnnotation(theirs, id+".json", articleID)
	if err != nil {
		return "", fmt.Errorf("the other machine's version: %w", err)
	}
	other.ID = annotation.NewID()
	for _, an := range []*annotation.Annotation{mine, other} {
		an.AddTag(ConflictTag)
		data, err := an.MarshalW3C()
		if err != nil {
			return "", err
		}
		path, err := l.annotationPath(articleID, an.ID)
		if err != nil {
			return "", err
		}
		if err := writeFileAtomic(path, data); err != nil {
			return "", err
		}
	}
	l.changed(annotationsChanged, articleID)
	return other.ID, nil
}

// restoreSetAside puts back, from the last commit, files that Tandem set
// aside as damaged (.corrupt) while git had a whole copy: a sync killed
// while git was writing a file leaves half of it. Without this the next
// commit would record the file as deleted, and the deletion would travel.
// Callers hold the lock.
func (l *Library) restoreSetAside(ctx context.Context, repo *gitsync.Repo) error {
	if repo.Head(ctx) == "" {
		return nil
	}
	deleted, err := repo.Lines(ctx, "-c", "core.quotepath=off", "ls-files", "--deleted")
	if err != nil {
		return err
	}
	for _, p := range deleted {
		full := filepath.Join(l.dir, filepath.FromSlash(p))
		matches, _ := filepath.Glob(full + ".corrupt*")
		if len(matches) == 0 {
			continue
		}
		data, ok := repo.Show(ctx, "HEAD", p)
		if !ok {
			continue
		}
		if err := writeFileAtomic(full, data); err != nil {
			return err
		}
		for _, m := range matches {
			if err := os.Remove(m); err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
		}
		l.noteSynced([]string{p})
	}
	return nil
}

// refuseDamaged keeps a file that does not read from being committed: an
// article or annotation file git was writing when a sync was killed, or
// one edited by hand into nonsense. A damaged file the last commit has
// whole is put back as it was; a new one is set aside (.corrupt). Tandem's
// own writes are atomic, so a whole file is never lost this way. Callers
// hold the lock.
func (l *Library) refuseDamaged(ctx context.Context, repo *gitsync.Repo) error {
	paths, err := repo.Lines(ctx, "-c", "core.quotepath=off", "ls-files", "--modified", "--others", "--exclude-standard", "--", "articles")
	if err != nil {
		return err
	}
	for _, p := range paths {
		parts := strings.Split(p, "/")
		full := filepath.Join(l.dir, filepath.FromSlash(p))
		data, err := os.ReadFile(full)
		if err != nil {
			continue // deleted: a deletion is a change like any other
		}
		switch {
		case isAnnotationPath(parts):
			_, err = parseAnnotation(data, parts[3], parts[1])
		case len(parts) == 3 && parts[2] == "article.json":
			_, err = parseRecord(data, parts[1])
		default:
			continue
		}
		if err == nil {
			continue
		}
		if whole, ok := repo.Show(ctx, "HEAD", p); ok {
			err = writeFileAtomic(full, whole)
		} else {
			_, err = setAside(full)
		}
		if err != nil {
			return err
		}
		l.noteSynced([]string{p})
	}
	return nil
}

func removeIfPresent(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}
