package quantity

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"tandem/article"
)

// Labels are not figures Extract returns: the number of an article of a
// law (第38条, Article 38), a section or a chapter names a part of a text,
// and so does the number of a resolution (第2758号, No. 2758); a
// translation may leave it out; so may the number of an item in a
// series written after # (cookie #30), a mixed fraction in digits (3
// 1/2 stars), which a translation may write ½ or in words, and the result
// of a golf match written with & (2&1) are compared the same way. Where both languages number parts of
// one kind, though, a number one writes that the other does not, where the
// other writes another, is a changed one (第38条 against "Article 37").

// zhLabelRe finds a Chinese label: 第 and a number, or numbers listed
// (第9和11段, 第4至6条), before the kind of part; a resolution's year or
// session in brackets may follow each number (第2118(2013)号,
// 第1591(2005)和第1556(2004)号, 第688(XXXV)号).
var zhLabelRe = regexp.MustCompile(`第\s*(` + labelItem + `(?:\s*(?:和|与|與|及|或|、|至|到|-|–|～|~)\s*第?\s*` + labelItem + `)*)\s*` +
	`(条|條|款|章|节|節|项|項|部分|号|號|段|页|頁|类|類|步|阶段|階段|约)`)

// zhChartRe finds a chart or a table a Chinese text refers to (图3, （圖
// 7）, 见表2, 见表格 3, 图表1, 圖示2; 图2.1 and 表3-1, numbered within a chapter), and a chart
// numbered in Chinese numerals after a word that points to it (除图二外,
// 见图三: not 试图三次), or a table so after 附 (（附表二十六）, an attached table;
// not 附表六十五之一, Table 65-1, whose part the labels do not read).
var zhChartRe = regexp.MustCompile(`(?:^|[^地])[图圖](?:表|示)?\s*([0-9]+(?:[-–.][0-9]+)?)|(?:^|[（(见見如附和与與及、])表格?\s*([0-9]+(?:[-–.][0-9]+)?)|` +
	`(?:^|[（(见見如和与與及、除])[图圖]([一二三四五六七八九十]+)|附表([一二三四五六七八九十]+)(?:[^之一二三四五六七八九十]|$)`)

// enLabelWords are the English words of labelKinds, in lower case, the
// kinds enLabelRe finds: a text must hold one of them for the pattern to
// be tried, a cheap test first, as labelsIn reads every text of a pair.
var enLabelWords = func() []string {
	out := []string{" s. ", " ss. "} // a section cited short, not every plural before a stop
	for w := range labelKinds {
		if w == "no" {
			w = "no " // "Lot No 1066", not every "not" and "know"
		}
		if isLatin([]rune(w)[0]) && w != "s." && w != "ss." {
			out = append(out, w)
		}
	}
	return out
}()

// enLabelRe finds an English label: the kind of part and a number, or
// numbers listed after the plural (paragraphs 9 and 11, articles 4 to 6,
// figures 1, 2, and 3).
var enLabelRe = regexp.MustCompile(`\b(Article|Art\.|Rule|Clause|Chapter|Cap\.|Section|Part|Paragraph|Subparagraph|Para\.|Paras\.|Item|Resolution|Page|Chart|Figure|Fig\.|Table|Category|Step|Phase|` +
	`article|rule|clause|chapter|section|part|paragraph|subparagraph|para\.|paras\.|item|resolution|page|chart|figure|table|category|step|phase|No\.?|D\.D\.|RFC|s\.|ss\.|G\.N\.|L\.N\.)(?:s\b)?\s*(` +
	enLabelItem + `(?:\s*(?:,\s*and|,\s*or|,|and|or|to|through|-|–)\s*` + enLabelItem + `)*)`)

// enLabelItem is labelItem, or a Roman numeral of I, V and X (Part XI,
// Article III) that no letter follows.
const enLabelItem = `(?:` + labelItem + `|[IVX]+\b)`

// labelNum is the number of a label in digits, with a point for a
// subsection (第2.2条, article 2.2), or in Chinese numerals.
const labelNum = `(?:[0-9]+(?:\.[0-9]+)?|[零〇一二三四五六七八九十百两]+)`

// labelItem is a number of a label and the year or session of a
// resolution in brackets after it, which is no label of its own, or the
// subsections of a law's section in brackets run into it (第16(2)條,
// section 389(3)(a)), which Extract reads as figures.
const labelItem = labelNum + `(?:\s*[(（]\s*(?:[0-9]{4}|[IVXLC]+)\s*[)）])?(?:[(（](?:[0-9]{1,3}|[a-z]{1,2})[)）])*`

// labelNumRe finds each number of a label's list, and a bracket before
// it: a number in brackets is a resolution's year.
var labelNumRe = regexp.MustCompile(`([(（]\s*)?(` + labelNum + `|[IVX]+\b)`)

// ordinalLabelRe finds an English label numbered by an ordinal word before
// its kind: "the first paragraph", "the second subparagraph", as an
// official translation writes 第一項 and 第二款.
var ordinalLabelRe = regexp.MustCompile(`(?i)\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (article|paragraph|subparagraph|item|clause)s?\b`)

// ordinals are the values of ordinalLabelRe's words.
var ordinals = map[string]float64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

// streetNumberRe finds the number of a building in a Chinese address, after
// its street and before 號 (大業街4號, 德興街7-8號), which English writes
// "No. 4 Tai Yip Street".
var streetNumberRe = regexp.MustCompile(`(?:街|道|路|巷|里)\s*([0-9]{1,4})(?:\s*[-–至]\s*([0-9]{1,4}))?\s*[號号]`)

