package article

import "testing"

var leadDateCases = []struct {
	name string
	text string
	lang Lang
	want string
}{
	{"a press release's bracket, spaced", "(香港 - 2017 年 9 月 26 日)豐盛控股有限公司欣然宣佈", ZH, "2017-09-26"},
	{"full-width brackets", "（北京，2024年3月5日）公司今日公布业绩。", ZH, "2024-03-05"},
	{"square brackets", "【香港 2023年12月1日】本集团宣布", ZH, "2023-12-01"},
	{"an agency's dateline with its year", "新华社北京2024年3月5日电 国务院总理作报告。", ZH, "2024-03-05"},
	{"the day before the month", "(26 September 2018 – Hong Kong) Fullshare Holdings Limited is pleased to announce", EN, "2018-09-26"},
	{"the month before the day", "(Hong Kong, Sept. 26, 2017) The Group announces", EN, "2017-09-26"},
	{"a wire's dateline", "HONG KONG, Sept. 26, 2017 /PRNewswire/ -- The Group announced", EN, "2017-09-26"},
	{"a place and a dash", "BEIJING, 5 March 2024 – The premier delivered the report.", EN, "2024-03-05"},
	{"an agency's dateline without a year", "新华社北京2月4日电 铜价周二上涨。", ZH, ""},
	{"a date inside the text", "公司于2017年9月23日与银行订立协议。", ZH, ""},
	{"a bracket that is no dateline", "(Reuters) Copper rose on 4 February 2024.", EN, ""},
	{"no such day", "(香港 - 2017 年 2 月 30 日)公司宣布", ZH, ""},
	{"no such month", "(26 Septober 2018 – Hong Kong) The Group", EN, ""},
	{"a date in a bracket after the lead", "The Group (26 September 2018) announced", EN, ""},
}

func TestLeadDate(t *testing.T) {
	for _, tc := range leadDateCases {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := leadDateIn(tc.text, tc.lang); got != tc.want {
				t.Errorf("leadDateIn(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestLeadDateOfPair(t *testing.T) {
	zh := "間接子公司訂立五年合作協議\n\n(香港 - 2017 年 9 月 26 日)豐盛控股有限公司欣然宣佈，本集團於 2017 年 9 月 23 日訂立協議。\n\n協議為期五年。\n"
	en := "Indirect Subsidiary Entered into a 5-year Agreement\n\n(26 September 2018 – Hong Kong) Fullshare Holdings Limited is pleased to announce that on 23 September 2017 the Group entered into an agreement.\n\nThe agreement runs five years.\n"
	a, _, err := ParsePair("zh.md", []byte(zh), "en.md", []byte(en))
	if err != nil {
		t.Fatal(err)
	}
	if a.Date != "2017-09-26" {
		t.Errorf("Date = %q, want the Chinese dateline's 2017-09-26 (the English says 2018)", a.Date)
	}
	noHeading, err := Parse([]byte("(26 September 2018 – Hong Kong) Fullshare Holdings Limited is pleased to announce an agreement.\n\nIt runs five years.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Fullshare Holdings Limited is pleased to announce an agreement"; noHeading.TitleEN != want || noHeading.Date != "2018-09-26" {
		t.Errorf("title %q, date %q; want %q and 2018-09-26: the dateline belongs to the date", noHeading.TitleEN, noHeading.Date, want)
	}
}

func FuzzLeadDate(f *testing.F) {
	for _, tc := range leadDateCases {
		f.Add(tc.text, tc.lang == ZH)
	}
	f.Fuzz(func(t *testing.T, text string, zh bool) {
		l := EN
		if zh {
			l = ZH
		}
		date, end := leadDateIn(text, l)
		if date != "" && !validDate(date) {
			t.Errorf("leadDateIn(%q) = %q, no date", text, date)
		}
		if end < 0 || end > len(text) || end > 0 && date == "" {
			t.Errorf("leadDateIn(%q) ends the dateline at %d", text, end)
		}
	})
}
