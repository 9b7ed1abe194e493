package app

import (
	"os"
	"path/filepath"
	"testing"

	"tandem/internal/testenv"
)

func TestPreferencesCutShortArePutBack(t *testing.T) {
	testenv.Isolate(t)
	path := preferencesFile()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	whole := []byte(`{"reader.scale":1.3}`)
	for _, tc := range []struct {
		name, file string
		want       string // the file after, "" for none
	}{
		{"whole, copied aside", string(whole), string(whole)},
		{"empty, put back", "", string(whole)},
		{"cut short, put back", `{"reader.sc`, string(whole)},
	} {
		if err := os.WriteFile(path, []byte(tc.file), 0o600); err != nil {
			t.Fatal(err)
		}
		keepPreferences()
		if got, _ := os.ReadFile(path); string(got) != tc.want {
			t.Errorf("%s: the file holds %q, want %q", tc.name, got, tc.want)
		}
	}
	os.Remove(path + ".good")
	os.WriteFile(path, nil, 0o600)
	keepPreferences()
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("an empty file with nothing to put back is kept (%v), and Fyne would say EOF", err)
	}
}
