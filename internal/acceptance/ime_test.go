//go:build acceptance

package acceptance

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"tandem/internal/testenv"
)

// fcitxProfile makes pinyin the second input method of the only group,
// so fcitx5-remote -o switches to it and -c back to the keyboard.
const fcitxProfile = `[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
`

// busConfig is the private session bus's configuration: the stock
// session bus's, without its service folders. On the stock bus the
// first fcitx5-remote, asking before fcitx5 has taken its name, has the
// bus start a second fcitx5 from /usr/share/dbus-1/services; the two
// then race for the name and the XIM server, the window may connect to
// the one that is told to quit, and that one writes its config into the
// test's folder while the folder is being removed.
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`

// startFcitx starts a private D-Bus session and fcitx5 with pinyin, in the
// test's own config folder, and returns the environment a window needs to
// type through it (XIM: XMODIFIERS=@im=fcitx). It skips the test when
// fcitx5 or dbus-launch is not installed.
func startFcitx(t *testing.T) []string {
	t.Helper()
	for _, cmd := range []string{"fcitx5", "fcitx5-remote", "dbus-launch"} {
		if _, err := exec.LookPath(cmd); err != nil {
			t.Skipf("%s is not installed (Debian: apt-get install fcitx5 fcitx5-chinese-addons dbus-x11; make e2e does), so typing Chinese is not tested", cmd)
		}
	}
	dir := filepath.Join(os.Getenv("XDG_CONFIG_HOME"), "fcitx5")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "profile"), []byte(fcitxProfile), 0o644); err != nil {
		t.Fatal(err)
	}
	bus := filepath.Join(t.TempDir(), "bus.conf")
	if err := os.WriteFile(bus, []byte(busConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("dbus-launch", "--sh-syntax", "--config-file="+bus).Output()
	if err != nil {
		t.Fatalf("dbus-launch: %v", err)
	}
	var env []string
	sc := bufio.NewScanner(strings.NewReader(string(out)))
	for sc.Scan() {
		line := strings.TrimSuffix(strings.TrimSpace(sc.Text()), ";")
		if k, v, ok := strings.Cut(line, "="); ok && strings.HasPrefix(k, "DBUS_SESSION_BUS_") {
			v = strings.Trim(v, "'")
			env = append(env, k+"="+v)
			if k == "DBUS_SESSION_BUS_PID" {
				var pid int
				fmt.Sscan(v, &pid)
				t.Cleanup(func() { syscall.Kill(pid, syscall.SIGTERM) })
			}
		}
	}
	env = append(env, "XMODIFIERS=@im=fcitx", "GTK_IM_MODULE=fcitx", "QT_IM_MODULE=fcitx")
	im := exec.Command("fcitx5", "--replace", "--disable=wayland,waylandim,notificationitem,kimpanel,clipboard")
	im.Env = append(os.Environ(), env...)
	log := &lockedBuffer{}
	im.Stdout, im.Stderr = log, log
	if err := im.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		im.Process.Kill()
		im.Wait()
		if t.Failed() {
			t.Logf("fcitx5 said:\n%s", log.String())
		}
	})
	// Up means answering on D-Bus and, as its log says, serving XIM with
	// pinyin loaded: fcitx5 answers before it has loaded them (by a few
	// seconds on a busy machine), and a window started before its XIM
	// server is up never gets an input method, so the letters typed go
	// in as they are.
	deadline := time.Now().Add(30 * time.Second)
	for {
		c := exec.Command("fcitx5-remote")
		c.Env = append(os.Environ(), env...)
		said := log.String()
		if c.Run() == nil && strings.Contains(said, "Loaded addon xim") && strings.Contains(said, "Loaded addon pinyin") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("fcitx5 did not come up with XIM and pinyin:\n%s", log.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	return env
}

// remote runs fcitx5-remote with args: -o switches pinyin on for the
// window with the keyboard, -c off. It returns what fcitx5-remote printed.
func remote(t *testing.T, env []string, args ...string) string {
	t.Helper()
	c := exec.Command("fcitx5-remote", args...)
	c.Env = append(os.Environ(), env...)
	out, err := c.CombinedOutput()
	if err != nil {
		t.Fatalf("fcitx5-remote %s: %v %s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// pinyinOn switches pinyin on for the window with the keyboard and waits
// until fcitx5 says it is on (fcitx5-remote prints 2): a switch sent
// before fcitx5 has heard that the field took the keyboard goes nowhere,
// and the letters would go in as they are.
func pinyinOn(t *testing.T, env []string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		remote(t, env, "-o")
		time.Sleep(200 * time.Millisecond)
		state := remote(t, env)
		if state == "2" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("fcitx5 did not switch pinyin on for the window (fcitx5-remote says %q)", state)
		}
	}
}

// pinyin types syllables with pinyin on and commits the first candidate
// with space, then switches pinyin off again. shot, when not "", is a
// screenshot of the candidates before the space.
func (d *desktop) pinyin(env []string, syllables, shot string) {
	d.t.Helper()
	pinyinOn(d.t, env)
	d.xdo("type", "--delay", "80", syllables)
	time.Sleep(300 * time.Millisecond)
	if shot != "" {
		d.screenshot(shot)
	}
	d.xdo("key", "space")
	time.Sleep(500 * time.Millisecond)
	remote(d.t, env, "-c")
	time.Sleep(300 * time.Millisecond)
}

// TestTypeChineseInTheRealWindow types pinyin through fcitx5 into the
// search field, the tag prompt and the note editor, and checks that the
// Chinese the input method commits reaches the query and the files.
func TestTypeChineseInTheRealWindow(t *testing.T) {
	bin, seeds := os.Getenv("TANDEM_BIN"), os.Getenv("TANDEM_SEEDS")
	if bin == "" || seeds == "" || os.Getenv("DISPLAY") == "" {
		t.Fatal("set TANDEM_BIN and TANDEM_SEEDS and run under an X display (make e2e does)")
	}
	testenv.Isolate(t)
	env := startFcitx(t)
	const id = "2026-02-05-fb404c39"
	tandem(t, "import", filepath.Join(seeds, "000_428c528216adca6a.txt"))
	// With no locale, as a bare session, a container or a service starts
	// it: the window makes its character type UTF-8 itself, or what the
	// input method commits never reaches the field (typeableLocale).
	d := startDesktopEnv(t, bin, append(env, "LANG=", "LC_ALL=", "LC_CTYPE="))

	p := d.openRow(id)

	// The search field: yueshuli, space, commits 约束力.
	d.xdo("key", "ctrl+k")
	time.Sleep(300 * time.Millisecond)
	d.pinyin(env, "yueshuli", "e2e-ime-candidates.png")
	d.screenshot("e2e-ime-search.png")
	d.waitProbe("the window searching 约束力", func(p probe) bool { return p.Query == "约束力" && p.Hits > 0 })
	d.xdo("key", "Return")
	p = d.waitProbe("the article at the hit", func(p probe) bool { return p.Article == id && p.Tab == "Read" && len(p.Paragraphs) > 0 })
	time.Sleep(time.Second)
	p = d.waitProbe("the article laid out", func(p probe) bool { return p.Article == id && len(p.Paragraphs) > 0 })

	// The tag prompt: yuce, space, commits 预测, and Return saves it.
	from, to := runeOffset(t, p, 0, "zh", "执行长 Jensen Huang")
	d.drag(p, 0, "zh", from, to)
	d.xdo("key", "t")
	time.Sleep(time.Second)
	d.pinyin(env, "yuce", "")
	d.screenshot("e2e-ime-tag.png")
	d.xdo("key", "Return")
	waitFiles(t, id, 1, "the tag")
	if an := annotationFiles(t, id)[0]; !hasTag(an, "预测") {
		t.Errorf("the highlight is not tagged 预测: %v", an["body"])
	}

	// The note editor, on the same words selected again (a selection,
	// so the note goes on a new highlight over them): yueshuli again, then a click on Save (Tab and Return stay in a
	// note's text). The dialog is centred in the window, 460 wide; Save
	// sits 45 right of the centre and 82 below it.
	d.xdo("key", "Escape")
	d.drag(p, 0, "zh", from, to)
	d.xdo("key", "n")
	time.Sleep(time.Second)
	d.pinyin(env, "yueshuli", "")
	d.screenshot("e2e-ime-note.png")
	p = d.waitProbe("the window's size", func(p probe) bool { return p.Window[0] > 0 })
	x, y := p.Window[0]/2+45, p.Window[1]/2+82
	d.xdo("mousemove", fmt.Sprint(x-6), fmt.Sprint(y))
	time.Sleep(300 * time.Millisecond)
	d.xdo("mousemove", fmt.Sprint(x), fmt.Sprint(y))
	time.Sleep(300 * time.Millisecond)
	d.xdo("click", "1")
	time.Sleep(500 * time.Millisecond)
	d.screenshot("e2e-ime-saved.png")
	deadline := time.Now().Add(10 * time.Second)
	for {
		var notes []string
		for _, an := range annotationFiles(t, id) {
			notes = append(notes, noteOf(an))
		}
		if strings.Contains(strings.Join(notes, "|"), "约束力") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the notes on disk are %q, want one 约束力", notes)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// noteOf is the text of an annotation's note body, if any.
func noteOf(an map[string]any) string {
	bodies, _ := an["body"].([]any)
	for _, b := range bodies {
		if m, ok := b.(map[string]any); ok && m["purpose"] == "commenting" {
			s, _ := m["value"].(string)
			return s
		}
	}
	return ""
}
