package article

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// wmt returns the Chinese and English of WMT newstest2020 segments by row,
// the text the pages in testdata/web were built from.
func wmt(t testing.TB) map[int][2]string {
	t.Helper()
	f, err := os.Open("../internal/eval/testdata/wmt/newstest2020.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	seg := map[int][2]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var row int
		parts := strings.Split(sc.Text(), "\t")
		if len(parts) == 3 {
			if _, err := fmt.Sscanf(parts[0], "wmt20:%d", &row); err == nil {
				seg[row] = [2]string{parts[1], parts[2]}
			}
		}
	}
	return seg
}

// paragraphs is the text of an article's pairs in language l, in order.
func paragraphs(a *Article, l Lang) []string {
	var out []string
	for _, p := range a.Pairs {
		if s := p.Text(l); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// webPageCases are the saved pages of testdata/web: what Parse must find
// in each, paragraph by paragraph, and the page furniture none of its
// paragraphs may hold.
func webPageCases(t testing.TB) []struct {
	file, prefix                       string
	lang                               Lang
	body                               []string
	title, titleZH, date, author, site string
	furniture                          []string
} {
	seg := wmt(t)
	zh := func(rows ...int) (out []string) {
		for _, r := range rows {
			out = append(out, seg[r][0])
		}
		return out
	}
	en := func(rows ...int) (out []string) {
		for _, r := range rows {
			out = append(out, seg[r][1])
		}
		return out
	}
	return []struct {
		file, prefix                       string
		lang                               Lang
		body                               []string
		title, titleZH, date, author, site string
		furniture                          []string
	}{
		{file: "news-en.html", lang: EN, body: en(18, 52, 15),
			title: "Thunberg tells world leaders: 'You have stolen my dreams'", date: "2019-09-24", author: "Jane Harlow", site: "The Daily Ledger",
			furniture: []string{"Skip to", "cookies", "World", "Subscribe", "Home", "By Jane Harlow", "Advertisement", "Photo", "Reuters",
				"Share", "Related", "Climate strikes spread", "Most read", "Markets slide", "briefing", "About us", "©", "rights reserved", "24 September"}},
		{file: "news-zh.html", lang: ZH, body: zh(18, 52, 15),
			title: "桑伯格对世界领导人说：你们偷走了我的梦想", titleZH: "桑伯格对世界领导人说：你们偷走了我的梦想", date: "2019-09-24", author: "王明", site: "每日纪事",
			furniture: []string{"跳到", "Cookie", "首页", "国际", "记者", "广告", "分享", "相关阅读", "气候罢工蔓延", "关于我们", "版权所有"}},
		{file: "portal-gbk.html", lang: ZH, body: zh(30, 46, 47, 13),
			title: "约翰逊称不会推迟脱欧", titleZH: "约翰逊称不会推迟脱欧", date: "2019-10-01", site: "示例网",
			furniture: []string{"首页", "登录", "财经", "当前位置", "来源", "责任编辑", "热门文章", "月饼", "推广", "关于我们", "Copyright", "版权所有"}},
		{file: "clip-big5.html", lang: ZH, body: []string{
			"科學家發現在距離地球 30 光年的一個類太陽系星系中，一顆巨大的類木行星圍繞著微小的紅矮星執行，這完全顛覆了現有的行星形成理論，科學家對此十分驚訝。",
			"黑洞強大的引力將恆星撕裂，恆星的一些物質被拋入太空，其餘物質被吸入黑洞，在吞噬過程中形成一團熾熱明亮的氣體。"},
			title: "科學家發現顛覆行星形成理論的星系", titleZH: "科學家發現顛覆行星形成理論的星系",
			furniture: []string{"Copyright", "New York Times"}},
		{file: "header-cp1252.html", prefix: `<meta charset="windows-1252">` + "\n", lang: EN, body: []string{
			"“Education workers have been under attack for decades,” he continued. “We are finally standing up and fighting back. It's one thing to see classism and the squeezing of the middle class in the corporate world as executives see their relatively obscene pay continue to go up at rates above inflation. But for the same thing to be happening in education is not something workers will continue to tolerate.”",
			"Labour argued that the plan was the “simplest and most democratic way to stop no deal.”"},
			title: "Teachers’ strike enters its second week"},
	}
}

func TestWebPages(t *testing.T) {
	for _, tc := range webPageCases(t) {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile("testdata/web/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			a, err := Parse(append([]byte(tc.prefix), data...))
			if err != nil {
				t.Fatal(err)
			}
			if got := paragraphs(a, tc.lang); !reflect.DeepEqual(got, tc.body) {
				t.Errorf("paragraphs\n%q\nwant\n%q", got, tc.body)
			}
			for _, p := range a.Pairs {
				for _, f := range tc.furniture {
					if strings.Contains(p.ZH+p.EN, f) {
						t.Errorf("a paragraph holds the page's %q: %q", f, p.ZH+p.EN)
					}
				}
			}
			if a.Title != tc.title || a.TitleZH != tc.titleZH || a.Date != tc.date || a.Author != tc.author || a.Source != tc.site {
				t.Errorf("title %q (zh %q) date %q author %q source %q\nwant %q (zh %q) %q %q %q",
					a.Title, a.TitleZH, a.Date, a.Author, a.Source, tc.title, tc.titleZH, tc.date, tc.author, tc.site)
			}
			if tc.lang == ZH && a.TitleEN != "" {
				t.Errorf("a Chinese page got the English title %q", a.TitleEN)
			}
			if a.Format != FormatHTML {
				t.Errorf("format %q", a.Format)
			}
		})
	}
}

func TestWebPagesThatAreNoArticle(t *testing.T) {
	login, err := os.ReadFile("testdata/web/login.html")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		page []byte
	}{
		{"a sign-in page", login},
		{"an empty page a script fills", []byte(`<!DOCTYPE html><html><head><title>Loading…</title></head><body><div id="app"></div><script src="/app.js"></script></body></html>`)},
		{"navigation only", []byte(`<html><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><footer>© 2024 Site</footer></body></html>`)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse(tc.page)
			if !errors.Is(err, ErrNoText) || !strings.Contains(err.Error(), "web page") {
				t.Errorf("Parse = %v, %v; want ErrNoText saying it is a web page without an article", a, err)
			}
		})
	}
}

