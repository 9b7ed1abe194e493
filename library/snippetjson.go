package library

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// readSnippetArticle decodes into la what a search reads of an
// article.json, without encoding/json's reflection: the twenty articles
// of every search took an eighth of its time to decode. The texts are cut
// from s. ok is false when s holds anything this reader does not take as
// encoding/json would: a null, a key that matches a field only when case
// is ignored, a key given twice, a number where it wants an integer, text
// that is not UTF-8, or text that is not JSON. The caller then decodes it
// with encoding/json, which says what is wrong.
func readSnippetArticle(s string, la *snippetArticle) (ok bool) {
	if !utf8.ValidString(s) {
		return false
	}
	r := &jsonReader{s: s}
	ok = r.object(func(key string) bool {
		switch key {
		case "id":
			return r.str(&la.ID)
		case "title":
			return r.str(&la.Title)
		case "source":
			return r.str(&la.Source)
		case "date":
			return r.str(&la.Date)
		case "pairs":
			return r.pairs(la)
		}
		return r.other(key, "id", "title", "source", "date", "pairs")
	})
	r.space()
	return ok && r.i == len(r.s)
}

// jsonReader reads JSON from s, at i.
type jsonReader struct {
	s     string
	i     int
	depth int
	// scratch gathers the integer pairs of an array.
	scratch [][2]int
}

// maxDepth is the deepest nesting the reader skips over; a deeper value
// goes to encoding/json.
const maxDepth = 100

// space skips white space.
func (r *jsonReader) space() {
	for r.i < len(r.s) && (r.s[r.i] == ' ' || r.s[r.i] == '\t' || r.s[r.i] == '\n' || r.s[r.i] == '\r') {
		r.i++
	}
}

// next skips white space and reports whether the next byte is c, taking
// it if so.
func (r *jsonReader) next(c byte) bool {
	r.space()
	if r.i < len(r.s) && r.s[r.i] == c {
		r.i++
		return true
	}
	return false
}

// object reads an object, calling member for each key with the reader at
// its value; a key given twice fails, as encoding/json would decode the
// second into what the first left.
func (r *jsonReader) object(member func(key string) bool) bool {
	if !r.next('{') {
		return false
	}
	if r.next('}') {
		return true
	}
	var keys [16]string
	seen := keys[:0]
	for {
		var key string
		if !r.str(&key) || slices.Contains(seen, key) || !r.next(':') || !member(key) {
			return false
		}
		seen = append(seen, key)
		if r.next('}') {
			return true
		}
		if !r.next(',') {
			return false
		}
	}
}

// array reads an array, calling elem with the reader at each element.
func (r *jsonReader) array(elem func() bool) bool {
	if !r.next('[') {
		return false
	}
	if r.next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if r.next(']') {
			return true
		}
		if !r.next(',') {
			return false
		}
	}
}

// other skips the value of a key that is none of fields; a key that is
// one of them but for case fails, as encoding/json would decode it into
// that field.
func (r *jsonReader) other(key string, fields ...string) bool {
	for _, f := range fields {
		if strings.EqualFold(key, f) {
			return false
		}
	}
	return r.skip()
}

// pairs reads the array of pairs into la.
func (r *jsonReader) pairs(la *snippetArticle) bool {
	la.Pairs = []snippetPair{}
	return r.array(func() bool {
		la.Pairs = append(la.Pairs, snippetPair{})
		p := &la.Pairs[len(la.Pairs)-1]
		return r.object(func(key string) bool {
			switch key {
			case "zh":
				return r.str(&p.ZH)
			case "en":
				return r.str(&p.EN)
			case "sentences_zh":
				return r.ints(&p.SentencesZH)
			case "sentences_en":
				return r.ints(&p.SentencesEN)
			case "links":
				return r.ints(&p.Links)
			}
			return r.other(key, "zh", "en", "sentences_zh", "sentences_en", "links")
		})
	})
}

// ints reads an array of two-integer arrays into a slice of its length.
func (r *jsonReader) ints(out *[][2]int) bool {
	r.scratch = r.scratch[:0]
	ok := r.array(func() bool {
		var v [2]int
		if !r.next('[') || !r.integer(&v[0]) || !r.next(',') || !r.integer(&v[1]) || !r.next(']') {
			return false
		}
		r.scratch = append(r.scratch, v)
		return true
	})
	*out = append(make([][2]int, 0, len(r.scratch)), r.scratch...)
	return ok
}

