package article

import (
	"reflect"
	"testing"
)

func TestHTMLDoc(t *testing.T) {
	cases := []struct {
		name   string
		in     string
		meta   meta
		blocks [][]string
	}{
		{"title and meta tags", `<html><head><title>Page | Site</title>` +
			`<meta property="og:title" content="Nvidia hedges"><meta name="author" content="Parmy Olson">` +
			`<meta property="og:site_name" content="Site"><meta name="date" content="2026-02-04"></head>` +
			`<body><p>Text.</p></body></html>`,
			meta{title: titlePair{en: "Nvidia hedges"}, author: "Parmy Olson", source: "Site", date: "2026-02-04"}, [][]string{{"Text."}}},
		{"navigation, scripts, forms and footer are skipped", `<body><nav>Home</nav><script>var x = "英伟达";</script>` +
			`<style>p{}</style><p>Kept.</p><form><button>Subscribe</button></form><aside>Related</aside>` +
			`<footer>© 2026</footer><noscript>Enable JS</noscript></body>`,
			meta{}, [][]string{{"Kept."}}},
		{"the h1 repeating the title is dropped", `<title>Nvidia hedges</title><h1>Nvidia hedges</h1><p>Text.</p>`,
			meta{title: titlePair{en: "Nvidia hedges"}}, [][]string{{"Text."}}},
		{"a title in two languages, the site left out", `<title>英伟达两面下注 | Nvidia hedges its bet | FT中文网</title>` +
			`<meta property="og:site_name" content="FT中文网"><p>Text.</p>`,
			meta{title: titlePair{zh: "英伟达两面下注", en: "Nvidia hedges its bet"}, source: "FT中文网"}, [][]string{{"Text."}}},
		{"the site's name is not a title", `<title>Nvidia hedges - The Site</title><meta property="og:site_name" content="The Site"><p>x</p>`,
			meta{title: titlePair{en: "Nvidia hedges"}, source: "The Site"}, [][]string{{"x"}}},
		{"a dash inside one title is kept", `<title>Fed holds - and markets shrug</title><p>x</p>`,
			meta{title: titlePair{en: "Fed holds - and markets shrug"}}, [][]string{{"x"}}},
		{"a Chinese h1 beside an English title is the Chinese title", `<title>Nvidia hedges</title><h1>Nvidia hedges</h1>` +
			`<h1>英伟达两面下注</h1><p>Text.</p><p>文字。</p>`,
			meta{title: titlePair{zh: "英伟达两面下注", en: "Nvidia hedges"}}, [][]string{{"Text."}, {"文字。"}}},
		{"another h1 is kept", `<title>Site</title><h1>Nvidia hedges</h1><p>Text.</p>`,
			meta{title: titlePair{en: "Site"}}, [][]string{{"Nvidia hedges"}, {"Text."}}},
		{"br breaks a line, inline elements do not", `<p>Nvidia <b>denies</b> it.<br>英伟达<i>否认</i>。</p>`,
			meta{}, [][]string{{"Nvidia denies it.", "英伟达否认。"}}},
		{"entities and white space", "<p>AT&amp;T &eacute;t&eacute;\n   and\tmore&nbsp;text</p>",
			meta{}, [][]string{{"AT&T été and more text"}}},
		{"time element gives the date", `<article><time datetime="2026-02-05T08:00">Feb 5</time><p>x</p></article>`,
			meta{date: "2026-02-05"}, [][]string{{"Feb 5"}, {"x"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := htmlDoc(tc.in)
			if d.meta != tc.meta || !reflect.DeepEqual(d.blocks, tc.blocks) {
				t.Errorf("meta %+v blocks %q\nwant %+v, %q", d.meta, d.blocks, tc.meta, tc.blocks)
			}
		})
	}
}

func TestLangOf(t *testing.T) {
	cases := []struct {
		name, text string
		want       Lang
	}{
		{"English", "Nvidia denies it.", EN},
		{"Chinese", "英伟达否认。", ZH},
		{"Chinese full of Latin names", "Microsoft Copilot 仍被批评混乱、受限、难用", ZH},
		{"English quoting a Chinese term", "The phrase 不具约束力 means nonbinding in the filing.", EN},
		{"numbers only", "2026-02-05 12:30", ""},
		{"traditional Chinese", "輝達執行長表示", ZH},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := langOf(tc.text); got != tc.want {
				t.Errorf("langOf(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
