package quantity

import (
	"slices"
	"strings"
	"unicode"

	"tandem/article"
)

// Quarters of a year are not figures Extract returns (第三季度 is an
// ordinal, and translators may say "the three months to September"), but
// a quarter both languages name can be compared: 第二季度 and "the third
// quarter" is a changed figure, as in financial news it is the period a
// figure belongs to.

// quarterOrdinals are the English ordinals of the quarters of a year.
var quarterOrdinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// quartersIn returns the quarters of a year that text names, unit
// Quarter, Value the quarter's number. Chinese: 第三季度, 三季度, 3季度,
// 二、三季度 and 第二和第三季度 (2 and 3), 第一财季, 一季报, 首季度; not
// 前三季度 (the first nine months) nor 三个季度 (three quarters'
// time). English: "the third quarter", third-quarter, "the second and
// third quarters", "fiscal first quarter", Q3 (also in Chinese text); not
// "a quarter" or "three quarters" (fractions), nor "the first quarter of
// the century".
func quartersIn(text string, lang article.Lang) []Quantity {
	if !strings.ContainsAny(text, "Qq季") {
		return nil // no Q, no quarter, no 季度
	}
	rs := []rune(text)
	var out []Quantity
	add := func(start, end, n int) {
		out = append(out, Quantity{Lang: lang, Start: start, End: end, Text: string(rs[start:end]), Value: float64(n), Unit: Quarter})
	}
	for i := 0; i+1 < len(rs); i++ {
		if (rs[i] == 'Q' || rs[i] == 'q' && lang == article.EN) && rs[i+1] >= '1' && rs[i+1] <= '4' &&
			!isLatin(at(rs, i-1)) && (!isDigit(at(rs, i-1)) || i >= 4 && allDigits(rs[i-4:i]) && !isDigit(at(rs, i-5))) &&
			!isLatin(at(rs, i+2)) && !isDigit(at(rs, i+2)) {
			add(i, i+2, int(rs[i+1]-'0')) // Q3, Q3 2023, 2023Q3
		}
	}
	if lang == article.ZH {
		for _, word := range quarterWords {
			for i := 0; i < len(rs); i++ {
				if !hasAt(rs, i, word) {
					continue
				}
				if i > 0 && rs[i-1] == '首' {
					add(i-1, i+len([]rune(word)), 1) // 首季度: the first quarter
					continue
				}
				out = append(out, zhQuarters(rs, i, i+len([]rune(word)), lang)...)
			}
		}
		return out
	}
	lower := make([]rune, len(rs)) // rune for rune, so indices stay those of rs
	for i, r := range rs {
		lower[i] = unicode.ToLower(r)
	}
	for i := 0; i < len(lower); i++ {
		if !hasAt(lower, i, "quarter") || isLatin(at(lower, i-1)) {
			continue
		}
		end := i + len("quarter")
		if at(lower, end) == 's' {
			end++
		}
		if isLatin(at(lower, end)) || centuryAfter(lower, end) {
			continue // quarterly; the first quarter of the 20th century
		}
		out = append(out, enQuarters(rs, lower, i, end, lang)...)
	}
	return out
}

// quarterWords are the Chinese words for a quarter of a year after its
// number: 季度, 财季 (of a fiscal year) and 季报 (its report).
var quarterWords = []string{"季度", "财季", "財季", "季报", "季報"}

// quarterSpan reads the quarters of a year after the number c. 前三季度
// and "the first three quarters" are nine months, as a translator may
// write them (the first nine months); 三季度 and 第3季度 name a quarter,
// no figure (quartersIn compares them). 三个季度, three quarters' time,
// is a count and is left to the rest of suffix.
func (s *scanner) quarterSpan(c core) (match, bool) {
	if !c.integer || c.value < 1 || c.value > 4 || c.scaled {
		return match{}, false
	}
	k := s.spaces(c.end)
	if c.words {
		if e, ok := s.hasWord(s.spaces(c.end), "quarters"); ok && s.spaces(c.end) > c.end && c.value > 1 && s.afterFirst(c.start) {
			return found(e, 3*c.value, Months), true // the first three quarters: 前三季度, nine months
		}
		return match{}, false
	}
	counted := s.at(k) == '个' || s.at(k) == '個'
	if counted {
		k++
	}
	first := strings.ContainsRune("前头頭首", s.at(c.start-1)) // 前三季度, 首3個季度
	if first && s.at(k) == '季' && !slices.ContainsFunc(quarterWords, func(w string) bool { return s.has(k, w) }) {
		return found(k+1, 3*c.value, Months), true // 首三季, as Hong Kong writes it: the first three quarters
	}
	for _, w := range quarterWords {
		if !s.has(k, w) {
			continue
		}
		switch {
		case first:
			return found(k+len([]rune(w)), 3*c.value, Months), true
		case !counted:
			return skip(k + len([]rune(w))), true
		}
	}
	return match{}, false
}

// afterFirst reports whether the word "first", and a space, end just
// before i.
func (s *scanner) afterFirst(i int) bool {
	k := i - 1
	for k >= 0 && isSpace(s.at(k)) {
		k--
	}
	return k < i-1 && k >= 4 && strings.EqualFold(string(s.rs[k-4:k+1]), "first") && !isLatin(s.at(k-5))
}