// integer reads a number without a fraction or an exponent.
func (r *jsonReader) integer(v *int) bool {
	r.space()
	start := r.i
	if !r.number() || strings.ContainsAny(r.s[start:r.i], ".eE") {
		return false
	}
	n, err := strconv.Atoi(r.s[start:r.i])
	*v = n
	return err == nil
}

// number takes a JSON number.
func (r *jsonReader) number() bool {
	if r.i < len(r.s) && r.s[r.i] == '-' {
		r.i++
	}
	switch {
	case r.i < len(r.s) && r.s[r.i] == '0':
		r.i++
	case !r.digits():
		return false
	}
	if r.i < len(r.s) && r.s[r.i] == '.' {
		r.i++
		if !r.digits() {
			return false
		}
	}
	if r.i < len(r.s) && (r.s[r.i] == 'e' || r.s[r.i] == 'E') {
		r.i++
		if r.i < len(r.s) && (r.s[r.i] == '+' || r.s[r.i] == '-') {
			r.i++
		}
		if !r.digits() {
			return false
		}
	}
	return true
}

// digits takes one digit or more.
func (r *jsonReader) digits() bool {
	start := r.i
	for r.i < len(r.s) && r.s[r.i] >= '0' && r.s[r.i] <= '9' {
		r.i++
	}
	return r.i > start
}

// skip takes any value.
func (r *jsonReader) skip() bool {
	r.space()
	if r.i >= len(r.s) {
		return false
	}
	switch c := r.s[r.i]; {
	case c == '"':
		var s string
		return r.str(&s)
	case c == '{' || c == '[':
		if r.depth++; r.depth > maxDepth {
			return false
		}
		defer func() { r.depth-- }()
		if c == '{' {
			return r.object(func(string) bool { return r.skip() })
		}
		return r.array(r.skip)
	case c == '-' || c >= '0' && c <= '9':
		return r.number()
	}
	for _, lit := range []string{"true", "false"} {
		if strings.HasPrefix(r.s[r.i:], lit) {
			r.i += len(lit)
			return true
		}
	}
	return false // null among them: see readSnippetArticle
}

// str reads a string into out: a slice of the text when it has no escape.
func (r *jsonReader) str(out *string) bool {
	if !r.next('"') {
		return false
	}
	start := r.i
	for r.i < len(r.s) {
		switch c := r.s[r.i]; {
		case c == '"':
			*out = r.s[start:r.i]
			r.i++
			return true
		case c == '\\':
			return r.escaped(start, out)
		case c < 0x20:
			return false
		}
		r.i++
	}
	return false
}

// escaped reads the rest of a string that has an escape at i, from
// start.
func (r *jsonReader) escaped(start int, out *string) bool {
	var b strings.Builder
	b.WriteString(r.s[start:r.i])
	for r.i < len(r.s) {
		c := r.s[r.i]
		switch {
		case c == '"':
			*out = b.String()
			r.i++
			return true
		case c < 0x20:
			return false
		case c != '\\':
			b.WriteByte(c)
			r.i++
			continue
		}
		if r.i+1 >= len(r.s) {
			return false
		}
		e := r.s[r.i+1]
		r.i += 2
		switch e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			u, ok := r.hex4()
			if !ok {
				return false
			}
			if utf16.IsSurrogate(u) {
				// A surrogate pair is one character; a lone half is
				// U+FFFD, as encoding/json reads it.
				save := r.i
				if strings.HasPrefix(r.s[r.i:], `\u`) {
					r.i += 2
					if low, ok := r.hex4(); ok {
						if d := utf16.DecodeRune(u, low); d != utf8.RuneError {
							b.WriteRune(d)
							continue
						}
					}
				}
				r.i = save
				u = utf8.RuneError
			}
			b.WriteRune(u)
		default:
			return false
		}
	}
	return false
}

// hex4 reads the four hex digits of a \u escape.
func (r *jsonReader) hex4() (rune, bool) {
	if r.i+4 > len(r.s) {
		return 0, false
	}
	n, err := strconv.ParseUint(r.s[r.i:r.i+4], 16, 16)
	if err != nil {
		return 0, false
	}
	r.i += 4
	return rune(n), true
}
