package article

import (
	"reflect"
	"testing"
)

func TestStripInline(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"strong", "the investment was **not** binding", "the investment was not binding"},
		{"strong with underscores", "__OpenAI__ raised money", "OpenAI raised money"},
		{"emphasis with a star", "a *27%* stake", "a 27% stake"},
		{"emphasis with underscores", "_according to people familiar_.", "according to people familiar."},
		{"two emphases side by side", "_one_ _two_ _three_", "one two three"},
		{"Chinese emphasis with stars", "这笔投资*并不*具有约束力", "这笔投资并不具有约束力"},
		{"snake_case is not emphasis", "see file_name_here", "see file_name_here"},
		{"strike-through", "~~binding~~ nonbinding", "binding nonbinding"},
		{"link keeps its text", "partners such as [Microsoft](https://microsoft.com)", "partners such as Microsoft"},
		{"reference link", "see [the note][1]", "see the note"},
		{"image is dropped", "![chart](chart.png) Revenue", "Revenue"},
		{"autolink", "<https://example.com>", "https://example.com"},
		{"code span", "call `Parse` first", "call Parse first"},
		{"inline HTML", "a <b>bold</b> claim", "a bold claim"},
		{"escaped stars stay", `2 \* 3 \* 4 is *24*`, "2 * 3 * 4 is 24"},
		{"escaped underscore", `\_not em\_`, "_not em_"},
		{"arithmetic is not emphasis", "2 * 3 * 4", "2 * 3 * 4"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := stripInline(tc.in); got != tc.want {
				t.Errorf("stripInline(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestMarkdownDoc(t *testing.T) {
	cases := []struct {
		name    string
		in      string
		title   titlePair
		blocks  [][]string
		dropped []string
	}{
		{"front matter ends the file", "---\ntitle: Nvidia\n---", titlePair{en: "Nvidia"}, nil, []string{"---", "title: Nvidia", "---"}},
		{"heading repeating the front matter title is dropped", "---\ntitle: Nvidia\n---\n# Nvidia\n\nText.",
			titlePair{en: "Nvidia"}, [][]string{{"Text."}}, []string{"---", "title: Nvidia", "---", "# Nvidia"}},
		{"another heading stays a paragraph", "---\ntitle: Nvidia\n---\n# Something else\n\nText.",
			titlePair{en: "Nvidia"}, [][]string{{"Something else"}, {"Text."}}, []string{"---", "title: Nvidia", "---"}},
		{"first level-one heading is the title", "# Nvidia hedges\n\n## Part 1\nText.\n\n# Second",
			titlePair{en: "Nvidia hedges"}, [][]string{{"Part 1"}, {"Text."}, {"Second"}}, []string{"# Nvidia hedges"}},
		{"a heading in each language is the title in each", "# 英伟达两面下注\n\n文字。\n\n# Nvidia hedges\n\nText.",
			titlePair{zh: "英伟达两面下注", en: "Nvidia hedges"}, [][]string{{"文字。"}, {"Text."}}, []string{"# 英伟达两面下注", "# Nvidia hedges"}},
		{"lists, quotes and rules", "- one\n- two\n\n> quoted\n\n---\n\n1. first",
			titlePair{}, [][]string{{"one"}, {"two"}, {"quoted"}, {"first"}}, nil},
		{"an item's lines stay together", "* 发布时间：2023 年 11 月 1 日\n* 版本号：V4.2.1\n  续行\n\nText.",
			titlePair{}, [][]string{{"发布时间：2023 年 11 月 1 日"}, {"版本号：V4.2.1", "续行"}, {"Text."}}, nil},
		{"fenced code is kept as text", "```\nx := 1\n```\nafter",
			titlePair{}, [][]string{{"x := 1"}, {"after"}}, nil},
		{"HTML comments are left out", "Intro.\n\n<!-- truncate -->\n\nBody <!-- a note --> text.\n\n<!--\nhidden\n-->\nLast.",
			titlePair{}, [][]string{{"Intro."}, {"Body text."}, {"Last."}}, nil},
		{"a comment in code is code", "```\n<!-- kept -->\n```",
			titlePair{}, [][]string{{"<!-- kept -->"}}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := markdownDoc(tc.in)
			if d.meta.title != tc.title || !reflect.DeepEqual(d.blocks, tc.blocks) || !reflect.DeepEqual(d.dropped, tc.dropped) {
				t.Errorf("title %q blocks %q dropped %q\nwant %q, %q, %q", d.meta.title, d.blocks, d.dropped, tc.title, tc.blocks, tc.dropped)
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	got := frontMatter("title: \"Nvidia: a hedge\"\nauthor: Parmy Olson\ndate: 2026-02-04T12:30:00+08:00\n" +
		"site = 'Bloomberg'\nid: FB404C39\ntags: [ai]\nnot a key\ndate2: 2026-13-01")
	want := meta{title: titlePair{en: "Nvidia: a hedge"}, author: "Parmy Olson", date: "2026-02-04", source: "Bloomberg", sourceID: "fb404c39"}
	if got != want {
		t.Errorf("frontMatter = %+v, want %+v", got, want)
	}
	if m := frontMatter("publishdate: 2019-03-19\ndate: 2019-04-01"); m.date != "2019-03-19" {
		t.Errorf("publishdate gave %q, want the first date named", m.date)
	}
	for _, c := range []struct{ block, want string }{
		{`authors: ["volcano", "kevin"]`, "volcano, kevin"},
		{"authors: [a, b]", "a, b"},
		{"authors:\n  - volcano\n  - 'kevin'\ndate: 2024-05-21", "volcano, kevin"},
		{"author: Parmy Olson [FT]", "Parmy Olson [FT]"},
	} {
		if m := frontMatter(c.block); m.author != c.want {
			t.Errorf("frontMatter(%q).author = %q, want %q", c.block, m.author, c.want)
		}
	}
	if m := frontMatter("date: 2026-02-30"); m.date != "" {
		t.Errorf("an impossible date was kept: %q", m.date)
	}
}

func TestLooksLike(t *testing.T) {
	cases := []struct {
		name       string
		text       string
		html, mark bool
	}{
		{"digest", "← 返回 Avalaches\n\n在 2026 年。", false, false},
		{"HTML page", "<!DOCTYPE html>\n<html><body><p>x</p></body></html>", true, false},
		{"XHTML with prolog", "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>x</body></html>", true, false},
		{"HTML after a comment", "<!-- saved from url -->\n<html>", true, false},
		{"text that mentions a tag", "Use <p> for paragraphs.", false, false},
		{"heading", "# Nvidia\n\ntext", false, true},
		{"front matter", "---\ntitle: x\n---\ntext", false, true},
		{"bold", "the **key** point", false, true},
		{"link", "see [this](http://x)", false, true},
		{"fence", "```\ncode\n```", false, true},
		{"hash without space", "#hashtag text", false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := looksLikeHTML(tc.text); got != tc.html {
				t.Errorf("looksLikeHTML = %v", got)
			}
			if got := looksLikeMarkdown(tc.text); got != tc.mark {
				t.Errorf("looksLikeMarkdown = %v", got)
			}
		})
	}
}
