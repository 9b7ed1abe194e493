package article

import (
	"fmt"
	"strconv"
	"strings"
)

// leadPairs is how many of an article's first pairs leadDate reads: a
// dateline opens the first paragraph, after a heading or a subtitle at
// most.
const leadPairs = 3

var (
	// leadBracket is a dateline in brackets that opens a press release's
	// first paragraph: "(香港 - 2017 年 9 月 26 日)", "(26 September 2018 –
	// Hong Kong)", "【北京 2024年3月5日】".
	leadBracket = lazyRegexp(`^[(（【\[]([^()（）【】\[\]]{4,48})[)）】\]]`)
	// leadAgencyZH is a wire story's dateline with its year: 新华社北京2024年3月5日电.
	leadAgencyZH = lazyRegexp(`^\p{Han}{0,12}?(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:电|電|讯|訊)`)
	// leadPlaceEN is a place in capitals and a date before a dash or a
	// wire's name: "HONG KONG, Sept. 26, 2017 /PRNewswire/ --", "BEIJING,
	// 5 March 2024 – ".
	leadPlaceEN = lazyRegexp(`^[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?, ` +
		`([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})\s*(?:/|[-–—]|\()`)
	// fullDateZH is a full date in Chinese, spaced or not.
	fullDateZH = lazyRegexp(`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日`)
	// fullDateEN is a full date in English, the day before or after the month.
	fullDateEN = lazyRegexp(`\b(?:(\d{1,2}) ([A-Z][a-z]{2,8})\.?,? (\d{4})|([A-Z][a-z]{2,8})\.? (\d{1,2}),? (\d{4}))\b`)
)

// monthsEN are the English months' names in order.
var monthsEN = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// monthNumber reads an English month's name, in full or shortened to three
// letters or more (Sep, Sept): its number, 0 for none.
func monthNumber(w string) int {
	w = strings.ToLower(w)
	for i, m := range monthsEN {
		if len(w) >= 3 && strings.HasPrefix(m, w) || w == "sept" && i == 8 {
			return i + 1
		}
	}
	return 0
}

// leadDate reads the date that a dateline opening one of the article's
// first paragraphs states with its year, the Chinese first as the
// article's other fields take it: a press release's "(香港 - 2017 年 9 月
// 26 日)" or "(26 September 2018 – Hong Kong)", a wire's "新华社北京2024年3月5日电"
// or "HONG KONG, Sept. 26, 2017 /PRNewswire/ --". It gives "" when none
// does: a date within the text is what the article is about, not when it
// was published.
func leadDate(pairs []Pair) string {
	for _, p := range pairs[:min(len(pairs), leadPairs)] {
		for _, l := range []Lang{ZH, EN} {
			if d, _ := leadDateIn(strings.TrimSpace(p.Text(l)), l); d != "" {
				return d
			}
		}
	}
	return ""
}

// leadDateIn reads the dateline's date at the start of text, in language l,
// as YYYY-MM-DD, and where a dateline in brackets ends (0 for another).
func leadDateIn(text string, l Lang) (date string, bracketEnd int) {
	lead := ""
	if m := leadBracket.FindStringSubmatchIndex(text); m != nil {
		lead, bracketEnd = text[m[2]:m[3]], m[1]
	} else if m := leadAgencyZH.FindStringSubmatch(text); m != nil && l == ZH {
		lead = m[1]
	} else if m := leadPlaceEN.FindStringSubmatch(text); m != nil && l == EN {
		lead = m[1]
	}
	if lead == "" {
		return "", 0
	}
	var y, mo, d string
	if m := fullDateZH.FindStringSubmatch(lead); m != nil {
		y, mo, d = m[1], m[2], m[3]
	} else if m := fullDateEN.FindStringSubmatch(lead); m != nil {
		if m[1] != "" {
			d, mo, y = m[1], m[2], m[3]
		} else {
			mo, d, y = m[4], m[5], m[6]
		}
		n := monthNumber(mo)
		if n == 0 {
			return "", 0
		}
		mo = strconv.Itoa(n)
	} else {
		return "", 0
	}
	date = fmt.Sprintf("%s-%02s-%02s", y, mo, d)
	if !validDate(date) {
		return "", 0
	}
	return date, bracketEnd
}
