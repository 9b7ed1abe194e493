// Package gitsync runs the user's own git on a folder: the plumbing under
// `tandem sync`. It uses the git binary rather than a Go implementation so
// that every remote the user's git reaches works as it does in a terminal:
// SSH keys and agents, credential helpers, proxies, hosted and bare
// repositories on a disk. It knows nothing of Tandem's files; the library
// decides what to commit and how to settle a conflict.
package gitsync

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

// Branch is the one branch a synced library uses, here and on the remote.
const Branch = "main"

// ErrNoGit means git is not installed.
var ErrNoGit = errors.New("git is not installed: " + installGit(runtime.GOOS) + " and try again")

// installGit says how to install git on the system goos names.
func installGit(goos string) string {
	switch goos {
	case "windows":
		return "install Git for Windows, with git on PATH,"
	case "darwin":
		return "install it (xcode-select --install)"
	}
	return "install it (Debian and Ubuntu: apt install git)"
}

// ErrNotSetUp means the folder is not a git repository yet.
var ErrNotSetUp = errors.New("sync is not set up: run tandem sync init URL first")

// Repo is a working tree that git manages.
type Repo struct {
	Dir string
	git string
}

// Open finds git and the repository in dir; ErrNotSetUp when dir holds
// none.
func Open(dir string) (*Repo, error) {
	r, err := newRepo(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
		return nil, ErrNotSetUp
	}
	return r, nil
}

func newRepo(dir string) (*Repo, error) {
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, ErrNoGit
	}
	return &Repo{Dir: dir, git: git}, nil
}

// Error is a git command that failed: its arguments and what it printed.
type Error struct {
	Args   []string
	Code   int
	Output string
}

// Error gives git's output in one line, its lines joined by "; ".
func (e *Error) Error() string {
	var lines []string
	for _, l := range strings.Split(e.Output, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	return fmt.Sprintf("git %s: %s", strings.Join(e.Args, " "), strings.Join(lines, "; "))
}

// Run runs git with args in the working tree and returns its standard
// output. git never asks on the terminal (a remote that wants a password
// the credential helper lacks fails instead), and speaks English so its
// output can be read. It never converts line endings either: Git for
// Windows sets core.autocrlf for the whole machine, which would check out
// the library's files with CRLF on one machine and change the bytes that
// article IDs and highlight offsets are counted in.
func (r *Repo) Run(ctx context.Context, args ...string) (string, error) {
	var out, errOut bytes.Buffer
	cmd := exec.CommandContext(ctx, r.git, append([]string{"-c", "core.autocrlf=false"}, args...)...)
	cmd.Dir = r.Dir
	cmd.Env = append(os.Environ(), "GIT_TERMINAL_PROMPT=0", "LC_ALL=C", "GIT_MERGE_AUTOEDIT=no")
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if err != nil {
		code := -1
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		}
		if ctx.Err() != nil {
			return out.String(), ctx.Err()
		}
		return out.String(), &Error{Args: args, Code: code, Output: errOut.String() + out.String()}
	}
	return out.String(), nil
}

// Lines runs git and returns its output's non-empty lines.
func (r *Repo) Lines(ctx context.Context, args ...string) ([]string, error) {
	out, err := r.Run(ctx, args...)
	var lines []string
	for _, l := range strings.Split(out, "\n") {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return lines, err
}

// Init makes dir a repository on Branch, if it is not one, with origin at
// url. When neither the repository nor the user's git configuration names
// an author, commits are signed "Tandem on HOST".
func Init(ctx context.Context, dir, url string) (*Repo, error) {
	r, err := newRepo(dir)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, ".git")); err != nil {
		if _, err := r.Run(ctx, "init", "-q", "-b", Branch); err != nil {
			return nil, err
		}
	}
	if _, err := r.Run(ctx, "remote", "get-url", "origin"); err == nil {
		_, err = r.Run(ctx, "remote", "set-url", "origin", url)
		if err != nil {
			return nil, err
		}
	} else if _, err := r.Run(ctx, "remote", "add", "origin", url); err != nil {
		return nil, err
	}
	for _, key := range []string{"user.name", "user.email"} {
		if v, _ := r.Run(ctx, "config", key); strings.TrimSpace(v) != "" {
			continue
		}
		host, _ := os.Hostname()
		if host == "" {
			host = "localhost"
		}
		value := "Tandem on " + host
		if key == "user.email" {
			value = "tandem@" + host
		}
		if _, err := r.Run(ctx, "config", key, value); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// Head returns the commit HEAD names, or "" before the first commit.
func (r *Repo) Head(ctx context.Context) string {
	out, err := r.Run(ctx, "rev-parse", "-q", "--verify", "HEAD")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(out)
}

// RemoteHead returns the commit of Branch on origin as last fetched, or ""
// when the remote has none.
func (r *Repo) RemoteHead(ctx context.Context) string {
	out, err := r.Run(ctx, "rev-parse", "-q", "--verify", "refs/remotes/origin/"+Branch)
	if err != nil {
		return ""
	}
	return strings.TrimSpace(out)
}

// Merging reports whether a merge was left unfinished (MERGE_HEAD is set).
func (r *Repo) Merging(ctx context.Context) bool {
	_, err := r.Run(ctx, "rev-parse", "-q", "--verify", "MERGE_HEAD")
	return err == nil
}

// Unmerged returns the paths a merge left in conflict.
func (r *Repo) Unmerged(ctx context.Context) ([]string, error) {
	return r.Lines(ctx, "-c", "core.quotepath=off", "diff", "--name-only", "--diff-filter=U")
}

// Show returns the bytes of path in a revision or an index stage (":2:path"
// is ours in a conflict, ":3:path" theirs), and whether it exists there.
func (r *Repo) Show(ctx context.Context, rev, path string) ([]byte, bool) {
	out, err := r.Run(ctx, "show", rev+":"+path)
	if err != nil {
		return nil, false
	}
	return []byte(out), true
}

// Changed returns the paths that differ between two commits; every path
// of to when from is "".
func (r *Repo) Changed(ctx context.Context, from, to string) ([]string, error) {
	if from == "" {
		return r.Lines(ctx, "-c", "core.quotepath=off", "ls-tree", "-r", "--name-only", to)
	}
	return r.Lines(ctx, "-c", "core.quotepath=off", "diff", "--name-only", "--no-renames", from, to)
}

// ClearStaleLock removes the index lock a git killed in the middle leaves
// behind; the caller makes sure no git of its own runs in the repository.
func (r *Repo) ClearStaleLock() error {
	err := os.Remove(filepath.Join(r.Dir, ".git", "index.lock"))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}
