//go:build acceptance

package acceptance

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"tandem/internal/testenv"
)

// TestHTMLExportInChromium exports an annotated article as HTML with the
// real binary and opens the page in headless Chromium: the DOM Chromium
// builds holds a mark for every highlight and its counterpart, and a
// screenshot shows the page (look at it: the Chinese column must be
// Chinese). The page is read from a file with the network unused.
func TestHTMLExportInChromium(t *testing.T) {
	browser, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not installed (scripts/deps.sh browser)")
	}
	testenv.Isolate(t)
	var imported []struct{ ID string }
	if err := json.Unmarshal(tandem(t, "import", "--json", testenv.SeedPath()), &imported); err != nil || len(imported) != 1 {
		t.Fatalf("import: %v", err)
	}
	id := imported[0].ID
	var ids []string
	for _, a := range []struct{ lang, quote, color, tag, note string }{
		{"zh", "不具约束力", "pink", "denial", "Huang **hedges**: see `the FT`."},
		{"en", "$1.4 trillion", "yellow", "number", "Against 2025 revenue of *about* 1%."},
		{"en", "Microsoft Copilot", "blue", "product", ""},
	} {
		var rec struct{ ID string }
		out := tandem(t, "annotate", "--json", id, "--lang", a.lang, "--quote", a.quote, "--color", a.color, "--tag", a.tag, "--note", a.note)
		if err := json.Unmarshal(out, &rec); err != nil || rec.ID == "" {
			t.Fatalf("annotate %q: %v: %s", a.quote, err, out)
		}
		ids = append(ids, strings.TrimPrefix(rec.ID, "urn:uuid:"))
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "article.html")
	if err := os.WriteFile(page, tandem(t, "export", "--format", "html", id), 0o644); err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(dir, "html-export.png")
	if d := os.Getenv("E2E_SHOTS"); d != "" {
		shot = filepath.Join(d, "html-export.png")
	}
	common := []string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + filepath.Join(dir, "profile")}
	dom, err := exec.Command(browser, append(common, "--dump-dom", "file://"+page)...).Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom: %v", err)
	}
	for _, an := range ids {
		for _, want := range []string{`id="h-` + an + `"`, `id="c-` + an + `"`, `href="tandem://open/` + id + "#" + an + `"`} {
			if !strings.Contains(string(dom), want) {
				t.Errorf("Chromium's DOM lacks %s", want)
			}
		}
	}
	for _, want := range []string{"<strong>hedges</strong>", "<code>the FT</code>", "不具约束力"} {
		if !strings.Contains(string(dom), want) {
			t.Errorf("Chromium's DOM lacks %s", want)
		}
	}
	if out, err := exec.Command(browser, append(common, "--window-size=1280,1000", "--hide-scrollbars", "--screenshot="+shot, "file://"+page)...).CombinedOutput(); err != nil {
		t.Fatalf("chromium --screenshot: %v\n%s", err, out)
	}
	if fi, err := os.Stat(shot); err != nil || fi.Size() < 20000 {
		t.Fatalf("screenshot %s: %v (a blank page is small)", shot, err)
	}
	t.Logf("screenshot: %s", shot)
}
