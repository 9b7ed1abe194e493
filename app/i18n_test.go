package app

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// catalogueFiles are the window's catalogues; every key the code uses must
// be in each.
var catalogueFiles = []string{"en.json", "zh-Hans.json", "zh-Hant-TW.json"}

// fyneKeys are the keys Fyne's own widgets look up (its menus' Quit, its
// entries' Cut and Paste, its dialogs' buttons): Fyne ships no Traditional
// Chinese, so zh-Hant-TW.json carries them.
var fyneKeys = map[string]bool{
	"Advanced": true, "Cancel": true, "Confirm": true, "Copy": true, "Create Folder": true, "Cut": true,
	"Enter filename": true, "Error": true, "Favourites": true, "File": true, "Folder": true, "New Folder": true,
	"No": true, "OK": true, "Open": true, "Paste": true, "Quit": true, "Redo": true, "Save": true, "Select all": true,
	"Show Hidden Files": true, "Undo": true, "Yes": true, "file.name": true, "file.parent": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"monday.short": true, "tuesday.short": true, "wednesday.short": true, "thursday.short": true, "friday.short": true,
	"saturday.short": true, "sunday.short": true,
}

// keyUse is one place the code names a catalogue key.
type keyUse struct {
	key    string
	counts bool // through lang.N, plural or counted: the value has plural forms
	at     string
}

// keyArgs says which argument of a call is a catalogue key, by the called
// name: lang.L("…"), lang.N("…", n), plural(n, "…"), and so on.
var keyArgs = map[string]struct {
	arg    int
	counts bool
}{
	"lang.L": {0, false}, "lang.X": {0, false}, "lang.N": {0, true}, "lang.XN": {0, true},
	"lang.Localize": {0, false}, "lang.LocalizeKey": {0, false}, "lang.LocalizePlural": {0, true}, "lang.LocalizePluralKey": {0, true},
	"translatable": {0, false}, "plural": {1, true}, "counted": {0, true},
}

// calledName is "pkg.Func", "Func" or ".Method" for a call.
func calledName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			return x.Name + "." + f.Sel.Name
		}
		return "." + f.Sel.Name
	}
	return ""
}

// parseSources parses the non-test Go files of dir.
func parseSources(t *testing.T, dir string) (*token.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return fset, files
}

// stringLit is the value of a string literal, and whether e is one.
func stringLit(e ast.Expr) (string, bool) {
	b, ok := e.(*ast.BasicLit)
	if !ok || b.Kind != token.STRING {
		return "", false
	}
	s, err := strconv.Unquote(b.Value)
	return s, err == nil
}

// usedKeys collects every catalogue key the window's code names.
func usedKeys(t *testing.T) []keyUse {
	fset, files := parseSources(t, ".")
	var uses []keyUse
	// The reasons of the figure check are keys too: the Check translation
	// tab shows each through reasonText.
	qset, qfiles := parseSources(t, "../quantity")
	consts := map[string]string{} // a reason kept in a constant, because(formulaReason, …)
	for _, f := range qfiles {
		ast.Inspect(f, func(n ast.Node) bool {
			if v, ok := n.(*ast.ValueSpec); ok && len(v.Names) == 1 && len(v.Values) == 1 {
				if s, ok := stringLit(v.Values[0]); ok {
					consts[v.Names[0].Name] = s
				}
			}
			return true
		})
	}
	for _, f := range qfiles {
		ast.Inspect(f, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok && calledName(c) == "because" && len(c.Args) > 0 {
				s, ok := stringLit(c.Args[0])
				if id, isIdent := c.Args[0].(*ast.Ident); isIdent {
					s, ok = consts[id.Name]
				}
				if ok {
					uses = append(uses, keyUse{s, false, qset.Position(c.Pos()).String()})
				}
			}
			return true
		})
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			k, ok := keyArgs[calledName(c)]
			if !ok || k.arg >= len(c.Args) {
				return true
			}
			if s, ok := stringLit(c.Args[k.arg]); ok {
				uses = append(uses, keyUse{s, k.counts, fset.Position(c.Pos()).String()})
			}
			return true
		})
	}
	return uses
}

// readCatalogue reads one catalogue: each key's text, or its plural forms.
func readCatalogue(t *testing.T, name string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("translations", name))
	if err != nil {
		t.Fatal(err)
	}
	var c map[string]any
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatalf("translations/%s: %v", name, err)
	}
	return c
}

