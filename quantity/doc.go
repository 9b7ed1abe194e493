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
// before a unit such as 兆瓦, 兆赫, 兆字节, where the figure stays a plain
// number); Chinese numerals (一千亿, 十八, 两万五, 三分之一, 百分之二十七,
// 二〇二五年); English number words (six, twenty-five, two hundred, a
// million, one third, two-thirds, a quarter of); currencies ($, US$, €, £,
// HK$, RMB, USD …, 美元, 欧元, 英镑, 日元, 港元, 元, 人民币, and the English
// words dollars, euros, pounds, yuan, yen; cents and 美分 as hundredths of a
// dollar; the sign ¥ alone is unit YenOrYuan, which matches either);
// percentages and percentage points (%, percent, 个百分点, 九成 = 90 %);
// basis points; multiples (100×, 10x, ten times, 100-fold, 100 倍);
// durations (six months, 6 个月, 半年, 10 days, 10 天, 3 years, 三年, a
// decade, weeks, hours, minutes); calendar years (2025, 2025 年, late-2023);
// dates (Feb. 4, 2026, 4 February 2026, October 2025, 2026-02-04, 2026 年 2 月
// 4 日, 2025 年 10 月, 2 月 4 日); and times of day (12:30, 3 pm, 下午 3 点,
// 12 点 30 分). A number with a lower-case unit attached keeps its value with
// no unit (3nm, 10km).
//
// # What is deliberately not read
//
// These would raise false alarms, because translators render them without a
// number or with a different one, so they are never quantities:
//   - vague amounts: tens of billions, hundreds of millions, dozens, several
//     thousand, 数百亿, 几十, 上千; a scale word or character with no numeral
//     before it (billions, 百亿, 千万) is vague too;
//   - one: English "one" and "a" except before a scale word or a fraction (a
//     million, one third), and a lone Chinese 一 (一个, 统一, 一起) except in
//     a month (一月) or a longer numeral (一千亿);
//   - twice, double, half, dozen, 翻倍, 一半, and 两 before 次 or 倍;
//   - a single Chinese numeral character not followed by a measure word, a
//     unit or punctuation (三星, 两岸, 七嘴八舌), and runs of numeral
//     characters that are not a number (五六个, 一五一十);
//   - ordinals and weekdays (第三, 第 3 次, 星期三, 1st, 2nd), decades
//     (1990s, 90 年代) and centuries (20 世纪);
//   - 上半年 and 半年报 (a half of the year, not six months); m and k for
//     million and thousand except after a currency sign ($5m: 100m may be
//     metres);
//   - digits that belong to a name: attached to Latin letters or joined to a
//     capitalised word by - or + (GPT-5, GMT+8, UTF-16, GB18030, Big5, 5G);
//     a lower-case word before the hyphen keeps the number (late-2023);
//   - signs: values are magnitudes, "down 5%" and "下降 5%" are both 5 %.
//
// # Values and units
//
// Value is the number the text means: $1.4 trillion and 1.4 兆美元 are both
// 1.4e12 USD, 27% is 27 %. Dates are encoded in Value as YYYYMMDD with 00 for
// a part the text leaves out (October 2025 is 20251000, Feb. 4 is 204);
// times as HHMM. See the Unit constants.
//
// # Matching
//
// Check compares the quantities of the two paragraphs of each pair. A
// quantity is matched when the other paragraph states a compatible one:
//   - the same unit and the same value, to a relative 1e-9 (format and scale
//     do not matter: 1,000 亿美元 = $100 billion, 1,350 亿 = 135 billion);
//     rounding is not forgiven: 1.38 兆美元 against $1.4 trillion is reported;
//   - a plain number (no unit the extractor knows) matches any quantity of
//     the same value, because units are often spelled in words it does not
//     read (10 家公司 and 10 companies, 100 billion and 1,000 亿美元);
//   - a date without a year matches a date with one on month and day
//     (Feb. 4 and 2026 年 2 月 4 日).
//
// Matching is by distinct values, not by count: a figure stated twice in one
// language and once in the other is matched, because restating a figure is
// common in either language. Words such as roughly, about, more than, 约, 超过,
// 多 do not change the value. A pair with one side empty is not checked:
// there is nothing to check it against. When one figure is changed in one
// language, the changed figure has no counterpart, and the original in the
// other language, unless it is stated elsewhere in the pair, has none either:
// both are reported, and both belong to that pair.
package quantity