// citedOrdinanceRe finds an ordinance cited by its number and year before
// a section, as Hong Kong's laws note an amendment: "27 of 2008 s. 42".
var citedOrdinanceRe = regexp.MustCompile(`\b([0-9]{1,3}) of (?:19|20)[0-9]{2} ss?\. ?[0-9]`)

// paragraphMarkRe finds the mark an English translation of a law puts
// before each paragraph, which the Chinese parts by a line alone:
// "Paragraph (1)", "Paragraph (2)".
var paragraphMarkRe = regexp.MustCompile(`\bParagraph \(([0-9]{1,2})\)`)

// relativeRe finds a reference to a part of a law by its place, not its
// number, in either language: 前條, 前二項, 同條, 本款 (not 本條例, the
// Act), "the preceding Article", "this paragraph". A translation writes the
// number where the original writes the place, and the other way round.
var relativeRe = regexp.MustCompile(`[前同本次]\s*[二三四五六七八九两兩]?\s*(?:條|条|項|项|款|目)(?:[^例]|$)|` +
	`(?i)\b(?:preceding|previous|foregoing|same|this|next|aforementioned|aforesaid|said) (?:(?:two|three|four|five|six|seven|eight|nine) )?(?:article|paragraph|subparagraph|item|clause)s?\b`)

// placeCounts are the numbers of parts a reference by place may name
// (前四款: the four before it), in either language.
var placeCounts = map[string]int{"二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
	"two ": 2, "three ": 3, "four ": 4, "five ": 5, "six ": 6, "seven ": 7, "eight ": 8, "nine ": 9}

// relativeWords are the words one of relativeRe's references holds, a
// cheap test before the pattern: a part's kind in either language.
var relativeWords = []string{"條", "条", "項", "项", "款", "目", "article", "paragraph", "item", "clause"}

// placesIn returns the parts text refers to by place, one for each part:
// 前二項 and "the preceding two paragraphs" refer to two.
func placesIn(text string) []string {
	var out []string
	if !containsAny(strings.ToLower(text), relativeWords...) {
		return nil
	}
	for _, ref := range relativeRe.FindAllString(text, -1) {
		n := 1
		for w, c := range placeCounts {
			if strings.Contains(strings.ToLower(ref), w) {
				n = c
			}
		}
		for range n {
			out = append(out, ref)
		}
	}
	return out
}

// placedLabels returns the figures of qs that number labels of mine, their
// text's labels of the kind article, which the other text, otherText,
// refers to by place: "subparagraphs 1, 2, 3 and 4" against 前四款, the
// four before it. Only when the other text's references by place name at
// least as many parts as mine numbers that others, the other text's
// labels, do not.
func placedLabels(qs []Quantity, mine, others []label, otherText string) []Quantity {
	var lone []label
	values := map[float64]bool{}
	for _, l := range mine {
		if l.kind == "article" && !slices.ContainsFunc(others, func(o label) bool { return sameLabel(l, o) }) {
			lone, values[l.q.Value] = append(lone, l), true
		}
	}
	if len(lone) == 0 || len(values) > len(placesIn(otherText)) {
		return nil
	}
	var out []Quantity
	for _, q := range qs {
		if slices.ContainsFunc(lone, func(l label) bool { return l.q.Start < q.End && q.Start < l.q.End }) {
			out = append(out, q)
		}
	}
	return out
}

// unnumberedCharts returns the figures of qs that number a chart, figure
// or table of mine, their text's labels, in a caption (the text opens with
// the label, its number within the first eight characters: 图 4, "Figure
// 12:") or in a reference in brackets (（如图2所示）, "(see Table 3)"),
// where the other text names no chart, figure or table: a caption the
// translation gives unnumbered (图 4 OAM 应用描述 and "OAM application"),
// if it opens with no number, or a reference it leaves out. A text that
// names one may number it in a way the labels do not read (圖示2,
// "2. 2013-2014年财政资源总览" against "Table 3").
func unnumberedCharts(qs []Quantity, mine []label, myText, otherText string) []Quantity {
	if containsAny(strings.ToLower(otherText), chartWords...) {
		return nil
	}
	opensWithNumber := isDigit(firstRune(strings.TrimSpace(otherText)))
	var out []Quantity
	for _, q := range qs {
		if (q.Start <= 8 && !opensWithNumber || bracketedReference(q, myText)) && inExhibit(q, mine) {
			out = append(out, q)
		}
	}
	return out
}

// bracketedReference reports whether q stands in a short bracket of
// text, no more than twenty characters from its opening and twelve from
// its end: the reference to a chart of （如图2所示） or "(e.g., see Figure 2.3)".
func bracketedReference(q Quantity, text string) bool {
	rs := []rune(text)
	open, closed := false, false
	for k := q.Start - 1; k >= max(0, q.Start-20) && !open; k-- {
		if strings.ContainsRune(")）", rs[k]) {
			return false
		}
		open = strings.ContainsRune("(（", rs[k])
	}
	for k := q.End; k < min(len(rs), q.End+12) && !closed; k++ {
		if strings.ContainsRune("(（", rs[k]) {
			return false
		}
		closed = strings.ContainsRune(")）", rs[k])
	}
	return open && closed
}

// chartWords are the words that name a chart or a table without its
// number.
var chartWords = []string{"图", "圖", "表", "figure", "fig.", "chart", "table", "diagram", "graph"}