// zhQuarters reads the numerals before a word of quarters (季度) at i,
// ending at end: one, or a list or range of them (二、三季度, 第二和第三季度,
// 二至三季度). 前三季度 is a span of nine months and gives none.
func zhQuarters(rs []rune, i, end int, lang article.Lang) []Quantity {
	var ns []int
	var starts []int
	k := i
	for k > 0 {
		r := rs[k-1]
		if r >= '1' && r <= '4' || r >= '１' && r <= '４' || strings.ContainsRune("一二三四", r) {
			if isDigit(at(rs, k-2)) || isHanNumeral(at(rs, k-2)) {
				return nil // 十三季度, 13季度: no quarter of a year
			}
			n := int(r - '0')
			switch {
			case r >= '１' && r <= '４':
				n = int(r - '０')
			case r > '9':
				n = hanDigits[r]
			}
			ns, starts = append(ns, n), append(starts, k-1)
			k--
			continue
		}
		if len(ns) > 0 && strings.ContainsRune("第、和及与與或至到-", r) {
			k--
			continue
		}
		break
	}
	if len(ns) == 0 || at(rs, k-1) == '前' || at(rs, k-1) == '后' || at(rs, k-1) == '後' {
		return nil
	}
	var out []Quantity
	for j := len(ns) - 1; j >= 0; j-- {
		e := starts[j] + 1
		if j == 0 {
			e = end
		}
		out = append(out, Quantity{Lang: lang, Start: starts[j], End: e, Text: string(rs[starts[j]:e]), Value: float64(ns[j]), Unit: Quarter})
	}
	return out
}

// enQuarters reads the ordinals before "quarter" or "quarters" at i (in
// lower case, lower), ending at end: "third quarter", third-quarter,
// "second and third quarters", "second- and third-quarter", "the first to
// the third quarters".
func enQuarters(rs, lower []rune, i, end int, lang article.Lang) []Quantity {
	var out []Quantity
	k := i
	for {
		for k > 0 && (lower[k-1] == ' ' || lower[k-1] == '-' || lower[k-1] == ',') {
			k--
		}
		w := k
		for w > 0 && isLatin(lower[w-1]) {
			w--
		}
		word := string(lower[w:k])
		if n, ok := quarterOrdinals[word]; ok {
			e := k
			if len(out) == 0 {
				e = end
			}
			out = append(out, Quantity{Lang: lang, Start: w, End: e, Text: string(rs[w:e]), Value: float64(n), Unit: Quarter})
			k = w
			continue
		}
		if len(out) > 0 && (word == "and" || word == "or" || word == "to" || word == "the") {
			k = w
			continue
		}
		break
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// centuryAfter reports whether "century" follows end within a few words
// ("the first quarter of the 20th century", "the last quarter-century").
func centuryAfter(lower []rune, end int) bool {
	rest := string(lower[end:min(len(lower), end+24)])
	return strings.HasPrefix(rest, "-century") || strings.HasPrefix(rest, " century") || strings.HasPrefix(rest, " of the") && strings.Contains(rest, "centur")
}

// quarterMismatches compares the quarters of a year that the two texts
// of pair i name. A quarter without its counterpart is likely changed
// when the other text also names a quarter it lacks (第二季度 and "the
// third quarter"); when the other text names only quarters this one has,
// it may say the rest as months ("the three months to June").
func quarterMismatches(i int, zh, en string) []Mismatch {
	sides := [2][]Quantity{quartersIn(zh, article.ZH), quartersIn(en, article.EN)}
	left := [2][]Quantity{}
	for k := range sides {
		for _, q := range sides[k] {
			if !hasValue(sides[1-k], q.Value) {
				left[k] = append(left[k], q)
			}
		}
	}
	var out []Mismatch
	for k := range left {
		for _, q := range left[k] {
			q.Pair = i
			if o := left[1-k]; len(o) > 0 && fiscalQuarter(q, zh, en) != fiscalQuarter(o[0], zh, en) {
				out = append(out, mismatch(q, confCounting, because("one language counts the quarter in a fiscal year, the other may count it in the calendar's: %s and %s, unchecked", q.Text, o[0].Text)))
			} else if len(o) > 0 {
				out = append(out, mismatch(q, confPartner, because("no counterpart; the %s text says %s", string(o[0].Lang), o[0].Text)))
			} else if len(sides[1-k]) > 0 {
				out = append(out, mismatch(q, confCounting, because("a quarter the %s text may name by its months", string(sides[1-k][0].Lang))))
			}
		}
	}
	return out
}

// fiscalQuarter reports whether q, a quarter in zh or en, is one of a
// fiscal year, which a company may start in any month: 2017财年二季度,
// 第一财季, "its fiscal second quarter", "the third quarter of fiscal 2017".
func fiscalQuarter(q Quantity, zh, en string) bool {
	text := zh
	if q.Lang == article.EN {
		text = en
	}
	rs := []rune(text)
	if q.Lang == article.ZH {
		before := string(rs[max(0, q.Start-8):q.Start])
		return strings.ContainsAny(q.Text, "财財") || containsAny(before, "财年", "財年", "财政年度", "財政年度", "会计年度", "會計年度")
	}
	near := strings.ToLower(string(rs[max(0, q.Start-30):min(len(rs), q.End+30)]))
	return containsAny(near, "fiscal", "financial year")
}
