package quantity

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"tandem/article"
)

// Mismatch is a quantity that has no counterpart in the other language of
// its pair, with how likely that is a real difference and why.
type Mismatch struct {
	Quantity
	// Confidence is how likely the figure really differs between the two
	// languages, from 0 to 1; Likely is the line between a mismatch to
	// show and one only `--all` shows.
	Confidence float64
	// Reason says in a few words why the figure is or is not suspect.
	Reason Reason
}

// Reason is why a figure is listed, as an English template whose verbs are
// all %s and the texts that fill them: a language ("zh", "en") or a figure
// as written. A translation of the template, with %[n]s where it orders
// them otherwise, gives the reason in another language.
type Reason struct {
	Format string
	Args   []string
}

// String is the reason in English.
func (r Reason) String() string {
	args := make([]any, len(r.Args))
	for i, a := range r.Args {
		args[i] = a
	}
	return fmt.Sprintf(r.Format, args...)
}

// because is the reason format filled with args.
func because(format string, args ...string) Reason { return Reason{format, args} }

// mismatch lists q with its confidence and the reason.
func mismatch(q Quantity, conf float64, why Reason) Mismatch {
	return Mismatch{Quantity: q, Confidence: conf, Reason: why}
}

// Likely is the confidence from which a mismatch is shown by default.
const Likely = 0.5

// The confidences the check gives, from likely to unlikely.
const (
	confPartner   = 0.9 // the other language states another figure in its place
	confAlone     = 0.7 // a figure with a unit or digits that the other language lacks
	confCounting  = 0.3 // a counting word the other language may say without a number
	confMentioned = 0.2 // the other language writes the number, not as a figure
	confRate      = 0.2 // two currencies: the exchange rate is not known
	confNoRow     = 0.1 // the row has no counterpart to check against
	confRestated  = 0.6 // each language repeats a different figure
	confInWords   = 0.4 // an English figure in words that the other language lacks
	confInParts   = 0.3 // the digits of one figure are a part of its partner's
)

// IsLikely reports whether the mismatch is likely a real difference.
func (m Mismatch) IsLikely() bool { return m.Confidence >= Likely }

// MarshalJSON writes the mismatch as {"pair","lang","text","value","unit",
// "confidence","reason"}, the record of `tandem check-numbers --json`; pair
// is 0-based.
func (m Mismatch) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Pair       int          `json:"pair"`
		Lang       article.Lang `json:"lang"`
		Text       string       `json:"text"`
		Value      float64      `json:"value"`
		Unit       string       `json:"unit"`
		Confidence float64      `json:"confidence"`
		Reason     string       `json:"reason"`
	}{m.Pair, m.Lang, m.Text, m.Value, m.Unit, m.Confidence, m.Reason.String()})
}

// Check returns the likely mismatches of a: the quantities without a
// counterpart in the other language of their pair that are likely real
// differences, by pair, Chinese before English, in reading order. See the
// package documentation for what counts as a counterpart.
func Check(a *article.Article) []Mismatch { return likely(CheckAll(a)) }

// CheckAll returns every quantity of a without a counterpart, likely or
// not, with its confidence and reason; the figures of a pair with one side
// empty are listed too, as not checked.
func CheckAll(a *article.Article) []Mismatch {
	ctx := articleContext{report: reportDateOf(a), tablesApart: tablesApart(a)}
	byPair := make([][]Mismatch, len(a.Pairs))
	for i := range a.Pairs {
		c := ctx
		if i > 0 {
			c.yearsBefore = yearsStated(&a.Pairs[i-1])
		}
		byPair[i] = checkPair(i, &a.Pairs[i], c)
	}
	acrossPairs(byPair)
	repeatedClauses(a, byPair)
	restatedBeside(a, byPair)
	return slices.Concat(byPair...)
}

// CheckPair returns the likely mismatches of pair p, the i-th of its
// article.
func CheckPair(i int, p *article.Pair) []Mismatch { return likely(CheckPairAll(i, p)) }

// likely keeps the mismatches that are likely.
func likely(ms []Mismatch) []Mismatch {
	var out []Mismatch
	for _, m := range ms {
		if m.IsLikely() {
			out = append(out, m)
		}
	}
	return out
}

// CheckPairAll returns every quantity of pair p, the i-th of its article,
// that has no counterpart in the other language, each with its confidence
// and reason. When one side is empty, every figure of the other is listed
// as not checked. A pair checked alone knows no date of its report but
// its own dateline; CheckAll reads the article's.
func CheckPairAll(i int, p *article.Pair) []Mismatch { return checkPair(i, p, articleContext{}) }

// articleContext is what the check of one pair knows of its article: the
// date of its report, and whether its two languages number their tables
// each in a series of its own (tablesApart).
type articleContext struct {
	report      reportDate
	tablesApart bool
	// yearsBefore are the years the pair before states, in either
	// language: "the following year" may count from one of them.
	yearsBefore []int
}

// yearRe finds a year written in four digits, alone or before 年.
var yearRe = regexp.MustCompile(`(?:^|[^0-9])((?:1[89]|20)[0-9]{2})(?:[^0-9]|$)`)

// yearsStated returns the years p states in four digits, in either
// language.
func yearsStated(p *article.Pair) []int {
	var out []int
	for _, text := range []string{p.ZH, p.EN} {
		for _, m := range yearRe.FindAllStringSubmatch(text, -1) {
			y, _ := strconv.Atoi(m[1])
			out = append(out, y)
		}
	}
	return out
}

// checkPair is CheckPairAll for a pair of a report dated report. It reads
// the pair without the invisible characters text copied from the web
// carries (1\u200b0月 is 10月), and gives each figure its place and text
// as written.
func checkPair(i int, p *article.Pair, ctx articleContext) []Mismatch {
	zh, zhAt := visible(p.ZH)
	en, enAt := visible(p.EN)
	if zhAt == nil && enAt == nil {
		return checkVisible(i, p, ctx)
	}
	seen := *p
	seen.ZH, seen.EN = zh, en
	out := checkVisible(i, &seen, ctx)
	for k, m := range out {
		at, written := enAt, p.EN
		if m.Lang == article.ZH {
			at, written = zhAt, p.ZH
		}
		if at == nil || m.Start < 0 || m.Start >= m.End || m.End > len(at) {
			continue
		}
		out[k].Start, out[k].End = at[m.Start], at[m.End-1]+1
		out[k].Text = string([]rune(written)[out[k].Start:out[k].End])
	}
	return out
}

// invisible reports whether r is a character that shows nothing: a
// zero-width space, joiner or non-joiner, a word joiner, a byte-order mark
// or a soft hyphen.
func invisible(r rune) bool {
	switch r {
	case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad':
		return true
	}
	return false
}

// visible returns text without its invisible characters and, for each
// rune of the result, its index among the runes of text; the index is nil
// when text has none.
func visible(text string) (string, []int) {
	if strings.IndexFunc(text, invisible) < 0 {
		return text, nil
	}
	var b strings.Builder
	var at []int
	for k, r := range []rune(text) {
		if !invisible(r) {
			b.WriteRune(r)
			at = append(at, k)
		}
	}
	return b.String(), at
}

// unchecked lists the figures qs of the i-th pair as not checked, for
// the reason why.
func unchecked(i int, qs []Quantity, why Reason) []Mismatch {
	out := make([]Mismatch, 0, len(qs))
	for _, q := range qs {
		q.Pair = i
		out = append(out, mismatch(q, confNoRow, why))
	}
	return out
}

// tableRule is the line under a Markdown table's header, | --- | :-: |,
// kept in a paragraph's text.
var tableRule = regexp.MustCompile(`\|\s*:?-{3,}:?\s*\|`)

// isTable reports whether text holds a Markdown table.
func isTable(text string) bool {
	return strings.Contains(text, "---") && tableRule.MatchString(text)
}

// tableOnly reports whether text is a Markdown table from its start: its
// first line, or the words before its first bar, head the table's
// columns. A table set against prose, which sums it up or was paired
// with it while the other language left the table out, is no translation
// to check figure by figure; a table after prose is checked with the
// prose.
func tableOnly(text string) bool {
	if !isTable(text) {
		return false
	}
	head, _, _ := strings.Cut(strings.TrimSpace(text), "|")
	return !strings.ContainsAny(head, "\n。.!?！？:：")
}

// checkVisible is checkPair for a pair without invisible characters.
func checkVisible(i int, p *article.Pair, ctx articleContext) []Mismatch {
	if zh, en, ok := withoutTableNumber(p.ZH, p.EN); ok {
		blanked := *p
		blanked.ZH, blanked.EN = zh, en
		p = &blanked
	}
	// The rules read the Chinese in simplified characters (see
	// simplified); the figures keep their text as written.
	zhText := string(simplified([]rune(p.ZH)))
	en := extractJoined(p.EN, zhText)
	zh := extractSpaced(p.ZH, en)
	if p.ZH == "" || p.EN == "" {
		return unchecked(i, append(zh, en...), because("row has no counterpart: not checked"))
	}
	if tableOnly(p.ZH) && !isTable(p.EN) || tableOnly(p.EN) && !isTable(p.ZH) {
		return unchecked(i, append(zh, en...), because("a table against prose: not checked"))
	}
	zhLabels, enLabels := labelsIn(zhText, article.ZH), labelsIn(p.EN, article.EN)
	zhNumbering, enNumbering := numberingLabels(zh, zhLabels, enLabels), numberingLabels(en, enLabels, zhLabels)
	names := sharedNames(zhText, p.EN)
	sides := [2]side{
		{lang: article.ZH, text: zhText, qs: zh, numbering: zhNumbering, placed: placedLabels(zh, zhLabels, enLabels, p.EN), charts: unnumberedCharts(zh, zhLabels, zhText, p.EN), series: seriesApart(zh, zhLabels, enLabels), named: chartsNamed(zh, zhLabels, enLabels, p.EN), names: names, report: ctx.report, yearsBefore: ctx.yearsBefore},
		{lang: article.EN, text: p.EN, qs: en, numbering: enNumbering, placed: placedLabels(en, enLabels, zhLabels, zhText), charts: unnumberedCharts(en, enLabels, p.EN, zhText), series: seriesApart(en, enLabels, zhLabels), named: chartsNamed(en, enLabels, zhLabels, zhText), names: names, report: ctx.report, yearsBefore: ctx.yearsBefore},
	}
	for k := range sides {
		sides[k].unmatched = unmatched(sides[k].qs, sides[1-k].qs, sides[k].text, sides[1-k].text)
	}
	var noted [2][]Quantity
	for k := range sides {
		sides[k].unmatched, noted[k] = outsideNotes(sides[k].unmatched, sides[k].text, sides[k].lang)
	}
	sides[0].extra, sides[1].extra = leftOver(zh, en), leftOver(en, zh)
	for _, q := range sides[0].unmatched {
		if _, ok := bareYuan(q, sides[1].unmatched); ok {
			sides[0].yuanIsOther, sides[1].yuanIsOther = true, true
		}
	}
	var out []Mismatch
	split := splitDigits(&sides[0], &sides[1])
	rated := oneRate(&sides[0], &sides[1])
	for k := range sides {
		for _, q := range sides[k].unmatched {
			// Judged as the sides hold it, before it is given its pair's
			// index: the rules find q among the sides' figures.
			conf, why := judge(q, &sides[k], &sides[1-k])
			if split != "" {
				conf, why = confMentioned, because("both texts write the digits %s among the figures left over: one number in a form the check does not read", split)
			} else if o, ok := rated[q]; ok {
				conf, why = confRate, because("against %s: exchange rate not known, unchecked", o.Text)
			}
			q.Pair = i
			out = append(out, mismatch(q, conf, why))
		}
	}
	for k := range sides {
		for _, q := range noted[k] {
			q.Pair = i
			out = append(out, mismatch(q, confMentioned, because("%s is in a translator's note, which the %s text has no need of", q.Text, string(sides[1-k].lang))))
		}
		for _, q := range sides[k].extra {
			if o, ok := changedFrom(q, &sides[1-k]); ok && !writesAsOften(q, &sides[k], &sides[1-k]) && !asOftenAsShare(q, &sides[k], &sides[1-k]) {
				q.Pair = i
				why := because("stated more often in %s than in %s, where %s stands in its place", string(sides[k].lang), string(sides[1-k].lang), o.Text)
				out = append(out, mismatch(q, confRestated, why))
			}
		}
	}
	out = append(out, decadeMismatches(i, zhText, p.EN)...)
	out = append(out, quarterMismatches(i, zhText, p.EN)...)
	out = instead(out, codeMismatches(i, zhText, p.EN, zh, en))
	out = instead(out, labelMismatches(i, zhLabels, enLabels, zhText, p.EN, ctx.tablesApart))
	if zhText != p.ZH {
		written := []rune(p.ZH)
		for k, m := range out {
			if m.Lang == article.ZH && m.Start >= 0 && m.Start <= m.End && m.End <= len(written) {
				out[k].Text = string(written[m.Start:m.End])
			}
		}
	}
	sortMismatches(out)
	return out
}

// tableNumberRe is the number of a table opening its title, the chapter's
// and the table's, and the spaces after it: "9-16 ", "15-10 ".
var tableNumberRe = regexp.MustCompile(`^[0-9]{1,2}-[0-9]{1,3}[ \t]+`)

// withoutTableNumber returns zh and en with the number of a table that
// opens both alike blanked out ("9-16 万元国内生产总值" and "9-16 Energy
// Intensity of GDP"): the number is no figure, and 16 is no 16万元. Where
// the two numbers differ, they are compared as they stand.
func withoutTableNumber(zh, en string) (string, string, bool) {
	z, e := tableNumberRe.FindString(zh), tableNumberRe.FindString(en)
	if z == "" || strings.TrimSpace(z) != strings.TrimSpace(e) {
		return zh, en, false
	}
	return strings.Repeat(" ", len(z)) + zh[len(z):], strings.Repeat(" ", len(e)) + en[len(e):], true
}

// extractJoined reads the quantities of en, an English text, with a
// decimal split by a space after its point read whole where zh writes it
// so: "84. 32%" and 84．32％, "US$2. 4 trillion" and ２．４万亿美元 (a
// full-width point turned into a point and a space). A sentence that ends
// with a number before one that begins with another stays apart, as zh
// has no such decimal.
func extractJoined(en, zh string) []Quantity {
	rs := []rune(en)
	var joined []rune
	for i := 1; i+2 < len(rs); i++ {
		if rs[i] != '.' || rs[i+1] != ' ' || !isDigit(rs[i-1]) || !isDigit(rs[i+2]) {
			continue
		}
		j, k := i, i+2
		for j > 0 && isDigit(rs[j-1]) {
			j--
		}
		for k < len(rs) && isDigit(rs[k]) {
			k++
		}
		whole := string(rs[j:i]) + "." + string(rs[i+2:k])
		if !strings.Contains(zh, whole) && !strings.Contains(zh, strings.Replace(whole, ".", "．", 1)) &&
			!strings.Contains(zh, toWideDigits(whole)) {
			continue
		}
		if joined == nil {
			joined = slices.Clone(rs)
		}
		copy(joined[j:k], []rune(whole+" ")) // same length: positions hold
	}
	if joined == nil {
		return Extract(en, article.EN)
	}
	qs := Extract(string(joined), article.EN)
	for k := range qs {
		qs[k].Text = string(rs[qs[k].Start:qs[k].End])
	}
	return qs
}

// extractSpaced reads the quantities of zh, a Chinese text, with a number
// split by stray spaces read whole (1 0 亿英镑 is 10 亿英镑, 2 0 1 5 年 is
// 2015 年) when that reading gives more figures with a counterpart in en,
// the quantities of the English, or as many and fewer without one (a
// changed 2 0 1 6 年 is one figure, not four); as written otherwise. A
// space between two numbers is usually a typist's slip in Chinese, which
// does not space digits, but text that spaces around figures (2030 年)
// may have two numbers in a row.
func extractSpaced(zh string, en []Quantity) []Quantity {
	qs := Extract(zh, article.ZH)
	rs := []rune(zh)
	var joined []rune
	var runs [][2]int // where the runs closed up stand, start and end
	for i := 0; i+4 < len(rs); i++ {
		// Thousands parted by a full-width comma (1，700万, 7，400亿美元), as
		// some Chinese typesetting writes them: the comma becomes one.
		if rs[i] == '，' && i > 0 && isDigit(rs[i-1]) && isDigit(rs[i+1]) && isDigit(rs[i+2]) && isDigit(rs[i+3]) && !isDigit(at(rs, i+4)) {
			if joined == nil {
				joined = slices.Clone(rs)
			}
			joined[i] = ','
		}
	}
	for i, r := range rs {
		// A lower-case l that a scan's text recognition read for the
		// digit 1 (l966年, 11月l3日, l300小时): before a digit, after no
		// Latin letter.
		if r == 'l' && isDigit(at(rs, i+1)) && !isLatin(at(rs, i-1)) {
			if joined == nil {
				joined = slices.Clone(rs)
			}
			joined[i] = '1'
		}
	}
	for i := 0; i < len(rs); i++ {
		if !isDigit(rs[i]) {
			continue
		}
		if isLatin(at(rs, i-1)) {
			for isDigit(at(rs, i+1)) {
				i++
			}
			continue // not the 4 of 0x4 0x5: a name's or a code's digits
		}
		// A run of digits parted by single spaces (1 0 亿, 2 0 1 5 年), or
		// with a decimal point a space stands before (64 .3 %, 0 .2 6
		// ng, as text taken from a PDF spaces it): the spaces go before it
		// and the digits close up, ending where they did, so that the unit
		// after them and every rune after the run keep their places.
		end, digits, pieces, point := i+1, []rune{rs[i]}, []int{1}, false
		for {
			if e, ok := spacedPoint(rs, end); ok && !point {
				end, point = e, true
				digits, pieces = append(digits, '.'), append(pieces, 0)
				continue
			}
			if end+1 < len(rs) && rs[end] == ' ' && isDigit(rs[end+1]) {
				end++
				pieces = append(pieces, 0)
			} else if end >= len(rs) || !isDigit(rs[end]) {
				break
			}
			digits = append(digits, rs[end])
			pieces[len(pieces)-1]++
			end++
		}
		if len(digits) < end-i && (point || slipOrThousands(pieces)) {
			if joined == nil {
				joined = slices.Clone(rs)
			}
			for k := i; k < end-len(digits); k++ {
				joined[k] = ' '
			}
			copy(joined[end-len(digits):], digits)
			runs = append(runs, [2]int{i, end})
		}
		i = end - 1
	}
	if joined == nil {
		return qs
	}
	alt := Extract(string(joined), article.ZH)
	altMatched, matched := withCounterpart(alt, en), withCounterpart(qs, en)
	if altMatched < matched || altMatched == matched && len(alt)-altMatched >= len(qs)-matched {
		return qs // more or as many left unpaired read whole: the numbers stand apart
	}
	for k := range alt {
		for _, r := range runs {
			if alt[k].Start >= r[0] && alt[k].Start < r[1] {
				alt[k].Start = r[0] // the figure begins where its first digit is written
			}
		}
		alt[k].Text = string(rs[alt[k].Start:alt[k].End])
	}
	return alt
}

// spacedPoint returns the end of a decimal point at i with a space before
// it, and one after it or not (" .", " . "), and a digit after that; a
// point with no space before it ends a decimal of its own, or a
// paragraph's number (41. 2014年).
func spacedPoint(rs []rune, i int) (int, bool) {
	if at(rs, i) != ' ' {
		return i, false
	}
	k := i + 1
	if r := at(rs, k); r != '.' && r != '．' {
		return i, false
	}
	k++
	if at(rs, k) == ' ' {
		k++
	}
	return k, isDigit(at(rs, k))
}

// slipOrThousands reports whether the lengths of the pieces of a run of
// digits parted by spaces fit one number: digits spaced one by one (a
// typist's slip, 2 0 1 5) or thousands (43 148 400); not "16.12 2016",
// a paragraph's number before a year.
func slipOrThousands(pieces []int) bool {
	ones, thousands := true, pieces[0] <= 3
	for k, n := range pieces {
		ones = ones && n == 1
		thousands = thousands && (k == 0 || n == 3)
	}
	return ones || thousands
}

// withCounterpart counts the quantities of qs that match one of others.
func withCounterpart(qs, others []Quantity) int {
	n := 0
	for _, q := range qs {
		if hasCounterpart(q, others) {
			n++
		}
	}
	return n
}

// toWideDigits writes s with full-width digits and point, as some Chinese
// text does (２．４).
func toWideDigits(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r - '0' + '０'
		case r == '.':
			return '．'
		}
		return r
	}, s)
}

// changedFrom returns a figure that the other language states more often
// than this one and that q, a figure this language states more often than
// the other, may have been changed from: 2金2银1铜 against "2 gold, 1
// silver and 1 bronze", where one 2 stands for a 1. Restating a figure in
// one language is common; each language repeating a different one is not.
func changedFrom(q Quantity, other *side) (Quantity, bool) {
	for _, o := range other.extra {
		if sameKind(q.Unit, o.Unit) && !Matches(q, o) {
			return o, true
		}
	}
	return Quantity{}, false
}

// leftOver returns the quantities of mine that are left when each is paired
// with a distinct matching quantity of others, in reading order, and that
// do have a match there (the ones without are ordinary mismatches).
func leftOver(mine, others []Quantity) []Quantity {
	used := make([]bool, len(others))
	var out []Quantity
	for _, q := range mine {
		paired, any := false, false
		for k, o := range others {
			if !Matches(q, o) {
				continue
			}
			any = true
			if !used[k] {
				used[k], paired = true, true
				break
			}
		}
		if any && !paired {
			out = append(out, q)
		}
	}
	return out
}

// sortMismatches puts mismatches in the order Check promises: Chinese
// before English, in reading order.
func sortMismatches(ms []Mismatch) {
	slices.SortStableFunc(ms, func(a, b Mismatch) int {
		if a.Lang != b.Lang {
			if a.Lang == article.ZH {
				return -1
			}
			return 1
		}
		return a.Start - b.Start
	})
}

// side is one language of a pair being checked.
type side struct {
	lang      article.Lang
	text      string
	qs        []Quantity
	unmatched []Quantity
	// extra are the figures stated more often here than in the other
	// language (each has a counterpart by value).
	extra     []Quantity
	loose     []float64 // every number the text writes, read loosely; made when needed
	looseRead bool
	// names are the names with digits that both languages write alike
	// (SARS-CoV-2): their numbers mention no figure.
	names []sharedName
	// numbering are the figures that number a label both languages
	// number alike (table 3 and 表3): they mention no figure either, and
	// are no partners of one.
	numbering []Quantity
	// placed are the figures that number labels the other language
	// refers to by place ("subparagraphs 1 to 3" and 前三款): no
	// partners of another figure either.
	placed []Quantity
	// charts are the figures that number a chart or a table the other
	// language numbers none of (unnumberedCharts).
	charts []Quantity
	// named are the figures that number a chart or a table the other
	// language names without a number (chartsNamed): no partners either.
	named []Quantity
	// series are the figures that number a chart where the other
	// language numbers only tables, or a table where it numbers only
	// charts (seriesApart): no partners of another figure.
	series []Quantity
	// yuanIsOther is set when 元 alone stands for the other language's
	// currency in the pair: an amount written with it has the value of
	// one in another currency (加拿大 5 元 and "Canadian $5").
	yuanIsOther bool
	// report is the date of the article's report, when it has one.
	report reportDate
	// yearsBefore are the years the pair before states (articleContext).
	yearsBefore []int
	// clocks are the times of day the text names in words, ages the
	// youngest ages it gives by their decade; made when needed.
	clocks, ages         []int
	clocksRead, agesRead bool
	// otherCurrency says for each unmatched figure whether it stands
	// against an amount of the other side in another currency: 0 not yet
	// known, 1 it does, 2 it does not (inOtherCurrency).
	otherCurrency []int8
	// measures are the numbers with a unit of measure the text writes;
	// made when needed.
	measures     []writtenMeasure
	measuresRead bool
	// races are the times the text writes as a race clock; made when
	// needed.
	races     []raceTime
	racesRead bool
}

// plainUnpaired reports whether the text leaves a plain number without a
// counterpart: a figure the other language may state changed, which keeps
// a reason that would lower one there from applying.
func (s *side) plainUnpaired() bool {
	return slices.ContainsFunc(s.unmatched, func(o Quantity) bool { return o.Unit == Plain })
}

// raceTimes returns the times the side's text writes as a race clock
// (raceTimesIn).
func (s *side) raceTimes() []raceTime {
	if !s.racesRead {
		s.races, s.racesRead = raceTimesIn(s.text), true
	}
	return s.races
}

// writtenMeasures returns the numbers with a unit of measure the side's
// text writes (measuresIn).
func (s *side) writtenMeasures() []writtenMeasure {
	if !s.measuresRead {
		s.measures, s.measuresRead = measuresIn(s.text), true
	}
	return s.measures
}

// clockWords returns the times of day the side's text names in words.
func (s *side) clockWords() []int {
	if !s.clocksRead {
		s.clocks, s.clocksRead = clockWords(s.text), true
	}
	return s.clocks
}

// decadeAges returns the youngest ages of the decades the side's text
// gives an age by.
func (s *side) decadeAges() []int {
	if !s.agesRead {
		s.ages, s.agesRead = decadeAgesIn(s.text), true
	}
	return s.ages
}

// unmatched returns the quantities of mine that have no counterpart in
// others, by value and unit or by a conversion of units (2,100 米 and
// 7,000 feet).
func unmatched(mine, others []Quantity, myText, otherText string) []Quantity {
	var scaled []Quantity // others read with an attached m or k as a scale, or as a short year
	for _, o := range others {
		if so := scaledByLetter(o, otherText); so != o {
			scaled = append(scaled, so)
		}
		if so := shortYear(o, otherText); so != o {
			scaled = append(scaled, so)
		}
		if ko := metricPrefixed(o, otherText); ko != o {
			scaled = append(scaled, ko)
		}
		if wo := wattPrefixed(o, otherText); wo != o {
			scaled = append(scaled, wo)
		}
		if bo := binaryThousands(o); bo != o {
			scaled = append(scaled, bo)
		}
		scaled = append(scaled, dayName(o, otherText)...)
	}
	var out []Quantity
	myRunes, otherRunes := []rune(myText), []rune(otherText)
	for _, q := range mine {
		sq, yq, kq, wq, bq := scaledByLetter(q, myText), shortYear(q, myText), metricPrefixed(q, myText), wattPrefixed(q, myText), binaryThousands(q)
		pq := afterPointStop(q, myText)
		switch {
		case hasCounterpart(q, others) && !yearDenied(q, others):
		case sq != q && hasCounterpart(sq, others), hasCounterpart(q, scaled), yq != q && hasCounterpart(yq, others), pq != q && hasCounterpart(pq, others),
			kq != q && hasCounterpart(kq, others), wq != q && hasCounterpart(wq, others), bq != q && hasCounterpart(bq, others),
			hasAnyCounterpart(dayName(q, myText), others):
		case converted(q, mine, myText, others, otherText), grown(q, myText, others, otherText), minguoYear(q, myText, others, otherText):
		case roughly(q, myText, others, otherText), moreThanWhole(q, myText, others, otherText), fractionOfPercent(q, others), percentFactor(q, others), derivedMultiple(q, mine, others, otherText),
			levelsApart(q, mine, others),
			roundedPrecisely(q, others), firstMonths(q, myText, otherText), monthsTo(q, myText, otherText),
			slashDay(q, myText, others, otherText), yearsSpanned(q, myText, others, otherText),
			inDurationSum(q, mine, myText, others, otherText):
		case clockAgrees(q, myRunes, others, otherRunes), discounted(q, myRunes, others, otherText), centsOnTheDollar(q, myRunes, others, otherText),
			sumOfParts(q, mine, others, myRunes, otherRunes):
		case dayAgrees(q, mine, myRunes, others, otherRunes), wholeDay(q, myRunes, others), noneSaid(q, mine, others, otherText),
			generationAgrees(q, myRunes, others, otherRunes), eventDay(q, myText, otherText):
		case durationCounterpart(q, others), clockSeconds(q, myText, others, otherText), yearsEnd(q, others, otherRunes),
			spacedThousands(q, myText, others, otherText), pointedThousands(q, others):
		default:
			out = append(out, q)
		}
	}
	return out
}

// yearsEnd reports whether q, a month of a year, is December against the
// other language's end of that year, or January against its start
// (2002年底 and "the end of December 2002", 2003年初 and "January 2003",
// 2018年年底 and "December 2018").
func yearsEnd(q Quantity, others []Quantity, otherRunes []rune) bool {
	n := int(q.Value + 0.5)
	y, m := n/10000, n/100%100
	if q.Unit != Date || y == 0 || n%100 != 0 || m != 12 && m != 1 {
		return false
	}
	for _, o := range others {
		if o.Unit != Year || int(o.Value) != y || o.End >= len(otherRunes) {
			continue
		}
		k := o.End
		if otherRunes[k] == '年' && k+1 < len(otherRunes) {
			k++ // 2018年年底: the year named again
		}
		if r := otherRunes[k]; m == 12 && (r == '底' || r == '末') || m == 1 && r == '初' {
			return true
		}
	}
	return false
}

// binaryThousands returns q, a number of thousands written with k and a
// power of two (64k, 128K), read as 1,024 each, as a context length or a
// memory size is (65,536 and 64k); q itself otherwise.
func binaryThousands(q Quantity) Quantity {
	rs := []rune(q.Text)
	if q.Unit != Plain || len(rs) < 2 || !isDigit(rs[len(rs)-2]) || rs[len(rs)-1] != 'k' && rs[len(rs)-1] != 'K' {
		return q
	}
	n := q.Value
	if n >= 1000 {
		n /= 1000
	}
	if n < 2 || n > 1<<20 || n != math.Trunc(n) || int(n)&(int(n)-1) != 0 {
		return q
	}
	q.Value = n * 1024
	return q
}

// scaledByLetter returns q read with the letter attached to its number as
// a scale, m for million and k for thousand (35m posts: 3,500 万个帖子),
// which Extract reads only after a currency sign, as 100m may be metres;
// the first end of a range takes the letter of the second (the 20 of
// "20-50m injuries"). It returns q itself when no such letter is attached.
func scaledByLetter(q Quantity, text string) Quantity {
	rs := []rune(q.Text)
	if q.Unit != Plain || len(rs) < 1 {
		return q
	}
	if isDigit(rs[len(rs)-1]) {
		if all := []rune(text); q.End < len(all) && strings.ContainsRune("-–", all[q.End]) {
			next := q.End + 1
			for next < len(all) && isDigit(all[next]) {
				next++
			}
			if next > q.End+1 && next < len(all) && (next+1 == len(all) || !isLatin(all[next+1])) {
				rs = append(rs, all[next]) // 20-50m: the letter of the range
			}
		}
	}
	if len(rs) < 2 || !isDigit(rs[len(rs)-2]) {
		return q
	}
	switch rs[len(rs)-1] {
	case 'm':
		q.Value *= 1e6
	case 'k':
		q.Value *= 1e3
	}
	return q
}

// dayName returns the readings of q, a decimal written M.DD right before a
// Chinese word or a capitalised English one, as the day it names (7.19洪灾,
// the flood of July 19: the date July 19, or 719 as English writes the
// name; the 11.11 Shopping Festival, 双十一); nil for any other quantity.
// A Chinese M.DD anywhere else may be a date too (截止日期：9.17 and "Sept
// 17th"), but no name.
//
// An English decimal D.MM is also read as a day and its month, the
// European way ("dispatched 18.12": 12 月 18 日), wherever it stands.
func dayName(q Quantity, text string) []Quantity {
	rs, t := []rune(text), []rune(q.Text)
	if q.Unit != Plain || len(t) < 4 || len(t) > 5 || t[len(t)-3] != '.' {
		return nil
	}
	m, d := math.Floor(q.Value), math.Round((q.Value-math.Floor(q.Value))*100)
	var out []Quantity
	if q.Lang == article.EN && d >= 1 && d <= 12 && m >= 1 && m <= 31 {
		dm := q
		dm.Unit, dm.Value = Date, date(0, d, m) // 18.12: the 18th of December
		out = append(out, dm)
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return out
	}
	day, name := q, q
	day.Unit, day.Value = Date, date(0, m, d)
	name.Value = m*100 + d
	if q.Lang == article.ZH {
		out = append(out, day) // 截止日期：9.17 and "Sept 17th"
	}
	if q.End >= len(rs) {
		return out
	}
	if next := rs[q.End]; q.Lang == article.ZH && !isHan(next) ||
		q.Lang == article.EN && (next != ' ' || q.End+1 >= len(rs) || !unicode.IsUpper(rs[q.End+1])) {
		return out // 7.19洪灾, "the Tmall 11.11 Global Shopping Festival"
	}
	if q.Lang == article.EN {
		out = append(out, day)
	}
	return append(out, name)
}

// hasAnyCounterpart reports whether some quantity of qs has a counterpart
// in others.
func hasAnyCounterpart(qs, others []Quantity) bool {
	for _, q := range qs {
		if hasCounterpart(q, others) {
			return true
		}
	}
	return false
}

// metricPrefixed returns q, a plain English number, read in thousands
// when the word after it is a unit with the prefix kilo- that the check
// does not measure (26 to 32 kilobases: 2.6 至 3.2 万个碱基), in millions
// after mega- (300 megapixels: 3亿个像素) and in billions after giga-; q
// itself otherwise.
func metricPrefixed(q Quantity, text string) Quantity {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Plain || q.End >= len(rs) {
		return q
	}
	skip := func(k int, in func(rune) bool) int {
		for k < len(rs) && in(rs[k]) {
			k++
		}
		return k
	}
	space := func(r rune) bool { return r == ' ' }
	k := skip(q.End, space)
	if e := skip(k, isLatin); string(rs[k:e]) == "to" || k < len(rs) && (rs[k] == '-' || rs[k] == '–') {
		// the first of a range takes the unit of the last: 26 to 32 kilobases
		if string(rs[k:e]) == "to" {
			k = e - 1
		}
		k = skip(skip(skip(k+1, space), func(r rune) bool { return isDigit(r) || r == '.' || r == ',' }), space)
	}
	e := skip(k, isLatin)
	w := strings.ToLower(string(rs[k:e]))
	for _, p := range []struct {
		prefix string
		factor float64
	}{{"kilo", 1e3}, {"mega", 1e6}, {"giga", 1e9}} {
		if len(w) > len(p.prefix) && strings.HasPrefix(w, p.prefix) {
			q.Value *= p.factor
		}
	}
	return q
}

// wattPrefixes are the Chinese scales that, before 瓦 (watt), are the
// prefixes of its multiples, longest first.
var wattPrefixes = []struct {
	text  string
	value float64
}{{"万亿", 1e12}, {"十亿", 1e9}, {"百万", 1e6}, {"千", 1e3}, {"兆", 1e6}}

