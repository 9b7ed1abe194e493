package quantity

import (
	"slices"
	"strings"
	"testing"

	"tandem/article"
)

func TestReportDateOf(t *testing.T) {
	for _, tc := range []struct {
		name, date, zh string
		want           reportDate
	}{
		{"a dateline with its month", "", "新华社北京4月10日电据此间收到的消息", reportDate{0, 4, 10}},
		{"the year from the article's date", "2002-04-10", "新华社北京4月10日电据此间收到的消息", reportDate{2002, 4, 10}},
		{"a dateline with its year", "", "新华社华盛顿2003年1月2日电（记者）", reportDate{2003, 1, 2}},
		{"a day in Chinese numerals", "2003-01-02", "（法新社巴黎二日电）法国总统", reportDate{2003, 1, 2}},
		{"a day of the month before", "2003-01-01", "（法新社巴黎三十一日电）法国总统", reportDate{2002, 12, 31}},
		{"a report of December published in January", "2003-01-01", "新华社北京12月31日电", reportDate{2002, 12, 31}},
		{"traditional characters", "", "中央社台北二十一日電", reportDate{0, 0, 21}},
		{"no dateline: the article's date", "2026-02-04", "在 2026 年 2 月 4 日的评论中", reportDate{2026, 2, 4}},
		{"a date later in the text is no dateline", "", "会议将于今年5月20日在北京举行，届时将有一百多个国家的代表出席并发表讲话，此后电视台将转播", reportDate{}},
		{"no day before 电", "", "新华社北京电据此间收到的消息", reportDate{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Date: tc.date, Pairs: []article.Pair{{ZH: "标题", EN: "Title"}, {ZH: tc.zh, EN: "x"}}}
			if got := reportDateOf(a); got != tc.want {
				t.Errorf("reportDateOf(%q, %q) = %v, want %v", tc.date, tc.zh, got, tc.want)
			}
		})
	}
}