// chartNumberedRe finds a word of chartWords with a number after it.
var chartNumberedRe = func() *regexp.Regexp {
	words := make([]string, len(chartWords))
	for k, w := range chartWords {
		words[k] = regexp.QuoteMeta(w)
	}
	return regexp.MustCompile(`(?i)(?:` + strings.Join(words, "|") + `)\s*[0-9一二三四五六七八九十]`)
}()

// chartsNamed returns the figures of qs that number a chart or a table of
// mine, their text's labels, where the other text names one (a chart
// word of chartWords) and numbers none (others, its labels, hold no chart
// or table): 如图 6 and "as shown in the following diagram".
func chartsNamed(qs []Quantity, mine, others []label, otherText string) []Quantity {
	if slices.ContainsFunc(others, func(o label) bool { return exhibit(o.kind) }) || !containsAny(strings.ToLower(otherText), chartWords...) ||
		chartNumberedRe.MatchString(otherText) {
		return nil // a chart numbered in a way the labels do not read (中的表1)
	}
	var out []Quantity
	for _, q := range qs {
		if inExhibit(q, mine) {
			out = append(out, q)
		}
	}
	return out
}

// exhibit reports whether labels of the kind number charts or tables.
func exhibit(kind string) bool { return kind == "chart" || kind == "table" }

// inExhibit reports whether q is part of the number of a chart or a table
// of labels.
func inExhibit(q Quantity, labels []label) bool {
	return slices.ContainsFunc(labels, func(l label) bool { return exhibit(l.kind) && l.q.Start < q.End && q.Start < l.q.End })
}

// seriesApart returns the figures of qs that number a chart of mine, their
// text's labels, where others, the other text's, number tables and no
// chart, or a table where they number charts and no table: an edition
// that numbers its tables and its charts each in a series of its own
// (表4.18 and "Figure 4-21" are one exhibit).
func seriesApart(qs []Quantity, mine, others []label) []Quantity {
	numbers := func(kind string) bool {
		return slices.ContainsFunc(others, func(o label) bool { return o.kind == kind })
	}
	var out []Quantity
	for _, q := range qs {
		if slices.ContainsFunc(mine, func(l label) bool {
			other := "chart"
			if l.kind == "chart" {
				other = "table"
			}
			return exhibit(l.kind) && l.q.Start < q.End && q.Start < l.q.End && !numbers(l.kind) && numbers(other)
		}) {
			out = append(out, q)
		}
	}
	return out
}

// tablesApart reports whether the two languages of a number their tables
// and charts each in a series of its own, as a manual whose English
// restarts its tables in every topic while its Chinese counts on (表2和表3
// and "Table 1 and Table 2"), or a report whose Chinese numbers its charts
// by chapter (图3-3 and "Figure 5"): two or more pairs where both number
// tables or charts number them apart, more than number them alike (a
// table changed in one pair of two is reported).
func tablesApart(a *article.Article) bool {
	alike, apart := 0, 0
	for _, p := range a.Pairs {
		if !strings.ContainsAny(p.ZH, "表图圖") {
			continue
		}
		zh, en := tableNumbers(labelsIn(string(simplified([]rune(p.ZH))), article.ZH)), tableNumbers(labelsIn(p.EN, article.EN))
		if len(zh) == 0 || len(en) == 0 {
			continue
		}
		if slices.Equal(zh, en) {
			alike++
		} else {
			apart++
		}
	}
	return apart >= 2 && apart > alike
}

// tableNumbers returns the numbers of the tables and charts labels names,
// in order.
func tableNumbers(labels []label) []float64 {
	var out []float64
	for _, l := range labels {
		if exhibit(l.kind) {
			out = append(out, l.q.Value)
		}
	}
	slices.Sort(out)
	return out
}

// placeWords is a reference relativeRe found, without the rune after a
// Chinese one that tells it from 本條例.
func placeWords(ref string) string {
	if i := strings.LastIndexAny(ref, "條条項项款"); i >= 0 {
		_, n := utf8.DecodeRuneInString(ref[i:])
		return ref[:i+n]
	}
	return ref
}

// listLabelRe finds the number of a paragraph or an item that opens a
// text (10. 委员会商定…, "61. In the past five years", 2) 生产级推理编排,
// 2\. as Markdown escapes it), or of a heading, two digits with a zero
// and a space (01 项目缘起), in either language.
var listLabelRe = regexp.MustCompile(`^\s*(?:([0-9]{1,3})\s*\\?[.．、)）](?:[^0-9]|$)|(0[1-9]) +[^ 0-9])`)

// hashLabelRe finds a number written after # (cookie #30, ＃3), in either
// language: the number of an item in a series.
var hashLabelRe = regexp.MustCompile(`[#＃]([0-9]+)\b`)

// matchPlayRe finds the result of a golf match written with & (won 2&1,
// 以3&1击败), in either language: the holes up and the holes left.
var matchPlayRe = regexp.MustCompile(`(?:^|[^0-9&])([0-9]{1,2}) ?& ?([0-9]{1,2})(?:$|[^0-9&])`)

// mixedRe finds a mixed fraction in digits, a whole number, a space and a
// fraction with a slash (3 1/2 stars), in either language; the submatches
// are the whole, the numerator and the denominator.
var mixedRe = regexp.MustCompile(`(?:^|[^0-9/.,])([0-9]{1,3}) ([0-9])/([0-9]{1,2})(?:$|[^0-9/.,])`)