// wattPrefixed returns q, a Chinese amount of watts, read as the number
// before its prefix, as English names the multiple in a word (44百万瓦 and
// "a 44-megawatt plant", 十万亿瓦 and "ten terawatts", 15到62十亿瓦 and "15
// to 62 gigawatts"); q itself otherwise.
func wattPrefixed(q Quantity, text string) Quantity {
	rs := []rune(text)
	if q.Lang != article.ZH || q.End > len(rs) {
		return q
	}
	k := q.End
	// The first of a range takes the prefix of the last: 15到62十亿瓦.
	if k < len(rs) && strings.ContainsRune("到至-–~～", rs[k]) {
		e := k + 1
		for e < len(rs) && (isDigit(rs[e]) || rs[e] == '.') {
			e++
		}
		if e > k+1 {
			k = e
		}
	}
	for _, p := range wattPrefixes {
		written := strings.HasSuffix(q.Text, p.text) // the prefix read as part of q
		after := strings.HasPrefix(string(rs[k:]), p.text)
		e := k
		if after {
			e = k + len([]rune(p.text))
		}
		if (written || after) && at(rs, e) == '瓦' {
			q.Value /= p.value
			return q
		}
	}
	return q
}

// minguoYear reports whether q and a figure of others are one year, one of
// them a Chinese count of years written with 年 (九十一年, 108年度), or a
// number in brackets that tags a decree's designation ((71)台央業字), that
// is a year of the Republic of China's calendar, as Taiwan writes them
// without 民國, and the other that year from 1911 on, as a year or a
// date's year (九十一年六月五日 and "June 5, 2002", 108年度 and 2019).
func minguoYear(q Quantity, myText string, others []Quantity, otherText string) bool {
	minguo := func(q Quantity, text string) (float64, bool) {
		if q.Lang != article.ZH || q.Value < 1 || q.Value > 150 || q.Value != math.Trunc(q.Value) {
			return 0, false
		}
		if q.Unit == Years {
			return q.Value + 1911, strings.HasSuffix(q.Text, "年")
		}
		if q.Unit != Plain || !strings.ContainsAny(text, "(（") {
			return 0, false
		}
		rs := []rune(text) // a decree's year tag in brackets: (71)台央業字
		tag := strings.ContainsRune("（(", at(rs, q.Start-1)) && strings.ContainsRune("）)", at(rs, q.End)) && isHan(at(rs, q.End+1))
		return q.Value + 1911, tag
	}
	year := func(q Quantity) float64 {
		if q.Unit == Date {
			return float64(yearOfDate(q.Value))
		}
		if q.Unit == Year {
			return q.Value
		}
		return 0
	}
	if y, ok := minguo(q, myText); ok {
		return slices.ContainsFunc(others, func(o Quantity) bool { return year(o) == y })
	}
	return year(q) > 0 && slices.ContainsFunc(others, func(o Quantity) bool { y, ok := minguo(o, otherText); return ok && y == year(q) })
}

// shortYear returns q, a number under 100 after "fiscal year", "fiscal" or
// "FY", read as the year it abbreviates (fiscal year 17: 2017 财年), or
// written with an apostrophe ('30, ’98) or closing a slogan after "by"
// ('Zero by 30': 到 2030 年), or ending a range of years whose first year
// is written whole (1981-87: 1987; in Chinese 2009-11年: 2011), or in
// Chinese as two digits before 年 (08年金融危机, 零四年: 2008, 2004), or
// with a footnote's number after its stop (2016.14: 2016) or, in Chinese,
// before it after a stop (。262005 年: 2005); q itself otherwise.
func shortYear(q Quantity, text string) Quantity {
	if y, ok := footnotedYear(q, text); ok {
		q.Unit, q.Value = Year, y
		return q
	}
	if y := int(q.Value) % 10000; q.Lang == article.ZH && (q.Unit == Year || q.Unit == Years) && q.Value >= 1e4 && q.Value < 1e7 && y >= 1900 && y < 2100 && stopBefore(q, text) {
		q.Unit, q.Value = Year, float64(y) // 。262005 年: a footnote's 26 run into 2005 年
		return q
	}
	if q.Value >= 100 || q.Value != math.Trunc(q.Value) {
		return q
	}
	if q.Lang == article.ZH {
		if y, ok := rangeStart([]rune(text), q.Start); ok && q.Unit == Years && strings.HasPrefix(strings.ReplaceAll(q.Text, " ", ""), fmt.Sprintf("%02d年", int(q.Value))) {
			return rangeEnd(q, y) // 2009-11年
		}
		if rs := []rune(strings.ReplaceAll(q.Text, " ", "")); q.Unit == Years && len(rs) == 3 && twoDigits(rs[:2]) && rs[2] == '年' {
			q.Unit, q.Value = Year, clippedCentury(q.Value) // 08年金融危机, 97年, 零四年, 17 年初: 2008, 1997, 2004, 2017
		}
		return q
	}
	if q.Lang != article.EN || q.Unit != Plain {
		return q
	}
	before := strings.ToLower(strings.TrimRight(string([]rune(text)[:min(q.Start, len([]rune(text)))]), " "))
	for _, w := range []string{"fiscal year", "fiscal", "fy"} {
		if strings.HasSuffix(before, w) {
			q.Unit, q.Value = Year, 2000+q.Value
			return q
		}
	}
	rs := []rune(text)
	if y, ok := rangeStart(rs, q.Start); ok && q.End-q.Start == 2 {
		return rangeEnd(q, y)
	}
	after := ' '
	if q.End < len(rs) {
		after = rs[q.End]
	}
	if strings.HasSuffix(before, "'") && !strings.HasSuffix(before, " '") || strings.HasSuffix(before, "’") && !strings.HasSuffix(before, " ’") ||
		strings.HasSuffix(before, " by") && strings.ContainsRune("'’\"”", after) {
		q.Unit, q.Value = Year, 2000+q.Value
		if q.Value >= 2050 {
			q.Value -= 100 // the class of '98: 1998
		}
		return q
	}
	return q
}

// twoDigits reports whether rs are two digits, Arabic or Chinese written
// one by one (08, 零四, not 二十).
func twoDigits(rs []rune) bool {
	if len(rs) != 2 {
		return false
	}
	for _, r := range rs {
		if _, ok := hanDigits[r]; !isDigit(r) && (!ok || r == '两' || r == '兩') {
			return false
		}
	}
	return true
}

// rangeEnd returns q, the last two digits of a range of years that starts
// at year y, as the year it ends at (1998-02: 2002).
func rangeEnd(q Quantity, y float64) Quantity {
	end := math.Floor(y/100)*100 + q.Value
	if end <= y {
		end += 100
	}
	q.Unit, q.Value = Year, end
	return q
}

// rangeStart returns the year of 1000 to 2999 written in four digits
// just before a hyphen or dash ending at i-1, the start of a range of years
// whose end leaves the century out (1981-87, 1998–02; 2008--09 and
// 2008 -- 09, two hyphens typed for a dash, spaced or not).
func rangeStart(rs []rune, i int) (float64, bool) {
	if i > len(rs) {
		return 0, false
	}
	k := i - 1
	spaced := k >= 0 && rs[k] == ' '
	if spaced {
		k--
	}
	if k < 0 || !strings.ContainsRune("-–/", rs[k]) {
		return 0, false // 2009-11年; 2023/24 年度, a season
	}
	if k--; k >= 0 && rs[k] == '-' {
		k-- // two hyphens for a dash
	}
	if spaced {
		if k < 0 || rs[k] != ' ' {
			return 0, false
		}
		k--
	}
	if k < 3 {
		return 0, false
	}
	y := 0.0
	for _, r := range rs[k-3 : k+1] {
		if r < '0' || r > '9' {
			return 0, false
		}
		y = y*10 + float64(r-'0')
	}
	if y < 1000 || y >= 3000 || k >= 4 && (isDigit(rs[k-4]) || isLatin(rs[k-4])) {
		return 0, false
	}
	return y, true
}

// roundedPrecisely reports whether q and a figure of others are one
// number, one of them written with a decimal point and a scale to five
// significant digits or more and the other rounded to it (223万5,635 and
// 2.2356 million): a rounding so fine is no change. A whole number ending
// in zeros is no rounding (16048100 and 16048101), nor is an amount
// written to the cent against another to the cent (HK$10,221.00 and
// 港幣$10221.01).
func roundedPrecisely(q Quantity, others []Quantity) bool {
	rounds := func(precise, rounded Quantity) bool {
		p := lastDigit(rounded.Value)
		if w := writtenPlace(rounded); w > 0 && w <= writtenPlace(precise) {
			return false
		}
		return strings.Contains(rounded.Text, ".") && p >= 1 && rounded.Value/p >= 1e4 && !sameValue(precise.Value, rounded.Value) &&
			sameValue(math.Round(precise.Value/p)*p, rounded.Value)
	}
	for _, o := range others {
		calendar := unitKind(q.Unit) == "calendar" || unitKind(o.Unit) == "calendar" || q.Unit == Time || o.Unit == Time
		if sameKind(q.Unit, o.Unit) && !calendar && (rounds(q, o) || rounds(o, q)) {
			return true
		}
	}
	return false
}

// moreThanWhole reports whether q and a percentage of others are one
// share, one of them with decimals and the other its whole part after
// "more than" or 超过 (回升1.09% and "more than 1 per cent"); a whole share
// stays checked (超过41% and "more than 40%").
func moreThanWhole(q Quantity, myText string, others []Quantity, otherText string) bool {
	after := func(whole Quantity, text string) bool {
		before := strings.ToLower(string([]rune(text)[:whole.Start]))
		return strings.HasSuffix(before, "more than ") || strings.HasSuffix(before, "超过") || strings.HasSuffix(before, "超過")
	}
	for _, o := range others {
		if q.Unit != Percent || o.Unit != Percent {
			continue
		}
		if q.Value != math.Trunc(q.Value) && o.Value == math.Trunc(q.Value) && o.Value > 0 && after(o, otherText) ||
			o.Value != math.Trunc(o.Value) && q.Value == math.Trunc(o.Value) && q.Value > 0 && after(q, myText) {
			return true
		}
	}
	return false
}

// roughly reports whether q and a figure of others are one approximate
// Chinese number and an English number word inside its range: 十多名 (ten
// and more, under twenty) and "about a dozen", 十来种 and "a dozen or so",
// 十多年 and "more than a dozen years".
// Figures the English writes in digits must agree exactly, so a changed
// digit is still reported.
func roughly(q Quantity, myText string, others []Quantity, otherText string) bool {
	within := func(zh Quantity, zhText string, en Quantity) bool {
		rs := []rune(zhText)
		if (zh.End >= len(rs) || !strings.ContainsRune("多余餘几幾来來", rs[zh.End])) && !strings.ContainsAny(zh.Text, "多余餘几幾来來") || !sameKind(zh.Unit, en.Unit) {
			return false
		}
		if er := []rune(en.Text); len(er) == 0 || isDigit(er[0]) || strings.ContainsAny(en.Text, "0123456789") {
			return false
		}
		step := math.Pow(10, math.Floor(math.Log10(zh.Value)))
		return en.Value > zh.Value && en.Value < zh.Value+step
	}
	for _, o := range others {
		switch {
		case q.Lang == article.ZH && within(q, myText, o), o.Lang == article.ZH && within(o, otherText, q):
			return true
		}
	}
	return false
}

// secondsOf returns a duration in seconds, and whether q is one.
func secondsOf(q Quantity) (float64, bool) {
	switch q.Unit {
	case Hours:
		return q.Value * 3600, true
	case Minutes:
		return q.Value * 60, true
	case Seconds:
		return q.Value, true
	}
	return 0, false
}

// durationSums returns the English durations of qs that text joins with
// "and" or a comma, summed in seconds, with the quantities in each sum: "six
// minutes and five seconds" (365), "an hour and 45 minutes" (6300, "an
// hour" unread); a run of one is left out.
func durationSums(qs []Quantity, text string) (sums []float64, parts [][]Quantity) {
	rs := []rune(text)
	between := func(a, b int) string { return strings.TrimSpace(string(rs[a:b])) }
	for i := 0; i < len(qs); i++ {
		s, ok := secondsOf(qs[i])
		if !ok || qs[i].Lang != article.EN {
			continue
		}
		run := []Quantity{qs[i]}
		before := strings.ToLower(string(rs[:min(qs[i].Start, len(rs))]))
		for _, lead := range []struct {
			text string
			secs float64
		}{{"an hour and ", 3600}, {"one hour and ", 3600}, {"a minute and ", 60}, {"one minute and ", 60}} {
			if strings.HasSuffix(before, lead.text) {
				s += lead.secs
				run = append(run, Quantity{}) // the unread "an hour" counts as a part
			}
		}
		j := i + 1
		for ; j < len(qs); j++ {
			t, ok := secondsOf(qs[j])
			if sep := between(qs[j-1].End, qs[j].Start); !ok || sep != "and" && sep != "," && sep != ", and" {
				break
			}
			s += t
			run = append(run, qs[j])
		}
		if len(run) > 1 {
			sums, parts = append(sums, s), append(parts, run)
		}
		i = j - 1
	}
	return sums, parts
}

// inDurationSum reports whether q and the other language state one duration
// in parts on one side: 6分05秒 and "six minutes and five seconds", 1小时45分钟
// and "an hour and 45 minutes", 一年六个月 and "18 months".
func inDurationSum(q Quantity, mine []Quantity, myText string, others []Quantity, otherText string) bool {
	for _, d := range yearsAndMonths(myText) {
		if q.Start >= d.from && q.End <= d.to && (hasCounterpart(d.months, others) || durationCounterpart(d.months, others)) {
			return true // 一年六个月 and "18 months"
		}
	}
	for _, d := range yearsAndMonths(otherText) {
		if Matches(q, d.months) || durationsAgree(q, d.months) {
			return true
		}
	}
	if q.Lang == article.ZH {
		s, ok := secondsOf(q)
		if !ok {
			return false
		}
		sums, _ := durationSums(others, otherText)
		return slices.ContainsFunc(sums, func(v float64) bool { return sameValue(v, s) })
	}
	sums, parts := durationSums(mine, myText)
	for k, sum := range sums {
		if !slices.Contains(parts[k], q) {
			continue
		}
		for _, o := range others {
			if s, ok := secondsOf(o); ok && sameValue(s, sum) {
				return true
			}
		}
	}
	return false
}

// yearsMonthsRe finds a Chinese duration in years and months: 一年六个月,
// 2年零3个月, 一年六月.
var yearsMonthsRe = regexp.MustCompile(`([0-9]{1,2}|[一二两兩三四五六七八九十]{1,3})\s*年\s*([零又]?)\s*([0-9]{1,2}|[一二两兩三四五六七八九十]{1,2})\s*([个個]?)\s*月`)

// yearsMonths is a duration the Chinese states in years and months, from
// rune from to rune to of its text, as one number of months.
type yearsMonths struct {
	from, to int
	months   Quantity
}

// yearsAndMonths returns the durations of text written in years and months:
// 一年六个月 is 18 months, 两年零三个月 27. Without 个, 零 or 又 the years
// are a few (一年六月 in a statute), so a date (2019年6月, 98年6月) is none.
func yearsAndMonths(text string) []yearsMonths {
	if !strings.Contains(text, "年") || !strings.Contains(text, "月") {
		return nil // most texts: no pattern to run
	}
	var out []yearsMonths
	for _, m := range yearsMonthsRe.FindAllStringSubmatchIndex(text, -1) {
		y, okY := smallNumber(text[m[2]:m[3]])
		mo, okM := smallNumber(text[m[6]:m[7]])
		if !okY || !okM || mo >= 12 || m[4] == m[5] && m[8] == m[9] && y > 5 {
			continue
		}
		from, to := utf8.RuneCountInString(text[:m[0]]), utf8.RuneCountInString(text[:m[1]])
		out = append(out, yearsMonths{from, to, Quantity{Lang: article.ZH, Value: 12*y + mo, Unit: Months}})
	}
	return out
}

// smallNumber reads a number of digits or a Chinese numeral.
func smallNumber(s string) (float64, bool) {
	if v, err := strconv.Atoi(s); err == nil {
		return float64(v), true
	}
	return hanValue([]rune(s))
}

// percentFactor reports whether q and a percentage of others, each written
// to two decimals or more, are one rate given two ways: a factor and the
// change it makes, 100 % apart (a daily 101.80435% and "increase at a rate
// of 1.80435%"), or a share and the rest, summing to 100 % (99.810276%
// and "a decrease of 0.189724%"). Digits so fine agree by no chance.
func percentFactor(q Quantity, others []Quantity) bool {
	fine := func(p Quantity) bool { w := writtenPlace(p); return p.Unit == Percent && w > 0 && w <= 0.01 }
	return fine(q) && slices.ContainsFunc(others, func(o Quantity) bool {
		return fine(o) && (sameValue(q.Value+o.Value, 100) || sameValue(math.Abs(q.Value-o.Value), 100))
	})
}

// fractionOfPercent reports whether q and a figure of others are one
// fraction, in words or as a decimal below one, and one percentage or
// permille of the same size: "one in a thousand" and 千分之一 (0.1 %),
// 五分之一 and "twenty per cent", "a correlation of .5" and 50%.
func fractionOfPercent(q Quantity, others []Quantity) bool {
	words := func(f Quantity) bool {
		rs := []rune(f.Text)
		return f.Unit == Plain && f.Value < 1 && len(rs) > 0 && (isLatin(rs[0]) || strings.Contains(f.Text, "分之") ||
			rs[0] == '.' || strings.HasPrefix(f.Text, "0."))
	}
	for _, o := range others {
		switch {
		case q.Unit == Percent && words(o) && percentOfFraction(q.Value, o),
			o.Unit == Percent && words(q) && percentOfFraction(o.Value, q):
			return true
		}
	}
	return false
}

// percentOfFraction reports whether p percent is the fraction f: exactly,
// or as a whole percentage cut or rounded from a fraction in words that has
// none (三分之二 and 66% or 67%, 三分之一 and 33%; not 五分之一 and 21%, nor
// the decimal 0.999 and 100%).
func percentOfFraction(p float64, f Quantity) bool {
	exact := f.Value * 100
	if sameValue(p, exact) {
		return true
	}
	inWords := strings.Contains(f.Text, "分之") || isLatin([]rune(f.Text)[0])
	return inWords && !sameValue(exact, math.Round(exact)) && p == math.Trunc(p) && (p == math.Floor(exact) || p == math.Round(exact))
}

// numberedName returns the capitalised word (not an acronym: 2 HDMI) that
// follows q, two digits or more, when the other text writes that word but
// not those digits: the 737 of 737 Max
// where the English says "the Max", a name with its number once and
// without it after. Not when the other text writes the word after another
// number (the 747 Max).
func numberedName(q Quantity, text, other string) (string, bool) {
	rs := []rune(text)
	k := q.End
	if k < len(rs) && rs[k] == ' ' {
		k++
	}
	e := k
	for e < len(rs) && isLatin(rs[e]) {
		e++
	}
	if q.Unit != Plain || e-k < 2 || !unicode.IsUpper(rs[k]) || !unicode.IsLower(rs[k+1]) || len(q.Text) < 2 ||
		strings.TrimLeft(q.Text, "0123456789") != "" || hasRun(other, q.Text) {
		return "", false
	}
	name, found := string(rs[k:e]), false
	ors := []rune(other)
	for i := 0; i+e-k <= len(ors); i++ {
		if string(ors[i:i+e-k]) != name || i > 0 && isLatin(ors[i-1]) || i+e-k < len(ors) && isLatin(ors[i+e-k]) {
			continue
		}
		b := i - 1
		if b >= 0 && ors[b] == ' ' {
			b--
		}
		if b >= 0 && isDigit(ors[b]) {
			return "", false // 737 Max and "the 747 Max": a changed number
		}
		found = true
	}
	return name, found
}

// partyCongress reports whether q numbers a national congress of the
// Party by its short name, 十九大 or 二十大, which the other text calls
// "the party congress" without its number.
func partyCongress(q Quantity, text, other string) bool {
	rs := []rune(text)
	return q.Lang == article.ZH && q.Unit == Plain && q.Value >= 11 && q.Value <= 29 && q.Value == math.Trunc(q.Value) &&
		!strings.ContainsFunc(q.Text, isDigit) && at(rs, q.End) == '大' &&
		congressUnnumbered(other)
}

// congressUnnumbered reports whether text names a congress with no digit
// or ordinal in words before it ("the communist party's congress"; not
// "the 18th congress", "the Nineth Congress" or "the 2ith National
// Congress": any word ending in th).
func congressUnnumbered(text string) bool {
	lower := strings.ToLower(text)
	i := strings.Index(lower, "congress")
	if i < 0 {
		return false
	}
	before := lower[max(0, i-30):i]
	return !strings.ContainsFunc(before, isDigit) && !containsAny(before, "first", "second", "third", "th ")
}

// groupOfNations reports whether q, digits before 国集团 (20国集团), names
// the group the other text writes G and those digits (G20): a name, which
// the check does not compare. Not when the other text also writes "Group
// of" and a number, which is compared with q.
func groupOfNations(q Quantity, text, other string) bool {
	rs := []rune(text)
	after := string(rs[min(q.End, len(rs)):])
	return q.Unit == Plain && (strings.HasPrefix(after, "国集团") || strings.HasPrefix(after, "國集團")) &&
		hasName(other, "G"+q.Text) && !strings.Contains(other, "Group of")
}

// hasName reports whether text writes name whole: no letter or digit
// before it, no digit after it (G20, not G200 nor OG20).
func hasName(text, name string) bool {
	for i := strings.Index(text, name); i >= 0; {
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(name):])
		if !isLatin(before) && !isDigit(before) && !isDigit(after) {
			return true
		}
		k := strings.Index(text[i+1:], name)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// levelsApart reports whether q, a percentage, tells with the other
// language's figures one change two ways: a change in points that one
// language gives (涨幅比上月扩大0.2个百分点) where the other gives the
// level it changed from ("quickening from the 2.5 per cent increase in the
// previous month"), the level it changed to (2.7%) stated in both. q may be
// the change or the level; the difference must be exact.
func levelsApart(q Quantity, mine, others []Quantity) bool {
	points := func(p Quantity) bool {
		return p.Unit == Percent && (strings.Contains(p.Text, "百分点") || strings.Contains(strings.ToLower(p.Text), "point"))
	}
	apart := func(a, b, d float64) bool { return math.Abs(math.Abs(a-b)-d) < 1e-9 }
	if q.Unit != Percent {
		return false
	}
	for _, to := range mine {
		if to.Unit != Percent || to.Start == q.Start || points(to) || !hasCounterpart(to, others) {
			continue
		}
		for _, o := range others {
			if o.Unit == Percent && !Matches(o, to) && !hasCounterpart(o, mine) &&
				(points(q) && !points(o) && apart(to.Value, o.Value, q.Value) || !points(q) && points(o) && apart(to.Value, q.Value, o.Value)) {
				return true
			}
		}
	}
	return false
}

// bestQuote reports whether q is the 1 of 买1价 or 卖1价 (买1量, 賣1價):
// the order book's first level, which English calls the best bid or ask.
func bestQuote(q Quantity, text string) bool {
	rs := []rune(text)
	return q.Lang == article.ZH && q.Value == 1 && q.Start > 0 && q.End < len(rs) &&
		strings.ContainsRune("买卖買賣", rs[q.Start-1]) && strings.ContainsRune("价價量", rs[q.End])
}

// percentileBilling reports whether q is the 95 of 95峰值, 95计费 or
// 95带宽, a bandwidth billed by its 95th percentile: the name of a way
// to bill, which a translation may give as "the peak bandwidth".
func percentileBilling(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Value != 95 || q.Lang != article.ZH || q.End > len(rs) {
		return false
	}
	rest := strings.TrimLeft(string(rs[q.End:]), " ")
	return startsWithAny(rest, "峰值", "计费", "計費", "带宽", "帶寬")
}

// partLettered reports whether q, a whole number that ends its text (a
// title: 收拾拼图 1), numbers a part that the other text, ending the same
// way, names by a capital letter or a Roman numeral in its place (Tidying
// Up A, L-expressions I); it returns the letter.
func partLettered(q Quantity, text, other string) (string, bool) {
	if q.Value < 1 || q.Value > 26 || q.Value != math.Trunc(q.Value) {
		return "", false
	}
	rs := []rune(text)
	if q.End > len(rs) || strings.TrimRight(string(rs[q.End:]), " 　.。") != "" {
		return "", false
	}
	other = strings.TrimRight(other, " .")
	k := strings.LastIndexByte(other, ' ')
	if k < 0 {
		return "", false
	}
	w := other[k+1:]
	if v, ok := romanValue(w); ok && v == q.Value || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' && float64(w[0]-'A'+1) == q.Value {
		return w, true
	}
	return "", false
}

// signWordRe finds the sign of a balance said in words: positive,
// negative, overdue, in arrears; 正数, 负数, 欠费.
var signWordRe = regexp.MustCompile(`(?i)\b(?:positive|negative|overdue|in arrears|in credit|in debt|in the red)\b|正数|正數|负数|負數|欠费|欠費`)

// zeroCompared reports whether q is a zero after a comparison (余额小于0,
// 大于等于0美元, "> 0"), where the other text says the sign in words (a
// negative balance, an overdue payment) and compares with no number; it
// returns the words.
func zeroCompared(q Quantity, text, other string) (string, bool) {
	if q.Value != 0 {
		return "", false
	}
	rs := []rune(text)
	if q.Start > len(rs) {
		return "", false
	}
	before := strings.TrimRight(string(rs[max(0, q.Start-8):q.Start]), " ")
	if !slices.ContainsFunc(comparisons, func(w string) bool { return strings.HasSuffix(before, w) }) {
		return "", false
	}
	w := signWordRe.FindString(other)
	return w, w != "" && !comparedRe.MatchString(other)
}

// comparisons are the words and signs before a number it is compared
// with: 大于, 小於, 不足, ≥, below.
var comparisons = []string{"大于", "大於", "小于", "小於", "等于", "等於", "低于", "低於", "高于", "高於", "不足", ">", "<", "≥", "≤", "above", "below"}

// comparedRe finds a number after a comparison: "greater than or equal
// to 0", "below 5", 小于 0. Where the other text compares with a number,
// the numbers are compared.
var comparedRe = regexp.MustCompile(`(?i)(?:\bthan|\bto|\bbelow|\babove|\bunder|\bover|\bleast|\bmost|[≥≤><]|[大小低高等]于|[大小低高等]於|不足)\s*(?:or equal to\s*)?-?[0-9]`)

// noReasonReturn reports whether q is the days of a policy named by them:
// 7天无理由退货, 5天内无理由退款 (returned or refunded within the days, no
// reason asked), which a translation may name as "the refund". Where
// others, the other text's figures, count days or hold a number that may
// count them ("within 5 (inclusive) days"), they are compared.
func noReasonReturn(q Quantity, text string, others []Quantity) bool {
	if q.Unit != Days || !strings.Contains(text, "理由") {
		return false
	}
	rs := []rune(text)
	if q.End > len(rs) || slices.ContainsFunc(others, func(o Quantity) bool { return o.Unit == Days || o.Unit == Plain && o.Value > 1 && o.Value <= 31 }) {
		return false
	}
	return startsWithAny(strings.TrimLeft(string(rs[q.End:]), " 内內"), "无理由", "無理由")
}

// ratioRe finds a ratio of two numbers: 1:1, 3：2, 1比1.
var ratioRe = regexp.MustCompile(`[0-9一二三四五六七八九十] ?[:：比] ?[0-9一二三四五六七八九十]`)

// oneForOne reports whether q is a side of 1:1 in text, one for one, where
// the other text writes no ratio at all: it may say "the same rate" or
// name the base of the exchange.
func oneForOne(q Quantity, text, other string) bool {
	if q.Value != 1 || !strings.ContainsAny(text, ":：") {
		return false
	}
	rs := []rune(text)
	if q.Start < 0 || q.End > len(rs) || ratioRe.MatchString(other) {
		return false
	}
	window := string(rs[max(0, q.Start-2):min(len(rs), q.End+2)])
	return strings.Contains(strings.ReplaceAll(strings.ReplaceAll(window, " ", ""), "：", ":"), "1:1")
}

// midnightOfDate reports whether q is midnight (00:00, 00：00：00) right
// after a date that the other text gives, and gives without a time.
func midnightOfDate(q Quantity, mine, other *side) bool {
	if q.Unit != Time && q.Unit != Seconds || q.Value != 0 || slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Unit == Time || o.Unit == Seconds }) {
		return false
	}
	k := slices.IndexFunc(mine.qs, func(d Quantity) bool { return d.Unit == Date && d.End <= q.Start && q.Start-d.End <= 2 })
	return k >= 0 && slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Unit == Date && sameValue(o.Value, mine.qs[k].Value) })
}

// sectionSeenRe finds a section's number after "see", before its title in
// capitals: "For details, see 6 CRC Algorithm".
var sectionSeenRe = regexp.MustCompile(`(?i:\bsee) (?:(?i:section|chapter|§) ?)?[0-9]+(?:\.[0-9]+)* [A-Z]`)

// sectionNumberedRe finds a section named by its number: 第5节, § 4,
// "section 6". Where both texts number the section, the numbers are
// compared.
var sectionNumberedRe = regexp.MustCompile(`第 ?[0-9一二三四五六七八九十]+ ?[节節章]|§|(?i:\bsection [0-9])`)

// sectionSeen reports whether q numbers the section a cross-reference
// points to (see 6 CRC Algorithm), where the other text numbers no
// section.
func sectionSeen(q Quantity, text, other string) bool {
	if !strings.Contains(text, "ee ") || sectionNumberedRe.MatchString(other) {
		return false
	}
	rs := []rune(text)
	if q.Start < 4 || q.End+2 > len(rs) {
		return false
	}
	window := string(rs[max(0, q.Start-12) : q.End+2])
	m := sectionSeenRe.FindStringIndex(window)
	return m != nil && m[1] == len(window)
}

// indexBase reports whether q is the 0 or 1 of "0-indexed" or "1-based":
// where a list's positions are counted from, which a translation may
// leave out or say by the position itself.
func indexBase(q Quantity, text string) bool {
	if q.Value > 1 || !strings.Contains(text, "ed") {
		return false
	}
	rs := []rune(text)
	if q.End >= len(rs) {
		return false
	}
	rest := strings.ToLower(string(rs[q.End:min(len(rs), q.End+9)]))
	return startsWithAny(rest, "-indexed", "-based", " indexed", " based")
}

// bitEnd returns the Chinese word by which the other text names the bit q
// numbers in English ("bit 8", "Bit 1"): 最高位 for the highest bit of a
// byte, counted from 1 or from 0 (bit 8, bit 7), 最低位 for the lowest
// (bit 1, bit 0); not where the other text leaves a plain number
// unpaired, which may be the bit's number changed.
func bitEnd(q Quantity, text string, other *side) (string, bool) {
	if q.Lang != article.EN || q.Unit != Plain || q.Value > 8 || q.Value > 1 && q.Value < 7 || q.Start < 4 {
		return "", false
	}
	rs := []rune(text)
	if !strings.EqualFold(string(rs[q.Start-4:q.Start]), "bit ") {
		return "", false
	}
	w := "最低位"
	if q.Value >= 7 {
		w = "最高位"
	}
	return w, strings.Contains(other.text, w) && !other.plainUnpaired()
}

// modelSizeRe finds a model named with its size in parameters: OPT-13b,
// Qwen2.5-72B, BART-460M.
var modelSizeRe = regexp.MustCompile(`[A-Za-z][A-Za-z0-9.]*-([0-9]+(?:\.[0-9]+)?)([bBmM])\b`)

// modelSized returns the name of a model in the other text whose size in
// parameters is q's value (OPT-13b and "a 13 billion parameter model").
func modelSized(q Quantity, other string) (string, bool) {
	if q.Unit != Plain || q.Value < 1e6 || !strings.Contains(other, "-") {
		return "", false
	}
	for _, m := range modelSizeRe.FindAllStringSubmatch(other, -1) {
		v, err := strconv.ParseFloat(m[1], 64)
		scale := 1e9
		if m[2] == "m" || m[2] == "M" {
			scale = 1e6
		}
		if err == nil && sameValue(v*scale, q.Value) {
			return m[0], true
		}
	}
	return "", false
}

// namedSystems are the words after a Chinese numeral that make it the name
// of a traditional system: 二十八宿 (the lunar mansions), 二十四节气 (the
// solar terms), 十二生肖 (the zodiac's animals), 黄道十二宫 and 十二星座 (the
// zodiac), 十天干 and 十二地支 (the stems and branches), 八卦 (the
// trigrams), 四象 (the four symbols).
var namedSystems = []string{"宿", "节气", "節氣", "生肖", "星座", "宫", "宮", "地支", "天干", "卦", "象"}

// systemNamed returns the name q, a Chinese numeral, opens (二十八宿), where
// the other text states no figure its value may be given as.
func systemNamed(q Quantity, text string, other *side) (string, bool) {
	if q.Lang != article.ZH || q.Unit != Plain || q.Text == "" || isDigit([]rune(q.Text)[0]) {
		return "", false
	}
	rs := []rune(text)
	if q.End >= len(rs) || !strings.ContainsRune("宿节節生星宫宮地天卦象", rs[q.End]) || other.plainUnpaired() {
		return "", false
	}
	rest := string(rs[q.End:])
	for _, w := range namedSystems {
		if strings.HasPrefix(rest, w) {
			return q.Text + w, true
		}
	}
	return "", false
}

// ellipsisAfterRe finds an ellipsis after an item of a list: ", …", ", \cdots".
var ellipsisAfterRe = regexp.MustCompile(`^ ?[,，、] ?(?:\\[cl]?dots|…|⋯|\.\.\.)`)

// itemBeforeRe finds an item of a list before another: "1, ".
var itemBeforeRe = regexp.MustCompile(`[0-9] ?[,，、] ?$`)

// itemsBeforeEllipsisRe finds two items of a list or more before an
// ellipsis: a list the text writes out as far, whose items are compared.
var itemsBeforeEllipsisRe = regexp.MustCompile(`[0-9] ?[,，、] ?[0-9]+ ?[,，、] ?(?:\\[cl]?dots|…|⋯|\.\.\.)`)

// itemBeforeEllipsis reports whether q is an item of a list after another
// and before an ellipsis ({1, 2, \cdots, n}): written out to show the
// list's steps, which a translation may leave to the ellipsis ({1, \dots, n}).
// Where the other text writes its list out as far, the items are compared.
func itemBeforeEllipsis(q Quantity, text, other string) bool {
	if !strings.ContainsAny(text, "…⋯") && !strings.Contains(text, "dots") && !strings.Contains(text, "...") || itemsBeforeEllipsisRe.MatchString(other) {
		return false
	}
	rs := []rune(text)
	if q.Start < 2 || q.End > len(rs) || !ellipsisAfterRe.MatchString(string(rs[q.End:min(len(rs), q.End+10)])) {
		return false
	}
	return itemBeforeRe.MatchString(string(rs[max(0, q.Start-4):q.Start]))
}

// allRoundRe finds 360 degrees said of a whole view: "a 360-degree tour",
// "360° feedback", a panorama or an appraisal from every side.
var allRoundRe = regexp.MustCompile(`(?i)\b360(?:-| |°|º)?(?:degrees?)?[ -](?:view|views|tour|tours|panorama|panoramic|feedback|review|camera|video|videos|photo|photos|perspective|approach|coverage|vision)\b`)

