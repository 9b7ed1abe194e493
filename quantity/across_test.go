package quantity

import (
	"slices"
	"strings"
	"testing"

	"tandem/article"
)

// TestAcrossPairs checks figures that a pairing moves across the border
// of two pairs: lowered when the pair beside reports them in the other
// language, reported when the pair beside states them in both or when
// their own pair gives another figure in their place.
func TestAcrossPairs(t *testing.T) {
	for _, tc := range acrossCases {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Pairs: tc.pairs}
			wantReported(t, a, tc.want)
			if tc.why == "" {
				return
			}
			all := CheckAll(a)
			if len(all) == 0 {
				t.Fatal("CheckAll found nothing: the case reads no figure")
			}
			for _, m := range all {
				if !strings.Contains(m.Reason.String(), tc.why) {
					t.Errorf("%s %q: %s, want a reason with %q", m.Lang, m.Text, m.Reason, tc.why)
				}
			}
		})
	}
}

var acrossCases = []struct {
	name  string
	pairs []article.Pair
	want  []reported
	why   string // in the reason of every finding, when nothing is reported
}{
	{"a sentence moved to the next pair", []article.Pair{
		{ZH: "该计划已实施19年，股东累计指定捐款1.47亿美元。", EN: "About 97.3% of all eligible shares took part in the programme."},
		{ZH: "约97.3%的有效股份参与了该计划。", EN: "Over the 19 years of the programme, shareholders have directed $147 million."},
	}, nil, "states it in the pair"},
	{"a sentence moved to the pair before", []article.Pair{
		{ZH: "会议于1989年召开。", EN: "The meeting was held in 1989. It lasted 3 days."},
		{ZH: "会议持续3天，共有40人出席。", EN: "Forty people attended."},
	}, nil, "states it in the pair"},
	{"the pair beside states it in both languages", []article.Pair{
		{ZH: "营收增长了5%。", EN: "Revenue grew."},
		{ZH: "利润增长了5%。", EN: "Profit grew 5%."},
	}, []reported{{0, article.ZH, "5%"}}, ""},
	{"a heading's version that the text after states in both languages", []article.Pair{
		{ZH: "Linux防火墙发行版 IPFire 发布新版本", EN: "IPFire 2.13 Firewall OS Receives OpenSSL Fixes"},
		{ZH: "Michael Tremer 发布了 IPFire 2.13 的最新稳定版本。", EN: "Michael Tremer has announced IPFire 2.13, a new stable release."},
	}, nil, "both texts state it in the pair after"},
	{"a figure the pair before states in both languages, restated in one", []article.Pair{
		{ZH: "保底防护带宽30 Gbps，实际攻击流量只有45 Gbps，如何收费？", EN: "If the basic protection bandwidth is 30 Gbit/s and the attacks reach 45 Gbit/s, how are you charged?"},
		{ZH: "攻击流量小于30 Gbps的部分不会额外计费。", EN: "You are charged only for the traffic above the basic protection."},
	}, nil, "both texts state it in the pair before"},
	{"a figure restated in one language, changed", []article.Pair{
		{ZH: "保底防护带宽30 Gbps，实际攻击流量只有45 Gbps，如何收费？", EN: "If the basic protection bandwidth is 30 Gbit/s and the attacks reach 45 Gbit/s, how are you charged?"},
		{ZH: "攻击流量小于35 Gbps的部分不会额外计费。", EN: "You are charged only for the traffic above the basic protection."},
	}, []reported{{1, article.ZH, "35"}}, ""},
	{"a figure restated against another in its own pair", []article.Pair{
		{ZH: "保底防护带宽30 Gbps，实际攻击流量只有45 Gbps，如何收费？", EN: "If the basic protection bandwidth is 30 Gbit/s and the attacks reach 45 Gbit/s, how are you charged?"},
		{ZH: "攻击流量小于30 Gbps的部分不会额外计费。", EN: "Traffic below 40 Gbit/s is not charged."},
	}, []reported{{1, article.ZH, "30"}, {1, article.EN, "40"}}, ""},
	{"a heading's version changed", []article.Pair{
		{ZH: "Linux防火墙发行版 IPFire 发布新版本", EN: "IPFire 2.14 Firewall OS Receives OpenSSL Fixes"},
		{ZH: "Michael Tremer 发布了 IPFire 2.13 的最新稳定版本。", EN: "Michael Tremer has announced IPFire 2.13, a new stable release."},
	}, []reported{{0, article.EN, "2.14"}}, ""},
	{"a whole text the pair beside repeats", []article.Pair{
		{ZH: "工程合約 6", EN: "Site Formation Works"},
		{ZH: "工程合約 6", EN: "Site Formation Works - Contract 6"},
	}, nil, "repeats its clause"},
	{"a clause the pair beside repeats word for word", []article.Pair{
		{ZH: "美国人约排放量约20吨，贫穷国家人均不到一吨，全球人均排放量约为5吨", EN: "For each American, it's about 20 tons; for people in poor countries, it's less than one ton."},
		{ZH: "美国人约排放量约20吨，贫穷国家人均不到一吨，全球人均排放量约为5吨", EN: "It's an average of about five tons for everyone on the planet."},
	}, nil, "repeats its clause"},
	{"a clause the pair beside repeats, its figure changed", []article.Pair{
		{ZH: "美国人约排放量约20吨，贫穷国家人均不到一吨，全球人均排放量约为5吨", EN: "For each American, it's about 20 tons; for people in poor countries, it's less than one ton."},
		{ZH: "美国人约排放量约20吨，贫穷国家人均不到一吨，全球人均排放量约为6吨", EN: "It's an average of about five tons for everyone on the planet."},
	}, []reported{{0, article.ZH, "5"}, {1, article.ZH, "20"}, {1, article.ZH, "6"}, {1, article.EN, "five"}}, ""},
	{"a partner in its own pair", []article.Pair{
		{ZH: "公司成立于1999年。", EN: "The company was founded in 1998."},
		{ZH: "它随后上市。", EN: "It listed in 1999."},
	}, []reported{{0, article.ZH, "1999年"}, {0, article.EN, "1998"}, {1, article.EN, "1999"}}, ""},
	{"a run of figures shifted by a pair", []article.Pair{
		{ZH: "逾期申报者，处新台币一千二百元以上一万二千元以下罚款。", EN: "Late filers are fined."},
		{ZH: "未申报者，处新台币三千元以上三万元以下罚款。", EN: "The fine is not less than NT$1,200 but not more than NT$12,000."},
		{ZH: "该罚款由税务机关处分。", EN: "Non-filers are fined not less than NT$3,000 but not more than NT$30,000."},
	}, nil, "states it in the pair"},
	{"a run shifted with a figure changed stays reported", []article.Pair{
		{ZH: "逾期申报者，处新台币一千二百元以上一万二千元以下罚款。", EN: "Late filers are fined."},
		{ZH: "未申报者，处新台币三千元以上三万元以下罚款。", EN: "The fine is not less than NT$1,200 but not more than NT$12,000."},
		{ZH: "该罚款由税务机关处分。", EN: "Non-filers are fined not less than NT$3,000 but not more than NT$40,000."},
	}, []reported{{0, article.ZH, "新台币一千二百元"}, {0, article.ZH, "一万二千元"}, {1, article.ZH, "三万元"},
		{1, article.EN, "NT$1,200"}, {1, article.EN, "NT$12,000"}, {2, article.EN, "NT$40,000"}}, ""},
	{"a pair apart", []article.Pair{
		{ZH: "会议于1989年召开。", EN: "The meeting was held."},
		{ZH: "会议持续三天。", EN: "It lasted three days."},
		{ZH: "此后再未举行。", EN: "It has not met since 1989."},
	}, []reported{{0, article.ZH, "1989年"}, {2, article.EN, "1989"}}, ""},
	{"a Markdown table against prose", []article.Pair{
		{ZH: "平均响应时间为8959ms，每个请求插入199条数据。", EN: "Label | Samples | Average | Median --- | --- | --- | --- vertices | 37162 | 8959 | 9595"},
	}, nil, "a table against prose"},
	{"a Markdown table after prose", []article.Pair{
		{ZH: "平均响应时间为8959ms。", EN: "The average response time is 8959ms.\n\n| Label | Samples |\n| --- | --- |\n| vertices | 37162 |"},
	}, []reported{{0, article.EN, "37162"}}, ""},
	{"tables numbered apart", []article.Pair{
		{ZH: "配置项请分别参见表2和表3。", EN: "For the configuration items, see Table 1 and Table 2, respectively."},
		{ZH: "表 2 pam_pwquality.so配置项说明", EN: "Table 1 Configuration items in pam_pwquality.so"},
		{ZH: "表 3 pam_pwhistory.so配置项说明", EN: "Table 2 Configuration items in pam_pwhistory.so"},
	}, nil, "in a series of its own"},
	{"a table changed among tables numbered alike", []article.Pair{
		{ZH: "配置项请分别参见表1和表2。", EN: "For the configuration items, see Table 1 and Table 2, respectively."},
		{ZH: "表 1 pam_pwquality.so配置项说明", EN: "Table 1 Configuration items in pam_pwquality.so"},
		{ZH: "表 3 pam_pwhistory.so配置项说明", EN: "Table 2 Configuration items in pam_pwhistory.so"},
	}, []reported{{2, article.ZH, "3"}, {2, article.EN, "2"}}, ""},
	{"charts numbered by chapter in one language", []article.Pair{
		{ZH: "如图3-3所示，城市人口持续增长。", EN: "As shown in Figure 5, urban population keeps growing."},
		{ZH: "如图3-6所示，排放趋于平稳。", EN: "As Figure 8 shows, emissions have levelled off."},
	}, nil, "in a series of its own"},
	{"the following year of a year in the pair before", []article.Pair{
		{ZH: "他在2011年大选中失去了议席。", EN: "He lost his seat in the 2011 election."},
		{ZH: "2012年，他在《海峡时报》头版撰文，呼吁新加坡人多生育。", EN: "He issued a rare appeal the following year for Singaporeans to reproduce."},
	}, nil, "the year after 2011"},
	{"the following year of another year in the pair before", []article.Pair{
		{ZH: "他在2011年大选中失去了议席。", EN: "He lost his seat in the 2011 election."},
		{ZH: "2013年，他在《海峡时报》头版撰文，呼吁新加坡人多生育。", EN: "He issued a rare appeal the following year for Singaporeans to reproduce."},
	}, []reported{{1, article.ZH, "2013年"}}, ""},
}

