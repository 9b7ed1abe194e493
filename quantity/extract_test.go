package quantity

import (
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"tandem/article"
)

// want is one expected quantity: its text, value and unit.
type want struct {
	text  string
	value float64
	unit  string
}

// extractCases is the table of TestExtract and the seed corpus of
// FuzzExtract.
var extractCases = []struct {
	name string
	lang article.Lang
	text string
	want []want
}{
	// Arabic numerals, scales and currencies.
	{"grouping commas and 亿 before 美元", article.ZH, "宣布的 1,000 亿美元投资", []want{{"1,000 亿美元", 1e11, USD}}},
	{"one o'clock and a half", article.ZH, "预定在一点半见面", []want{{"一点半", 130, Time}}},
	{"一时半会 is a while", article.ZH, "一时半会儿走不了", nil},
	{"一点半点 is a tiny bit", article.ZH, "没有一点半点的用处", nil},
	{"hindsight is 20-20", article.EN, "hindsight is 20-20.", nil},
	{"a score of 20-20 is read", article.EN, "The game ended 20-20.", []want{{"20", 20, Plain}, {"20", 20, Plain}}},
	{"a compound number word above a dozen", article.EN, "Sixty-four-bit software", []want{{"Sixty-four", 64, Plain}}},
	{"a compound count word", article.EN, "a two-way street", nil},
	{"a military time with its zone attached", article.EN, "until 10 a.m. (0200GMT) Monday", []want{{"10 a.m.", 1000, Time}, {"0200", 200, Plain}}},
	{"dollar sign and billion", article.EN, "his $100 billion investment", []want{{"$100 billion", 1e11, USD}}},
	{"a dollar amount without its leading zero", article.EN, "offering $.20 cashback", []want{{"$.20", 0.2, USD}}},
	{"a league's division", article.EN, "the junior division 1 winners", nil},
	{"a number word run together", article.EN, "Sally Thirtytwo is 8", []want{{"Thirtytwo", 32, Plain}, {"8", 8, Plain}}},
	{"a name that begins with a number word", article.EN, "the Fortyniners won", nil},
	{"打 as a dozen", article.ZH, "买了3打鸡蛋和二十打杯子", []want{{"3打", 36, Plain}, {"二十打", 240, Plain}}},
	{"打 as a verb", article.ZH, "他们三打一，十打九赢", nil},
	{"打 in a draw", article.ZH, "与狼队 1:1 打平", []want{{"1", 1, Plain}, {"1", 1, Plain}}},
	{"a dozen in digits", article.EN, "3 dozen donuts", []want{{"3 dozen", 36, Plain}}},
	{"a decade with 代 mistyped after its century", article.ZH, "20 世纪 90 年嗲搬到墨西哥城", nil},
	{"years after a century named earlier", article.ZH, "20世纪用了30年", []want{{"30年", 30, Years}}},
	{"a decade tokenized", article.EN, "in the 1920 ’ s and in the 1990 's", nil},
	{"markup is no figure", article.ZH, `<seg id="8">增长了3%</seg>`, []want{{"3%", 3, Percent}}},
	{"a less-than sign is no markup", article.ZH, "增长<5%", []want{{"5%", 5, Percent}}},
	{"a chemical formula tokenized", article.EN, "the pressure of O 2 and CO 2 emissions", nil},
	{"a section of a law with its parts", article.EN, "a 501(c)(3) corporation", []want{{"501(c)(3)", 501, Plain}}},
	{"a month without 月", article.ZH, "自2009年10以来", []want{{"2009年10", 20091000, Date}}},
	{"a count after a year", article.ZH, "2009年10家公司", []want{{"2009年", 2009, Year}, {"10", 10, Plain}}},
	{"Australian dollars with the sign before the A", article.EN, "contributing $A45,000", []want{{"$A45,000", 45000, AUD}}},
	{"数以万计 is vague", article.ZH, "数以十万计的家庭和数以百计的村庄", nil},
	{"零 twice in a word", article.ZH, "一条孤零零的窄轨铁路，零零星星", nil},
	{"a ratio is two numbers", article.EN, "in the ratio of 7:13, or a 2:1 ratio", []want{{"7", 7, Plain}, {"13", 13, Plain}, {"2", 2, Plain}, {"1", 1, Plain}}},
	{"a time is one", article.EN, "at 7:13 or 2:10 pm", []want{{"7:13", 713, Time}, {"2:10 pm", 1410, Time}}},
	{"ordinals before centuries are no days", article.EN, "On 12 May 1705 they came. Through the 18th and 19th centuries they moved west.", []want{{"12 May 1705", 17050512, Date}}},
	{"ordinals before a month are days", article.EN, "between 20:00 on July 25th and the 26th and 27th of July", []want{{"20:00", 2000, Time}, {"July 25th", 725, Date}, {"26th", 726, Date}, {"27th of July", 727, Date}}},
	{"兆 before a currency is 10^12", article.ZH, "约 1.4 兆美元的运算承诺", []want{{"1.4 兆美元", 1.4e12, USD}}},
	{"decimal and trillion", article.EN, "about $1.4 trillion in computing", []want{{"$1.4 trillion", 1.4e12, USD}}},
	{"兆 alone is 10^12", article.ZH, "背负 1.4 兆的承诺", []want{{"1.4 兆", 1.4e12, Plain}}},
	{"兆瓦 is mega-, not a scale", article.ZH, "装机 100 兆瓦。", []want{{"100", 100, Plain}}},
	{"兆赫 and 兆字节 are mega- too", article.ZH, "2400 兆赫,512 兆字节", []want{{"2400", 2400, Year}, {"512", 512, Plain}}},
	{"兆欧元 is money, 兆欧 is not", article.ZH, "1 兆欧元与 5 兆欧电阻", []want{{"1 兆欧元", 1e12, EUR}, {"5", 5, Plain}}},
	{"千米 is a unit, not a scale", article.ZH, "5 千米", []want{{"5", 5, Plain}}},
	{"万亿元 with 人民币 before", article.ZH, "人民币 3.5 万亿元", []want{{"人民币 3.5 万亿元", 3.5e12, CNY}}},
	{"万亿元人民币", article.ZH, "3.5 万亿元人民币的", []want{{"3.5 万亿元人民币", 3.5e12, CNY}}},
	{"RMB and trillion", article.EN, "RMB 3.5 trillion of debt", []want{{"RMB 3.5 trillion", 3.5e12, CNY}}},
	{"yuan after the number", article.EN, "3.5 trillion yuan", []want{{"3.5 trillion yuan", 3.5e12, CNY}}},
	{"US$ and bn", article.EN, "a US$13bn bet", []want{{"US$13bn", 1.3e10, USD}}},
	{"euro sign", article.EN, "a €5 billion fund", []want{{"€5 billion", 5e9, EUR}}},
	{"欧元", article.ZH, "50 亿欧元的基金", []want{{"50 亿欧元", 5e9, EUR}}},
	{"pound sign with m", article.EN, "a £3m fine", []want{{"£3m", 3e6, GBP}}},
	{"英镑 after 万", article.ZH, "300 万英镑罚款", []want{{"300 万英镑", 3e6, GBP}}},
	{"yen and 日元", article.EN, "500 billion yen", []want{{"500 billion yen", 5e11, JPY}}},
	{"元 alone", article.ZH, "每股 12.5 元", []want{{"12.5 元", 12.5, CNY}}},
	{"HK$", article.EN, "HK$2 billion", []want{{"HK$2 billion", 2e9, HKD}}},
	{"S$", article.EN, "for S$365.5 million", []want{{"S$365.5 million", 3.655e8, SGD}}},
	{"新加坡元", article.ZH, "拟斥资 3.7 亿新加坡元", []want{{"3.7 亿新加坡元", 3.7e8, SGD}}},
	{"fen after renminbi", article.ZH, "每股人民币1.5分，每股人民币5分之一", []want{{"人民币1.5分", 0.015, CNY}, {"人民币5", 5, CNY}}},
	{"a range in cents", article.ZH, "赚取5-6美分", []want{{"5", 0.05, USD}, {"6美分", 0.06, USD}}},
	{"a range of amounts in letters", article.EN, "$100m-200m of gold", []want{{"$100m", 1e8, USD}, {"200m", 2e8, USD}}},
	{"a day, a comma and its month", article.EN, "(5, December 2016)", []want{{"5, December 2016", 20161205, Date}}},
	{"a table's column in thousands", article.EN, "2016 RMB (‘000)", []want{{"2016", 2016, Year}}},
	{"dollars of a year", article.EN, "in 2012 dollars", []want{{"2012", 2012, Year}}},
	{"a year and a half", article.ZH, "一年半前，一年半载", []want{{"一年半", 1.5, Years}}},
	{"ten thousand and more hundred millions", article.ZH, "1萬多億元", []want{{"1萬多億元", 1e12, CNY}}},
	{"a day's name with a dot", article.ZH, "7‧21元朗", nil},
	{"a triennium", article.EN, "the 2012-15 triennium", []want{{"2012", 2012, Year}, {"15", 15, Plain}, {"triennium", 3, Years}}},
	{"dollars in words", article.EN, "100 million dollars", []want{{"100 million dollars", 1e8, USD}}},
	{"thousand", article.EN, "5 thousand units", []want{{"5 thousand", 5e3, Plain}}},
	{"千万 multiplies", article.ZH, "3 千万用户", []want{{"3 千万", 3e7, Plain}}},
	{"多 between number and scale", article.ZH, "100 多亿美元", []want{{"100 多亿美元", 1e10, USD}}},
	{"yen sign", article.EN, "¥500 billion", []want{{"¥500 billion", 5e11, YenOrYuan}}},
	{"lower-case unit attached", article.EN, "a 3nm chip", []want{{"3nm", 3, Plain}}},
	{"百分点 after a number", article.ZH, "2 百分点", []want{{"2 百分点", 2, Percent}}},
	{"full-width digits", article.ZH, "增长１２％", []want{{"１２％", 12, Percent}}},

	// Chinese numerals.
	{"一千亿", article.ZH, "一千亿美元", []want{{"一千亿美元", 1e11, USD}}},
	{"十八 alone", article.ZH, "十八", []want{{"十八", 18, Plain}}},
	{"十八 with a measure", article.ZH, "公司有十八名员工", []want{{"十八", 18, Plain}}},
	{"三分之一", article.ZH, "三分之一的收入", []want{{"三分之一", 1.0 / 3, Plain}}},
	{"百分之二十七", article.ZH, "持股百分之二十七", []want{{"百分之二十七", 27, Percent}}},
	{"千分之五", article.ZH, "费率千分之五", []want{{"千分之五", 0.5, Percent}}},
	{"两 with a measure", article.ZH, "两个窗口", []want{{"两", 2, Plain}}},
	{"spoken 两万五", article.ZH, "两万五", []want{{"两万五", 25000, Plain}}},
	{"taels of silver", article.ZH, "一万两银子和五百两黄金", []want{{"一万", 10000, Plain}, {"五百", 500, Plain}}},
	{"spoken 一万两 without silver", article.ZH, "一万两", []want{{"一万两", 12000, Plain}}},
	{"the first year of the Republic", article.ZH, "民国元年", []want{{"元年", 1912, Year}}},
	{"a class by its year", article.ZH, "他是七七级的大学生", []want{{"七七", 1977, Year}}},
	{"classes by their years", article.ZH, "六二至六五届", []want{{"六二", 1962, Year}, {"六五", 1965, Year}}},
	{"seven or eight, no class", article.ZH, "明天有七八级大风", nil},
	{"an ordinal, no class", article.ZH, "第六二届", nil},
	{"a date run into a web address", article.ZH, "www.a.com1999年1月6日", []want{{"1999年1月6日", 19990106, Date}}},
	{"a year of an emperor's era", article.ZH, "同治九年", []want{{"九年", 1870, Year}}},
	{"the first year of an emperor's era", article.ZH, "光緒元年", []want{{"元年", 1875, Year}}},
	{"an era's year glossed", article.ZH, "乾隆二十七年（公元一七六二年）", []want{{"一七六二年", 1762, Year}}},
	{"a range of years by their last digits", article.ZH, "一九七九至八二年", []want{{"一九七九", 1979, Year}, {"八二年", 1982, Year}}},
	{"a generation, no figure", article.ZH, "十五世祖", nil},
	{"hours and minutes run together", article.EN, "1hr25mins", []want{{"1hr25mins", 5100, Seconds}}},
	{"a race time in letters", article.EN, "clocked 1m 59.85s", []want{{"1m 59.85s", 119.85, Seconds}}},
	{"hours and minutes in letters", article.EN, "in 2h 13m", []want{{"2h 13m", 7980, Seconds}}},
	{"hours and minutes in letters in Chinese", article.ZH, "支持 2h45m 等", []want{{"2h45m", 9900, Seconds}}},
	{"a letter of one part is no time", article.EN, "rose 5m", []want{{"5m", 5, Plain}}},
	{"hours and minutes in words", article.EN, "2 hours 30 minutes", []want{{"2 hours 30 minutes", 9000, Seconds}}},
	{"a list of hours, no time", article.EN, "48 hours, 36 hours and 24 hours", []want{{"48 hours", 48, Hours}, {"36 hours", 36, Hours}, {"24 hours", 24, Hours}}},
	{"hours with a decimal, attached", article.EN, "3.5hours", []want{{"3.5hours", 3.5, Hours}}},
	{"a military time, no hours", article.EN, "at 2300hrs", []want{{"2300hrs", 2300, Plain}}},
	{"a range of times", article.EN, "5:00pm-7:00pm", []want{{"5:00pm", 1700, Time}, {"7:00pm", 1900, Time}}},
	{"a weekday in brackets, no figure", article.ZH, "2025年11月4日（二）", []want{{"2025年11月4日", 20251104, Date}}},
	{"an American date", article.EN, "ref. 10/12/21; 13/31/08; at 12/31/08", []want{{"10", 10, Plain}, {"12", 12, Plain}, {"21", 21, Plain}, {"13", 13, Plain}, {"31", 31, Plain}, {"08", 8, Plain}, {"12/31/08", 20081231, Date}}},
	{"the cent sign", article.EN, "earned 4.2¢ a share", []want{{"4.2¢", 0.042, USD}}},
	{"an item's number run into the year it opens with", article.ZH, "2.2003-2006年只有前10位国家排名数据", []want{{"2003", 2003, Year}, {"2006年", 2006, Year}, {"10", 10, Plain}}},
	{"a decimal that opens a text is no item's number", article.ZH, "1.2015 倍", []want{{"1.2015 倍", 1.2015, Multiple}}},
	{"small words run into digits by a PDF's conversion", article.EN, "Within the39predicted categories, increased byabout3.6times; band84 for20112012b", []want{{"39predicted", 39, Plain}, {"3.6times", 3.6, Plain}}},
	{"a number word run into a heading", article.EN, "MethodsFifty-seven women", []want{{"Fifty-seven", 57, Plain}}},
	{"a as the year in Chinese science", article.ZH, "叶的持续 2a多的分解；5A级景区", []want{{"2a", 2, Years}}},
	{"the duodenum is no twelve", article.ZH, "回肠>十二指肠>空肠", nil},
	{"an ordinal day in capitals", article.EN, "FOR THE SIX MONTHS ENDED 30TH JUNE, 2005", []want{{"SIX MONTHS", 6, Months}, {"30TH JUNE, 2005", 20050630, Date}}},
	{"a comma for the space after a month", article.EN, "Qianjiang, Hubei-March,5th, 2013; March,12 people", []want{{"March,5th, 2013", 20130305, Date}, {"March", 300, Date}, {"12", 12, Plain}}},
	{"Hong Kong cents", article.EN, "per share was HK4.97 cents (2009: HK(14.92 cents))", []want{{"HK4.97 cents", 0.0497, HKD}, {"2009", 2009, Year}, {"HK(14.92 cents", 0.1492, HKD}}},
	{"Hong Kong cents in Chinese", article.ZH, "每股盈利為港幣4.97仙，八仙过海", []want{{"港幣4.97仙", 0.0497, HKD}}},
	{"Hong Kong dollars named before the amount", article.ZH, "約為港幣342,369,000元", []want{{"港幣342,369,000元", 342369000, HKD}}},
	{"a year sharing a date's day, Chinese", article.ZH, "截至二零零八年及二零零七年六月三十日止", []want{{"二零零八年", 20080630, Date}, {"二零零七年六月三十日", 20070630, Date}}},
	{"a year sharing a date's day, English", article.EN, "as at 31 December 2011 and 2010", []want{{"31 December 2011", 20111231, Date}, {"2010", 20101231, Date}}},
	{"a month without its day keeps it unsaid", article.EN, "as at 31 December 2013 and December 2014", []want{{"31 December 2013", 20131231, Date}, {"December 2014", 20141200, Date}}},
	{"a currency word joined by a hyphen", article.EN, "9-cent taxi rides, a 20-dollar bill", []want{{"9-cent", 0.09, USD}, {"20-dollar", 20, USD}}},
	{"grand after a number is a thousand", article.EN, "with 100 grand in their pocket, 2 grand pianos", []want{{"100 grand", 1e5, Plain}, {"2", 2, Plain}}},
	{"a part of a whole shares its scale", article.EN, "40 of the 45 million years; 2 of the 45 million", []want{{"40", 4e7, Plain}, {"45 million years", 4.5e7, Years}, {"2", 2, Plain}, {"45 million", 4.5e7, Plain}}},
	{"a time run into a heading", article.EN, "Information Centre9:00am – 5:00pm daily", []want{{"9:00am", 900, Time}, {"5:00pm", 1700, Time}}},
	{"zeros written as letters, in a run", article.ZH, "大宅於二ＯＯ七年八月售予上任業主", []want{{"二ＯＯ七年八月", 20070800, Date}}},
	{"a zero written as a letter before 年", article.ZH, "碉堡約建於一九一Ｏ年", []want{{"一九一Ｏ年", 1910, Year}}},
	{"a zero written as a circle", article.ZH, "二○一○年竣工", []want{{"二○一○年", 2010, Year}}},
	{"an English idiom", article.EN, "on cloud nine, forty winks, six of one, half a dozen of the other", nil},
	{"一亿三千万", article.ZH, "一亿三千万人", []want{{"一亿三千万", 1.3e8, Plain}}},
	{"一百零五", article.ZH, "一百零五家", []want{{"一百零五", 105, Plain}}},
	{"三万亿元", article.ZH, "人民币三万亿元", []want{{"人民币三万亿元", 3e12, CNY}}},
	{"year digit by digit", article.ZH, "二〇二五年", []want{{"二〇二五年", 2025, Year}}},
	{"digits, a scale and digits", article.ZH, "2万4801张", []want{{"2万4801", 24801, Plain}}},
	{"a digit after a scale is its next place", article.ZH, "2万5人", []want{{"2万5", 25000, Plain}}},
	{"more than, after a scale and before a currency", article.ZH, "6万多美元", []want{{"6万多美元", 60000, USD}}},
	{"a power of ten after a caret", article.ZH, "约 2.1 × 10^9 个", []want{{"2.1 × 10^9", 2.1e9, Plain}}},
	{"a power of ten raised", article.ZH, "约9.2×10¹⁸个", []want{{"9.2×10¹⁸", 9.2e18, Plain}}},
	{"a negative power of ten", article.EN, "about 3 x 10^-6 of it", []want{{"3 x 10^-6", 3e-6, Plain}}},
	{"quintillion", article.EN, "about 9.2 quintillion", []want{{"9.2 quintillion", 9.2e18, Plain}}},
	{"hundred thousand after a digit", article.EN, "4 hundred thousand dollars", []want{{"4 hundred thousand dollars", 4e5, USD}}},
	{"a number spoken in digits and scales", article.EN, "8 million 6 hundred and 75 thousand 3 hundred and 9 of them", []want{{"8 million 6 hundred and 75 thousand 3 hundred and 9", 8675309, Plain}}},
	{"a number spoken after a comma", article.EN, "32 thousand, 7 hundred and 68", []want{{"32 thousand, 7 hundred and 68", 32768, Plain}}},
	{"two spoken numbers", article.EN, "between 5 thousand and 7 thousand", []want{{"5 thousand", 5000, Plain}, {"7 thousand", 7000, Plain}}},
	{"a spoken number and cents", article.EN, "10 thousand and 5 cents", []want{{"10 thousand", 1e4, Plain}, {"5 cents", 0.05, USD}}},
	{"half a percent", article.EN, "by half a percent", []want{{"half a percent", 0.5, Percent}}},
	{"a millennium", article.EN, "more than a millennium ago", []want{{"a millennium", 1000, Years}}},
	{"seconds as a letter", article.EN, "increased by 2s, every 2.5s", []want{{"2s", 2, Seconds}, {"2.5s", 2.5, Seconds}}},
	{"a whole ten of seconds after a word of time", article.EN, "for 10s", []want{{"10s", 10, Seconds}}},
	{"a decade is no seconds", article.EN, "in the 30s, in her 20s", nil},
	{"a plural is no seconds", article.EN, "two F-16s and 747s", []want{{"two", 2, Plain}}},
	{"a power of ten, spaced around its caret", article.ZH, "大约是 9.2×10 ^ 18", []want{{"9.2×10 ^ 18", 9.2e18, Plain}}},
	{"digits as nouns", article.EN, "1's and 0's", []want{{"1's", 1, Plain}, {"0's", 0, Plain}}},
	{"a digit's complement", article.EN, "in 2's complement", nil},
	{"every part spaced", article.ZH, "5 亿 4 百万美元", []want{{"5 亿 4 百万美元", 504e6, USD}}},
	{"亿 and 万 in digits", article.ZH, "1亿2000万人，5万2千元", []want{{"1亿2000万", 1.2e8, Plain}, {"5万2千元", 52000, CNY}}},
	{"亿 and 千万 in digits", article.ZH, "4亿5千万人，3亿5千万元", []want{{"4亿5千万", 4.5e8, Plain}, {"3亿5千万元", 3.5e8, CNY}}},
	{"a date with points", article.ZH, "2021.6.11售出", []want{{"2021.6.11", 20210611, Date}}},
	{"Chinese numeral duration", article.ZH, "三年内", []want{{"三年", 3, Years}}},

	{"九成", article.ZH, "九成用户", []want{{"九成", 90, Percent}}},
	{"半年", article.ZH, "过去半年", []want{{"半年", 6, Months}}},
	{"上半年 is a half, not a duration", article.ZH, "上半年", nil},

	// English number words.
	{"six months", article.EN, "within the next six months", []want{{"six months", 6, Months}}},
	{"a third of", article.EN, "a third of revenue", []want{{"a third", 1.0 / 3, Plain}}},
	{"one third", article.EN, "one third", []want{{"one third", 1.0 / 3, Plain}}},
	{"two-thirds", article.EN, "a two-thirds majority", []want{{"two-thirds", 2.0 / 3, Plain}}},
	{"twenty-five", article.EN, "twenty-five companies", []want{{"twenty-five", 25, Plain}}},
	{"two hundred and fifty", article.EN, "two hundred and fifty staff", []want{{"two hundred and fifty", 250, Plain}}},
	{"a million", article.EN, "a million users", []want{{"a million", 1e6, Plain}}},
	{"six million dollars", article.EN, "six million dollars", []want{{"six million dollars", 6e6, USD}}},
	{"a decade", article.EN, "in a decade", []want{{"decade", 10, Years}}},
	{"two decades", article.EN, "two decades", []want{{"two decades", 20, Years}}},
	{"half a year", article.EN, "half a year", []want{{"half a year", 6, Months}}},
	{"cents", article.EN, "25 cents a share", []want{{"25 cents", 0.25, USD}}},
	{"a third at the end", article.EN, "fell by a third.", []want{{"a third", 1.0 / 3, Plain}}},
	{"ten times", article.EN, "ten times larger", []want{{"ten times", 10, Multiple}}},
	{"tenfold", article.EN, "a tenfold rise", []want{{"tenfold", 10, Multiple}}},

	// Percentages and multiples.
	{"percent sign", article.EN, "a 27% stake", []want{{"27%", 27, Percent}}},
	{"percent in words", article.EN, "27 percent", []want{{"27 percent", 27, Percent}}},
	{"one percent", article.EN, `the "one percent."`, []want{{"one percent", 1, Percent}}},
	{"a percent is no figure", article.EN, "not a percent more", nil},
	{"one percentage point", article.EN, "cut by one percentage point", []want{{"one percentage point", 1, Percent}}},
	{"a time, a space after the colon", article.EN, "from 5: 30 to 6: 30", []want{{"5: 30", 530, Time}, {"6: 30", 630, Time}}},
	{"a verse is no time", article.EN, "John 3: 16", []want{{"3", 3, Plain}, {"16", 16, Plain}}},
	{"a word run into an amount", article.EN, "nearly10,000 bottles", []want{{"10,000", 10000, Plain}}},
	{"hundred after a digit", article.EN, "more than 1 hundred yuan", []want{{"1 hundred yuan", 100, CNY}}},
	{"hundred after a number of three digits", article.EN, "the 100 hundred years", []want{{"100", 100, Plain}}},
	{"half a month", article.EN, "for half a month", []want{{"half a month", 15, Days}}},
	{"a quarter of an hour", article.EN, "a quarter of an hour", []want{{"a quarter of an hour", 15, Minutes}}},
	{"three quarters of an hour", article.EN, "three quarters of an hour", []want{{"three quarters of an hour", 45, Minutes}}},
	{"a time in traditional characters", article.ZH, "晚間 8 點半", []want{{"8 點半", 2030, Time}}},
	{"half after a whole number", article.EN, "won 14½-13½", []want{{"14½", 14.5, Plain}, {"13½", 13.5, Plain}}},
	{"traditional scales", article.ZH, "31 萬人次，9 千萬英鎊", []want{{"31 萬", 310000, Plain}, {"9 千萬英鎊", 9e7, GBP}}},
	{"半个月", article.ZH, "精修说是要半个月", []want{{"半个月", 15, Days}}},
	{"percentage points", article.EN, "up 3 percentage points", []want{{"3 percentage points", 3, Percent}}},
	{"个百分点", article.ZH, "上升 3 个百分点", []want{{"3 个百分点", 3, Percent}}},
	{"basis points", article.EN, "cut by 25 basis points", []want{{"25 basis points", 25, BasisPoint}}},
	{"times sign", article.EN, "roughly 100× revenue", []want{{"100×", 100, Multiple}}},
	{"x attached", article.EN, "a 10x return", []want{{"10x", 10, Multiple}}},
	{"倍", article.ZH, "约为营收的 100 倍", []want{{"100 倍", 100, Multiple}}},
	{"fold with a hyphen", article.EN, "a 100-fold rise", []want{{"100-fold", 100, Multiple}}},

	// Dates, years, times and durations.
	{"English date", article.EN, "on Feb. 4, 2026 (GMT+8, 12:30)", []want{{"Feb. 4, 2026", 20260204, Date}, {"12:30", 1230, Time}}},
	{"Chinese date", article.ZH, "在 2026 年 2 月 4 日(GMT+8,12:30)", []want{{"2026 年 2 月 4 日", 20260204, Date}, {"12:30", 1230, Time}}},
	{"day first", article.EN, "on 4 February 2026", []want{{"4 February 2026", 20260204, Date}}},
	{"ISO date", article.EN, "2026-02-04", []want{{"2026-02-04", 20260204, Date}}},
	{"month and year", article.EN, "an October 2025 restructuring", []want{{"October 2025", 20251000, Date}}},
	{"年 and 月", article.ZH, "2025 年 10 月的重组", []want{{"2025 年 10 月", 20251000, Date}}},
	{"month and day without a year", article.ZH, "2 月 4 日", []want{{"2 月 4 日", 204, Date}}},
	{"Chinese month in numerals", article.ZH, "一月和十月", []want{{"一月", 100, Date}, {"十月", 1000, Date}}},
	{"month alone", article.EN, "in October the deal", []want{{"October", 1000, Date}}},
	{"May alone is not a month", article.EN, "May the deal close", nil},
	{"bare year", article.EN, "projected 2025 revenue", []want{{"2025", 2025, Year}}},
	{"年 after a year", article.ZH, "至 2032 年对", []want{{"2032 年", 2032, Year}}},
	{"late-2023", article.EN, "after Sam Altman's late-2023 firing", []want{{"2023", 2023, Year}}},
	{"2023 年末", article.ZH, "在 2023 年末的", []want{{"2023 年", 2023, Year}}},
	{"days", article.EN, "in 10 days", []want{{"10 days", 10, Days}}},
	{"天", article.ZH, "在 10 天内", []want{{"10 天", 10, Days}}},
	{"个月", article.ZH, "未来 6 个月内", []want{{"6 个月", 6, Months}}},
	{"hyphenated duration", article.EN, "a 10-year bond", []want{{"10-year", 10, Years}}},
	{"pm", article.EN, "at 3 pm", []want{{"3 pm", 1500, Time}}},
	{"下午 3 点", article.ZH, "下午 3 点", []want{{"3 点", 1500, Time}}},
	{"点 and 分", article.ZH, "12 点 30 分", []want{{"12 点 30 分", 1230, Time}}},
	{"index points are not a time", article.ZH, "下跌 50 点", []want{{"50", 50, Plain}}},

	// Not figures.
	{"vague English amount", article.EN, "a smaller, tens-of-billions-scale bet", nil},
	{"vague Chinese amount", article.ZH, "以「数百亿美元等级」的较小下注", nil},
	{"数十亿", article.ZH, "数十亿美元", nil},
	{"several thousand", article.EN, "several thousand jobs and hundreds of millions", nil},
	{"names with digits", article.EN, "GPT-5, UTF-16, GB18030, Big5, 5G and GMT+8", nil},
	{"ordinals and weekdays", article.ZH, "第三季度,星期三,周五", nil},
	{"ordinal suffix", article.EN, "the 1st and 2nd", nil},
	{"第 before digits", article.ZH, "第 3 次,第4名", nil},
	{"decade", article.EN, "since the 1990s", nil},
	{"年代 and 世纪", article.ZH, "90 年代与 20 世纪", nil},
	{"lone 一", article.ZH, "统一,一个,一起,之一", nil},
	{"single numerals in words", article.ZH, "三星与两岸", nil},
	{"digits one after another", article.ZH, "五六个", nil},
	{"grades listed are no year", article.ZH, "三四五六年级", nil},
	{"a capitalised name with a hyphen", article.EN, "Covid-19 and Expo-2020", nil},
	{"a capitalised time with a hyphen", article.EN, "Mid-2024", []want{{"2024", 2024, Year}}},
	{"round the clock", article.EN, "open 24/7", nil},
	{"a size", article.EN, "the 5x8 trailer", nil},
	{"twice and one", article.EN, "twice, one folder, both sides, a half", nil},
	{"两次 and 两倍", article.ZH, "两次,两倍", nil},
	{"a third party", article.EN, "a third party", nil},
	{"compound words", article.EN, "a two-way street", nil},
	{"empty", article.EN, "", nil},
	{"huge number", article.EN, "1" + strings.Repeat("0", 400), nil},
	{"version number", article.EN, "v1.2.3", nil},

	// Read since issue 13, on published translations.
	{"traditional 兩 and 億", article.ZH, "兩億元", []want{{"兩億元", 2e8, CNY}}},
	{"spoken 个亿", article.ZH, "投资达4个亿", []want{{"4个亿", 4e8, Plain}}},
	{"traditional 兩個億", article.ZH, "兩個億元", []want{{"兩個億元", 2e8, CNY}}},
	{"traditional 兩 with a measure", article.ZH, "兩個窗口", []want{{"兩", 2, Plain}}},
	{"spelled-out percent decimal", article.ZH, "百分之三点五", []want{{"百分之三点五", 3.5, Percent}}},
	{"spelled-out decimal and 亿", article.ZH, "十五点二亿亩", []want{{"十五点二亿", 1.52e9, Plain}}},
	{"traditional 點", article.ZH, "六點一級", []want{{"六點一", 6.1, Plain}}},
	{"多 between a Chinese numeral and 万", article.ZH, "二十多万人", []want{{"二十多万", 2e5, Plain}}},
	{"万 before 吨 is a scale", article.ZH, "1200万吨", []want{{"1200万", 1.2e7, Plain}}},
	{"百万 before a currency", article.ZH, "百万美金的投资", []want{{"百万美金", 1e6, USD}}},
	{"three dozen", article.EN, "three dozen eggs", []want{{"three dozen", 36, Plain}}},
	{"half a dozen", article.EN, "half a dozen", []want{{"half a dozen", 6, Plain}}},
	{"half a billion", article.EN, "half a billion dollars", []want{{"half a billion dollars", 5e8, USD}}},
	{"three out of four", article.EN, "three out of four", []want{{"three out of four", 0.75, Plain}}},
	{"one in six", article.EN, "one in six staff", []want{{"one in six", 1.0 / 6, Plain}}},
	{"three-and-a-half years", article.EN, "three-and-a-half years", []want{{"three-and-a-half years", 3.5, Years}}},
	{"三年半", article.ZH, "三年半", []want{{"三年半", 3.5, Years}}},
	{"quadrupled", article.EN, "revenue quadrupled", []want{{"quadrupled", 4, Multiple}}},
	{"a century", article.EN, "more than a century", []want{{"a century", 100, Years}}},
	{"January, 2015", article.EN, "In January, 2015, she", []want{{"January, 2015", 20150100, Date}}},
	{"周岁 is years of age", article.ZH, "64周岁", []want{{"64周岁", 64, Years}}},
	{"race time", article.EN, "won in 2:13:38", []want{{"2:13:38", 8018, Seconds}}},
	{"race time in Chinese", article.ZH, "以2小时13分38秒夺冠", []want{{"2小时13分38秒", 8018, Seconds}}},
	{"lap time", article.EN, "is 3:51.659", []want{{"3:51.659", 231.659, Seconds}}},
	{"下午 before a clock time", article.ZH, "下午 6:19 降落", []want{{"6:19", 1819, Time}}},
	{"GDP10%", article.ZH, "占GDP10%", []want{{"10%", 10, Percent}}},
	{"a time written 9.30am", article.EN, "at 9.30am", []want{{"9.30am", 930, Time}}},
	{"a range shares its scale", article.ZH, "600-700万卢布", []want{{"600", 6e6, Plain}, {"700万", 7e6, Plain}}},
	{"澳元", article.ZH, "2700 澳元的罚款", []want{{"2700 澳元", 2700, AUD}}},

	// Not figures since issue 13.
	{"之一 before 百度", article.ZH, "之一百度", nil},
	{"零 alone", article.ZH, "零部件", nil},
	{"a power", article.ZH, "三次方程", nil},
	{"double digits", article.ZH, "两位数", nil},
	{"a shape", article.ZH, "二十面体", nil},
	{"traditional century", article.ZH, "16世紀", nil},
	{"traditional vague 幾", article.ZH, "幾十年", nil},
	{"decade with a curly apostrophe", article.EN, "the 1930’s", nil},
	{"section", article.EN, "Section 5 and Article 12", nil},
	{"Group of 7", article.EN, "the Group of 7", nil},
	{"a group of 11 is a count", article.EN, "a group of 11 children", []want{{"11", 11, Plain}}},
	{"a day's name", article.ZH, "双11和8·11", nil},
	{"round the clock", article.EN, "on a 7*24 basis", nil},
	{"ordinal century", article.EN, "the 20th century", nil},
	{"month in a name", article.EN, "the March for Life", nil},
	{"race time with an apostrophe", article.EN, "won with 22'85", []want{{"22'85", 22.85, Seconds}}},
	{"race time with a prime", article.EN, "ranked eighth in 23′54", []want{{"23′54", 23.54, Seconds}}},
	{"feet and inches are no race time", article.EN, "he is 6'10\" tall", []want{{"6", 6, Plain}, {"10", 10, Plain}}},
	{"a full-width point", article.ZH, "约7．8亿件", []want{{"7．8亿", 7.8e8, Plain}}},
	{"one in a thousand", article.EN, "one in a thousand", []want{{"one in a thousand", 0.001, Plain}}},
	{"quarters of a year are periods", article.EN, "the first three quarters of 2017", []want{{"three quarters", 9, Months}, {"2017", 2017, Year}}},
	{"three quarters of the market", article.EN, "three quarters of the market", []want{{"three quarters", 0.75, Plain}}},
	{"world No 1", article.EN, "the world No 1", nil},
	{"no 5 is a count", article.EN, "there were no 5 options", []want{{"5", 5, Plain}}},

	// Round 7.
	{"千 before a unit is kilo-", article.ZH, "相距五十千米", []want{{"五十", 50, Plain}}},
	{"三千米 is 3,000 metres", article.ZH, "三千米障碍赛", []want{{"三千", 3000, Plain}}},
	{"十千克", article.ZH, "重十千克", []want{{"十", 10, Plain}}},
	{"a day in words", article.EN, "until March thirty-first", []want{{"March thirty-first", 331, Date}}},
	{"a day and a year in words", article.EN, "on May first, nineteen-ninety-seven", []want{{"May first, nineteen-ninety-seven", 19970501, Date}}},
	{"a year in words with thousand", article.EN, "on June second, two thousand and five", []want{{"June second, two thousand and five", 20050602, Date}}},
	{"a year in words with oh", article.EN, "April twelfth, nineteen oh five", []want{{"April twelfth, nineteen oh five", 19050412, Date}}},
	{"one hundred and fifty", article.EN, "One hundred and fifty people", []want{{"One hundred and fifty", 150, Plain}}},
	{"a hundred and twenty-five", article.EN, "a hundred and twenty-five days", []want{{"a hundred and twenty-five days", 125, Days}}},
	{"a hundred and then", article.EN, "a hundred and then some", []want{{"a hundred", 100, Plain}}},
	{"a quarter past", article.ZH, "十一点一刻", []want{{"十一点一刻", 1115, Time}}},
	{"three quarters past", article.ZH, "下午3点3刻", []want{{"3点3刻", 1545, Time}}},
	{"no year after the day", article.EN, "June twenty-second, seven people", []want{{"June twenty-second", 622, Date}, {"seven", 7, Plain}}},
	{"lakh and crore", article.EN, "14 lakh cases and 20 crore rupees", []want{{"14 lakh", 1.4e6, Plain}, {"20 crore", 2e8, Plain}}},
	{"a scale word misspelt", article.EN, "6 billon HKD and 3 milion people", []want{{"6 billon HKD", 6e9, HKD}, {"3 milion", 3e6, Plain}}},
	{"Indian digit grouping", article.EN, "2,06,737 cases, 1,00,000 people", []want{{"2,06,737", 206737, Plain}, {"1,00,000", 1e5, Plain}}},
	{"pairs of digits not ending in three", article.EN, "scores of 2,06,73", []want{{"2", 2, Plain}, {"06", 6, Plain}, {"73", 73, Plain}}},
	{"a scale word joined", article.EN, "a £101million clause", []want{{"£101million", 1.01e8, GBP}}},
	{"tens and units unhyphenated", article.EN, "Thirty two counties", []want{{"Thirty two", 32, Plain}}},
	{"half a decade and half a century", article.EN, "the last half-decade, half a century ago", []want{{"half-decade", 5, Years}, {"half a century", 50, Years}}},
	// Round 13: from wmt21zf.
	{"tenths in digits", article.ZH, "6成是男性，3成员国", []want{{"6成", 60, Percent}, {"3", 3, Plain}}},
	{"a day sharing 日 with the next", article.ZH, "7月17和7月22日", []want{{"7月17", 717, Date}, {"7月22日", 722, Date}}},
	{"a day without 日 alone", article.ZH, "7月17项", []want{{"7月", 700, Date}, {"17", 17, Plain}}},
	{"days sharing a month", article.EN, "On July 17 and 22, it paid", []want{{"July 17", 717, Date}, {"22", 722, Date}}},
	{"a date and a count", article.EN, "On July 17 and 22 people died", []want{{"July 17", 717, Date}, {"22", 22, Plain}}},
	{"an ordinal day of the month stated", article.EN, "between July 25th and the 26th.", []want{{"July 25th", 725, Date}, {"26th", 726, Date}}},
	{"an ordinal century", article.EN, "On July 25th the 21st century began", []want{{"July 25th", 725, Date}}},
	{"an ordinal day run into its month", article.EN, "amended on 21stOctober 2016.", []want{{"21stOctober 2016", 20161021, Date}}},
	{"a month in lower case with its day and year", article.EN, "Promulgated on august 8, 1967", []want{{"august 8, 1967", 19670808, Date}}},
	{"august in lower case is no month alone", article.EN, "the august 8 people", []want{{"8", 8, Plain}}},
	{"thousands typed as k", article.EN, "5k nodes and 20k pods", []want{{"5k", 5000, Plain}, {"20k", 20000, Plain}}},
	{"万 typed as w before a name", article.ZH, "100个5k节点和2wPod", []want{{"100", 100, Plain}, {"5k", 5000, Plain}, {"2w", 20000, Plain}}},
	{"W is a watt, w before a noun a week", article.ZH, "内置 3W 扬声器，免疫6w雌性小鼠", []want{{"6w", 6, Plain}}},
	{"milliseconds", article.EN, "less than 2000ms.", []want{{"2000ms", 2, Seconds}}},
	{"a unit in capitals attached", article.ZH, "需要找零0.085BTC，内存1.5GB，主频3.2GHz，算力14TH/s，5G网络。", []want{{"0.085BTC", 0.085, Plain}, {"1.5GB", 1.5, Plain}, {"3.2GHz", 3.2, Plain}, {"14TH", 14, Plain}}},
	{"a number in brackets after a colon", article.EN, "It is disabled by default (value: 0) after the upgrade.", []want{{"0", 0, Plain}}},
	{"a list's number after a colon", article.EN, "The routes: 1) by car; 2) by train", nil},
	{"an item's number escaped in Markdown", article.ZH, `2\. 超过 65 字节的签名会被截断`, []want{{"65", 65, Plain}}},
	{"hexadecimal, a base", article.ZH, "统一为主网地址格式（41 十六进制）", []want{{"41", 41, Plain}}},
	{"zeros and ones as digits", article.EN, "Fill them all with 0s, then count the 1s.", []want{{"0s", 0, Plain}, {"1s", 1, Plain}}},
	{"a term of algebra", article.EN, "an obstacle on the 2i-th step, and 3n steps in all", nil},
	{"giga-, 千兆 before a unit", article.ZH, "具有 14,000千兆位/秒的算力", []want{{"14,000", 14000, Plain}}},
	{"a range of multiples", article.ZH, "效率可提升1.75至4倍", []want{{"1.75", 1.75, Multiple}, {"4倍", 4, Multiple}}},
	{"a number word in a name", article.EN, "called for regulation of the Three Gorges reservoir, as the Seven Sisters are", nil},
	{"a number word in a headline", article.EN, "China Fines Three Companies", []want{{"Three", 3, Plain}}},
	{"a number word after a comma", article.EN, "In total, Three companies were fined.", []want{{"Three", 3, Plain}}},
	{"a container's unit", article.EN, "120 million twenty-foot equivalent units", []want{{"120 million", 1.2e8, Plain}}},
	{"a month in a rocket's name", article.EN, "a Long March 5B rocket, launched on March 5", []want{{"March 5", 305, Date}}},
	{"a model's letters are no milliseconds", article.EN, "to buy Ka-52Ms by 2027", []want{{"2027", 2027, Year}}},
	{"minutes typed in Chinese", article.ZH, "最近5min的时延", []want{{"5min", 5, Minutes}}},
	{"a clipped year after an opening quote", article.EN, "from the ‘74 report.", []want{{"74", 1974, Year}}},
	{"a quoted number is no year", article.EN, "the ‘35 people’ said", []want{{"35", 35, Plain}}},
	{"four in five", article.EN, "as high as four in five", []want{{"four in five", 0.8, Plain}}},
	{"dollars and cents in words", article.EN, "two dollars and forty-four cents", []want{{"two dollars and forty-four cents", 2.44, USD}}},
	{"a decimal in words", article.EN, "sixty-one point seven six percent (61.76%)", []want{{"sixty-one point seven six percent", 61.76, Percent}, {"61.76%", 61.76, Percent}}},
	{"one point five", article.EN, "one point five percent", []want{{"one point five percent", 1.5, Percent}}},
	{"a point to make", article.EN, "two point to make", []want{{"two", 2, Plain}}},
	{"a space after the colon", article.EN, "at 20: 00 on the 26th", []want{{"20: 00", 2000, Time}}},
	{"a verse is no time", article.EN, "John 3: 16", []want{{"3", 3, Plain}, {"16", 16, Plain}}},
	{"a month of a year", article.EN, "married in May of 2018", []want{{"May of 2018", 20180500, Date}}},
	{"a stray full stop before a scale", article.EN, "over 1.1. Billion mu", []want{{"1.1. Billion", 1.1e9, Plain}}},
	{"a Catch 22", article.EN, "a bit of a Catch 22 for 22 banks", []want{{"22", 22, Plain}}},
	// Round 15: from wmt21zt.
	{"a quarter of a million", article.EN, "a quarter of a million people", []want{{"a quarter of a million", 250000, Plain}}},
	{"three quarters of a trillion dollars", article.EN, "three quarters of a trillion dollars", []want{{"three quarters of a trillion dollars", 7.5e11, USD}}},
	{"a quarter-million", article.EN, "a quarter-million fans", []want{{"a quarter-million", 250000, Plain}}},
	{"a quarter of the million is no scale", article.EN, "a quarter of the million", []want{{"a quarter", 0.25, Plain}}},
	{"a range sharing its scale word", article.EN, "25 to 30 billion devices", []want{{"25", 2.5e10, Plain}, {"30 billion", 3e10, Plain}}},
	{"between one number and another", article.EN, "between 3 and 4 million", []want{{"3", 3e6, Plain}, {"4 million", 4e6, Plain}}},
	{"thousands shared across a dash", article.EN, "3-4,000 workers", []want{{"3", 3e3, Plain}, {"4,000", 4e3, Plain}}},
	{"letters a scanned page reads for digits", article.EN, "during 2O19, P<O.05, after 1O days and 2l3 families", []want{{"2O19", 2019, Year}, {"O.05", 0.05, Plain}, {"1O days", 10, Days}, {"2l3", 213, Plain}}},
	{"units of science attached", article.EN, "loss of 14.0dB at 4mW, 850hPa and 0.47K/W", []want{{"14.0dB", 14, Plain}, {"4mW", 4, Plain}, {"850hPa", 850, Plain}, {"0.47K", 0.47, Plain}}},
	{"a power of two with a variable O", article.EN, "With a cache line size of 2O the low O bits are used as the offset", nil},
	{"letters in formulas stay letters", article.EN, "H2O and CO2 rose 5%", []want{{"5%", 5, Percent}}},
	{"thousands written whole before a dash", article.EN, "2,500-3,000 workers and 2015-2,000", []want{{"2,500", 2500, Plain}, {"3,000", 3e3, Plain}, {"2015", 2015, Year}, {"2,000", 2e3, Plain}}},
	{"a quarter of a century in Chinese", article.ZH, "中断了近四分之一个世纪", []want{{"四分之一个世纪", 25, Years}}},
	{"a list with and shares the scale", article.EN, "3 and 4 million", []want{{"3", 3e6, Plain}, {"4 million", 4e6, Plain}}},
	{"a falling list with and does not", article.EN, "8 and 4 million", []want{{"8", 8, Plain}, {"4 million", 4e6, Plain}}},
	{"a range in words", article.EN, "three to four million", []want{{"three", 3e6, Plain}, {"four million", 4e6, Plain}}},
	{"a year before to is no range", article.EN, "from 1.5 billion in 2020 to 2 billion", []want{{"1.5 billion", 1.5e9, Plain}, {"2020", 2020, Year}, {"2 billion", 2e9, Plain}}},
	{"a falling range", article.EN, "from 9 to 5 billion", []want{{"9", 9e9, Plain}, {"5 billion", 5e9, Plain}}},
	{"a range from digits to words", article.EN, "3 to ten million", []want{{"3", 3e6, Plain}, {"ten million", 1e7, Plain}}},
	// Round 18: from flores, tico and wmt20ze.
	{"an ordinal day before its month", article.EN, "dated 4th July 1776", []want{{"4th July 1776", 17760704, Date}}},
	{"an ordinal day of a month", article.EN, "on the 6th of October", []want{{"6th of October", 1006, Date}}},
	{"an ordinal with the wrong suffix", article.EN, "the 2th May", nil},
	{"days before their month", article.EN, "on 3 and 4 February", []want{{"3", 203, Date}, {"4 February", 204, Date}}},
	{"a decimal without its zero", article.EN, "to .08% in New Zealand", []want{{".08%", 0.08, Percent}}},
	{"a point after a word is no decimal point", article.EN, "No.5", nil},
	{"a plus before a scale word", article.EN, "a $300+ billion impact", []want{{"$300+ billion", 3e11, USD}}},
	{"centuries counted", article.ZH, "两个世纪和 20 世纪", []want{{"两个世纪", 200, Years}}},
	{"a range from 零", article.ZH, "零至三周岁，零部件", []want{{"零", 0, Plain}, {"三周岁", 3, Years}}},
	{"a range from a single numeral", article.ZH, "三到五个", []want{{"三", 3, Plain}, {"五", 5, Plain}}},
	{"十一 as National Day", article.ZH, "十一黄金周，“十一”期间，十一人", []want{{"十一", 11, Plain}}},
	// Round 19: from ticob, wmt20zf, wmt19ze and wmt19zf.
	{"a year after days sharing a month", article.EN, "on September 29 and 30, 2018.", []want{{"September 29", 929, Date}, {"30, 2018", 20180930, Date}}},
	{"a day after a date and 、", article.ZH, "11月3日、4日", []want{{"11月3日", 1103, Date}, {"4", 1104, Date}}},
	{"a number word joined by hyphens", article.EN, "the Five-hundred-meter dish", []want{{"Five-hundred", 500, Plain}}},
	{"an example's number", article.ZH, "示例 1.1.1：以 1.07 的速度增长", []want{{"1.07", 1.07, Plain}}},
	{"an example's number in English", article.EN, "Example 5.9.1 When 12 grams of carbon react", []want{{"12", 12, Plain}}},
	{"an equation's number after it at the text's end", article.EN, "It is solved as t = ln 2/p. (1.7)", []want{{"2", 2, Plain}}},
	{"a figure in brackets at the text's end", article.EN, "The growth rate was (1.7)", []want{{"1.7", 1.7, Plain}}},
	{"ten to a power alone", article.EN, "factors of 10^3 to the unit", []want{{"10^3", 1000, Plain}}},
	{"ten squared after a sign of multiplying", article.EN, "π×10^2", []want{{"10", 10, Plain}, {"2", 2, Plain}}},
	{"the sign of multiplying with a space after it", article.EN, "about 3.16× 10^7 seconds", []want{{"3.16× 10^7", 3.16e7, Plain}}},
	{"a quarter of a kilocalorie", article.ZH, "大约等于四分之一千卡", []want{{"四分之一", 0.25, Plain}}},
	{"Korean won", article.EN, "profits above KRW2.5m", []want{{"KRW2.5m", 2.5e6, KRW}}},
	{"yuan and jiao", article.EN, "Fifty-five Yuan and six Jiao.", []want{{"Fifty-five Yuan and six Jiao", 55.6, CNY}}},
	{"元 and 角", article.ZH, "二十六元七角钱。", []want{{"二十六元七角钱", 26.7, CNY}}},
	{"a number said digit by digit", article.EN, "My number is nine-one-one.", []want{{"nine-one-one", 911, Plain}}},
	{"a large number spelled out with hyphens", article.EN, "that makes five-hundred-and-one-million, six-hundred-twenty-two-thousand, seven-hundred-thirty-one.",
		[]want{{"five-hundred-and-one-million, six-hundred-twenty-two-thousand, seven-hundred-thirty-one", 501622731, Plain}}},
	{"hundreds and tens joined by hyphens", article.EN, "two-hundred-fifty-five people", []want{{"two-hundred-fifty-five", 255, Plain}}},
	{"hundreds joined to a word by a hyphen", article.EN, "a three-hundred-year-old tree", []want{{"three-hundred-year", 300, Years}}},
	{"a compound word", article.EN, "the two-way zip", nil},
	{"numbered items", article.EN, "routes: 1) by car; 2) by train", nil},
	{"a bracket after a point", article.EN, "(Fig.2).3)", []want{{"2", 2, Plain}, {"3", 3, Plain}}},
	// Round 84.
	{"a count of four digits before a measure word", article.ZH, "在 1932 个开源项目中，2008届", []want{{"1932", 1932, Plain}, {"2008", 2008, Year}}},
	{"the first quarters with 首", article.ZH, "在 2012年首3個季度", []want{{"2012年", 2012, Year}, {"3個季度", 9, Months}}},
	{"a web address's path", article.EN, "Document/1373163 at http://www.scio.gov.cn/2014/Document/1373163/1373163.htm, port localhost:3000", []want{{"1373163", 1373163, Plain}, {"3000", 3000, Plain}}},
	// Round 111.
	{"a rule outlined with letters, Chinese", article.ZH, "12a1) 面转动（外层）：见规则2u，指南4f+。", nil},
	{"a rule outlined with letters, English", article.EN, "12c) See Regulation 12c and Article 5a.", nil},
	{"a year written a, before no digit", article.ZH, "持续 2a多", []want{{"2a", 2, Years}}},
	{"a whole number left unknown", article.EN, "X.49 becomes X, X.50 becomes X+1", []want{{".49", 0.49, Plain}, {".50", 0.5, Plain}}},
	{"a shape in digits", article.ZH, "12面体魔方和6边形", nil},
	{"digits spoken one by one before a unit", article.EN, "One Six Zero Degrees, Five Two Minutes East", []want{{"One Six Zero", 160, Plain}, {"Five Two Minutes", 52, Plain}}},
	{"a turn in hundreds and tens", article.EN, "Three sixty turn left, then a one-eighty turn", []want{{"Three sixty", 360, Plain}, {"one-eighty", 180, Plain}}},
	{"digits listed, no unit", article.EN, "the list one, one, two, where one two was", []want{{"two", 2, Plain}, {"two", 2, Plain}}},
	{"a time in words, no turn", article.EN, "He works from nine to five-thirty.", []want{{"nine", 9, Plain}}},
	{"minutes of arc", article.EN, "at 40 degrees 26 minutes north", []want{{"40", 40, Plain}, {"26 minutes", 26, Plain}}},
	{"capital scale letters", article.EN, "1M tasks, pools of 50K, 3M, 4K video, a 10K run, 3000M, chat_0.8M", []want{{"1M", 1e6, Plain}, {"50K", 5e4, Plain}}},
	{"a date spaced, its day without 日", article.ZH, "2020 年 12 月 21 翕，7 月 13 出现，2019 年 6 月 30 亿", []want{{"2020 年 12 月 21", 20201221, Date}, {"7 月 13", 713, Date}, {"2019 年 6 月", 20190600, Date}, {"30 亿", 3e9, Plain}}},
	{"places after a scale", article.ZH, "1 萬 2 千 4 百公里，2万6千7百光年", []want{{"1 萬 2 千 4 百", 12400, Plain}, {"2万6千7百", 26700, Plain}}},
	{"minutes and a half", article.ZH, "3分半钟", []want{{"3分半钟", 3.5, Minutes}}},
	{"minutes without 分", article.ZH, "早上 9 點 34 出发，9点34%", []want{{"9 點 34", 934, Time}, {"9", 9, Plain}, {"34%", 34, Percent}}},
	{"stars and moons by number", article.ZH, "参宿四、轩辕十四和土卫十七，初一十五", nil},
	{"a fatty acid", article.EN, "rich in omega-3", nil},
}

