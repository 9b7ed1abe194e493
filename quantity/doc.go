// Package quantity owns the figures of an article: it finds the quantities a
// paragraph states (amounts of money, percentages, multiples, counts, dates,
// times and durations) in Chinese or English, normalises each to a value and
// a unit, and checks that every figure of a pair has a counterpart in the
// other language.
//
// # What is read
//
// Arabic numerals with or without grouping commas and decimals (1,000 亿,
// 1.4, 27%); English scale words (thousand, million, billion, trillion, and
// bn, tn, mn, and m or k after a currency sign); Chinese scale characters (万,
// 亿, 万亿, 千万 …; 兆 is 10^12 as in 1.4 兆美元, but the metric prefix mega-
// before a unit such as 兆瓦, 兆赫, 兆字节, 兆电子伏, and 千兆, giga-, before one
// (14,000千兆位/秒), where the figure stays a plain number, and 四分之一千卡
// is a quarter of a kilocalorie); Chinese numerals (一千亿, 十八, 两万五, 三分之一, 百分之二十七,
// 二〇二五年); English number words (six, twenty-five and "Thirty two"
// unhyphenated, two hundred, one hundred and fifty, and joined by hyphens
// all through as a story spells a large number out, five-hundred-and-one-million,
// six-hundred-twenty-two-thousand; three or more digits' words joined by
// hyphens, nine-one-one, are said digit by digit, 911; a million, one third,
// two-thirds, a quarter of, a half-decade, half a century); the Indian
// lakh (100,000) and crore (ten million) and digits grouped the Indian way
// (2,06,737); a scale word joined to its number (£101million); multiples
// written with an x one after another (4x/16x; not x/16, a name's);
// currencies ($, US$, €, £, HK$, A$ and $A, C$, NT$, S$, and NT or HK run into its digits (HK4.97 cents, HK(14.92 cents): Hong
// Kong's), NTD, SFr and CHF, SGD, RMB, USD … (run into the digits
// too, 580RMB, 185USD; in Chinese a name in Latin letters run into the
// amount after its currency, $1,000LifeSG补助), Euro run into its
// digits (Euro1.5 million; Euro 2020 is a tournament), 美元, 欧元, 英镑, 日元, 港元, 澳元, 加元, 瑞士法郎, 新加坡元 and 新元, 韩元 and KRW, 元, 人民币,
// 新臺幣 (and 元 alone in a text that names it: 新臺幣二百萬元以上二千萬元以下), 港幣 before
// the amount (港幣342,369,000元, and before its $: 港幣$387,000.00), 仙 after digits as a Hong Kong cent (港幣4.97仙),
// and the English words dollars, euros, pounds, yuan, yen, Swiss francs, joined by a hyphen too
// (a 9-cent ride); cents, ¢ and 美分 as hundredths of a
// dollar, and 分 after an amount in renminbi as a hundredth of a yuan
// (人民币1.5分); the first of a range in cents takes them (5-6美分, "2 to 3
// cents"), and the second of a range of amounts with a scale in letters
// takes the first's currency ($100m-200m, Rmb30bn-40bn); the sign ¥ alone is unit YenOrYuan, which matches either;
// a currency before a bond's term is no amount: 人民幣1年期國債);
// percentages and percentage points (%, percent, 个百分点, 一个百分点,
// a five-percentage-point cut, 九成 = 90 %, 三成五 = 35 %, 九成半 = 95 %; not 成正比, "in
// proportion", nor 三成一致);
// basis points (a 25-basis-point hike too); multiples (100×, 10x, ten times, 100-fold, 100 倍);
// durations (six months, 6 个月, 半年, 前三季度 and 首三季 as nine months, 10 days, 10 天, 3 years, 三年, a
// decade, a triennium, 一年半, weeks, hours, minutes); calendar years (2025, 2025 年, late-2023,
// "in 2012 dollars", "(in 2013 dollars)", "constant 2010 US dollars", and a table's column "2016 RMB ('000)", its ('000) no figure,
// nor the 000 of RMB’000 or HK$'000;
// four digits before a measure word that counts things are a count, 1932 个项目);
// dates (Feb. 4, 2026, 4 February 2026, (5, December 2016) with its year, 08 年 6 月 (a year of two digits with a leading zero), 30TH JUNE, 2005, March,5th, 2013, 12/31/08 (month, day
// and year, when the day is over 12 so the order is certain), 18-11-2003 and 18/11/2003 (the day
// first, the month under 13), 08-12-2003 (neither over 12, with a year of four digits:
// read either way when compared), 09/2014 (a month and its year), October 2025, "January 2013December
// 2014" as a PDF runs a range together, "since october 1998"
// with a month no other word in lower case, 2026-02-04, 2026 年 2 月
// 4 日, 2025 年 10 月, 2 月 4 日; a year listed beside a date of the year
// before or after takes its month and day, as two years of accounts do:
// 二零零八年及二零零七年六月三十日, "31 December 2011 and 2010"); and times of day (12:30, 3 pm, 下午 3 点,
// 12 点 30 分, 11 点一刻); times measured to the second (2:13:38, 3:51.659,
// 2 小时 13 分 38 秒, unit Seconds). A number with a lower-case unit
// attached keeps its value with no unit (3nm, 10km), and so does one with
// a unit in capitals of data, frequency, power or a cryptocurrency (1GB,
// 3.2GHz, 14TH/s, 0.085BTC), as when a space sets the unit apart; other
// capitals make a name (5G, 4K, 7B), and i, j or n after a number a term
// of algebra (the 2i-th step, 3n); 0s and 1s are the digits ("fill them
// with 0s"). Such a figure against its digits
// with the unit typed shortened or in the plural (24G, 10M, "30GBs") is
// one figure (0.2).
//
// Traditional characters are read as the simplified ones (兩, 億, 萬, 個,
// 點, 紀, 幾, 數, 時, 鐘, 週 …: every reader and rule sees the Chinese
// through one table, traditional, and a figure keeps its text as
// written); decimals spelled out in Chinese numerals too
// (百分之三点五 = 3.5 %, 十五点二亿, 六点一级). A date in English words
// (March thirty-first, nineteen ninety-seven; June second, two thousand and
// five; this twenty-fifth day of June, two thousand and five, as treaties
// date themselves) is a date; so is a year and a month whose 月 was left out before
// 以来, 起, 底, 初 or 末 (自2009年10以来). English dozens (three dozen =
// 36, 3 dozen, half a dozen = 6) and 打 before the thing counted (二十打杯子
// = 240, 3 打甜甜圈; not 三打一, 1:1 打平 nor 1 打包, to pack), a tens word run into its unit (Sally Thirtytwo), fractions in words (three out of four, one in
// six), halves (three-and-a-half years, 三年半, half a billion, half a
// millennium), fractions
// of a scale word (a quarter of a million = 25 万, two thirds of a billion,
// a quarter-million), verbs of
// multiplying (tripled, quadrupling: 4×; the bare verb before a
// preposition or a stop: "quintuple in five years"), a century (100 years),
// a millennium (1000 years), quadrillion and quintillion, a number written
// with a power of ten (9.2×10^18, 6.02×10²³, 3 x 10^-6, "3.16× 10^7"; 10^3
// alone is a thousand, but not π×10^2), seconds written
// a power of 2 or 10 give or take a number that brackets spell out (2^16 -
// 1 (65,535), and 216-1 (65,535) with the superscript lost: the value in
// brackets is the figure), a calibre (.50口径, ".50 caliber"), seconds written
// s (for 8s, every 2.5s; a whole ten only after a word of time, for 10s,
// between 10s to 30s, as the 30s are a decade; in Chinese after a word of
// comparing or a range, 小于 30s, 10~30s), digits as nouns
// (1's and 0's; not 2's complement), 4 hundred thousand (400,000), a
// number spoken in digits and scale words as captions write it (32
// thousand, 7 hundred and 68; 8 million 6 hundred and 75 thousand 3
// hundred and 9; not between 5 thousand and 7 thousand) and 百万 or
// 千万 before a currency (百万美金 = US$1 million; 6万多美元, over 60,000 dollars) and the spoken 4 个亿
// (兩個億, but not 20 个亿元以上项目), a count in millions (15个百万条, a
// table's 15（百万）) and 1萬多億 (over a trillion) are read
// as well, and a day's name with a dot between month and day (8·11,
// 7‧21元朗) is no figure, nor a numeral naming a base (十六进制, 二进位:
// hexadecimal, binary), nor the 01 of a matrix of 0s and 1s (01 矩阵, 01背包), nor the 1 of 首 1 多项式
// (a monic polynomial); so are the digits of a web address's path
// (Document/1373163.htm, firo.org/2021/01/28/… without its scheme; not a
// host's port, localhost:3000), of its host after its scheme
// (https://2024.stateofjs.com), of its escapes (%3A%22状态+of+JS+2022%22,
// with the number before one no percentage) and of a file's path from the root, the
// home or the folder at hand (~/agilex_ws/src/build_map_2d.lua; a path
// holds a letter, not /01/28), and
// a time written 9.30am, and the first number of a range takes the scale
// written after the second (600-700 万: 6 and 7 million; 0.2 ~ 2.4 万亿 spaced; in English after
// "to", or "and" after "between", when the first is at most ten times the
// second: 25 to 30 billion, between 3 and 4 million, three to four
// million; not "in 2020 to 2 billion"; a dash before thousands written
// with their zeros gives the first number the second's thousands, 3-4,000
// is 3,000 to 4,000 (not 2,500-3,000, nor 2015-2,000); "and" without "between" joins a
// list that shares the scale when the second is the larger: 7 and 8
// million, not 8 and 4 million; a part "of the" whole shares the whole's
// scale when it is a tenth of it or more: 40 of the 45 million years, not
// 3 of the 45 million). Digits after a
// scale in digits are the rest of the number (2万4801 is 24,801, 1亿2000万
// is 120 million, 4亿5千万 450 million, 5 亿 4 百万 504 million with every
// part spaced; 1万9千亿 is 1.9 trillion, the ten thousands and
// thousands of 亿; one digit alone is the next place, 2万5 25,000 as 两万五
// is; not digits that open a range, 4000万20至40岁,
// nor 千 of 千禧, the millennium: 4亿千禧一代 is 400 million millennials), and a date may be written with points (2021.6.11).
// Also: a number in English words goes on past its scale (thirty-five
// thousand eight hundred thirty, a thousand and one, two million three
// hundred thousand; not the "and five cents" of fifteen thousand and five
// cents, nor a list after a comma without hundreds); numbers as older
// English writes them (three and twenty years, threescore and ten,
// fourscore and seven, an hundred sixty and two, the hundred and fifty
// days, an hundred thousand and fourscore thousand and six thousand and
// four hundred; not "between five and thirty"), and their ordinals (the
// four and twentieth day) as ordinals; a quarter point, half a percentage
// point (or half a percent), a half-point and a full percentage point (0.25, 0.5 and 1 point,
// which match 25, 50 and 100 basis points, as 0.25 percentage points
// does); a decade and a half (15 years); digits grouped by apostrophes
// (600'000), a time with full-width colons (09：03：00), and a figure with
// invisible characters inside it (1\u200b0月, as text copied from the web
// carries them); a scale in the
// plural after a number (10 thousands, three millions); "a millionth" and
// the other ordinals of a scale, and 百万分之一, 十万分之一 … 万亿分之一
// (not after 几: 几万亿分之一 is a few trillionths); "twentysomething" and
// the other decades of life as their tens (二十几岁); "a thousandfold";
// "a mile and a half" and the like before a unit of measure; the number
// after "a decade or" in decades (a decade or two: 十年或二十年); a range
// joined by "or" shares its scale (six or eight million years), and a
// Chinese digit before 、, 至 or 到 and a digit one or two above it with a
// scale takes that scale (三、五十年: 30 and 50; 三至四十亿: 3 and 4
// billion); a year clipped after an apostrophe that opens a word (in '35:
// 1935; not "'35 people"); a year in two digits after a short month and
// before a stop (22 Oct 14: 2014年10月22日); a date of the Islamic calendar
// with its era (25 Rajab A.H. 1436 and 回历1436年7月25日; without A.H.
// the year is left out); 中午1时 is one in the afternoon; Rmb before an
// amount is the renminbi (Rmb20bn); "a tenth" after "by" is a fraction
// (risen by a tenth this year), and so is "one in 40" in digits
// ("one-in-a-million" hyphenated too);
// "septuagenarian" and the other decades of life are their tens; 万万 is
// the old 亿 (四万万五千万: 450 million); zeros typed among Chinese digits
// with a 0, an O or a ○ are 〇 (二00九年), and so are zeros ending a run
// of three Chinese digits or more written one by one (二000年, 一九四0年,
// 三九0公里); and a decimal point with a space before it closes up where
// that gives more figures a counterpart (64 .3 %, 0 .2 6 ng, as text
// taken from a PDF spaces them).
//
// Also: 零点八 is 0.8 (零点八个百分点; not 零点三十分, half
// past midnight); a range or a list of tenths shares 成 (三至四成: 30 and
// 40 %, 两、三成); "5 and a half years", "an hour and a half" and 10天半
// are halves; 元月 is January (二○○五年元月, 元月五日); a height in metres
// and the digits after 米 (1米85, 一米八: 1.85 m, 1.8 m, which "180 cm"
// matches); 兆 and a smaller
// 亿 in one amount (三兆三千亿: 3.3 trillion); 两 after 十 ends the number
// (三十两日: the 30th, two days); a day named by its month and day parted
// by a middle dot (“八·一七”公报: August 17); and a five-year plan named
// by its number is no figure (“十五”期间, 十四五规划, "the Tenth Five-Year
// Plan"; not "a five-year plan").
//
// Also: a distance in kilometres and metres (60公里700米: 60.7 km); a day
// in digits without 日 after a year and its month, before a stop or a
// comma (2002年6月15，); 9-1-1, the emergency number said digit by digit
// (not a record, 3-1-1); 块钱 after an amount is the yuan, "bucks" (5万块钱,
// 二十块钱), which a translation may give in dollars; 三四成 is 30 or 40 %;
// "between ten million and fifty million" is two numbers, not ten million
// and fifty; digits grouped after a scale are its rest (223万5,635); a
// year of the Republic of China's calendar after 民國, or before a month in
// a text that counts its years from 民國, is that year (民國一百零七年十二月
// 三十一日: December 31, 2018; 至七十六年七月十四日: July 14, 1987), and
// 民國元年 is 1912; without 民國, a count of years written with 年 (九十一年,
// 108年度) and a decree's year tag ((71)台央業字) match the year 1911 on
// that the other language states, as a year or a date's (June 5, 2002,
// 2019, 1982); 两 between a number and silver or gold is the tael
// (一万两银子: ten thousand taels), elsewhere the spoken 一万两 (12,000);
// tens and units joined by 有 are one number, as classical Chinese counts
// (十有三年: 13 years, 二十有八: 28; not 十有八九, "nine times out of
// ten"); a pair is one ("a pair of header pins" and 1 对); a number
// of decades of age before 旬 is said loosely, no figure, but mentions
// its tens (8旬老妪 and "eighty-year-old"; 年近五旬 and "in his late
// 40s"); 百万千瓦 mentions 1,000 megawatts and one gigawatt; two
// millenniums are 两千年; 打数 counts a batter's turns, no dozens
// (三打数一安打: one for three); 39岁半 and
// 三岁半 are 39.5 and 3.5, so are spoken halves and tenths after a unit
// (6斤半 is 6.5, 37块5 is 37.5; not 5公里半程, a half marathon), money
// as a market says it is yuan (两块五毛钱 and 三块五毛 are 2.5 and 3.5, 二十六元七角钱
// 26.7, 五毛钱 0.5, "55 yuan and 6 jiao" 55.6; not 两块五花肉, two pieces of pork,
// nor 一毛钱关系), and a mixed fraction in digits (4 1/2) is a
// figure as well as a label, 4.5; 四 and 周 after a place say "all around"
// it, no four weeks (投票所四周三十公尺, 航空站四周之一定距離); points
// grouping thousands twice or more are the thousands (3.000.000), but
// not an address (192.168.1.1); commas grouping a Chinese number by four
// digits, by 万, group it so (100,0000 is a million); a full stop or a hyphenation point
// between Chinese digits is their decimal point, as Taiwan writes it
// (一．五, 百分之○．二, 零‧零零一: 1.5, 0.2 %, 0.001); the numerals of
// contracts and cheques are read among numerals (壹百伍拾萬, 贰仟叁佰元),
// not alone (參加, 大陸, 隊伍); a scale after the currency is the
// amount's (434人民币亿: 43.4 billion yuan); $US is the American dollar
// ($US5.87 billion); an English mixed fraction may join its whole with a
// hyphen (10-1/2 days) or "and" (4 and 1/2); "thousand billion" and
// "thousand million" are one scale (1 thousand billion: 一万亿); a
// fraction may give its numerator in digits and its denominator in words
// (2 thirds, 4 fifths; not quarters, a game's); "N minutes past H" is a
// time of day (45 minutes past 6 PM: 18:45); US run into its digits is
// the dollar (US21.99 billion).
//
// Also: the number of a rule a text outlines with letters and digits is
// no figure, at the text's start before a closing bracket (12a1) 面转动,
// "2u) Competitors", 4b4+)) or after a word for a rule (见规则 2u, 指南4f+,
// "Regulation 12c", Article 5a); a whole number left unknown before its
// decimals is read from the point (X.49 becomes X: .49); a number before
// 面体, 边形 or 进制 makes a word, as a numeral does (12面体: a
// dodecahedron); digits spoken one by one before a unit or "degrees" are
// one number ("One Six Zero Degrees", "Five Two Minutes": 160, 52; not
// "list one, one, two"), and so are hundreds and tens before "turn" or
// "degrees" ("three sixty turn", "a one-eighty turn"; not "five-thirty");
// minutes after degrees are minutes of arc, no time (40 degrees 26
// minutes, as 40度26分); M and K attached to an English number are a
// million and a thousand before a word in lower case or a stop (1M tasks,
// 50K), not 3M, 4K or 8K, a 10K run, 3000M or a name's (chat_0.8M); a
// day after a month, spaced from it and from the word after it, needs no
// 日 (2020 年 12 月 21 翕, 7 月 13 出现, as Taiwanese writes a date; not
// 6 月 30 亿); the smaller places after a scale, a digit and its scale
// each, are one number (1 萬 2 千 4 百: 12,400); 3分半钟 is 3.5 minutes;
// 三百六十五又四分之一 (a mixed number) is 365.25;
// minutes in two digits after 点 need no 分 (9 点 34); a star of a Chinese
// asterism or a planet's moon named by its number is no figure (参宿四,
// 轩辕十四, 土卫十七, 昴宿增十二, an added star), nor is 初一十五 (new moon and full moon); omega-3
// is a name; a number in square brackets after a word ending
// a table's cell or the text marks a footnote ("Size [2] | Links [3]").
//
// Also: a year of an emperor's era (Ming, Qing) or of Japan's is its
// Western year (同治九年: 1870; 光緒元年: 1875), and nothing where the
// text glosses it with the Western year in brackets (道光十二年(一八三二年),
// 乾隆二十七年（公元一七六二年）); a range of years whose second gives
// only its last two digits (一九四二至四五年: 1942 and 1945); a class of
// school or college by its year's last two digits (七七级, 六二至六五届:
// 1977, 1962 and 1965; not 七八级大风, seven or eight, nor 第六二届); a
// Chinese date or an English time run into the letters before it
// (www.blairwitch.com1999年1月6日, "Information Centre9:00am"); a full-width
// Ｏ among Chinese digits is 〇 too (二ＯＯ七年); a range of decades in
// Chinese digits (一九三〇至一九五〇年代: the 1930s and the 1950s); a season
// or a fiscal year by its two years (2023/24 年度: 2023 to 2024); an
// English running time in hours and minutes is one figure in seconds, as
// the Chinese one is (3 hrs 15 mins, 1hr25mins, its parts in words too,
// four hours fifteen minutes, 19 hours one minute 24 seconds, and in
// letters of two parts or more, in either language, 1m 59.85s, 2h45m;
// 3.5hours is 3.5 hours;
// joined by "and", its parts are summed as before); a range of times after am, pm or nn (noon) is
// two times (5:00pm-7:00pm, 12:00nn-2:00pm); and a generation's ordinal
// (十五世祖) and a weekday in brackets after a date (4日（二）) are no
// figures.
//
// # What is deliberately not read
//
// These would raise false alarms, because translators render them without a
// number or with a different one, so they are never quantities:
//   - vague amounts: tens of billions, hundreds of millions, dozens, several
//     thousand, 数百亿, 几十, 上千, 数以十万计; a scale word or character with no numeral
//     before it (billions, 百亿, 千万) is vague too;
//   - one: English "one" and "a" except before a scale word or a fraction (a
//     million, one third) and "one" before percent or a percentage point,
//     and a lone Chinese 一 (一个, 统一, 一起) except in
//     a month (一月), a longer numeral (一千亿) or 一个百分点 ("a percentage
//     point" is one);
//   - twice, double, half, dozen, 翻倍, 一半, and 两 before 次 or 倍;
//   - a single Chinese numeral character not followed by a measure word, a
//     unit or punctuation (三星, 两岸, 七嘴八舌; 四行 and 三列, rows and
//     columns, and 两句, two sentences, are counts), and runs of numeral
//     characters that are not a number (五六个, 一五一十);
//   - ordinals and weekdays (第三, 第 3 次, 星期三, 1st, 2nd), decades
//     (1990s, the 1920 ’ s as a tokenizer spaces it, 90 年代, 80年 代,
//     1960和70年代, and
//     20 世纪 90 年 with 代 left out or mistyped; but the check compares the decades both languages
//     write, below) and centuries (20 世纪); digits one by one before 年
//     that are no year of 1000 to 2999 (三四五六年级: grades listed);
//   - 上半年, 半年报 and 半年化 (a half of the year, a half-year's report,
//     semi-annualised: not six months); m and k for
//     million and thousand except after a currency sign ($5m: 100m may be
//     metres; $700mm, a banker's millions; $16tr, trillions as the FT writes
//     them), and mill for million only a space after an amount of money
//     ($250 mill; not a paper mill); grand for a thousand only a space
//     after a whole number with no noun after it (100 grand in their
//     pocket; not 2 grand pianos);
//   - digits that belong to a name: attached to Latin letters or joined to a
//     capitalised word by - or + (GPT-5, GMT+8, UTC−5 with a minus sign,
//     UTF-16, GB18030, Big5, 5G, Covid-19, Expo-2020), or to three
//     capitals by a point (ASN.1; not FIG.1 or VOL.2); a lower-case word
//     before the hyphen keeps the
//     number (late-2023), and so does a capitalised word of time or rank
//     (Mid-2024, Top-10), but not the end of a name joined by hyphens or
//     of a file's name (us-west-2, wolf-400.jpg), nor a segment of a
//     link's path (/pull/1, what is left of a link in a text), nor Covid
//     19 written without its hyphen, nor a law's number between its year
//     and its letters (Directive 2003/98/EC); a size (5x8) is no multiple;
//     but after an x a metric screw's length is read (the 12mm of
//     M3x12mm; M3 is its name), and so is a count after a measure spaced
//     from its x (12mm x3, three screws of 12mm);
//   - signs: values are magnitudes, "down 5%" and "下降 5%" are both 5 %;
//   - numerals inside words: 之一 before 百度 (one of … Baidu), 零 alone
//     or twice (零部件, 零售, 孤零零), 三次方程 (a power), 两位数 (double digits), 十六进制 and 16 进制 (a base), set
//     phrases (退一万步, 三天两头, 十万八千里, 五十步笑百步, 接二连三, 八股,
//     九出十三归, a usurer's terms,
//     三项全能 and 十项全能, the triathlon and the decathlon;
//     十二分的, more than wholly, which a translation may give as 120 %) and
//     English idioms (nineteen to the dozen, forty winks, on cloud nine)
//     and terms (two's complement),
//     twenty-foot equivalent units (TEU, a container's size), a number word
//     capitalised inside a sentence before a capitalised word (the Three
//     Gorges; not in a text capitalised as a headline), 二十面体 and 六边形
//     (shapes), 双11 and 8·11 (names of days), 7*24 and 24/7 (round the clock),
//     decades listed (7、80 年代, the 1930’s) and centuries (16 世紀);
//     labels (Section 5, Article 3, No. 7, #77, Group of 7, Division 1,
//     subparagraph 4, size 0 (not "size 1.2m*2m", a measure), theta 0
//     and the like, a variable's
//     subscript), the speakers of a transcript told apart (播音员2：,
//     记者1：), the number of a cloud's region before its city in
//     brackets (华东 1（杭州）, which English calls "China (Hangzhou)"),
//     the end of a range that opens with an
//     ordinal (the 9 of 第5-9届; but pages are figures, 第216-217页 and "pp.
//     216-217"), a
//     subtitle's position tag ({\pos(288,255)}), the number of a paragraph that opens a text
//     (10. 委员会商定…, and 1\. as Markdown escapes it) and of an item listed inside it (如下：一、… 二、…,
//     （三）, "as follows:  1. … 2. …", (3), and "(2)" after a comma, "and" or
//     "or", or ；或(2), where (1) stands before it), which one language may leave
//     out; an ordinal in words (the fifty-eighth session); 76人队 (the
//     Sixers) and 007 (James Bond), names; "Team 2" where the Chinese
//     names the team by its heavenly stem (乙队); a citation of a book's
//     part and verse in brackets ("(III, i, ode 7, 4)", "(Shu, V, xxvii,
//     3)"); a table's "No" (not required) before a date is no label (No
//     2017-12-05T22:40Z); the words of text messages and
//     posts that a digit spells (2day, 2morrow, some1, 4ever) and a lone 2
//     that is "to" before a verb or a pronoun in lower case (Excited 2
//     take the stage; not "step 2 take");
//     the two numbers of a ratio, not a time (the ratio of 7:13); a month that
//     begins a name (the March for Life; after in, since, until, during,
//     last, early or late it is a month: "In March America's regulator";
//     not after by or from, an album by June Christy), and one
//     before a model's number (a Long March 5B rocket: a capital letter
//     after the digits);
//   - markup a corpus or a page left in the text (<seg id="8">, </p>),
//     and the count of atoms in a chemical formula a tokenizer spaced (O 2,
//     CO 2); the lettered parts of a section of a law are part of its
//     number (501(c)(3) is one figure, 501).
//
// # Values and units
//
// Value is the number the text means: $1.4 trillion and 1.4 兆美元 are both
// 1.4e12 USD, 27% is 27 %. Dates are encoded in Value as YYYYMMDD with 00 for
// a part the text leaves out (October 2025 is 20251000, Feb. 4 is 204);
// times as HHMM. See the Unit constants.
//
// Also read: a full-width point between digits (7．8 亿); the letters
// that text recognised from a scanned page reads for digits, O for 0
// between digits, after the digits that open a word or opening a decimal
// (2O19, 1O days, P<O.05) and l for 1 between digits (2l3), not in a word
// that opens with a letter (H2O, CO2); a race time
// written with an apostrophe or a prime (23'54, 23.54 seconds); "one in a
// thousand" (千分之一), one-fiftieth; quarters "of 2017" or "of the year"
// are periods, not three quarters; a decimal M.DD before a capitalised
// word (the 11.11 Shopping Festival) names a day; "a half-billion" and
// "a half-million", "a million and a half", "another billion"; no age is
// the rest of a number after a scale (900万11岁以下: nine million under
// eleven). 101 after a capitalised word that begins no sentence, or a
// subject's name in lower case (epidemiology 101), is the basics of a
// subject (Econ 101: 经济学入门), not a figure, and 一点
// after 有, 这, 那 … is "a point" or "a little", not one o'clock (有一点十分
// 明确). A Chinese scale before 瓦 is also read as the prefix of a multiple
// of the watt, and the number compared without it (44百万瓦 and
// "44-megawatt", 十万亿瓦 and "ten terawatts"). Also: a decimal in English
// words (sixty-one point seven six percent: 61.76%); dollars and cents in
// words (two dollars and forty-four cents: 2.44 USD); "four in five" (五分
// 之四); a day's ordinal run into its month (21stOctober 2016) and a month
// in lower case with its day and year (august 8, 1967); a year clipped
// after an opening quote (the ‘74 report); thousands typed as k after any
// number (5k nodes, 20k pods) and 万 as w in Chinese before a capital or a
// counting word (2wPod; not 3W, a watt, nor 6w, a week); milliseconds
// (2000ms, 100 ms, 25毫秒: seconds) and minutes typed in Chinese (5min);
// basis points written BIPS (not "four BIPs", Bitcoin's proposals); a
// decimal without its zero in either language ({.01, .05}); a product's
// version (Volcano 1.7.0) and the 500 of the S&P 500 (标普500, "Standard &
// Poor's 500"; not 标普31.6%, the index's return) are no figures, nor is a
// group of digits a number passed over leaves (the 000 of n+1,000); a
// decimal spelled 點 before 分配 is no time.
//
// # Matching
//
// Check compares the quantities of the two paragraphs of each pair. A
// quantity is matched when the other paragraph states a compatible one:
//   - the same unit and the same value, to a relative 1e-12 (format and scale
//     do not matter: 1,000 亿美元 = $100 billion, 1,350 亿 = 135 billion);
//     rounding is not forgiven here: 1.34 兆美元 against $1.3 trillion is
//     reported (see the confidences below for a rounding silently made);
//   - a plain number (no unit the extractor knows) matches any quantity of
//     the same value, because units are often spelled in words it does not
//     read (10 家公司 and 10 companies, 100 billion and 1,000 亿美元);
//   - a date without a year matches a date with one on month and day
//     (Feb. 4 and 2026 年 2 月 4 日);
//   - a length, area, weight or temperature matches the same amount in
//     another unit: exactly within one system (5 公里 and 5,000 metres),
//     within 6 % (1 degree, or a hundredth of a high temperature: 2,500
//     摄氏度 and "4,500 degrees") between metric and other units, or two
//     units of neither (109亩 and 18 acres), which translators round (约
//     2,100 米 and 7,000 feet, 290 公里 and 180 miles, 35 摄氏度 and 95°F
//     or 95F (a C or an F attached to a number is a temperature's scale in
//     a text that speaks of heat or cold, "approaching 30C"; not after a
//     capitalised word, the Merlin 1C engine, nor 3F, a floor),
//     82 公斤 and 180 pounds), within 10 % when both say the figure is
//     approximate (约30公里 and "about 20 miles"), or the amount
//     the conversion gives, rounded to the last digit written where that
//     digit is at most a fifth of the figure (50 米 and "150 feet", 45.7
//     m), or a temperature within the span 多 gives (50多摄氏度 and "130
//     degrees", 54.4 °C), unless the other side states the figure in the
//     same system too;
//   - a Chinese multiple after a verb of growth (提高, 增长, 涨, 飙升 …, with
//     逾 between), or after the adjective of
//     a comparison with 比, matches one more (提高三倍 and quadrupling, 涨了逾8倍
//     and "more than nine times",
//     比本的手机旧三倍 and "four times as old"), and the growth in per cent after a verb that says
//     by how much (急增2.3倍 and "soared 230%"), and a Chinese rise in per
//     cent after such a verb matches the multiple it makes (增加15% and
//     "1.15x", 增加200% and "tripled"); 35m matches 3,500 万;
//   - an English number before a unit with the prefix kilo- the check
//     does not measure is read in thousands too, and so is the first of a
//     range before it (26 to 32 kilobases and 2.6 至 3.2 万个碱基); before
//     mega- in millions (300 megapixels and 3亿个像素), before giga- in
//     billions;
//   - the sign $ alone matches Australian, Canadian and Hong Kong dollars
//     of the same value (2,700 澳元 and $2,700), as ¥ matches yen and yuan;
//   - a year alone matches a date of that year (2018 and 二零一八年十一月五号,
//     written apart in "November 5th-10th, 2018"), but a date is not matched
//     by its year alone; four digits alone read as a year match an amount
//     of money of the same value (1200也太贵了 and "twelve hundred RMB": a
//     price);
//   - "fiscal year 17", "fiscal 17" and FY 17 are 2017 (2017 财年), and
//     the end of a range of years that leaves its century out is the year
//     (1981-87 and 1987年, 1998–02 and 2002年; in Chinese, 97-98 年 and
//     08-09 年 are 1997 and 2008 to the next year, a hyphen between, the
//     first year 50 or more or with a leading zero: not 10-15年, a span,
//     nor 50-55年龄段, ages; 2008--09 and 2013 -- 14 with
//     two hyphens for the dash);
//   - an approximate Chinese number (十多, 二十余, 十来) matches an English number
//     word inside its range (about a dozen, a dozen or so), never English
//     digits; "one to two percent" opens with a figure (百分之一、二), and
//     一两个百分点 writes "one or two percentage points";
//   - a date written day first with points is a date (1.9.2022 and
//     2022年9月1日), as Hong Kong's and Europe's English write it, and so
//     is one with a year in two digits whose month and day, two digits
//     each, tell their order (01.19.23: January 19, 2023; not 1.20.15, a
//     version, nor 01.02.23); the
//     number 0 named so ("the number 0", 数字 0, 0x00 in hexadecimal, a
//     matrix or string of 01: 01 矩阵) is a mention of 0, a value in
//     hexadecimal (0x01) a mention of it, and a span of time one at a
//     time (每分鐘, 每秒) a mention of one ("every 1 minute");
//   - a year in two digits before 年 is the year (08年 and 2008, 97年 and
//     1997, 零四年 and 2004, 17 年初 and "early 2017") when the other language writes that year;
//   - the end of a year and its December, its start and its January
//     (2002年底 and "the end of December 2002", 2018年年底 and "December
//     2018"); the 1 of a rate written
//     1比X, which English gives as X alone (1比1.2761 and "1.2761"), is no
//     figure of its own; decades in numerals joined by 和 (七十和八十年代
//     and "the 70s and 80s");
//   - quarters of a year, when both languages name one: 第二季度, 二季度,
//     Q2 and "the second quarter" (二、三季度 and "the second and third
//     quarters"; 第一财季 and "fiscal first-quarter"); a quarter against
//     a text that names only others may be said by its months and is not
//     likely; 前三季度 and 首3個季度 are nine months ("the first nine
//     months", "the first three quarters"); a range of months from January
//     (1—4月, 1月至6月) is "the first four months" or "the first half" (and
//     "the first quarter", "the first three quarters"); a range of years
//     (2025—2027年) is the count of years it holds ("the next three
//     years", a three-year plan) where the English names neither end; a day
//     written with slashes in either order, in either language (11/9,
//     11/9/89, and 30/06 2024 as one changelog heads its versions), is the
//     day written 11.9, 1989年11月9日 or "Jun 30 2024";
//   - a fraction in words, or a decimal below one, matches a percentage or
//     permille of its size ("one in a thousand" and 千分之一, "a chance in
//     a million" and 百万分之一, "one part
//     in a hundred thousand" and 十万分之一, a
//     correlation of .5 and 50%), and a fraction in words a whole
//     percentage cut or rounded from it (三分之二 and 66% or 67%);
//   - a figure the other language says as a multiple of one before it
//     (从 8% 直到 24% and "from eight percent up to three times that"): the
//     multiple, followed by that, this, it, as much or as many, times a
//     figure of the same unit that has its counterpart must give the
//     figure exactly (25% there, or "four times that", is reported);
//   - a change in percentage points one language gives where the other
//     gives the level it changed from, the level it changed to stated in
//     both (涨幅比上月扩大0.2个百分点 and "from the 2.5 per cent increase in
//     the previous month" beside 2.7%): the difference must be exact, and
//     neither figure may have a counterpart of its own;
//   - a Chinese decimal written M.DD before a word names a day (7.19洪灾):
//     it matches July 19 or 719; an English decimal D.MM may be a day and
//     its month ("dispatched 18.12" and 12 月 18 日);
//   - a number of thousands written with k and a power of two is also
//     read as 1,024 each (64k and 65,536, a context length or a memory
//     size);
//   - durations in parts: 6分05秒 and "six minutes and five seconds",
//     1小时45分钟 and "an hour and 45 minutes", 一年六个月 or 两年零三个月
//     and "18 months" or "27 months" (years and months without 个, 零 or
//     又 only up to five years, so 2019年6月 is a date);
//   - an English decimal split by a space after its point ("84. 32%",
//     "US$2. 4 trillion", a full-width point converted) is read whole when
//     the Chinese writes it whole (84．32％);
//   - times of day said another way: an hour before 点 or 时 that is read
//     as a plain number and a time on the hour (23点 and 11 p.m.) or the
//     hour before "o'clock" (21点 and "nine o'clock"); the two
//     numbers around a full-width colon or a dash and a time written h:mm
//     (2：30 and 2:30, a score 21:19 and 21-19); an hour before 点 and a
//     time of day written to the second (九点 and 09:00:00); two times half a day apart
//     when one of them does not say which half (八点半 and 8:30 p.m.); a
//     military time, four digits with a leading zero, before "hours" or
//     with "hrs" run into it (2300hrs), or first in a range whose second
//     says hours ("between 1100 and 1200 hours" and 11时至12时), or
//     after "at" and before a stop ("At 1310, near the village"), and
//     the same hour or time (五点, 下午5:30, 13时10分), and 0000 hours and
//     零时 (midnight);
//   - decades, when both languages write one in digits or numerals: 1880
//     年代 and the 1880's, 80 年代 and the 1980s (a decade without its
//     century agrees on the last two digits), 50 至 60 年代 (a range, the
//     first decade without 年代) and "the 1950s and '60s", 7、80 年代 and
//     the 1970s and 1980s, 八九十年代 and the ’80s and ’90s, 1960和70年代
//     and "the 1960s and 70s", 1980和1990年代 and "the 1980s-90s", 20 和
//     30 年代 (spaced) and "the 2020s and 2030s"; a decade
//     against a text that writes none is not reported, as translators say
//     decades in words;
//     the decade of a century's first years (the 1900s) matches that
//     century (20世纪), which "the 1900s" may name, and the 2000s the
//     start of this one (本世纪初, 本世纪前十年); a year's possessive is no
//     decade (2008’s);
//   - a discount: N折 and a percentage of the price or taken off it (九折
//     and "a 10% discount", 8折 and "20% off");
//   - 千 before a unit is the prefix kilo- when the numeral before it is
//     whole without it (五十千米: 50 km; 三千米 stays 3,000 m, the same),
//     and 一千瓦 is a kilowatt (6美分一千瓦时: no figure but the price);
//   - a total and its parts: a figure said to be a total (共计 2000 余人,
//     "a total of", "in all") and two figures of the other language that
//     add up to it (1,500 and "other 500"), one of them without a
//     counterpart and neither below a fiftieth of the total (348 and the 1
//     of 1区 are no parts of "a total of 349"); a Chinese number split by
//     stray spaces (1 0 亿英镑,
//     2 0 1 5 年) is read whole when that gives more figures a
//     counterpart, or as many and fewer without one;
//   - a unit of measure is found after 多 or 余 (6000多亩 and "6,000 mu
//     (400 hectares)"), after a hyphen (a 550-acre park) and after the
//     second number of a range, whose unit the first takes (2-4 公顷 and
//     5-10 acres) and after a scale that ends the figure (15亿吨 and "1.5
//     gigatons": gigatons and megatons are units); 斤 and jin are half a
//     kilogram; "degrees" with no scale
//     against 摄氏度 may be Celsius or Fahrenheit (32.2 摄氏度 and "90
//     degrees"), but against 华氏度 or °F it is Fahrenheit and must be the
//     same figure (81 华氏度 and "80 degrees" are reported);
//   - a day of the month written alone (26日, 号) and a date of the other
//     language with that day (July 26, 2020), or the day before when that
//     language says "the next day", when no full date of either side is
//     left without its counterpart; 0—24时 (the whole of a day) against a
//     text that states no hour; a count of 0 against English "no", "none",
//     "zero" said at least as often; 12 点 or 12时 and noon or midnight in
//     words; a generation (95后, 00后) and the year it starts at ("born
//     after 1995"); an event named by its day, 911 事件 and 9/11 (three
//     digits at least, run together in Chinese);
//   - days that share a month or 日, as a list or a range writes them
//     once: 7月17和7月22日 (17 is the 17th), "July 17 and 22" and
//     "November 11-16" (22 and 16 are days of that month; not "July 17
//     and 22 people"), a list of days with commas that "and" closes
//     ("October 24, 25, 26 and 27, 2022"; not "July 17, 20 people"), and "the 26th" after a date of the month stated
//     before it, when a list word, a time word or punctuation follows
//     (not the 21st century, nor "the 18th and 19th centuries", nor the
//     24th "National Eye Care Day", a name in quotation marks); "May of 2018" is a month of a year; 6成, in
//     digits, is 60 % as 六成 is (not 3成员国); "20: 00" or "10 : 00",
//     with a space after the colon or on both sides, is a time when the
//     hour has two digits, or one after a preposition of time ("from 5:
//     30", "as of 8: 34"; not John 3: 16), before am or pm ("3 : 30
//     p.m.") or opening a range of times (8 : 00 – 14 : 00); not an
//     item's number before a share (1：17.97%); a year after a month and
//     a day is no year when a currency's code follows it (June 17, 1050
//     RMB: a price); "nearly10,000", a word of approximation run into its
//     digits, is 10,000, not a name, and so are up to six digits after
//     small words a PDF's conversion runs together and into them
//     ("the39predicted", "byabout3.6times"; not band84 nor
//     for20112012b); a capitalised number word run into the word before
//     it ("MethodsFifty-seven"), and a month's name into mid, early or
//     late ("midSeptember"), is read from its capital; an item's number
//     that opens a text and runs into a year with 年 or a dash after it
//     (1.2015年, 2.2003-2006年) is no decimal: the year is read; in Chinese
//     science a after digits is the year (持续 2a多: two years); MP after
//     digits, attached or a space after, is millions of pixels (a 2MP
//     camera, a 2 MP resolution: 200 万像素; not +5MP/s, a game's mana
//     points); the slot of a plural selector ({^2:second;seconds})
//     is no figure; 2019 before
//     冠状病毒 or 冠狀病毒 is COVID-19's Chinese name, no year; hundred after one digit is a scale
//     ("1 hundred yuan"); 半个月 and "half a month" are 15 days (not
//     上半个月, the first half, nor 十天半个月, "a week or two", which
//     only mentions 15, as 过不了半月 does); 5 个半月 is five and a half months, 2 个半小时
//     two and a half hours, 一个半小时 "one and a half hours"; 6月龄,
//     0-2月婴儿 and 3月大的宝宝 are ages in months, not March; "1 in 20"
//     is 二十分之一; "Jan, 2013" is January 2013; "November 16th to 18th"
//     ends on the 18th; 从 994 下降至 885 亿 is 99.4 billion falling to
//     88.5 billion; 14½ is 14.5; "a quarter of an hour" is 15 minutes and
//     "three quarters of an hour" 45; 例 counts cases and 记 blows, as 个
//     counts things; a stray full stop between a decimal and its scale word
//     ("1.1. Billion") does not part them; and an English idiom ending in
//     a number (a Catch 22, cloud 9), and 20/20 or 20-20 said of hindsight
//     or vision (事后诸葛亮), is no figure; 一 before 点 is one o'clock when
//     a time follows or goes before it (一点半, 下午一点), not in 一时半会 or
//     一点半点, nor after an adjective, where it is "a bit" (再久一点15分钟后);
//   - a duration in another unit, where the conversion is exact or the
//     translator's plain convention: 两周 and "14 days", 两年 and "24
//     months", 一个半小时 and "90 minutes", a year and 365 days, and a
//     month as 30 days for up to twelve months (两个月 and "60 days"); not
//     months against weeks (two months are no eight weeks), and 61 days
//     stays reported; a time on a game clock in minutes and seconds (3分35秒
//     and "3:35", 27分37秒 and "27:37"); a time of day written to the
//     second, its seconds 00, and without them (UTC 00:00:00 and "UTC
//     00:00"); a time written h.mm with am or pm,
//     or in Chinese after a part of the day (下午 5.30), and a full-width
//     colon (下午5：30 and "5.30pm"); thousands parted by a
//     space, a no-break or a thin space, or a comma and a space ("2 000",
//     1 250 000, "RMB1, 500", and in a list with commas and no spaces
//     after them, "5 778,6 984,5 220") and the number written whole; a fraction in Chinese words and its percentage
//     (五分之一 and "Twenty per cent"). Each needs the same value: 3分36秒,
//     "2 001", 21 per cent are still reported;
//   - a military time before a time zone, after a space or attached (约
//     12 时 and "1200 GMT", 凌晨2点 and "0200GMT"); a time in the zone
//     each side names, the same moment (23:30 (台北時間) and "15:30 UTC");
//     a short date before a time is no date and year (26 Apr 23:59:59); a
//     spaced range of days with an en dash takes its month (2016 年 6 月
//     3–5 日); 180 個分鐘 is minutes; an
//     English date with an ordinal day (4th July 1776, the 6th of
//     October, the 5th day of June) and days listed before their month (3 and 4 February,
//     1–10 January 2020; not before a date written year first, "N=5,
//     2022-08-26"); a day in brackets, 今（27）日, as a day alone;
//     N个世纪 and N个多世纪 as N centuries (两个世纪 and "two centuries"; 20 世纪 stays
//     the ordinal century), 四分之一个世纪 as 25 years ("a quarter of a
//     century"); a decimal without its leading zero (.08%,
//     $.20, mAP@[.5, .95], 1/.7, "from -.5 down to -.8"; in words after of, is,
//     equals and the like, "a precision of point five", or after zero;
//     in Chinese after a space, a comma, a full-width colon or a character,
//     默认值：.025, .50口径; where the Chinese ends its sentences with
//     points, 数据.这即是, 弥补了.1000 次 agrees with 1000 too, and
//     before a measure a point after a character is such a stop,
//     积分.100公里组); "a
//     fifteenth as rich" is a fraction; a plus between a number and its scale word ($300+ billion,
//     more than); thousands parted by points (10.700) against the same
//     number written whole; a single Chinese numeral that opens a range
//     (三至五年, 零至三周岁: 零 there is 0); 十一 before a word of the
//     holiday or in quotes (十一黄金周, “十一”期间) is National Day, no
//     count; 第N号 and "No. N" are labels of one kind (a resolution's
//     number, 第2758号决议), as # is, and so is a building's number in a
//     Chinese address (大業街4號 and "No. 4 Tai Yip Street", 德興街7-8號
//     and "No.7-8"; 電氣道201 - 218號 a range, its numbers between held
//     as "No. 200-218" holds them), a lot's "No" with no point ("Lot No
//     1066") and a demarcation district of Hong Kong (第4約, "Survey
//     District No. 4", D.D.103), and a standard's number (RFC 3986, which
//     one language may cite alone); 第一阶段 and "Phase 1" are labels of one kind; a name with digits that both
//     languages write alike (SARS-CoV-2) mentions no figure, as often as
//     both write it, first where it stands whole (HTTP1 of "HTTP1.1 …
//     HTTP1", where the other writes "HTTP 1.1" and HTTP1) (G20 once more in one language may stand for 二十国
//     in the other); a number after a word and a space that the other
//     writes run into the word or its capital, and numbers that word
//     with no other number ("Qos 0" and Qos0, "Level 3" and L3; not
//     "Level 2" beside L1, L2 and L3, nor "HTTP 2" where the other has
//     HTTP 1 and http2); and where an amount with 元 alone equals one in
//     another currency in the pair (加拿大 5 元 and "Canadian $5"), 元
//     stands for that currency there, and another such amount that
//     differs (6 元 against $5) is a changed figure, not a rate unknown.
//     Each needs the same value: 1300 GMT, the 7th October, 0.09% against
//     .08%, 10,701 against 10.700 are still reported;
//   - a count after 等 of the members a Chinese list names and the others
//     beside them, when the English says "and other N", "N other" or "N
//     relevant" (安徽、重庆等8省 and "Anhui, Chongqing and other six
//     provinces": two named and six; 工业和信息化部等十一部门 and "the MIIT
//     and 10 other departments", 和 inside a ministry's name); decimals
//     parted in threes by a space (0.010 3 and .0103); thousands parted by a full-width comma (5，000多年,
//     1，700万), read whole where that gives more figures a counterpart
//     ("17 million"; a list 1，2，3 stays three); a Chinese range of years whose end leaves the
//     century out (2009-11年 and "2009-2011"); 零点 and 0:00, midnight;
//     the year after days that share a month ("September 29 and 30,
//     2018") is the range's, and a Chinese day with 日 after a date and
//     、, 和 or 至 takes its month (11月3日、4日; each of 24日、25日、26日); a number word joined to
//     "hundred" by a hyphen ("Five-hundred-meter") is a figure, where a
//     compound word of a count up to a dozen (two-way) is not, one of a
//     larger number is (Sixty-four-bit and 64 位); 个位数, 上双 and double
//     digits mention 10, and low, mid and high single digits the shares
//     they span (5% and "a mid-single-digit decline"); "1)", "2)" numbering an English list after a
//     colon, a semicolon or a full stop are no figures; 00后 is a
//     generation; and a name with digits one language writes alone in
//     brackets, where the other writes it in the sentence, glosses the
//     words before it (二十国集团(G20) and "the G20") and is not shared;
//     two years in brackets right after a word date what it names, a
//     gloss a translator adds or leaves out ("under the Martial Law
//     (1949-1987)" and 戒嚴時期, 鲁迅（1881—1936）).
//     Each needs the same value: 安徽、重庆等9省, 5，001, 2009-2012, 1:00
//     and 11月3日、5日 are still reported;
//   - a measure the other language writes in a numeral Extract does not
//     read, in another unit (10 feet and 三米, 20-foot and 六米多, 10,000-foot
//     and 三四千米, a 5.5-pound box and 五斤): within 6 % or inside the
//     span of 多 or of neighbouring digits, unless that language states the
//     measure in the same unit too (50 公里（31英里） and "(32 miles)" is
//     reported); 公分 is the centimetre, 平米 the square metre, a yard
//     singular, and a temperature may have its scale before the number
//     (摄氏37度, 华氏100度); "degrees" unsaid read as Celsius must be the
//     same figure (摄氏101度 and "100 degrees" is reported); the unit
//     after a number in words ("four pounds" of rock: 1,731克);
//   - the feet and the inches of an English height, in digits or words,
//     and a metric one within 3 %, either way round (the 6-foot-4 athlete
//     and 1米93; 一米六零 and "five feet four inches"; "five feet six"
//     where the height ends a clause, inches unsaid, and 1米68; 6'2" and
//     188cm);
//   - speeds in kilometres and miles an hour (25公里/小时 and 15mph;
//     每小时6公里 and "4 mph"), a
//     unit after one word ("50 overhead pounds"), and after a number in
//     words and a hyphen (five-pound: 2公斤), converted as lengths are; a
//     figure to the unit is a rounding too (2米 and "a 7ft wall", 2.13 m;
//     a dozen pounds and 5公斤);
//   - a time of day written with a stop (British "at 2.30") or run
//     together before am or pm ("430 pm") and the same time with a colon
//     (下午2:30, 下午4:30);
//   - years said as a quarter of a century or in decades ("a quarter
//     century", "the past quarter of a century" and 25年, "three-decade" and 30年, "three long decades" and
//     "five straight years", a word between that leaves the span as it is),
//     and a quarter or three
//     quarters as 25 % and 75 % ("nearly a quarter" and 近25%);
//   - a number written to five significant digits or more with a point
//     and a scale, and the same number rounded to it (223万5,635 and
//     "2.2356 million"); a whole number ending in zeros is no rounding
//     (16048100 and 16048101 are reported), nor an amount to the cent
//     against another to the cent (HK$10,221.00 and 港幣$10221.01);
//   - a span of minutes, hours or days before 前 in brackets at the end of
//     a text (（15小时前）) is the age of a post in a feed, which a
//     translation leaves out;
//   - an unmatched figure is no changed one of an amount that stands
//     against another currency (15日 and "NT$ 5 million" against
//     新台币500万元).
//
// Identifiers are compared as written, apart from the figures: a run of
// ASCII letters, digits and . - / _ with a digit and a letter (LP700-4;
// a contract's number, capitals, a slash and two groups of digits, is one
// where a figure was read in it too: CV/2015/03 and CV/2014/03),
// three groups of digits (424.10.37.20.01.001) or seven digits or more (an
// ISBN, zhihu.com/p/60474874) or a size, digits either side of × or *,
// spaced or not (800×480, a 3×1 matrix, 2*5-PIN, 3000 × 3000 and
// 3000×3000 alike, 5*200 and 5 × 200 too; not 20 × 10-18, a power of ten,
// nor an amount after its currency spaced from its factor, USD 55 × 20/30), unit Code, sizes with
// as many sides being of one shape (448× 48 and 448 × 448), and a formula set in TeX
// between dollar signs with a digit ($M_{t+1} - M_t$, $.5$, $2.5\times
// 3=7.5$, $10^9+7$, a power unspaced; not "$5 and $", nor `${cluster_1}`),
// spaces aside, whose dollar signs name no currency, nor does any dollar
// sign of a text that sets a formula so ($0/1$ beside $n \times n$), nor
// one after a digit or a closing bracket ($E(2)$ 四舍五入: a formula's end);
// a number set alone ($4$) is no identifier to compare where the other
// text states its value as a figure ($4$ 次 and "four steps"); a version is one with its v or
// without (v4.0.5 and 4.0.5); a year after capitals (MY2035, FY2023) is
// no identifier alone where the other text writes its digits (MY2025—2035
// and "between MY2025 and MY2035"); names parted by slashes, each with a
// letter, are one list in any order (H.265/H.264/VP9/VP8 and
// H.265/H.264/VP8/VP9; not dates, 2023/10/12). Identifiers are counted: one that a language
// writes more often than the other is alone there (v4.0.9 and v4.0.8
// against v4.0.8 twice). One alone in a language, where the other has one
// of the same shape (its digits and letters in the same places) alone, is
// a changed one (0.9); one left out or written in another form is not
// reported.
//
// Labels, the numbers of a law's articles, chapters, sections and items
// (第38条, 第二十四条, 第50款, 第7部分; Article 38, Rule 56, Chapter 3,
// Section 7; with its subsections run in, 第16(2)條 and "section 16(2)",
// whose digits are figures of their own), are compared
// the same way, unit Label, within one kind (条, 款 and 项 all as article,
// clause, rule, paragraph, subparagraph or item, since a PRC law's 款 and
// 项 are a paragraph and an item and a Taiwanese law's 項 and 款 a
// paragraph and a subparagraph; an article and a section, which translators
// of a regulation write for each other: 第713条 and Section 713): one that a language numbers where the other
// numbers another of that kind is a changed one (0.9); one left out is not
// reported. The English labels of a Chinese text (markup or a passage
// left untranslated: <div>section 7</div>) are read as well. The number of
// an item in a series written after # (cookie #30), a mixed fraction in
// digits (3 1/2 stars, 3.5) and a golf match's result written with & (2&1)
// are labels of their own kinds, and so are a resolution's number (第2118
// (2013)号决议 and "resolution 2118 (2013)", its year in brackets no
// label), a paragraph's (第4段 and "paragraph 4"), a page's (第32页), a
// chapter of the law (（第66章） and "(Cap. 66)"), a section cited short
// as Hong Kong's laws do (第108條 and "s. 108"), a notice (第1967號公告
// and "G.N. 1967", "L.N. 38"), an ordinance cited by its number and year
// before a section (2008年第27號第42條 and "27 of 2008 s. 42"; a section
// put in with capitals after its number, "section 4B" and 第4B條, is no
// number's label), a category (第1类), a
// step of a procedure (第 2 步 and "Step 2"), a
// chart or a table (图3, （圖 7）, 见表2, 表格2 and "Chart 3", "Figure 2.21",
// "Table 2"; numbered within a chapter, 图2.1 and "Figure 2-1"), an
// equation (方程（2.1）, 由式（3） and "Equation (2-1)", "Eq. 3") and the number of a paragraph or an item that opens a text
// (10. 委员会商定…, "61. In the past five years", 2) 生产级推理编排, a
// heading's 01 项目缘起; not the day of 01 February 1998); the items a text lists inside it (一、 and "1.",
// （二） and "(2)"; 1） after a stop, or after a space where the item
// before it is written; "solution: 1)Develop", not "(value: 0)", whose
// bracket closes one opened before it; "conduct. 2. Budget") are
// compared number by number, with the number that opens the other text
// too (3） and "(3) Revenues"), only when both languages list as many, as
// a translation may nest or number a list its own way; numbers listed after
// one kind (第9和11段, 第6和第7段, "paragraphs 9 and 11", "resolutions
// 1970 and 1973") are each a label. "para." and "paras." number
// paragraphs and "Part" a section; Roman numerals of I, V and X number
// English labels (Part XI and 第十一部分; Annex C is a letter); a Chinese
// number written digit by digit numbers an article (第一六二条: 162), and
// a chart numbered in Chinese numerals after a word that points to it is
// one (除图二外); a number followed by a colon and digits (section
// 31:1:3) is a code's own numbering, no label. An article put between
// two is numbered with a point, as English may write it (Article 38-1,
// 第三十八條之一, 第 38-1 條, 第 38 條之 1 and "Article 38.1" are 38.1, but
// 第五款之一定條件 is the conditions of subparagraph 5; "Article 3-4",
// singular, and 第 3-4 條 in a text that writes its ranges with ～ are
// 3.4, not a range), and so are "paragraph 8 bis", "ter", "quater" (第8款
// 之三 is 8.3); a range of labels (第4至6条, 第 19-2～19-5 條, 第9段至第11段,
// "articles 4 to 6") holds the labels between its ends, up to 50, which
// the other language may list one by one ("Articles 4, 5 and 6", 19.3
// and 19.4) but which are never reported themselves, nor stand for a
// range's end the other language writes (第32至35段 against "paragraphs
// 32 to 34" is a changed end); an ordinal before the kind ("the first
// paragraph", "the second subparagraph") numbers it; "Paragraph (1)", a
// translation's mark for a paragraph the Chinese starts on a line, is a
// paragraph's number that opens a text, compared only with its kind; and
// as many labels alone in one language as the other refers to parts by
// their place (前條, 前二項, 前四款, 前三目, 同條, "the preceding Article", "this
// paragraph"; 前二項 refers to two) may be those parts, numbered: they
// are not reported (0.2), and their figures are no partners ("subparagraphs
// 1, 2, 3, and 4" and "Subparagraphs 2 to 4" against 前四款 and 前三目).
// Labels are counted: one
// written more often in one language than the other is alone (article 2,
// paragraph 2 against 第2条第3款). A changed label is reported once, as
// a label, where its number was also read as a figure; the number of a
// label both languages number alike is no partner of another figure and
// is not reported (0.2): "Part 7" and 第七部分 are no changed 开6条.
//
// Matching is by distinct values, not by count: a figure stated twice in one
// language and once in the other is matched, because restating a figure is
// common in either language; but when each language states a different
// value more often than the other (2金2银1铜 against "2 gold, 1 silver and
// 1 bronze"), both are reported; not where the other language writes the
// value in a formula's constant it does not read, outside TeX (⅔* N + 1
// against ⅔*N+1), nor, for a figure left without a partner, a two the
// English states in words more often where the Chinese writes 两 it does
// not read as a figure (两列高铁 … 1小时 … 2小时 against "two bullet trains
// … one hour … within two"), nor a share each language states as often
// when a fraction and its percentage count as one (65% once and 0.65
// twice against 0.65 once and 65% twice). Words such as roughly, about, more than, 约,
// 超过, 多 do not change the value. Two whole numbers are equal only when
// they are the same number (2,713,226,598 shares is not 2,713,226,599);
// other values are equal within a billionth.
//
// # Likely mismatches
//
// Not every figure without a counterpart is a mismatch. CheckAll gives each
// a confidence from 0 to 1 and a reason; Check and CheckPair keep the
// likely ones (confidence at least Likely, 0.5), which is what `tandem
// check-numbers` and the reader's Check translation tab show by default:
//   - 0.9: the other language has a figure without a counterpart too, of a
//     compatible unit, that this one may have been changed from: a changed
//     figure is reported in both languages, and both belong to that pair;
//   - 0.7: a figure with digits or a unit that the other language lacks;
//   - 0.6: each language repeats a different figure (above);
//   - 0.4: an English number written in words alone, no digit in it, that
//     the other language lacks: translators add and drop such words more
//     freely than figures in digits, in a name ("Five-hundred-meter Aperture
//     Spherical Telescope" for 天眼), a headline or a round number ("more
//     than one billion" for 十几亿);
//   - 0.3: one figure that one language writes whole and the other in two
//     pieces side by side, each read as a figure (9 点 55 分 against "9 :
//     55 am", 17,000 against "1 萬 7000"): the digits of one piece begin
//     or end the whole's, the other piece gives the rest, and the values
//     are far apart; a piece whose rest no figure beside it states (4：35
//     against 3:35), a changed digit (923 and 932), a changed scale and a
//     near value (111 亿 and $11 billion) stay likely;
//   - 0.3: one figure that one language rounds without saying so: an
//     amount of money (one side may name no currency), a percentage, a
//     count of ten thousand or more or a number with a decimal, written to
//     a coarser place than its partner, which has four digits at least, or
//     three rounded up, and rounds to it, to two digits at least (2.4亿美元
//     and "$240.5 million", 1亿 and "$102.5 million", 1.4 and 1.433, 28.9
//     亿元 and "RMB2.9 billion"; not 1亿 and "$120 million", nor 111亿 and
//     "$11 billion", three digits rounded down being a digit added or
//     dropped as often, nor a figure a word says is below or above it);
//   - 0.3: a round figure of a million or more, in one or two digits,
//     with a word of approximation (almost, nearly, over, about, 近, 逾,
//     约, 左右), and its partner stated to two digits more at least that
//     it rounds to its last digit on the side the word says: 1576万 and
//     "almost 16 million" (1626万 is not; "nearly 1 billion" is 9亿 to
//     10亿); a round figure in one digit with a word that puts it above
//     or below, and a partner in two digits within a tenth of it on that
//     side, stated with no such word itself (逾七千萬 and "HK$73 million";
//     not 超过30万亿美元 and "exceed $31 trillion");
//   - 0.3: a counting word (one Chinese numeral character, an English
//     number word up to a dozen, 1 before a measure word or a unit of
//     length, area or weight; not an amount in digits after its
//     currency's letters, CNY 4) that translators render without a number:
//     两国 and "both countries", 三个方面 before a list of three, 1 名 and
//     "a", 1公里 and "a kilometer", 盐1小勺 and "a small spoon of salt"
//     (the measure words of a kitchen: 勺, 根, 碗, 把 …), 1套 and "a set",
//     1格视野 and "an extra node of vision";
//     and 八成 before a verb, the adverb "most
//     likely" (八成会放晴, 八成想), not after 有, 占, 约 … (有八成: a share);
//   - 0.2: the other language writes the number, but not as a figure: an
//     ordinal (十九大 and "19th Congress", and no partner of a year the
//     other states: 十一届 and "the 11th … in 1978"; 二十四日 and "the twenty-fourth
//     day" or "the four and twentieth day"), a name (HMX-1; 20国集团 where
//     the other writes G20 and no "Group of"; the 737 of 737 Max where the
//     other writes "the Max" and no number before it; 十九大 where the
//     other writes "the party's congress" with no number or ordinal before
//     it), an age the Chinese says as an age of life (而立之年 and "over
//     the age of 30", 花甲, 古稀), a year's last
//     two digits in a code (FY18, SS19 and 2019 年春夏), a word (both,
//     dozen, a dozen run into a name as DailyDozen, parity, unity, a
//     month name; a unit of data or bandwidth
//     one at a time, 每Mbps and "1 Mbit/s", "the next GB" and 按1 GB向上取整),
//     a day or an hour alone (7 日 and "the
//     7th"), a capital numeral (贰阶 and "Level 2"; 伍, 陆 and 拾, words
//     too, only beside another), "this or the next" (十一二岁 and 十一、二岁 and "11 or 12"), ten
//     and more of a scale (十几千 and "more than ten thousand"); amounts of money
//     are never excused so, percentages only by a word (50% and "half");
//   - 0.2: the other language says it in a way the check does not compare:
//     今年, 去年, 年内, 全年, "this year", "the year", "year-end", "at
//     yearend" or "the fiscal year" for a year (when it writes no year: 2014年期间 and
//     "during the year", 2019财年 and "the full fiscal year"),
//     "year-on-year" for the year before one it states, 同比, 按年 or
//     "year-on-year" for the year of "the same period in 2018" or
//     2018年同期 (the year before a year stated, or the report's: "the
//     same period in 2024" against 2026年 is a changed year), 环比, 按月 or
//     "month-on-month" for a month before one this language states ("in
//     April from March"), a month the other text counts from another it
//     names ("ended May at 4.44%, up from 4.37% a month earlier" and 4月), the months that bound a
//     quarter the other names ("the January to March period", "the three
//     months to June" and 第二季度), 本世纪头10年 and "the 2000s", 翌年, 次年 or
//     "the following year" for the year after one it states, a month it names where it reads no
//     figure (2022年5月 and "between May and November 2022", 2019年11月 and
//     "late Nov or early Dec 2019", 5月 and "in
//     April, May and August"), a month it names by its place from the
//     report's month, which must agree when the article has a date and
//     which this language does not say in words too (7月 and "next
//     month", "last month" and 4月; 5月 … 上月 and "the previous month"
//     are two months; a month with its year, 2023年12月 and "last month"
//     in January 2024; counted from the date or from two weeks before it,
//     as a report or its translation may be dated after it was written), a day of a month so
//     named (本月27日 and "27 June 2013" in a report of 19 June 2013), a
//     month with a year of the report or the year before, against the
//     month alone where the other text states other years (2023年11月 and
//     "In November … by 2025", a report of January 2024), the year a
//     report's "the end of the decade" ends (2030年前, a report of 2024; any
//     year ending in 0 where the report has no date) or begins (2010年 and
//     "at the beginning of this decade", a report of 2017), a date in the span
//     of days the other text counts back from the report's date ("last
//     week", "over the past six weeks": 3月13日 and "last week" in a report
//     of 23 March; weekdays, today and yesterday are checked by their day),
//     a year and the years since it counted from the report's year (1912
//     and "89 years ago", a letter of 2001), a year against 今年, "last
//     year" … in an article with no date where the other text states no
//     year (今年1月至6月 and "the first half of 2024": nothing to count it
//     from), in a report of the first
//     three months "last year" and "this year" counted from the year
//     before too (an annual letter of February 2006: 2004 for "last
//     year"), a year of a fiscal or school year across two (2011-2012年度)
//     the other text names by its other year, standing alone, a date in brackets after a day word
//     (今天（5月24日）, 下周一（6月10日）) where the other names the day
//     alike and states no other date (none without its counterpart,
//     none in brackets), a day by its holiday (12月31日 and "New
//     Year's Eve"), a year and its last two digits after an apostrophe
//     (1995年 and "the Dogme '95 manifesto"), the number that opens a
//     heading the other leaves unnumbered ("1.1 什么是宇宙线？", 4.1机械臂末端介绍 and "What
//     are cosmic rays?") or numbers to another depth, within its section
//     ("1.1.1 History of travel" and （1）, "2.1 Real-time" and 1.; a
//     capital or a Chinese character follows the number, not a version's
//     "5.1 GA 中"; any word after it where the other opens with an item's
//     number in brackets, "2.1 42km group" and （1）42公里组), a date cited by its year alone in brackets
//     (（1986年10月30日） and "Stallman (1986)"), 加1 and 减1 and
//     "increment" and "decrement" (not auto-increment), 万兆 and 千兆 and
//     "10 Gigabit" and "Gigabit", a Chinese heading numbered with a
//     space alone, short and no sentence ("1 背景说明" and "Background
//     Information"; not "3 种方法", a count, nor "19 千兆网口" against "18
//     Gigabit Ethernet", numbered alike), the number of a table opening
//     both titles alike ("9-16 万元国内生产总值能源消费量" and "9-16 Energy
//     Intensity of GDP": no 16万元), 365天 and "one-year" where
//     the other counts no days, 非0 and "nonzero", digits named in the
//     plural (数字8和数字1 and "the eights and ones"), cores by their
//     prefix (四个核心 and "Quad Core": dual, quad, octa), number words run
//     together in a name (538 and FiveThirtyEight), the start of a range
//     whose end has a letter for its scale (2-3T tokens and "2-3 trillion
//     tokens"), a power one text writes with a caret
//     and the other with its exponent on the line, as a copy that lost
//     the superscript does (2^31-1 and "231-1"), a slot of a message a
//     program fills in against a number ({0}% and "25%"; slots against
//     slots are compared), a number joined to a small Latin word in a
//     Chinese text that the English does not write (详见 release-1.9: a
//     branch), 半世纪 and "half a century", a footnote's
//     number run into a year ("the crisis in 20092" and 2009年, "October 20181" and 2018年10月) and one
//     digit run into the Chinese word before it and followed by a space or
//     a stop (策略伙伴3 合力, 方面2，: a footnote's mark, not after a verb
//     or a word that takes a number, nor before a measure word), a Chinese scale
//     alone for one of it (万亿 and "RMB1 trillion"), a Chinese scale
//     alone and the English plural of it (千万美元 and "tens of
//     millions", not "hundreds of millions"), a fraction with a slash
//     and in words or as one character (2/3 and two-thirds, 1/2 and ½,
//     and the 2 and the 3; "a 20th of" and 二十分之一; "1/2 second" and
//     0.5秒), three years or more one text lists, none with a
//     counterpart, that the other counts and names no year (七次全国人口普查
//     and "Census in 1953, 1964, … and 2020"), an exponent after a caret and a power said
//     in words (x^2 and "x squared", 2^4 and "2 to the 4th", 10^3 and
//     10的3次方), 2倍 and
//     twice or double, 1 and "one", 半年 and half-year, 一百年 and
//     centenary, 两百周年 and bicentennial, 一个世纪 and "a century", 12
//     months and 一年 (a duration in months said in whole years), 九分 and 90% (分 as tenths; 十二分的 and 120%), 百分百 and 满分 and 100%,
//     四分三 and "three-quarters" (a fraction said without 之, as Hong
//     Kong writes it; not 五分三十秒 nor 十分一致),
//     三四亿 and "300-400 million" (neighbouring digits before a scale), 公元前四千年
//     and "the 4th millennium BC", 公元一千年 and "the end of the first
//     millennium", Double 11
//     and 双11 or 双十一 (another number there is reported), 80、90后 (a
//     generation), a time of day in English words (half past eight, a
//     quarter to eight, eight-thirty, one in the afternoon, noon: 八点半,
//     七点四十五分, 下午一点, 十二时),
//     an English round number said with "a" (a thousand) against a Chinese
//     round numeral not read as a figure (百闻不如一见: a figure of speech)
//     or a word for countless (无数日子 and "a thousand other days"),
//     a year in a name (Qatar 2022, the 2018 Olympic Games; in Chinese,
//     digits opening an event's name, 2018汇添富南京山地马拉松组委会) when
//     the other language states no year, 不足10% and "single-digit
//     percentages", 24 小时 and "round the clock" (and 一整天
//     and "in 24 hours"), the N of
//     N-a-side (a game's form), and a Chinese number written digit by digit
//     (二零一七 in a name, 六O二厂 with a letter O for 〇, and 602), an
//     age and the decade the other language gives it by (二十多岁, 快二十岁,
//     不到 30 岁 and "in his twenties", "in her late teens", "in their
//     30s"), 30 minutes and half an hour (半小时), 15 minutes and a
//     quarter of an hour ("the quarter-hour mark"), a number of years
//     after 每 and the word for the period (每 2 年舉辦 1 次 and
//     "biennial"), an English hundred or
//     thousand said with "a" or "one" against 百 or 千 written without a
//     numeral (千元拍 and "a thousand yuan racket", 上千元), one named and
//     N others against a count of all after 等 (耶鲁等3所 and "Yale and
//     two other universities"), 百分之七八十 against 70% or 80%, a Roman
//     numeral in capitals (the starting XV and 首发的 15 人, World War II),
//     and 2 in a compound against 双 (the 2-way zip and 双向拉链); a
//     Chinese count of the list it follows, which the other language
//     names member by member (five universities parted by 、 and 5所高校;
//     以上4人 after 第一名 … 最后一名), or of the list it opens (其他4人分别是
//     and four names parted by 、), a Chinese 1 before a unit against
//     "per" or "each" (1亩 and "per mu"), 上下册 and "Volumes 1 & 2", a
//     numeral in a name the English writes in pinyin (燕十三 and "Yan
//     Shisan"), a date against the month misspelt ("Feburayr
//     2002", "Augest 26, 2025", and the day after it), 100% against a word of wholeness (全方位的服务 and "100%
//     service", 纯棉 and "100% cotton", 全數贊成 and "100% in favour"; 客户均
//     and "100% of customers" where the Chinese leaves no figure unpaired), a
//     number with one decimal that either text also writes with V for its
//     point (3.3 V and 3V3), English digits of 10 or more
//     that begin a name of two capitalised words in a sentence not in title
//     case ("chains like 99 Ranch Market") where the other language leaves
//     no plain number unpaired, an English 100% before an article, a pronoun or a word of
//     certainty ("it was 100% the phone", "100% sure": certainly) when the
//     other language leaves no figure unpaired (100% of the phones is a
//     share, still reported), 第二季第 10 集 and "2.10", 5万元 and "50K", 200万 and "2M",
//     671B 参数 and "671 billion parameters", and a
//     numeral in words in a title (《十月围城》 and "The Stand-in") when
//     the other language leaves no figure unpaired, and so a number of
//     one or two digits straight after a Chinese name and before a word
//     about a work (憨豆特工3评论, 战狼2上映: a sequel the English may title
//     "Johnny English Strikes Again"), before 之 and its subtitle (憨豆特工
//     3 之东山再起) or at the end of a title in 《》, or of its part before
//     a colon, where the other language writes no small number
//     (《憨豆特工2》, 《复仇者联盟4：终局之战》), the number of a stock index
//     the other language names without it or refers back to (标普 500 and
//     "the S&P", "the CSI 300 Index" and 該指數; an
//     index it does not name at all is reported: "The FTSE 250 firm" and
//     该公司), the count of a Central Committee in a plenum's name
//     (十一届三中全会 and "the session"), an event Chinese names by its
//     date against that date or year written out (六四 and "June 4th",
//     八九民運 and 1989, 五四运动), and the telephone number of a service before it
//     (120急救车: "the ambulance"; 110报警, 12345热线) when no figure of the
//     other language is left that it may have been changed to, and an
//     emergency number the other language says by the service ("the 911
//     call" and 报警, 打110 and "called the police") on the same terms; a
//     Chinese day of the month alone (16日, 15日晚), or a date without
//     its year (4月12日) other than the dateline's, in a dated report
//     (a dateline, 4月16日电, in its pair or in the first three paragraphs
//     of its article, or else the article's date) where the English names
//     that day by its place from the date (today, last night) or, the
//     report's year known, by its weekday (9日 and "on Tuesday" in a
//     report of Wednesday 10 April 2002), and writes no other day of the
//     month in figures or as an ordinal (on the 7th; not the 7th mine;
//     a number the Chinese writes elsewhere, as 安保三文件 does "three",
//     is none), as translators of a dateline's news do (a weekday that is not
//     the day's is reported, with the day's weekday: 23日 and "on
//     Wednesday" when the 23rd is a Thursday; the year not known, as a day
//     left out); in a dated report, the report's year, as a year or four
//     digits (2026年端午节, 2026世界人工智能大会), that the other language
//     leaves unsaid and writes no year or date it may have been changed
//     from, nor states some year more often (2025年下半年 … Rust 2024 and
//     "the second half of 2024 … Rust 2024": reported); the last month of a period from January (1至7月) where the
//     English says "since January", "so far this year" or "year to date";
//     a small number on either side of a plus between digits (the 2+2,
//     中国—东盟（10+1）), the name of a format, where the other language
//     writes no such name; the number of a step of a procedure (步骤 1,
//     "in Step 1") where the other language numbers no step ("the previous
//     step"); a number that gives a place in a molecule
//     (3-(4,5-dimethylthiazol-2-yl), 5-羟色胺, the 3′ end of a gene) or
//     numbers a version the other language leaves out (1.5版, C++11, 1.1.1 版本
//     read as 1.1, and N.0 after a capitalised word: the Fintech Career
//     Accelerator Scheme 2.0 and 计划升级版), when it leaves no figure
//     unmatched nor states one more often (1.25 版本 and "the last 1.24
//     release", beside 1.24.12 in both, is reported); 3060, China's goals of 2030 and 2060, against the
//     two years; the number
//     of a name spelt out beside its abbreviation where the other language
//     writes the abbreviation alone (Runt相关转录因子2(…, RUNX2) and RUNX2,
//     "(EP) 4" and EP4); an age counted from 0 where the English counts
//     from birth or gives the upper bound (0-2月婴儿 and "from birth to 2
//     months"), five years that end a range against 59 months (6月龄至5岁
//     and "6-59 months"), N岁及以上 against "more than N-1 years" (not
//     N岁以上, which translators also give as "over N"); the 24 and the 7
//     of "24 - 7" where the Chinese says all day (全天, 二十四小时); a split
//     of 100 in tens the Chinese says in a word (六四开 and "60/40"), and
//     the halves of "50/50" where it says half each (各负责一半); a
//     percentage the other language names as a percentile by its rank
//     (在 99% 时 and "in the 99th percentile", P99); the number of a day
//     the Chinese writes with 第 and 天 ("day-0" and 第 0 天); a
//     number read out digit by digit (437 and "rescue 4-3-7"); an amount
//     whose thousands one language parts with a point ($12.000 and
//     一万二千美元); the base of a rate the Chinese gives by its sign
//     ("3 per 1,000" and 3‰); the number of a study's groups that the
//     Chinese names one by one ("divided into 2 groups" and 分为Dex组与对照组); a
//     day Chinese names by the digits of its month and day (九二八 and
//     "September 28", 三二0 and "March 20", 99年720 and "July 20, 1999"); a
//     share against the rest of 100 % where the English says it is the part
//     taken off (百分之七十 and "30 percent less than", 降為百分之八十 and
//     "decreased by 20 percent"); a time the English writes as a race
//     clock (6分09秒 and 6′09″, 1分57秒05 and 1.57.05, 0.06秒 and "six
//     hundredths of a second"); a figure in or after a table drawn with
//     box-drawing characters where the other language draws none (a law's
//     translation carrying the table the original gives apart; ╱, Hong
//     Kong's slash, draws none); the last day of a period ("the six months
//     ended 30 June 2013") whose year the other language writes alone
//     (二零一三年上半年), and the 31st of December of a year the other
//     writes before 底 or 末 (1977年底 and "December 31, 1977"); a turn of
//     180 or 360 degrees (来个180度的大转变 and "totally change yourself", 360度大转弯 and "an about-face"), a
//     Chinese 100% against a word of wholeness (all, fully);
//     and March or May alone, without in, since, last … before it, may be
//     a verb; a Chinese month before 革命, 花, 运动 … (十二月革命 and "the
//     Decembrists", 五月花 and "the Mayflower"); the day of the attacks of
//     2001 named one way against another (9·11, 9•11, 9.11, 911, 9/11 and
//     "September 11, 2001", "September 2001", 2001年9月11日), and any
//     day's name written M.DD against its digits run together (6.18 and
//     618促销); a model's number (737 Max, 波音737, iPhone 11 Pro), or a
//     product's version after its capitalised name (TiDB 2.1, not Law
//     26.73) where the other writes no number with a point, where the
//     other language names no model and leaves no figure unmatched; an amount in brackets right after one in another unit or
//     currency that has its counterpart, a gloss ("£80 billion ($125.5
//     billion)", "2°C (3.6°F)", "CNY 100 million (≈$14.29 million)", and after a currency the check
//     does not read: 4,800 亿里亚尔（约 9,013 亿人民币）), or after "or"
//     between currencies ("4trn yuan (or $590bn)"); the other way round,
//     an amount whose gloss in another currency has its counterpart
//     ("US$5.5 trillion (CNY 38.1 trillion)" and 38.1 万亿元) is
//     unchecked, its exchange rate not known; the pages of a source cited after a sentence ("with varying
//     success.:121,154"), a page cited in brackets where the other
//     language cites one too, as each language's edition of a document
//     numbers its pages its own way ((第26页) and "(p. 28)"), or a page of
//     the document's own that a reference gives beside the part it names
//     or after "on" or "see" where the other language refers to no page
//     ("See Sec. D.2 (p. 393)" and 请参阅附录 D.2, "on page 420"; a page cited
//     alone, (第26页), is still reported when the other leaves it out), a section of a law (501(c)(3)) when the other
//     language writes no number of as many digits, an end of a range of
//     four digits or more that the other language runs together
//     ("for20112012b" and 2011-2012年, "aged 1564" and 15至64岁, and the
//     run against the range; labels likewise, 第46-53条 and "Articles
//     4653") when this language does not write the run too, an
//     anniversary against an English ordinal (六十五周年 and "the
//     sixty-fifth anniversary"), a year the Chinese counts from an event
//     it names, to the year (中国共产党成立100年时 and "by 2021, when the
//     CPC celebrates its centenary"; 改革开放40周年 and 2018), the 1 of a ratio against "for every" (2
//     比 1 and "two cats for every dog"), 减少2倍 against "halve", an
//     English 1 against 一 before a
//     unit (一美元 and "1 dollar") or 单 (single) before one (单人开局 and
//     "Start with 1 person"; not 单位, nor 单 ending a word: 订单,
//     简单; nor where the Chinese leaves over a figure the 1 may have been
//     changed from), a price in cents that Chinese writes
//     as 分 after the bare number (35分 and "35 cents"), a year the other text writes after
//     the capitals that name its kind (MY2022–2023 and MY2022—MY2023), a count of 次 against once, twice or
//     thrice (1-2 次 and "once to twice"), an English "3-times" before a
//     noun against 三度, 三次 or 三届 (a 3-times winner), the second year of a school or fiscal
//     year written short (2024/25 and 二○二四／二五學年), digits before 型
//     that number a type the other text names (冠状病毒2型 and SARS-CoV-2,
//     2型 and "type 2"), and a footnote's mark (one run into a stop after
//     an English word is a label even where both texts mark one, as two
//     editions of a report number their notes apart): up to three
//     digits run into the stop, comma or closing quotation mark after an
//     English word, not a code ("the Conference website.3", "Questions,22 subject
//     to", "ranges"18; not ARCoV.2 or 1b.3), after a Chinese stop at the text's end (报告；1, 日記》。8),
//     one or two digits after a Chinese stop or comma and spaced from a
//     word that is no measure word or unit (所喜愛。6 它們; not 。5 人, 。1 处),
//     where the other text leaves no plain number unpaired,
//     and, where the English marks its notes so, up to three digits after
//     a Chinese stop run into the next word (重要引擎。81区域 and "growth in
//     China.82 A") or run into a word before a stop (标准123。),
//     or in square brackets ("planning.[23]", or after a stop and a
//     space, opening a list of references: "security. [1] KubeEdge
//     blog: [2] …", or ending a link's text: "[blind hiring [2] ](…)"),
//     spaced inside its brackets as a page sets a note's link, where the
//     other text marks no note so ("solve them. [ 2 ] What"),
//     opening an English text before a word that opens a sentence ("4 The
//     certificate of attendance…", a footnote as a PDF's text gives it;
//     not "5 people"), or numbering an item inside an English sentence
//     where the Chinese numbers no item ("both to 1) incorporate … and 2)
//     contribute"; where it does, they are compared as figures),
//     and in English also after
//     a semicolon run into a number ("for 2015;2"), a question mark ("is
//     N?107 When"), a colon at the text's end ("this paragraph:54") or a
//     number and a space at the text's end ("2013-2014 7"); a year with a footnote's
//     number after its stop, run together as a PDF's text gives them
//     ("0.5% in 2016.14 And" is 2016, its 14 the mark of 0.5%。14 in
//     Chinese; 。262005 年 is 2005 after the mark 26); a year where the other
//     says "the previous year" or "a year before" of a year it states
//     (由2022底的68.5%, its 年 left out, and "from 68.5% a year before"), or
//     "the following year" of the year before it (2011年大选 … 2012年);
//     a billion or a million and "billionaires", "its billionth" (身家十亿美元以上的富豪,
//     突破10亿部); two years and the same years clipped as a range ("the
//     08-09 crisis" and 2008至2009年); a decade written short after another
//     (80年代和90年初 and "the early 1990s"); percentage points and a
//     margin in points as a compound (领先七个百分点 and "a seven-point
//     lead"); 10 and 5 pounds and "a tenner", "a fiver"; a range in
//     millions written with m and no currency ("30m-40m accounts", and "20-50m
//     injuries" where only the second end has it) against 3000万至4000万; a
//     Chinese range of months from January against "the year to" its last
//     month (今年1月至10月 and "in the year to October"; 1-9月, 前三季度,
//     头三个季度 and "the year to September"); a share with decimals and
//     its whole part after "more than" or 超过 (回升1.09% and "more than 1
//     per cent"; 超过41% and "more than 40%" stay checked); the year after
//     one the pair before states where this pair says "the following year"
//     or 次年 (2011年大选 in one paragraph, 2012年 and "the following year"
//     in the next); 今明两年 against this year and the next, by the report's
//     date; a range of months against the months "to" its last (去年6月至8月
//     and "in the three months to August"); a quarter of a fiscal year
//     against another the other language counts in the calendar's, unchecked
//     (2017财年二季度 and "its third quarter": a company's fiscal year may
//     start in any month), and that fiscal year where the other names the
//     quarter without a year; the last year of the decade against "the rest
//     of the decade"; a number that ends a title in 《》 (《惊奇队长2》 and
//     "The Marvels") or follows a word in Latin letters the other language
//     does not write (停售Note 7 and "the handset model", Studio 54夜总会),
//     where the other has no figure left over; a fraction against "N times"
//     smaller, lighter or less (七千分之一 and "7,000 times lighter"); a
//     number older English says in two parts ("thirty thousand asses and
//     five hundred" and 三萬零五百, "two thousand an hundred seventy and
//     two"); the number of a citation in square brackets that the other
//     language leaves out ([40, 43, 12, 16] against [40, 43], AlphaFold2
//     [1,2] against none; not article [18], a label, nor a list counting
//     from 0, [0,1,2]), unless the other's citations hold a number this
//     one's do not, a citation changed; a year in an author's citation,
//     (Toto, 2004), stays checked;
//     three to six against
//     "a handful"; a year where the other says "over the same period"; the
//     year after a date (一九九七年一月三十一日 … 於翌年 and 1998); some
//     tens (20多, 三十余) against dozens or scores; a share of the face
//     value or the discount from it against cents on the dollar (10%的折扣
//     and "90 cents on the dollar"); 365 days against every day of the
//     year; 百十年 against a hundred years; an English fraction in words
//     whose numerator and denominator the Chinese writes apart (七項一級賽
//     其中六項 and "six out of seven"); a Chinese scale and currency with
//     no number, a table's unit (百萬港元), against the English's unit
//     without a number ("(HK$M)", "in HK$ million"); a date with its day
//     against the same month without one (2016 年 3 月 and "3 March 2016",
//     二零零七年六月三十日 and "June 2007"; not a dateline's, nor a month
//     with a number beside it, 9 月 21, read apart); a figure in a
//     translator's or an editor's note (（LCTT 译注：…）, 编者按：…,
//     "Translator's note:", and a note in brackets signed at its end,
//     （英文稿件发表于7月10日——译者注）), which is also no partner of another figure; a
//     date whose weekday the other language names instead, when its year,
//     the report's date or a weekday beside it gives that weekday ("Friday
//     (23 July)" and 周五, 2022年5月17日 and "on Tuesday"; by the report's
//     date, from three weeks before it, as a translation may be dated
//     days after its original: 9月8日 and "on Friday" in a report of 18
//     September 2017); a count of years
//     that two years before it in its text span (1999 年到 2005 年这 6 年);
//     a year in English "than that of" or "compared with", the year
//     before one stated, against 同比; and a figure the other language
//     writes in words (附录一 and "Appendix 1") is no partner of a figure
//     left over there when its own text leaves another one unpaired that
//     may be (GB/T 4754 and 4757), nor is one of five digits or more of a
//     date ("Order No. 10600634850" and 第 10600634850 號 beside a date the
//     English leaves out);
//   - 0.2: the other language says it another way: 0 and 一文不值, 归零
//     ("worth exactly 0"); "1 times" and 一倍; "2x" and 两倍; the 1 of
//     买1价 and 卖1价 and "the best bid", "the best ask"; a part's number
//     ending a title and the capital letter or Roman numeral ending the
//     other's (收拾拼图 1 and "Tidying Up A", L-表达式 2 and
//     "L-expressions II"); an item of a list written out before an
//     ellipsis ({1, 2, \cdots, n}) where the other text writes fewer
//     ({1, \dots, n}); the 0 or 1 of "0-indexed" or "1-based"; a zero
//     after a comparison (余额小于0, 大于等于0美元) and a positive or negative
//     balance, an overdue one; the days of a policy of returns without a
//     reason asked (5天无理由退款, 7天无理由退货) where the other text counts
//     no days; 1:1 where the other text writes no ratio ("the same rate");
//     a section's number after "see" before its title ("see 6 CRC
//     Algorithm") where the other text numbers no section; midnight
//     (00:00) after a date the other text gives without a time; the
//     years of a dynasty, a reign or a period in brackets by its name
//     ("the Qin dynasty (221–206 BCE)", "the Tongzhi (1861–1875)
//     emperor") where the other text states no year within ten of them;
//     a total and the sum of three terms or more the other text writes
//     for it ("16 (3 + 12 + 1)" and 3+12+1个采样; not 17+1, a name, nor
//     1 + 5/30); a Chinese numeral naming a traditional system (日本二十八宿,
//     黄道十二星座, 二十四节气) where the other text has no plain number
//     unpaired; bit 8 or bit 7 and 最高位, bit 1 or bit 0 and 最低位
//     (the end of a byte by its number, "Bit 8 of the second byte"); a
//     number of parameters the other text gives in a model's name (OPT-13b
//     and "a 13 billion parameter model"); a figure from 10 to 19 and
//     "mid-teen", "the high teens" (约15%, 百分之十几); a multiple under ten
//     and a percentage a hundred times it (0.6倍的市净率 and "60% of book
//     value"); a percentage and a fraction of one ("one-tenth of 1%",
//     "1/10 of 1%" and 0.1%); two percentages written to two decimals or
//     more, 100 % apart or summing to 100 %, a factor and the change it
//     makes (a daily 101.80435% and "a rate of 1.80435%", 99.810276% and
//     "a decrease of 0.189724%"); a share written with a slash, a thousand or
//     ten thousand as its denominator too (1/1000th and 千分之一), and a
//     percentage it rounds to a tenth (1/3 and 33.3%; a date's slashes,
//     12/31/1990, part no fraction); N折 and "N¢ on the dollar"; a count
//     before a counting word and a colon ending the text, as the other
//     language's ends, counts the list that follows (主要有3个方面的挑战：
//     and "The challenges are as follows:"); a note's number in brackets
//     after its word (【注释 1】, [note 6]) marks a footnote; the number of
//     a chart or a table opening a caption (图 4 OAM 应用描述) that the other
//     language gives unnumbered, naming no chart or table and opening with
//     no number ("OAM application description"), or in a reference in
//     brackets (（如图2所示）, （附表二十六）, "(e.g., see Figure 2.3)") that the
//     other leaves out, naming no chart or table (whatever other figures
//     it leaves without a counterpart: "(see chart 2)" is no partner of
//     1万7千亿美元), or that numbers a chart
//     or a table the other text names without numbering any (如图 6 and
//     "as shown in the following diagram"), or that numbers a chart
//     where the other numbers only tables, or a table where it numbers
//     only charts (表4.18 and "Figure 4-21": an edition that numbers its
//     tables and its charts each in a series of its own), or a table's
//     or a chart's number in an article whose languages number them apart:
//     where more pairs that both number tables or charts number them apart
//     than alike, and two or more do (表2和表3 and "Table 1 and Table 2", a
//     manual whose English restarts its tables in every topic; 图3-3 and
//     "Figure 5", a report whose Chinese numbers charts by chapter; Check
//     reads the article, CheckPair one pair and never knows); a number of four
//     digits read as a year and the same number written with a letter for
//     its scale (1100 GPU cards and 1.1K张); a Chinese 0 or 1 and "zeros",
//     "ones" (全0、全1); the steps of a sum one language writes out whose
//     result the other gives, when the other writes no sum itself (a
//     program's == is no sum) ($2.5\times 3=7.5$毫秒 and "7.5 ms": 2.5
//     and 3 are steps; 2 5 + 2 4 + 2 1 = 50, powers whose superscripts
//     the copied text lost, and "== decimal 50"; a result with a minus
//     sign is compared without it); a
//     sum one language works out and the other writes as a product of
//     two numbers alone, giving no result (750 and 3×250次; not 2 × 2 × 3
//     × 7, nor 10000 * 86400 即 8.64 万, whose result is compared); 360
//     said of a view or an appraisal from every side ("a 360-degree
//     tour"); the 95 of 95峰值 or 按95计费, the name of billing by the 95th
//     percentile; a
//     Chinese figure with w typed after it, where Extract read no scale,
//     and ten thousand times it in the other language (300w 条边 and "3
//     million edges", 22.8w and "228k"), and an English figure that a
//     Chinese number with a capital W after it gives so (超过10W and
//     "exceeds 100,000": Extract leaves 10W alone, as it may be ten watts);
//     a bound one language counts in and the other leaves out, one whole
//     number apart (少于100名 and "99 or fewer", "more than 10" and 11名或以上;
//     not 以上 or 以下 alone, which a translation of "more than" writes
//     too: 41%以上 and "more than 40 percent" differ); a limit on a group
//     the English counts without the reader and the Chinese with ("no
//     more than 5 other people" and 不得超过 6 人); "two or more" or
//     "more than 1" and 多名, 多个, 多张, 若干; a cook's scale in tenths and the English words of
//     heat or doneness (7成热 and "smoking hot", 7分熟 and "medium-well";
//     where the English says neither, the scale is reported as left out),
//     and a cook's scale of oil heat and its temperature in degrees
//     Celsius, some 30 degrees a tenth (六成热 and "180 °C"); a note one
//     text adds to define a unit by a unit of length, area, weight or
//     temperature (1 "jin" = 500 grams), where the other writes no such
//     equation (a rate of exchange, 1 euro ≈ 7.77 yuan, is a figure); a
//     scale or a unit without digits after "unit:" (单位：十亿美元, the
//     heading of a chart, and "in $bn"); a rise of 100 percent and a
//     doubling (增长100% and "doubled", "by 100 per cent" and 翻倍); a
//     year that ends a decade and "by the end of the decade" (到2030年之前);
//     a Chinese 0 and "zero" (0 欧电阻 and "zero-ohm resistor"), where
//     the English leaves no count unmatched; 半分钟
//     and 半小时 mention 30 ("30 seconds", "30 minutes"); an exponent
//     after a caret that the other text writes raised (2^256 and 2²⁵⁶); k typed after a
//     size in one text and KB in the other (64k and "64 KB"); the numbers
//     of a machine's size code both texts write, spelt out in one (4C16G
//     and "4C16G (4 CPU cores and 16 GB of memory)"); the members of a
//     list of consecutive numbers, in square brackets or parted by commas,
//     that the other text gives by its first and last ([0,1,2,3,4,5,6,7]
//     and 0到7; "1, 2, 3, …, 12, 24 and 36" and 1~12, 24, 36: a run with a
//     number changed is broken, and reported);
//   - 0.2: the figures a pair leaves over write the same digits in order
//     on both sides, and one side has more of them, two parted by no more
//     than a space, a colon, a comma or a point: one number read as two in
//     a form the check does not know ("the 7: 45 train" and 7时45分; not
//     2/3 against 23, nor a changed digit);
//   - 0.2: a whole number of 50 or more that two figures after it add
//     up to, when the other language states both and leaves no figure of
//     its kind unpaired (所有218例患者…27例…191例 and "Twenty-seven patients
//     … other 191");
//   - 0.2: amounts in two currencies with different values: without the
//     exchange rate they cannot be compared (4 亿元 and $55 million;
//     4万亿投资计划, a large amount that names no currency, and "$500
//     billion", 5.5 to 8.5 yuan a dollar apart), unless the other language
//     also states an amount in the first one's currency, which it may have
//     been changed from (2 亿元人民币 and "CNY 100 million (≈$14.29
//     million)": reported); an amount a million times
//     another of its currency that is written with no scale, as a table's
//     heading in millions gives it ("$140" and 1.4亿美元), is one amount
//     (0.2 too); so are the figures both sides leave over, two or more
//     of each in the same order, when each of one side is the same
//     multiple of its partner's and that multiple is no power of ten (a
//     sponsors' table priced in NT$ in Chinese and US$ in English: 6000
//     9000 15000 and 200 300 500; two plain numbers alone a multiple of
//     two apart at least: 6 and 5 twice are as likely two changed counts);
//     a changed price breaks the rate. The
//     same value in two currencies is a changed currency, at 0.9, but for
//     元 alone, which Chinese news abroad write for dollars (60 多元 and
//     $60, 三千餘元 and "at least $3,000"): 0.2; 元 alone within a quarter of the other amount, or a power
//     of ten from $ alone (150億元 and "$1.5 million": Hong Kong's dollars,
//     a scale changed; no exchange rate is a power of ten), is a changed
//     figure, not an exchange rate, at 0.9;
//   - 0.2: in an article, a figure with no partner in its pair whose pair
//     before or after reports it in the other language with no partner
//     there either: the pairing broke the two texts at different places
//     and moved a sentence across the border (19年 ending one Chinese
//     paragraph, "the 19 years" opening the next English one). A figure
//     of one digit the neighbour states in both languages is still
//     reported, as a figure the translator added; so is one with a partner in its own
//     pair, a figure changed (1999年 and "1998", beside "in 1999"), unless
//     the pairing shifted a run of figures: it and every figure of the
//     other language set against another in its pair are stated beside
//     (NT$1,200 a pair early, NT$3,000 a pair late). But a figure whose
//     clause the pair beside writes again word for word, stating it in
//     the other language there, is lowered too: a line that subtitles or
//     a copy repeat in two segments (全球人均排放量约为5吨 twice, "about
//     five tons" once), or whose whole text the pair beside repeats
//     (工程合約 6 in two pairs, the English title cut short in one); and a
//     figure of two digits or a decimal that the pair before or after
//     states in both languages, where the other text of its own pair
//     reports nothing: a restatement one language leaves out (保底防护带宽30
//     Gbps asked in both, then 攻击流量小于30 Gbps的部分不会额外计费 against
//     "you are charged only for 15 Gbit/s"), or a heading's version or
//     count that the text after gives in both ("IPFire 2.13 … Receives
//     OpenSSL Fixes" and Linux防火墙发行版 IPFire 发布新版本). A constant of a formula lowered for its own reason
//     (below) counts as moved when the pair beside reports it in the
//     other language. CheckPair, which sees one pair, knows no
//     neighbour;
//   - 0.2: a number of one or two digits joined by an operator to a
//     letter alone, a constant of a formula copied as text (r/(1-r),
//     (1+i), i=1), where the other text writes no formula: an equation
//     one language leaves out or the pairing set beside;
//   - 0.2: a figure in a formula set in TeX that shares no figure with
//     any formula of the other language: a formula that language leaves
//     out, or one the pairing set beside another ($\mu_0$, $t \geq 0$).
//     The formula is compared as an identifier; a formula whose figures
//     the other's formulas share (\times for \cdot, two formulas for
//     one) is checked figure by figure;
//   - 0.1: the figures of a pair with one side empty, or of a pair that
//     sets a Markdown table (| --- | under its header) against prose, the
//     other language leaving the table out or summing it up: there is
//     nothing to check them against. A table after prose, and two tables,
//     are checked.
package quantity