// TestTablesCompared checks that two tables, one in each language, are
// compared figure by figure.
func TestTablesCompared(t *testing.T) {
	p := article.Pair{
		ZH: "| 标签 | 样本 |\n| --- | --- |\n| 顶点 | 37162 |",
		EN: "| Label | Samples |\n| --- | --- |\n| vertices | 37163 |",
	}
	want := []reported{{0, article.ZH, "37162"}, {0, article.EN, "37163"}}
	if got := reportedOf(CheckPair(0, &p)); !slices.Equal(got, want) {
		t.Errorf("CheckPair = %v, want %v", got, want)
	}
}

// FuzzCheckAll holds CheckAll to the figures each pair alone lists (dated
// by the article), in order, each as likely or less: the pairs beside one
// only ever lower a figure. Seeded from TestAcrossPairs.
func FuzzCheckAll(f *testing.F) {
	for _, tc := range acrossCases {
		p := slices.Concat(tc.pairs, []article.Pair{{}, {}})
		f.Add(p[0].ZH, p[0].EN, p[1].ZH, p[1].EN)
	}
	f.Fuzz(func(t *testing.T, zh1, en1, zh2, en2 string) {
		a := &article.Article{Pairs: []article.Pair{{ZH: zh1, EN: en1}, {ZH: zh2, EN: en2}, {ZH: zh1, EN: en2}}}
		var alone []Mismatch
		ctx := articleContext{report: reportDateOf(a), tablesApart: tablesApart(a)}
		for i := range a.Pairs {
			alone = append(alone, checkPair(i, &a.Pairs[i], ctx)...)
		}
		all := CheckAll(a)
		if len(all) != len(alone) {
			t.Fatalf("CheckAll lists %d figures, the pairs alone %d", len(all), len(alone))
		}
		for k, m := range all {
			if m.Quantity != alone[k].Quantity || m.Confidence > alone[k].Confidence {
				t.Fatalf("CheckAll's %+v against the pair alone's %+v", m, alone[k])
			}
		}
	})
}
