package app

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tandem/library"
)

func TestSyncFromTheWindow(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	u, lib := newTestUI(t)
	u.reload()
	settle(t, u)
	remote := filepath.Join(t.TempDir(), "remote.git")
	if out, err := exec.Command("git", "init", "-q", "--bare", "-b", "main", remote).CombinedOutput(); err != nil {
		t.Fatalf("git init --bare: %v: %s", err, out)
	}
	if lib.SyncRemote() != "" {
		t.Fatal("a new library says it syncs")
	}
	u.runSync(remote)
	settle(t, u)
	if got := u.status.label.Text; !strings.HasPrefix(got, "Synced at") {
		t.Fatalf("status after the first sync: %q", got)
	}
	if lib.SyncRemote() != remote {
		t.Errorf("remote %q, want %q", lib.SyncRemote(), remote)
	}
	if !strings.HasPrefix(u.syncItem.Label, "Sync Now (last ") {
		t.Errorf("File menu says %q", u.syncItem.Label)
	}
	if out, err := exec.Command("git", "--git-dir", remote, "ls-tree", "-r", "--name-only", "main").Output(); err != nil || !strings.Contains(string(out), "article.json") {
		t.Errorf("the remote holds %q (%v), want the welcome article", out, err)
	}

	// A failed sync says so and keeps the window going.
	if out, err := exec.Command("git", "-C", lib.Dir(), "remote", "set-url", "origin", filepath.Join(t.TempDir(), "gone")).CombinedOutput(); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	u.syncLibrary()
	settle(t, u)
	if got := u.status.label.Text; !strings.HasPrefix(got, "Sync failed") {
		t.Errorf("status after a failed sync: %q", got)
	}
	if u.syncing {
		t.Error("still syncing after the sync ended")
	}
}

func TestSyncSummary(t *testing.T) {
	res := library.SyncResult{Committed: 1, Received: []string{"a", "b"}, Conflicts: []library.SyncConflict{{Path: "x"}}}
	got := syncSummary(res, "12:00")
	want := "Synced at 12:00: sent 1 changed file, received changes to 2 articles. 1 conflict kept both ways (tag “sync conflict”)."
	if got != want {
		t.Errorf("syncSummary = %q, want %q", got, want)
	}
}

func TestSyncLabel(t *testing.T) {
	now := time.Date(2026, 12, 2, 15, 0, 0, 0, time.Local)
	for _, tc := range []struct{ last, want string }{
		{"", "Sync Now"},
		{now.Add(-time.Hour).Format(time.RFC3339), "Sync Now (last 14:00)"},
		{now.AddDate(0, 0, -3).Format(time.RFC3339), "Sync Now (last Nov 29)"},
	} {
		if got := syncLabel(tc.last, now); got != tc.want {
			t.Errorf("syncLabel(%q) = %q, want %q", tc.last, got, tc.want)
		}
	}
}
