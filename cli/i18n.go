package cli

import (
	"embed"
	"fmt"
	"os"

	"tandem/internal/locale"
)

// The catalogues of the command line's own text, one JSON file a language
// (translations/zh-Hans.json, zh-Hant.json), each mapping the English text
// as the code writes it to what the reader sees. English needs none.
//
//go:embed translations
var translations embed.FS

// text is the catalogue of the language Run speaks; tr reads it. Run sets
// it before anything prints, from Env.Language.
var text = locale.Catalogue{}

// speak makes tr read lang (locale.English, locale.Simplified or
// locale.Traditional; "" is English). A catalogue that cannot be read
// leaves English, said once on stderr.
func speak(env *Env) {
	c, err := locale.Load(translations, "translations", env.Language)
	if err != nil {
		fmt.Fprintf(env.Stderr, "tandem: %v; speaking English\n", err)
		c = locale.Catalogue{}
	}
	text = c
}

// tr is key in the language Run speaks: the command line's help, its
// framing ("tandem list: …", progress, warnings) and its human-readable
// reports. JSON output is never translated, nor the errors library and
// article return (they name files and carry the system's own errors).
func tr(key string) string { return text.T(key) }

// Language is the language the command line speaks in this environment,
// for Env.Language: as gettext chooses, LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG.
func Language() string { return locale.FromEnv(os.Getenv) }
