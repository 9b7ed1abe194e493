package cli

import (
	"bytes"
	"encoding/json"
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

	"tandem/internal/locale"
	"tandem/internal/testenv"
	"tandem/library"
)

// cliCatalogues are the command line's catalogues; every key the code
// uses must be in each (English needs none: a key reads as itself).
var cliCatalogues = []string{"zh-Hans.json", "zh-Hant.json"}

// cliKey is one place the code names a catalogue key.
type cliKey struct{ key, at string }

func parseCLI(t *testing.T) (*token.FileSet, []*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
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

// constString folds a string literal or a + of them, as the command
// table writes its long summaries.
func constString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		x, ok1 := constString(e.X)
		y, ok2 := constString(e.Y)
		return x + y, ok1 && ok2 && e.Op == token.ADD
	case *ast.ParenExpr:
		return constString(e.X)
	}
	return "", false
}

func funcName(c *ast.CallExpr) string {
	switch f := c.Fun.(type) {
	case *ast.Ident:
		return f.Name
	case *ast.SelectorExpr:
		if x, ok := f.X.(*ast.Ident); ok {
			return x.Name + "." + f.Sel.Name
		}
	}
	return ""
}

// cliKeys collects the keys: tr's argument, plural's word and every
// command's summary.
func cliKeys(t *testing.T) []cliKey {
	fset, files := parseCLI(t)
	var keys []cliKey
	add := func(e ast.Expr) {
		if s, ok := constString(e); ok {
			keys = append(keys, cliKey{s, fset.Position(e.Pos()).String()})
		}
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				switch funcName(n) {
				case "tr":
					add(n.Args[0])
				case "plural":
					add(n.Args[1])
				}
			case *ast.KeyValueExpr:
				if k, ok := n.Key.(*ast.Ident); ok && k.Name == "summary" {
					add(n.Value)
				}
			}
			return true
		})
	}
	return keys
}

var cliVerb = regexp.MustCompile(`%(?:\[\d+\])?[-+# 0]*[0-9.]*[a-zA-Z%]`)

// cliVerbs lists the format verbs of s, sorted, argument indexes dropped.
func cliVerbs(s string) string {
	v := cliVerb.FindAllString(s, -1)
	for i := range v {
		v[i] = regexp.MustCompile(`\[\d+\]`).ReplaceAllString(v[i], "")
	}
	sort.Strings(v)
	return strings.Join(v, " ")
}

// TestCLICataloguesHaveEveryKey fails for a key the code uses that a
// catalogue lacks, naming the key, the file and where the code uses it;
// for a translation that changes the key's %verbs; and for a key no code
// uses.
func TestCLICataloguesHaveEveryKey(t *testing.T) {
	keys := cliKeys(t)
	if len(keys) < 100 {
		t.Fatalf("found only %d keys: is the scan broken?", len(keys))
	}
	for _, file := range cliCatalogues {
		data, err := os.ReadFile(filepath.Join("translations", file))
		if err != nil {
			t.Fatal(err)
		}
		var cat map[string]string
		if err := json.Unmarshal(data, &cat); err != nil {
			t.Fatalf("cli/translations/%s: %v", file, err)
		}
		seen := map[string]bool{}
		for _, k := range keys {
			seen[k.key] = true
			s, ok := cat[k.key]
			switch {
			case !ok:
				t.Errorf("cli/translations/%s has no translation for %q (used at cli/%s)", file, k.key, k.at)
			case strings.TrimSpace(s) == "":
				t.Errorf("cli/translations/%s: %q is empty", file, k.key)
			case cliVerbs(s) != cliVerbs(k.key):
				t.Errorf("cli/translations/%s: %q is %q: its %%verbs [%s] differ from the key's [%s]", file, k.key, s, cliVerbs(s), cliVerbs(k.key))
			}
		}
		for k := range cat {
			if !seen[k] {
				t.Errorf("cli/translations/%s: %q is used nowhere in cli/*.go", file, k)
			}
		}
	}
}