// labelKinds are the kinds of part both languages number, by the word each
// writes. 条 and 款 are articles and paragraphs of a law, but translators
// write either as "article" or "clause" (第50款 and "article 50" of the
// Lisbon Treaty): one kind.
var labelKinds = map[string]string{
	"条": "article", "條": "article", "款": "article", "章": "chapter", "节": "section", "節": "section", "部分": "section",
	// The parts of an article are one kind: a PRC law's 款 and 项 are a
	// paragraph and an item, a Taiwanese law's 項 and 款 a paragraph and a
	// subparagraph (第五十二條第一項第四款 and "subparagraph 4 of paragraph
	// 1 of Article 52").
	"项": "article", "項": "article", "subparagraph": "article",
	"article": "article", "art.": "article", "rule": "article", "clause": "article", "chapter": "chapter",
	"section": "section", "part": "section", "paragraph": "article", "para.": "article", "paras.": "article", "item": "article",
	"号": "number", "號": "number", "no.": "number", "no": "number", // 第2758号决议 and "Resolution No. 2758", "Lot No 1066"; #30 too
	// A standard's number (RFC 3986, which one language may cite alone);
	// a demarcation district of Hong Kong (第4約, "Survey District No. 4",
	// D.D.103).
	"rfc": "RFC", "约": "number", "d.d.": "number",
	// Hong Kong's laws cite a section as s. and sections as ss., and a
	// government or legal notice as G.N. or L.N. (第1967號公告 and "G.N.
	// 1967"; 2015年第12號第108條 and "12 of 2015 s. 108").
	"s.": "section", "ss.": "section", "g.n.": "number", "l.n.": "number",
	// 第2118(2013)号决议 and "resolution 2118 (2013)"; 第4段 and "paragraph 4";
	// 《外匯基金條例》（第66章） and "(Cap. 66)"; 图3 and "Chart 3"
	"resolution": "number", "段": "article", "cap.": "chapter",
	"页": "page", "頁": "page", "page": "page",
	"类": "category", "類": "category", "category": "category",
	// A table and a chart are numbered apart (表4.18 and "Figure 4-21" may
	// be one exhibit in an edition that numbers its tables and its charts
	// each in a series of its own).
	"chart": "chart", "figure": "chart", "fig.": "chart", "table": "table",
	"步": "step", "step": "step", // 第 2 步 and "Step 2" of a manual
	"阶段": "phase", "階段": "phase", "phase": "phase", // 第一阶段 and "Phase 1" of a plan
}

// label is a numbered part of a text: its kind and the quantity that
// holds its number.
type label struct {
	kind string
	q    Quantity
	// within is set on a label a range holds between its ends (5 of
	// 第4至6条), which the check compares but never reports: its q spans
	// the range. ranged is set on a range's ends, which are compared with
	// the other language's labels as written, not with those a range
	// holds: 第32至35段 against "paragraphs 32 to 34" is a changed end.
	within, ranged bool
}

// labelsIn returns the labels of text; the quantity of each spans its
// number. A Chinese text's English words are read too: markup or a
// passage copied untranslated (<div>section 7</div>).
func labelsIn(text string, lang article.Lang) []label {
	var out []label
	lowerText := strings.ToLower(text)
	labelWords := containsAny(lowerText, enLabelWords...)
	if labelWords {
		out = kindLabelsIn(text, lang, enLabelRe)
	}
	if lang == article.ZH {
		var zh []label
		if strings.Contains(text, "第") {
			zh = kindLabelsIn(text, lang, zhLabelRe)
		}
		if strings.ContainsAny(text, "图圖表") {
			zh = append(zh, chartLabelsIn(text)...)
		}
		out = append(zh, out...)
	}
	at := func(kind string, start, end int, v float64) {
		rs, re := len([]rune(text[:start])), len([]rune(text[:end]))
		out = append(out, label{kind: kind, q: Quantity{Lang: lang, Start: rs, End: re, Text: text[start:end], Value: v, Unit: Label}})
	}
	if m := listLabelRe.FindStringSubmatchIndex(text); m != nil {
		if m[2] < 0 {
			m = m[2:] // 01 项目缘起: a heading's number
		}
		v, _ := strconv.Atoi(text[m[2]:m[3]])
		at("list", m[2], m[3], float64(v))
	}
	if lang == article.ZH && strings.ContainsAny(text, "號号") {
		for _, m := range streetNumberRe.FindAllStringSubmatchIndex(text, -1) {
			first := len(out)
			for k := 2; k+1 < len(m) && m[k] >= 0; k += 2 {
				v, _ := strconv.Atoi(text[m[k]:m[k+1]])
				at("number", m[k], m[k+1], float64(v))
			}
			if len(out) == first+2 { // 電氣道201 - 218號: the numbers between are the range's too
				out[first].ranged, out[first+1].ranged = true, true
				out = append(out, rangeBetween([]rune(text), out[first], out[first+1])...)
			}
		}
	}
	if lang == article.EN && strings.Contains(text, " of ") {
		for _, m := range citedOrdinanceRe.FindAllStringSubmatchIndex(text, -1) {
			v, _ := strconv.Atoi(text[m[2]:m[3]])
			at("number", m[2], m[3], float64(v)) // "Added 27 of 2008 s. 42": 2008年第27號第42條
		}
	}
	if lang == article.EN && strings.Contains(text, "Paragraph (") {
		for _, m := range paragraphMarkRe.FindAllStringSubmatchIndex(text, -1) {
			v, _ := strconv.Atoi(text[m[2]:m[3]])
			at("list", m[2], m[3], float64(v))
		}
	}
	if lang == article.EN && labelWords && containsAny(lowerText, "first ", "second ", "third ", "fourth ", "fifth ", "sixth ", "seventh ", "eighth ", "ninth ", "tenth ") {
		for _, m := range ordinalLabelRe.FindAllStringSubmatchIndex(text, -1) {
			at(labelKinds[lower(text[m[4]:m[5]])], m[2], m[3], ordinals[lower(text[m[2]:m[3]])])
		}
	}
	out = append(out, itemMarkersIn(text, lang)...)
	if strings.Contains(text, "式") || strings.Contains(text, "方程") || strings.Contains(lowerText, "eq") {
		out = append(out, equationLabelsIn(text, lang)...)
	}
	if !strings.ContainsAny(text, "#＃&/") {
		return out // no number after #, no match result, no mixed fraction
	}
	for _, m := range hashLabelRe.FindAllStringSubmatchIndex(text, -1) {
		if v, err := strconv.Atoi(text[m[2]:m[3]]); err == nil {
			at("number", m[0], m[1], float64(v))
		}
	}
	for _, m := range matchPlayRe.FindAllStringSubmatchIndex(text, -1) {
		up, _ := strconv.Atoi(text[m[2]:m[3]])
		left, _ := strconv.Atoi(text[m[4]:m[5]])
		at("match result", m[2], m[5], float64(up*100+left))
	}
	for _, m := range mixedRe.FindAllStringSubmatchIndex(text, -1) {
		w, _ := strconv.Atoi(text[m[2]:m[3]])
		n, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		if d > 0 && n <= d {
			at("mixed fraction", m[2], m[7], float64(w)+float64(n)/float64(d))
		}
	}
	return out
}