func TestCheckReportsByTheirDate(t *testing.T) {
	const (
		april10, april10EN = "新华社北京4月10日电据此间收到的消息，中东局势紧张。", "Beijing, April 10, (Xinhua)-- According to reports, tension rose in the Middle East."
		april16, april16EN = "新华社耶路撒冷4月16日电中东局势紧张。", "Jerusalem, April 16, (Xinhua)-- Tension rose in the Middle East."
	)
	for _, tc := range []struct {
		name, date string
		zh, en     string
		want       []reported // of the pair after the dateline's
	}{
		{"a weekday", "2002-04-10", "布什9日在白宫会见罗伯逊。", "Bush met Robertson at the White House on Tuesday.", nil},
		{"another weekday", "2002-04-10", "布什9日在白宫会见罗伯逊。", "Bush met Robertson at the White House on Monday.", []reported{{1, article.ZH, "9"}}},
		{"a weekday without the year", "", "布什9日在白宫会见罗伯逊。", "Bush met Robertson at the White House on Tuesday.", []reported{{1, article.ZH, "9"}}},
		{"yesterday", "", "布什9日在白宫会见罗伯逊。", "Bush met Robertson at the White House yesterday.", nil},
		{"yesterday, a day changed", "2002-04-10", "布什8日在白宫会见罗伯逊。", "Bush met Robertson at the White House yesterday.", []reported{{1, article.ZH, "8"}}},
		{"today and tomorrow", "2002-04-10", "鲍威尔10日下午和11日上午将分别会见沙龙和阿拉法特。", "Powell will meet Sharon this afternoon and Arafat tomorrow morning.", nil},
		{"two weekdays", "2002-04-16", "鲍威尔16日下午和17日上午将分别会见沙龙和阿拉法特。", "Powell will meet Sharon on Tuesday afternoon and Arafat on Wednesday morning.", nil},
		{"two weekdays, a day changed", "2002-04-16", "鲍威尔17日下午和17日上午将分别会见沙龙和阿拉法特。", "Powell will meet Sharon on Tuesday afternoon and Arafat on Wednesday morning.",
			[]reported{{1, article.ZH, "17"}, {1, article.ZH, "17"}}},
		{"a date by its weekday", "2002-04-10", "布什4月9日在白宫会见罗伯逊。", "Bush met Robertson at the White House on Tuesday.", nil},
		{"a date by its weekday, changed", "2002-04-10", "布什4月8日在白宫会见罗伯逊。", "Bush met Robertson at the White House on Tuesday.", []reported{{1, article.ZH, "4月8日"}}},
		{"yesterday and an ordinal before a noun", "2002-04-10", "9日，七号矿井发生瓦斯爆炸，这是该矿第8次事故。", "A gas explosion took place in the 7th mine yesterday, the 8th accident there.", nil},
		{"yesterday and a day as an ordinal", "2002-04-10", "9日，矿井发生瓦斯爆炸。", "A gas explosion took place in the mine on the 8th.", []reported{{1, article.ZH, "9"}}},
		{"a weekday more than a week away", "2002-04-10", "会议将于25日举行。", "The meeting will be held on Thursday.", []reported{{1, article.ZH, "25"}}},
		{"the English gives another day", "2002-04-10", "布什9日在白宫会见罗伯逊。", "Bush met Robertson at the White House on Tuesday, the 8th.", []reported{{1, article.ZH, "9"}}},
		{"parts a label numbers alike, in a later pair", "2013-11-09", "其中，经济方面开6条(第二至第七部分)。", "The economy from Part 2 to Part 7.", []reported{{1, article.ZH, "6"}}},
		{"this year by the report's date", "2020-05-22", "2019年和今年以来工作回顾", "A review of our work in 2019 and the first few months of 2020", nil},
		{"this year by the report's date, another year", "2020-05-22", "2019年和今年以来工作回顾", "A review of our work in 2019 and the first few months of 2021", []reported{{1, article.EN, "2021"}}},
		{"last year by the report's date, a year changed", "2003-01-16", "2001年上海港的集装箱吞吐量完成634万箱，去年达到861.2万箱。", "In 2002, the Port of Shanghai handled 6.34 million TEUs. Last year it handled 8.612 million.",
			[]reported{{1, article.ZH, "2001年"}, {1, article.EN, "2002"}}},
		{"a month by its place from the report's", "2002-04-10", "美联储将于5月降息，3月已经降息一次。", "The Fed is going to cut rates next month, having cut once last month.", nil},
		{"a month by its place from the report's, changed", "2002-04-10", "美联储将于6月降息。", "The Fed is going to cut rates next month.", []reported{{1, article.ZH, "6月"}}},
		{"a month by its place from the dateline's month, changed", "", "美联储将于6月降息。", "The Fed is going to cut rates next month.", []reported{{1, article.ZH, "6月"}}},
		{"a date last week", "2002-04-10", "布什4月3日在白宫会见罗伯逊。", "Bush met Robertson at the White House last week.", nil},
		{"a date before last week", "2002-04-10", "布什3月20日在白宫会见罗伯逊。", "Bush met Robertson at the White House last week.", []reported{{1, article.ZH, "3月20日"}}},
		{"a month alone in a span of weeks", "2002-04-10", "在4月的两周，他的胜算从21%升至28%。", "Over the past two weeks his chances rose from 21% to 28%.", nil},
		{"the end of a span of weeks", "2002-04-10", "在截至4月8日的6周里，逾100万人失去了工作。", "More than 1m people lost their jobs over the past six weeks.", nil},
		{"a month the other language says in words too", "2002-04-10", "4月份价格上涨0.6%，上月为0.9%。", "Prices rose 0.6 per cent, from 0.9 per cent the previous month.", []reported{{1, article.ZH, "4月"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			zh, en := april10, april10EN
			if tc.date == "2002-04-16" {
				zh, en = april16, april16EN
			}
			a := &article.Article{Date: tc.date, Pairs: []article.Pair{{ZH: zh, EN: en}, {ZH: tc.zh, EN: tc.en}}}
			wantReported(t, a, tc.want)
		})
	}
}

// wantReported checks that Check reports want on a, and logs every
// finding with its confidence and reason when it does not.
func wantReported(t *testing.T, a *article.Article, want []reported) {
	t.Helper()
	if got := reportedOf(Check(a)); !slices.Equal(got, want) {
		t.Errorf("Check = %v, want %v", got, want)
		for _, m := range CheckAll(a) {
			t.Logf("  %s %q %.1f %s", m.Lang, m.Text, m.Confidence, m.Reason)
		}
	}
}

// TestCheckByArticleDate checks pairs of an article dated by its metadata
// alone, with no dateline: figures named by their place from that date.
func TestCheckByArticleDate(t *testing.T) {
	for _, tc := range []struct {
		name, date string
		zh, en     string
		want       []reported
	}{
		{"the report's year against another the English states more often", "2025-01-28", "Rust 团队公布了 2025 年下半年的 26 个项目目标，包括发布 Rust 2024 版本。",
			"The Rust team has announced 26 project goals for the second half of 2024, including the release of Rust version 2024.", []reported{{0, article.ZH, "2025 年"}}},
		{"the report's year the English leaves unsaid", "2025-01-28", "Rust 团队公布了 2025 年下半年的 26 个项目目标。", "The Rust team has announced 26 project goals for the second half.", nil},
		{"a year by the years since it", "2001-02-28", "该公司1912年由一位手表匠在西雅图创立。", "It is a business started 89 years ago in Seattle.", nil},
		{"a year by the years since it, changed", "2001-02-28", "该公司1915年由一位手表匠在西雅图创立。", "It is a business started 89 years ago in Seattle.",
			[]reported{{0, article.ZH, "1915年"}, {0, article.EN, "89 years"}}},
		{"last year in a letter early in the year", "2006-02-28", "2004年我曾放言其业务将在2005年实现盈利。", "I said last year that this business would earn money in 2005.", nil},
		{"a month from a report dated a week later", "2024-05-04", "中国在4月发出了一个警告信号。", "It fired a warning shot earlier this month.", nil},
		{"a month from a report dated a week later, changed", "2024-05-04", "中国在3月发出了一个警告信号。", "It fired a warning shot earlier this month.", []reported{{0, article.ZH, "3月"}}},
		{"a month by its place from another month", "2026-06-10", "10年期美國國債利率從4月的4.37%上升至4.44%。", "The 10-year US Treasury yield ended May at 4.44%, up from 4.37% a month earlier.", nil},
		{"a month by its place from another month, changed", "2026-06-10", "10年期美國國債利率從3月的4.37%上升至4.44%。", "The 10-year US Treasury yield ended May at 4.44%, up from 4.37% a month earlier.", []reported{{0, article.ZH, "3月"}}},
		{"a month by its place from another month across the year", "2026-02-10", "收益率從12月的4.37%上升至1月的4.44%。", "The yield ended January at 4.44%, up from 4.37% a month earlier.", nil},
		{"the past month", "2020-07-10", "近1个月，稳定币的市场规模虽然在持续上涨，但是上涨速度已不如4月和5月。", "Although the market capitalization continues to grow, the growth rate has slowed in June when compared to April and May.", nil},
		{"the past month, another month", "2020-07-10", "近1个月，稳定币的市场规模虽然在持续上涨，但是上涨速度已不如4月和5月。", "Although the market capitalization continues to grow, the growth rate has slowed in July when compared to April and May.", []reported{{0, article.EN, "July"}}},
		{"the beginning of the decade", "2017-08-04", "2010年，这些公司开始转向中国市场。", "At the beginning of this decade, these companies turned to China.", nil},
		{"the beginning of another decade", "2017-08-04", "2000年，这些公司开始转向中国市场。", "At the beginning of this decade, these companies turned to China.", []reported{{0, article.ZH, "2000年"}}},
		{"a month after another, in another year", "2024-01-05", "2012 年 10 月小组会议研议策略，2012 年 11 月院会决议。", "In October 2013, the strategy was discussed. A month later, the Executive Yuan took the initiative.",
			[]reported{{0, article.ZH, "2012 年 10 月"}, {0, article.ZH, "2012 年 11 月"}, {0, article.EN, "October 2013"}}},
		{"a month after another, in its year", "2024-01-05", "2013 年 10 月小组会议研议策略，2013 年 11 月院会决议。", "In October 2013, the strategy was discussed. A month later, the Executive Yuan took the initiative.", nil},
		{"this month in traditional Chinese", "2021-12-20", "在這個月，比特幣上漲了10%。", "In December, bitcoin rose 10%.", nil},
		{"this month in traditional Chinese, changed", "2021-12-20", "在這個月，比特幣上漲了10%。", "In November, bitcoin rose 10%.", []reported{{0, article.EN, "November"}}},
		{"a weekday in a translation dated days later", "2017-09-18", "9月8日，美元兑人民币汇率跌至6.50后继续下探。", "On Friday, dollar-yuan fell through 6.50.", nil},
		{"a weekday in a translation dated days later, changed", "2017-09-18", "9月7日，美元兑人民币汇率跌至6.50后继续下探。", "On Friday, dollar-yuan fell through 6.50.", []reported{{0, article.ZH, "9月7日"}}},
		{"last month with its year", "2024-01-05", "英国海军于2023年12月上旬进行了联合演习。", "Britain's navy held a joint exercise early last month.", nil},
		{"last month with another year", "2024-01-05", "英国海军于2022年12月上旬进行了联合演习。", "Britain's navy held a joint exercise early last month.", []reported{{0, article.ZH, "2022年12月"}}},
		{"a month without its year beside another year", "2024-01-05", "2023年11月，中国政府公布了一项计划，提出要在2025年实现大规模生产人形机器人。",
			"In November the government published a plan calling for the mass production of humanoids by 2025.", nil},
		{"a month without its year beside another year, changed", "2024-01-05", "2021年11月，中国政府公布了一项计划，提出要在2025年实现大规模生产人形机器人。",
			"In November the government published a plan calling for the mass production of humanoids by 2025.", []reported{{0, article.ZH, "2021年11月"}}},
		{"the end of the decade", "2024-01-05", "亚马逊正在谈论在2030年前实现无人机送货。", "Amazon is talking about delivering packages by drone by the end of the decade.", nil},
		{"the end of the decade, changed", "2024-01-05", "亚马逊正在谈论在2035年前实现无人机送货。", "Amazon is talking about delivering packages by drone by the end of the decade.", []reported{{0, article.ZH, "2035年"}}},
		{"this year and next", "2016-10-19", "该组织预计，今明两年中国经济增速将分别为6.6%和6.2%。", "The IMF has projected that China's economy will expand 6.6 per cent this year and 6.2 per cent in 2017.", nil},
		{"this year and next, changed", "2016-10-19", "该组织预计，今明两年中国经济增速将分别为6.6%和6.2%。", "The IMF has projected that China's economy will expand 6.6 per cent this year and 6.2 per cent in 2018.", []reported{{0, article.EN, "2018"}}},
		{"the rest of the decade", "2024-01-26", "到2030年前需要投资约8万亿美元。", "Some $8trn will need to be invested over the remainder of this decade.", nil},
		{"a day of this month", "2013-06-19", "数据预计会在本月27日左右公布。", "The data are expected to be released around 27 June 2013.", nil},
		{"a day of this month, changed", "2013-06-19", "数据预计会在本月28日左右公布。", "The data are expected to be released around 27 June 2013.",
			[]reported{{0, article.ZH, "28"}, {0, article.EN, "27 June 2013"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := &article.Article{Date: tc.date, Pairs: []article.Pair{{ZH: tc.zh, EN: tc.en}}}
			wantReported(t, a, tc.want)
		})
	}
}

func TestCheckNamesTheWeekday(t *testing.T) {
	a := &article.Article{Date: "2020-07-24", Pairs: []article.Pair{
		{ZH: "新华社布鲁塞尔7月24日电疫情反弹。", EN: "Brussels, July 24 (Xinhua) -- The outbreak rebounded."},
		{ZH: "比利时首相23日宣布，佩戴口罩的规定将更加严格。", EN: "The Belgian Prime Minister announced on Wednesday that the rules on masks would be tightened."},
	}}
	got := Check(a)
	if len(got) != 1 || got[0].Text != "23" || got[0].Confidence != confPartner ||
		got[0].Reason.String() != "the en text says Wednesday; 2020-07-23 is a Thursday" {
		t.Errorf("Check = %+v, want 23 reported as a Thursday", got)
	}
}

func TestCheckKeepsTheDateline(t *testing.T) {
	a := &article.Article{Date: "2002-04-01", Pairs: []article.Pair{
		{ZH: "新华社金边4月1日电柬越商品展销会1日在此间开幕。", EN: "Phnom Penh, April, (Xinhua)-- A commodity fair opened here today."},
	}}
	got := reportedOf(Check(a))
	if !slices.Contains(got, reported{0, article.ZH, "4月1日"}) {
		t.Errorf("Check = %v, want the dateline's 4月1日 reported: the English leaves its day out", got)
	}
}

func TestCheckReportAcrossMonths(t *testing.T) {
	a := &article.Article{Date: "2002-04-01", Pairs: []article.Pair{
		{ZH: "新华社北京4月1日电中东局势紧张。", EN: "Beijing, April 1, (Xinhua)-- Tension rose in the Middle East."},
		{ZH: "沙龙31日晚发表电视讲话。", EN: "Sharon gave a television speech on Sunday night."},
		{ZH: "阿拉法特31日晚发表声明。", EN: "Arafat issued a statement last night."},
	}}
	if got := Check(a); len(got) != 0 {
		t.Errorf("Check = %v, want nothing: the 31st is March's, a Sunday, the day before", reportedOf(got))
	}
}

func TestCheckBriefing(t *testing.T) {
	a := &article.Article{Date: "2026-06-10", Pairs: []article.Pair{
		{ZH: "据报道，9日，日本自民党通过了对修订“安保三文件”的建议草案。", EN: "Japan's LDP adopted a draft proposal on revising the country's three key security documents yesterday."},
		{ZH: "根据2026年端午节假期放假安排，例行记者会将于6月19日（周五）休会。", EN: "During the Dragon Boat Festival, there will be no regular press conference on Friday, June 19."},
		{ZH: "今年1至7月，巴拿马旗船舶占比近20％。", EN: "Panamanian-flagged vessels made up less than 20 percent since January."},
	}}
	if got := Check(a); len(got) != 0 {
		t.Errorf("Check = %v, want nothing: the 9th is yesterday, 2026 the year of the briefing, July the end of a period to date", reportedOf(got))
	}
	a.Pairs[0].ZH = strings.Replace(a.Pairs[0].ZH, "9日", "8日", 1)
	a.Pairs[1].ZH = strings.Replace(a.Pairs[1].ZH, "2026年", "2025年", 1)
	a.Pairs[2].EN = strings.Replace(a.Pairs[2].EN, "since January", "since March", 1)
	want := []reported{{0, article.ZH, "8"}, {0, article.EN, "three"}, {1, article.ZH, "2025年"}, {2, article.ZH, "1"}, {2, article.ZH, "7月"}, {2, article.EN, "March"}}
	if got := reportedOf(Check(a)); !slices.Equal(got, want) {
		t.Errorf("Check of the changed briefing = %v, want %v", got, want)
	}
}

func FuzzReportDateOf(f *testing.F) {
	for _, s := range []string{"新华社北京4月10日电据此间", "新华社华盛顿2003年1月2日电", "（法新社巴黎三十一日电）", "中央社台北二十一日電", "新华社北京电", "日电", "〇月〇日电", "99999年12月31日电"} {
		f.Add("2002-04-10", s)
	}
	f.Fuzz(func(t *testing.T, date, zh string) {
		a := &article.Article{Date: date, Pairs: []article.Pair{{ZH: zh, EN: "Tuesday, yesterday"}, {ZH: zh + "9日", EN: "on Tuesday"}}}
		r := reportDateOf(a)
		if r.day < 0 || r.day > 31 || r.month < 0 || r.month > 12 || r.year < 0 {
			t.Fatalf("reportDateOf(%q, %q) = %v, out of range", date, zh, r)
		}
		CheckAll(a)
	})
}