// allRound reports whether q is the 360 of a view or an appraisal from
// every side (allRoundRe), an English turn of phrase the other language
// says in words (全方位, 全景).
func allRound(q Quantity, text string) bool {
	if q.Value != 360 || q.Lang != article.EN {
		return false
	}
	for _, m := range allRoundRe.FindAllStringIndex(text, -1) {
		if utf8.RuneCountInString(text[:m[0]]) == q.Start {
			return true
		}
	}
	return false
}

// timesWords are the Chinese words of a multiple that Extract does not
// read as a figure: 一倍 and 两倍, once and twice.
var timesWords = map[float64]string{1: "一倍", 2: "两倍"}

// productRe finds two numbers multiplied: 3×250, 5 * 200, 746x14.
var productRe = regexp.MustCompile(`\b([0-9]+(?:\.[0-9]+)?)\s*[×xX*]\s*([0-9]+(?:\.[0-9]+)?)\b`)

// productOf returns the product text writes whose value is q's, two
// numbers each greater than one multiplied, where one language gives the
// sum worked out and the other the factors: 3×250次 and "750 calls"; not
// a step of a longer product (2 × 2 × 3 × 7), nor one whose result the
// text gives (10000 * 86400 即 8.64 万), which is compared itself.
func productOf(q Quantity, text string) (string, bool) {
	if !strings.ContainsAny(text, "×xX*") {
		return "", false
	}
	for _, m := range productRe.FindAllStringSubmatchIndex(text, -1) {
		a, _ := strconv.ParseFloat(text[m[2]:m[3]], 64)
		b, _ := strconv.ParseFloat(text[m[4]:m[5]], 64)
		before, after := lastRuneOf(strings.TrimRight(text[:m[0]], " ")), strings.TrimLeft(text[m[1]:], " ")
		if a > 1 && b > 1 && sameValue(a*b, q.Value) && !strings.ContainsRune("×*xX", before) && !startsWithAny(after, "×", "*", "=", "＝", "≈", "即") {
			return text[m[0]:m[1]], true
		}
	}
	return "", false
}

// reignRangeRe finds the years of a dynasty, a reign or a period in
// brackets by its name: "Qin dynasty (221–206 BCE)", "the Republican
// period (1912– 1949)", "the Tongzhi (1861–1875) and Guangxu (1875–1908)
// emperors".
var reignRangeRe = regexp.MustCompile(`(?i)(?:dynasty|period|era|reign|emperor)\s*` + yearsInBrackets +
	`|` + yearsInBrackets + `(?:[^()]{0,30}` + yearsInBrackets + `)?[^()]{0,30}\b(?:emperors?|reigns?|dynast(?:y|ies))\b`)

// yearsInBrackets is two years in brackets, a dash between them: (1861–1875), (221–206 BCE).
const yearsInBrackets = `\(\s*[0-9]{3,4}\s*[–—-]\s*[0-9]{3,4}(?:\s*(?:BCE|BC|CE|AD))?\s*\)`

// reignDated reports whether q is a year of a dynasty's, a reign's or a
// period's dates in brackets by its name (reignRangeRe): a gloss for a
// reader who does not know them, where Chinese names 秦朝 or 同治 alone.
// Where others, the other text's figures, hold a year within ten of q, the
// years are compared.
func reignDated(q Quantity, text string, others []Quantity) bool {
	if q.Value < 100 || q.Value > 2100 || !strings.Contains(text, "(") ||
		slices.ContainsFunc(others, func(o Quantity) bool { return math.Abs(o.Value-q.Value) < 10 }) {
		return false
	}
	for _, m := range reignRangeRe.FindAllStringIndex(text, -1) {
		if b, e := utf8.RuneCountInString(text[:m[0]]), utf8.RuneCountInString(text[:m[1]]); q.Start >= b && q.End <= e {
			return true
		}
	}
	return false
}

// sumRe finds whole numbers added: 3+12+1, 2 + 5.
var sumRe = regexp.MustCompile(`\b[0-9]+(?:\s*\+\s*[0-9]+)+\b`)

// sumOf returns the sum text writes whose total is q's, where one language
// gives the total and the other its terms alone: "16 (3 + 12 + 1)" and
// 3+12+1个采样; not a sum whose result the text gives (2 + 5 = 7), which is
// compared itself, nor part of a longer formula (1 + 5/30); three terms
// or more.
func sumOf(q Quantity, text string) (string, bool) {
	if !strings.Contains(text, "+") || q.Value != math.Trunc(q.Value) {
		return "", false
	}
	for _, m := range sumRe.FindAllStringIndex(text, -1) {
		terms := strings.Split(text[m[0]:m[1]], "+")
		if len(terms) < 3 {
			continue // 17+1, 13+3: a name or a step, more often than a total's terms
		}
		total := 0.0
		for _, t := range terms {
			v, _ := strconv.ParseFloat(strings.TrimSpace(t), 64)
			total += v
		}
		before, after := lastRuneOf(strings.TrimRight(text[:m[0]], " ")), strings.TrimLeft(text[m[1]:], " ")
		if sameValue(total, q.Value) && !strings.ContainsRune("/*×x-−.", before) && !startsWithAny(after, "=", "＝", "≈", "即", "/", "*", "×", "-", "−", ".") {
			return text[m[0]:m[1]], true
		}
	}
	return "", false
}

// derivedMultiple reports whether q, a figure of mine, is a multiple of
// another figure r of mine that others state, by a multiple that others
// state in place of q as a multiple of the figure before it: 从 8% 直到
// 24% against "from eight percent up to three times that" (24 is 3 × 8).
// The product must be exact: 25% there, or "four times that", is still
// reported, and so is q when r has no counterpart.
func derivedMultiple(q Quantity, mine, others []Quantity, otherText string) bool {
	if q.Unit == Multiple {
		return false
	}
	ors := []rune(otherText)
	for _, o := range others {
		if o.Unit != Multiple || o.Value < 2 || !refersBack(ors, o.End) {
			continue
		}
		for _, r := range mine {
			if r != q && r.Unit == q.Unit && r.Value > 0 && sameValue(r.Value*o.Value, q.Value) && hasCounterpart(r, others) {
				return true
			}
		}
	}
	return false
}

// backWords after a multiple make it a multiple of a figure said before:
// three times that, twice as much.
var backWords = []string{"that", "this", "it", "as much", "as many"}

// refersBack reports whether one of backWords, as whole words, follows
// rune i of rs after a space.
func refersBack(rs []rune, i int) bool {
	if i >= len(rs) || rs[i] != ' ' {
		return false
	}
	rest := strings.ToLower(string(rs[i+1:]))
	for _, w := range backWords {
		if after, ok := strings.CutPrefix(rest, w); ok && (after == "" || !isLatin([]rune(after)[0])) {
			return true
		}
	}
	return false
}

// yearDenied reports whether q, a date with a year, matches only dates of
// others without one while others state years, none of them q's: 2018 年 2
// 月或 3 月 against "February or March 2019".
func yearDenied(q Quantity, others []Quantity) bool {
	year := func(o Quantity) int {
		switch n := int(o.Value + 0.5); o.Unit {
		case Year:
			return n
		case Date:
			return n / 10000
		}
		return 0
	}
	y := year(q)
	if q.Unit != Date || y == 0 {
		return false
	}
	stated := false
	for _, o := range others {
		switch oy := year(o); {
		case oy == y:
			return false
		case oy != 0:
			stated = true
		}
	}
	return stated
}

// growthVerbs before a Chinese multiple make it ambiguous: 提高三倍 is read
// as "to three times" or "by three times", four times as much.
var growthVerbs = []string{"提高", "增加", "增长", "增長", "上升", "扩大", "擴大", "提升", "翻了", "涨", "漲", "飙升", "飆升", "激增", "暴增"}

// surgeVerbs are verbs of growth that say by how much, not to how much,
// before a multiple said as a percentage (急增2.3倍 and "soared 230%").
var surgeVerbs = append([]string{"增"}, growthVerbs...)

// grown reports whether q and a multiple of others differ by one where the
// Chinese one follows a verb of growth (提高三倍 and quadrupled), or the
// Chinese multiple after a verb of growth is the growth in per cent the
// other states (急增2.3倍 and "soared 230%"), or a Chinese percentage after
// a verb of growth is the rise to the multiple the other states (增加15%
// and "1.15x", 增加200% and "tripled").
func grown(q Quantity, myText string, others []Quantity, otherText string) bool {
	for _, o := range others {
		switch {
		case q.Unit == Multiple && o.Unit == Multiple && q.Lang == article.ZH && afterGrowth(myText, q.Start) && sameValue(q.Value+1, o.Value),
			q.Unit == Multiple && o.Unit == Multiple && o.Lang == article.ZH && afterGrowth(otherText, o.Start) && sameValue(o.Value+1, q.Value),
			q.Unit == Multiple && o.Unit == Percent && q.Lang == article.ZH && afterVerb(myText, q.Start, surgeVerbs) && sameValue(q.Value*100, o.Value),
			q.Unit == Percent && o.Unit == Multiple && o.Lang == article.ZH && afterVerb(otherText, o.Start, surgeVerbs) && sameValue(o.Value*100, q.Value),
			q.Unit == Percent && o.Unit == Multiple && q.Lang == article.ZH && afterVerb(myText, q.Start, surgeVerbs) && sameValue(1+q.Value/100, o.Value),
			q.Unit == Multiple && o.Unit == Percent && o.Lang == article.ZH && afterVerb(otherText, o.Start, surgeVerbs) && sameValue(1+o.Value/100, q.Value):
			return true
		}
	}
	return false
}

// afterGrowth reports whether a verb of growth (and 了) ends just before
// rune i of text, or an adjective a comparison with 比 began: 比本的手机旧三倍
// is read as "three times older", four times as old.
func afterGrowth(text string, i int) bool {
	if afterVerb(text, i, growthVerbs) {
		return true
	}
	rs := []rune(text)
	k := min(i, len(rs)) - 1
	k = spacesBack(rs, k)
	if k < 1 || !strings.ContainsRune("多大高长長重贵貴快旧舊老远遠深宽寬", rs[k]) {
		return false
	}
	for k--; k >= 0 && !strings.ContainsRune("，。；：！？,;:", rs[k]); k-- {
		if rs[k] == '比' {
			return true
		}
	}
	return false
}

// afterVerb reports whether one of verbs (and 了) ends just before rune i
// of text.
func afterVerb(text string, i int, verbs []string) bool {
	rs := []rune(text)
	if i > len(rs) {
		return false
	}
	before := strings.TrimRight(string(rs[:i]), " 了约近逾")
	for _, v := range verbs {
		if strings.HasSuffix(before, v) {
			return true
		}
	}
	return false
}

// hasCounterpart reports whether some quantity of others matches q.
func hasCounterpart(q Quantity, others []Quantity) bool {
	for _, o := range others {
		if Matches(q, o) {
			return true
		}
	}
	return false
}

// judge gives the confidence that an unmatched quantity q of mine is a
// real difference, and the reason.
func judge(q Quantity, mine, other *side) (float64, Reason) {
	if o, ok := otherCurrency(q, other.unmatched, mine.yuanIsOther); ok {
		return confRate, because("against %s: exchange rate not known, unchecked", o.Text)
	}
	if o, ok := bareYuan(q, other.unmatched); ok {
		return confRate, because("against %s: 元 alone may be the unit of another currency", o.Text)
	}
	if o, ok := renminbiUnsaid(q, other.unmatched); ok {
		return confRate, because("against %s: an amount of yuan that names no currency; exchange rate not known, unchecked", o.Text)
	}
	if why, ok := wordForIt(q, mine, other); ok {
		return confMentioned, why
	}
	if mine.numbers(q) {
		return confMentioned, because("%s numbers a part both texts number alike", q.Text)
	}
	if slices.ContainsFunc(mine.placed, sameSpan(q)) {
		return confMentioned, because("%s numbers a part the %s text refers to by its place: %s", q.Text, string(other.lang), placeWords(placesIn(other.text)[0]))
	}
	if slices.ContainsFunc(mine.charts, sameSpan(q)) && q.Start > 8 {
		return confMentioned, because("%s numbers a chart or a table in a reference in brackets, which the %s text leaves out", q.Text, string(other.lang)) // "(see chart 2)", where the other names no chart
	}
	if slices.ContainsFunc(mine.series, sameSpan(q)) {
		return confMentioned, because("%s numbers a chart or a table, which the %s text numbers in a series of its own", q.Text, string(other.lang))
	}
	if slices.ContainsFunc(mine.named, sameSpan(q)) && !slices.ContainsFunc(mine.charts, sameSpan(q)) {
		return confMentioned, because("%s numbers a chart or a table, which the %s text names without its number", q.Text, string(other.lang))
	}
	if p, ok := flattenedPower(q, mine.text, other.text); ok {
		return confMentioned, because("%s is a power one text writes with its exponent raised and the other on the line", p)
	}
	if w, ok := latinNameIn(q, mine); ok && !strings.Contains(other.text, w) {
		return confMentioned, because("%s names a branch or a package in Latin letters, which the %s text does not write", w, string(other.lang))
	}
	if isSlot(q, mine.text) && !slotRe.MatchString(other.text) {
		return confMentioned, because("%s is a slot a program fills in, which the %s text writes as a number", q.Text, string(other.lang))
	}
	if headingApart(q, mine, other) {
		return confMentioned, because("%s numbers a heading, which the %s text leaves unnumbered or numbers in its own way", q.Text, string(other.lang))
	}
	qMentioned := mentioned(q, other) || joinedToWord(q, mine, other)
	var partner *Quantity
	for k, o := range other.unmatched {
		// A figure and one in the other language that it may have been
		// changed from or to: both written nowhere else in the other
		// language, or one of them so and not a counting word. Not when
		// each is written in some other form on the other side (五月 and
		// "in May", 9 点 and "9 p.m."), nor a counting word beside a
		// figure the other side writes in words (两位警察 and 七枪 against
		// "seven times"). The same number in another unit is a changed
		// unit.
		oAlone := !mentioned(o, mine)
		if other.numbers(o) || slices.ContainsFunc(other.placed, sameSpan(o)) || slices.ContainsFunc(other.series, sameSpan(o)) || slices.ContainsFunc(other.named, sameSpan(o)) {
			continue // "Part 7" and 第七部分 are no changed 6
		}
		if qMentioned && slices.ContainsFunc(mine.unmatched, func(p Quantity) bool {
			return p.Start != q.Start && sameKind(p.Unit, o.Unit) && !mentioned(p, other)
		}) {
			continue // "Appendix 1" (附录一) is no changed 4754 beside a 4757
		}
		if qMentioned && q.Unit == Plain && q.Value >= 1e4 && unitKind(o.Unit) == "calendar" ||
			!oAlone && o.Unit == Plain && o.Value >= 1e4 && unitKind(q.Unit) == "calendar" {
			continue // "Order No. 10600634850" (第 10600634850 號) is no changed date, nor the date a changed order's number
		}
		if countAgainstFigure(q, o, mine.text, other.text) {
			continue // "the two leaders" is no changed 4 亿元
		}
		if qMentioned && inWords(q) && o.Unit != Plain && unitKind(o.Unit) != "calendar" ||
			!oAlone && inWords(o) && q.Unit != Plain && unitKind(q.Unit) != "calendar" {
			continue // "three cups of coffee" (三杯) is no changed 5分钟, nor 5分钟 a changed "three"
		}
		if q.Unit == Year && o.Unit == Plain && o.Value < 100 && !oAlone || o.Unit == Year && q.Unit == Plain && q.Value < 100 && qMentioned {
			continue // 十一届三中全会 and "the 11th Party Central Committee": no changed 1978
		}
		if (!oAlone && o.Unit == Plain && isCurrency(q.Unit) || qMentioned && q.Unit == Plain && isCurrency(o.Unit)) && farApart(q.Value, o.Value) {
			continue // "the widest of 14 barriers" and 第14檔: a number written elsewhere is no changed 3,200萬港元
		}
		if _, ok := wordForIt(o, other, mine); ok {
			continue // this language says o without a numeral (亿元 and "RMB 100 million"): no partner
		}
		if !isCurrency(q.Unit) && other.inOtherCurrency(k, mine) {
			continue // "NT$ 5 million" is 新台币500万元, not a changed 15日
		}
		if sameKind(q.Unit, o.Unit) && (sameValue(q.Value, o.Value) || !qMentioned && oAlone ||
			!qMentioned && !counting(q, mine.text) || oAlone && !counting(o, other.text)) &&
			(partner == nil || nearer(q.Value, o.Value, partner.Value)) {
			partner = &other.unmatched[k]
		}
	}
	if partner != nil {
		if readInParts(q, *partner, mine, other) {
			return confInParts, because("%s and %s: one figure, written whole in one language and in two pieces in the other", q.Text, partner.Text)
		}
		if roundedOf(q, mine.text, *partner, other.text) || roundedOf(*partner, other.text, q, mine.text) {
			return confCounting, because("%s and %s: a round figure with a word of approximation and the figure it rounds", q.Text, partner.Text)
		}
		if roundedSilently(q, mine.text, *partner, other.text) {
			return confCounting, because("%s and %s: one figure, rounded to fewer digits in one language", q.Text, partner.Text)
		}
		return confPartner, because("no counterpart; the %s text says %s", string(other.lang), partner.Text)
	}
	for _, o := range other.extra {
		// A figure the other language states once more than this one:
		// 2-1 against 2-2.
		if sameKind(q.Unit, o.Unit) && !qMentioned && !unreadTwoAsOften(o, other, mine) {
			return confPartner, because("no counterpart; the %s text says %s once more", string(other.lang), o.Text)
		}
	}
	glossed, glossedIn := glossOf(q, mine), glossedBy(q, mine)
	switch {
	case likelyAdverb(q, mine.text):
		return confCounting, because("%s before a verb may be the adverb \"most likely\", not a share", q.Text)
	case qMentioned:
		unit := Plain
		if q.Unit == Year {
			unit = Year // 2013, not 2,013
		}
		return confMentioned, because("the %s text writes %s, not as a figure", string(other.lang), formatValue(q.Value, unit))
	case counting(q, mine.text):
		return confCounting, because("a counting word (%s) the %s text may say without a number", q.Text, string(other.lang))
	case hotline(q, mine.text):
		return confMentioned, because("%s is the telephone number of the service named after it, which the %s text may name alone", q.Text, string(other.lang))
	case inWords(q):
		return confInWords, because("%s, in words, may be part of a name or a round number that a translation adds or leaves out", q.Text)
	case unitHeading(q, mine.text):
		return confMentioned, because("%s names the unit a table's figures are given in, not an amount", q.Text)
	case postAge(q, mine.text):
		return confMentioned, because("%s前 in brackets gives a post's age in a feed, which the %s text leaves out", q.Text, string(other.lang))
	case monthInName(q, mine.text):
		return confMentioned, because("%s names an event or a thing, not a date (十二月革命: the Decembrists, 五月花: the Mayflower)", q.Text)
	case teamByStem(q, mine.text, other.text):
		return confMentioned, because("%s numbers a team or a party, which the %s text names by a heavenly stem (甲队, 乙方)", q.Text, string(other.lang))
	case citedPart(q, mine.text):
		return confMentioned, because("%s is part of a citation in brackets, a book's part and verse (III, i, ode 7, 4), not a figure", q.Text)
	case formulaConstant(q, mine.text) && formulaTerms(other.text) == 0:
		return confMentioned, because(formulaReason, q.Text)
	case footnoteAfterStop(q, mine.text) || spacedNote(q, mine.text) && !noteMarkRe.MatchString(other.text):
		return confMentioned, because("%s marks a footnote: run into the punctuation before it, in square brackets, or after a number at the text's end", q.Text)
	case glossed != "":
		return confMentioned, because("%s glosses %s in another unit, in brackets: the %s text states the figure once", q.Text, glossed, string(other.lang))
	case glossedIn != "":
		return confRate, because("%s is glossed in brackets by %s in another currency, which the %s text states alone", q.Text, glossedIn, string(other.lang))
	case yearsGlossed(q, mine.text):
		return confMentioned, because("%s dates, in brackets, what the words before it name: the %s text may leave the years out", q.Text, string(other.lang))
	case slices.ContainsFunc(mine.charts, sameSpan(q)):
		return confMentioned, because("%s numbers a chart or a table, which the %s text captions without its number", q.Text, string(other.lang))
	case plenumNumber(q, mine.text):
		return confMentioned, because("%s counts the Central Committee in a plenum's name, which the %s text may leave out", q.Text, string(other.lang))
	case indexNamed(q, mine.text, other.text):
		return confMentioned, because("%s is the number in a stock index's name, which the %s text calls by its name alone", q.Text, string(other.lang))
	case citedPages(q, mine.text):
		return confMentioned, because("%s gives the pages of a source cited, which the %s text leaves out", q.Text, string(other.lang))
	case formulaApart(q, mine, other):
		return confMentioned, because("%s is part of a formula, which is compared as written", q.Text)
	case strings.HasSuffix(q.Text, ")") && !hasDigitRun(other.text, strings.IndexByte(q.Text, '(')):
		return confMentioned, because("%s numbers a section of a law, which the %s text may leave out", q.Text, string(other.lang))
	}
	if t, w, ok := otherWeekday(q, mine, other); ok {
		return confPartner, because("the %s text says %s; %s is a %s", string(other.lang), w.String(), t.Format(time.DateOnly), t.Weekday().String())
	}
	return confAlone, because("no counterpart in the %s text", string(other.lang))
}

// yearsSpanRe finds two years in brackets joined by a dash, and what
// stands before the bracket: "Martial Law (1949-1987)", 鲁迅（1881—1936）.
var yearsSpanRe = regexp.MustCompile(`[\p{L}][ ]?[(（]([12][0-9]{3})\s*[-–—~]\s*([12][0-9]{3})[)）]`)

// yearsGlossed reports whether q is one of two years in brackets right
// after a word, the span of a life or an era that the words name ("under
// the Martial Law (1949-1987)", a writer's dates): a gloss a translator
// adds or leaves out.
func yearsGlossed(q Quantity, text string) bool {
	if q.Unit != Year || !strings.ContainsAny(text, "(（") {
		return false
	}
	for _, m := range yearsSpanRe.FindAllStringSubmatchIndex(text, -1) {
		from, to := utf8.RuneCountInString(text[:m[2]]), utf8.RuneCountInString(text[:m[5]])
		first, _ := strconv.Atoi(text[m[2]:m[3]])
		last, _ := strconv.Atoi(text[m[4]:m[5]])
		if q.Start >= from && q.End <= to && first < last {
			return true
		}
	}
	return false
}

// postAge reports whether q, a span of minutes, hours or days, is the age
// of a post that a feed prints after it in brackets (…（15小时前）, (3
// hours ago)): the bracket opens just before it and it ends the text, or
// the bracket closes right after it.
func postAge(q Quantity, text string) bool {
	if q.Unit != Minutes && q.Unit != Hours && q.Unit != Days {
		return false
	}
	rs := []rune(text)
	if q.Start < 1 || q.End > len(rs) || !strings.ContainsRune("（(", rs[q.Start-1]) {
		return false
	}
	rest := strings.TrimLeft(string(rs[q.End:]), " ")
	for _, ago := range []string{"前", "ago"} {
		if after, ok := strings.CutPrefix(rest, ago); ok {
			after = strings.TrimSpace(after)
			return after == "" || strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")")
		}
	}
	return false
}

// hasDigitRun reports whether text writes a run of exactly n digits.
func hasDigitRun(text string, n int) bool {
	run := 0
	for _, r := range text + " " {
		if isDigit(r) {
			run++
			continue
		}
		if run == n {
			return true
		}
		run = 0
	}
	return false
}

// footnoteAfterStop reports whether q, a number of up to three digits,
// marks a footnote: run into a stop, a comma or a closing quotation mark
// after an English word and ending the text or followed by a space ("on
// the Conference website.3", "the Advisory Committee,22 subject to",
// "desirable ranges"18), after a Chinese stop at the text's end (报告；1,
// 日記》。8),
// in square brackets run into the word or stop before it ("a certain
// level of planning.[23]") or after a stop and a space, opening a list of
// references, or set as a link or at the end of a link's text
// ("blind hiring [2] ](…)", "[2](#fn2)"), or ending a cell of a table or
// the text ("Size [2] | Download Links [3]"), or in brackets after a note's word (【注释
// 1】, [note 6]); in English also after a semicolon run into a
// number ("work for 2015;2"), after a question or exclamation mark
// ("is N?107 When"), after a colon at the text's end ("this
// paragraph:54") or after a number and a space at the text's end
// ("2013-2014 7").
func footnoteAfterStop(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Unit != Plain || q.Start < 2 || q.End > len(rs) || q.End-q.Start > 3 || !allDigits(rs[q.Start:q.End]) {
		return false
	}
	if noteNumbered(rs, q.Start, q.End) {
		return true // 【注释 1】, [note 6]
	}
	before, after := rs[q.Start-1], at(rs, q.End)
	if before == '[' {
		// Run into what comes before it, or opening an entry of a list of
		// references after a stop: "to improve the security. [1] KubeEdge
		// blog: [2] The third-party security audit".
		return after == ']' && (!isSpace(rs[q.Start-2]) || strings.ContainsRune(".:;。：；", lastNonSpace(rs[:q.Start-1])) ||
			strings.TrimSpace(string(rs[q.End+1:])) == "" || strings.HasPrefix(strings.TrimLeft(string(rs[q.End+1:]), " "), "|") || // "Size [2] | Links [3]"
			at(rs, q.End+1) == '(' || at(rs, q.End+1) == ' ' && at(rs, q.End+2) == ']') // a link's note: "blind hiring [2] ](…)", "[2](#fn2)"
	}
	if before == '。' || before == '；' {
		return after == 0 && (isHan(rs[q.Start-2]) || strings.ContainsRune("》」』）)”", rs[q.Start-2])) // Chinese starts a sentence so: only the text's end is sure
	}
	if before == ' ' && after == 0 && q.Lang == article.EN && q.End-q.Start <= 2 && isDigit(rs[q.Start-2]) {
		return true // "Overview of financial resources, 2013-2014 7": no English sets two numbers in a row
	}
	switch p := rs[q.Start-2]; before {
	case '.', ';', ',': // "website.3", "Questions,22 subject": English spaces a number after a stop
		return (isLatin(p) && plainWordEnds(rs, q.Start-1) || p == ')' || p == '"' || p == '”' || before == ';' && isDigit(p)) && (after == 0 || isSpace(after))
	case '"', '”': // "of desirable ranges"18: after a closing quotation mark
		return (isLatin(p) || strings.ContainsRune(".,;?!", p)) && (after == 0 || isSpace(after))
	case '?', '!': // "how large is N?107 When"
		return (isLatin(p) || p == ')') && (after == 0 || isSpace(after))
	case ':': // "summarizes this paragraph:54", at the text's end: no time, no ratio
		return isLatin(p) && plainWordEnds(rs, q.Start-1) && after == 0
	}
	return false
}

// teamByStem reports whether q, 1 to 4 after "Team" or "Party", is a
// team or a party the Chinese text names by the heavenly stem of that
// place (甲队 and "Team 1", 乙方 and "Party 2").
func teamByStem(q Quantity, text, otherText string) bool {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Plain || q.Value < 1 || q.Value > 4 || q.Start < 5 {
		return false
	}
	word := strings.ToLower(string(rs[max(0, q.Start-6):q.Start]))
	if !strings.HasSuffix(word, "team ") && !strings.HasSuffix(word, "party ") {
		return false
	}
	stem := []rune("甲乙丙丁")[int(q.Value)-1]
	for _, kind := range "队隊方组組" {
		if strings.Contains(otherText, string([]rune{stem, kind})) {
			return true
		}
	}
	return false
}

// citedPart reports whether q, digits alone, stands in brackets that cite
// a part of a book as old translations do: three parts or more parted by
// commas, one of them a Roman numeral alone, each short ("(III, i, ode
// 7, 4)", "(Shu, V, xxvii, 3)", "(Part IV, Book VIII, i, 1)").
func citedPart(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Plain || q.End > len(rs) || !allDigits(rs[q.Start:q.End]) {
		return false
	}
	b, e := q.Start, q.End
	for b > 0 && rs[b-1] != '(' && rs[b-1] != ')' && q.Start-b < 40 {
		b--
	}
	for e < len(rs) && rs[e] != ')' && rs[e] != '(' && e-q.End < 40 {
		e++
	}
	if b == 0 || rs[b-1] != '(' || e == len(rs) || rs[e] != ')' {
		return false
	}
	parts := strings.Split(string(rs[b:e]), ",")
	roman := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > 20 {
			return false
		}
		roman = roman || romanNumeralRe.MatchString(p)
	}
	return len(parts) >= 3 && roman
}

// romanNumeralRe is a Roman numeral alone, in capitals or small letters.
var romanNumeralRe = regexp.MustCompile(`^(?:[IVXLC]+|[ivxlc]+)$`)

// formulaReason explains a constant of a formula the other text does not
// write.
const formulaReason = "%s is a constant of a formula written with letters, not a figure"

// formulaConstant reports whether q, a whole number of one or two digits,
// is a term of a formula written with letters for its variables: an
// operator joins it to a letter alone (1-r, 1+i, i=1, i-1), as a text
// copied from a page writes an equation. Not F-16 or B-2: a capital
// before a hyphen names a thing. Where the other text writes a formula
// too, the two are compared.
func formulaConstant(q Quantity, text string) bool {
	rs := []rune(text)
	return q.Unit == Plain && q.End <= len(rs) && q.End-q.Start <= 2 && allDigits(rs[q.Start:q.End]) && formulaTerm(rs, q.Start, q.End)
}

// formulaTerm reports whether the digits of rs from start to end are
// joined by an operator to a lower-case letter alone.
func formulaTerm(rs []rune, start, end int) bool {
	variable := func(k int) bool {
		return k >= 0 && k < len(rs) && unicode.IsLower(rs[k]) && rs[k] < 128 && !isLatin(at(rs, k-1)) && !isLatin(at(rs, k+1))
	}
	return strings.ContainsRune("+-=*/", at(rs, start-1)) && variable(start-2) || strings.ContainsRune("+-=*/", at(rs, end)) && variable(end+1)
}

// formulaTerms counts the terms of formulas written with letters (see
// formulaTerm) that text holds.
func formulaTerms(text string) int {
	rs := []rune(text)
	n := 0
	for i := 0; i < len(rs); i++ {
		if !isDigit(rs[i]) {
			continue
		}
		e := i
		for e < len(rs) && isDigit(rs[e]) {
			e++
		}
		if formulaTerm(rs, i, e) {
			n++
		}
		i = e
	}
	return n
}

// spacedNote reports whether q, digits alone, is spaced inside square
// brackets as a page sets a note's link ("solve them. [ 2 ] What").
func spacedNote(q Quantity, text string) bool {
	rs := []rune(text)
	return q.Unit == Plain && q.Start >= 2 && q.End-q.Start <= 3 && allDigits(rs[q.Start:min(q.End, len(rs))]) &&
		string(rs[q.Start-2:q.Start]) == "[ " && at(rs, q.End) == ' ' && at(rs, q.End+1) == ']'
}

// noteMarkRe finds a note's number in square brackets, spaced or not: a
// text that marks its notes so may have changed the number of one.
var noteMarkRe = regexp.MustCompile(`\[ ?[0-9]{1,3} ?\]`)