// TestWebPageKeptWhole checks that pages Tandem must read whole are not cut
// down by readability: both languages on one page, or no chrome.
func TestWebPageKeptWhole(t *testing.T) {
	seg := wmt(t)
	var b strings.Builder
	b.WriteString(`<html><head><title>Brexit</title></head><body><nav><a href="/">Home</a></nav><div class="story">`)
	for _, r := range []int{30, 46, 47} {
		fmt.Fprintf(&b, "<p>%s</p>\n<p>%s</p>\n", seg[r][1], seg[r][0])
	}
	b.WriteString(`<div class="aside-note"><p>Short note.</p></div></div></body></html>`)
	a, err := Parse([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Pairs) != 4 || a.Pairs[0].EN != seg[30][1] || a.Pairs[0].ZH != seg[30][0] || a.Pairs[3].EN != "Short note." {
		t.Errorf("a bilingual page lost text: %d pairs, first %q / %q", len(a.Pairs), a.Pairs[0].EN, a.Pairs[0].ZH)
	}
}

func TestLinkedData(t *testing.T) {
	cases := []struct {
		name, script string
		want         linkedData
	}{
		{"NewsArticle", `{"@type":"NewsArticle","headline":"Fed holds","datePublished":"2024-03-20T18:00:00Z","author":{"@type":"Person","name":"Ann Lee"},"publisher":{"name":"Wire"}}`,
			linkedData{headline: "Fed holds", date: "2024-03-20", author: "Ann Lee", publisher: "Wire"}},
		{"a graph with a web page first", `{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Site home"},{"@type":["Article","NewsArticle"],"headline":"英伟达两面下注","author":[{"name":"王明"},{"name":"李华"}]}]}`,
			linkedData{headline: "英伟达两面下注", author: "王明, 李华"}},
		{"a list, the author a string", `[{"@type":"BreadcrumbList"},{"@type":"BlogPosting","name":"Notes","author":"Kim","dateCreated":"2023-01-02"}]`,
			linkedData{headline: "Notes", author: "Kim", date: "2023-01-02"}},
		{"CDATA around it", `<![CDATA[{"@type":"Report","headline":"Q3 outlook"}]]>`, linkedData{headline: "Q3 outlook"}},
		{"not an article", `{"@type":"Organization","name":"Wire"}`, linkedData{}},
		{"not JSON", `{"@type": "NewsArticle", headline}`, linkedData{}},
		{"a bad date", `{"@type":"NewsArticle","datePublished":"yesterday"}`, linkedData{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var ld linkedData
			ld.read(tc.script)
			if ld != tc.want {
				t.Errorf("got %+v, want %+v", ld, tc.want)
			}
		})
	}
}

func TestBoilerplateLine(t *testing.T) {
	cases := []struct {
		line   string
		drop   bool
		byline string
	}{
		{"© 2019 The Daily Ledger. All rights reserved.", true, ""},
		{"Copyright 2024 The New York Times Company", true, ""},
		{"版权所有 © 2019 每日纪事", true, ""},
		{"Skip to main content", true, ""},
		{"跳到主要内容", true, ""},
		{"Advertisement", true, ""},
		{"广告", true, ""},
		{"Photo: Lucas Jackson/Reuters", true, ""},
		{"图片来源：新华社", true, ""},
		{"Related stories", true, ""},
		{"相关阅读", true, ""},
		{"责任编辑：李华", true, ""},
		{"We use cookies to improve your experience.", true, ""},
		{"By Jane Harlow", true, "Jane Harlow"},
		{"By Ann Lee and Bo Chen", true, "Ann Lee and Bo Chen"},
		{"记者 王明", true, "王明"},
		{"Google said it would phase out third-party cookies in Chrome by next year.", false, ""},
		{"By the end of the year, rates had risen.", false, ""},
		{"Related parties held 40% of the shares.", false, ""},
		{"Copyright law is the subject of the case, which the court will hear in March after a long delay that neither side wanted.", false, ""},
		{"记者会上，王明表示公司不会裁员。", false, ""},
	}
	for _, tc := range cases {
		t.Run(tc.line, func(t *testing.T) {
			drop, byline := boilerplateLine(tc.line)
			if drop != tc.drop || byline != tc.byline {
				t.Errorf("boilerplateLine = %v, %q; want %v, %q", drop, byline, tc.drop, tc.byline)
			}
		})
	}
}

func TestPortalTitles(t *testing.T) {
	cases := []struct {
		title, site string
		want        []string
	}{
		{"约翰逊称不会推迟脱欧_国际新闻_示例网", "", []string{"约翰逊称不会推迟脱欧"}},
		{"Fed holds rates - Markets - The Wire", "", []string{"Fed holds rates"}},
		{"英伟达两面下注 | Nvidia hedges its bet | FT中文网", "", []string{"英伟达两面下注", "Nvidia hedges its bet"}},
		{"Covid-19 vaccine rollout slows", "", []string{"Covid-19 vaccine rollout slows"}},
	}
	for _, tc := range cases {
		t.Run(tc.title, func(t *testing.T) {
			if got := titleParts(tc.title, tc.site); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("titleParts = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDeclaredCharset(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(simplified)
	big5, _ := traditionalchinese.Big5.NewEncoder().String(traditional)
	cases := []struct {
		name string
		data string
		text string
		enc  Encoding
	}{
		{"meta charset GBK", `<meta charset="gbk"><p>` + gbk, `<meta charset="gbk"><p>` + simplified, GB18030},
		{"http-equiv gb2312", `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><p>` + gbk, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><p>` + simplified, GB18030},
		{"meta charset Big5", `<meta charset=big5><p>` + big5, `<meta charset=big5><p>` + traditional, Big5},
		{"Windows-1252", "<meta charset=\"windows-1252\"><p>caf\xe9 \x93quoted\x94", "<meta charset=\"windows-1252\"><p>café “quoted”", "windows-1252"},
		{"UTF-8 under an old GBK declaration", `<meta charset="gbk"><p>` + simplified, `<meta charset="gbk"><p>` + simplified, UTF8},
		{"an unknown charset is guessed", `<meta charset="x-unknown"><p>` + big5, `<meta charset="x-unknown"><p>` + traditional, Big5},
		{"a UTF-16 declaration is not believed", `<meta charset="utf-16le"><p>` + big5, `<meta charset="utf-16le"><p>` + traditional, Big5},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, err := Decode([]byte(tc.data))
			if err != nil || text != tc.text || enc != tc.enc {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", text, enc, err, tc.text, tc.enc)
			}
		})
	}
}

// FuzzHTMLDoc reads any page: htmlDoc never panics, gives no empty block
// or line, and keeps no line that is page furniture in a page it cut down.
// Seeded with the table tests and the saved pages.
func FuzzHTMLDoc(f *testing.F) {
	for _, seed := range []string{
		`<html><head><title>Page | Site</title><meta property="og:title" content="Nvidia hedges"></head><body><p>Text.</p></body></html>`,
		`<body><nav>Home</nav><script>var x = "英伟达";</script><p>Kept.</p><footer>© 2026</footer></body>`,
		`<title>英伟达两面下注 | Nvidia hedges its bet | FT中文网</title><h1>英伟达两面下注</h1><p>Text.</p>`,
		`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","headline":"x","author":[{"name":"a"}]}]}</script><p>y</p>`,
		`<div class="cookie-banner">We use cookies</div><p class="byline">By Ann Lee</p><p>2019-10-01 08:30 来源：示例网</p>`,
	} {
		f.Add(seed)
	}
	for _, name := range []string{"news-en.html", "news-zh.html", "portal-gbk.html", "clip-big5.html", "login.html"} {
		data, err := os.ReadFile("testdata/web/" + name)
		if err != nil {
			f.Fatal(err)
		}
		if text, _, err := Decode(data); err == nil {
			f.Add(text)
		}
	}
	f.Fuzz(func(t *testing.T, page string) {
		d := htmlDoc(page)
		for _, b := range d.blocks {
			if len(b) == 0 {
				t.Fatalf("an empty block in %q", d.blocks)
			}
			for _, l := range b {
				if l == "" || l != strings.TrimSpace(l) {
					t.Fatalf("line %q is empty or untrimmed", l)
				}
				if len(b) == 1 {
					if drop, _ := boilerplateLine(l); drop {
						t.Fatalf("furniture %q kept as a paragraph", l)
					}
				}
			}
		}
		Parse([]byte(page)) // must not panic
	})
}

// BenchmarkParseWebPage parses a large saved news page (about 400 KB: 2,000
// paragraphs among a site's chrome), through readability, and the same
// paragraphs as a plain page read whole: the ratio is readability's cost.
func BenchmarkParseWebPage(b *testing.B) {
	page, err := os.ReadFile("testdata/web/news-en.html")
	if err != nil {
		b.Fatal(err)
	}
	seg := wmt(b)
	var body strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&body, "<p>%s</p>\n", seg[1+i%250][1])
		if i%20 == 0 {
			body.WriteString(`<div class="ad-slot"><span>Advertisement</span></div>` + "\n")
		}
	}
	pages := []struct{ name, page string }{
		{"chrome", strings.Replace(string(page), `<div class="story-body">`, `<div class="story-body">`+body.String(), 1)},
		{"plain", "<html><head><title>Plain</title></head><body>" + body.String() + "</body></html>"},
	}
	for _, p := range pages {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(p.page)))
			for range b.N {
				a, err := Parse([]byte(p.page))
				if err != nil || len(a.Pairs) < 2000 {
					b.Fatalf("%v, %d pairs", err, len(a.Pairs))
				}
			}
		})
	}
}

func TestWebPageByline(t *testing.T) {
	seg := wmt(t)
	page := `<html><head><title>Brexit talks</title></head><body><header><nav><a href="/">Home</a></nav></header><article>` +
		`<h1>Brexit talks</h1><div class="author-name">Ann Lee</div>` +
		"<p>" + seg[30][1] + "</p><p>" + seg[46][1] + "</p><p>" + seg[47][1] + "</p><p>" + seg[13][1] + "</p></article></body></html>"
	cases := []struct{ name, page, author string }{
		{"a byline paragraph", strings.Replace(page, `<div class="author-name">Ann Lee</div>`, `<p>By Ann Lee</p>`, 1), "Ann Lee"},
		{"readability's byline without By", page, "Ann Lee"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Parse([]byte(tc.page))
			if err != nil {
				t.Fatal(err)
			}
			if a.Author != tc.author || len(a.Pairs) != 4 {
				t.Errorf("author %q, %d pairs; want %q, 4", a.Author, len(a.Pairs), tc.author)
			}
		})
	}
}