// kindLabelsIn returns the labels, a kind of part and its number, that
// re (zhLabelRe or enLabelRe) finds in text, a text of lang: one for each
// number of a list.
func kindLabelsIn(text string, lang article.Lang, re *regexp.Regexp) []label {
	var out []label
	prevEnd, prevKind := -1, "" // where the last label's match ends, and its kind
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		nums, word := m[2:4], m[4:6]
		if re == enLabelRe {
			nums, word = m[4:6], m[2:4]
		}
		kind := labelKinds[lower(text[word[0]:word[1]])]
		list := text[nums[0]:nums[1]]
		if exhibit(kind) && lang == article.EN && text[word[1]] != 's' {
			if q, ok := chapterNumbered(text, lang, nums[0], nums[1]); ok {
				out = append(out, label{kind: kind, q: q}) // Figure 2-1: 图2.1
				continue
			}
		}
		if exhibit(kind) && lang == article.EN {
			if ls := chapterList(text, kind, nums[0], nums[1]); ls != nil {
				out = append(out, ls...) // Figures 4-21, 4-22 and 4-23
				continue
			}
		}
		// single is set where N-M numbers one article: after "Article"
		// (not "Articles"), or in Chinese that writes ranges with ～.
		word0 := text[word[0]:word[1]]
		single := lang == article.EN && strings.EqualFold(word0, "article") && !strings.HasPrefix(text[word[1]:], "s") ||
			lang == article.ZH && (word0 == "條" || word0 == "条") && strings.ContainsAny(text, "～~")
		var items []label // ranged, while read, says a range's mark stands before the item
		end := 0          // where the last number read ends in list
		for _, n := range labelNumRe.FindAllStringSubmatchIndex(list, -1) {
			if n[2] >= 0 {
				continue // a resolution's year
			}
			if e := nums[0] + n[5]; e+1 < len(text) && text[e] == ':' && text[e+1] >= '0' && text[e+1] <= '9' {
				continue // section 31:1:3, a code's own numbering, read by neither side's pattern whole
			}
			if e := nums[0] + n[5]; e < len(text) && text[e] >= 'A' && text[e] <= 'Z' {
				continue // section 4B, 6DA: a section put in after 4, which 第4B條 numbers alike
			}
			q, ok := labelNumber(text, lang, nums[0]+n[4], nums[0]+n[5])
			if !ok {
				continue
			}
			sep := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(list[end:n[4]]), "第")) // 第25至第35段
			end = n[5]
			if last := len(items) - 1; last >= 0 && (sep == "-" || sep == "–") && (q.Value < items[last].q.Value || single) && isWhole(items[last].q.Value) && isWhole(q.Value) {
				// Article 38-1: an article put between 38 and 39, no
				// range; numbered 38.1, as English may write it. So is
				// Article 3-4, one article, and 第 3-4 條 in a text that
				// writes its ranges with ～, as Taiwan's laws do.
				p := &items[last].q
				p.Value = subNumber(p.Value, q.Value)
				p.End, p.Text = q.End, string([]rune(text)[p.Start:q.End])
				continue
			}
			if e := nums[0] + n[5]; lang == article.EN && isWhole(q.Value) {
				for k, w := range []string{" bis", " ter", " quater"} {
					if strings.HasPrefix(text[e:], w) && !isLatin(at([]rune(text[e+len(w):]), 0)) {
						q.Value = subNumber(q.Value, float64(k+2)) // paragraph 8 ter: 第8款之三
						q.End, q.Text = q.End+len([]rune(w)), q.Text+w
					}
				}
			}
			items = append(items, label{kind: kind, q: q, ranged: len(items) > 0 && slices.Contains(labelRangeMarks, sep)})
		}
		if len(items) > 0 && prevEnd >= 0 && prevKind == kind && slices.Contains(labelRangeMarks, strings.TrimSpace(text[prevEnd:m[0]])) {
			items[0].ranged = true // 第9段至第11段: a range across two labels
		}
		prevEnd, prevKind = m[1], kind
		if last := len(items) - 1; last >= 0 && lang == article.ZH {
			subArticle(text, m[1], &items[last].q) // 第三十八條之一
		}
		for _, l := range items {
			if l.ranged && len(out) > 0 {
				from := out[len(out)-1]
				out[len(out)-1].ranged = true
				out = append(out, rangeBetween([]rune(text), from, l)...)
			}
			out = append(out, l)
		}
	}
	return out
}

