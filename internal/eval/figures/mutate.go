package figures

import (
	"regexp"
	"strconv"
	"strings"

	"tandem/article"
)

// Change is one figure of a pair changed on one side: the kind of change,
// the side, and the changed figure's rune span in the changed text.
type Change struct {
	Kind  string // "digit", "scale" or "percent"
	Lang  article.Lang
	Start int
	End   int
	Pair  article.Pair // the pair with the change made
}

// number is an Arabic number as written: digits with grouping commas and a
// decimal part.
var number = regexp.MustCompile(`[0-9][0-9,]*(\.[0-9]+)?`)

// token is a number found in a text: its byte span, its value as written
// (commas dropped) and what follows it.
type token struct {
	start, end int
	digits     string
	after      string
}

// tokens lists the Arabic numbers of text. A number attached to Latin
// letters or joined to them by a hyphen (iPhone7, G20, HMX-1) is left out:
// it is a name, not a figure.
func tokens(text string) []token {
	var out []token
	for _, m := range number.FindAllStringIndex(text, -1) {
		s, e := m[0], m[1]
		for e > s && text[e-1] == ',' {
			e--
		}
		if s > 0 && isASCIILetter(text[s-1]) || s > 1 && text[s-1] == '-' && isASCIILetter(text[s-2]) ||
			e < len(text) && isASCIILetter(text[e]) && !strings.HasPrefix(text[e:], "bn") {
			continue
		}
		after := strings.TrimLeft(text[e:], " ")
		out = append(out, token{s, e, strings.ReplaceAll(text[s:e], ",", ""), after})
	}
	return out
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// Changes returns every single change of a figure that both sides of p
// state: a digit changed in a number both sides write in digits, 亿 made
// 万 (or billion made million) in an amount both sides state, and a
// percentage changed by one point. Each change is made on one side only;
// the other side keeps the original figure.
func Changes(p article.Pair) []Change {
	zh, en := tokens(p.ZH), tokens(p.EN)
	var out []Change
	for _, side := range []struct {
		lang        article.Lang
		mine, other []token
	}{{article.ZH, zh, en}, {article.EN, en, zh}} {
		text := p.Text(side.lang)
		for _, t := range side.mine {
			if !sameDigits(t, side.other) {
				if c, ok := scaleChange(p, side.lang, text, t, side.other); ok {
					out = append(out, c)
				}
				continue
			}
			kind, changed := "digit", bumpLastDigit(t.digits)
			if isPercent(t.after) {
				kind, changed = "percent", bumpUnits(t.digits)
			}
			out = append(out, change(p, side.lang, kind, text, t.start, t.end, changed))
		}
	}
	return out
}

// sameDigits reports whether others hold a number written with the digits
// of t.
func sameDigits(t token, others []token) bool {
	for _, o := range others {
		if o.digits == t.digits {
			return true
		}
	}
	return false
}

// scaleChange makes 亿 万 (or billion million, million billion) after t
// when the other side states the same amount with its own scale.
func scaleChange(p article.Pair, lang article.Lang, text string, t token, others []token) (Change, bool) {
	v, err := strconv.ParseFloat(t.digits, 64)
	if err != nil {
		return Change{}, false
	}
	mult, word, repl := scaleOf(t.after)
	if mult == 0 {
		return Change{}, false
	}
	for _, o := range others {
		w, err := strconv.ParseFloat(o.digits, 64)
		m, _, _ := scaleOf(o.after)
		if err != nil || m == 0 || !close(v*mult, w*m) {
			continue
		}
		at := t.end + strings.Index(text[t.end:], word)
		return change(p, lang, "scale", text, at, at+len(word), repl), true
	}
	return Change{}, false
}

// scaleOf reads the scale at the start of s: 亿, 万 (億, 萬), billion,
// million.
func scaleOf(s string) (float64, string, string) {
	for _, sc := range []struct {
		word, repl string
		mult       float64
	}{{"万亿", "万", 1e12}, {"亿", "万", 1e8}, {"万", "亿", 1e4}, {"萬億", "萬", 1e12}, {"億", "萬", 1e8}, {"萬", "億", 1e4},
		{"billion", "million", 1e9}, {"million", "billion", 1e6}} {
		if strings.HasPrefix(s, sc.word) {
			return sc.mult, sc.word, sc.repl
		}
	}
	return 0, "", ""
}

func close(a, b float64) bool { return a == b || a > 0 && b > 0 && a/b > 0.999 && a/b < 1.001 }

// isPercent reports whether a number is followed by a percent sign or word.
func isPercent(after string) bool {
	for _, p := range []string{"%", "％", "percent", "per cent", "个百分点", "百分点"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// bumpLastDigit adds one to the last digit of a number, 9 going to 8.
func bumpLastDigit(s string) string {
	b := []byte(s)
	i := len(b) - 1
	if b[i] == '9' {
		b[i] = '8'
	} else {
		b[i]++
	}
	return string(b)
}

// bumpUnits adds one to the integer part of a number: 3.5 is 4.5.
func bumpUnits(s string) string {
	whole, frac, hasFrac := strings.Cut(s, ".")
	n, err := strconv.Atoi(whole)
	if err != nil {
		return bumpLastDigit(s)
	}
	out := strconv.Itoa(n + 1)
	if hasFrac {
		out += "." + frac
	}
	return out
}

// change replaces the bytes [start,end) of text, the lang side of p, with
// repl, and records the span of repl in runes.
func change(p article.Pair, lang article.Lang, kind, text string, start, end int, repl string) Change {
	changed := text[:start] + repl + text[end:]
	q := article.Pair{ZH: p.ZH, EN: p.EN}
	if lang == article.ZH {
		q.ZH = changed
	} else {
		q.EN = changed
	}
	rs := len([]rune(text[:start]))
	return Change{Kind: kind, Lang: lang, Start: rs, End: rs + len([]rune(repl)), Pair: q}
}
