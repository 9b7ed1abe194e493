package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/adrg/xdg"

	"tandem/internal/atomicfile"
)

// linksEntry is the desktop entry that hands tandem:// links to Tandem.
const linksEntry = "app.tandem.reader-links.desktop"

// registerLinks makes tandem:// links — in Markdown and HTML exports,
// clicked in a browser or a notes app — open Tandem at the passage: a
// desktop entry that runs `tandem open %u` (hidden from menus), and that
// entry named the scheme's default handler in mimeapps.list, as
// xdg-mime would. It writes only when something differs, so a moved
// binary is picked up at its next start.
func registerLinks(exe string) error {
	icon := ""
	if p, err := xdg.SearchDataFile("icons/hicolor/512x512/apps/" + ID + ".png"); err == nil {
		icon = "Icon=" + p + "\n"
	}
	entry := "[Desktop Entry]\nType=Application\nName=Tandem\nComment=Open tandem:// links in Tandem\n" +
		"Exec=" + desktopQuote(exe) + " open %u\n" + icon +
		"NoDisplay=true\nTerminal=false\nMimeType=x-scheme-handler/tandem;\n"
	path := filepath.Join(xdg.DataHome, "applications", linksEntry)
	if old, err := os.ReadFile(path); err != nil || string(old) != entry {
		if err := writeFile(path, []byte(entry)); err != nil {
			return err
		}
	}
	mimeapps := filepath.Join(xdg.ConfigHome, "mimeapps.list")
	old, err := os.ReadFile(mimeapps)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	if updated := setDefaultHandler(string(old), "x-scheme-handler/tandem", linksEntry); updated != string(old) {
		return writeFile(mimeapps, []byte(updated))
	}
	return nil
}

// setDefaultHandler sets key=value under [Default Applications] in the
// text of a mimeapps.list, keeping every other line.
func setDefaultHandler(list, key, value string) string {
	lines := strings.Split(strings.TrimRight(list, "\n"), "\n")
	if list == "" {
		lines = nil
	}
	section, at := false, -1
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			if section {
				break
			}
			section = t == "[Default Applications]"
			if section {
				at = i + 1
			}
			continue
		}
		if section {
			if k, _, ok := strings.Cut(t, "="); ok && strings.TrimSpace(k) == key {
				lines[i] = key + "=" + value
				return strings.Join(lines, "\n") + "\n"
			}
			at = i + 1
		}
	}
	line := key + "=" + value
	if at < 0 {
		lines = append(lines, "[Default Applications]", line)
	} else {
		lines = append(lines[:at], append([]string{line}, lines[at:]...)...)
	}
	return strings.Join(lines, "\n") + "\n"
}

// desktopQuote quotes a path for an Exec line of a desktop entry.
func desktopQuote(s string) string {
	if !strings.ContainsAny(s, " \t\"'\\$`") {
		return s
	}
	r := strings.NewReplacer(`\`, `\\\\`, `"`, `\\"`, "`", "\\\\`", "$", `\\$`)
	return `"` + r.Replace(s) + `"`
}

// writeFile writes a file, and its folder if need be, through a temporary
// file renamed into place.
func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, data, 0o644)
}

// registerLinksOnce registers the link handler in the background on the
// desktops that read desktop entries; a failure is only logged.
func registerLinksOnce(goos string) {
	if goos != "linux" && goos != "freebsd" && goos != "openbsd" && goos != "netbsd" {
		return
	}
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.EvalSymlinks(exe)
	}
	if err == nil {
		err = registerLinks(exe)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "tandem: tandem:// links will not open Tandem:", err)
	}
}