// plainWordEnds reports whether the letters before end in rs are a word,
// not a code: no digit runs into them, no capital follows their first
// letter (ARCoV.2, 1b.3 name a virus and an item), and a capital alone is
// a unit after a number (120 V,30; not A.10 nor D.2, an appendix's
// sections).
func plainWordEnds(rs []rune, end int) bool {
	k := end
	for k > 0 && isLatin(rs[k-1]) {
		k--
	}
	if k > 0 && isDigit(rs[k-1]) || end-k == 1 && unicode.IsUpper(rs[k]) && !(k >= 2 && rs[k-1] == ' ' && isDigit(rs[k-2])) {
		return false
	}
	for _, r := range rs[min(k+1, end):end] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// lastNonSpace returns the last rune of rs that is no space, 0 when none.
func lastNonSpace(rs []rune) rune {
	for i := len(rs) - 1; i >= 0; i-- {
		if !isSpace(rs[i]) {
			return rs[i]
		}
	}
	return 0
}

// arithmeticOps are the signs between the numbers of a sum written out,
// TeX's commands for them read as the signs.
var arithmeticOps = strings.NewReplacer(`\times`, "×", `\div`, "÷", `\cdot`, "·", `\approx`, "≈")

// arithmeticResult returns the result of the sum q is a step of, written
// out in its text with = or ≈ before the result ($2.5\times 3=7.5$,
// 300÷8÷2≈18, 2^5 + 2^4 + 2^1 = 50): q is an operand, not the result. A
// power whose superscript lost its mark as the text was copied (2 5 + 2 4
// for 2⁵ + 2⁴) is read as one step. The result is given without its sign
// (= −100). Where the other language writes the sum too, its steps are
// compared as figures (writesSum).
func arithmeticResult(q Quantity, text string) (float64, bool) {
	rs := []rune(text)
	if q.Unit != Plain || q.End > len(rs) || !strings.ContainsAny(text, "=≈") {
		return 0, false
	}
	const ops = "×÷*/+·^−-"
	tail := []rune(arithmeticOps.Replace(string(rs[q.End:min(len(rs), q.End+60)])))
	before := []rune(strings.TrimRight(arithmeticOps.Replace(string(rs[max(0, q.Start-12):q.Start])), " $"))
	// op: a sign seen (the last step: 3 of 2.5×3=7.5); number: a number
	// ends where k starts, which a power's superscript may follow.
	k, op, number := 0, strings.ContainsRune(ops, at(before, len(before)-1)), true
	for {
		spaced := at(tail, k) == ' '
		for k < len(tail) && (tail[k] == ' ' || tail[k] == '$') {
			k++
		}
		r := at(tail, k)
		switch {
		case strings.ContainsRune(ops, r):
			op, number, k = true, false, k+1
			continue
		case (r == '=' || r == '≈') && op && at(tail, k+1) != '=':
			k++
			for at(tail, k) == ' ' || at(tail, k) == '−' || at(tail, k) == '-' {
				k++
			}
			e := decimalEnd(tail, k)
			v, err := strconv.ParseFloat(string(tail[k:e]), 64)
			return v, err == nil && e > k
		case isDigit(r) && (op || number && spaced && decimalEnd(tail, k)-k <= 2):
			k, number = decimalEnd(tail, k), !number // 2 5: two to the fifth; not 2 5 5, three numbers
			continue
		}
		return 0, false
	}
}

// resultAfterRe finds a program's equals before a number: == -2 7, == 128.
var resultAfterRe = regexp.MustCompile(`==\s*[-−]?\s*[0-9]`)

// writesSum reports whether text writes a sum with its result (22/7 =
// 3.142, ≈; -2 15 + 2 14 == -128, as a program writes it), not a value
// named by a program's equals (== decimal 50).
func writesSum(text string) bool {
	return strings.ContainsAny(strings.ReplaceAll(text, "==", ""), "=≈") || strings.Contains(text, "==") && resultAfterRe.MatchString(text)
}

// wanTyped returns the figure of the other side that q gives with w typed
// for 万 where Extract read no scale (300w 条边 and "3 million edges",
// 22.8w edges/s and "228k"), or that gives q so. A capital W, which
// Extract leaves alone as it may be a watt, is read here where the
// Chinese text gives an English figure so (超过10W and "exceeds 100,000").
func wanTyped(q Quantity, other *side) (Quantity, bool) {
	typed := func(t string) bool { return strings.HasSuffix(t, "w") || strings.HasSuffix(t, "W") }
	for _, o := range other.qs {
		if q.Lang == article.ZH && typed(q.Text) && sameValue(q.Value*1e4, o.Value) ||
			o.Lang == article.ZH && typed(o.Text) && sameValue(o.Value*1e4, q.Value) {
			return o, true
		}
	}
	if q.Lang == article.EN && q.Unit == Plain && strings.ContainsRune(other.text, 'W') {
		for _, m := range wanCapitalRe.FindAllStringSubmatch(other.text, -1) {
			if v, err := strconv.ParseFloat(m[1], 64); err == nil && sameValue(v*1e4, q.Value) {
				return Quantity{Text: m[1] + "W"}, true
			}
		}
	}
	return Quantity{}, false
}

// wanCapitalRe finds a number with a capital W after it, not before
// another letter or digit: 10W.
var wanCapitalRe = regexp.MustCompile(`([0-9]+(?:\.[0-9]+)?)W(?:[^A-Za-z0-9]|$)`)

// decimalEnd returns where the digits and decimal point from k end.
func decimalEnd(rs []rune, k int) int {
	for isDigit(at(rs, k)) || at(rs, k) == '.' && isDigit(at(rs, k+1)) {
		k++
	}
	return k
}

// zerosOrOnesRe finds the English words for many zeros or ones: a matrix
// of zeros, "ones".
var zerosOrOnesRe = regexp.MustCompile(`(?i)\b(zeros|zeroes|ones)\b`)

// zerosOrOnes returns the word in which English text, the other side,
// says q, a Chinese 0 or 1 written as digits: 全0、全1 and "zeros, ones".
func zerosOrOnes(q Quantity, text string) (string, bool) {
	if q.Lang != article.ZH || q.Unit != Plain || q.Value != 0 && q.Value != 1 {
		return "", false
	}
	for _, m := range zerosOrOnesRe.FindAllString(text, -1) {
		if strings.HasPrefix(strings.ToLower(m), "zero") == (q.Value == 0) {
			return m, true
		}
	}
	return "", false
}

// teensRe finds a figure between ten and twenty that English gives in a
// word: mid-teen returns, the high teens, low-teens growth.
var teensRe = regexp.MustCompile(`(?i)\b(?:low|mid|middle|high|upper)[- ]teens?\b`)

// teens returns the words in which the other side gives q, a figure from
// 10 to 19 (a percentage or none), as "the teens": 百分之十几 and 约15%
// against "mid-teen returns".
func teens(q Quantity, other *side) (string, bool) {
	if q.Unit != Percent && q.Unit != Plain || q.Value < 10 || q.Value >= 20 || !strings.Contains(other.text, "teen") {
		return "", false
	}
	w := teensRe.FindString(other.text)
	return w, w != ""
}

// fractionOfRe finds a fraction before "of" that ends a text: "1/10 of ",
// "one-tenth of ", "half of ".
var fractionOfRe = regexp.MustCompile(`(?i)(?:\b([0-9]{1,2})/([0-9]{1,3})|\b(?:one|a)[- ](tenth|quarter|third|half)|\b(half)) of $`)

// ofPercent returns the share q, an English percentage, stands for after
// a fraction and "of": 0.1 for "1/10 of 1%" and "one-tenth of 1%".
func ofPercent(q Quantity, text string) (float64, bool) {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Percent || q.Start > len(rs) {
		return 0, false
	}
	m := fractionOfRe.FindStringSubmatch(string(rs[max(0, q.Start-20):q.Start]))
	switch {
	case m == nil:
		return 0, false
	case m[1] != "":
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if b == 0 || a >= b {
			return 0, false
		}
		return q.Value * float64(a) / float64(b), true
	}
	den := map[string]float64{"tenth": 10, "quarter": 4, "third": 3, "half": 2}[strings.ToLower(m[3]+m[4])]
	return q.Value / den, true
}

// partOfPercent returns the figure of the other side that gives q as a
// fraction of a percentage, or that q gives so: 0.1% and "1/10 of 1%",
// "one-tenth of 1%".
func partOfPercent(q Quantity, mine, other *side) (Quantity, bool) {
	if q.Unit != Percent {
		return Quantity{}, false
	}
	v, mineOf := ofPercent(q, mine.text)
	for _, o := range other.qs {
		if o.Unit != Percent {
			continue
		}
		if mineOf && sameValue(v, o.Value) {
			return o, true
		}
		if w, ok := ofPercent(o, other.text); ok && sameValue(w, q.Value) {
			return o, true
		}
	}
	return Quantity{}, false
}

// multipleAsPercent returns the figure of the other side that gives q as
// a percentage where q is a multiple under ten, or as a multiple where q
// is a percentage: 0.6倍的市净率 and "60% of book value".
func multipleAsPercent(q Quantity, other *side) (Quantity, bool) {
	for _, o := range other.unmatched {
		m, p := q, o
		if q.Unit == Percent {
			m, p = o, q
		}
		if m.Unit == Multiple && p.Unit == Percent && m.Value < 10 && sameValue(100*m.Value, p.Value) {
			return o, true
		}
	}
	return Quantity{}, false
}

// smallerWords are the comparatives after "N times" that make it a
// fraction: "7,000 times lighter" is a seven-thousandth.
var smallerWords = []string{"smaller", "lighter", "less", "lower", "fewer", "cheaper", "slower", "shorter", "thinner", "weaker", "narrower", "tinier"}

// timesSmaller returns the figure of the other side that gives q as a
// fraction where q is N times smaller in English, or as N times smaller
// where q is a fraction with one above the line in Chinese: 七千分之一 and
// "7,000 times lighter".
func timesSmaller(q Quantity, mine, other *side) (Quantity, bool) {
	for _, o := range other.unmatched {
		m, f, en := q, o, mine
		if q.Lang == article.ZH {
			m, f, en = o, q, other
		}
		rs := []rune(en.text)
		if m.Lang != article.EN || m.Unit != Multiple || f.Unit != Plain || f.Value <= 0 || !strings.Contains(f.Text, "分之一") ||
			m.End > len(rs) || !sameValue(m.Value*f.Value, 1) {
			continue
		}
		after := strings.TrimLeft(string(rs[m.End:]), " ")
		if startsWithAny(after, smallerWords...) {
			return o, true
		}
	}
	return Quantity{}, false
}

// noteWords are the words that name a note before its number in brackets
// (the Chinese text is read in simplified characters: 註 is 注).
var noteWords = []string{"注释", "注", "note", "Note", "NOTE"}

// noteOpeners are the words that open an English sentence after which no
// count stands: "4 The certificate…" numbers a note, "4 people" counts.
var noteOpeners = map[string]bool{"The": true, "A": true, "An": true, "It": true, "In": true, "If": true, "For": true,
	"Where": true, "When": true, "Unless": true, "As": true, "This": true, "These": true, "See": true, "Please": true, "Under": true,
	"One": true}

// noteOpening reports whether q, up to three digits opening an English
// text, numbers the note that follows, as a PDF's text gives a footnote:
// a space and a word that opens a sentence (The, If, For…) after it
// ("111 This is what investors do").
func noteOpening(q Quantity, rs []rune) bool {
	if q.Lang != article.EN || q.Unit != Plain || q.End > len(rs) || q.End-q.Start > 3 || !allDigits(rs[q.Start:q.End]) ||
		strings.TrimSpace(string(rs[:q.Start])) != "" || at(rs, q.End) != ' ' {
		return false
	}
	e := q.End + 1
	for e < len(rs) && isLatin(rs[e]) {
		e++
	}
	return noteOpeners[string(rs[q.End+1:e])]
}

// noteNumbered reports whether rs[start:end] numbers a note, in brackets
// after a note's word: 【注释 1】, [注3], （註 2）, [note 6].
func noteNumbered(rs []rune, start, end int) bool {
	if !strings.ContainsRune("]】）)", at(rs, end)) {
		return false
	}
	k := start
	k = spacesBack(rs, k-1) + 1
	for _, w := range noteWords {
		n := len([]rune(w))
		if k-n >= 1 && string(rs[k-n:k]) == w && strings.ContainsRune("[【（(", rs[k-n-1]) {
			return true
		}
	}
	return false
}

// allDigits reports whether rs holds digits alone.
func allDigits(rs []rune) bool {
	for _, r := range rs {
		if !isDigit(r) {
			return false
		}
	}
	return len(rs) > 0
}

// monthInName reports whether q, a Chinese month with no year or day, is
// part of a name: before 革命, 花, 运动 … (十二月革命, the Decembrists'
// revolt; 五月花, the Mayflower; 五月运动), which a translation gives its
// own name.
func monthInName(q Quantity, text string) bool {
	v := int64(math.Round(q.Value))
	if q.Lang != article.ZH || q.Unit != Date || v/10000 != 0 || v%100 != 0 {
		return false
	}
	rest := string([]rune(text)[min(q.End, len([]rune(text))):])
	for _, w := range []string{"革命", "花", "运动", "党人", "党", "事件", "政变", "起义"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// glossLeads are the words of approximation that may open a gloss in
// brackets before its figure.
var glossLeads = []string{"≈", "~", "～", "约", "約", "about", "approx.", "approximately", "around", "roughly", "some", "c."}

// unreadCurrency reports whether the text between figure o and end is
// the name of a currency the check does not read, of up to four letters
// with no space: 4,800 亿里亚尔 (riyals), 50 亿卢比.
func unreadCurrency(rs []rune, o Quantity, end int) bool {
	if o.End >= end || end-o.End > 4 || end > len(rs) || !isCurrency(o.Unit) && o.Unit != Plain {
		return false
	}
	for _, r := range rs[o.End:end] {
		if !isHan(r) && !isLatin(r) {
			return false
		}
	}
	return true
}

// glossOf returns the figure that q, in brackets right after it, converts
// into another unit or currency when that figure has its counterpart in
// the other language ("£80 billion ($125.5 billion)" and 800亿英镑, "2°C
// (3.6°F)" and 2℃, "CNY 100 million (≈$14.29 million USD)" and 1 亿元人民币,
// "4trn yuan (or $590bn)" and 4万亿元); "" when q is no such gloss.
func glossOf(q Quantity, mine *side) string {
	o, ok := glossed(q, mine)
	if !ok || slices.ContainsFunc(mine.unmatched, sameSpan(o)) {
		return ""
	}
	return o.Text
}

// glossedBy returns the gloss in brackets after q that converts it into
// another currency, when the gloss has its counterpart in the other
// language and q has none: "US$5.5 trillion (CNY 38.1 trillion)" and 38.1
// 万亿元. "" when there is none.
func glossedBy(q Quantity, mine *side) string {
	if !isCurrency(q.Unit) {
		return ""
	}
	for _, g := range mine.qs {
		if g.Start > q.End && isCurrency(g.Unit) && !slices.ContainsFunc(mine.unmatched, sameSpan(g)) {
			if o, ok := glossed(g, mine); ok && o.Start == q.Start {
				return g.Text
			}
		}
	}
	return ""
}

// glossed returns the figure q glosses: q is in brackets right after it,
// in another unit or currency, after a word of approximation or none, or
// after "or" between currencies.
func glossed(q Quantity, mine *side) (Quantity, bool) {
	rs := []rune(mine.text)
	k := q.Start - 1
	for k >= 0 && k >= q.Start-16 && k < len(rs) && rs[k] != '(' && rs[k] != '（' {
		k-- // (≈$14.29 million), (about 3.6°F): a word of approximation before the gloss
	}
	if k < 1 || k >= len(rs) || rs[k] != '(' && rs[k] != '（' {
		return Quantity{}, false
	}
	lead := strings.ToLower(strings.TrimSpace(string(rs[k+1 : q.Start])))
	if lead != "" && lead != "or" && !slices.Contains(glossLeads, lead) {
		return Quantity{}, false
	}
	for k--; k >= 0 && rs[k] == ' '; k-- {
	}
	for n := 0; n < 2 && k >= 0 && strings.ContainsRune("°CF", rs[k]); n++ {
		k-- // 2°C (3.6°F): a unit the figure's text leaves out
	}
	paren := k + 1
	for _, o := range mine.qs {
		if o.End != paren && !unreadCurrency(rs, o, paren) {
			continue
		}
		// Another unit: read (a currency), or written after each figure
		// (°C and °F), not the same (2014 (2013) is a changed year).
		unitOf := func(from int) string {
			e := from
			for e < len(rs) && e < from+2 && strings.ContainsRune("°CF", rs[e]) {
				e++
			}
			return string(rs[from:e])
		}
		if lead == "or" && (!isCurrency(o.Unit) || !isCurrency(q.Unit)) {
			return Quantity{}, false // "$5m (or 5% of sales)" states a second figure
		}
		if o.Unit != q.Unit || unitOf(o.End) != "" && unitOf(q.End) != "" && unitOf(o.End) != unitOf(q.End) {
			return o, true
		}
		return Quantity{}, false
	}
	return Quantity{}, false
}

// pageCiteRe finds a page cited in brackets: (第26页), (p. 28), (pp. 3-5).
var pageCiteRe = regexp.MustCompile(`[(（](?:第\s*[0-9]+(?:\s*[-–至]\s*[0-9]+)?\s*[页頁]|pp?\.\s*[0-9]+)`)

// mayCiteBracketedPage is the cheap test before pageCiteRe: a bracket,
// and 页, 頁 or "p." in text.
func mayCiteBracketedPage(text string) bool {
	return strings.ContainsAny(text, "(（") && (strings.ContainsAny(text, "页頁") || strings.Contains(text, "p."))
}

// citationRe finds a citation in a paper: numbers in square brackets
// after a word ([22, 21], [3–5], AlphaFold2 [1,2]; not a list that
// counts from 0, [0,1,2]). A year in an author's citation, (Toto, 2004),
// stays checked: it dates the claim.
var citationRe = regexp.MustCompile(`[^\s\[]\s*(\[[1-9][0-9]{0,2}(?:(?:, |，|,|\s*[–-]\s*)[1-9][0-9]{0,2})*\])`)

// citationLabels are the words that make the number in square brackets
// after them a label, no citation: article [18], table [2].
var citationLabels = []string{"article", "articles", "section", "paragraph", "chapter", "rule", "table", "figure", "fig.",
	"note", "page", "step", "item", "clause", "annex", "appendix", "part", "no.", "number", "version", "level", "phase"}

// citations returns where the citations of text are, in runes, and the
// numbers they hold.
func citations(text string) (spans [][2]int, numbers []string) {
	if !strings.Contains(text, "[") {
		return nil, nil
	}
	for _, m := range citationRe.FindAllStringSubmatchIndex(text, -1) {
		before := strings.ToLower(strings.TrimRight(text[:m[2]], " "))
		if slices.ContainsFunc(citationLabels, func(w string) bool { return strings.HasSuffix(before, w) }) {
			continue // article [18]
		}
		spans = append(spans, [2]int{utf8.RuneCountInString(text[:m[2]]), utf8.RuneCountInString(text[:m[3]])})
		numbers = append(numbers, digitsRe.FindAllString(text[m[2]:m[3]], -1)...)
	}
	return spans, numbers
}

// inCitation reports whether q, a plain number, is in a citation of
// text: a reference the translator may leave out, no figure of the text's
// claims.
func inCitation(q Quantity, text string) bool {
	if q.Unit != Plain {
		return false
	}
	spans, _ := citations(text)
	return slices.ContainsFunc(spans, func(sp [2]int) bool { return q.Start > sp[0] && q.End < sp[1] })
}

// digitsRe finds a run of digits.
var digitsRe = regexp.MustCompile(`[0-9]+`)

// citationsLeftOut reports whether every number the citations of other
// hold is one the citations of text hold too, as often: other leaves some
// of text's citations out and changes none ([22, 21] and [40, 43] against
// [22, 21] and [40, 43, 12, 16]; not [2] against [3]).
func citationsLeftOut(text, other string) bool {
	_, mine := citations(text)
	_, theirs := citations(other)
	count := map[string]int{}
	for _, n := range mine {
		count[n]++
	}
	for _, n := range theirs {
		if count[n]--; count[n] < 0 {
			return false // cited more often there: [12] twice against [12] and [13]
		}
	}
	return true
}

// pageCited reports whether q is the page a citation in brackets gives
// in text: (第26页), (p. 28). Language editions of one document number
// their pages apart, so a translation cites its own edition's page.
func pageCited(q Quantity, text string) bool {
	if q.Unit != Plain || !mayCiteBracketedPage(text) {
		return false
	}
	for _, m := range pageCiteRe.FindAllStringIndex(text, -1) {
		if start, end := utf8.RuneCountInString(text[:m[0]]), utf8.RuneCountInString(text[:m[1]]); q.Start > start && q.Start < end {
			return true
		}
	}
	return false
}

// citedPages reports whether q gives the pages of a source cited after a
// sentence, as Wikipedia writes them: "with varying success.:121,154".
func citedPages(q Quantity, text string) bool {
	rs := []rune(text)
	return q.Unit == Plain && q.Start >= 2 && (rs[q.Start-1] == ':' || rs[q.Start-1] == '：') && strings.ContainsRune(".。]\"”)", rs[q.Start-2])
}

// readInParts reports whether q and its partner p are one figure that one
// language writes whole and the other in two pieces side by side, each
// read as a figure: the digits of the shorter begin or end the longer's,
// the rest of the longer's digits is the figure next to the shorter,
// parted from it by a space, a colon, a comma or a point, and the two
// values are far apart (9 and 55 against 9 点 55 分, "1 萬 7000" against
// "17,000", "20 14" against 2014). A changed figure keeps its number of
// digits (923 and 932), adds or drops only zeros (a changed scale: 42.9
// 万 and 4,290,000), stays near the other (111 亿 and $11 billion:
// rounding is not forgiven) or leaves a rest no figure beside it states
// (4：35 against 3:35). Years, dates and fractions (2/3 against 23) are
// never pieces.
func readInParts(q, p Quantity, mine, other *side) bool {
	a, b := digitsOf([]Quantity{q}), digitsOf([]Quantity{p})
	if a == "" || b == "" || len(a) == len(b) || unitKind(q.Unit) == "calendar" || unitKind(p.Unit) == "calendar" ||
		strings.Trim(a, "0") == strings.Trim(b, "0") ||
		math.Abs(q.Value-p.Value) <= 0.1*math.Max(math.Abs(q.Value), math.Abs(p.Value)) {
		return false
	}
	piece, long, s := q, b, mine
	if len(a) > len(b) {
		piece, long, s = p, a, other
	}
	short := digitsOf([]Quantity{piece})
	text := []rune(s.text)
	for _, o := range s.qs {
		var first, second Quantity
		switch {
		case o.Start >= piece.End && long == short+digitsOf([]Quantity{o}):
			first, second = piece, o
		case o.End <= piece.Start && long == digitsOf([]Quantity{o})+short:
			first, second = o, piece
		default:
			continue
		}
		if gap := strings.TrimSpace(string(text[first.End:second.Start])); len([]rune(gap)) <= 1 && strings.Trim(gap, ":：,，.．") == "" {
			return true
		}
	}
	return false
}

// relativeYears are the words that name a year by where it stands from
// now: a translator may write the year out (今年 and "the year of 2017").
var relativeYears = []string{"今年", "去年", "明年", "前年", "本年", "当年", "當年", "同年",
	"this year", "last year", "next year", "This year", "Last year", "Next year",
	"the year", "The year", "year-end", "year end", "yearend", "Year-end", "Year end", "Yearend", // 2014年期间 and "during the year", 于2024年底 and "at the end of the year" or "at yearend"
	"年内", "年內", "全年", // 全年 and "for 2019 as a whole"
	"fiscal year", "financial year", "本财年", "本財年", // 2019财年 and "the full fiscal year"
	"over the same period", "over the same time period"} // 到2050年 and "over the same time period"

// yearsFromNow are the words that name a year by its place from the
// year of the report.
var yearsFromNow = []struct {
	word  string
	years int
}{{"今年", 0}, {"本年", 0}, {"this year", 0}, {"This year", 0}, {"去年", -1}, {"last year", -1}, {"Last year", -1},
	{"明年", 1}, {"next year", 1}, {"Next year", 1}, {"今明两年", 0}, {"今明两年", 1}, {"今明兩年", 0}, {"今明兩年", 1}}

// yearUndated returns the word by which other names a year by its place
// from the year of the report (今年, "last year") when the article has no
// date and other states no year at all: q may be that one, and nothing
// says which year the word means.
func yearUndated(q Quantity, other *side) (string, bool) {
	if q.Unit != Year || other.report.year != 0 || slices.ContainsFunc(other.qs, func(o Quantity) bool {
		return o.Unit == Year || o.Unit == Date && yearOfDate(o.Value) != 0
	}) {
		return "", false
	}
	for _, y := range yearsFromNow {
		if strings.Contains(other.text, y.word) {
			return y.word, true
		}
	}
	return "", false
}

// yearFromReport returns the word by which other names q, a year, by its
// place from the year of the report, when the article has a date: 今年
// in a report of 2020 is 2020, whatever other years the text states, so
// long as none of them is left without a counterpart.
func yearFromReport(q Quantity, other *side) (string, bool) {
	if q.Unit != Year || other.report.year == 0 || calendarIn(other.unmatched) {
		return "", false // 2001年 … 去年 against "In 2002 … Last year": a year changed
	}
	for _, y := range yearsFromNow {
		if from := other.report.year + y.years; (from == int(q.Value) || other.report.reviewsLastYear() && from-1 == int(q.Value)) && strings.Contains(other.text, y.word) {
			return y.word, true
		}
	}
	return "", false
}

// spanYearRe finds a year that spans two calendar years, written with both
// (2011-2012年度, 2012-13学年, the 2011-12 fiscal year): the first year, the
// second in two or four digits, and what follows.
var spanYearRe = regexp.MustCompile(`((?:19|20)[0-9]{2})\s*[-–/]\s*((?:19|20)?[0-9]{2})(\s*(?:年度|学年|學年|财年|財年|财政年度|財政年度| fiscal year| financial year| school year| academic year))`)

// spanYearPartner returns the other calendar year of the fiscal, financial
// or school year q is part of, when the other text states it alone, in no
// range: 2008 of 2007-2008年度 against "from 2007", the other text naming
// the span by its first year, or by its last.
func spanYearPartner(q Quantity, mine, other *side) (string, bool) {
	if q.Unit != Year && (q.Unit != Plain || q.Value < 1900 || q.Value > 2100) {
		return "", false
	}
	ors := []rune(other.text)
	for _, m := range spanYearRe.FindAllStringSubmatchIndex(mine.text, -1) {
		if q.Start < len([]rune(mine.text[:m[0]])) || q.End > len([]rune(mine.text[:m[7]])) {
			continue // q is no year of this span
		}
		a, _ := strconv.Atoi(mine.text[m[2]:m[3]])
		b, _ := strconv.Atoi(mine.text[m[4]:m[5]])
		if b < 100 {
			b += a / 100 * 100
		}
		if b != a+1 {
			continue
		}
		for _, o := range other.qs {
			before := strings.TrimRight(string(ors[:min(o.Start, len(ors))]), " ")
			after := strings.TrimLeft(string(ors[min(o.End, len(ors)):]), " ")
			alone := !strings.ContainsRune("-–/至到", lastRuneOf(before)) && !strings.ContainsRune("-–/至到", firstRune(after)) &&
				!strings.HasPrefix(after, "to ") // not 2012-13, 2012 至 2013 nor "2012 to 2013": both years stated
			if alone && o.Unit == Year && (int(o.Value) == a || int(o.Value) == b) && int(o.Value) != int(q.Value) {
				return o.Text, true
			}
		}
	}
	return "", false
}

// decadeEnd reports whether q, a year, ends the decade of the report, or
// some decade when the report has no date, which other calls "the end of
// the decade" or its rest (2030年前 and "by the end of the decade", "for
// the rest of the decade", a report of 2024).
func decadeEnd(q Quantity, other *side) bool {
	ends := other.report.year == 0 && int(q.Value)%10 == 0 || other.report.year != 0 && int(q.Value) == (other.report.year/10+1)*10
	return q.Unit == Year && ends && containsAny(strings.ToLower(other.text), "end of the decade", "end of this decade", "decade's end", "decade’s end",
		"rest of the decade", "rest of this decade", "remainder of the decade", "remainder of this decade")
}

// decadeStart reports whether q, a year, begins the decade of the report,
// or some decade when the report has no date, which other calls the
// beginning of the decade (2010年 and "at the beginning of this decade", a
// report of 2017).
func decadeStart(q Quantity, other *side) bool {
	y := int(q.Value)
	begins := y%10 == 0 && (other.report.year == 0 || other.report.year/10*10 == y)
	return q.Unit == Year && begins && containsAny(strings.ToLower(other.text), "beginning of the decade", "beginning of this decade",
		"start of the decade", "start of this decade", "turn of the decade")
}

// daysFromReport name a span of days by its distance back from the day a
// report is written, as English news does where a translation may give
// the date: the words, and the nearest and farthest day back they reach.
// Weekdays, today and yesterday are checked by their day (see
// otherWeekday and dateline.go).
var daysFromReport = []struct {
	words    string
	from, to float64
}{
	{"this week", 0, 7}, {"last week", 3, 14}, {"last weekend", 1, 14}, {"past week", 0, 8},
	{"past two weeks", 0, 15}, {"past few weeks", 0, 35}, {"past six weeks", 0, 43},
	{"earlier this month", 0, 31}, {"last month", 1, 62},
}

// relativeDay returns the words of other that name a span of days back
// from the report's date ("last week", "over the past two weeks"), when
// q, a date in the report's year or with no year, falls in it: a
// translation that dates what the original says in relation to its day
// (3月13日 and "last week", in a report of 23 March 2015; 5月中的两周 and
// "over the past two weeks", in a report of May). A month alone is taken
// at its last day.
func relativeDay(q Quantity, other *side) (string, bool) {
	r := other.report
	if q.Unit != Date || r.month == 0 {
		return "", false
	}
	v := int(math.Round(q.Value))
	y, m, d := v/10000, v/100%100, v%100
	if y != 0 && y != r.year || m == 0 {
		return "", false
	}
	reported := time.Date(r.year, time.Month(r.month), max(r.day, 1), 0, 0, 0, 0, time.UTC)
	dated := time.Date(r.year, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if d == 0 {
		dated = time.Date(r.year, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC) // a month alone: its last day
	}
	back := reported.Sub(dated).Hours() / 24
	if d == 0 && back < 0 && m == r.month {
		back = 0 // the report's own month
	}
	lower := strings.ToLower(other.text)
	for _, w := range daysFromReport {
		if strings.Contains(lower, w.words) && back >= w.from && back <= w.to {
			return w.words, true
		}
	}
	return "", false
}

// yearOfMonthAlone returns the date of other, a month or a day with no
// year, that q, the same month or day with a year, is when that year is
// the report's or the one before: "In November" and 2023年11月 in a report
// of January 2024. The other text may state other years ("by 2025"), so
// the year is not denied, as it is in an undated pair.
func yearOfMonthAlone(q Quantity, other *side) (Quantity, bool) {
	y := int(yearOfDate(q.Value))
	if q.Unit != Date || y == 0 || other.report.year == 0 || y != other.report.year && y != other.report.year-1 {
		return Quantity{}, false
	}
	for _, o := range other.qs {
		if o.Unit == Date && yearOfDate(o.Value) == 0 && sameDate(o.Value, q.Value) {
			return o, true
		}
	}
	return Quantity{}, false
}

// dayFromReport returns the date of other that q, a day of the month
// named by its place from the report's month (本月27日, 下月3号), is: "27
// June 2013" against 本月27日 in a report of 19 June 2013.
func dayFromReport(q Quantity, mine, other *side) (Quantity, bool) {
	r, rs := other.report, []rune(mine.text)
	if q.Unit != Plain || q.Value < 1 || q.Value > 31 || q.Value != math.Trunc(q.Value) || r.month == 0 || !strings.ContainsRune("日号號", at(rs, q.End)) {
		return Quantity{}, false
	}
	before := strings.ToLower(strings.TrimRight(string(rs[:min(q.Start, len(rs))]), " "))
	for _, m := range monthWords[mine.lang] {
		if !strings.HasSuffix(before, m.words) {
			continue
		}
		named := time.Date(r.year, time.Month(r.month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, m.from, 0)
		for _, o := range other.qs {
			v := int(o.Value + 0.5)
			if o.Unit == Date && v%100 == int(q.Value) && v/100%100 == int(named.Month()) && (v/10000 == 0 || v/10000 == named.Year()) {
				return o, true
			}
		}
	}
	return Quantity{}, false
}

// yearsAgo returns the span in years by which other dates q, a year, back
// from the year of its report ("a business started 89 years ago" and 1912
// in a letter of 2001), or the year of other that q, such a span, dates.
func yearsAgo(q Quantity, mine, other *side) (Quantity, bool) {
	r := other.report
	ago := func(span Quantity, text string, year Quantity) bool {
		rs := []rune(text)
		n := int(span.Value)
		return span.Unit == Years && float64(n) == span.Value && n >= 2 && year.Unit == Year &&
			strings.HasPrefix(strings.TrimLeft(string(rs[min(span.End, len(rs)):]), " "), "ago") &&
			(r.year-n == int(year.Value) || r.reviewsLastYear() && r.year-1-n == int(year.Value))
	}
	if r.year == 0 {
		return Quantity{}, false
	}
	for _, o := range other.unmatched {
		if ago(o, other.text, q) || ago(q, mine.text, o) {
			return o, true
		}
	}
	return Quantity{}, false
}

// inTableMillions returns the amount of the other text that q is, one of
// them a million times the other, in one currency, where the smaller is
// written with no scale: a note under a table in millions ("Includes $140
// we received" and 1.4亿美元).
func inTableMillions(q Quantity, text string, other *side) (Quantity, bool) {
	if !isCurrency(q.Unit) {
		return Quantity{}, false
	}
	unscaled := func(a Quantity) bool {
		return a.Value < 1e5 && !strings.ContainsAny(a.Text, "万萬亿億") && !scaleWordIn(a.Text)
	}
	for _, o := range other.unmatched {
		if o.Unit != q.Unit {
			continue
		}
		if sameValue(q.Value*1e6, o.Value) && unscaled(q) || sameValue(o.Value*1e6, q.Value) && unscaled(o) {
			return o, true
		}
	}
	return Quantity{}, false
}

// scaleWordIn reports whether text holds an English scale word or its
// abbreviation after a number (million, bn, $5m).
func scaleWordIn(text string) bool {
	lower := strings.ToLower(text)
	for _, sc := range englishScales {
		if strings.Contains(lower, sc.word) {
			return true
		}
	}
	return strings.HasSuffix(lower, "m") || strings.HasSuffix(lower, "k")
}

// voltsBetween reports whether q, a number with one decimal, is written in
// text with V in place of its point too (3.3 and 3V3, as an electronics
// text names a supply).
func voltsBetween(q Quantity, text string) bool {
	whole, frac, ok := strings.Cut(strconv.FormatFloat(q.Value, 'f', -1, 64), ".")
	if !ok || len(frac) != 1 || q.Unit != Plain {
		return false
	}
	return strings.Contains(text, whole+"V"+frac)
}

// carbonGoals reports whether q is 3060, China's goals of peak emissions
// by 2030 and neutrality by 2060 (「3060」双碳目标), where the other text
// writes both years, or one of those years where the other writes 3060.
func carbonGoals(q Quantity, text, other string) bool {
	switch {
	case q.Lang == article.ZH && q.Text == "3060":
		return strings.Contains(other, "2030") && strings.Contains(other, "2060")
	case q.Lang == article.EN && q.Unit == Year && (q.Value == 2030 || q.Value == 2060):
		return strings.Contains(other, "3060") && strings.Contains(text, "2030") && strings.Contains(text, "2060")
	}
	return false
}

// totalOfParts returns two figures of mine after q that add up to q, a
// whole number of 50 or more, when the other text states both and leaves
// no figure of q's kind unpaired: 所有218例患者…共27例…191例 and
// "Twenty-seven patients … other 191", the total left to the reader. A
// smaller total is too often a changed figure that a sum of two others
// happens to give.
func totalOfParts(q Quantity, mine, other *side) (string, string, bool) {
	if q.Value < 50 || q.Value != math.Trunc(q.Value) || q.Unit != Plain && !isCurrency(q.Unit) ||
		slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return sameKind(o.Unit, q.Unit) }) {
		return "", "", false
	}
	var parts []Quantity // the figures of mine, q's kind and smaller, that the other text states
	for _, p := range mine.qs {
		if p.Start > q.Start && p.Unit == q.Unit && p.Value > 1 && p.Value < q.Value && hasCounterpart(p, other.qs) {
			parts = append(parts, p)
		}
	}
	for i, a := range parts {
		for _, b := range parts[i+1:] {
			if sameValue(a.Value+b.Value, q.Value) {
				return a.Text, b.Text, true
			}
		}
	}
	return "", "", false
}

// partsGapRe is what may stand between the parts of a number said in
// two: "and", a word before it ("thirty thousand asses and five hundred"),
// or nothing ("two thousand an hundred").
var partsGapRe = regexp.MustCompile(`^ (?:[a-z]+ )?(?:and )?$`)

// saidInParts returns the two parts and the whole of a number said in
// two parts, when q is one of the three: in English, the larger part a
// round number and the smaller after it, with "and" or a word between
// them, short of the larger's last place, both without a counterpart,
// and their sum the other text's figure without one. Older
// English gives numbers so: "six hundred thousand and a thousand seven
// hundred and thirty" and 六十萬零一千七百三十, "thirty thousand asses and
// five hundred" and 三萬零五百.
func saidInParts(q Quantity, mine, other *side) (a, b, whole Quantity, ok bool) {
	parts := func(a, b Quantity) bool { // a then b, the parts of one number
		if a.Lang != article.EN || b.Lang != article.EN || a.Unit != b.Unit || a.End > b.Start || b.Value <= 0 {
			return false
		}
		text := mine.text
		if a.Lang != mine.lang {
			text = other.text
		}
		if rs := []rune(text); b.Start > len(rs) || !partsGapRe.MatchString(string(rs[a.End:b.Start])) {
			return false
		}
		place := math.Pow(10, math.Floor(math.Log10(a.Value)))
		return a.Value == math.Trunc(a.Value/place)*place && b.Value < place
	}
	for i, a := range other.unmatched { // q is the whole
		for _, b := range other.unmatched[i+1:] {
			if a.Unit == q.Unit && parts(a, b) && sameValue(a.Value+b.Value, q.Value) {
				return a, b, q, true
			}
		}
	}
	for _, p := range mine.unmatched { // q is a part
		a, b := q, p
		if p.Start < q.Start {
			a, b = p, q
		}
		if a == b || !parts(a, b) {
			continue
		}
		for _, w := range other.unmatched {
			if w.Unit == q.Unit && sameValue(a.Value+b.Value, w.Value) {
				return a, b, w, true
			}
		}
	}
	return Quantity{}, Quantity{}, Quantity{}, false
}

// nameAfter returns the name q begins, English digits, 10 or more, before
// two capitalised words in a sentence that is not in title case (chains
// like 99 Ranch Market): a shop's, a band's, a book's name, not a
// headline's "9-Cent Taxi Rides"; a small count before capitalised words
// is more often a count ("these 5 Olympic Games").
func nameAfter(q Quantity, text string) (string, bool) {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Plain || q.Value < 10 || q.Start < 2 || q.End >= len(rs) || !allDigits([]rune(q.Text)) || rs[q.End] != ' ' {
		return "", false
	}
	if b := rs[q.Start-1]; b != ' ' || !unicode.IsLower(rs[q.Start-2]) {
		return "", false
	}
	capitalised := func(i int) int { // the end of a capitalised word at i, or i
		e := i
		for e < len(rs) && isLatin(rs[e]) && (e == i) == unicode.IsUpper(rs[e]) {
			e++
		}
		if e-i < 3 || slices.Contains(englishMonths, strings.ToLower(string(rs[i:e]))) {
			return i
		}
		return e
	}
	first := capitalised(q.End + 1)
	if first == q.End+1 || at(rs, first) != ' ' {
		return "", false
	}
	second := capitalised(first + 1)
	if second == first+1 {
		return "", false
	}
	return string(rs[q.Start:second]), true
}

// stepNumber reports whether q numbers a step of a procedure: 步骤 1,
// "Step 1", "in step 2".
func stepNumber(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Unit != Plain || q.Start < 0 || q.Start > len(rs) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(string(rs[:q.Start]), " "))
	return strings.HasSuffix(before, "步骤") || strings.HasSuffix(before, "步驟") || strings.HasSuffix(before, "step") && !isLatin(lastRuneOf(strings.TrimSuffix(before, "step")))
}

// stepRe finds the number of a step of a procedure, in either language.
var stepRe = regexp.MustCompile(`(?i)(?:步[骤驟]|\bsteps?)\s*[0-9]|第\s*[0-9一二三四五六七八九十]+\s*步`)

// plusName reports whether q, a small whole number, is one side of a plus
// between digits with no space, as the names of formats of talks and
// groups write it: "the 2+2", 中国—东盟（10+1）. Where the other text
// writes no such name (plusNameRe), it left the name out.
func plusName(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Unit != Plain || q.Value > 30 || q.Start < 0 || q.End > len(rs) {
		return false
	}
	plus := func(r rune) bool { return r == '+' || r == '＋' }
	return plus(at(rs, q.End)) && isDigit(at(rs, q.End+1)) || plus(at(rs, q.Start-1)) && isDigit(at(rs, q.Start-2))
}

// plusNameRe finds a plus between digits with no space: a format's name.
var plusNameRe = regexp.MustCompile(`[0-9][+＋][0-9]`)

// reportYear reports whether q is the year of its dated report, as a year
// or four digits (2026世界人工智能大会), where other states no year or
// date it might have been changed from: a translation may leave the
// year a reader knows unsaid. A year other states more often than mine
// is one it might have been changed from too ("the second half of 2024,
// … Rust 2024" and 2025年下半年 … Rust 2024).
func reportYear(q Quantity, mine, other *side) bool {
	if q.Unit != Year && (q.Unit != Plain || len(q.Text) != 4) || other.report.year == 0 || int(q.Value) != other.report.year || q.Value != math.Trunc(q.Value) {
		return false
	}
	return !calendarIn(other.unmatched) && !moreYears(other.qs, mine.qs)
}

// moreYears reports whether qs states some year more often than mine does.
func moreYears(qs, mine []Quantity) bool {
	count := func(qs []Quantity, y float64) int {
		n := 0
		for _, q := range qs {
			if q.Unit == Year && q.Value == y {
				n++
			}
		}
		return n
	}
	for _, q := range qs {
		if q.Unit == Year && count(qs, q.Value) > count(mine, q.Value) {
			return true
		}
	}
	return false
}

// afterPointStop returns q read without the point before it where the
// point may end a sentence: q is a decimal without its leading zero after
// a Chinese character, in a Chinese text that ends its sentences with
// points as English does (数据.这即是), so 被弥补了.1000 次 may be 1000 as
// well as 0.1 (每周期.5 字节, half a byte). q itself otherwise.
func afterPointStop(q Quantity, text string) Quantity {
	rs := []rune(text)
	if q.Lang != article.ZH || q.Start < 1 || q.Start >= len(rs) || rs[q.Start] != '.' || !isHan(rs[q.Start-1]) || !stopsWithPoint(rs) {
		return q
	}
	digits := strings.TrimPrefix(q.Text, ".")
	k := 0
	for k < len(digits) && isDigit(rune(digits[k])) {
		k++
	}
	v, err := strconv.Atoi(digits[:k])
	if err != nil {
		return q
	}
	q.Value, q.Start = float64(v), q.Start+1
	return q
}

// stopsWithPoint reports whether rs, Chinese, ends a sentence with a point
// as English does: a point between two Chinese characters, or after one at
// the text's end.
func stopsWithPoint(rs []rune) bool {
	for k := 1; k < len(rs); k++ {
		if rs[k] == '.' && isHan(rs[k-1]) && (k+1 == len(rs) || isHan(rs[k+1])) {
			return true
		}
	}
	return false
}

// footnotedYearRe is a year and the number of a footnote after its stop,
// run together as the text of a PDF gives them: 2016.14.
var footnotedYearRe = regexp.MustCompile(`^(?:19|20)[0-9]{2}\.[0-9]{1,3}$`)

// footnotedYear returns the year of q, English digits with a point, when
// they are a year and a footnote's number after the sentence's stop
// ("fell to 0.5% in 2016.14 And" and 2016 年的 0.5%。14): the text goes on
// with a capital letter after a space, or ends.
func footnotedYear(q Quantity, text string) (float64, bool) {
	rs := []rune(text)
	if q.Lang != article.EN || q.Unit != Plain || q.End > len(rs) || !footnotedYearRe.MatchString(q.Text) {
		return 0, false
	}
	if q.End < len(rs) && !(rs[q.End] == ' ' && unicode.IsUpper(at(rs, q.End+1))) {
		return 0, false
	}
	return math.Trunc(q.Value), true
}

// afterStop reports whether q, digits in Chinese text, follows a stop, a
// comma, a closing bracket or a percent sign, where a footnote's mark
// stands (0.5%。14而且, 59%）12，).
func afterStop(q Quantity, text string) bool {
	return stopBefore(q, text) && allDigits([]rune(q.Text)) && len(q.Text) <= 3
}

// stopBefore reports whether q, in Chinese text, follows a stop, a comma,
// a closing bracket or a percent sign.
func stopBefore(q Quantity, text string) bool {
	rs := []rune(text)
	return q.Lang == article.ZH && q.Start > 0 && q.Start <= len(rs) && strings.ContainsRune("。，；）%", rs[q.Start-1])
}

// footnoteRunIn reports whether q, English digits alone, is a year of the
// other language with one more digit, 1 to 9, at its end: the number of a
// footnote a text extracted from a PDF runs into the year it follows ("the
// global financial crisis in 20092" and 2009年). It returns the year.
func footnoteRunIn(q Quantity, other *side) (string, bool) {
	rs := []rune(q.Text)
	if q.Lang != article.EN || q.Unit != Plain || len(rs) != 5 || rs[4] < '1' || rs[4] > '9' || !allDigits(rs) {
		return "", false
	}
	year, _ := strconv.Atoi(string(rs[:4]))
	for _, o := range other.qs {
		if o.Unit == Year && sameValue(o.Value, float64(year)) || o.Unit == Date && yearOfDate(o.Value) == int64(year) {
			return o.Text, true // 20092 and 2009年, "October 20181" and 2018年10月
		}
	}
	return "", false
}

// nineEleven reports whether q, in text, names the day of the attacks of
// 11 September 2001: the date (September 11, 2001, September 2001, 2001年9
// 月11日), 9.11 or 911 as Chinese writes the name, or a part of 9/11.
func nineEleven(q Quantity, text string) bool {
	v := int64(math.Round(q.Value))
	if q.Unit == Date {
		year, month, day := v/10000, v/100%100, v%100
		return month == 9 && (day == 11 || day == 0 && year == 2001) && (year == 2001 || year == 0)
	}
	rs := []rune(text)
	switch {
	case q.Text == "9.11" || q.Text == "911" || q.Text == "9·11" || q.Text == "9•11" || q.Text == "9・11":
		return true
	case q.Text == "9" && q.End+2 < len(rs) && string(rs[q.End:q.End+3]) == "/11":
		return true
	case q.Text == "11" && q.Start >= 2 && string(rs[q.Start-2:q.Start]) == "9/":
		return true
	}
	return false
}

// namesNineEleven reports whether text, whose figures are qs, names the
// day of the attacks of 11 September 2001 in any of its forms.
func namesNineEleven(text string, qs []Quantity) bool {
	if containsAny(text, "9·11", "9•11", "9・11", "9/11", "九一一", "September 11", "11 September") || hasRun(text, "911") {
		return true
	}
	if i := strings.Index(text, "9.11"); i >= 0 && (i == 0 || !isDigit(rune(text[i-1]))) && (i+4 == len(text) || !isDigit(rune(text[i+4]))) {
		return true // “9.11”, not 19.11 or 9.115
	}
	return slices.ContainsFunc(qs, func(o Quantity) bool { return o.Unit == Date && nineEleven(o, text) })
}

// clippedYearOf returns the figure of the other side that is q, or that
// q is, as a year and its last two digits after an apostrophe: "the Dogme
// '95 manifesto" and 1995年, which Extract reads as 95 before a word in
// lower case.
func clippedYearOf(q Quantity, mine, other *side) (Quantity, bool) {
	clipped := func(c Quantity, text string) bool {
		rs := []rune(text)
		return c.Lang == article.EN && c.Unit == Plain && c.End-c.Start == 2 && c.Start >= 1 &&
			(rs[c.Start-1] == '\'' || rs[c.Start-1] == '’') && !isLatin(at(rs, c.Start-2))
	}
	for _, o := range other.qs {
		switch {
		case clipped(q, mine.text) && o.Unit == Year && int(o.Value)%100 == int(q.Value),
			clipped(o, other.text) && q.Unit == Year && int(q.Value)%100 == int(o.Value):
			return o, true
		}
	}
	return Quantity{}, false
}

// anniversary reports whether q, a Chinese number of years before 周年,
// is an anniversary the other text, English, counts with an ordinal
// (六十五周年 and "the sixty-fifth anniversary", "65th anniversary"),
// which Extract does not read. It returns the ordinal.
func anniversary(q Quantity, other string) (string, bool) {
	if q.Lang != article.ZH || !strings.HasSuffix(q.Text, "周年") && !strings.HasSuffix(q.Text, "週年") || q.Value != math.Trunc(q.Value) || q.Value < 1 || q.Value > 999 {
		return "", false
	}
	v := int(q.Value)
	lower := strings.ToLower(other)
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		if w := strconv.Itoa(v) + suffix; hasWordFold(lower, w) || strings.Contains(lower, w+" ") || strings.Contains(lower, w+"-") {
			return w, true
		}
	}
	for w, n := range ordinalWords {
		if int(n) == v && hasWordFold(lower, w) {
			return w, true
		}
	}
	if v > 20 && v < 100 && v%10 != 0 {
		for tens, t := range wordNumbers {
			for unit, u := range ordinalWords {
				if int(t) == v/10*10 && int(u) == v%10 && strings.Contains(lower, tens+"-"+unit) {
					return tens + "-" + unit, true
				}
			}
		}
	}
	return "", false
}

// dayRunTogether reports whether q, a month and a day parted by a point
// (6.18, 11.11) that dayName does not read as a name, names a day that the
// other text writes with the digits run together (618促销 and "its annual
// 6.18 sales event").
func dayRunTogether(q Quantity, other string) bool {
	month, day, ok := strings.Cut(q.Text, ".")
	if q.Unit != Plain || !ok || len(day) != 2 || len(month) > 2 {
		return false
	}
	m, err1 := strconv.Atoi(month)
	d, err2 := strconv.Atoi(day)
	return err1 == nil && err2 == nil && m >= 1 && m <= 12 && d >= 1 && d <= 31 && hasRun(other, month+day)
}

// modelAfter and modelBefore are the words after and before a product's
// model number: 737 Max, iPhone 11 Pro, 波音737, Model 3.
var (
	modelAfter  = []string{"Max", "MAX", "Pro", "Plus", "Ultra", "Mini", "mini"}
	modelBefore = []string{"波音", "空客", "Boeing", "Airbus", "iPhone", "Model"}
)

// modelNumber reports whether q, digits, is a product's model number (他承认
// 737 Max … and "the plane"), when the other text names no model by its
// number and has no figure left without a counterpart, so that it names
// the product another way: a changed model number stays reported.
func modelNumber(q Quantity, mine, other *side) bool {
	if !allDigits([]rune(q.Text)) && dottedRe.MatchString(other.text) {
		return false // a version the other language writes too, or a law's number (Law 26.658 and 第26.659号法)
	}
	return len(other.unmatched) == 0 && modelAround(q, mine.text) &&
		!slices.ContainsFunc(other.qs, func(o Quantity) bool { return modelAround(o, other.text) })
}

// latinNamed returns the name that q, digits in Chinese text, numbers,
// when the other text has no figure left without a counterpart: a title
// in 《》 that q ends, when the other text writes no digit (《惊奇队长2》
// and "The Marvels"; not 《杀破狼2》 and "Kill the Wolf 2"), or a word in Latin
// letters that the other text does not write (停售Note 7 and "pulled the
// plug on a model", Studio 54夜总会 and "the opening night"). The word is
// capitalised and in lower case after its first letter, and no word of
// time or of a law (Top 10, Law 5); where the other text writes the word,
// its number is compared.
func latinNamed(q Quantity, mine, other *side) (string, bool) {
	rs := []rune(mine.text)
	if q.Lang != article.ZH || q.Unit != Plain || !allDigits([]rune(q.Text)) || q.Start > len(rs) || len(other.unmatched) > 0 {
		return "", false
	}
	if at(rs, q.End) == '》' && q.Start > 0 && isHan(rs[q.Start-1]) && len(q.Text) <= 2 && !strings.ContainsAny(other.text, "0123456789") {
		open := q.Start - 1
		for open > 0 && rs[open] != '《' && rs[open] != '》' {
			open--
		}
		if rs[open] == '《' {
			return string(rs[open : q.End+1]), true // 《惊奇队长2》 and "The Marvels": a sequel's number
		}
	}
	k := q.Start
	if k > 0 && rs[k-1] == ' ' {
		k--
	}
	b := k
	for b > 0 && isLatin(rs[b-1]) {
		b--
	}
	word := string(rs[b:k])
	if k-b < 2 || !unicode.IsUpper(rs[b]) || strings.ToLower(word[1:]) != word[1:] || b > 0 && (isDigit(rs[b-1]) || rs[b-1] == '-') {
		return "", false
	}
	lower := strings.ToLower(word)
	return word, !timeWord(lower) && !slices.Contains(lawWords, lower) && !strings.Contains(strings.ToLower(other.text), lower)
}

// modelAround reports whether q, digits in text, has a word of a model
// name after or before it, or follows a product's name as its version.
func modelAround(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Unit != Plain || q.End > len(rs) {
		return false
	}
	after := strings.TrimLeft(string(rs[q.End:]), " ")
	before := strings.TrimRight(string(rs[:q.Start]), " ")
	if !allDigits([]rune(q.Text)) {
		return productVersion(q, before)
	}
	for _, w := range modelAfter {
		if strings.HasPrefix(after, w) && !isLatin(firstRune(after[len(w):])) {
			return true
		}
	}
	for _, w := range modelBefore {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// productVersion reports whether q, a plain number, follows a product's
// name as its version (before is the text before it): one or two digits,
// a point and one or two more after a capitalised word (TiDB 2.1, Python
// 3.11, Kubernetes 1.25), not one that opens a sentence ("About 3.5
// million").
func productVersion(q Quantity, before string) bool {
	rs := []rune(before)
	k := len(rs)
	for k > 0 && isLatin(rs[k-1]) {
		k--
	}
	word := rs[k:]
	if len(word) < 2 || !unicode.IsUpper(word[0]) || k > 0 && rs[k-1] != ' ' || slices.Contains(lawWords, strings.ToLower(string(word))) {
		return false // Law 26.743: a law's number
	}
	j := k - 1
	j = spacesBack(rs, j)
	if j < 0 || strings.ContainsRune(".!?:;。！？：；\"“(", rs[j]) {
		return false // a sentence's first word: "About 3.5 million"
	}
	whole, part, ok := strings.Cut(q.Text, ".")
	return ok && len(whole) >= 1 && len(whole) <= 2 && len(part) >= 1 && len(part) <= 2 && allDigits([]rune(whole+part))
}

// fiscalYearOfQuarter reports whether q, a Chinese year, is the fiscal
// year of a quarter (2017财年二季度) when the other text names a quarter
// and states no year: "its third quarter" says which one without it.
func fiscalYearOfQuarter(q Quantity, mine, other *side) bool {
	rs := []rune(mine.text)
	if q.Lang != article.ZH || q.Unit != Year || q.End > len(rs) || calendarIn(other.qs) || len(quartersIn(other.text, other.lang)) == 0 {
		return false
	}
	after := strings.TrimLeft(string(rs[q.End:]), " ")
	for _, w := range []string{"财年", "財年", "财政年度", "財政年度", "会计年度", "會計年度"} {
		if rest, ok := strings.CutPrefix(after, w); ok {
			return len(quartersIn(string([]rune(rest)[:min(5, len([]rune(rest)))]), article.ZH)) > 0
		}
	}
	return false
}

// lawWords name a law or a document by its number, no product.
var lawWords = []string{"law", "act", "decree", "order", "resolution", "regulation", "ordinance", "bill", "circular", "notice", "code", "decision", "no"}

// dottedRe finds a number written with a point.
var dottedRe = regexp.MustCompile(`[0-9]\.[0-9]`)

// foundings are the events Chinese counts anniversaries from by name,
// with their years: 中国共产党成立100年 is 2021, 新中国成立70周年 2019,
// 改革开放40周年 2018, 建党百年 2021.
var foundings = []struct {
	name string
	year int
}{
	{"中国共产党成立", 1921}, {"中國共產黨成立", 1921}, {"建党", 1921}, {"建黨", 1921},
	{"新中国成立", 1949}, {"新中國成立", 1949}, {"中华人民共和国成立", 1949}, {"中華人民共和國成立", 1949},
	{"改革开放", 1978}, {"改革開放", 1978}, {"人民解放军建军", 1927}, {"人民解放軍建軍", 1927},
	{"香港回归", 1997}, {"香港回歸", 1997}, {"澳门回归", 1999}, {"澳門回歸", 1999},
	{"辛亥革命", 1911}, {"五四运动", 1919}, {"五四運動", 1919}, {"中美建交", 1979},
	{"抗日战争胜利", 1945}, {"抗日戰爭勝利", 1945}, {"抗战胜利", 1945}, {"抗戰勝利", 1945},
	{"联合国成立", 1945}, {"聯合國成立", 1945},
}

// foundingYear reports whether q, a year, is the year the other text,
// Chinese, names by its distance from an event it names right before the
// number of years: "by 2021, when the CPC celebrates its centenary" and
// 到中国共产党成立100年时. A year that is not that sum stays reported.
func foundingYear(q Quantity, other *side) (string, bool) {
	if q.Unit != Year || other.lang != article.ZH || q.Value != math.Trunc(q.Value) {
		return "", false
	}
	for _, f := range foundings {
		for rest := other.text; ; {
			i := strings.Index(rest, f.name)
			if i < 0 {
				break
			}
			rest = rest[i+len(f.name):]
			after := strings.TrimLeft(rest, " ")
			years, said := 0, ""
			for _, w := range []string{"百年", "百周年", "百週年"} {
				if strings.HasPrefix(after, w) {
					years, said = 100, w
				}
			}
			at := len([]rune(other.text)) - len([]rune(after))
			for _, o := range other.qs {
				if o.Start == at && o.Unit == Years && o.Value == math.Trunc(o.Value) {
					years, said = int(o.Value), o.Text
				}
			}
			if years > 0 && f.year+years == int(q.Value) {
				return f.name + said, true
			}
		}
	}
	return "", false
}

// oneBeforeUnit reports whether text, Chinese, writes a lone 一 before a
// currency or a measure word (一美元, 一名): one, which Extract leaves out.
func oneBeforeUnit(text string) bool {
	rs := []rune(text)
	for i, r := range rs {
		if r != '一' || i > 0 && (isHanNumeral(rs[i-1]) || rs[i-1] == '第') {
			continue
		}
		if strings.ContainsRune(measures, at(rs, i+1)) {
			return true
		}
		for _, c := range currencies {
			if !c.word && strings.HasPrefix(string(rs[i+1:]), c.text) {
				return true
			}
		}
	}
	return false
}

// singleBeforeUnit reports whether text, Chinese, writes 单 (single)
// before a measure word or 人, 核, 日 (单人开局, 单核, 单次): one. Not 单位
// (a unit), nor 单 ending a word (菜单, 订单, 简单, 不单).
func singleBeforeUnit(text string) bool {
	rs := []rune(text)
	for i, r := range rs {
		if r != '单' && r != '單' || i > 0 && strings.ContainsRune(wordsEndingInSingle, rs[i-1]) {
			continue
		}
		if next := at(rs, i+1); next != '位' && next != '大' && strings.ContainsRune(measures+"人核日月年", next) {
			return true
		}
	}
	return false
}

// wordsEndingInSingle are the characters before 单 in the words it ends
// (菜单, 订单, 名单, 简单, 下单, 不单).
const wordsEndingInSingle = "菜订訂名清账帳帐传傳表简簡孤落被床歌书書提运運货貨报報买買保罚罰下接抢搶晒曬埋点點开開签簽打成派跑刷不非"

// rateAfter returns the figure after q and 比 in the side's text (the
// 1.2761 of 1比1.2761), or a zero Quantity. After a Chinese 1 it is a
// rate (欧元对美元比价升到1比1.2761 and "the euro has risen to 1.2761"):
// the rate is checked, and the 1 is no figure of its own.
func rateAfter(q Quantity, mine *side) Quantity {
	rs := []rune(mine.text)
	k := q.End
	k = spacesOn(rs, k)
	if k >= len(rs) || rs[k] != '比' {
		return Quantity{}
	}
	for k++; k < len(rs) && rs[k] == ' '; k++ {
	}
	for _, o := range mine.qs {
		if o.Start == k {
			return o
		}
	}
	return Quantity{}
}

// ratioOfOne reports whether the number at rune i of text ends a ratio
// with 比 after a number: the 1 of 2 比 1.
func ratioOfOne(text string, i int) bool {
	rs := []rune(text)
	k := min(i, len(rs)) - 1
	k = spacesBack(rs, k)
	if k < 1 || rs[k] != '比' {
		return false
	}
	for k--; k >= 0 && rs[k] == ' '; k-- {
	}
	return k >= 0 && (isDigit(rs[k]) || isHanNumeral(rs[k]))
}

// rangeRunTogether reports whether q is an end of a range that one text
// writes with a mark between its ends and the other runs together, as a
// text extracted from a PDF loses the dash (2011-2012年 and "reported
// for20112012b", 15至64岁 and "women aged 1564"); q may be either end or
// the run. It returns the range as the other text writes it, and whether
// the other text writes it apart (q is the run). Four digits
// at least: "2至3天" against "23 days" may be a changed figure. A text
// that writes the run too states it itself, and the run stands for no
// range there.
func rangeRunTogether(q Quantity, mine, other string) (r string, apart, ok bool) {
	type written struct {
		run, text  string // the ends' digits run together, and the range as written
		start, end int
	}
	ranges := func(text string) []written { // parted by a mark of decadeRange, which parts any range
		rs := []rune(text)
		var out []written
		for i := 0; i < len(rs); i++ {
			if !isDigit(rs[i]) || i > 0 && isDigit(rs[i-1]) {
				continue
			}
			a := i
			for a < len(rs) && isDigit(rs[a]) {
				a++
			}
			m := a
			if m < len(rs) && rs[m] == '年' && strings.ContainsRune(decadeRange, at(rs, m+1)) {
				m++ // 2011年至2012年
			}
			if m >= len(rs) || !strings.ContainsRune(decadeRange, rs[m]) || !isDigit(at(rs, m+1)) {
				continue
			}
			b := m + 1
			for b < len(rs) && isDigit(rs[b]) {
				b++
			}
			if run := string(rs[i:a]) + string(rs[m+1:b]); len(run) >= 4 {
				out = append(out, written{run, string(rs[i:b]), i, b})
			}
		}
		return out
	}
	digits := digitsOf([]Quantity{q})
	if digits == "" {
		return "", false, false
	}
	for _, r := range ranges(mine) {
		if q.Start >= r.start && q.Start < r.end && hasRun(other, r.run) && !hasRun(mine, r.run) {
			return r.run, false, true
		}
	}
	for _, r := range ranges(other) {
		if digits == r.run && !hasRun(other, r.run) {
			return r.text, true, true
		}
	}
	return "", false, false
}

// hasRun reports whether text writes the digits run as a whole, with no
// digit beside them.
func hasRun(text, run string) bool {
	rs := []rune(text)
	for i := 0; i < len(rs); i++ {
		e := i
		for e < len(rs) && isDigit(rs[e]) {
			e++
		}
		if e > i && digitsOf([]Quantity{{Text: string(rs[i:e])}}) == run {
			return true
		}
		i = e
	}
	return false
}

// footnoteMark reports whether q, one digit of Chinese text, marks a
// footnote as a text extracted from a PDF writes it: run into the word
// before it or into a bracket (策略夥伴3 合力, 第2A類機構9 的, 方面2，) and
// followed by a space
// or a stop, not by a measure word or a unit (有3 家), nor after a verb
// or a word that takes a number (为5，, 约5，).
//
// Where the other text marks its footnotes so too (marksAcross: "growth
// in China.82 A"), the mark may have up to three digits and may follow a
// stop and run into the next word: 重要引擎。81区域, 标准123。.
func footnoteMark(q Quantity, text string, marksAcross bool) bool {
	rs := []rune(text)
	digits := 1
	if marksAcross {
		digits = 3
	}
	if q.Lang != article.ZH || q.Unit != Plain || q.End-q.Start > digits || q.Start < 1 || q.End > len(rs) || !allDigits(rs[q.Start:q.End]) || rs[q.Start] == '0' {
		return false
	}
	before := rs[q.Start-1]
	afterStop := marksAcross && strings.ContainsRune("。；", before) && q.Start > 1 && (isHan(rs[q.Start-2]) || strings.ContainsRune("）)”", rs[q.Start-2]))
	if !afterStop && (!isHan(before) && !strings.ContainsRune("）)", before) || isHanNumeral(before) || strings.ContainsRune("为為是约約达達至到有共计計及和与與或等占佔第增减減降升涨漲跌了仅僅近逾超于於过過比剩余餘", before)) {
		return false
	}
	if q.End == len(rs) {
		return true
	}
	next := rs[q.End]
	if next == ' ' {
		k := q.End
		k = spacesOn(rs, k)
		return k < len(rs) && isHan(rs[k]) && !strings.ContainsRune(measures, rs[k])
	}
	if afterStop {
		return isHan(next) && !isHanNumeral(next) && !strings.ContainsRune(measures+"余餘多几幾来來", next) // 。81区域 and not 。5家企业
	}
	return strings.ContainsRune("，。；", next)
}

// markSpacedAfterStop reports whether q, one or two digits of Chinese
// text, marks a footnote after a stop or a comma, spaced from the word
// after it (所喜愛。6 它們, 的記載，4 羅岸先): a sentence opening with a
// count runs it into its measure word or unit (。5人, 。3 月 spaced is a
// month), so a word of neither after the space is the next sentence.
// The caller asks too that the other text leave no plain number unpaired
// (1 处 against "position 2" is a changed figure).
func markSpacedAfterStop(q Quantity, rs []rune) bool {
	if q.Lang != article.ZH || q.Unit != Plain || q.Start < 2 || q.End > len(rs) || q.End-q.Start > 2 || !allDigits(rs[q.Start:q.End]) || rs[q.Start] == '0' ||
		!strings.ContainsRune("。；，", rs[q.Start-1]) || isDigit(rs[q.Start-2]) || at(rs, q.End) != ' ' {
		return false
	}
	k := spacesOn(rs, q.End)
	return k < len(rs) && isHan(rs[k]) && !isHanNumeral(rs[k]) && !strings.ContainsRune(measures+"人处處站间間户戶年月日天号號元万萬亿億千百岁歲周週时時分秒倍余餘多几幾来來", rs[k])
}

// centsAsFen returns how the other text writes the price q states in
// cents, where Chinese gives the cents as 分 after the bare number: 35分
// and "35 cents", either way round.
func centsAsFen(q Quantity, text, otherText string) (string, bool) {
	rs := []rune(text)
	if q.End > len(rs) {
		return "", false
	}
	if q.Lang == article.ZH && q.Unit == Plain && allDigits(rs[q.Start:q.End]) && at(rs, q.End) == '分' && !strings.ContainsRune("钟鐘之", at(rs, q.End+1)) {
		w := q.Text + " cents"
		return w, strings.Contains(otherText, w)
	}
	if q.Lang == article.EN && strings.HasSuffix(q.Text, " cents") {
		w := strings.TrimSuffix(q.Text, " cents") + "分"
		return w, strings.Contains(otherText, w)
	}
	return "", false
}

// prefixedYearsRe finds a year after the capitals that name its kind
// (MY2023, FY2024) in a text.
var prefixedYearsRe = regexp.MustCompile(`[A-Z]{1,3}((?:19|20)[0-9]{2})`)

// prefixedYear returns the year after capitals of otherText that is the
// year q (MY2023 for 2023): an identifier there, which the check does not
// compare as a figure.
func prefixedYear(q Quantity, otherText string) (string, bool) {
	if q.Unit != Year {
		return "", false
	}
	for _, m := range prefixedYearsRe.FindAllStringSubmatchIndex(otherText, -1) {
		before, _ := utf8.DecodeLastRuneInString(otherText[:m[0]])
		after, _ := utf8.DecodeRuneInString(otherText[m[1]:])
		if y, _ := strconv.Atoi(otherText[m[2]:m[3]]); float64(y) == q.Value && !isLatin(before) && !isDigit(after) {
			return otherText[m[0]:m[1]], true
		}
	}
	return "", false
}

// occasionWords are English words for once, twice and thrice.
var occasionWords = map[float64]*regexp.Regexp{
	1: regexp.MustCompile(`(?i)\bonce\b`), 2: regexp.MustCompile(`(?i)\btwice\b`), 3: regexp.MustCompile(`(?i)\bthrice\b`),
}

// occasions returns how the other text counts the occasions q counts: a
// Chinese count of 次 said in an English word (1-2 次 and "once to
// twice"), or an English "3-times" before a noun that the Chinese says
// with 度, 次 or 届 (a 3-times winner and 三度称霸).
func occasions(q Quantity, text, otherText string) (string, bool) {
	rs := []rune(text)
	if q.Value != math.Trunc(q.Value) || q.Value < 1 || q.Value > 9 || q.End > len(rs) {
		return "", false
	}
	if q.Lang == article.ZH && q.Unit == Plain {
		rest := string(rs[q.End:min(len(rs), q.End+5)])
		if i := strings.IndexRune(rest, '次'); i >= 0 && !strings.ContainsFunc(rest[:i], isHan) {
			if re, ok := occasionWords[q.Value]; ok {
				w := re.FindString(otherText)
				return w, w != ""
			}
		}
		return "", false
	}
	if q.Lang != article.EN || q.Unit != Multiple || !strings.HasSuffix(q.Text, "-times") && !strings.HasSuffix(q.Text, "-time") {
		return "", false
	}
	for _, r := range otherText {
		if hanDigits[r] == int(q.Value) && hanDigits[r] > 0 || r-'0' == rune(q.Value) {
			for _, w := range []string{"度", "次", "届", "屆", "回"} {
				if strings.Contains(otherText, string(r)+w) {
					return string(r) + w, true
				}
			}
		}
	}
	return "", false
}

// schoolYearEnd returns the school or fiscal year that q, two digits
// after a year and a slash, ends: 2024/25 is the year from 2024 to 2025,
// as Hong Kong writes its school years (二○二四／二五學年).
func schoolYearEnd(q Quantity, text string) (string, bool) {
	rs := []rune(text)
	if q.Unit != Plain || q.End-q.Start != 2 || q.Start < 5 || q.End > len(rs) || !strings.ContainsRune("/／", rs[q.Start-1]) || !allDigits(rs[q.Start-5:q.Start-1]) {
		return "", false
	}
	y, _ := strconv.Atoi(string(rs[q.Start-5 : q.Start-1]))
	if q.Start > 5 && isDigit(rs[q.Start-6]) || y < 1900 || y > 2099 || (y+1)%100 != int(q.Value) {
		return "", false
	}
	return string(rs[q.Start-5 : q.End]), true
}

// typeNameRe finds a type's number in English: "type 2", or one after a
// hyphen ending a name (SARS-CoV-2).
var typeNameRe = regexp.MustCompile(`(?i)\btype ?([0-9]+)\b|\b[A-Za-z][A-Za-z0-9-]*[A-Za-z]-([0-9]+)\b`)

// typeNumbered returns the name of the other text that numbers the type
// q, digits before 型, numbers: 冠状病毒2型 and SARS-CoV-2, 2型糖尿病 and
// "type 2 diabetes".
func typeNumbered(q Quantity, text, otherText string) (string, bool) {
	rs := []rune(text)
	if q.Lang != article.ZH || q.Unit != Plain || q.End >= len(rs) || rs[q.End] != '型' || !allDigits(rs[q.Start:q.End]) {
		return "", false
	}
	for _, m := range typeNameRe.FindAllStringSubmatch(otherText, -1) {
		if m[1] == q.Text || m[2] == q.Text {
			return m[0], true
		}
	}
	return "", false
}

// marksFootnotes reports whether the English side s marks a footnote by a
// number run into a stop after a word ("growth in China.82 A").
func (s *side) marksFootnotes() bool {
	return s.lang == article.EN && slices.ContainsFunc(s.qs, func(q Quantity) bool { return runInMark(q, s.text) })
}

// runInMark reports whether q is a footnote's mark run into the stop,
// comma or semicolon after an English word ("growth in China.82 A"): a
// label, never a figure, even where the other language marks the note
// too, as the two editions of a report number their notes apart. A
// footnote's number in square brackets is a citation, which the check
// compares where both languages cite.
func runInMark(q Quantity, text string) bool {
	rs := []rune(text)
	return q.Lang == article.EN && q.Start >= 2 && q.End <= len(rs) && strings.ContainsRune(".,;", rs[q.Start-1]) && isLatin(rs[q.Start-2]) && footnoteAfterStop(q, text)
}

// monthAndYearApart reports whether q, a month of a year with no day
// (2022年5月), is one the other language writes with the year apart from
// the month, as a range of months gives the year once ("between May and
// November 2022", 2022年5月至11月 and "from May to November 2022"): the
// other text names the month outside any figure it states, and writes the
// year. So is a month alone the other text names where it reads no figure
// (5月 and "in April, May and August", May being also a verb). It returns
// the month as the other text writes it.
func monthAndYearApart(q Quantity, other *side) (string, bool) {
	v := int64(math.Round(q.Value))
	year, month := v/10000, v/100%100
	if q.Unit != Date || month == 0 || v%100 != 0 || year != 0 && !strings.Contains(other.text, strconv.FormatInt(year, 10)) {
		return "", false
	}
	names := []string{strconv.FormatInt(month, 10) + "月"}
	if other.lang == article.EN {
		names = nil
		for _, m := range []map[string]int{fullMonths, shortMonths} {
			for w, n := range m {
				if int64(n) == month {
					names = append(names, strings.ToUpper(w[:1])+w[1:]) // November, Nov: "late Nov or early Dec 2019"
				}
			}
		}
	}
	rs := []rune(other.text)
	for _, name := range names {
		for k := 0; k+len([]rune(name)) <= len(rs); k++ {
			end := k + len([]rune(name))
			if string(rs[k:end]) != name || other.lang == article.EN && (k > 0 && isLatin(rs[k-1]) || end < len(rs) && isLatin(rs[end])) ||
				other.lang == article.ZH && k > 0 && isDigit(rs[k-1]) {
				continue
			}
			if !slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Start < end && k < o.End }) {
				return name, true
			}
		}
	}
	return "", false
}

// bareScales are the Chinese scale characters that say "one" of their
// scale without a numeral (突破万亿规模: over a trillion).
var bareScales = map[float64][]string{
	1e4: {"万", "萬"}, 1e6: {"百万", "百萬"}, 1e7: {"千万", "千萬"}, 1e8: {"亿", "億"}, 1e9: {"十亿", "十億"},
	1e10: {"百亿", "百億"}, 1e11: {"千亿", "千億"}, 1e12: {"万亿", "萬億", "兆"},
}

// wordForIt reports whether the other language says q in words the check
// does not read as a figure, and how, for a figure it would otherwise
// report:
//   - a year where the other says 今年 or "last year" (no year written
//     there);
//   - one of a scale, where the Chinese writes the scale alone (万亿 and
//     "RMB1 trillion");
//   - a fraction written with a slash (2/3) and in words (two-thirds),
//     either side, and the numbers of the slash;
//   - a Chinese multiple of two or three and twice, double, triple;
//   - March or May alone, which may be a verb (March towards);
//   - 半年 and half a year;
//   - a year in a name, 24 hours and round the clock, N-a-side, a round
//     number said with "a" against a Chinese idiom, a time in words, "a
//     handful" for three to six, a quarter or a trimester for three
//     months.
func wordForIt(q Quantity, mine, other *side) (Reason, bool) {
	if w, ok := doubling(q, other.text); ok {
		return because("a rise of %s is a doubling, which the %s text says as %s", q.Text, string(other.lang), w), true // "up by 100 per cent" and 翻倍
	}
	if w, ok := figureWord(q, other.text); ok {
		return because("the %s text says %s", string(other.lang), w), true // 身家十亿美元以上的富豪 and "billionaires", 10英镑 and "a tenner"
	}
	if d, ok := unitDefined(q, mine.text); ok && !strings.ContainsAny(other.text, "=≈") {
		return because("%s is part of %s, a note that defines a unit, which the %s text does not need", q.Text, d, string(other.lang)), true // (1 "jin" = 500 grams)
	}
	if r, ok := arithmeticResult(q, mine.text); ok && !writesSum(other.text) && (hasValue(other.qs, r) || mentionedValue(r, other)) {
		return because("%s is a step of a sum whose result, %s, the %s text gives", q.Text, formatValue(r, Plain), string(other.lang)), true // $2.5\times 3=7.5$毫秒 and "7.5 ms"
	}
	if bestQuote(q, mine.text) {
		return because("%s of 买1价 or 卖1价 is the order book's first level: the best bid or ask", q.Text), true // 買1價的數量 and "Best ask size"
	}
	if percentileBilling(q, mine.text) {
		return because("%s names billing by the 95th percentile, no figure", q.Text), true // 月95峰值带宽, 按95计费
	}
	if l, ok := partLettered(q, mine.text, other.text); ok {
		return because("%s numbers a part, which the %s text letters %s", q.Text, string(other.lang), l), true // 收拾拼图 1 and "Tidying Up A"
	}
	if w, ok := zeroCompared(q, mine.text, other.text); ok {
		return because("%s is the sign of a balance, which the %s text says as %s", q.Text, string(other.lang), w), true // 余额小于0 and "the balance becomes negative"
	}
	if noReasonReturn(q, mine.text, other.qs) {
		return because("%s names a policy of returns or refunds without a reason asked, which the %s text may name without its days", q.Text, string(other.lang)), true // 5天无理由退款 and "the refund"
	}
	if oneForOne(q, mine.text, other.text) {
		return because("1:1 says one for one, which the %s text says without a ratio", string(other.lang)), true // 按1:1抵扣 and "deducts at the same rate"
	}
	if sectionSeen(q, mine.text, other.text) {
		return because("%s numbers the section a cross-reference points to, which the %s text may name by its title alone", q.Text, string(other.lang)), true // "see 6 CRC Algorithm" and 详见 CRC算法说明
	}
	if midnightOfDate(q, mine, other) {
		return because("%s is midnight, the start of a day the %s text gives by its date", q.Text, string(other.lang)), true // 2000年1月1日00:00 and 1/1/2000
	}
	if n, ok := modelSized(q, other.text); ok {
		return because("%s is the size of %s, the model the %s text names", q.Text, n, string(other.lang)), true // OPT-13b and "a 13 billion parameter model"
	}
	if n, ok := systemNamed(q, mine.text, other); ok {
		return because("%s names a traditional system, which the %s text may name without its number", n, string(other.lang)), true // 日本二十八宿 and "Japanese Moon Stations"
	}
	if w, ok := bitEnd(q, mine.text, other); ok {
		return because("bit %s is the end of a byte the %s text names %s", q.Text, string(other.lang), w), true // "bit 8 of the second byte" and 第二个字节的最高位
	}
	if indexBase(q, mine.text) {
		return because("%s names where positions are counted from, no figure", q.Text), true // "index 2 (0-indexed)"
	}
	if itemBeforeEllipsis(q, mine.text, other.text) {
		return because("%s is an item written out before an ellipsis, which the %s text may leave to it", q.Text, string(other.lang)), true // {1, 2, \cdots, n} and {1, \dots, n}
	}
	if allRound(q, mine.text) {
		return because("%s degrees says all round, no angle", q.Text), true // "a 360-degree tour" and 全方位游览
	}
	if reignDated(q, mine.text, other.qs) {
		return because("%s dates a dynasty or a reign, which the %s text may name without its years", q.Text, string(other.lang)), true // "the Qin dynasty (221–206 BCE)" and 秦朝
	}
	if p, ok := sumOf(q, other.text); ok {
		return because("%s is the sum the %s text writes: %s", q.Text, string(other.lang), p), true // "16 (3 + 12 + 1)" and 3+12+1个采样
	}
	if p, ok := productOf(q, other.text); ok {
		return because("%s is the product the %s text writes: %s", q.Text, string(other.lang), p), true // 3×250次API调用 and "750 calls"
	}
	if inCitation(q, mine.text) && citationsLeftOut(mine.text, other.text) {
		return because("%s is a citation's number, which the %s text leaves out", q.Text, string(other.lang)), true // [22, 21]
	}
	if pageCited(q, mine.text) && mayCiteBracketedPage(other.text) && pageCiteRe.MatchString(other.text) || pageReference(q, mine.text) && !mentionsPage(other.text) {
		return because("%s is a page of a document cited, which each language's edition numbers its own way", q.Text), true // (第26页) and "(p. 28)"; "See Sec. D.2 (p. 393)" and 请参阅附录 D.2
	}
	if o, ok := wanTyped(q, other); ok {
		return because("%s and %s: one figure, w typed for 万", q.Text, o.Text), true // 22.8w and "228k"
	}
	if w, ok := zerosOrOnes(q, other.text); ok {
		return because("the %s text writes %s without a numeral", string(other.lang), w), true // 全0、全1 and "zeros, ones"
	}
	if w, ok := timesWords[q.Value]; ok && q.Lang == article.EN && q.Unit == Multiple && strings.Contains(other.text, w) {
		return because("the %s text writes %s without a numeral", string(other.lang), w), true // 1 times earnings: 一倍市盈率; "sped up by nearly 2x": 加快了将近两倍
	}
	if w, ok := teens(q, other); ok {
		return because("the %s text writes %s without a numeral", string(other.lang), w), true // 约15% and "mid-teen returns"
	}
	if o, ok := partOfPercent(q, mine, other); ok {
		return because("%s and %s: one share, a fraction of a percent in one language", q.Text, o.Text), true // 0.1% and "1/10 of 1%"
	}
	if o, ok := multipleAsPercent(q, other); ok {
		return because("%s and %s: one ratio, as a multiple and as a percentage", q.Text, o.Text), true // 0.6倍的市净率 and "60% of book value"
	}
	if o, ok := timesSmaller(q, mine, other); ok {
		return because("%s and %s: one ratio, as a fraction and as a number of times smaller", q.Text, o.Text), true // 七千分之一 and "7,000 times lighter"
	}
	if q.Lang == article.EN && q.Unit == Plain && q.Value == 0 {
		for _, w := range []string{"一文不值", "分文不值", "毫无价值", "归零", "为零", "零"} {
			if strings.Contains(other.text, w) {
				return because("the %s text writes %s without a numeral", string(other.lang), w), true // "worth 0": 一文不值
			}
		}
	}
	if w, ok := yearUndated(q, other); ok {
		return because("the %s text says %s, and the article gives no date to count it from", string(other.lang), w), true // 今年 and "the first half of 2024", an article without its date
	}
	if w, ok := yearFromReport(q, other); ok {
		return because("the %s text says %s, the year of the report or one beside it", string(other.lang), w), true // 2019年和今年 and "in 2019 and 2020", a report of 2020
	}
	if y, ok := spanYearPartner(q, mine, other); ok {
		return because("%s is part of a fiscal or school year across two years, which the %s text names by %s", q.Text, string(other.lang), y), true
	}
	if decadeEnd(q, other) {
		if other.report.year == 0 {
			return because("%s ends a decade, which the %s text calls the end of the decade", q.Text, string(other.lang)), true // 到2030年之前, in a report of no date
		}
		return because("%s ends the decade of the report, which the %s text calls the end of the decade", q.Text, string(other.lang)), true
	}
	if decadeStart(q, other) {
		return because("%s begins a decade, which the %s text calls the beginning of the decade", q.Text, string(other.lang)), true
	}
	if o, ok := dayFromReport(q, mine, other); ok {
		return because("a day of a month counted from the report's date: the %s text says %s", string(other.lang), o.Text), true
	}
	for _, o := range other.unmatched {
		if d, ok := dayFromReport(o, other, mine); ok && d.Start == q.Start && d.End == q.End {
			return because("a day of a month counted from the report's date: the %s text says %s", string(other.lang), o.Text), true
		}
	}
	if from, to, ok := spanBetween(q, mine, other); ok {
		return because("%s is the span from %s to %s, which the %s text leaves the reader to count", q.Text, from, to, string(other.lang)), true
	}
	if o, ok := dayLeftOut(q, mine, other); ok {
		return because("%s and %s: one date, its day stated in one language only", q.Text, o.Text), true
	}
	if o, ok := yearAlone(q, other); ok {
		return because("%s and %s: one date, only its year stated in the %s text", q.Text, o.Text, string(other.lang)), true
	}
	if w, ok := relativeDay(q, other); ok {
		return because("%s falls in what the %s text calls %s, counted back from the report's date", q.Text, string(other.lang), w), true // 3月13日 and "last week", a report of 23 March
	}
	if o, ok := yearOfMonthAlone(q, other); ok {
		return because("the %s text says %s without its year, which the report's date gives", string(other.lang), o.Text), true
	}
	if o, ok := inTableMillions(q, mine.text, other); ok {
		return because("%s and %s: one amount, in millions as a table's heading gives them", q.Text, o.Text), true
	}
	if voltsBetween(q, mine.text+" "+other.text) {
		return because("%s volts, which the %s text writes with V for the point (3V3)", q.Text, string(other.lang)), true
	}
	if carbonGoals(q, mine.text, other.text) {
		if q.Lang == article.ZH {
			return because("%s names the goals of 2030 and 2060, which the %s text gives as years", q.Text, string(other.lang)), true
		}
		return because("a year of the goals the %s text calls 3060", string(other.lang)), true
	}
	if a, b, ok := totalOfParts(q, mine, other); ok {
		return because("%s is the total of %s and %s, which the %s text states without it", q.Text, a, b, string(other.lang)), true
	}
	if a, b, whole, ok := saidInParts(q, mine, other); ok {
		return because("%s and %s are %s, one number said in two parts", a.Text, b.Text, whole.Text), true // 三萬零五百 and "thirty thousand asses and five hundred"
	}
	if name, ok := nameAfter(q, mine.text); ok && !other.plainUnpaired() {
		return because("%s begins the name %s, which the %s text may give without it", q.Text, name, string(other.lang)), true
	}
	if stepNumber(q, mine.text) && !stepRe.MatchString(other.text) {
		return because("%s numbers a step of a procedure, which the %s text refers to without its number", q.Text, string(other.lang)), true
	}
	if plusName(q, mine.text) && !plusNameRe.MatchString(other.text) {
		return because("%s is part of the name of a format (2+2, 10+3), which the %s text may leave out", q.Text, string(other.lang)), true
	}
	if o, ok := yearsAgo(q, mine, other); ok {
		return because("%s and %s: a year and the years since it, counted from the year of the report", q.Text, o.Text), true
	}
	if fiscalYearOfQuarter(q, mine, other) {
		return because("%s is the fiscal year of a quarter the %s text names without its year", q.Text, string(other.lang)), true // 2017财年二季度 and "its third quarter"
	}
	if reportYear(q, mine, other) {
		return because("the year of the report, which the %s text leaves unsaid", string(other.lang)), true // 2026年端午节 and "the Dragon Boat Festival", a report of 2026
	}
	if q.Unit == Year && !calendarIn(other.qs) {
		for _, w := range relativeYears {
			if i := strings.Index(other.text, w); i >= 0 && !isDigit(firstRune(strings.TrimLeft(other.text[i+len(w):], " "))) { // not "fiscal year 17"
				return because("the %s text says %s, not the year", string(other.lang), w), true
			}
		}
	}
	if q.Unit == Year && (hasValue(other.qs, q.Value-1) || slices.Contains(other.yearsBefore, int(q.Value)-1) ||
		slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Unit == Date && yearOfDate(o.Value) == int64(q.Value)-1 })) {
		lower := strings.ToLower(other.text)
		for _, w := range []string{"翌年", "次年", "第二年", "the following year", "the next year", "a year later"} { // 一九九七年一月三十一日 … 於翌年完成 and "completed in 1998"
			if strings.Contains(lower, w) {
				return because("the year after %s: the %s text says %s", formatValue(q.Value-1, Year), string(other.lang), w), true
			}
		}
	}
	if h, ok := heightInFeet(q, mine, other); ok {
		return because("%s is part of a height in feet and inches: the %s text writes %s", q.Text, string(other.lang), h), true
	}
	if feetInMetres(q, mine, other) {
		return because("%s is a height the %s text gives in feet and inches", q.Text, string(other.lang)), true // 一米六零 and "five feet four inches"
	}
	if m, ok := convertedInWords(q, mine, other); ok {
		return because("%s in another unit: the %s text writes %s", q.Text, string(other.lang), m), true
	}
	if f, ok := footnoteRunIn(q, other); ok {
		return because("%s is %s with a footnote's number run into it", q.Text, f), true
	}
	for _, o := range other.qs {
		if f, ok := footnoteRunIn(o, mine); ok && f == q.Text {
			return because("the %s text runs a footnote's number into it: %s", string(other.lang), o.Text), true
		}
		if _, ok := footnotedYear(o, other.text); ok && strings.HasSuffix(o.Text, "."+q.Text) && afterStop(q, mine.text) {
			return because("%s marks a footnote, whose number the %s text runs into a year: %s", q.Text, string(other.lang), o.Text), true // 0.5%。14 and "in 2016.14"
		}
	}
	if r, apart, ok := rangeRunTogether(q, mine.text, other.text); ok && apart {
		return because("the ends of a range the %s text writes apart: %s", string(other.lang), r), true
	} else if ok {
		return because("the %s text runs the ends of a range together: %s", string(other.lang), r), true
	}
	if c, ok := centsAsFen(q, mine.text, other.text); ok {
		return because("%s is a price in cents, which the %s text writes as %s", q.Text, string(other.lang), c), true // 红焖龙虾（35分） and "(35 cents)"
	}
	if y, ok := prefixedYear(q, other.text); ok {
		return because("the %s text writes %s, the year after the capitals that name its kind", string(other.lang), y), true // MY2022–2023 and MY2022—MY2023
	}
	if w, ok := occasions(q, mine.text, other.text); ok {
		return because("%s counts occasions, which the %s text says as %s", q.Text, string(other.lang), w), true // 1-2 次 and "once to twice", "3-times winner" and 三度
	}
	if y, ok := schoolYearEnd(q, mine.text); ok {
		return because("%s ends the school or fiscal year %s", q.Text, y), true // 2024/25 and 二○二四／二五學年
	}
	if name, ok := typeNumbered(q, mine.text, other.text); ok {
		return because("%s型 numbers a type, which the %s text names: %s", q.Text, string(other.lang), name), true
	}
	if footnoteMark(q, mine.text, other.marksFootnotes()) ||
		markSpacedAfterStop(q, []rune(mine.text)) && !other.plainUnpaired() {
		return because("%s after a word and before a space or a stop marks a footnote", q.Text), true
	}
	if runInMark(q, mine.text) {
		return because("%s marks a footnote: run into the punctuation before it, in square brackets, or after a number at the text's end", q.Text), true
	}
	if m, ok := monthAndYearApart(q, other); ok {
		return because("the %s text writes the month, %s, apart from the year", string(other.lang), m), true
	}
	if q.Lang == article.EN && q.Unit == Years && q.Value == 50 && (strings.Contains(other.text, "半世纪") || strings.Contains(other.text, "半个世纪") || strings.Contains(other.text, "半个多世纪")) {
		return because("the %s text says half a century", string(other.lang)), true
	}
	if (q.Unit == Year || yearBeforeEnd(q, mine.text)) && (hasValue(other.qs, q.Value+1) || hasValue(mine.qs, q.Value+1)) {
		for _, w := range append(yearEarlier, "the previous year", "the preceding year", "the prior year", "the year before", "a year before") {
			if strings.Contains(strings.ToLower(other.text), w) {
				return because("the year before %s: the %s text says %s", formatValue(q.Value+1, Year), string(other.lang), w), true
			}
		}
	}
	if q.Unit == Year && (hasValue(other.qs, q.Value-1) || hasValue(mine.qs, q.Value-1) || slices.Contains(mine.yearsBefore, int(q.Value)-1)) {
		for _, w := range []string{"the following year", "the next year", "a year later", "the year after"} {
			if strings.Contains(strings.ToLower(other.text), w) {
				return because("the year after %s: the %s text says %s", formatValue(q.Value-1, Year), string(other.lang), w), true // 2011年大选 … 2012年 and "the following year"
			}
		}
	}
	if q.Unit == Year && (samePeriodOf(q, mine.text) && yearBeforeStated(q, mine, other) || thanYearBefore(q, mine, other)) && containsAny(strings.ToLower(other.text), yearOnYear...) {
		return because("the year a figure is compared with: the %s text says year-on-year", string(other.lang)), true // "the same period in 2018" and 同比
	}
	if firstDecade(q, mine.text) && containsAny(strings.ToLower(other.text), "00s", "00’s", "00's", "noughties", "aughts", "first decade") {
		return because("the first ten years of a century, which the %s text names as a decade", string(other.lang)), true // 本世纪头10年 and "the 2000s"
	}
	if quarterByMonths(q, mine, other) {
		return because("%s bounds a quarter of the year, which the %s text names", q.Text, string(other.lang)), true // "the January to March period" and 第一季度
	}
	if m := monthOf(q); m > 0 && hasMonth(mine.qs, m%12+1) && containsAny(strings.ToLower(other.text), monthOnMonth...) {
		return because("%s is the month a figure is compared with: the %s text says month-on-month", q.Text, string(other.lang)), true // "in April from March" and 环比
	}
	if q.Unit == Months && q.Value == 3 && containsAny(strings.ToLower(other.text), "trimester", "quarter") {
		return because("the %s text says a quarter or a trimester, three months", string(other.lang)), true // 2016年头3个月 and "the first trimester of 2016"
	}
	if o, ok := kiloTyped(q, mine, other); ok {
		return because("%s and %s: one size, k typed for kilobytes", q.Text, o.Text), true // 64k and "64 KB"
	}
	if c, ok := specGloss(q, mine, other); ok {
		return because("%s spells out the code %s, which both texts write", q.Text, c), true // 4C16G and "4C16G (4 CPU cores and 16 GB of memory)"
	}
	if l, ok := rangeListed(q, mine, other); ok {
		return because("%s is in the list %s, which the %s text gives by its first and last", q.Text, l, string(other.lang)), true // [0,1,2,3,4,5,6,7] and 0到7
	}
	if w, ok := cooksScale(q, mine, other); ok {
		return because("%s is a cook's scale of heat or doneness, which the %s text says as %s", q.Text, string(other.lang), w), true // 7成热 and "smoking hot", 7分熟 and "medium-well"
	}
	if l, ok := pointLead(q, other.text); ok {
		return because("the %s text gives %s as %s", string(other.lang), q.Text, l), true // 领先七个百分点 and "a seven-point lead"
	}
	if o, ok := shortDecade(q, mine, other); ok {
		return because("%s is a decade written short, which the %s text writes as %s", q.Text, string(other.lang), o.Text), true // 80年代和90年初 and "the 1980s and early 1990s"
	}
	if r, ok := clippedRange(q, mine, other); ok {
		return because("%s is a range of two years, written clipped in one language (%s)", q.Text, r), true // "the 08-09 crisis" and 2008至2009年
	}
	if t, ok := cooksHeat(q, mine, other); ok {
		return because("%s and %s: a cook's scale of oil heat and its temperature", q.Text, t), true // 六成热 and "180 °C"
	}
	if w, ok := underTen(q, mine, other); ok {
		return because("under %s: the %s text says %s", q.Text, string(other.lang), w), true // 不足10% and "low single-digit percentages"
	}
	if w, ok := twoOrMore(q, mine, other); ok {
		return because("the %s text says %s, more than one", string(other.lang), w), true // "two or more competitors" and 多名参赛者
	}
	if o, ok := boundByOne(q, mine, other); ok {
		return because("%s and %s: one bound, which one language counts in and the other leaves out", q.Text, o.Text), true // 少于100名 and "99 or fewer"
	}
	if o, ok := othersAndSelf(q, mine, other); ok {
		return because("%s and %s: the English counts the other people, the Chinese the whole group", q.Text, o.Text), true // "3 other people" and 4 人
	}
	if q.Lang == article.ZH && q.Unit == Plain && q.Value >= 3 && q.Value <= 6 && strings.Contains(strings.ToLower(other.text), "a handful") {
		return because("the %s text says a handful", string(other.lang)), true // 至少5个 and "at least a handful"
	}
	if q.Lang == article.ZH && q.Value == 0 && q.Unit == Plain && hasWordFold(other.text, "zero") && !other.plainUnpaired() {
		return because("the %s text says zero", string(other.lang)), true // 0 欧电阻 and "zero-ohm resistor"
	}
	if q.Lang == article.ZH && q.Value == 1 && q.Unit == Plain && hasWordFold(other.text, "one") {
		return because("the %s text says one", string(other.lang)), true
	}
	if name, ok := datedEvent(q, mine, other); ok {
		return because("%s names an event by its date, which the other text names otherwise", name), true // 六四 and "June 4th", 89民运 and "the 1989 movement"
	}
	if nineEleven(q, mine.text) && namesNineEleven(other.text, other.qs) {
		return because("the day of the attacks of 2001, which the %s text names otherwise (9·11, 9/11, September 11)", string(other.lang)), true
	}
	if o, ok := clippedYearOf(q, mine, other); ok {
		return because("%s and %s: a year and its last two digits after an apostrophe", q.Text, o.Text), true // Dogme '95 and 1995年
	}
	if dayRunTogether(q, other.text) {
		return because("%s names a day, which the %s text writes with its digits run together", q.Text, string(other.lang)), true // 6.18 and 618促销
	}
	if modelNumber(q, mine, other) {
		if !allDigits([]rune(q.Text)) {
			return because("%s is a product's version; the %s text names the release another way", q.Text, string(other.lang)), true // TiDB 2.1 and 新的 GC 机制
		}
		return because("%s is a model's number; the %s text names the product another way", q.Text, string(other.lang)), true // 737 Max and "the plane"
	}
	if name, ok := latinNamed(q, mine, other); ok {
		return because("%s numbers a name, %s, which the %s text does not write", q.Text, name, string(other.lang)), true // Note 7 and "the handset model"
	}
	if w, ok := foundingYear(q, other); ok {
		return because("the year the %s text counts from an event: %s", string(other.lang), w), true // 2021 and 中国共产党成立100年时
	}
	if w, ok := anniversary(q, other.text); ok {
		return because("an anniversary the %s text counts with an ordinal, %s", string(other.lang), w), true
	}
	if q.Lang == article.EN && q.Value == 1 && oneBeforeUnit(other.text) {
		return because("the %s text says 一 (one) before a unit, which is not read as a figure", string(other.lang)), true // 一美元 and "1 dollar"
	}
	if q.Lang == article.EN && q.Value == 1 && singleBeforeUnit(other.text) && !slices.ContainsFunc(other.qs, func(o Quantity) bool {
		return sameKind(o.Unit, q.Unit) && (!hasCounterpart(o, mine.qs) || slices.Contains(other.extra, o))
	}) { // a figure the other text leaves over may be the one q was changed from
		return because("the %s text says 单 (single) before a unit, which is not read as a figure", string(other.lang)), true // 单人 and "1 person"
	}
	if q.Lang == article.ZH && q.Value == 1 && q.Unit == Plain && ratioOfOne(mine.text, q.Start) &&
		(strings.Contains(strings.ToLower(other.text), "for every") || hasWordFold(other.text, "per") || hasWordFold(other.text, "each")) {
		return because("the 1 of a ratio: the %s text says for every", string(other.lang)), true // 2 比 1 and "two cats for every dog"
	}
	if r := rateAfter(q, mine); q.Lang == article.ZH && q.Value == 1 && q.Unit == Plain && r.Text != "" {
		return because("the 1 of a rate, 1比%s, which the %s text may give alone", r.Text, string(other.lang)), true // 1比1.2640 and "1.2640"
	}
	if q.Lang == article.EN && (q.Unit == Plain || isCurrency(q.Unit)) {
		for _, w := range bareScales[q.Value] {
			if i := strings.Index(other.text, w); i >= 0 && !numeralBefore(other.text[:i]) {
				return because("the %s text writes %s without a numeral", string(other.lang), w), true
			}
		}
	}
	if q.Lang == article.EN && q.Unit == Plain && q.Value == 2 && compoundAfter(mine.text, q.End) &&
		(strings.ContainsRune(other.text, '双') || strings.ContainsRune(other.text, '雙')) {
		return because("a compound (%s-) the %s text says with 双", q.Text, string(other.lang)), true // the 2-way zip: 双向拉链
	}
	if c, ok := roundScale(q, other.text); ok {
		return because("the %s text writes %s without a numeral", string(other.lang), string(c)), true
	}
	if w, ok := pluralScale(q, other.text); ok {
		return because("a scale without a numeral: the %s text says %s", string(other.lang), w), true
	}
	if all, named, ok := andOthers(q, mine, other); ok {
		return because("%s named and %s others: the %s text counts all %s", strconv.Itoa(named), formatValue(all-float64(named), Plain), string(other.lang), formatValue(all, Plain)), true
	}
	if n, ok := yearsCounted(q, mine, other); ok {
		return because("one of %s years the %s text counts without naming them", strconv.Itoa(n), string(other.lang)), true
	}
	for _, f := range slashFractions(other.text) {
		if q.Unit == Plain && sameValue(f, q.Value) || q.Unit == Percent && nearPercent(100*f, q.Value) {
			return because("the %s text writes it as one number over another (2/3, 1 in 20)", string(other.lang)), true
		}
	}
	if f, ok := inSlashFraction(q, mine.text); ok && (hasValue(other.qs, f) || hasPercent(other.qs, 100*f) || mentionedValue(f, other) || vulgarWritten(f, other.text)) {
		return because("part of a fraction the %s text writes another way (in words, as a decimal or as ½)", string(other.lang)), true
	}
	if unitKind(q.Unit) == "duration" && slices.ContainsFunc(other.qs, func(o Quantity) bool {
		f, ok := inSlashFraction(o, other.text)
		return ok && o.Unit == q.Unit && sameValue(f, q.Value)
	}) {
		return because("the %s text writes it as one number over another (2/3, 1 in 20)", string(other.lang)), true // 0.5秒 and "1/2 second"
	}
	if q.Unit == Multiple && q.Lang == article.ZH && q.Value == 2 && afterVerb(mine.text, q.Start, []string{"减少", "減少", "降低", "下降", "缩小", "縮小", "减", "減"}) &&
		(hasWordFold(other.text, "halve") || hasWordFold(other.text, "halved") || hasWordFold(other.text, "halving") || hasWordFold(other.text, "half")) {
		return because("less by two times: the %s text says by half", string(other.lang)), true // 减少2倍 and "halve"
	}
	if q.Unit == Multiple && q.Lang == article.ZH && (multipleWord(q.Value, other.text) || afterGrowth(mine.text, q.Start) && multipleWord(q.Value+1, other.text)) {
		return because("the %s text says it in a word (twice, double, triple)", string(other.lang)), true
	}
	if q.Lang == article.EN && q.Unit == Date && (q.Text == "March" || q.Text == "May") && !monthPreposition(mine.text, q.Start) {
		return because("%s alone may be a word, not the month", q.Text), true
	}
	if q.Lang == article.EN && doubleDay(q, mine.text, other.text) {
		return because("Double %s is the day the %s text names 双%s", q.Text, string(other.lang), q.Text), true
	}
	if q.Lang == article.ZH && q.Unit == Plain && generation(q, mine.text) {
		return because("%s后 names a generation (born in the %s0s)", q.Text, string([]rune(q.Text)[:1])), true
	}
	if yearInName(q, mine, other) {
		return because("the year of a name (%s); the %s text states no year", q.Text, string(other.lang)), true
	}
	if ageInDecade(q, mine.text, other) {
		return because("an age the %s text gives by its decade", string(other.lang)), true
	}
	if c, ok := dayCode(q, other); ok {
		return because("a day named by the digits of its month and day: %s", strconv.Itoa(c)), true
	}
	if inTableAlone(q, mine, other) {
		return because("in a table the %s text does not draw", string(other.lang)), true
	}
	if raceClock(q, mine, other) {
		return because("a time the %s text writes as a race clock (6'09'', 1.57.05, six hundredths of a second)", string(other.lang)), true
	}
	if complementShare(q, mine, other) {
		return because("the %s text gives the share from the other end, as the part left or the part taken off", string(other.lang)), true
	}
	if groupsListed(q, mine, other) {
		return because("the number of groups, which the %s text names one by one", string(other.lang)), true
	}
	if rateBase(q, mine, other) {
		return because("the base of a rate, which the %s text gives by its sign (3‰: 3 per 1,000)", string(other.lang)), true
	}
	if twentyFourSeven(q, mine, other) {
		return because("24-7, round the clock, which the %s text says in words", string(other.lang)), true
	}
	if percentileNamed(q, other) {
		return because("a percentile, which the %s text names by its rank (the 99th percentile, P99)", string(other.lang)), true
	}
	if inlineItem(q, mine, other) {
		return because("%s numbers an item inside a sentence, which the %s text lists without numbers", q.Text, string(other.lang)), true
	}
	if yearNamed(q, other) {
		return because("a year of a Party congress or a five-year plan the %s text names by its number (十八大, 十三五)", string(other.lang)), true
	}
	if noteOpening(q, []rune(mine.text)) {
		return because("%s opens the text before a sentence: the number of a note, as a PDF's text gives one", q.Text), true
	}
	if dayNumbered(q, mine, other) {
		return because("the number of a day, which the %s text writes with 第 and 天", string(other.lang)), true
	}
	if splitOfTen(q, mine, other) {
		return because("a split of a whole the %s text says in a word (六四开: 60/40)", string(other.lang)), true
	}
	if digitsApart(q, mine, other) {
		return because("one number, read out digit by digit in one language (4-3-7 for 437)"), true
	}
	if why, ok := ageBound(q, mine, other); ok {
		return why, true
	}
	if locant(q, mine.text) {
		return because("%s gives a place in a molecule (2-yl, 5-羟色胺, the 3′ end), not an amount", q.Text), true
	}
	if exponentRaised(q, mine, other) {
		return because("%s raises to a power after a caret, which the %s text writes raised", q.Text, string(other.lang)), true // 2^256 and 2²⁵⁶
	}
	if exponentSaid(q, mine, other) {
		return because("%s raises to a power after a caret, which the %s text says in words (squared, 平方)", q.Text, string(other.lang)), true
	}
	if versionNumber(q, mine.text) && !other.plainUnpaired() && !slices.ContainsFunc(other.extra, func(o Quantity) bool { return o.Unit == Plain }) {
		return because("%s numbers a version, which the %s text leaves out", q.Text, string(other.lang)), true
	}
	if n, ok := numberOfName(q, mine); ok {
		return because("the number of %s, a name both texts write", n), true
	}
	if dayByWord(q, mine, other) {
		return because("a day of the month the %s text names by its place from the report's date (today, yesterday)", string(other.lang)), true
	}
	if name, ok := numberedName(q, mine.text, other.text); ok {
		return because("%s numbers %s, which the %s text names without it", q.Text, name, string(other.lang)), true
	}
	if w, ok := ageInWords(q, other); ok {
		return because("the %s text says the age in words: %s", string(other.lang), w), true
	}
	if partyCongress(q, mine.text, other.text) {
		return because("%s numbers %s, which the %s text names without it", q.Text, "congress", string(other.lang)), true
	}
	if groupOfNations(q, mine.text, other.text) {
		return because("%s国集团 is the group the %s text names G%s", q.Text, string(other.lang), q.Text), true
	}
	if name, ok := holidayOf(q, other.text); ok {
		return because("the %s text names the day by its holiday: %s", string(other.lang), name), true
	}
	if glossedDay(q, mine, other) {
		return because("a date in brackets glossing a day the %s text names by its place from today or by its weekday", string(other.lang)), true
	}
	if w, anchored, ok := monthByWord(q, mine, other); ok && anchored {
		return because("a month the %s text names by its place from another month it names: %s", string(other.lang), w), true
	} else if ok {
		return because("a month the %s text names by its place from the report's month: %s", string(other.lang), w), true
	}
	if periodEnd(q, mine.text, other) {
		return because("the last day of a period the %s text names by its year (上半年, 年度)", string(other.lang)), true
	}
	if sinceJanuary(q, mine.text, other.text) {
		return because("the last month of a period from January that the %s text says runs to date", string(other.lang)), true
	}
	if w, ok := dateByWeekday(q, mine, other); ok {
		return because("a date the %s text names by its weekday, %s", string(other.lang), w.String()), true
	}
	if t, ok := dayByWeekday(q, mine, other); ok {
		return because("a day of the month the %s text names by its weekday: %s", string(other.lang), t.Format("Monday 2006-01-02")), true
	}
	if emergencyNumber(q, other) {
		return because("a number one calls in an emergency, which the %s text says by the service", string(other.lang)), true
	}
	if halfAnHour(q, other.text) {
		return because("the %s text says half an hour", string(other.lang)), true
	}
	if quarterAnHour(q, other.text) {
		return because("the %s text says a quarter of an hour", string(other.lang)), true
	}
	if everyYears(q, mine.text, other.text) {
		return because("every %s, which the %s text says in a word (biennial)", q.Text, string(other.lang)), true
	}
	if dayAndNight(q, other.text) {
		return because("the %s text says round the clock", string(other.lang)), true
	}
	if n, m, ok := fractionApart(q, other); ok {
		return because("the %s text writes the %s and the %s of %s apart", string(other.lang), strconv.Itoa(n), strconv.Itoa(m), q.Text), true
	}
	if scaleOfTable(q, other.text) {
		return because("%s is the unit of a table's amounts, which the %s text gives without a number too", q.Text, string(other.lang)), true
	}
	if someTens(q, mine.text, other.text) {
		return because("some tens, which the %s text says as dozens", string(other.lang)), true
	}
	if aSide(q, mine.text) {
		return because("%s-a-side names a game's form, not a count", q.Text), true
	}
	if figureOfSpeech(q, other) {
		return because("%s may be a figure of speech: the %s text has a round numeral it does not state as a figure", q.Text, string(other.lang)), true
	}
	if q.Unit == Time && slices.Contains(other.clockWords(), halfDay(q.Value)) {
		return because("the %s text says the time in words", string(other.lang)), true
	}
	if q.Unit == Months && q.Value == 6 && q.Lang == article.ZH && strings.Contains(strings.ToLower(other.text), "half") {
		return because("the %s text says half a year", string(other.lang)), true
	}
	switch {
	case aboutTurn(q, mine.text):
		return because("a turn of %s degrees, a figure of speech the %s text may say in words", q.Text, string(other.lang)), true
	case listCount(q, mine.text):
		return because("%s counts the list just named; the %s text names its members", q.Text, string(other.lang)), true
	case listAhead(q, mine.text, other.text):
		return because("%s counts the list that follows; the %s text names its members", q.Text, string(other.lang)), true
	case perUnit(q, mine.text, other.text):
		return because("one of a unit a rate counts by: the %s text says per", string(other.lang)), true
	case volumes(q, mine.text, other.text):
		return because("the volumes of a work the %s text names upper and lower", string(other.lang)), true
	case inPinyinName(q, other.text):
		return because("part of a name the %s text writes in pinyin", string(other.lang)), true
	case misspeltMonth(q, other.text):
		return because("the %s text misspells the month", string(other.lang)), true
	case dayOfMisspeltMonth(q, mine.text, other.qs):
		return because("the %s text misspells the month", string(mine.lang)), true
	case wholly(q, other):
		return because("100%% for a word of wholeness in the %s text", string(other.lang)), true
	case certainly(q, mine.text, other):
		return because("100%% before an article or a word of certainty says certainly, not a share"), true
	case episode(q, other.text):
		return because("a season and episode the %s text names with 季 and 集", string(other.lang)), true
	case inLetterScale(q, other.text):
		return because("the %s text writes it with a letter for its scale (50K, 2M)", string(other.lang)), true
	case letterRangeFrom(q, mine.text, other):
		return because("%s opens a range whose end has a letter for its scale (2-3T), which the %s text writes in full", q.Text, string(other.lang)), true
	case inTitleWords(q, mine.text, other):
		return because("a numeral in the title of a work, which a translation may name otherwise"), true
	case sequelNumber(q, mine.text, other):
		return because("the number of a sequel named before a word about the work, which a translation may title otherwise"), true
	}
	return Reason{}, false
}

