//go:build windows

package library

// syncDir does nothing on Windows, which has no way to flush a folder's
// entries: FlushFileBuffers wants a handle opened for writing, which a
// folder cannot give ("access denied"). NTFS logs the rename in its own
// journal, and the file's data was flushed before the rename.
func syncDir(string) error { return nil }
