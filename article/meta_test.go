package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDeriveTitle(t *testing.T) {
	cases := []struct {
		name  string
		pairs []Pair
		want  string
	}{
		{"short English sentence, period dropped", []Pair{{ZH: "英伟达否认。", EN: "Nvidia denies it. It will invest."}}, "Nvidia denies it"},
		{"long English sentence cut at a word", []Pair{{EN: "In Parmy Olson’s Feb. 4, 2026 (GMT+8, 12:30) commentary, Nvidia CEO Jensen Huang is reported to have told associates."}},
			"Nvidia CEO Jensen Huang is reported to have told associates"},
		{"dateline and agency", []Pair{{EN: "LONDON, Feb 4 (Reuters) - Copper prices rose on Tuesday."}}, "Copper prices rose on Tuesday"},
		{"dateline of a commentary", []Pair{{EN: "WASHINGTON, DC – Last April, the Fed held rates."}}, "Last April, the Fed held rates"},
		{"a byline is not a title", []Pair{{EN: "By Parmy Olson"}, {EN: "Nvidia denies it."}}, "Nvidia denies it"},
		{"capitals that are not a dateline", []Pair{{EN: "AI - the word of the year."}}, "AI - the word of the year"},
		{"cut keeps a closing bracket", []Pair{{EN: "Nvidia (the chipmaker) and OpenAI (the lab) and Microsoft (the software maker) are in talks about money."}},
			"Nvidia (the chipmaker) and OpenAI (the lab) and Microsoft (the software maker)…"},
		{"first pair has no English", []Pair{{ZH: "要点"}, {ZH: "英伟达否认。", EN: "Nvidia denies it."}}, "Nvidia denies it"},
		{"Chinese only, cut at a comma", []Pair{{ZH: "英伟达执行长黄仁勋被指称向业界人士表示,先前对 OpenAI 所宣布的 1,000 亿美元投资其实不具约束力。"}},
			"英伟达执行长黄仁勋被指称向业界人士表示,先前对 OpenAI 所宣布的…"},
		{"Chinese dateline", []Pair{{ZH: "华盛顿特区—去年四月，美联储按兵不动。"}}, "去年四月，美联储按兵不动"},
		{"Chinese agency dateline", []Pair{{ZH: "新华社北京2月4日电 铜价周二上涨。"}}, "铜价周二上涨"},
		{"Chinese lead-in", []Pair{{ZH: "在 2026 年 2 月 4 日 Parmy Olson 的评论中,英伟达否认。"}}, "英伟达否认"},
		{"a date alone is not a title", []Pair{{EN: "February 4, 2026"}, {EN: "Nvidia denies it."}}, "Nvidia denies it"},
		{"a sentence full of figures is", []Pair{{EN: "GDP grew 5.2% in 2023, 3.1% in 2024 and 2.8% in 2025."}}, "GDP grew 5.2% in 2023, 3.1% in 2024 and 2.8% in 2025"},
		{"one long word", []Pair{{EN: "Supercalifragilisticexpialidocious-supercalifragilisticexpialidocious-supercalifragilistic"}},
			"Supercalifragilisticexpialidocious-supercalifragilisticexpialidocious-supercalif…"},
		{"nothing", nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			for i := range tc.pairs {
				alignSentences(&tc.pairs[i], nil, 0)
			}
			got := deriveTitle(tc.pairs, EN)
			if got == "" {
				got = deriveTitle(tc.pairs, ZH)
			}
			if got != tc.want {
				t.Errorf("deriveTitle = %q, want %q", got, tc.want)
			}
			if n := utf8.RuneCountInString(got); n > maxTitleEN+1 {
				t.Errorf("title of %d runes, longer than %d and an ellipsis", n, maxTitleEN)
			}
		})
	}
}

