// Package testenv gives tests a private home: XDG data, cache and config
// folders under t.TempDir(), so no test ever touches the real library.
package testenv

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/adrg/xdg"
)

// Isolate points the XDG variables at fresh folders for the rest of the
// test and returns the data folder.
func Isolate(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	t.Cleanup(xdg.Reload) // runs after t.Setenv has put the variables back
	for _, v := range []string{"XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"} {
		t.Setenv(v, filepath.Join(dir, v))
	}
	xdg.Reload()
	return xdg.DataHome
}

// Seed returns the bytes of the real sample article in the digest format
// users have (000_428c528216adca6a.txt), kept as a copy in testdata.
func Seed(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(SeedPath())
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// SeedPath is the path of the copy of the sample article.
func SeedPath() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "testdata", "seed.txt")
}