// roundScale reports whether q, an English hundred or thousand said with
// "a", "one" or 1 (a thousand yuan, 1 thousand yuan), is a Chinese 百 or 千 written without a
// numeral (千元拍, 上千元): a round amount, not a count of it.
func roundScale(q Quantity, other string) (rune, bool) {
	if q.Lang != article.EN || q.Unit != Plain && !isCurrency(q.Unit) || q.Value != 100 && q.Value != 1000 {
		return 0, false
	}
	t := strings.ToLower(q.Text)
	if !strings.HasPrefix(t, "a ") && !strings.HasPrefix(t, "an ") && !strings.HasPrefix(t, "one ") && !strings.HasPrefix(t, "1 ") {
		return 0, false
	}
	scale := '百'
	if q.Value == 1000 {
		scale = '千'
	}
	rs := []rune(other)
	for i, r := range rs {
		if r != scale || i > 0 && (isHanNumeral(rs[i-1]) || isDigit(rs[i-1])) {
			continue
		}
		if i+1 < len(rs) && (isHanNumeral(rs[i+1]) || strings.ContainsRune("分米克瓦", rs[i+1])) {
			continue // 百分之, 千米, 千万: not a round hundred or thousand
		}
		return scale, true
	}
	return 0, false
}

// pluralScales are the English words for many of a scale, by the Chinese
// scale written alone that says as much: 千万美元 (ten million and more)
// and "tens of millions".
var pluralScales = map[float64]string{
	1e3: "thousands", 1e4: "tens of thousands", 1e5: "hundreds of thousands",
	1e6: "millions", 1e7: "tens of millions", 1e8: "hundreds of millions",
	1e9: "billions", 1e10: "tens of billions", 1e11: "hundreds of billions",
}

