//go:build linux || darwin || freebsd || netbsd || openbsd

package library

import (
	"errors"
	"os"
	"testing"
)

// TestCatalogCutShortWhileListedIsDamage: a catalog file another program
// cuts short while ListEach reads it mapped is a damaged catalog, an
// error, not a crash.
func TestCatalogCutShortWhileListedIsDamage(t *testing.T) {
	lib := openTemp(t, nil)
	for _, text := range []string{"First piece.\n", "Second piece.\n", "Third piece.\n"} {
		if r := lib.Import("x", []byte(text)); r.Status != Imported {
			t.Fatal(r.Err)
		}
	}
	if _, err := lib.List(); err != nil {
		t.Fatal(err)
	}
	lib.Close()

	fresh := &Library{dir: lib.dir, cat: &catalog{path: lib.cat.path}}
	defer fresh.closeCatalog()
	listed := 0
	ok, err := fresh.listFile(func(Summary) error {
		if listed == 0 {
			if err := os.Truncate(lib.cat.path, 0); err != nil {
				t.Fatal(err)
			}
		}
		listed++
		return nil
	})
	if !ok || !errors.Is(err, errDamagedCatalog) || listed != 1 {
		t.Errorf("listed %d articles from the file cut short after the first: %v, %v; want one, then errDamagedCatalog", listed, ok, err)
	}
}
