//go:build acceptance

package acceptance

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"tandem/internal/corpus"
	"tandem/internal/testenv"
)

// probe is what the window writes when TANDEM_E2E_PROBE is set (see
// app/probe.go): where list rows and characters are, in window pixels.
type probe struct {
	Article    string
	Query      string
	Hits       int
	List       []probeRow
	Paragraphs []struct {
		Pair  int
		Lang  string
		Text  string
		Lines []struct {
			Start, End, Y int
			X             []int
		}
	}
	Tab    string
	Window [2]int
	Text   [4]int // the reader's scrolled text: x, y, width, height
	Bar    []int  // the action bar, when it shows
	Lit    bool
	Marked []struct {
		Pair, Start, End int
		Lang             string
	}
	Current int
	Panes   [2]bool
	Stacked bool
	Buttons []probeRow
	Lookup  string // the word the dictionary popup shows
	Hover   string // the word the hover card shows
	// The search field's 文A switch, and the chips under the field.
	Translate bool
	Chips     []probeRow
}

// probeRow is something the probe places: a library row, a button, a chip.
type probeRow struct {
	ID     string
	Center [2]int
}

// desktop drives the real window with xdotool.
type desktop struct {
	t      *testing.T
	probe  string
	shots  string
	win    string        // the window's X id
	stderr *lockedBuffer // what the window prints
}

// lockedBuffer is a buffer the window's stderr is copied into while the
// test reads it.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// startDesktop starts the window with the layout probe on, waits for it
// and moves it to the top left corner; the test's end closes it.
func startDesktop(t *testing.T, bin string) *desktop {
	return startDesktopEnv(t, bin, nil)
}

// startDesktopEnv is startDesktop with more environment for the window
// (an input method's, say).
func startDesktopEnv(t *testing.T, bin string, env []string) *desktop {
	d := &desktop{t: t, probe: filepath.Join(t.TempDir(), "probe.json"), shots: os.Getenv("E2E_SHOTS")}
	app := exec.Command(bin)
	app.Env = append(append(os.Environ(), env...), "TANDEM_E2E_PROBE="+d.probe)
	d.stderr = &lockedBuffer{}
	app.Stderr = d.stderr
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		app.Process.Kill()
		app.Wait()
		if s := strings.TrimSpace(d.stderr.String()); s != "" {
			t.Logf("the window's stderr:\n%s", s)
		}
	})
	// By its process: the title changes to the article's as soon as one
	// opens, and a window of the test before may still be closing.
	d.win = strings.Fields(d.xdo("search", "--sync", "--pid", fmt.Sprint(app.Process.Pid)))[0]
	d.xdo("windowmove", d.win, "0", "0")
	return d
}