// pluralScale reports whether q, a Chinese scale written without a numeral
// (千万美元, 上亿元), is the scale that the English says in a plural of it
// ("tens of millions", "hundreds of millions"): a magnitude in words on
// both sides, not figures to compare. It returns the English words.
func pluralScale(q Quantity, other string) (string, bool) {
	if q.Lang != article.ZH {
		return "", false
	}
	if !slices.ContainsFunc(bareScales[q.Value], func(w string) bool { return strings.HasPrefix(q.Text, w) }) {
		return "", false
	}
	w, ok := pluralScales[q.Value]
	return w, ok && strings.Contains(strings.ToLower(other), w)
}

// andOthers reports whether q counts the things named and the others
// beside them where the other language counts them all: 耶鲁等3所 and "Yale
// and two other universities" (3 and two), 安徽、重庆等8省 and "Anhui,
// Chongqing and other six provinces" (8: two named and six), 工业和信息化部等
// 十一部门 and "the MIIT and 10 other departments" (和 inside a name),
// either way. It returns the count of all and how many are named.
func andOthers(q Quantity, mine, other *side) (float64, int, bool) {
	if q.Unit != Plain {
		return 0, 0, false
	}
	if q.Lang == article.EN {
		if !otherBeside(mine.text, q.Start, q.End) {
			return 0, 0, false
		}
		for _, o := range other.qs {
			for _, n := range etcMembers(other.text, o.Start) {
				if o.Unit == Plain && sameValue(o.Value, q.Value+float64(n)) {
					return o.Value, n, true
				}
			}
		}
		return 0, 0, false
	}
	for _, n := range etcMembers(mine.text, q.Start) {
		for _, o := range other.qs {
			if o.Unit == Plain && sameValue(o.Value+float64(n), q.Value) && otherBeside(other.text, o.Start, o.End) {
				return q.Value, n, true
			}
		}
	}
	return 0, 0, false
}