func TestExtract(t *testing.T) {
	for _, tc := range extractCases {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.text, tc.lang)
			if len(got) != len(tc.want) {
				t.Fatalf("Extract(%q) = %s, want %d quantities", tc.text, describe(got), len(tc.want))
			}
			for i, w := range tc.want {
				q := got[i]
				if q.Text != w.text || !sameValue(q.Value, w.value) || q.Unit != w.unit || q.Lang != tc.lang {
					t.Errorf("quantity %d = %q %v %q (%s), want %q %v %q", i, q.Text, q.Value, q.Unit, q.Lang, w.text, w.value, w.unit)
				}
			}
			checkSpans(t, tc.text, got)
		})
	}
}

// TestExtractLongInputs feeds inputs that would be deep or slow for a
// reader that recursed or went back over what it read.
func TestExtractLongInputs(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		n          int
		value      float64
	}{
		{"number words", strings.Repeat("two hundred and ", 100000), 50000, 202},
		{"grouping commas", "1" + strings.Repeat(",000", 100000), 0, 0},
		{"Chinese scale characters", "1" + strings.Repeat("亿", 100000) + "元", 0, 0},
		{"Chinese numerals", strings.Repeat("一二三", 100000), 0, 0},
		{"names", strings.Repeat("GPT-5 ", 100000), 0, 0},
		{"list numbers", strings.Repeat("; 1) ", 100000), 0, 0},
		{"items in brackets", strings.Repeat("以及 2） ", 100000), 100000, 2},
		{"numbers joined by and", strings.Repeat("5 and 5 and ", 50000), 100000, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Extract(tc.text, article.EN)
			if len(got) != tc.n {
				t.Fatalf("%d quantities, want %d", len(got), tc.n)
			}
			for _, q := range got {
				if q.Value != tc.value {
					t.Fatalf("value %v, want %v", q.Value, tc.value)
				}
			}
		})
	}
}

