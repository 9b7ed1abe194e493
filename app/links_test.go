package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/adrg/xdg"

	"tandem/internal/testenv"
)

func TestRegisterLinks(t *testing.T) {
	testenv.Isolate(t)
	mimeapps := filepath.Join(xdg.ConfigHome, "mimeapps.list")
	if err := os.MkdirAll(xdg.ConfigHome, 0o755); err != nil {
		t.Fatal(err)
	}
	other := "[Default Applications]\ntext/html=firefox.desktop\nx-scheme-handler/tandem=old.desktop\n\n[Added Associations]\ntext/plain=gedit.desktop\n"
	if err := os.WriteFile(mimeapps, []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	exe := "/opt/my apps/tandem"
	for range 2 { // the second time changes nothing
		if err := registerLinks(exe); err != nil {
			t.Fatal(err)
		}
	}
	entry, err := os.ReadFile(filepath.Join(xdg.DataHome, "applications", linksEntry))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`Exec="/opt/my apps/tandem" open %u`, "MimeType=x-scheme-handler/tandem;", "NoDisplay=true"} {
		if !strings.Contains(string(entry), want) {
			t.Errorf("the desktop entry lacks %q:\n%s", want, entry)
		}
	}
	got, _ := os.ReadFile(mimeapps)
	want := "[Default Applications]\ntext/html=firefox.desktop\nx-scheme-handler/tandem=" + linksEntry + "\n\n[Added Associations]\ntext/plain=gedit.desktop\n"
	if string(got) != want {
		t.Errorf("mimeapps.list:\n%s\nwant:\n%s", got, want)
	}
}

func TestSetDefaultHandler(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", "[Default Applications]\nk=v\n"},
		{"[Added Associations]\na=b\n", "[Added Associations]\na=b\n[Default Applications]\nk=v\n"},
		{"[Default Applications]\na=b\n[Other]\nc=d\n", "[Default Applications]\na=b\nk=v\n[Other]\nc=d\n"},
		{"[Default Applications]\nk=old\n", "[Default Applications]\nk=v\n"},
	} {
		if got := setDefaultHandler(tc.in, "k", "v"); got != tc.want {
			t.Errorf("setDefaultHandler(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := desktopQuote(`/a "b"/$x`); got != `"/a \\"b\\"/\\$x"` {
		t.Errorf("desktopQuote = %s", got)
	}
}