// otherBeside reports whether the English word other (others, relevant,
// related) follows the figure at runes [start, end) or "other" stands just
// before it: "two other universities", "three relevant departments",
// "other three ministries".
func otherBeside(text string, start, end int) bool {
	rs := []rune(text)
	if end > len(rs) || start < 0 {
		return false
	}
	after := strings.Fields(string(rs[end:]))
	before := strings.Fields(string(rs[:start]))
	return len(after) > 0 && slices.Contains([]string{"other", "others", "other,", "relevant", "related"}, after[0]) ||
		len(before) > 0 && before[len(before)-1] == "other"
}

// etcMembers returns how many things the list before 等 (and others) may
// name, when 等 stands just before the figure starting at rune i: one in
// 耶鲁等3所, two in 安徽、重庆等8省, two or one in 财政部和商务部等四部委 and
// 工业和信息化部等十一部门 (和 may join the words of one name); none when no
// 等 stands there. The list runs back to the clause's start; 、 and 和, 与,
// 及 part its members.
func etcMembers(text string, i int) []int {
	rs := []rune(text)
	for i > 0 && i <= len(rs) && isSpace(rs[i-1]) {
		i--
	}
	if i <= 0 || i > len(rs) || rs[i-1] != '等' {
		return nil
	}
	all, listed := 1, 1 // parted by any mark, and by 、 alone
	for k := i - 2; k >= 0 && !strings.ContainsRune("，。；：！？,;:!?“”\"（）()《》", rs[k]); k-- {
		if strings.ContainsRune("、和与及與", rs[k]) {
			all++
		}
		if rs[k] == '、' {
			listed++
		}
	}
	if listed == all {
		return []int{all}
	}
	return []int{all, listed}
}

// hasWordFold reports whether text has the English word w, in any case.
func hasWordFold(text, w string) bool {
	for _, f := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !isLatin(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

// doubleDay reports whether q, in English text, is the N of "Double N"
// (a shopping day, 11 November) that the Chinese text names 双N or
// 双十一; another N there is a changed figure.
func doubleDay(q Quantity, text, zh string) bool {
	rs := []rune(text)
	if q.Unit != Plain || q.Value < 1 || q.Value > 31 || q.Value != math.Trunc(q.Value) ||
		!strings.HasSuffix(strings.ToLower(string(rs[:min(q.Start, len(rs))])), "double ") {
		return false
	}
	n := int(q.Value)
	han := ""
	switch {
	case n < 10:
		han = string([]rune("〇一二三四五六七八九")[n])
	case n == 10:
		han = "十"
	case n < 20:
		han = "十" + string([]rune("〇一二三四五六七八九")[n-10])
	}
	for _, d := range []string{"双", "雙"} {
		for _, name := range []string{d + q.Text, d + han} {
			if name == d {
				continue
			}
			for i := strings.Index(zh, name); i >= 0; {
				after := []rune(zh[i+len(name):])
				if len(after) == 0 || !isDigit(after[0]) && !isHanNumeral(after[0]) {
					return true // 双11, not 双110
				}
				next := strings.Index(zh[i+len(name):], name)
				if next < 0 {
					break
				}
				i += len(name) + next
			}
		}
	}
	return false
}

// generation reports whether q, a Chinese decade of birth, names a
// generation: 80后 (born in the 1980s), the 80 of 80、90后, 00后 (born in
// the 2000s).
func generation(q Quantity, text string) bool {
	rs := []rune(text)
	if len([]rune(q.Text)) != 2 || int(q.Value)%10 != 0 || q.Value < 10 && q.Text != "00" {
		return false
	}
	for k := q.End; k < len(rs) && k < q.End+4; k++ {
		switch r := rs[k]; {
		case r == '后' || r == '後':
			return true
		case r != '、' && !isDigit(r):
			return false
		}
	}
	return false
}

// calendarIn reports whether qs hold a year or a date with a year: a
// year the other language writes may be the one changed.
func calendarIn(qs []Quantity) bool {
	for _, q := range qs {
		if q.Unit == Year || q.Unit == Date && yearOfDate(q.Value) != 0 {
			return true
		}
	}
	return false
}

// yearEarlier are the English words that compare a figure with the same
// period a year before; yearOnYear adds the Chinese ones.
var (
	yearEarlier = []string{"year-on-year", "year on year", "a year earlier", "a year ago", "from a year"}
	yearOnYear  = append([]string{"同比", "同期", "按年"}, yearEarlier...) // 按年上升: Hong Kong's year-on-year
)

// monthOnMonth are the words that compare a figure with the month before.
var monthOnMonth = []string{"环比", "環比", "按月", "上月", "上个月", "上個月", "前一个月", "month-on-month", "month on month",
	"previous month", "prior month", "a month earlier", "the month before"}

// yearBeforeEnd reports whether q, four digits, is a year written before
// 底 or 末 with its 年 left out (由2022底的68.5%: the end of 2022).
func yearBeforeEnd(q Quantity, text string) bool {
	r := at([]rune(text), q.End)
	return q.Lang == article.ZH && q.Unit == Plain && len(q.Text) == 4 && q.Value >= 1900 && q.Value <= 2100 && (r == '底' || r == '末')
}

// spanBetween returns the years that q, a count of years, spans, both
// stated before it in q's text (1999 年到 2005 年这 6 年期间); none when the
// other text states a count of years that q may have been changed from.
func spanBetween(q Quantity, mine, other *side) (from, to string, ok bool) {
	if q.Unit != Years || q.Value < 1 || slices.ContainsFunc(other.unmatched, func(o Quantity) bool { return o.Unit == Years }) {
		return "", "", false
	}
	for _, x := range mine.qs {
		for _, y := range mine.qs {
			if x.Unit == Year && y.Unit == Year && x.End <= y.Start && y.End <= q.Start && y.Value-x.Value == q.Value {
				return x.Text, y.Text, true
			}
		}
	}
	return "", "", false
}

// samePeriodOf reports whether q, a year, is the one a figure is compared
// with: "the same period in 2018", "the same months of 2018", 2018年同期.
func samePeriodOf(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Lang == article.ZH {
		return strings.HasPrefix(string(rs[q.End:]), "同期")
	}
	before := strings.ToLower(string(rs[max(0, q.Start-24):q.Start]))
	return containsAny(before, "same period", "same months", "same time")
}

// yearBeforeStated reports whether q, a year, may be the one before the
// year of the figures compared: the year after it is stated in either
// text or is the report's, or neither the report's year nor another year
// of the other text is known.
func yearBeforeStated(q Quantity, mine, other *side) bool {
	next := q.Value + 1
	if hasValue(mine.qs, next) || hasValue(other.qs, next) || float64(mine.report.year) == next {
		return true
	}
	return mine.report.year == 0 && !slices.ContainsFunc(slices.Concat(mine.qs, other.qs), func(o Quantity) bool { return o.Unit == Year && o.Value != q.Value })
}

// thanYearBefore reports whether q, a year in English, is the year before
// one that mine or other states and a comparison names it: "8.2% higher
// than that of the 2018" in a report of 2019.
func thanYearBefore(q Quantity, mine, other *side) bool {
	if q.Lang != article.EN || q.Unit != Year || !hasValue(mine.qs, q.Value+1) && !hasValue(other.qs, q.Value+1) {
		return false
	}
	before := strings.ToLower(string([]rune(mine.text)[max(0, q.Start-24):q.Start]))
	before = strings.TrimSuffix(strings.TrimSuffix(before, " "), " the")
	return containsAny(before, "than that of", "than in", "compared with", "compared to")
}

// firstDecade reports whether q is the ten years of 本世纪头10年 or
// 上世纪前十年, the first decade of a century.
func firstDecade(q Quantity, text string) bool {
	if q.Lang != article.ZH || q.Unit != Years || q.Value != 10 {
		return false
	}
	before := string([]rune(text)[max(0, q.Start-4):q.Start])
	for _, w := range []string{"世纪头", "世纪前", "世纪的头", "世纪初", "世紀頭", "世紀前", "世紀的頭", "世紀初"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// quarterByMonths reports whether q, a month alone, is the first or the
// last of a quarter of the year that its text names by its months ("the
// January to March period", "the three months to June", 4月至6月) where the
// other text names that quarter (第一季度, "the second quarter").
func quarterByMonths(q Quantity, mine, other *side) bool {
	m := monthOf(q)
	if m == 0 || m%3 == 2 {
		return false
	}
	first := m - (m-1)%3
	if !hasMonth(mine.qs, first) && !strings.Contains(strings.ToLower(string([]rune(mine.text)[max(0, q.Start-20):q.Start])), "three months") ||
		!hasMonth(mine.qs, first+2) {
		return false
	}
	return hasValue(quartersIn(other.text, other.lang), float64((m+2)/3))
}

// monthOf returns the month of q when q is a month alone (五月, March), 0
// for any other figure.
func monthOf(q Quantity) int {
	if n := int(q.Value + 0.5); q.Unit == Date && n%100 == 0 && n < 10000 {
		return n / 100
	}
	return 0
}

// hasMonth reports whether qs name month m, alone or in a date.
func hasMonth(qs []Quantity, m int) bool {
	return slices.ContainsFunc(qs, func(q Quantity) bool { return q.Unit == Date && int(q.Value+0.5)/100%100 == m })
}

// The words of approximation before or after a round figure, by the side
// of it on which they put the figure they round.
var (
	roundBelow = []string{"almost", "nearly", "close to", "just under", "not quite", "将近", "接近", "近", "不到"}
	roundAbove = []string{"more than", "over", "above", "upwards of", "just over", "超过", "超過", "逾"}
	roundNear  = []string{"about", "around", "roughly", "approximately", "some", "an estimated", "大约", "大約", "约", "約"}
	roundAfter = []string{"左右", "上下"}
)

// endsWithWord reports whether before ends with one of words, an English
// one whole.
func endsWithWord(before string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(before, w) && (w[0] >= 0x80 || !isLatin(at([]rune(before), len([]rune(before))-len([]rune(w))-1))) {
			return true
		}
	}
	return false
}

// saidRoughly reports whether a word of approximation stands before q in text
// (about, 约, nearly, 近) or after it (左右).
func saidRoughly(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Start < 0 || q.End > len(rs) || q.Start > q.End {
		return false
	}
	before, after := wordsBefore(q, text), string(rs[q.End:min(len(rs), q.End+4)])
	return endsWithWord(before, roundNear) || endsWithWord(before, roundBelow) ||
		slices.ContainsFunc(roundAfter, func(w string) bool { return strings.Contains(after, w) })
}

// wordsBefore returns the words up to 14 characters before q in text, in
// lower case and without the spaces before q: where a word of
// approximation stands ("about", 约).
func wordsBefore(q Quantity, text string) string {
	rs := []rune(text)
	if q.Start < 0 || q.Start > len(rs) {
		return ""
	}
	return strings.ToLower(strings.TrimRight(string(rs[max(0, q.Start-14):q.Start]), " "))
}

// saidAbove reports whether a word puts q above the figure it states in
// text ("more than", "exceed", 逾).
func saidAbove(q Quantity, text string) bool {
	before := wordsBefore(q, text)
	return endsWithWord(before, roundAbove) || endsWithWord(before, []string{"exceed", "exceeds", "exceeded", "exceeding", "at least", "至少"})
}

// roundedOf reports whether q, a round figure of a million or more in one
// or two digits, written in text with a word of approximation ("almost 16
// million", 约1600万, 1600万左右), rounds o, a figure stated to two digits
// more at least, to q's second digit on the side the word says: 1576万 is
// almost 16 million, 1626万 is not, and "nearly 1 billion" is 9亿 to 10亿.
func roundedOf(q Quantity, text string, o Quantity, oText string) bool {
	p, v := lastDigit(q.Value), math.Abs(q.Value)
	if q.Unit != o.Unit && !(q.Unit == Plain && isCurrency(o.Unit)) || v < 1e6 || v/p >= 100 || lastDigit(o.Value) >= p {
		return false // a round figure of a scale, two digits at most (16 million), and one stated closer
	}
	rs := []rune(text)
	before, after := wordsBefore(q, text), string(rs[q.End:min(len(rs), q.End+2)])
	ends := func(words []string) bool { return endsWithWord(before, words) }
	// A round figure in one digit rounds one in two to a tenth of it on the
	// side its word says (逾七千萬 and HK$73 million); else the other is
	// stated to two digits more and within q's last ("nearly 1 million":
	// 900,000 to a million).
	closer, tenth := lastDigit(o.Value) <= p/100, v/p < 10 && lastDigit(o.Value) <= p/10 && !saidRoughly(o, oText) && !saidAbove(o, oText)
	if v/p < 10 {
		p /= 10
	}
	d := o.Value - q.Value
	switch {
	case ends(roundBelow):
		return d < 0 && (closer && -d < p || tenth && -d < v/10)
	case ends(roundAbove):
		return d > 0 && (closer && d < p || tenth && d < v/10)
	case ends(roundNear) || startsWithAny(after, roundAfter...):
		return closer && math.Abs(d) <= p/2
	}
	return false
}

// roundedSilently reports whether q and o, an amount of money (one of them
// may name no currency), a percentage, a count of ten thousand or more or
// a number rounded to a decimal, in the same unit, are one
// figure that a translation rounds without saying so: one is written to a
// coarser place than the other (2.4亿, to the ten million; "$240.5
// million", to the hundred thousand) and is the other rounded to that
// place, and to two digits at least (2.4亿美元 and "$240.5 million",
// 1063万美元 and "$10.6 million", 1亿 and "$102.5 million"; not 1亿 and
// "$120 million"). The figure rounded has four digits at least, or three
// rounded up (28.9 亿元 and "RMB2.9 billion"): one of three rounded down
// may be a digit added or dropped (111亿美元 is no "$11 billion", 18% no
// 17.6%); and digits written to the same place are never a rounding (120
// and 121).
func roundedSilently(q Quantity, qText string, o Quantity, oText string) bool {
	unit := q.Unit
	if unit == Plain {
		unit = o.Unit // 2.4亿 and "$240.5 million": an amount whose currency the other text names
	}
	a, b, aText, p, pb := q, o, qText, writtenPlace(q), writtenPlace(o)
	if p < pb {
		a, b, aText, p, pb = o, q, oText, pb, p // a is the rounder figure, written to the place p
	}
	measured := isCurrency(unit) || unit == Percent || unit == Plain && (math.Min(math.Abs(q.Value), math.Abs(o.Value)) >= 1e4 || p < 1)
	if o.Unit != unit && o.Unit != Plain || !measured {
		return false // a small count is not rounded; a ratio written with a decimal may be (1.433 and 1.4)
	}
	if before := wordsBefore(a, aText); endsWithWord(before, roundBelow) || endsWithWord(before, roundAbove) {
		return false // "almost 16 million", "over 16 million": roundedOf asks whether the word says the right way
	}
	digits := math.Abs(b.Value) / pb
	if pb == 0 || p <= pb*(1+1e-9) || a.Value == 0 || digits < 99.5 || digits < 999.5 && math.Abs(a.Value) < math.Abs(b.Value) {
		return false // a figure of three digits is rounded up only: 111亿 is no 11 billion, 28.9亿 is 2.9 billion
	}
	p = min(p, math.Pow(10, math.Floor(math.Log10(math.Abs(a.Value)))-1))
	return math.Abs(b.Value-a.Value) <= p/2*(1+1e-9)
}

// writtenPlace returns the place of the last digit q's text writes, in q's
// value: 1e7 for 2.4亿, 1e5 for "$10.6 million", 1 for 120 and 0.1 for
// 17.6%; 0 when its number is not written in Arabic digits, or not in
// one run of them.
func writtenPlace(q Quantity) float64 {
	rs := []rune(q.Text)
	i := slices.IndexFunc(rs, isDigit)
	if i < 0 {
		return 0
	}
	k, decimals, point := i, 0, false
	for ; k < len(rs); k++ {
		r, next := rs[k], k+1 < len(rs) && isDigit(rs[k+1])
		if isDigit(r) && point {
			decimals++
		} else if r == '.' && !point && next {
			point = true
		} else if !isDigit(r) && (r != ',' || !next) {
			break
		}
	}
	m, err := strconv.ParseFloat(strings.ReplaceAll(string(rs[i:k]), ",", ""), 64)
	if err != nil || m == 0 {
		return 0
	}
	scale := math.Abs(q.Value) / m
	if r := math.Log10(scale); math.Abs(r-math.Round(r)) > 1e-9 {
		return 0 // digits grouped by spaces or points (43 148 500, 3.000.001): the number is not all read here
	}
	return math.Pow(10, -float64(decimals)) * scale
}

// headingNumber reports whether q, digits with points between them (1.1,
// 2.3.4) or a number and a point, opens text and a space follows it: the
// number of a section's heading ("1.1 什么是宇宙线？"), or its first levels
// (the 1.1 of "1.1.2 In contact with").
func headingNumber(q Quantity, text string, lang article.Lang) bool {
	m := headingOpening(text, lang)
	return q.Start == 0 && q.End > 0 && m != nil && q.End <= utf8.RuneCountInString(text[:m[1]]) && headingWord(text, m[1], lang)
}

// headingWord reports whether a heading's words begin at the i-th byte of
// text in lang: a Chinese character or a capital letter ("1.1 什么是宇宙线",
// "2.4 Antiviral"; not the version of "5.1 GA 中").
func headingWord(text string, i int, lang article.Lang) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return lang == article.ZH && isHan(r) || lang == article.EN && unicode.IsUpper(r)
}

// caretPowerRe finds a power written with a caret: 2^31, 2 ^ 16.
var caretPowerRe = regexp.MustCompile(`([0-9]{1,2})\s*\^\s*([0-9]{1,3})`)

// flattenedPower returns the power written with a caret in one of the
// texts that q is part of, or that q writes with its exponent on the line
// as a copy that lost the superscript does (2^31-1 and "231-1"): q is its
// base or its exponent and the other text writes the two run together,
// or q is the two run together and the other text writes the power.
func flattenedPower(q Quantity, mine, other string) (string, bool) {
	if !strings.Contains(mine, "^") && !strings.Contains(other, "^") {
		return "", false
	}
	for _, m := range caretPowerRe.FindAllStringSubmatchIndex(other, -1) {
		if b, e := other[m[2]:m[3]], other[m[4]:m[5]]; q.Text == b+e {
			return other[m[0]:m[1]], true
		}
	}
	rs := []rune(mine)
	for _, m := range caretPowerRe.FindAllStringSubmatchIndex(mine, -1) {
		start, end := utf8.RuneCountInString(mine[:m[0]]), utf8.RuneCountInString(mine[:m[1]])
		if q.Start >= start && q.End <= end && hasRun(other, mine[m[2]:m[3]]+mine[m[4]:m[5]]) {
			return string(rs[start:end]), true
		}
	}
	return "", false
}

// latinNameIn returns the name q ends when q is a number joined by a
// hyphen to a word in small Latin letters inside a Chinese text, where
// such words name code, not things counted (详见 release-1.9,
// python-3.8); not a word of time (mid-2020).
func latinNameIn(q Quantity, mine *side) (string, bool) {
	rs := []rune(mine.text)
	if mine.lang != article.ZH || q.Start < 4 || rs[q.Start-1] != '-' {
		return "", false
	}
	k := q.Start - 1
	for k > 0 && isASCIILower(rs[k-1]) {
		k--
	}
	word := string(rs[k : q.Start-1])
	if len(word) < 3 || timeWord(word) || k > 0 && isOtherLetter(rs[k-1]) {
		return "", false
	}
	return string(rs[k:q.End]), true
}

// slotRe finds a slot of a message that a program fills in: {0}, {1:N2}.
var slotRe = regexp.MustCompile(`\{[0-9]+[}:]`)

// isSlot reports whether q, digits alone in braces ({0}, {1:N2}), is a slot
// of a message that a program fills in.
func isSlot(q Quantity, text string) bool {
	rs := []rune(text)
	return q.Start > 0 && rs[q.Start-1] == '{' && q.End < len(rs) && (rs[q.End] == '}' || rs[q.End] == ':')
}

// headingApart reports whether q numbers the heading opening its text to
// another depth than the other language numbers its own, or where the
// other leaves its heading unnumbered.
func headingApart(q Quantity, mine, other *side) bool {
	if !headingNumberRe.MatchString(mine.text) && bareNumberRe.MatchString(other.text) {
		return false // 19 千兆网口 against "18 Gigabit Ethernet": numbered alike, one changed
	}
	if m := headingNumberRe.FindStringIndex(mine.text); m != nil && q.Start == 0 && q.End <= utf8.RuneCountInString(mine.text[:m[1]]) && bracketedItemRe.MatchString(other.text) {
		return true // 2.1 42km group and （1）42公里组: each numbers the item its own way
	}
	return headingNumber(q, mine.text, mine.lang) && headingDepth(other.text, other.lang) != headingDepth(mine.text, mine.lang)
}

// bracketedItemRe is the number of a list's item in brackets opening a
// text: （1）, (2), （四）.
var bracketedItemRe = regexp.MustCompile(`^\s*[（(](?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[）)]`)

// headingDepth returns how many numbers the number of the heading opening
// text has, 1 for 3., 2 for 1.1, 3 for 2.3.4, and 0 when no such number
// opens it. A heading numbered to another depth than the other language's
// (1.1.1 against （1）, 2.1 against 1.) numbers its section in the
// document's own way: the two numbers are not compared.
func headingDepth(text string, lang article.Lang) int {
	k := headingOpening(text, lang)
	if k == nil || !headingWord(text, k[1], lang) {
		return 0
	}
	m := strings.TrimRight(strings.TrimRightFunc(text[:k[1]], unicode.IsSpace), ".")
	return strings.Count(m, ".") + 1
}

// headingNumberRe is the number of a heading opening a text, the space
// after it included: 1.1, 2.3.4, 3.
var headingNumberRe = regexp.MustCompile(`^[0-9]{1,2}(?:\.[0-9]{1,2})+\.?\s|^[0-9]{1,2}\.\s`)

// bareNumberRe is a number and the spaces after it opening a text.
var bareNumberRe = regexp.MustCompile(`^[0-9]{1,2}\s+`)

// headingOpening returns the span of the number of the heading opening
// text (see headingNumberRe), nil when none does. A Chinese heading may
// number itself with no point ("1 背景说明") or run its section's number
// into its words ("4.1机械臂末端介绍"), when it is short and no sentence,
// and no measure word or scale follows its number (not "3 种方法", not
// "4.1亿元").
func headingOpening(text string, lang article.Lang) []int {
	if m := headingNumberRe.FindStringIndex(text); m != nil || lang != article.ZH {
		return m
	}
	m := bareNumberRe.FindStringIndex(text)
	if m == nil {
		if m = runInSectionRe.FindStringIndex(text); m != nil { // 4.1机械臂末端介绍
			_, n := utf8.DecodeLastRuneInString(text[:m[1]])
			m[1] -= n // the heading's first word
		}
	}
	if m == nil || utf8.RuneCountInString(text) > 30 || strings.ContainsAny(text, "。；") {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(text[m[1]:]); strings.ContainsRune(measures, r) || hanUnits[r] > 0 || r == '倍' {
		return nil
	}
	return m
}

// runInSectionRe is the number of a section, 4.1 or 2.3.4, and the first
// Chinese character of a heading's words run into it.
var runInSectionRe = regexp.MustCompile(`^[0-9]{1,2}(?:\.[0-9]{1,2})+\p{Han}`)

// farApart reports whether a and b are more than a thousand times apart,
// too far for one to be the other changed (14 and 3,200萬).
func farApart(a, b float64) bool {
	return a > 0 && b > 0 && math.Abs(math.Log10(a/b)) > 3
}

// hasValue reports whether qs hold a quantity of value v.
func hasValue(qs []Quantity, v float64) bool {
	for _, q := range qs {
		if sameValue(q.Value, v) {
			return true
		}
	}
	return false
}

// hasPercent reports whether qs holds v percent, to the tenth it may be
// rounded to.
func hasPercent(qs []Quantity, v float64) bool {
	return slices.ContainsFunc(qs, func(q Quantity) bool { return q.Unit == Percent && nearPercent(v, q.Value) })
}

// nearPercent reports whether the percentage p, written, is v rounded to
// a tenth or better: 33.3% for 1/3.
func nearPercent(v, p float64) bool {
	return sameValue(v, p) || p != math.Trunc(p) && math.Abs(v-p) <= 0.05
}

// writesAsOften reports whether the other side states q's value as often
// as mine does, counting the constants of formulas it writes that Extract
// does not read (⅔*N+1 against ⅔* N + 1, 2/3*21 against ⅔*21).
func writesAsOften(q Quantity, mine, other *side) bool {
	if strings.ContainsAny(other.text, "$\\") {
		return false // TeX's formulas are compared as written
	}
	count := func(qs []Quantity) int { return countLike(qs, q, false) }
	stated := count(other.qs)
	written := stated
	for _, m := range formulaTermRe.FindAllStringSubmatchIndex(other.text, -1) {
		start := utf8.RuneCountInString(other.text[:m[2]])
		read := slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Start <= start && start < o.End })
		if v, err := strconv.ParseFloat(other.text[m[2]:m[3]], 64); err == nil && sameValue(v, q.Value) && !read {
			written++
		}
	}
	return written > stated && written >= count(mine.qs)
}

// asOftenAsShare reports whether the other side states q, a share, as
// often as mine does when a fraction and its percentage count as one: 65%
// once and 0.65 twice against 0.65 once and 65% twice.
func asOftenAsShare(q Quantity, mine, other *side) bool {
	share := q.Value
	if q.Unit == Percent {
		share /= 100
	} else if q.Unit != Plain {
		return false
	}
	count := func(qs []Quantity) int {
		n := 0
		for _, o := range qs {
			if o.Unit == Plain && sameValue(o.Value, share) || o.Unit == Percent && sameValue(o.Value/100, share) {
				n++
			}
		}
		return n
	}
	return share > 0 && share < 1 && count(mine.qs) == count(other.qs)
}

// countLike returns how many of qs have q's value, and of q's kind if
// kind is set.
func countLike(qs []Quantity, q Quantity, kind bool) int {
	n := 0
	for _, o := range qs {
		if sameValue(o.Value, q.Value) && (!kind || sameKind(o.Unit, q.Unit)) {
			n++
		}
	}
	return n
}

// formulaTermRe finds a constant added to or multiplied with a variable
// of one letter, unspaced (N+1, x*3; not P-5, a grade, nor d/2, which a
// paper's formula divides), or multiplied with a fraction by an asterisk
// (2/3*21; not 3×3, a size).
var formulaTermRe = regexp.MustCompile(`(?:\b[A-Za-z][+*]|(?:[0-9]/[0-9]+|[⅓⅔¼¾½])\*)([0-9]+)\b`)

// unreadTwoAsOften reports whether q is two in words and the other side,
// Chinese, states two of q's kind as often as mine does, counting each 两
// it does not read as a figure, one at least: 两列高铁 … 2小时 against
// "two bullet trains … within two" states two no more often.
func unreadTwoAsOften(q Quantity, mine, other *side) bool {
	if q.Value != 2 || other.lang != article.ZH || strings.ContainsFunc(q.Text, isDigit) {
		return false
	}
	count := func(qs []Quantity) int { return countLike(qs, q, true) }
	rs, stated := []rune(other.text), count(other.qs)
	n := stated
	for i, r := range rs {
		read := slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Start <= i && i < o.End })
		if r == '两' && isHan(at(rs, i+1)) && !read {
			n++
		}
	}
	return n > stated && n >= count(mine.qs)
}

