package quantity

import (
	"regexp"
	"slices"
	"strings"

	"tandem/article"
)

// Decades are not figures Extract returns (translators write 90 年代 as
// "the 1990s" or "the nineties", or leave the decade out), but a decade
// both languages write in digits or numerals can be compared: 1880 年代
// and "the 1881's" is a changed figure.

// decadesIn returns the decades text names in digits or Chinese numerals,
// unit Decade, Value the first year as written (1880 for 1880 年代 and
// the 1880s, 80 for 80 年代 and the '80s, the century not stated): 1930
// 年代, 90 年代, 7、80 年代 (70 and 80), 50 至 60 年代 (50 and 60), 八十年代,
// 八九十年代 (80 and 90), 三、四十年代 (30 and 40), 一九八〇年代, the 1930s, the 1930's, the ’80s.
func decadesIn(text string, lang article.Lang) []Quantity {
	rs := []rune(text)
	var out []Quantity
	add := func(start, end int, v float64) {
		out = append(out, Quantity{Lang: lang, Start: start, End: end, Text: string(rs[start:end]), Value: v, Unit: Decade})
	}
	for i := 0; i < len(rs); i++ {
		switch {
		case isDigit(rs[i]) && (i == 0 || !isDigit(rs[i-1]) && rs[i-1] != '.' && rs[i-1] != ','):
			e := i
			for e < len(rs) && isDigit(rs[e]) {
				e++
			}
			n, v := e-i, digitsValue(rs[i:e])
			k := e
			if k < len(rs) && rs[k] == ' ' {
				k++
			}
			switch {
			case (n == 2 || n == 4) && hasAt(rs, k, "年代") && int(v)%10 == 0:
				add(i, k+2, v)
			case n == 2 && int(v)%10 == 0 && (hasAt(rs, k, "年初") || hasAt(rs, k, "年末")) && afterDecade(rs, i):
				add(i, k+1, v) // 80年代和90年初: the early nineties, 年代 left out
			case (n == 1 || n == 2) && at(rs, e) == '、' && listedDecade(rs, e+1):
				if n == 1 {
					v *= 10 // 7、80 年代: the seventies
				}
				add(i, e, v)
			case (n == 2 || n == 4) && strings.ContainsRune(decadeRange+decadeAnd, at(rs, k)) && listedDecade(rs, k+1):
				add(i, e, v) // 50 至 60 年代: the fifties to the sixties; 1960和70年代, 20 和 30 年代
			case (n == 2 || n == 4) && int(v)%10 == 0 && !isLatin(at(rs, i-1)) &&
				(n == 4 || strings.ContainsRune("'’", at(rs, i-1)) || partOfDecadeBefore(rs, i) || decadeBefore(rs, i)):
				// the 1930s, the ’80s, the 80s, the late 90’s, the 1960s and 70s; not "in her 30s", an age,
				// nor 2008’s, a year's possessive
				if end, ok := decadeS(rs, e); ok {
					add(i, end, v)
				}
			}
			i = e - 1
		case isHanNumeral(rs[i]) && (i == 0 || !isHanNumeral(rs[i-1])):
			e := i
			for e < len(rs) && isHanNumeral(rs[e]) {
				e++
			}
			if d, ok := hanDigits[rs[i]]; ok && e == i+1 && d > 0 && hanDecadeListed(rs, e) {
				add(i, e, float64(d*10)) // 三、四十年代: the thirties
				continue
			}
			run := rs[i:e]
			if len(run) >= 2 && run[len(run)-1] == '十' && hanDecadeListed(rs, e) {
				for _, r := range run[:len(run)-1] {
					if d, ok := hanDigits[r]; ok && d > 0 {
						add(i, e, float64(d*10)) // 七十和八十年代: the seventies and the eighties
					}
				}
				i = e - 1
				continue
			}
			if len(run) == 4 && strings.ContainsRune(decadeRange+decadeAnd, at(rs, e)) && hanDecadeAfter(rs, e+1) {
				if v := digitByDigit(run); v >= 1000 {
					add(i, e, v) // 一九三〇至一九五〇年代: the thirties to the fifties
				}
				i = e - 1
				continue
			}
			if !hasAt(rs, e, "年代") {
				i = e - 1
				continue
			}
			switch {
			case len(run) == 4:
				if v := digitByDigit(run); v >= 1000 {
					add(i, e+2, v) // 一九八〇年代
				}
			case len(run) >= 2 && run[len(run)-1] == '十':
				for _, r := range run[:len(run)-1] {
					if d, ok := hanDigits[r]; ok && d > 0 {
						add(i, e+2, float64(d*10)) // 八十年代, 八九十年代
					}
				}
			}
			i = e - 1
		}
	}
	return out
}