// checkSpans fails the test when a quantity's span is not inside text or
// does not hold its Text.
func checkSpans(t *testing.T, text string, qs []Quantity) {
	t.Helper()
	rs := []rune(text)
	for _, q := range qs {
		if q.Start < 0 || q.Start >= q.End || q.End > len(rs) {
			t.Fatalf("span [%d,%d) outside the text (%d runes): %q", q.Start, q.End, len(rs), text)
		}
		if got := string(rs[q.Start:q.End]); got != q.Text {
			t.Fatalf("span [%d,%d) holds %q, Text is %q", q.Start, q.End, got, q.Text)
		}
		if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
			t.Fatalf("value %v of %q", q.Value, q.Text)
		}
	}
}

func describe(qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "[%q %s] ", q.Text, q.Normalized())
	}
	return b.String()
}

func TestNormalized(t *testing.T) {
	for _, tc := range []struct {
		name string
		q    Quantity
		want string
	}{
		{"money", Quantity{Value: 1.1e11, Unit: USD}, "110,000,000,000 USD"},
		{"percent", Quantity{Value: 27, Unit: Percent}, "27 %"},
		{"fraction", Quantity{Value: 2.5, Unit: Plain}, "2.5"},
		{"date", Quantity{Value: 20260204, Unit: Date}, "2026-02-04 date"},
		{"month of a year", Quantity{Value: 20251000, Unit: Date}, "2025-10 date"},
		{"date without a year", Quantity{Value: 204, Unit: Date}, "--02-04 date"},
		{"month alone", Quantity{Value: 1000, Unit: Date}, "--10 date"},
		{"year", Quantity{Value: 2025, Unit: Year}, "2025 year"},
		{"time", Quantity{Value: 1230, Unit: Time}, "12:30 time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.q.Normalized(); got != tc.want {
				t.Errorf("Normalized() = %q, want %q", got, tc.want)
			}
		})
	}
}

