package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"syscall"
	"testing"
)

func TestRetryable(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"no error", nil, false},
		{"disk full", &fs.PathError{Op: "write", Path: "a.json", Err: syscall.ENOSPC}, true},
		{"read-only file system, wrapped", fmt.Errorf("save: %w", &fs.PathError{Op: "open", Path: "a", Err: syscall.EROFS}), true},
		{"permission denied", fs.ErrPermission, true},
		{"another process holds the library", &LockedError{PID: 42}, true},
		{"damaged JSON", fmt.Errorf("undo: %w", &json.SyntaxError{Offset: 3}), false},
		{"unknown annotation", fmt.Errorf("x: %w", ErrNoAnnotation), false},
		{"unknown article", ErrNotFound, false},
		{"nothing to undo", ErrNothingToUndo, false},
		{"a missing file", &fs.PathError{Op: "open", Path: "a", Err: syscall.ENOENT}, false},
		{"a plain error", errors.New("the edit does not apply"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Retryable(tc.err); got != tc.want {
				t.Errorf("Retryable(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}
