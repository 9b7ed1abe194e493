package quantity

import "strings"

// This file reads numbers the way older English writes them, as the King
// James Bible and Jane Austen do (three and twenty years): the unit before
// the tens (five and thirty, two and twenty thousand, the four and
// twentieth day), scores (threescore and ten, fourscore and seven years),
// the tens before "and" and a unit after hundreds (an hundred sixty and
// two), and a hundred or a thousand after "the" (the hundred and fifty
// days).

// oldStyle reads such a number at i, where the word w ends at e: its value
// and end, and whether it is an ordinal (the four and twentieth day, the
// twenty and sixth year), which the check does not compare.
func (s *scanner) oldStyle(i, e int, w string) (v float64, end int, ordinal, ok bool) {
	if v, end, ok := s.scores(e, w); ok {
		return v, end, false, true
	}
	u := unitValue(w)
	next, and := s.andAfter(e)
	if u == 0 || !and || s.rangeBefore(i) {
		return 0, e, false, false
	}
	t, tEnd := s.lowerWord(next)
	switch {
	case u < 10 && tensWord(wordNumbers[t]) && s.at(tEnd) != '-':
		return u + wordNumbers[t], tEnd, false, true // five and thirty
	case u < 10 && tensWord(ordinalWords[t]):
		return u + ordinalWords[t], tEnd, true, true // the four and twentieth day
	case tensWord(u) && ordinalWords[t] < 10 && ordinalWords[t] > 0:
		return u + ordinalWords[t], tEnd, true, true // the twenty and sixth year
	}
	if n, end, ok := s.tensAndUnit(e); ok && tensWord(u) {
		return u + n, end, false, true // forty and five, fifty and nine thousand
	}
	return 0, e, false, false
}

// unitValue returns the value of the English number word w, one included,
// or 0 when w is none.
func unitValue(w string) float64 {
	if w == "one" {
		return 1
	}
	return wordNumbers[w]
}

// scores reads a number of scores, the word w ending at e: threescore,
// three score, and the number under twenty after it (threescore and ten).
func (s *scanner) scores(e int, w string) (float64, int, bool) {
	var n float64
	switch {
	case strings.HasSuffix(w, "score"):
		n = wordNumbers[strings.TrimSuffix(w, "score")] // threescore
	case s.at(e) == ' ' && s.isWord(e+1, "score"):
		n, e = wordNumbers[w], e+len(" score") // three score
	}
	if n == 0 || n >= 10 {
		return 0, e, false
	}
	if next, and := s.andAfter(e); and {
		if t, end := s.lowerWord(next); unitValue(t) > 0 && unitValue(t) < 20 {
			return 20*n + unitValue(t), end, true // threescore and ten
		}
	}
	return 20 * n, e, true
}

// tensAndUnit reads " and " and a unit after a tens word ending at e, in
// the tail of hundreds (an hundred sixty and two): the unit and its end.
// Not when "hundred" or a hyphen follows the unit (a hundred fifty and two
// hundred are two numbers); a larger scale counts the whole (an hundred and
// forty and four thousand).
func (s *scanner) tensAndUnit(e int) (float64, int, bool) {
	next, and := s.andAfter(e)
	if !and {
		return 0, e, false
	}
	t, end := s.lowerWord(next)
	u := unitValue(t)
	if u == 0 || u >= 10 || s.at(end) == '-' || s.hasWordAfter(end, "hundred") {
		return 0, e, false
	}
	return u, end, true
}

// theHundred reads "the hundred and fifty" at i, where the word w, hundred
// or thousand, ends at e: a hundred or a thousand counted with "the"
// before it (the hundred twenty and seven provinces, the thousand seven
// hundred seventy and five shekels), not "the hundred days".
func (s *scanner) theHundred(i, e int, w string) (float64, int, bool) {
	if w != "hundred" && w != "thousand" || i < 4 || !strings.EqualFold(string(s.rs[i-4:i]), "the ") {
		return 0, e, false
	}
	if w == "hundred" {
		v, end := s.hundredTail(100, e)
		return v, end, end > e
	}
	r, end, ok := s.wordsRemainder(e, 1000, 1000)
	return 1000 + r, end, ok
}

// andAfter reports whether " and " follows a word ending at e, and where
// the word after it begins.
func (s *scanner) andAfter(e int) (int, bool) {
	if s.at(e) != ' ' {
		return e, false
	}
	end, ok := s.hasWord(e+1, "and")
	if !ok || s.at(end) != ' ' {
		return e, false
	}
	return end + 1, true
}

// lowerWord returns the word at i in lower case, and its end.
func (s *scanner) lowerWord(i int) (string, int) {
	e := s.wordEnd(i)
	return strings.ToLower(string(s.rs[i:e])), e
}

// hasWordAfter reports whether w follows the word ending at e, past a
// space.
func (s *scanner) hasWordAfter(e int, w string) bool {
	_, ok := s.hasWord(s.spaces(e), w)
	return ok && s.spaces(e) > e
}

// rangeBefore reports whether "between" or "from" stands before the word
// at i: "between five and thirty" is a range of two numbers.
func (s *scanner) rangeBefore(i int) bool {
	k := i - 1
	k = spacesBack(s.rs, k)
	b := k + 1
	for b > 0 && isLatin(s.rs[b-1]) {
		b--
	}
	w := strings.ToLower(string(s.rs[b : k+1]))
	return w == "between" || w == "from"
}

// tensWord reports whether v is a tens from twenty to ninety.
func tensWord(v float64) bool { return v >= 20 && v < 100 && int(v)%10 == 0 }

// tensOrdinal reads an ordinal from 21 to 99 whose tens word w ends at e:
// twenty-fourth, thirty first; it returns its value and end.
func (s *scanner) tensOrdinal(e int, w string) (float64, int, bool) {
	if !tensWord(wordNumbers[w]) || s.at(e) != '-' && s.at(e) != ' ' {
		return 0, e, false
	}
	u, end := s.lowerWord(e + 1)
	if d := ordinalWords[u]; d > 0 && d < 10 {
		return wordNumbers[w] + d, end, true
	}
	return 0, e, false
}