// oneWords are the characters that make a word of 一 before them (一定,
// 一般, 一致): no number.
const oneWords = "定般致起切些樣样律直再同併并旦概向"

// subArticle numbers p, a Chinese article's number, as the article put
// after it that 之 and a number at i, after the kind's word, name
// (第三十八條之一: 38.1).
func subArticle(text string, i int, p *Quantity) {
	rest, ok := strings.CutPrefix(text[i:], "之")
	if !ok || !isWhole(p.Value) {
		return
	}
	spaced := len(rest)
	rest = strings.TrimLeft(rest, " ") // 第 60 條之 1
	spaced -= len(rest)
	n := labelNumRe.FindStringSubmatchIndex(rest)
	if n == nil || n[4] != 0 || n[2] >= 0 || rest[:n[5]] == "一" && strings.ContainsRune(oneWords, firstRune(rest[n[5]:])) {
		return // 第五款之一定條件: the conditions of subparagraph 5, 一定 a word
	}
	if sub, ok := labelNumber(rest, article.ZH, n[4], n[5]); ok && isWhole(sub.Value) && sub.Value > 0 {
		p.Value = subNumber(p.Value, sub.Value)
		p.End = utf8.RuneCountInString(text[:i+len("之")+spaced+n[5]])
		p.Text = string([]rune(text)[p.Start:p.End])
	}
}

// sameLabel reports whether o, a label of the other language, numbers the
// part l numbers; a label a range holds is not a range's end.
func sameLabel(l, o label) bool {
	return sameLabelKind(o.kind, l.kind) && o.q.Value == l.q.Value && !(o.within && l.ranged)
}

// labelRangeMarks are the words and signs between the ends of a range of
// labels: 第4至6条, 第 19-2～19-5 條, "Articles 4 to 6".
var labelRangeMarks = []string{"至", "到", "～", "~", "-", "–", "to", "through"}

// rangeBetween returns the labels a range from a to b of text holds
// between its ends, each spanning the range, which the check compares but
// never reports: 5 of 第4至6条, 19.3 and 19.4 of 第
// 19-2～19-5 條 (articles put between 19 and 20); none for a range of
// more than 50, or of parts numbered otherwise.
func rangeBetween(text []rune, a, b label) []label {
	from, to := a.q.Value, b.q.Value
	step := 1.0
	if !isWhole(from) || !isWhole(to) {
		step = 0.1 // 19.2 to 19.5
		if math.Floor(from) != math.Floor(to) || !isWhole(from*10+1e-9) || !isWhole(to*10+1e-9) {
			return nil
		}
	}
	if to <= from || (to-from)/step > 50 {
		return nil
	}
	var out []label
	q := a.q
	q.End, q.Text = b.q.End, string(text[a.q.Start:b.q.End])
	for v := from + step; v < to-step/2; v += step {
		q.Value = v
		if step < 1 {
			q.Value = subNumber(math.Floor(from), math.Round((v-math.Floor(from))*10))
		}
		out = append(out, label{kind: a.kind, q: q, within: true})
	}
	return out
}

// subNumber returns the number of the article sub put after article n, as
// English writes it with a point: 38 and 1 make 38.1, 48 and 10 48.10
// (which reads as 48.1, in both languages alike).
func subNumber(n, sub float64) float64 {
	v, _ := strconv.ParseFloat(strconv.Itoa(int(n))+"."+strconv.Itoa(int(sub)), 64)
	return v
}

// isWhole reports whether v is a whole number, to a millionth.
func isWhole(v float64) bool { return math.Abs(v-math.Round(v)) < 1e-6 }

// chapterNumberRe is the number of a chart or an equation within its
// chapter: 2.1 as Chinese writes it, 2-1 as English may.
var chapterNumberRe = regexp.MustCompile(`^[0-9]+[-–.][0-9]+$`)

// chapterNumbered reads text[start:end] as the number of a chart or an
// equation within its chapter, 2-1 as 2.1.
func chapterNumbered(text string, lang article.Lang, start, end int) (Quantity, bool) {
	num := text[start:end]
	if !chapterNumberRe.MatchString(num) {
		return Quantity{}, false
	}
	v, err := strconv.ParseFloat(strings.NewReplacer("-", ".", "–", ".").Replace(num), 64)
	if err != nil {
		return Quantity{}, false
	}
	rs, re := len([]rune(text[:start])), len([]rune(text[:end]))
	return Quantity{Lang: lang, Start: rs, End: re, Text: num, Value: v, Unit: Label}, true
}

// chapterItemRe finds a number within a chapter in an English list of
// them (4-21, 4-22 and 4-23).
var chapterItemRe = regexp.MustCompile(`([0-9]+)[-–][0-9]+`)

// chapterList returns the labels of the kind that the list from start to
// end numbers within one chapter, "Figures 4-21, 4-22 and 4-23": two
// numbers or more, each with the chapter's before a dash, parted by
// commas and "and"; nil when the list is not one (Figures 4-6, four of
// them).
func chapterList(text, kind string, start, end int) []label {
	list := text[start:end]
	ms := chapterItemRe.FindAllStringSubmatchIndex(list, -1)
	if len(ms) < 2 {
		return nil
	}
	var out []label
	last := 0
	for _, m := range ms {
		sep := strings.TrimSpace(strings.Trim(strings.TrimSpace(list[last:m[0]]), ","))
		if sep != "" && sep != "and" || list[m[2]:m[3]] != list[ms[0][2]:ms[0][3]] {
			return nil
		}
		q, ok := chapterNumbered(text, article.EN, start+m[0], start+m[1])
		if !ok {
			return nil
		}
		out = append(out, label{kind: kind, q: q})
		last = m[1]
	}
	return out
}