// shortDecade returns the decade of other that q, Chinese, is: a decade's
// number with 年初 or 年末 after a decade, 年代 left out (80年代和90年初
// and "the 1980s and early 1990s"), which Extract reads as years.
func shortDecade(q Quantity, mine, other *side) (Quantity, bool) {
	rs := []rune(mine.text)
	if q.Lang != article.ZH || q.Start < 0 || q.End > len(rs) || !afterDecade(rs, q.Start) {
		return Quantity{}, false
	}
	for _, d := range decadesIn(mine.text, mine.lang) {
		if d.Start != q.Start {
			continue
		}
		for _, o := range decadesIn(other.text, other.lang) {
			if sameDecade(d.Value, o.Value) {
				return o, true
			}
		}
	}
	return Quantity{}, false
}

// afterDecade reports whether a decade and a word joining a list or a
// range end just before rune i: 80年代和90年初, 70年代至80年末.
func afterDecade(rs []rune, i int) bool {
	before := string(rs[max(0, i-4):i])
	for _, j := range []string{"和", "与", "與", "及", "、", "至", "到"} {
		if strings.HasSuffix(before, "年代"+j) {
			return true
		}
	}
	return false
}

// hanDecadeAfter reports whether a decade of four Chinese digits starts
// at i (一九五〇年代), the end of a range or a list.
func hanDecadeAfter(rs []rune, i int) bool {
	e := i
	for e < len(rs) && isHanNumeral(rs[e]) {
		e++
	}
	return e == i+4 && hasAt(rs, e, "年代")
}

// hanDecadeListed reports whether a list or a range of decades in Chinese
// numerals goes on at i after a digit: 三、四十年代, 五至六十年代 (the
// thirties and forties, the fifties to the sixties).
func hanDecadeListed(rs []rune, i int) bool {
	if !strings.ContainsRune("、"+decadeRange+decadeAnd, at(rs, i)) {
		return false
	}
	e := i + 1
	for e < len(rs) && isHanNumeral(rs[e]) {
		e++
	}
	return e > i+1 && rs[e-1] == '十' && hasAt(rs, e, "年代")
}

// hasAt reports whether rs has p at i.
func hasAt(rs []rune, i int, p string) bool {
	for _, r := range p {
		if at(rs, i) != r {
			return false
		}
		i++
	}
	return true
}

// decadeRange are the marks between the first and the last decade of a
// range, the first written without 年代: 50 至 60 年代, 1950-1960 年代.
const decadeRange = "至到-–—~～"

// decadeBefore reports whether a decade in four digits and "and" or "to"
// end just before i: the 70s of "the 1960s and 70s" and the 90s of "the
// 1980s-90s", not of "in their 30s and 40s".
func decadeBefore(rs []rune, i int) bool {
	return decadeBeforeRe.MatchString(string(rs[max(0, i-12):i]))
}

// decadeBeforeRe is a decade, in four digits or two, and the word or the
// dash that joins a second to it, at the end of a text: "the 1960s and",
// "the 70s and", "the 1980s-".
var decadeBeforeRe = regexp.MustCompile(`(^|[^0-9])([12][0-9])?[0-9]0['’]?s(?: (?:and|to) |[-–])$`)

// decadeAnd are the words between two decades the second's 年代 names
// both of: 1960和70年代, the 1960s and 70s.
const decadeAnd = "和与與及"

// listedDecade reports whether a decade in digits follows at i, after a
// list's 、 or a range's mark: the 80 年代 of 7、80 年代.
func listedDecade(rs []rune, i int) bool {
	if at(rs, i) == ' ' {
		i++
	}
	e := i
	for e < len(rs) && isDigit(rs[e]) {
		e++
	}
	if e == i {
		return false
	}
	if at(rs, e) == '、' {
		return listedDecade(rs, e+1)
	}
	if at(rs, e) == ' ' {
		e++
	}
	return hasAt(rs, e, "年代")
}