// proseLetters counts the letters of s a reader reads: format verbs, the
// command's name and flag names left out.
func proseLetters(s string) int {
	s = cliVerb.ReplaceAllString(s, "")
	s = regexp.MustCompile(`tandem|--?[a-z-]+`).ReplaceAllString(s, "")
	n := 0
	for _, r := range s {
		if r < unicode.MaxASCII && unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// cliTextArgs are the calls whose string argument a person reads, and
// which argument: what is printed, and the errors and usage mistakes Run
// prints.
var cliTextArgs = map[string]int{
	"fmt.Fprintf": 1, "fmt.Fprintln": 1, "fmt.Fprint": 1, "fmt.Errorf": 0, "errors.New": 0,
	"usagef": 0, "usageError": 0, "wantArgs": 2,
}

// untranslatedCLI are texts that stay English on purpose: sentinels Run
// never prints, and the word that no catalogue could be read.
var untranslatedCLI = map[string]bool{"some items failed": true, "usage": true, "tandem: %v; speaking English\n": true}

// TestNoRawTextInTheCLI fails for prose printed or returned without tr:
// fmt.Fprintln(c.Stdout, "the library and the search index agree").
func TestNoRawTextInTheCLI(t *testing.T) {
	fset, files := parseCLI(t)
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			c, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			i, ok := cliTextArgs[funcName(c)]
			if !ok || i >= len(c.Args) {
				return true
			}
			if s, ok := constString(c.Args[i]); ok && proseLetters(s) > 2 && !untranslatedCLI[s] {
				t.Errorf("%s: %q is printed without tr: wrap it and add it to cli/translations/*.json", fset.Position(c.Args[i].Pos()), s)
			}
			return true
		})
	}
}

// runIn runs a command as Run does for a person whose language is lang.
func runIn(t *testing.T, lang string, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env := &Env{Stdout: &stdout, Stderr: &stderr, Version: "test", Language: lang,
		Open: func() (*library.Library, error) { return library.Open(library.Options{}) }}
	code := Run(env, args)
	t.Cleanup(func() { speak(&Env{Stderr: &stderr}) })
	return code, stdout.String(), stderr.String()
}

func TestHelpSpeaksTheLanguage(t *testing.T) {
	for _, tt := range []struct {
		lang  string
		want  []string
		wrong string
	}{
		{locale.English, []string{"usage: tandem", "Import articles from files, folders"}, "用法"},
		{locale.Simplified, []string{"用法：tandem", "从文件、文件夹", "列出文库中的文章"}, "usage:"},
		{locale.Traditional, []string{"用法：tandem", "從檔案、資料夾", "列出文庫中的文章"}, "usage:"},
	} {
		t.Run(tt.lang, func(t *testing.T) {
			_, out, _ := runIn(t, tt.lang, "help")
			for _, w := range tt.want {
				if !strings.Contains(out, w) {
					t.Errorf("tandem help in %s lacks %q:\n%s", tt.lang, w, out)
				}
			}
			if strings.Contains(out, tt.wrong) {
				t.Errorf("tandem help in %s has %q:\n%s", tt.lang, tt.wrong, out)
			}
		})
	}
	_, out, _ := runIn(t, locale.Traditional, "search", "--help")
	if !strings.Contains(out, "選項：") || !strings.Contains(out, "最多顯示的文章數") || !strings.Contains(out, "-limit") {
		t.Errorf("tandem search --help in Traditional:\n%s", out)
	}
	code, _, errOut := runIn(t, locale.Simplified, "frobnicate")
	if code != 2 || !strings.Contains(errOut, "未知命令 \"frobnicate\"") {
		t.Errorf("unknown command in Simplified: exit %d, %q", code, errOut)
	}
	code, _, errOut = runIn(t, locale.Simplified, "show")
	if code != 2 || !strings.Contains(errOut, "tandem show：") && !strings.Contains(errOut, "请给出一个文章 ID") {
		t.Errorf("usage mistake in Simplified: exit %d, %q", code, errOut)
	}
}

// TestJSONIsTheSameInEveryLanguage: --json output is data, never
// translated.
func TestJSONIsTheSameInEveryLanguage(t *testing.T) {
	testenv.Isolate(t)
	if code, _, errOut := runIn(t, locale.English, "import", testenv.SeedPath()); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	_, en, _ := runIn(t, locale.English, "list", "--json")
	_, zh, _ := runIn(t, locale.Traditional, "list", "--json")
	if en != zh || !strings.Contains(en, `"id"`) {
		t.Errorf("list --json differs between English and Traditional:\n%s\n%s", en, zh)
	}
	_, human, _ := runIn(t, locale.Simplified, "search", "约束力")
	if !strings.Contains(human, "个匹配的文章、高亮和笔记") {
		t.Errorf("search in Simplified:\n%s", human)
	}
}