// equationRe finds the number of an equation: "Equation (2-1)", "Eq.
// 3.2", 方程（2.1）, 公式(3-4), 由式（2.1）.
var equationRe = regexp.MustCompile(`(?:\b(?:Equation|equation|Eq\.|eq\.)|方程|公式|[由见見如据據和与與及将將把入代]式)\s*[（(]?\s*([0-9]+(?:[-–.][0-9]+)?)`)

// equationLabelsIn returns the equations text refers to by number.
func equationLabelsIn(text string, lang article.Lang) []label {
	var out []label
	for _, m := range equationRe.FindAllStringSubmatchIndex(text, -1) {
		q, ok := chapterNumbered(text, lang, m[2], m[3])
		if !ok {
			q, ok = labelNumber(text, lang, m[2], m[3])
		}
		if ok {
			out = append(out, label{kind: "equation", q: q})
		}
	}
	return out
}

// chartLabelsIn returns the charts and tables a Chinese text refers to
// without 第 (图3).
func chartLabelsIn(text string) []label {
	var out []label
	for _, m := range zhChartRe.FindAllStringSubmatchIndex(text, -1) {
		for k := 2; k < len(m); k += 2 {
			if m[k] >= 0 && !strings.HasPrefix(strings.TrimLeft(text[m[k+1]:], " "), "年") { // 圖 2021 年市場匯率: a caption without its number
				q, ok := chapterNumbered(text, article.ZH, m[k], m[k+1])
				if !ok {
					q, ok = labelNumber(text, article.ZH, m[k], m[k+1])
				}
				if ok {
					kind := "chart"
					if k == 4 || k == 8 {
						kind = "table" // 表3 and 附表二十六, the pattern's second and fourth groups
					}
					out = append(out, label{kind: kind, q: q})
				}
			}
		}
	}
	return out
}

// labelNumber is the quantity of the number text[start:end] of a label, in
// digits or Chinese numerals (a whole number in those).
func labelNumber(text string, lang article.Lang, start, end int) (Quantity, bool) {
	num := text[start:end]
	v, err := strconv.ParseFloat(num, 64)
	if r, ok := romanValue(num); ok && lang == article.EN {
		v, err = r, nil // Part XI: 第十一部分
	}
	if err != nil {
		f, ok := hanValue([]rune(num))
		if !ok && len([]rune(num)) >= 3 && f > 0 {
			ok = true // 第一六二条, written digit by digit: article 162
		}
		if !ok || f != math.Trunc(f) {
			return Quantity{}, false
		}
		v = f
	}
	rs, re := len([]rune(text[:start])), len([]rune(text[:end]))
	return Quantity{Lang: lang, Start: rs, End: re, Text: num, Value: v, Unit: Label}, true
}

// romanValue reads a Roman numeral of I, V and X alone, as English numbers
// the parts, chapters and tables of a document (Part XI, Table IV); C, L
// and the letters after them name parts by letter (Annex C).
func romanValue(s string) (float64, bool) {
	vals := map[byte]float64{'I': 1, 'V': 5, 'X': 10}
	if s == "" {
		return 0, false
	}
	total := 0.0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, false
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total, true
}

// lower is s in lower case, for the ASCII words of enLabelRe.
func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// instead adds the mismatches of labels or identifiers to the figures' ms,
// in place of a figure's report on the same number (paragraphs 6 and 8
// against 第6和第7段: the 8 is a changed label, not a figure the Chinese
// lacks; an ISBN of 13 digits is one changed identifier, not a figure).
func instead(ms, labels []Mismatch) []Mismatch {
	out := slices.DeleteFunc(ms, func(m Mismatch) bool {
		return slices.ContainsFunc(labels, func(l Mismatch) bool {
			return l.Lang == m.Lang && l.Start < m.End && m.Start < l.End
		})
	})
	return append(out, labels...)
}

// numberingLabels returns the figures of qs that number a label of mine,
// their text's labels, that others, the labels of the other text, number
// alike: "Part 7" and 第七部分 are one part, and its 7 is no partner of
// another figure the pair states (开6条 is no changed 7).
func numberingLabels(qs []Quantity, mine, others []label) []Quantity {
	var out []Quantity
	for _, q := range qs {
		if slices.ContainsFunc(mine, func(l label) bool {
			return l.q.Start < q.End && q.Start < l.q.End && slices.ContainsFunc(others, func(o label) bool {
				return sameLabel(l, o)
			})
		}) {
			out = append(out, q)
		}
	}
	return out
}