// decadeS returns where an English decade's s that follows a number at i
// ends: 1930s, 1930's, 1930’s, and as a tokenizer spaces it, 1930 ’ s;
// no letter after it.
func decadeS(rs []rune, i int) (int, bool) {
	k := i
	if at(rs, k) == ' ' && (at(rs, k+1) == '\'' || at(rs, k+1) == '’') {
		k++
	}
	if at(rs, k) == '\'' || at(rs, k) == '’' {
		k++
		if k > i+1 && at(rs, k) == ' ' {
			k++ // 1930 ’ s
		}
	}
	return k + 1, at(rs, k) == 's' && !isLatin(at(rs, k+1))
}

// partOfDecadeBefore reports whether "the" or a part of a decade stands
// before i: the 80s, the late 90’s, early 2000s, mid-70s.
func partOfDecadeBefore(rs []rune, i int) bool {
	before := strings.ToLower(string(rs[max(0, i-6):i]))
	for _, w := range []string{"the ", "late ", "early ", "mid ", "mid-"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// sameDecade reports whether two decades agree: equal, or equal in their
// last two digits when one of them leaves the century out.
func sameDecade(a, b float64) bool {
	x, y := int(a+0.5), int(b+0.5)
	if x < 100 || y < 100 {
		return x%100 == y%100
	}
	return x == y
}

// decadeMismatches returns the decades of each side of a pair that the
// other side, which writes a decade too, does not state: 1880 年代 against
// the 1881's. A decade against a side that names none is not reported, as
// translators say decades in words or leave them out; an English decade of
// a century's first years (the 1900s) matches that century in Chinese
// (20世纪), as "the 1900s" names either.
func decadeMismatches(i int, zh, en string) []Mismatch {
	sides := [2][]Quantity{decadesIn(zh, article.ZH), decadesIn(en, article.EN)}
	var out []Mismatch
	for k := range sides {
		other := sides[1-k]
		if len(other) == 0 {
			continue
		}
		for _, q := range sides[k] {
			found := false
			for _, o := range other {
				if sameDecade(q.Value, o.Value) {
					found = true
					break
				}
			}
			if v := int(q.Value + 0.5); q.Lang == article.EN && v >= 1000 && v%100 == 0 && slices.Contains(centuriesIn(zh), v/100+1) {
				found = true // the early 1900s and 20世纪初: the 1900s may be the century
			}
			if v := int(q.Value + 0.5); q.Lang == article.EN && v == 2000 && containsAny(zh, "本世纪初", "本世纪头", "本世纪前十年", "本世纪的头", "新世纪初", "本世紀初", "本世紀頭", "本世紀前十年") {
				found = true // the 2000's and 本世纪初, the start of this century
			}
			if !found {
				q.Pair = i
				out = append(out, mismatch(q, confPartner, because("no counterpart; the %s text says %s", string(other[0].Lang), other[0].Text)))
			}
		}
	}
	return out
}

// centuriesIn returns the centuries that text, Chinese, names in digits or
// numerals before 世纪 (20世纪, 二十世纪, 十九世纪: 20, 20, 19).
func centuriesIn(text string) []int {
	rs := []rune(text)
	var out []int
	for i := 0; i+1 < len(rs); i++ {
		if rs[i] != '世' || rs[i+1] != '纪' && rs[i+1] != '紀' {
			continue
		}
		e := i
		if at(rs, e-1) == ' ' {
			e--
		}
		b := e
		for b > 0 && (isDigit(rs[b-1]) || isHanNumeral(rs[b-1])) {
			b--
		}
		if b == e || e-b > 3 {
			continue
		}
		v, ok := 0.0, true
		if isDigit(rs[b]) {
			for _, r := range rs[b:e] {
				if !isDigit(r) {
					ok = false
					break
				}
				v = v*10 + float64(digitValue(r))
			}
		} else {
			v, ok = hanValue(rs[b:e])
		}
		if ok && v >= 1 && v <= 30 {
			out = append(out, int(v))
		}
	}
	return out
}
