package app

import (
	"encoding/json"
	"os"
	"path/filepath"

	"tandem/internal/atomicfile"
)

// preferencesFile is where Fyne keeps the window's settings (size, panes,
// text size, last article): $XDG_CONFIG_HOME/fyne/<app ID>/preferences.json.
func preferencesFile() string {
	dir, err := os.UserConfigDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "fyne", ID, "preferences.json")
}

// keepPreferences runs before Fyne reads the settings. Fyne rewrites its
// file in place, so a Tandem that stops while it writes (killed, or the
// machine going down) leaves it empty or cut short, and the next start
// says "Preferences load error: EOF" and forgets every setting. A copy of
// the last file that read whole is kept beside it and put back when the
// file does not read.
func keepPreferences() {
	path := preferencesFile()
	if path == "" {
		return
	}
	good := path + ".good"
	data, err := os.ReadFile(path)
	switch {
	case err != nil:
		return // none yet, or unreadable: Fyne starts afresh or says why
	case readsWhole(data):
		atomicfile.WriteFile(good, data, 0o600) // best effort: the copy is a convenience
		return
	}
	if data, err := os.ReadFile(good); err == nil && readsWhole(data) && atomicfile.WriteFile(path, data, 0o600) == nil {
		return
	}
	os.Remove(path) // empty or cut short, and nothing to put back: start afresh
}

func readsWhole(data []byte) bool {
	var v map[string]any
	return json.Unmarshal(data, &v) == nil
}
