//go:build acceptance

package acceptance

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"tandem/internal/testenv"
)

// digest is what a seed file says about itself, read here independently of
// Tandem's parser: the header, the footer and the paragraphs by script.
type digest struct {
	source, date, sourceID string
	zh, en                 []string
}

var footer = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2}) \(\w+\) · ([0-9a-f]+)$`)

func readDigest(t *testing.T, path string) digest {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(data)), "\n\n")
	var d digest
	header := strings.TrimSpace(paras[0])
	if !strings.HasPrefix(header, "← 返回 ") {
		t.Fatalf("%s: not in the digest format (first line %q)", path, header)
	}
	d.source = strings.TrimPrefix(header, "← 返回 ")
	m := footer.FindStringSubmatch(strings.TrimSpace(paras[len(paras)-1]))
	if m == nil {
		t.Fatalf("%s: no digest footer", path)
	}
	d.date, d.sourceID = m[1], m[2]
	for _, p := range paras[1 : len(paras)-1] {
		p = strings.TrimSpace(p)
		if strings.IndexFunc(p, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
			d.zh = append(d.zh, p)
		} else {
			d.en = append(d.en, p)
		}
	}
	return d
}

func tandem(t *testing.T, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(os.Getenv("TANDEM_BIN"), args...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("tandem %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

// TestImportSeeds imports every seed with the CLI into empty XDG folders and
// checks what import, show and list say against the files themselves.
func TestImportSeeds(t *testing.T) {
	if os.Getenv("TANDEM_BIN") == "" || os.Getenv("TANDEM_SEEDS") == "" {
		t.Fatal("set TANDEM_BIN and TANDEM_SEEDS")
	}
	testenv.Isolate(t)
	seeds, _ := filepath.Glob(filepath.Join(os.Getenv("TANDEM_SEEDS"), "*.txt"))
	if len(seeds) == 0 {
		t.Fatal("no seeds found")
	}
	var results []struct {
		Path, ID, Title, Source, Date, Status, Error string
		Pairs                                        int
	}
	if err := json.Unmarshal(tandem(t, append([]string{"import", "--json"}, seeds...)...), &results); err != nil {
		t.Fatal(err)
	}
	if len(results) != len(seeds) {
		t.Fatalf("%d results for %d seeds", len(results), len(seeds))
	}
	for _, r := range results {
		d := readDigest(t, r.Path)
		if r.Status != "imported" || r.Error != "" {
			t.Errorf("%s: %s %s", r.Path, r.Status, r.Error)
		}
		if r.Source != d.source || r.Date != d.date || r.Pairs != len(d.zh) || len(d.zh) != len(d.en) {
			t.Errorf("%s: source %q date %q pairs %d; the file says %q, %q, %d/%d paragraphs",
				r.Path, r.Source, r.Date, r.Pairs, d.source, d.date, len(d.zh), len(d.en))
		}
		if filepath.Base(r.Path) == "000_428c528216adca6a.txt" && (r.Pairs != 3 || r.Source != "Avalaches" || r.Date != "2026-02-05" || r.ID != "2026-02-05-fb404c39") {
			t.Errorf("the sample article: %+v", r)
		}
		checkShow(t, r.ID, d)
	}
	for _, r := range jsonResults(t, tandem(t, append([]string{"import", "--json"}, seeds...)...)) {
		if r["status"] != "duplicate" {
			t.Errorf("re-import of %s: %s, want duplicate", r["path"], r["status"])
		}
	}
	var list []map[string]any
	json.Unmarshal(tandem(t, "list", "--json"), &list)
	if len(list) != len(seeds)+1 { // and the welcome article
		t.Errorf("list has %d articles, want %d seeds and the welcome article", len(list), len(seeds))
	}
}

func jsonResults(t *testing.T, out []byte) []map[string]any {
	var v []map[string]any
	if err := json.Unmarshal(out, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// checkShow requires that tandem show puts each Chinese paragraph of the file
// on the left (zh) and its English paragraph on the right (en), in order.
func checkShow(t *testing.T, id string, d digest) {
	var shown struct {
		Source, Date string
		SourceID     string `json:"source_id"`
		Pairs        []struct{ ZH, EN string }
	}
	if err := json.Unmarshal(tandem(t, "show", "--json", id), &shown); err != nil {
		t.Fatal(err)
	}
	if shown.Source != d.source || shown.Date != d.date || shown.SourceID != d.sourceID {
		t.Errorf("%s: show says %q %q %q", id, shown.Source, shown.Date, shown.SourceID)
	}
	if len(shown.Pairs) != len(d.zh) {
		t.Fatalf("%s: %d pairs, want %d", id, len(shown.Pairs), len(d.zh))
	}
	for i, p := range shown.Pairs {
		if p.ZH != d.zh[i] || p.EN != d.en[i] {
			t.Errorf("%s pair %d: zh %.30q en %.30q; want zh %.30q en %.30q", id, i, p.ZH, p.EN, d.zh[i], d.en[i])
		}
	}
}

// TestCheckNumbersOnTheSeed requires check-numbers to be silent on the
// sample article and to report exactly the figure changed in a copy of it.
func TestCheckNumbersOnTheSeed(t *testing.T) {
	seed := filepath.Join(os.Getenv("TANDEM_SEEDS"), "000_428c528216adca6a.txt")
	original, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(original), "130 亿美元", "150 亿美元", 1)
	if changed == string(original) {
		t.Fatal("the sample article no longer says 130 亿美元")
	}
	for _, c := range []struct {
		name, text string
		want       []string // the figures reported, in order
	}{
		{"seed", string(original), nil},
		{"one figure changed", changed, []string{"150 亿美元", "$13 billion"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			testenv.Isolate(t)
			path := filepath.Join(t.TempDir(), "article.txt")
			if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
				t.Fatal(err)
			}
			id := jsonResults(t, tandem(t, "import", "--json", path))[0]["id"].(string)
			cmd := exec.Command(os.Getenv("TANDEM_BIN"), "check-numbers", "--json", id)
			out, err := cmd.Output()
			if code := cmd.ProcessState.ExitCode(); code != min(len(c.want), 1) {
				t.Errorf("exit status %d (%v)", code, err)
			}
			var got []string
			for _, m := range jsonResults(t, out) {
				got = append(got, m["text"].(string))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("check-numbers reported %q, want %q", got, c.want)
			}
		})
	}
}
