package app

import (
	"embed"
	"fmt"
	"os"

	"fyne.io/fyne/v2/lang"

	"tandem/internal/locale"
)

// The catalogues of the window's text, one JSON file a language
// (translations/en.json, zh-Hans.json, zh-Hant.json): the key is the English
// text as the code writes it, the value what the reader sees; counted text
// has "one" and "other" forms. A translator edits these files alone.
//
//go:embed translations
var translations embed.FS

// prefLanguage keeps the language chosen in Settings: "" follows the
// system, else one of languageChoices' tags.
const prefLanguage = "settings.language"

// languageChoices are the languages Settings offers, each named in itself;
// the first follows the system. locale is what Tandem tells Fyne's lookup
// in place of the system's locale.
var languageChoices = []struct{ tag, locale, label string }{
	{"", "", ""}, // labelled "Follow the system", translated
	{locale.English, "en_US.UTF-8", "English"},
	{locale.Simplified, "zh_CN.UTF-8", "简体中文"},
	{locale.Traditional, "zh_TW.UTF-8", "繁體中文"},
}

// useLanguage loads the catalogues and picks the language the window
// speaks: the one chosen in Settings (tag, "" for none) or else the
// system's, as gettext reads it — LANGUAGE first (a list such as
// zh_TW:en), then LC_ALL, LC_MESSAGES and LANG; a C or POSIX locale
// speaks English. zh_CN, zh_SG and zh read Simplified Chinese, zh_TW,
// zh_HK and zh_MO Traditional; a language without a catalogue reads
// English. Fyne reads the environment only, so a choice stands in for it
// while the catalogues load and the environment is put back afterwards:
// the programs Tandem runs (git, pdftotext) keep the reader's locale.
// The lists of choices shown in the window are translated here too, once:
// the language applies from the next start.
func useLanguage(tag string) error {
	if tag == "" {
		tag = locale.FromEnv(os.Getenv)
	}
	for _, c := range languageChoices[1:] {
		if c.tag == tag {
			defer setLocaleEnv(c.locale)()
		}
	}
	err := lang.AddTranslationsFS(translations, "translations")
	translateLists()
	return err
}

// setLocaleEnv points every variable Fyne reads at locale and returns a
// function that restores them.
func setLocaleEnv(locale string) func() {
	names := []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}
	old := make(map[string]*string, len(names))
	for _, n := range names {
		if v, ok := os.LookupEnv(n); ok {
			old[n] = &v
		}
		os.Setenv(n, locale)
	}
	return func() {
		for _, n := range names {
			if v := old[n]; v != nil {
				os.Setenv(n, *v)
			} else {
				os.Unsetenv(n)
			}
		}
	}
}

// translatable marks a catalogue key kept in a list built before the
// catalogues load (keyHelp, layoutNames, ...): translateLists translates
// the marked entries where they stand, and leaves the rest (key names such
// as "Ctrl+K") as they are; the catalogue test finds the keys by this call.
func translatable(s string) string {
	marked[s] = true
	return s
}

// marked are the keys translatable has marked.
var marked = map[string]bool{}

// translated is whether translateLists has run: the lists are translated
// once, from the English keys.
var translated bool

// translateLists puts the lists of names the window shows into the
// language of the catalogues, in place: the widgets that show them and
// the code that compares a choice with them then agree.
func translateLists() {
	if translated {
		return
	}
	translated = true
	tr := func(s *string) {
		if marked[*s] {
			*s = lang.L(*s)
		}
	}
	for _, list := range [][]string{layoutNames, libraryOrders, claimColumns} {
		for i := range list {
			tr(&list[i])
		}
	}
	for i := range keyHelp {
		tr(&keyHelp[i][0])
		tr(&keyHelp[i][1])
	}
	for i := range exportFormats {
		tr(&exportFormats[i].name)
	}
	tr(&anyChoice)
}

// plural is a count of things, "3 highlights", "3 处高亮": word, the
// singular English noun, is the catalogue key, whose forms say where the
// count goes. A word not in the catalogue reads as English ("3 words").
func plural(n int, word string) string {
	english := fmt.Sprintf("%d %ss", n, word)
	if n == 1 {
		english = "1 " + word
	}
	return lang.XN(word, english, n, map[string]any{"Count": n})
}

// counted is a sentence about a count: key is its English text for many,
// with {{.Count}} where the number goes, and the catalogue gives its forms
// (the English "one" form among them).
func counted(key string, n int) string {
	return lang.N(key, n, map[string]any{"Count": n})
}
