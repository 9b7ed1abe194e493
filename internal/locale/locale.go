// Package locale owns which of Tandem's languages a person reads: English,
// Simplified or Traditional Chinese, chosen from the environment the way
// gettext chooses, and the catalogues of text in those languages that the
// command line prints from (the window's go through Fyne's lang package).
package locale

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"strings"
)

// The languages Tandem speaks, as BCP 47 tags; each is also the name of
// its catalogue file (en.json, zh-Hans.json, zh-Hant.json).
const (
	English     = "en"
	Simplified  = "zh-Hans"
	Traditional = "zh-Hant"
)

// Languages lists the languages Tandem speaks, English first.
var Languages = []string{English, Simplified, Traditional}

// FromEnv is the language to speak, read from the environment as gettext
// reads it: LC_ALL, else LC_MESSAGES, else LANG names the locale; unless
// that locale is C or POSIX, LANGUAGE (a list such as "zh_TW:en") comes
// first, and its first entry Tandem speaks decides. zh_TW, zh_HK, zh_MO
// and zh_Hant read Traditional Chinese, any other zh Simplified; a
// language Tandem does not speak, or none, reads English.
func FromEnv(getenv func(string) string) string {
	loc := ""
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(name); loc != "" {
			break
		}
	}
	if loc == "C" || loc == "POSIX" {
		return English
	}
	var wanted []string
	if list := getenv("LANGUAGE"); list != "" {
		wanted = strings.Split(list, ":")
	}
	for _, w := range append(wanted, loc) {
		if lang := Match(w); lang != "" {
			return lang
		}
	}
	return English
}

// Match is the language Tandem speaks for one locale name ("zh_TW.UTF-8",
// "zh-Hant", "en_GB@euro"), or "" when it speaks none that fits.
func Match(name string) string {
	name, _, _ = strings.Cut(name, ".")
	name, _, _ = strings.Cut(name, "@")
	parts := strings.Split(strings.ToLower(strings.ReplaceAll(name, "-", "_")), "_")
	switch parts[0] {
	case "en":
		return English
	case "zh":
		for _, p := range parts[1:] {
			switch p {
			case "hant", "tw", "hk", "mo":
				return Traditional
			}
		}
		return Simplified
	}
	return ""
}

// Catalogue is the text of one language: the English text as the code
// writes it, mapped to what the reader sees.
type Catalogue map[string]string

// Load reads the catalogue of lang from dir in files (lang.json). English
// (or "") needs no file: a key reads as itself.
func Load(files fs.FS, dir, lang string) (Catalogue, error) {
	c := Catalogue{}
	if lang == English || lang == "" {
		return c, nil
	}
	name := dir + "/" + lang + ".json"
	data, err := fs.ReadFile(files, name)
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return nil, fmt.Errorf("catalogue %s: %w", name, err)
	}
	return c, nil
}

// T is the text for key: its translation, or key itself when the catalogue
// has none (the tests make sure every key has one).
func (c Catalogue) T(key string) string {
	if s, ok := c[key]; ok && s != "" {
		return s
	}
	return key
}