func TestDeriveAuthor(t *testing.T) {
	cases := []struct {
		name   string
		zh, en string
		want   string
	}{
		{"English commentary", "", "In Parmy Olson’s Feb. 4 commentary, Nvidia CEO Jensen Huang spoke.", "Parmy Olson"},
		{"English column, straight apostrophe", "", "In Parmy Olson's latest column, she argues the point.", "Parmy Olson"},
		{"Chinese commentary", "在 Parmy Olson 的评论中,英伟达否认。", "", "Parmy Olson"},
		{"both languages agree", "在 Parmy Olson 的评论中。", "In Parmy Olson’s commentary, Huang spoke.", "Parmy Olson"},
		{"languages disagree", "在 David Rainville 的评论中。", "In Parmy Olson’s commentary, Huang spoke.", ""},
		{"byline", "", "By Parmy Olson", "Parmy Olson"},
		{"Chinese byline", "作者:彭博专栏作家", "", "彭博专栏作家"},
		{"middle initial", "", "In David A. Rainville’s analysis, Copilot lags.", "David A. Rainville"},
		{"a publication is not an author", "", "In The Wall Street Journal’s analysis, Copilot lags.", ""},
		{"a bank is not an author", "", "In Goldman Sachs’ research note, Nvidia looks cheap.", ""},
		{"a firm in Chinese is not an author", "Sycomore Sustainable Tech 的分析指出。", "", ""},
		{"a title before the name", "", "In OpenAI CEO Sam Altman’s blog post, he wrote.", ""},
		{"one word is not a name", "", "In Nvidia’s report, revenue rose.", ""},
		{"no commentary word", "", "In Parmy Olson’s view, Nvidia hedges.", ""},
		{"people quoted are not authors", "文中引述 David Rainville 指出。", "The article quotes David Rainville warning of changes.", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := deriveAuthor([]Pair{{ZH: tc.zh, EN: tc.en}})
			if got != tc.want {
				t.Errorf("deriveAuthor = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTitleLines(t *testing.T) {
	const (
		zhBody = "美联储周三维持利率不变，并表示通胀仍然偏高。\n\n多数官员预计今年晚些时候降息。\n"
		enBody = "The Fed held rates on Wednesday and said inflation was still high.\n\nMost officials expect to cut later this year.\n"
	)
	cases := []struct {
		name             string
		zh, en           string // the versions of a pair; en alone when zh is ""
		titleZH, titleEN string
		firstEN          string // the English of the first row
	}{
		{"a heading over each version", "美联储按兵不动\n\n" + zhBody, "Fed holds rates\n\n" + enBody, "美联储按兵不动", "Fed holds rates",
			"The Fed held rates on Wednesday and said inflation was still high."},
		{"headings of a bilingual text, one under the other", "", "Fed holds rates\n美联储按兵不动\n\n" + interleave(zhBody, enBody),
			"美联储按兵不动", "Fed holds rates", "The Fed held rates on Wednesday and said inflation was still high."},
		{"after a digest header", "", "← 返回 Avalaches\n\n美联储按兵不动\n\n" + zhBody + "\n" + enBody,
			"美联储按兵不动", "The Fed held rates on Wednesday and said inflation was still high", "The Fed held rates on Wednesday and said inflation was still high."},
		{"a first sentence is not a heading", "", "Nvidia denies it.\n\nIt will invest a great deal of money.\n",
			"", "Nvidia denies it", "Nvidia denies it."},
		{"nor the first line of a wrapped paragraph", "", "The Fed held rates on Wednesday\nand said inflation was still high.\n\nMost officials expect a cut.\n",
			"", "The Fed held rates on Wednesday and said inflation was still high", "The Fed held rates on Wednesday and said inflation was still high."},
		{"nor a date on a line of its own", "2026年2月4日\n\n" + zhBody, "February 4, 2026\n\n" + enBody,
			"美联储周三维持利率不变，并表示通胀仍然偏高", "The Fed held rates on Wednesday and said inflation was still high", "February 4, 2026"},
		{"nor a byline", "", "By Parmy Olson\n\n" + enBody, "", "The Fed held rates on Wednesday and said inflation was still high", "By Parmy Olson"},
		{"nor the first of a list of short lines", "", "Rates held at 4.25%\n\nInflation at 3%\n\nJobs steady\n",
			"", "Rates held at 4.25%", "Rates held at 4.25%"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var a *Article
			var err error
			if tc.zh == "" {
				a, err = Parse([]byte(tc.en))
			} else {
				a, _, err = ParsePair("zh.txt", []byte(tc.zh), "en.txt", []byte(tc.en))
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.TitleZH != tc.titleZH || a.TitleEN != tc.titleEN {
				t.Errorf("titles %q / %q, want %q / %q", a.TitleZH, a.TitleEN, tc.titleZH, tc.titleEN)
			}
			if len(a.Pairs) == 0 || a.Pairs[0].EN != tc.firstEN {
				t.Errorf("first row %+v, want English %q", a.Pairs, tc.firstEN)
			}
		})
	}
}

// interleave puts the paragraphs of zh and en one after the other, each
// Chinese paragraph before its English.
func interleave(zh, en string) string {
	zs, es := strings.Split(strings.TrimSpace(zh), "\n\n"), strings.Split(strings.TrimSpace(en), "\n\n")
	var b strings.Builder
	for i := range zs {
		b.WriteString(zs[i] + "\n\n" + es[i] + "\n\n")
	}
	return b.String()
}