// knownUnits are the units Extract may return.
var knownUnits = map[string]bool{
	Plain: true, Percent: true, BasisPoint: true, Multiple: true, USD: true, EUR: true,
	GBP: true, CNY: true, JPY: true, HKD: true, AUD: true, CAD: true, TWD: true, CHF: true, SGD: true, KRW: true, YenOrYuan: true, Year: true, Date: true,
	Time: true, Years: true, Months: true, Weeks: true, Days: true, Hours: true, Minutes: true,
	Seconds: true,
}

// FuzzExtract holds Extract to never panicking and to spans that lie in the
// text and hold the quantity's text, for any input; Check must not panic on
// a pair made of it either.
func FuzzExtract(f *testing.F) {
	for _, tc := range extractCases {
		f.Add(tc.text, tc.lang == article.ZH)
	}
	f.Fuzz(func(t *testing.T, text string, zh bool) {
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		lang := article.EN
		if zh {
			lang = article.ZH
		}
		qs := Extract(text, lang)
		checkSpans(t, text, qs)
		for i, q := range qs {
			if q.Lang != lang || !knownUnits[q.Unit] || q.Value < 0 {
				t.Fatalf("quantity %+v: language, unit or sign wrong", q)
			}
			if i > 0 && q.Start < qs[i-1].End {
				t.Fatalf("quantities %q and %q overlap or are out of order", qs[i-1].Text, q.Text)
			}
		}
		p := article.Pair{ZH: text, EN: text + " 1"}
		for _, m := range CheckPair(0, &p) {
			if m.Pair != 0 {
				t.Fatalf("mismatch in pair %d, want 0", m.Pair)
			}
		}
	})
}
