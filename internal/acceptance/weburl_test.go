//go:build acceptance

package acceptance

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tandem/internal/testenv"
)

// TestImportAURLInTheRealWindow types the address of a Chinese portal's
// page (GBK, its charset in a <meta>) into Import a Path or URL…: the window
// fetches it, imports the article without the portal's menus, sidebar and
// footer, and opens it.
func TestImportAURLInTheRealWindow(t *testing.T) {
	bin := os.Getenv("TANDEM_BIN")
	if bin == "" || os.Getenv("DISPLAY") == "" {
		t.Fatal("set TANDEM_BIN and run under an X display (make e2e does)")
	}
	testenv.Isolate(t)
	page, err := os.ReadFile(filepath.Join("..", "..", "article", "testdata", "web", "portal-gbk.html"))
	if err != nil {
		t.Fatal(err)
	}
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write(page)
	}))
	defer s.Close()

	d := startDesktop(t, bin)
	welcome := d.waitProbe("the library list", func(p probe) bool { return len(p.List) > 0 && p.Article != "" }).Article
	d.xdo("key", "ctrl+l")
	time.Sleep(500 * time.Millisecond)
	d.xdo("key", "ctrl+a", "BackSpace")
	d.xdo("type", "--delay", "60", s.URL+"/world/brexit")
	time.Sleep(300 * time.Millisecond)
	d.screenshot("e2e-url-dialog.png")
	d.xdo("key", "Return")
	p := d.waitProbe("the fetched article", func(p probe) bool { return p.Article != "" && p.Article != welcome && len(p.Paragraphs) > 0 })
	var texts []string
	for _, para := range p.Paragraphs {
		texts = append(texts, para.Text)
	}
	all := strings.Join(texts, "\n")
	if !strings.HasPrefix(texts[0], "欧盟主席让-克洛德·容克表示") || !strings.Contains(all, "工党认为该计划") {
		t.Errorf("the window shows %q, want the article's paragraphs", texts)
	}
	for _, chrome := range []string{"首页", "热门文章", "版权所有", "责任编辑", "当前位置"} {
		if strings.Contains(all, chrome) {
			t.Errorf("the portal's %q came along: %q", chrome, texts)
		}
	}
	time.Sleep(time.Second)
	d.screenshot("e2e-url-import.png")
}
