package quantity

import (
	"math"
	"regexp"
	"strconv"

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

// zhLabelRe finds a Chinese label: 第 and a number before the kind of part.
var zhLabelRe = regexp.MustCompile(`第\s*([0-9]+|[零〇一二三四五六七八九十百两]+)\s*(条|條|款|章|节|節|项|項|部分|号|號)`)

// enLabelRe finds an English label: the kind of part and a number.
var enLabelRe = regexp.MustCompile(`\b(Article|Art\.|Rule|Clause|Chapter|Section|Paragraph|Item|article|rule|clause|chapter|section|paragraph|item|No\.)\s+([0-9]+)\b`)

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
	"项": "item", "項": "item",
	"article": "article", "art.": "article", "rule": "article", "clause": "article", "chapter": "chapter",
	"section": "section", "paragraph": "article", "item": "item",
	"号": "number", "號": "number", "no.": "number", // 第2758号决议 and "Resolution No. 2758"; #30 too
}

// label is a numbered part of a text: its kind and the quantity that
// holds its number.
type label struct {
	kind string
	q    Quantity
}

// labelsIn returns the labels of text; the quantity of each spans its
// number. A Chinese text's English words are read too: markup or a
// passage copied untranslated (<div>section 7</div>).
func labelsIn(text string, lang article.Lang) []label {
	out := kindLabelsIn(text, lang, enLabelRe)
	if lang == article.ZH {
		out = append(kindLabelsIn(text, lang, zhLabelRe), out...)
	}
	at := func(kind string, start, end int, v float64) {
		rs, re := len([]rune(text[:start])), len([]rune(text[:end]))
		out = append(out, label{kind, Quantity{Lang: lang, Start: rs, End: re, Text: text[start:end], Value: v, Unit: Label}})
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
// re (zhLabelRe or enLabelRe) finds in text, a text of lang.
func kindLabelsIn(text string, lang article.Lang, re *regexp.Regexp) []label {
	var out []label
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		num, word, start, end := text[m[2]:m[3]], text[m[4]:m[5]], m[2], m[3]
		if re == enLabelRe {
			num, word, start, end = text[m[4]:m[5]], text[m[2]:m[3]], m[4], m[5]
		}
		v, err := strconv.Atoi(num)
		if err != nil {
			f, ok := hanValue([]rune(num))
			if !ok || f != math.Trunc(f) {
				continue
			}
			v = int(f)
		}
		rs, re := len([]rune(text[:start])), len([]rune(text[:end]))
		out = append(out, label{labelKinds[lower(word)], Quantity{Lang: lang, Start: rs, End: re, Text: text[start:end], Value: float64(v), Unit: Label}})
	}
	return out
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

// labelMismatches returns the labels of the pair i that one language
// writes and the other does not, where the other writes another label of
// the same kind that the first does not. A label the other language leaves
// out is not reported.
func labelMismatches(i int, zh, en string) []Mismatch {
	sides := [2][]label{labelsIn(zh, article.ZH), labelsIn(en, article.EN)}
	if len(sides[0]) == 0 || len(sides[1]) == 0 {
		return nil
	}
	alone := func(l label, others []label) bool {
		for _, o := range others {
			if sameLabelKind(o.kind, l.kind) && o.q.Value == l.q.Value {
				return false
			}
		}
		return true
	}
	var out []Mismatch
	for k := range sides {
		for _, l := range sides[k] {
			if !alone(l, sides[1-k]) {
				continue
			}
			for _, o := range sides[1-k] {
				if sameLabelKind(o.kind, l.kind) && alone(o, sides[k]) {
					q := l.q
					q.Pair = i
					out = append(out, mismatch(q, confPartner, because("no counterpart; the %s text numbers the %s %s", string(o.q.Lang), o.kind, o.q.Text)))
					break
				}
			}
		}
	}
	return out
}

// sameLabelKind reports whether labels of kinds a and b number the same parts:
// one kind, or an article and a section, which translators of a
// regulation write for each other (第713条 and "Section 713").
func sameLabelKind(a, b string) bool {
	pair := func(x, y string) bool { return a == x && b == y || a == y && b == x }
	return a == b || pair("article", "section")
}
