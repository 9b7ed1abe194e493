//go:build unix

package library

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestWriteSurvivesFoldersThatCannotBeSynced plays file systems whose folder
// fsync fails: one that cannot do it (network shares, FUSE) must still take
// the write, one that fails for real must refuse it.
func TestWriteSurvivesFoldersThatCannotBeSynced(t *testing.T) {
	for _, tc := range []struct {
		name    string
		err     error
		wantErr error // nil: the write goes through
	}{
		{"synced", nil, nil},
		{"not supported", syscall.ENOTSUP, nil},
		{"operation not supported", syscall.EOPNOTSUPP, nil},
		{"invalid argument", syscall.EINVAL, nil},
		{"input/output error", syscall.EIO, syscall.EIO},
		{"no space", syscall.ENOSPC, syscall.ENOSPC},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var synced []string
			syncFile = func(f *os.File) error {
				synced = append(synced, f.Name())
				if tc.err == nil {
					return nil
				}
				return &os.PathError{Op: "sync", Path: f.Name(), Err: tc.err}
			}
			t.Cleanup(func() { syncFile = (*os.File).Sync })
			dir := t.TempDir()
			path := filepath.Join(dir, "note.json")
			err := writeFileAtomic(path, []byte("{}\n"))
			if len(synced) != 1 || filepath.Clean(synced[0]) != dir {
				t.Fatalf("synced %q, want the folder %s once", synced, dir)
			}
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("write: %v", err)
				}
				if data, err := os.ReadFile(path); err != nil || string(data) != "{}\n" {
					t.Errorf("file holds %q (%v)", data, err)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), dir) {
				t.Errorf("write: %v, want %v naming %s", err, tc.wantErr, dir)
			}
		})
	}
}