func (d *desktop) xdo(args ...string) string {
	d.t.Helper()
	out, err := exec.Command("xdotool", args...).CombinedOutput()
	if err != nil {
		d.t.Fatalf("xdotool %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// waitProbe waits until the window has written a probe that satisfies ok.
func (d *desktop) waitProbe(what string, ok func(probe) bool) probe {
	d.t.Helper()
	p, found := d.probeWithin(30*time.Second, ok)
	if !found {
		d.screenshot("timeout-" + strings.ReplaceAll(d.t.Name(), "/", "-") + ".png")
		last, _ := os.ReadFile(d.probe)
		if len(last) > 2000 {
			last = last[:2000]
		}
		d.t.Fatalf("timed out waiting for the window: %s\nwindow geometry: %s\nlast probe: %s",
			what, d.xdo("getwindowgeometry", d.win), last)
	}
	return p
}

// atOrigin makes sure the window's top left corner is at the screen's,
// where the probe's coordinates assume it: the window may still be
// placing itself when the test first moves it.
func (d *desktop) atOrigin() {
	d.t.Helper()
	for range 20 {
		geo := d.xdo("getwindowgeometry", "--shell", d.win)
		if strings.Contains(geo, "X=0\n") && strings.Contains(geo, "Y=0\n") {
			return
		}
		d.xdo("windowmove", d.win, "0", "0")
		time.Sleep(50 * time.Millisecond)
	}
	d.t.Fatalf("the window does not stay at the screen's corner: %s", d.xdo("getwindowgeometry", d.win))
}

// probeWithin waits at most wait for a probe that satisfies ok.
func (d *desktop) probeWithin(wait time.Duration, ok func(probe) bool) (probe, bool) {
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		var p probe
		if data, err := os.ReadFile(d.probe); err == nil && json.Unmarshal(data, &p) == nil && ok(p) {
			return p, true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return probe{}, false
}

func (d *desktop) screenshot(name string) {
	d.t.Helper()
	if d.shots == "" {
		return
	}
	if out, err := exec.Command("import", "-window", "root", filepath.Join(d.shots, name)).CombinedOutput(); err != nil {
		d.t.Errorf("screenshot %s: %v %s", name, err, out)
	}
}

// drag presses the mouse at the caret before rune from of a paragraph,
// moves in steps to the caret before rune to, and lets go.
func (d *desktop) drag(p probe, pair int, lang string, from, to int) {
	d.t.Helper()
	x0, y0 := caret(d.t, p, pair, lang, from, +2)
	x1, y1 := caret(d.t, p, pair, lang, to, -2)
	d.xdo("mousemove", fmt.Sprint(x0), fmt.Sprint(y0))
	time.Sleep(200 * time.Millisecond)
	d.xdo("mousedown", "1")
	for i := 1; i <= 6; i++ {
		time.Sleep(60 * time.Millisecond)
		d.xdo("mousemove", fmt.Sprint(x0+(x1-x0)*i/6), fmt.Sprint(y0+(y1-y0)*i/6))
	}
	time.Sleep(150 * time.Millisecond)
	d.xdo("mouseup", "1")
	time.Sleep(300 * time.Millisecond)
}

// caret returns the window position of the caret before rune off, nudged
// by dx pixels into the neighbouring glyph.
func caret(t *testing.T, p probe, pair int, lang string, off, dx int) (int, int) {
	t.Helper()
	for _, para := range p.Paragraphs {
		if para.Pair != pair || para.Lang != lang {
			continue
		}
		for _, l := range para.Lines {
			if off >= l.Start && off < l.End || off == l.End && dx < 0 {
				return l.X[off-l.Start] + dx, l.Y
			}
		}
	}
	t.Fatalf("rune %d of %s paragraph %d is not on screen", off, lang, pair)
	return 0, 0
}

// runeOffset finds quote in a paragraph and returns its rune span.
func runeOffset(t *testing.T, p probe, pair int, lang, quote string) (int, int) {
	t.Helper()
	for _, para := range p.Paragraphs {
		if para.Pair == pair && para.Lang == lang {
			i := strings.Index(para.Text, quote)
			if i < 0 {
				t.Fatalf("%q is not in %s paragraph %d", quote, lang, pair)
			}
			start := len([]rune(para.Text[:i]))
			return start, start + len([]rune(quote))
		}
	}
	t.Fatalf("no %s paragraph %d", lang, pair)
	return 0, 0
}

// annotationFiles reads every annotation file of an article.
func annotationFiles(t *testing.T, id string) []map[string]any {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(os.Getenv("XDG_DATA_HOME"), "tandem", "articles", id, "annotations", "*.json"))
	var out []map[string]any
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue // removed since the listing: an undo the caller is waiting for
		}
		if err != nil {
			t.Fatal(err)
		}
		var v map[string]any
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

// waitFiles waits until an article has n annotation files, after what a
// key did.
func waitFiles(t *testing.T, id string, n int, after string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for len(annotationFiles(t, id)) != n {
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %d annotation files, want %d", after, len(annotationFiles(t, id)), n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func exactOf(an map[string]any) (string, string) {
	target := an["target"]
	if list, ok := target.([]any); ok {
		target = list[0]
	}
	tg := target.(map[string]any)
	sel := tg["selector"].([]any)[0].(map[string]any)
	return tg["language"].(string), sel["exact"].(string)
}

func hasTag(an map[string]any, tag string) bool {
	bodies, _ := an["body"].([]any)
	for _, b := range bodies {
		if m := b.(map[string]any); m["purpose"] == "tagging" && m["value"] == tag {
			return true
		}
	}
	return false
}

// TestAnnotateInTheRealWindow runs the built binary on an X display: it
// opens the sample article, highlights English words with a drag and the 1
// key, tags a Chinese span with T, and checks the annotation files.
func TestAnnotateInTheRealWindow(t *testing.T) {
	bin, seeds := os.Getenv("TANDEM_BIN"), os.Getenv("TANDEM_SEEDS")
	if bin == "" || seeds == "" || os.Getenv("DISPLAY") == "" {
		t.Fatal("set TANDEM_BIN and TANDEM_SEEDS and run under an X display (make e2e does)")
	}
	testenv.Isolate(t)
	const id = "2026-02-05-fb404c39"
	tandem(t, "import", filepath.Join(seeds, "000_428c528216adca6a.txt"))
	d := startDesktop(t, bin)

	p := d.openRow(id)

	from, to := runeOffset(t, p, 0, "en", "Nvidia CEO Jensen Huang")
	d.drag(p, 0, "en", from, to)
	d.xdo("key", "1")
	time.Sleep(time.Second)
	d.screenshot("e2e-english.png")
	files := annotationFiles(t, id)
	if len(files) != 1 {
		t.Fatalf("%d annotation files after highlighting, want 1", len(files))
	}
	if lang, exact := exactOf(files[0]); lang != "en" || exact != "Nvidia CEO Jensen Huang" || files[0]["color"] != "yellow" {
		t.Errorf("saved %s %q (%v), want the dragged English words in yellow", lang, exact, files[0]["color"])
	}

	// The keyboard takes it back and brings it again: Ctrl+Z, Ctrl+Y,
	// Ctrl+Z, Ctrl+Shift+Z.
	for _, step := range []struct {
		key   string
		files int
	}{{"ctrl+z", 0}, {"ctrl+y", 1}, {"ctrl+z", 0}, {"ctrl+shift+z", 1}} {
		d.xdo("key", step.key)
		waitFiles(t, id, step.files, step.key)
	}

	d.xdo("key", "Escape")
	from, to = runeOffset(t, p, 0, "zh", "执行长 Jensen Huang")
	d.drag(p, 0, "zh", from, to)
	d.xdo("key", "t")
	time.Sleep(500 * time.Millisecond)
	d.xdo("type", "--delay", "50", "forecast")
	d.xdo("key", "Return")
	time.Sleep(time.Second)
	d.screenshot("e2e-chinese.png")
	found := false
	for _, an := range annotationFiles(t, id) {
		if lang, exact := exactOf(an); lang == "zh" && exact == "执行长 Jensen Huang" && hasTag(an, "forecast") {
			found = true
		}
	}
	if !found {
		t.Errorf("no Chinese annotation on 执行长 Jensen Huang tagged forecast: %v", annotationFiles(t, id))
	}

	// For the README: the highlights at rest, the pointer on a sentence so
	// its counterpart lights up.
	d.xdo("key", "Escape")
	x, y := caret(t, p, 1, "en", 40, 0)
	d.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
	time.Sleep(400 * time.Millisecond) // before the hover card would come
	d.screenshot("e2e-annotated.png")
}

// TestSearchInTheRealWindow imports a folder of articles with the command
// line, then in the window searches a Chinese word with Ctrl+K and opens
// the first result with Enter: the article shown must be the one that
// holds the word.
func TestSearchInTheRealWindow(t *testing.T) {
	bin := os.Getenv("TANDEM_BIN")
	if bin == "" || os.Getenv("DISPLAY") == "" {
		t.Fatal("set TANDEM_BIN and run under an X display (make e2e does)")
	}
	testenv.Isolate(t)
	folder := t.TempDir()
	g := corpus.New(7)
	for i := range 40 {
		os.WriteFile(filepath.Join(folder, fmt.Sprintf("%02d.txt", i)), g.Article(i).Digest(), 0o644)
	}
	const id = "2026-03-02-5a1e0c3b"
	target := "← 返回 Tandem Notes\n\n深海里的鲸落养活了整个群落，研究者称之为长达数十年的盛宴。\n\n" +
		"一次鲸落能让海底的生命延续几十年。\n\n" +
		"A whale fall on the deep seabed feeds a whole community; researchers call it a decades-long feast.\n\n" +
		"One whale fall keeps life on the seabed going for decades.\n\n" +
		"2026-03-02 (Monday) · 5a1e0c3b9d\n"
	os.WriteFile(filepath.Join(folder, "whale.txt"), []byte(target), 0o644)
	tandem(t, "import", folder)

	d := startDesktop(t, bin)
	d.waitProbe("the library list", func(p probe) bool { return len(p.List) > 0 && p.Article != "" })

	// xdotool types a character outside the keymap by remapping a key for
	// a moment; on a busy machine the window can read the key after the
	// remap is undone, so the query is typed again until the window has
	// searched it.
	d.xdo("key", "ctrl+k")
	for try := 1; ; try++ {
		time.Sleep(300 * time.Millisecond)
		d.xdo("key", "ctrl+a", "BackSpace")
		d.xdo("type", "--delay", "120", "鲸落")
		if _, ok := d.probeWithin(10*time.Second, func(p probe) bool { return p.Query == "鲸落" && p.Hits > 0 }); ok {
			break
		}
		if try == 3 {
			t.Fatal("the window never searched 鲸落 after three tries")
		}
	}
	d.screenshot("e2e-search.png")
	d.xdo("key", "Return")
	p := d.waitProbe("the article with the word", func(p probe) bool { return p.Article == id })
	found := false
	for _, para := range p.Paragraphs {
		found = found || strings.Contains(para.Text, "鲸落")
	}
	if !found {
		t.Errorf("the article on display does not show the word")
	}
	time.Sleep(time.Second)
	d.screenshot("e2e-search-opened.png")

	// Every place the word stands is marked, and n and N step through
	// them.
	p = d.waitProbe("the word marked", func(p probe) bool { return p.Article == id && len(p.Marked) >= 2 && p.Current >= 0 })
	for _, m := range p.Marked {
		for _, para := range p.Paragraphs {
			if para.Pair == m.Pair && para.Lang == m.Lang {
				if got := string([]rune(para.Text)[m.Start:m.End]); got != "鲸落" {
					t.Errorf("marked %q in %s paragraph %d, want 鲸落", got, m.Lang, m.Pair)
				}
			}
		}
	}
	first := p.Current
	d.xdo("key", "n")
	p = d.waitProbe("n to the next match", func(p probe) bool { return p.Current == (first+1)%len(p.Marked) })
	time.Sleep(300 * time.Millisecond)
	d.screenshot("e2e-search-marked.png")
	d.xdo("key", "N")
	d.waitProbe("N back to the first match", func(p probe) bool { return p.Current == first })
}

// TestTerminalBesideTheRealWindow runs commands in a terminal while the
// window is open: an import, which the window lists within a second or
// so; a search, which the window answers; a list.
func TestTerminalBesideTheRealWindow(t *testing.T) {
	bin := os.Getenv("TANDEM_BIN")
	if bin == "" || os.Getenv("DISPLAY") == "" {
		t.Fatal("set TANDEM_BIN and run under an X display (make e2e does)")
	}
	testenv.Isolate(t)
	d := startDesktop(t, bin)
	d.waitProbe("the welcome article", func(p probe) bool { return len(p.List) == 1 && p.Article != "" })

	const id = "2026-03-02-5a1e0c3b"
	file := filepath.Join(t.TempDir(), "whale.txt")
	os.WriteFile(file, []byte("← 返回 Tandem Notes\n\n深海里的鲸落养活了整个群落，研究者称之为长达数十年的盛宴。\n\n"+
		"A whale fall on the deep seabed feeds a whole community; researchers call it a decades-long feast.\n\n"+
		"2026-03-02 (Monday) · 5a1e0c3b9d\n"), 0o644)
	started := time.Now()
	if out := string(tandem(t, "import", file)); !strings.Contains(out, id) {
		t.Fatalf("import beside the window said %q", out)
	}
	ended := time.Now()
	d.waitProbe("the terminal's article in the list", func(p probe) bool {
		for _, row := range p.List {
			if row.ID == id {
				return true
			}
		}
		return false
	})
	t.Logf("the window listed the terminal's import %v after the command started, %v after it ended",
		time.Since(started).Round(10*time.Millisecond), time.Since(ended).Round(10*time.Millisecond))
	if out := string(tandem(t, "search", "鲸落")); !strings.Contains(out, id) {
		t.Errorf("search beside the window found %q, want %s", out, id)
	}
	if out := string(tandem(t, "list")); !strings.Contains(out, id) {
		t.Errorf("list beside the window: %q", out)
	}
	// A tandem:// link, as an export carries it, shows the article and the
	// highlight in the window already open.
	var an struct{ ID string }
	json.Unmarshal(tandem(t, "annotate", "--json", id, "--lang", "zh", "--quote", "鲸落"), &an)
	link := "tandem://open/" + id + "#" + strings.TrimPrefix(an.ID, "urn:uuid:")
	if out := string(tandem(t, "open", link)); !strings.Contains(out, "shown in the open window") {
		t.Errorf("tandem open %s said %q", link, out)
	}
	d.waitProbe("the linked article open", func(p probe) bool { return p.Article == id })
	d.screenshot("e2e-terminal-import.png")
}
