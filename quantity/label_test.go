package quantity

import (
	"slices"
	"strings"
	"testing"

	"tandem/article"
)

// labelCases are texts and the labels labelsIn finds in them, as kind and
// number.
var labelCases = []struct {
	lang article.Lang
	text string
	want []string
}{
	{article.ZH, "根据侵权责任法第38条规定", []string{"article 38"}},
	{article.ZH, "第二十四条 申请初始注册的", []string{"article 24"}},
	{article.ZH, "里斯本条约第50款和第三章第二节", []string{"article 50", "chapter 3", "section 2"}},
	{article.ZH, "他第3次获奖，排名第十", nil},
	{article.ZH, "第三部分和第7部分，一部分", []string{"section 3", "section 7"}},
	{article.ZH, "<div id=sec7>section 8…</div>，第2节", []string{"section 2", "section 8"}},
	{article.EN, "According to Article 37 of Tort Liability Law", []string{"article 37"}},
	{article.EN, "start the article 50 of the Lisbon Treaty, and Rule 56 and Chapter 3", []string{"article 50", "article 56", "chapter 3"}},
	{article.EN, "Section 2, paragraph 4 and item 7", []string{"section 2", "article 4", "article 7"}},
	{article.EN, "subparagraph 4 of paragraph 1 of Article 52", []string{"article 4", "article 1", "article 52"}},
	{article.ZH, "第五十二條第一項第四款", []string{"article 52", "article 1", "article 4"}},
	{article.EN, "Article 38-1(2), Articles 32 through 33-2 and Article4, Paragraph2", []string{"article 38.1", "article 32", "article 33.2", "article 4", "article 2"}},
	{article.EN, "the first paragraph of the preceding Article, the Second Subparagraph", []string{"article 1", "article 2"}},
	{article.EN, "Paragraph (1)  The term.  Paragraph (2)  When; the first article we wrote", []string{"list 1", "list 2", "article 1"}},
	{article.ZH, "如下：  一、申請書。  二、可行性分析。（三）資料。", []string{"item 1", "item 2", "item 3"}},
	{article.EN, "as follows:  1. Application;  2. A study. (3) Data; thirty (30) times", []string{"item 1", "item 2", "item 3"}},
	{article.EN, "the 3rd article, 50 articles and Article XV", []string{"article 15"}},
	{article.EN, "Part XI of the Convention, Table C and Part IVb", []string{"section 11"}},
	{article.ZH, "《公约》第一六二条和第十一部分", []string{"article 162", "section 11"}},
	{article.ZH, "除图二外，见附表18；他试图三次", []string{"chart 2", "table 18"}},
	{article.EN, "At about peanut butter cookie #30 the lever stopped", []string{"number 30"}},
	{article.ZH, "大约在花生酱曲奇 ＃30 的时候", []string{"number 30"}},
	{article.EN, "#2024Election and #fff", nil},
	{article.EN, "They earned a gritty 2&1 win, then won 4 & 3", []string{"match result 201", "match result 403"}},
	{article.ZH, "以3&1击败了他们", []string{"match result 301"}},
	{article.EN, "R&D and AT&T, 123&4", nil},
	{article.EN, "3 1/2 Stars Remedy", []string{"mixed fraction 3.5"}},
	{article.ZH, "3 1/2 星", []string{"mixed fraction 3.5"}},
	{article.EN, "on 2 3/4 and 1/2, 2024 3/4, 1.5 1/2", []string{"mixed fraction 2.75"}},
	{article.ZH, "违反了第2118(2013)号决议和第688(XXXV)号决议", []string{"number 2,118", "number 688"}},
	{article.EN, "a violation of resolution 2118 (2013) and resolutions 1970 and 1973", []string{"number 2,118", "number 1,970", "number 1,973"}},
	{article.ZH, "第9和11段规定的措施，第4至6条，第2.2条", []string{"article 9", "article 11", "article 4", "article 5", "article 6", "article 2.2"}},
	{article.EN, "paragraphs 9 and 11, articles 4 to 6 and article 2.2", []string{"article 9", "article 11", "article 4", "article 5", "article 6", "article 2.2"}},
	{article.ZH, "修正第 45-1、72-2 條；增訂第 19-2～19-5 條；第三十八條之一", []string{"article 45.1", "article 72.2", "article 19.2", "article 19.3", "article 19.4", "article 19.5", "article 38.1"}},
	{article.ZH, "（第66章）第31页的第1類機構", []string{"chapter 66", "page 31", "category 1"}},
	{article.EN, "(Cap. 66), page 31, Category 1 institutions", []string{"chapter 66", "page 31", "category 1"}},
	{article.ZH, "（圖3）见表2，地图4，代表5人", []string{"chart 3", "table 2"}},
	{article.EN, "(Chart 3), see Table 2 and Figure 4", []string{"chart 3", "table 2", "chart 4"}},
	{article.ZH, "圖 2021 年市場匯率", nil},
	{article.ZH, "政府财政收入出现下降（见图表1）", []string{"chart 1"}},
	{article.EN, "Figures 4-21, 4-22, and 4-23; Figures 2-5", []string{"chart 4.21", "chart 4.22", "chart 4.23", "chart 2", "chart 3", "chart 4", "chart 5"}},
}

func TestLabelsIn(t *testing.T) {
	for _, tc := range labelCases {
		var got []string
		for _, l := range labelsIn(tc.text, tc.lang) {
			got = append(got, l.kind+" "+formatValue(l.q.Value, Plain))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("labelsIn(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// FuzzLabelsIn holds labelsIn to labels whose text is their number as the
// text writes it, and labelMismatches to findings inside their pair.
func FuzzLabelsIn(f *testing.F) {
	for _, tc := range labelCases {
		f.Add(tc.text, tc.lang == article.ZH)
	}
	f.Fuzz(func(t *testing.T, text string, zh bool) {
		text = strings.ToValidUTF8(text, "\uFFFD")
		lang := article.EN
		if zh {
			lang = article.ZH
		}
		rs := []rune(text)
		for _, l := range labelsIn(text, lang) {
			if l.q.Start < 0 || l.q.End > len(rs) || string(rs[l.q.Start:l.q.End]) != l.q.Text || l.kind == "" {
				t.Fatalf("label %+v not in %q", l, text)
			}
		}
		for _, m := range labelMismatches(0, labelsIn(text, article.ZH), labelsIn(text, article.EN), text, text, false) {
			if m.End > len(rs) || string(rs[m.Start:m.End]) != m.Text {
				t.Fatalf("finding %+v not in %q", m, text)
			}
		}
	})
}
