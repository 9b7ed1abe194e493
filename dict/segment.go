package dict

import (
	"slices"
	"strings"
	"unicode"
)

// Word is a piece of segmented text: a dictionary word, a Chinese character
// the dictionary has no longer word for, a run of Latin letters or digits,
// or one other character (space, punctuation). Start and End count runes.
type Word struct {
	Text       string
	Start, End int
	// Known says the dictionary has Text as a headword.
	Known bool
}

// Segment cuts text into words. A run of Chinese is cut by longest match
// twice, forwards (from each point the longest headword the text continues
// with, else one character) and backwards (the longest headword the text so
// far ends with): the cut with fewer words wins (中国海关总署 is 中国
// 海关总署, where forwards takes 中国海 first), then the one with fewer lone
// characters, then the forward one (今年前 is 今年 前, not 今 年前). Latin
// letters and digits run together as one word (with ' and - inside a word,
// . and , inside a number), every other character is a word of its own.
// The words cover text without gaps, in order.
func (d *Dictionary) Segment(text string) []Word {
	runes := []rune(text)
	var words []Word
	for i := 0; i < len(runes); {
		n := 1
		switch {
		case isHan(runes[i]):
			for i+n < len(runes) && isHan(runes[i+n]) {
				n++
			}
			for _, c := range d.cutHan(runes[i : i+n]) {
				w := string(runes[i+c[0] : i+c[1]])
				words = append(words, Word{Text: w, Start: i + c[0], End: i + c[1], Known: d.Has(w)})
			}
			i += n
			continue
		case isWordRune(runes[i]):
			for i+n < len(runes) && (isWordRune(runes[i+n]) || joins(runes, i+n)) {
				n++
			}
		}
		words = append(words, Word{Text: string(runes[i : i+n]), Start: i, End: i + n})
		i += n
	}
	return words
}

// joins reports whether the rune at i joins the word around it: ' or -
// between letters, . or , between digits.
func joins(r []rune, i int) bool {
	if i == 0 || i+1 >= len(r) {
		return false
	}
	switch r[i] {
	case '\'', '-':
		return isWordRune(r[i-1]) && isWordRune(r[i+1])
	case '.', ',':
		return unicode.IsDigit(r[i-1]) && unicode.IsDigit(r[i+1])
	}
	return false
}

// cutHan cuts a run of Chinese characters into words, as [start, end)
// pairs; see Segment.
func (d *Dictionary) cutHan(run []rune) [][2]int {
	var fwd, bwd [][2]int
	for i := 0; i < len(run); {
		n := max(d.longestAt(run[i:]), 1)
		fwd = append(fwd, [2]int{i, i + n})
		i += n
	}
	for j := len(run); j > 0; {
		n := max(d.longestEnding(run[:j]), 1)
		bwd = append(bwd, [2]int{j - n, j})
		j -= n
	}
	slices.Reverse(bwd)
	if len(fwd) != len(bwd) {
		if len(fwd) < len(bwd) {
			return fwd
		}
		return bwd
	}
	if singles(bwd) < singles(fwd) {
		return bwd
	}
	return fwd
}

func singles(cut [][2]int) int {
	n := 0
	for _, c := range cut {
		if c[1]-c[0] == 1 {
			n++
		}
	}
	return n
}

// longestEnding is the length in runes of the longest headword (of two
// runes or more) that runes ends with, 0 when none.
func (d *Dictionary) longestEnding(runes []rune) int {
	for n := min(len(runes), d.maxLen); n >= 2; n-- {
		if d.Has(string(runes[len(runes)-n:])) {
			return n
		}
	}
	return 0
}

// WordAt is the word of text that holds the rune at pos, as Segment cuts
// it; ok is false when pos is outside text.
func (d *Dictionary) WordAt(text string, pos int) (w Word, ok bool) {
	if pos < 0 {
		return Word{}, false
	}
	// Longest match depends on where a run of Chinese starts, so the text
	// is cut from its start (a paragraph takes well under a millisecond).
	for _, w := range d.Segment(text) {
		if w.Start <= pos && pos < w.End {
			return w, true
		}
	}
	return Word{}, false
}

// longestAt is the length in runes of the longest headword that runes
// begins with, 0 when none. It widens the prefix one rune at a time and
// stops as soon as no headword begins with it.
func (d *Dictionary) longestAt(runes []rune) int {
	best := 0
	var b strings.Builder
	simpOpen, tradOpen := true, true
	for n := 1; n <= len(runes) && n <= d.maxLen && (simpOpen || tradOpen); n++ {
		b.WriteRune(runes[n-1])
		p := b.String()
		var exact bool
		if simpOpen {
			var e bool
			e, simpOpen = d.prefix(d.bySimp, p, (*Dictionary).simp)
			exact = exact || e
		}
		if tradOpen {
			var e bool
			e, tradOpen = d.prefix(d.byTrad, p, (*Dictionary).trad)
			exact = exact || e
		}
		if exact {
			best = n
		}
	}
	return best
}

// prefix reports whether p is a headword (exact) and whether any headword
// begins with p (open).
func (d *Dictionary) prefix(order []int32, p string, key headword) (exact, open bool) {
	i, found := slices.BinarySearchFunc(order, p, func(x int32, w string) int {
		return strings.Compare(key(d, x), w)
	})
	if found {
		return true, true
	}
	return false, i < len(order) && strings.HasPrefix(key(d, order[i]), p)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// isWordRune is a letter or digit that is not Chinese.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isHan(r)
}