// mentionedValue reports whether the other side writes v in some loose form.
func mentionedValue(v float64, other *side) bool {
	return hasValue(looseQuantities(other.looseNumbers()), v)
}

// numbers reports whether q numbers a label both languages number alike.
func (s *side) numbers(q Quantity) bool {
	return slices.ContainsFunc(s.numbering, sameSpan(q))
}

// sameSpan returns a test of whether a quantity spans what q spans.
func sameSpan(q Quantity) func(Quantity) bool {
	return func(n Quantity) bool { return n.Start == q.Start && n.End == q.End }
}

// looseNumbers returns every number the side's text writes, read loosely
// (see looseNumbers), but for the names both languages write alike and
// the numbers of labels both number alike.
func (s *side) looseNumbers() []float64 {
	if !s.looseRead {
		text := s.text
		if len(s.numbering) > 0 {
			rs := []rune(text)
			for _, q := range s.numbering {
				for k := q.Start; k < q.End && k < len(rs); k++ {
					rs[k] = ' '
				}
			}
			text = string(rs)
		}
		for _, n := range s.names {
			text = blankName(text, n)
		}
		s.loose, s.looseRead = looseNumbers(text), true
	}
	return s.loose
}

// blankName returns text with n's times of its name made a space, first
// where the name stands whole, then where a version goes on from it: of
// "HTTP1.1 … HTTP1", where the other language writes HTTP1 once, the
// second, so that the 1.1 stays to be read.
func blankName(text string, n sharedName) string {
	var whole, goesOn []int
	for k := 0; ; k += len(n.text) {
		i := strings.Index(text[k:], n.text)
		if i < 0 {
			break
		}
		k += i
		if after := text[k+len(n.text):]; len(after) > 1 && after[0] == '.' && isDigit(rune(after[1])) {
			goesOn = append(goesOn, k)
		} else {
			whole = append(whole, k)
		}
	}
	blank := append(whole, goesOn...)
	blank = blank[:min(n.times, len(blank))]
	slices.Sort(blank)
	var b strings.Builder
	last := 0
	for _, k := range blank {
		b.WriteString(text[last:k])
		b.WriteString(" ")
		last = k + len(n.text)
	}
	b.WriteString(text[last:])
	return b.String()
}

// sharedName is a name with digits that both languages of a pair write,
// and how many times both do.
type sharedName struct {
	text  string
	times int
}

// sharedNames returns the names with both letters and digits (SARS-CoV-2,
// HCoV-229E, A380) that a and b both write, longest first. A name one
// language writes more often than the other may stand there for a figure
// the other writes in words (G20 and 二十国集团), so only the times both
// write it count; and a name one language writes alone in brackets, where
// the other writes it in the sentence, glosses the words before it
// (二十国集团(G20) and "the G20") and does not count.
func sharedNames(a, b string) []sharedName {
	var out []sharedName
	for _, w := range strings.FieldsFunc(a, func(r rune) bool { return !isLatin(r) && !isDigit(r) && r != '-' }) {
		w = strings.Trim(w, "-")
		if strings.IndexFunc(w, isLatin) < 0 || strings.IndexFunc(w, isDigit) < 0 ||
			slices.ContainsFunc(out, func(n sharedName) bool { return n.text == w }) {
			continue
		}
		ba, bb := bracketed(a, w), bracketed(b, w)
		if n := min(strings.Count(a, w)-ba, strings.Count(b, w)-bb) + min(ba, bb); n > 0 {
			out = append(out, sharedName{w, n})
		}
	}
	slices.SortFunc(out, func(x, y sharedName) int { return len(y.text) - len(x.text) })
	return out
}

// numberOfName returns the name both languages write whose number q, a
// small whole number, is where the name is spelt out beside its
// abbreviation: the 2s of "Runt相关转录因子2(Runt-related transcription
// factor 2，RUNX2)" and the 4 of "prostaglandin E receptor (EP) 4", where
// the other language writes RUNX2 or EP4 alone.
func numberOfName(q Quantity, mine *side) (string, bool) {
	if q.Unit != Plain || q.Value >= 100 || strings.TrimLeft(q.Text, "0123456789") != "" {
		return "", false
	}
	rs := []rune(mine.text)
	var bracket string // the brackets right after q, or right before it and a space
	if r := at(rs, q.End); r == '(' || r == '（' {
		if e := strings.IndexAny(string(rs[q.End:]), ")）"); e > 0 {
			bracket = string(rs[q.End:])[:e]
		}
	} else if k := q.Start - 1; at(rs, k) == ' ' && at(rs, k-1) == ')' {
		if b := strings.LastIndex(string(rs[:k-1]), "("); b >= 0 {
			bracket = string(rs[:k-1])[b:]
		}
	}
	rest := "" // the text after q and a comma: "factor 2，RUNX2"
	if r := at(rs, q.End); r == ',' || r == '，' {
		rest = strings.TrimLeft(string(rs[q.End+1:]), " ")
	}
	for _, n := range mine.names {
		letters := strings.TrimRight(n.text, "0123456789")
		if letters != n.text && n.text[len(letters):] == q.Text && strings.IndexFunc(letters, isDigit) < 0 &&
			(strings.Contains(bracket, n.text) || strings.HasSuffix(bracket, "("+letters) || strings.HasPrefix(rest, n.text)) {
			return n.text, true
		}
	}
	return "", false
}

// bracketed counts the times text writes w alone in brackets: (G20), （G20）.
func bracketed(text, w string) int {
	return strings.Count(text, "("+w+")") + strings.Count(text, "（"+w+"）")
}

// looseQuantities wraps loose numbers as plain quantities.
func looseQuantities(vs []float64) []Quantity {
	out := make([]Quantity, len(vs))
	for i, v := range vs {
		out[i] = Quantity{Value: v, Unit: Plain}
	}
	return out
}

// slashFractions returns the fractions text writes with a slash between two
// small whole numbers, the first the smaller (2/3, 1/4), or, in English, as
// one in so many (1 in 20).
func slashFractions(text string) []float64 {
	rs := []rune(text)
	var out []float64
	for _, m := range oneIn(text) {
		a, _ := strconv.Atoi(m[1])
		b, _ := strconv.Atoi(m[2])
		if a > 0 && b > a {
			out = append(out, float64(a)/float64(b))
		}
	}
	for i := 1; i+1 < len(rs); i++ {
		if rs[i] != '/' && rs[i] != '／' {
			continue
		}
		a, b := numberEndingAt(rs, i), numberStartingAt(rs, i+1)
		if a > 0 && b > a && slashDenominator(b) && !slashDate(rs, i) {
			out = append(out, a/b)
		}
	}
	return out
}

// vulgarWritten reports whether text writes the fraction f as one
// character (½, ¾), alone or after a whole number.
func vulgarWritten(f float64, text string) bool {
	for _, r := range text {
		if v, ok := vulgarFractions[r]; ok && sameValue(v, f) {
			return true
		}
	}
	return false
}

// yearsCounted reports whether q is one of three years or more that mine
// lists, none with a counterpart, where the other text names no year and
// counts them (七次全国人口普查 against "National Population Census in
// 1953, 1964, … and 2020"): it returns how many.
func yearsCounted(q Quantity, mine, other *side) (int, bool) {
	isYear := func(o Quantity) bool { return o.Unit == Year }
	n := 0
	for _, o := range mine.qs {
		if isYear(o) {
			if !slices.ContainsFunc(mine.unmatched, sameSpan(o)) {
				return 0, false
			}
			n++
		}
	}
	if q.Unit != Year || n < 3 || slices.ContainsFunc(other.qs, isYear) {
		return 0, false
	}
	return n, slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Unit == Plain && o.Value == float64(n) }) || hasValue(looseQuantities(other.looseNumbers()), float64(n))
}

// inSlashFraction returns the fraction whose numerator or denominator q
// is (the 2 or the 3 of 2/3, the 1 or the 20 of "1 in 20").
func inSlashFraction(q Quantity, text string) (float64, bool) {
	rs := []rune(text)
	isSlash := func(i int) bool { return i >= 0 && i < len(rs) && (rs[i] == '/' || rs[i] == '／') }
	if q.Unit != Plain && !(unitKind(q.Unit) == "duration" && isSlash(q.Start-1)) || q.End > len(rs) {
		return 0, false // a duration may follow the fraction's denominator: 1/2 second
	}
	isIn := func(i int) bool { return i >= 0 && i+4 <= len(rs) && string(rs[i:i+4]) == " in " }
	var a, b float64
	switch {
	case isSlash(q.End):
		a, b = q.Value, numberStartingAt(rs, q.End+1)
	case isSlash(q.Start - 1):
		a, b = numberEndingAt(rs, q.Start-1), q.Value
	case isIn(q.End):
		a, b = q.Value, numberStartingAt(rs, q.End+4) // 1 in 20
	case isIn(q.Start - 4):
		a, b = numberEndingAt(rs, q.Start-4), q.Value
	default:
		return 0, false
	}
	if a <= 0 || b <= a || !slashDenominator(b) {
		return 0, false
	}
	return a / b, true
}

// slashDate reports whether the slash at i parts a date of three numbers
// (12/31/1990, 1990/12/31), not a fraction.
func slashDate(rs []rune, i int) bool {
	isSlash := func(k int) bool { return k >= 0 && k < len(rs) && (rs[k] == '/' || rs[k] == '／') }
	k := i + 1
	for k < len(rs) && isDigit(rs[k]) {
		k++
	}
	j := i - 1
	for j >= 0 && isDigit(rs[j]) {
		j--
	}
	return isSlash(k) && k+1 < len(rs) && isDigit(rs[k+1]) || isSlash(j) && j > 0 && isDigit(rs[j-1])
}

// slashDenominator reports whether b may be the denominator of a share
// written with a slash: up to 100, or a thousand or ten thousand (1/1000th
// of the premiums: 千分之一), not a year (3/2016).
func slashDenominator(b float64) bool {
	return b <= 100 || b == 1000 || b == 10000
}

// oneInRe finds a share written as one in so many: 1 in 20, 3 in 10.
var oneInRe = regexp.MustCompile(`\b([0-9]{1,2}) in ([0-9]{1,3})\b`)

// oneIn returns the matches of oneInRe in text, looked for only where a
// digit stands before " in ".
func oneIn(text string) [][]string {
	for i := strings.Index(text, " in "); i >= 0; {
		if i > 0 && isDigit(rune(text[i-1])) {
			return oneInRe.FindAllStringSubmatch(text, -1)
		}
		j := strings.Index(text[i+1:], " in ")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return nil
}

// numberEndingAt reads the whole number of at most three digits that ends
// just before rune i; 0 when there is none.
func numberEndingAt(rs []rune, i int) float64 {
	k := i
	for k > 0 && i-k < 3 && isDigit(rs[k-1]) {
		k--
	}
	if k == i || k > 0 && isDigit(rs[k-1]) {
		return 0
	}
	return digitsValue(rs[k:i])
}

// numberStartingAt reads the whole number of at most five digits that
// starts at rune i; 0 when there is none.
func numberStartingAt(rs []rune, i int) float64 {
	k := i
	for k < len(rs) && k-i < 5 && isDigit(rs[k]) {
		k++
	}
	if k == i || k < len(rs) && (isDigit(rs[k]) || rs[k] == '.') {
		return 0
	}
	return digitsValue(rs[i:k])
}

func digitsValue(rs []rune) float64 {
	v := 0.0
	for _, r := range rs {
		v = v*10 + float64(digitValue(r))
	}
	return v
}

// multipleWord reports whether text says the multiple v in a word: twice
// or double for 2, thrice for 3, or a verb of multiplying (triple,
// quadruple … sextuple: "could quadruple their compensation", which
// Extract leaves out).
func multipleWord(v float64, text string) bool {
	t := strings.ToLower(text)
	switch v {
	case 2:
		return strings.Contains(t, "twice") || strings.Contains(t, "doubl")
	case 3:
		if strings.Contains(t, "thrice") {
			return true
		}
	}
	for stem, n := range multiplied {
		if n == v && strings.Contains(t, stem) {
			return true
		}
	}
	return false
}

// monthPreposition reports whether a word that places a month in time
// comes just before rune i: in March, since May, last March.
func monthPreposition(text string, i int) bool {
	rs := []rune(text)
	before := strings.ToLower(strings.TrimRight(string(rs[:min(i, len(rs))]), " "))
	for _, w := range []string{"in", "since", "until", "till", "by", "from", "to", "of", "last", "next", "this",
		"early", "late", "mid", "mid-", "through", "before", "after", "during", "between", "and", "or", "on", "each", "every"} {
		if strings.HasSuffix(before, " "+w) || before == w || strings.HasSuffix(before, "-") && w == "mid-" {
			return true
		}
	}
	return false
}

// sameKind reports whether two units could state the same figure, one of
// them changed: either of them plain, or both of one kind (currencies,
// durations, calendar).
func sameKind(a, b string) bool {
	return a == Plain || b == Plain || unitKind(a) == unitKind(b)
}

// unitKind groups the units: every currency together, every duration
// together, years with dates; each other unit is a kind of its own.
func unitKind(u string) string {
	switch {
	case isCurrency(u):
		return "money"
	case u == Years || u == Months || u == Weeks || u == Days || u == Hours || u == Minutes || u == Seconds:
		return "duration"
	case u == Year || u == Date:
		return "calendar"
	}
	return u
}

// otherCurrency returns an unmatched amount of others in another currency
// than q with another value: without the exchange rate, the two cannot be
// compared. The same value in two currencies is a mismatch (a currency
// changed), so it is not returned; nor, when yuanIsOther says 元 alone
// stands for the other currency in the pair, an amount written with it.
func otherCurrency(q Quantity, others []Quantity, yuanIsOther bool) (Quantity, bool) {
	if !isCurrency(q.Unit) || slices.ContainsFunc(others, func(o Quantity) bool { return o.Unit == q.Unit }) {
		return Quantity{}, false // 2 亿元人民币 against "CNY 100 million (≈$14.29 million)": the same currency, changed
	}
	for _, o := range others {
		if yuanIsOther && (yuanAlone(q) || yuanAlone(o)) {
			continue // 6 元 against $5 where 100 元 is $100: one currency
		}
		if isCurrency(o.Unit) && o.Unit != q.Unit && !sameValue(q.Value, o.Value) && !maybeSameCurrency(q, o) {
			return o, true
		}
	}
	return Quantity{}, false
}

// numeralBefore reports whether text ends with a digit or a Chinese
// numeral, past spaces: 2 亿元's 亿 has its numeral.
func numeralBefore(text string) bool {
	r := lastRuneOf(strings.TrimRight(text, " "))
	return isDigit(r) || isHanNumeral(r)
}

// maybeSameCurrency reports whether two amounts read as different
// currencies may be in one: ¥ and the yen or the yuan, $ and another
// dollar (2,700 澳元 and $2,700), 元 alone within a quarter of the other
// (60 多元 and $60), or 元 alone and $ alone a power of ten apart; a real
// exchange rate moves an amount further, and by no power of ten.
func maybeSameCurrency(a, b Quantity) bool {
	if yenOrYuan(a.Unit, b.Unit) || yenOrYuan(b.Unit, a.Unit) || dollarSign(a, b.Unit) || dollarSign(b, a.Unit) {
		return true
	}
	ratio := math.Max(a.Value, b.Value) / math.Min(a.Value, b.Value)
	if (yuanAlone(a) && dollarAlone(b) || yuanAlone(b) && dollarAlone(a)) && sameDigits(a.Value, b.Value) {
		return true // 150億元 and "$1.5 million": no exchange rate is a power of ten; Hong Kong's dollars, a scale changed
	}
	return (yuanAlone(a) || yuanAlone(b)) && ratio < 1.25
}

// dollarAlone reports whether q is an amount written with the sign $ and
// no other mark of its currency (not US$, HK$, A$).
func dollarAlone(q Quantity) bool {
	return q.Unit == USD && strings.HasPrefix(q.Text, "$")
}

// inOtherCurrency reports whether the k-th unmatched figure of s, an
// amount, stands against an amount of mine in another currency or written
// with 元 alone: the pair judge leaves unchecked, so it is no changed
// figure of mine. Each answer is kept, as judge asks for every figure.
func (s *side) inOtherCurrency(k int, mine *side) bool {
	if len(s.otherCurrency) != len(s.unmatched) {
		s.otherCurrency = make([]int8, len(s.unmatched))
	}
	if s.otherCurrency[k] == 0 {
		o := s.unmatched[k]
		_, rate := otherCurrency(o, mine.unmatched, s.yuanIsOther)
		_, yuan := bareYuan(o, mine.unmatched)
		s.otherCurrency[k] = 2
		if rate || yuan {
			s.otherCurrency[k] = 1
		}
	}
	return s.otherCurrency[k] == 1
}

// bareYuan returns an amount of others in another currency with the value
// of q, when one of the two is written with 元 alone: Chinese news abroad
// write 60 多元(美元，下同) for $60.
func bareYuan(q Quantity, others []Quantity) (Quantity, bool) {
	for _, o := range others {
		if isCurrency(q.Unit) && isCurrency(o.Unit) && sameValue(q.Value, o.Value) && (yuanAlone(q) || yuanAlone(o)) {
			return o, true
		}
	}
	return Quantity{}, false
}

// renminbiUnsaid returns an amount of dollars of others against q, or
// q's against an amount of others, where the Chinese is a large amount
// that names no currency (4万亿投资计划 and "$500 billion") and the two are
// as far apart as yuan and dollars have been (5.5 to 8.5 yuan a dollar).
func renminbiUnsaid(q Quantity, others []Quantity) (Quantity, bool) {
	bare := func(zh Quantity) bool {
		return zh.Lang == article.ZH && zh.Unit == Plain && zh.Value >= 1e8 && strings.ContainsAny(zh.Text, "亿億")
	}
	for _, o := range others {
		zh, en := q, o
		if o.Lang == article.ZH {
			zh, en = o, q
		}
		if bare(zh) && en.Unit == USD && en.Value > 0 && zh.Value/en.Value >= 5.5 && zh.Value/en.Value <= 8.5 {
			return o, true
		}
	}
	return Quantity{}, false
}

// yuanAlone reports whether q is an amount written with the character 元
// and no other name of a currency (not 美元, 人民币, 元人民币), after its
// number or a word of approximation (三千餘元), or with 块钱,
// "bucks", which a translation says of dollars too (二十块钱 and $20).
func yuanAlone(q Quantity) bool {
	if q.Unit == CNY && (strings.HasSuffix(q.Text, "块钱") || strings.HasSuffix(q.Text, "塊錢")) {
		return true
	}
	rs := []rune(q.Text)
	n := len(rs)
	return q.Unit == CNY && n >= 2 && rs[n-1] == '元' && (isDigit(rs[n-2]) || isSpace(rs[n-2]) || isHanNumeral(rs[n-2]) || strings.ContainsRune("多余餘来來", rs[n-2]))
}

func isCurrency(u string) bool {
	switch u {
	case USD, EUR, GBP, CNY, YenOrYuan, JPY, HKD, AUD, CAD, TWD, CHF, SGD, KRW:
		return true
	}
	return false
}

// counting reports whether q is written as a small count that translators
// often render without a number (两国 as "both countries", "the two
// leaders" as 两国领导人, 三个方面 as a list of three): one Chinese
// numeral character or an English number word up to a dozen. Digits are
// figures, a translator keeps them; but for 1 before a measure word (1 名,
// 1 所), which English says with "a".
func counting(q Quantity, text string) bool {
	switch q.Unit {
	case Percent, BasisPoint, Date, Year, Time:
		return false
	}
	rs := []rune(q.Text)
	if q.Value > 12 || len(rs) == 0 {
		return false
	}
	switch r := rs[0]; {
	case isDigit(r):
		oneDigit := len(rs) == 1 || !isDigit(rs[1]) && rs[1] != '.' && rs[1] != ','
		return oneDigit && q.Value == 1 && q.Lang == article.ZH && measureNext(q, text) // 1 名 and "a prisoner"
	case isLatin(r):
		digits := strings.ContainsAny(q.Text, "0123456789")
		if isCurrency(q.Unit) && digits && q.Value > 1 {
			return false // CNY 4: an amount in digits after its currency's letters, no count
		}
		// two dollars and forty-four cents: an amount to the cent, no count
		cents := strings.Contains(q.Text, "dollars and")
		return !isCurrency(q.Unit) || q.Value == math.Trunc(q.Value) || !digits && !cents // up to a dozen; not HK4.97 cents, an amount to the cent in digits
	}
	if isCurrency(q.Unit) && q.Value != math.Trunc(q.Value) {
		return false // 两块五毛钱, 五毛钱: an amount to the 毛, no count
	}
	k := 0
	for k < len(rs) && isHanNumeral(rs[k]) {
		k++
	}
	return k == 1
}

// compoundAfter reports whether a hyphen and a word in lower case follow
// the number ending at rune i, the number then making a compound word with
// it (2-way, 2-storey) as a number word does (two-way).
func compoundAfter(text string, i int) bool {
	rs := []rune(text)
	return i+1 < len(rs) && rs[i] == '-' && isLatin(rs[i+1]) && unicode.IsLower(rs[i+1])
}

// countAgainstFigure reports whether one of q and o is a counting word and
// the other a figure with a unit a count does not take (money, a
// percentage, a date, a year, a time): a count is no changed amount.
func countAgainstFigure(q, o Quantity, qText, oText string) bool {
	notACount := func(u string) bool {
		return isCurrency(u) || u == Percent || u == BasisPoint || u == Date || u == Year || u == Time
	}
	return counting(q, qText) && notACount(o.Unit) || counting(o, oText) && notACount(q.Unit)
}

// measureNext reports whether a measure word or a unit follows q in text
// (1 名, 1 所, 1 分钟, 1公里).
func measureNext(q Quantity, text string) bool {
	rs := []rune(text)
	if q.End > len(rs) || q.Start >= q.End {
		return false
	}
	if q.Unit != Plain {
		return true
	}
	s := &scanner{rs: rs}
	k := s.spaces(q.End)
	for n := 0; n < 2 && strings.ContainsRune("小大半", s.at(k)); n++ {
		k++ // 1小块, 1大勺, 1小半勺: a small piece, a tablespoon, half a teaspoon
	}
	return isHan(s.at(k)) && strings.ContainsRune(measures+kitchenMeasures, s.at(k)) ||
		slices.ContainsFunc(massLengthWords, func(u string) bool { return s.has(k, u) })
}

// kitchenMeasures are the measure words of a kitchen and a shop, and of
// sets and pairs, which make 1 a count that English says with "a": 盐1勺
// and "a spoon of salt", 1碗水 and "a bowl of water", 1套 and "a set".
const kitchenMeasures = "勺匙根碗把杯瓶罐盒包袋片棵朵瓣滴撮捆束盘壶桶头套双雙对對"

// massLengthWords are units of length, area and weight that Extract reads
// as no unit of its own: 1公里 is "a kilometer".
var massLengthWords = []string{"公里", "千米", "厘米", "毫米", "米", "英里", "英尺", "英寸", "公顷", "平方", "立方", "吨", "公斤", "千克", "克", "磅", "升"}

// Matches reports whether a and b state the same figure: the same unit and
// value; or one of them a plain number with the value of the other; or ¥
// against yen or yuan of the same value; or basis points against a
// hundredth as many percentage points; or two dates that agree on month
// and day when one leaves out the year, or when one is written in numbers
// whose order no part tells (08-12-2003) and is read the other way.
func Matches(a, b Quantity) bool {
	switch {
	case a.Unit == Date && b.Unit == Date:
		if v, ok := swappedDate(a); ok && sameDate(v, b.Value) {
			return true // 08-12-2003 and 2003-12-08: an order no part tells
		}
		if v, ok := swappedDate(b); ok && sameDate(a.Value, v) {
			return true
		}
		return sameDate(a.Value, b.Value)
	case a.Unit == Year && b.Unit == Date:
		// A year alone is stated by a date of that year; a date is not by
		// its year alone, which leaves its month and day unchecked.
		return yearOfDate(b.Value) == int64(math.Round(a.Value))
	case a.Unit == BasisPoint && b.Unit == Percent:
		return sameValue(a.Value/100, b.Value) // 25个基点 and "0.25 percentage points"
	case a.Unit == Percent && b.Unit == BasisPoint:
		return sameValue(a.Value, b.Value/100)
	case bareYear(a) && isCurrency(b.Unit), bareYear(b) && isCurrency(a.Unit):
		return sameValue(a.Value, b.Value) // 1200也太贵了 and "twelve hundred RMB": a price, not a year
	case timeOfDayInSeconds(a) && b.Unit == Time:
		return sameValue(clockOfSeconds(a.Value), b.Value) // UTC 00:00:00 and "UTC 00:00"
	case timeOfDayInSeconds(b) && a.Unit == Time:
		return sameValue(a.Value, clockOfSeconds(b.Value))
	case millis(a) && b.Unit == Plain:
		return sameValue(a.Value*1000, b.Value) // "7.5 ms" and $…=7.5$毫秒, the unit set apart
	case millis(b) && a.Unit == Plain:
		return sameValue(a.Value, b.Value*1000)
	case a.Unit == b.Unit, a.Unit == Plain, b.Unit == Plain, yenOrYuan(a.Unit, b.Unit), yenOrYuan(b.Unit, a.Unit),
		dollarSign(a, b.Unit), dollarSign(b, a.Unit):
		return sameValue(a.Value, b.Value)
	}
	return false
}

// timeOfDayInSeconds reports whether q is a time of day written to the
// second, its seconds 00 (08:00:00), which Extract reads as seconds: a
// clock's time written without them is the same.
func timeOfDayInSeconds(q Quantity) bool {
	return q.Unit == Seconds && strings.Count(q.Text, ":") == 2 && strings.HasSuffix(q.Text, ":00") && q.Value < 24*3600
}

// clockOfSeconds returns the time of day s seconds after midnight as a
// Time's value, hhmm: 1230 for 45000.
func clockOfSeconds(s float64) float64 {
	m := math.Round(s / 60)
	return math.Floor(m/60)*100 + math.Mod(m, 60)
}

// pageReference reports whether q, a whole number, numbers a page of the
// text's own document that it refers to, beside a part it names or after
// "on" or "see": "Sec. D.2 (p. 393)", "(Eq. 1.5; p. 5)", "on page 420".
// An edition numbers its pages its own way, and a translation refers to
// the part alone (请参阅附录 D.2). A page cited alone, the source's (第26页),
// is compared as before.
func pageReference(q Quantity, text string) bool {
	rs := []rune(text)
	if q.Unit != Plain || q.Value != math.Trunc(q.Value) || q.End > len(rs) {
		return false
	}
	for _, w := range []string{"p. ", "pp. ", "p.", "pp.", "page ", "pages "} {
		b := q.Start - len(w)
		if b < 0 || !strings.EqualFold(string(rs[b:q.Start]), w) || b > 0 && isLatin(rs[b-1]) {
			continue
		}
		lead := strings.ToLower(string(rs[max(0, b-24):b]))
		return strings.HasSuffix(lead, "on ") || strings.HasSuffix(lead, "see ") || containsAny(lead, ownParts...)
	}
	return false
}

// ownParts are the words that name a part of a document, which a
// reference to its page may follow.
var ownParts = []string{"sec.", "section", "eq.", "equation", "fig.", "figure", "table", "box", "appendix", "chapter", "chap.", "example"}

// mentionsPage reports whether text refers to a page: 页, 頁, page or "p."
// and a number.
func mentionsPage(text string) bool {
	return strings.ContainsAny(text, "页頁") || pageWordRe.MatchString(text)
}

// pageWordRe finds an English word for a page before a number.
var pageWordRe = regexp.MustCompile(`(?i)\b(?:pages?|pp?\.)\s*\d`)

// bareYear reports whether q was read as a year from four digits alone,
// with no 年 and no word of a year: a price may be written so (1200也太贵了).
func bareYear(q Quantity) bool {
	return q.Unit == Year && strings.TrimFunc(q.Text, isDigit) == ""
}

// millis reports whether q is a time in milliseconds, read as seconds:
// 25ms, 100 ms, 25毫秒.
func millis(q Quantity) bool {
	return q.Unit == Seconds && (strings.HasSuffix(q.Text, "ms") || strings.HasSuffix(q.Text, "毫秒") || strings.Contains(q.Text, "millisecond"))
}

// dollarSign reports whether q is written with the sign $ alone, which
// Extract reads as US dollars, and u another dollar: Australian and
// Canadian news write their own dollars so (2,700 澳元 and $2,700).
func dollarSign(q Quantity, u string) bool {
	return dollarAlone(q) && (u == AUD || u == CAD || u == HKD || u == TWD || u == SGD)
}

// yenOrYuan reports whether a is the sign ¥ and b one of the currencies it
// may stand for.
func yenOrYuan(a, b string) bool { return a == YenOrYuan && (b == JPY || b == CNY) }

// sameValue reports whether a and b are equal but for floating-point error
// (13.5 亿 against 1.35 billion). Two whole numbers must be the same one:
// 2,713,226,598 shares is not 2,713,226,599, though the two are within a
// billionth.
func sameValue(a, b float64) bool {
	if ra, rb := math.Round(a), math.Round(b); math.Abs(a-ra) < 1e-6 && math.Abs(b-rb) < 1e-6 && math.Abs(ra) < 1<<53 && math.Abs(rb) < 1<<53 {
		return ra == rb
	}
	return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b))
}

// yearOfDate returns the year of a date encoded YYYYMMDD, 0 when it has
// none: 2018 matches 二零一八年十一月五号, written apart in "November
// 5th-10th, 2018".
func yearOfDate(v float64) int64 { return int64(math.Round(v)) / 10000 }

// sameDate compares two dates encoded YYYYMMDD; a year of 0 (not stated)
// matches any year.
func sameDate(a, b float64) bool {
	x, y := int64(math.Round(a)), int64(math.Round(b))
	if x/10000 == 0 || y/10000 == 0 {
		return x%10000 == y%10000
	}
	return x == y
}

// inWords reports whether q is an English number written in words alone,
// with no digit ("Five-hundred-meter", "more than one billion"): a figure a
// translation adds or leaves out more freely than one written in digits,
// in a name, a headline or a round number.
func inWords(q Quantity) bool {
	if q.Lang != article.EN || q.Unit != Plain {
		return false
	}
	for _, r := range q.Text {
		if isDigit(r) {
			return false
		}
	}
	return true
}

// nearer reports whether o is a likelier partner of the figure v than p:
// written with the same digits (31 萬 and "3.1 million", a scale
// mistaken), or else nearer in size.
func nearer(v, o, p float64) bool {
	if so, sp := sameDigits(v, o), sameDigits(v, p); so != sp {
		return so
	}
	return math.Abs(math.Log10(math.Abs(v)+1)-math.Log10(math.Abs(o)+1)) <
		math.Abs(math.Log10(math.Abs(v)+1)-math.Log10(math.Abs(p)+1))
}

// sameDigits reports whether a and b differ by a power of ten alone.
func sameDigits(a, b float64) bool {
	if a == 0 || b == 0 {
		return a == b
	}
	r := math.Log10(math.Abs(a / b))
	return math.Abs(r-math.Round(r)) < 1e-9
}

// oneRate pairs the figures each side of a pair leaves over, in order,
// when both leave over the same number of them, two or more, amounts or
// plain numbers, each of one side the same multiple of its partner's, a
// multiple no power of ten, and no two of one currency: prices in one
// currency against another (a sponsors' table, 6000 9000 15000 against
// 200 300 500, NT$ at 30 to the US$), a rate the check does not know.
// Two plain numbers alone must differ by a multiple of two at least: 6 人
// … 6 人 and "5 other people … 5 other people" are as likely two counts.
// It returns nil otherwise; a changed figure breaks the rate.
func oneRate(x, y *side) map[Quantity]Quantity {
	a, b := x.unmatched, y.unmatched
	if len(a) < 2 || len(a) != len(b) {
		return nil
	}
	money := func(q Quantity) bool { return (q.Unit == Plain || isCurrency(q.Unit)) && q.Value > 0 }
	r := a[0].Value / b[0].Value
	allPlain := !slices.ContainsFunc(slices.Concat(a, b), func(q Quantity) bool { return q.Unit != Plain })
	if len(a) == 2 && allPlain && r < 2 && r > 0.5 {
		return nil // 6 人 … 6 人 and "5 other people … 5 other people": two counts
	}
	if l := math.Log10(r); math.Abs(l-math.Round(l)) < 0.05 {
		return nil // 2亿 and 20 million: a changed scale, not a rate
	}
	pairs := make(map[Quantity]Quantity, 2*len(a))
	for k := range a {
		if !money(a[k]) || !money(b[k]) || isCurrency(a[k].Unit) && a[k].Unit == b[k].Unit || math.Abs(a[k].Value/b[k].Value/r-1) > 0.01 {
			return nil
		}
		pairs[a[k]], pairs[b[k]] = b[k], a[k]
	}
	return pairs
}

// splitDigits returns the digits that the figures each side of a pair
// leaves without a counterpart write in order, when they are the same on
// both sides and one side has more figures than the other, two of them
// parted by no more than a space, a colon, a comma or a point: one number
// the check read as two, in a form it does not know ("7: 45", "RMB1,
// 500", 1 萬 7000). It returns "" otherwise: a changed digit makes the
// digits differ, a changed scale leaves one figure on each side, and a
// fraction (23 against 2/3) is no split number.
func splitDigits(x, y *side) string {
	a, b := sorted(x.unmatched), sorted(y.unmatched)
	if len(a) == 0 || len(b) == 0 || len(a) == len(b) {
		return ""
	}
	da, db := digitsOf(a), digitsOf(b)
	if da == "" || da != db {
		return ""
	}
	long, text := a, x.text
	if len(b) > len(a) {
		long, text = b, y.text
	}
	rs := []rune(text)
	for k := 1; k < len(long); k++ {
		if long[k-1].End <= long[k].Start && long[k].Start <= len(rs) &&
			slices.Contains([]string{"", " ", ":", ": ", ",", ", ", ".", ". "}, string(rs[long[k-1].End:long[k].Start])) {
			return da
		}
	}
	return ""
}

// sorted returns qs in the order of the text.
func sorted(qs []Quantity) []Quantity {
	qs = slices.Clone(qs)
	slices.SortFunc(qs, func(a, b Quantity) int { return a.Start - b.Start })
	return qs
}

// digitsOf returns the Arabic digits the texts of qs write, in turn,
// full-width digits as ASCII.
func digitsOf(qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		for _, r := range q.Text {
			if isDigit(r) {
				b.WriteByte(byte('0' + digitValue(r)))
			}
		}
	}
	return b.String()
}

// firstRune returns the first rune of s, 0 when s is empty.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