var verbRE = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*[0-9.]*[a-zA-Z%]|\{\{[^}]*\}\}`)

// argIndex is the explicit argument index of a verb, %[2]s: a translation
// may reorder its arguments.
var argIndex = regexp.MustCompile(`\[\d+\]`)

// verbs lists the format verbs and template fields of s, sorted: a
// translation must keep those of its key, or Sprintf prints garbage.
func verbs(s string) string {
	v := verbRE.FindAllString(s, -1)
	for i := range v {
		v[i] = argIndex.ReplaceAllString(v[i], "")
	}
	sort.Strings(v)
	return strings.Join(v, " ")
}

// wantVerbs are the verbs and fields each translation of a key keeps: the
// key's own, and {{.Count}} for a counted one (plural's words do not show
// it: "highlight" reads "3 highlights").
func wantVerbs(u keyUse) string {
	if u.counts && !strings.Contains(u.key, "{{.Count}}") {
		return verbs(u.key + " {{.Count}}")
	}
	return verbs(u.key)
}

// TestCataloguesHaveEveryKey fails for a key the code uses that a
// catalogue lacks, naming the key, the file and where the code uses it; and
// for a translation that drops or adds a %verb or {{.Field}} of its key.
func TestCataloguesHaveEveryKey(t *testing.T) {
	uses := usedKeys(t)
	if len(uses) < 200 {
		t.Fatalf("found only %d keys in the code: is the scan broken?", len(uses))
	}
	for _, file := range catalogueFiles {
		cat := readCatalogue(t, file)
		seen := map[string]bool{}
		for _, u := range uses {
			if seen[u.key] {
				continue
			}
			seen[u.key] = true
			v, ok := cat[u.key]
			if !ok {
				t.Errorf("app/translations/%s has no translation for %q (used at %s)", file, u.key, u.at)
				continue
			}
			forms := map[string]string{}
			switch v := v.(type) {
			case string:
				if u.counts {
					t.Errorf("app/translations/%s: %q is counted (%s) and needs plural forms {\"one\": …, \"other\": …}, not one text", file, u.key, u.at)
				}
				forms["text"] = v
			case map[string]any:
				if !u.counts {
					t.Errorf("app/translations/%s: %q is not counted (%s) but has plural forms", file, u.key, u.at)
				}
				for form, s := range v {
					forms[form], _ = s.(string)
				}
				if forms["other"] == "" || file == "en.json" && forms["one"] == "" {
					t.Errorf("app/translations/%s: %q lacks a plural form (\"other\", and \"one\" in English)", file, u.key)
				}
			}
			for form, s := range forms {
				if strings.TrimSpace(s) == "" {
					t.Errorf("app/translations/%s: %q (%s) is empty", file, u.key, form)
				} else if want := wantVerbs(u); verbs(s) != want && !(u.counts && form == "one" && strings.TrimSpace(strings.ReplaceAll(want, "{{.Count}}", "")) == verbs(s)) {
					t.Errorf("app/translations/%s: %q (%s) is %q: its %%verbs and {{fields}} [%s] differ from the key's [%s]", file, u.key, form, s, verbs(s), want)
				}
			}
		}
		for k := range cat {
			if !seen[k] && !fyneKeys[k] {
				t.Errorf("app/translations/%s: %q is used nowhere in app/*.go (remove it, or the code lost its lang.L)", file, k)
			}
		}
	}
}

// uiTextArgs are the calls whose string arguments a person reads: widget
// constructors, menus, dialogs, window titles, the status bar and the
// window's error dialog. A literal there must go through lang.
var uiTextArgs = map[string]bool{
	"widget.NewLabel": true, "widget.NewLabelWithStyle": true, "widget.NewButton": true, "widget.NewButtonWithIcon": true,
	"widget.NewCheck": true, "widget.NewHyperlink": true, "widget.NewRichTextFromMarkdown": true, "widget.NewRichTextWithText": true,
	"widget.NewFormItem": true, "widget.NewToolbarAction": true, "widget.NewAccordionItem": true, "widget.NewCard": true,
	"fyne.NewMenuItem": true, "fyne.NewMenu": true, "container.NewTabItem": true, "container.NewTabItemWithIcon": true,
	"dialog.NewConfirm": true, "dialog.ShowConfirm": true, "dialog.NewInformation": true, "dialog.ShowInformation": true,
	"dialog.NewCustom": true, "dialog.ShowCustom": true, "dialog.NewCustomConfirm": true, "dialog.ShowCustomConfirm": true,
	"dialog.NewForm": true, "dialog.ShowForm": true, "dialog.NewEntryDialog": true, "dialog.NewCustomWithoutButtons": true,
	".NewWindow": true, ".SetTitle": true, ".SetText": true, ".SetPlaceHolder": true, ".SetToolTip": true,
	".say": true, ".begin": true, ".end": true, ".showError": true, "item": true,
}

// untranslated are literals that read the same in every language.
var untranslated = map[string]bool{"Tandem": true, " — Tandem": true, "EN": true, "中文": true}

// rawText reports the user-visible literal in e, if any: a string literal,
// the format of a fmt.Sprintf, either side of a +.
func rawText(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		s, ok := stringLit(e)
		if !ok || untranslated[s] {
			return "", false
		}
		letters := 0
		for _, r := range verbRE.ReplaceAllString(s, "") {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		return s, letters >= 2
	case *ast.BinaryExpr:
		if s, ok := rawText(e.X); ok {
			return s, true
		}
		return rawText(e.Y)
	case *ast.CallExpr:
		if n := calledName(e); (n == "fmt.Sprintf" || n == "fmt.Errorf") && len(e.Args) > 0 {
			return rawText(e.Args[0])
		}
	case *ast.ParenExpr:
		return rawText(e.X)
	}
	return "", false
}

// TestNoRawTextInTheWindow fails for a literal a person reads that is
// shown without lang: widget.NewLabel("Save") instead of
// widget.NewLabel(lang.L("Save")), and assignments to .Text, .PlaceHolder
// and .Title.
func TestNoRawTextInTheWindow(t *testing.T) {
	fset, files := parseSources(t, ".")
	report := func(pos token.Pos, where, s string) {
		t.Errorf("%s: %q is shown by %s without lang.L: wrap it and add it to app/translations/*.json", fset.Position(pos), s, where)
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				name := calledName(n)
				if !uiTextArgs[name] {
					return true
				}
				for _, a := range n.Args {
					if s, ok := rawText(a); ok {
						report(a.Pos(), name, s)
					}
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					sel, ok := l.(*ast.SelectorExpr)
					if !ok || i >= len(n.Rhs) {
						continue
					}
					switch sel.Sel.Name {
					case "Text", "PlaceHolder", "Title", "Label":
						if s, ok := rawText(n.Rhs[i]); ok {
							report(n.Rhs[i].Pos(), "."+sel.Sel.Name, s)
						}
					}
				}
			}
			return true
		})
	}
}

// TestRawTextScanCatches makes sure the scan can fail: a label with a raw
// literal is found, one through lang.L is not.
func TestRawTextScanCatches(t *testing.T) {
	for src, want := range map[string]bool{
		`widget.NewLabel("Save the file")`:                    true,
		`widget.NewLabel(fmt.Sprintf("%d files", n))`:         true,
		`widget.NewLabel(lang.L("Save the file"))`:            false,
		`widget.NewLabel(fmt.Sprintf(lang.L("%d files"), n))`: false,
		`widget.NewLabel("")`:                                 false,
		`widget.NewLabel(name + " (copy)")`:                   true,
	} {
		e, err := parser.ParseExpr(src)
		if err != nil {
			t.Fatal(err)
		}
		c := e.(*ast.CallExpr)
		_, got := rawText(c.Args[0])
		if got != want {
			t.Errorf("%s: found raw text %v, want %v", src, got, want)
		}
	}
	if fmt.Sprint(verbs("%d of %s {{.Count}}")) != "%d %s {{.Count}}" {
		t.Errorf("verbs = %q", verbs("%d of %s {{.Count}}"))
	}
}

// withLanguage runs useLanguage(tag) in the environment env, then puts
// back English and the lists, for the tests that follow.
func withLanguage(t *testing.T, tag string, env map[string]string) {
	t.Helper()
	for _, n := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
		t.Setenv(n, env[n])
	}
	lists := [][]string{layoutNames, libraryOrders, claimColumns}
	saved := make([][]string, len(lists))
	for i, l := range lists {
		saved[i] = append([]string(nil), l...)
	}
	help := append([][2]string(nil), keyHelp...)
	formats := append(exportFormats[:0:0], exportFormats...)
	all := anyChoice
	t.Cleanup(func() {
		defer setLocaleEnv("en_US.UTF-8")()
		lang.AddTranslationsFS(translations, "translations")
		for i, l := range lists {
			copy(l, saved[i])
		}
		copy(keyHelp, help)
		copy(exportFormats, formats)
		anyChoice, translated = all, false
	})
	translated = false
	if err := useLanguage(tag); err != nil {
		t.Fatal(err)
	}
}

func TestUseLanguage(t *testing.T) {
	tests := []struct {
		name, tag string
		env       map[string]string
		file      string // what File reads in the menu
	}{
		{"mainland", "", map[string]string{"LANG": "zh_CN.UTF-8"}, "文件"},
		{"Taiwan", "", map[string]string{"LANG": "zh_TW.UTF-8"}, "檔案"},
		{"Hong Kong", "", map[string]string{"LC_ALL": "zh_HK.UTF-8"}, "檔案"},
		{"French reads English", "", map[string]string{"LANG": "fr_FR.UTF-8"}, "File"},
		{"C reads English", "", map[string]string{"LANG": "C.UTF-8"}, "File"},
		{"LANGUAGE first, as gettext", "", map[string]string{"LANGUAGE": "zh_TW:en", "LANG": "en_US.UTF-8"}, "檔案"},
		{"the choice in Settings over LANGUAGE", "zh-Hant", map[string]string{"LANGUAGE": "en", "LANG": "zh_CN.UTF-8"}, "檔案"},
		{"English chosen on a Chinese desktop", "en", map[string]string{"LANG": "zh_CN.UTF-8"}, "File"},
		{"Simplified chosen in a C locale", "zh-Hans", map[string]string{"LANG": "C"}, "文件"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			withLanguage(t, tt.tag, tt.env)
			if got := lang.L("File"); got != tt.file {
				t.Errorf("File reads %q, want %q", got, tt.file)
			}
			for n, v := range tt.env {
				if got := os.Getenv(n); got != v {
					t.Errorf("%s is %q after loading, want it put back to %q", n, got, v)
				}
			}
		})
	}
}

func TestUseLanguageTranslatesListsAndCounts(t *testing.T) {
	withLanguage(t, "zh-Hans", nil)
	if layoutNames[0] != "左右对照" || claimColumns[0] != "日期" || keyHelp[0][0] != "拖动" || anyChoice != "全部" {
		t.Errorf("lists not translated: %q %q %q %q", layoutNames[0], claimColumns[0], keyHelp[0][0], anyChoice)
	}
	if keyHelp[len(keyHelp)-1][0] != "Ctrl+Shift+V" {
		t.Errorf("a key name was translated: %q", keyHelp[len(keyHelp)-1][0])
	}
	if got := plural(3, "highlight"); got != "3 处高亮" {
		t.Errorf("plural(3, highlight) = %q", got)
	}
	if got := plural(2, "nonesuch"); got != "2 nonesuchs" {
		t.Errorf("a word without a translation reads %q, want the English", got)
	}
}

func TestEnglishCounts(t *testing.T) {
	withLanguage(t, "en", nil)
	for n, want := range map[int]string{1: "1 highlight", 2: "2 highlights", 0: "0 highlights"} {
		if got := plural(n, "highlight"); got != want {
			t.Errorf("plural(%d) = %q, want %q", n, got, want)
		}
	}
	if got := counted("{{.Count}} figures likely differ in the other language:", 1); got != "1 figure likely differs in the other language:" {
		t.Errorf("counted(1) = %q", got)
	}
}

func TestSettingsChoosesLanguage(t *testing.T) {
	u, _ := newTestUI(t)
	u.showSettings()
	var choice *widget.Select
	for _, o := range test.LaidOutObjects(u.win.Canvas().Overlays().Top()) {
		if s, ok := o.(*widget.Select); ok && len(s.Options) == len(languageChoices) {
			choice = s
		}
	}
	if choice == nil {
		t.Fatal("Settings shows no language choice")
	}
	if choice.Selected != choice.Options[0] {
		t.Errorf("a new library's choice is %q, want to follow the system", choice.Selected)
	}
	choice.SetSelected("繁體中文")
	if got := u.prefs().String(prefLanguage); got != "zh-Hant" {
		t.Errorf("the preference is %q after choosing 繁體中文", got)
	}
}