// labelMismatches returns the labels of the pair i, zh those of its Chinese
// and en of its English, that one language writes and the other does not,
// where the other writes another label of the same kind that the first
// does not. A label the other language leaves out is not reported; one
// that is an end of a range the other text, zhText or enText, runs
// together (第46-53条 and "Articles 4653") is, as unlikely, and so is a
// table's number where the article's languages number their tables apart
// (tables).
func labelMismatches(i int, zh, en []label, zhText, enText string, tables bool) []Mismatch {
	zh, en = sameItemCount(zh, en)
	sides, texts := [2][]label{zh, en}, [2]string{zhText, enText}
	if len(sides[0]) == 0 || len(sides[1]) == 0 {
		return nil
	}
	// alone reports whether the n-th label of mine is written more often
	// up to there than others write its number in a label of its kind:
	// article 2, paragraph 2 against 第2条第3款 leaves one 2 alone.
	alone := func(n int, mine, others []label) bool {
		l, count := mine[n], 0
		for _, m := range mine[:n+1] {
			if sameLabelKind(m.kind, l.kind) && m.q.Value == l.q.Value {
				count++
			}
		}
		for _, o := range others {
			if sameLabel(l, o) {
				count--
			}
		}
		return count > 0
	}
	// lone[k][n] says whether the n-th label of sides[k] is alone, and
	// not one of the parts the other text refers to by place (前條, "the
	// preceding Article"), which a translation numbers: as many labels of
	// the kind article as there are such references are taken for them.
	var out []Mismatch
	places := [2][]string{placesIn(enText), placesIn(zhText)}
	var lone [2][]bool
	for k := range sides {
		lone[k] = make([]bool, len(sides[k]))
		for n, l := range sides[k] {
			lone[k][n] = alone(n, sides[k], sides[1-k])
			if lone[k][n] && l.kind == "article" && len(places[k]) > 0 {
				lone[k][n] = false
				q := l.q
				q.Pair = i
				why := because("the %s text may refer to it by its place: %s", string(sides[1-k][0].q.Lang), placeWords(places[k][0]))
				out = append(out, mismatch(q, confMentioned, why))
				places[k] = places[k][1:]
			}
		}
	}
	for k := range sides {
		for n, l := range sides[k] {
			if !lone[k][n] || l.within {
				continue // a label inside a range, which the range's ends stand for
			}
			if r, apart, ok := rangeRunTogether(l.q, texts[k], texts[1-k]); ok {
				q := l.q
				q.Pair = i
				why := because("the %s text runs the ends of a range together: %s", string(sides[1-k][0].q.Lang), r)
				if apart {
					why = because("the ends of a range the %s text writes apart: %s", string(sides[1-k][0].q.Lang), r)
				}
				out = append(out, mismatch(q, confMentioned, why)) // 第46-53条 and "Articles 4653"
				continue
			}
			for m, o := range sides[1-k] {
				if sameLabelKind(o.kind, l.kind) && lone[1-k][m] && !o.within {
					q := l.q
					q.Pair = i
					if tables && exhibit(l.kind) {
						out = append(out, mismatch(q, confMentioned, because("%s numbers a chart or a table, which the %s text numbers in a series of its own", q.Text, string(o.q.Lang))))
						break // 表2和表3 and "Table 1 and Table 2"
					}
					why := because("no counterpart; the %s text numbers the %s %s", string(o.q.Lang), o.kind, o.q.Text)
					if o.kind == "number" {
						why = because("no counterpart; the %s text writes No. %s", string(o.q.Lang), o.q.Text) // a resolution's, 第2758号
					}
					out = append(out, mismatch(q, confPartner, why))
					break
				}
			}
		}
	}
	return out
}

// sameLabelKind reports whether labels of kinds a and b number the same parts:
// one kind, or an article and a section, which translators of a
// regulation write for each other (第713条 and "Section 713"), or an
// item's number opening the text and one inside it (3） and "(3)").
func sameLabelKind(a, b string) bool {
	pair := func(x, y string) bool { return a == x && b == y || a == y && b == x }
	return a == b || pair("article", "section") || pair("list", "item")
}

// itemMarkersIn returns the numbers of the items a text lists inside it
// (如下：一、… 二、…, "as follows:  1. … 2. …", （三）, (3)), labels of the
// kind "item", which Extract does not read as figures; not the number of
// a paragraph opening the text, listLabelRe's.
func itemMarkersIn(text string, lang article.Lang) []label {
	if !strings.ContainsAny(text, "、.．)）") {
		return nil
	}
	rs := []rune(text)
	s := &scanner{rs: rs, lang: lang}
	first := 0 // the text's first rune that is no space
	first = spacesOn(rs, first)
	var out []label
	for i := 0; i < len(rs); i++ {
		han := isHanNumeral(rs[i]) && lang == article.ZH
		if !isDigit(rs[i]) && !han || i > 0 && (isDigit(rs[i-1]) || isHanNumeral(rs[i-1])) {
			continue
		}
		e := i
		for e < len(rs) && (isDigit(rs[e]) && !han || han && isHanNumeral(rs[e])) {
			e++
		}
		v, ok := s.itemNumber(i, e)
		if !ok || i == first && !han {
			continue // a number opening the text is listLabelRe's
		}
		out = append(out, label{kind: "item", q: Quantity{Lang: lang, Start: i, End: e, Text: string(rs[i:e]), Value: v, Unit: Label}})
		i = e
	}
	return out
}

// sameItemCount returns zh and en, without their labels of the kind
// "item" unless both number as many items: a translation may nest or
// number a list in its own way (一、（一）1. against 1. (1) (a)), so only
// lists of one length are compared, number by number.
func sameItemCount(zh, en []label) ([]label, []label) {
	count := func(ls []label) int {
		n := 0
		for _, l := range ls {
			if l.kind == "item" || l.kind == "list" {
				n++ // 3） opening the text and "(3)"
			}
		}
		return n
	}
	if count(zh) == count(en) {
		return zh, en
	}
	drop := func(ls []label) []label {
		return slices.DeleteFunc(slices.Clone(ls), func(l label) bool { return l.kind == "item" })
	}
	return drop(zh), drop(en)
}
