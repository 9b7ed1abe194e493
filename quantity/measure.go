package quantity

import (
	"math"
	"slices"
	"strings"
	"unicode"

	"tandem/article"
)

// measure is a unit of length, area, weight or temperature written after
// a number, and the factor that turns it into the base unit of its
// dimension (metre, square metre, kilogram; degrees Celsius by formula).
type measure struct {
	text   string
	dim    string
	factor float64
	word   bool // an English word: matched in any case, whole
}

// measures after a number, longest first in each language, speeds before
// the lengths they open. 里 alone is
// the Chinese li, half a kilometre (20里外 and "10 kilometers away"),
// after 公里, 英里 and 海里.
var measureUnits = []measure{
	{"公里/小时", "m/s", 1 / 3.6, false}, {"公里每小时", "m/s", 1 / 3.6, false}, {"千米/小时", "m/s", 1 / 3.6, false}, {"千米每小时", "m/s", 1 / 3.6, false},
	{"公里/小時", "m/s", 1 / 3.6, false}, {"英里/小时", "m/s", 0.44704, false}, {"英里每小时", "m/s", 0.44704, false},
	{"kilometres per hour", "m/s", 1 / 3.6, true}, {"kilometers per hour", "m/s", 1 / 3.6, true}, {"km/h", "m/s", 1 / 3.6, true},
	{"kph", "m/s", 1 / 3.6, true}, {"miles per hour", "m/s", 0.44704, true}, {"mph", "m/s", 0.44704, true},
	{"平方公里", "m2", 1e6, false}, {"平方千米", "m2", 1e6, false}, {"平方米", "m2", 1, false},
	{"平方英里", "m2", 2.589988e6, false}, {"平方英尺", "m2", 0.09290304, false}, {"平米", "m2", 1, false},
	{"英亩", "m2", 4046.8564, false}, {"公顷", "m2", 1e4, false}, {"亩", "m2", 666.667, false}, {"畝", "m2", 666.667, false},
	{"公里", "m", 1000, false}, {"千米", "m", 1000, false}, {"厘米", "m", 0.01, false}, {"公分", "m", 0.01, false}, {"毫米", "m", 0.001, false},
	{"英尺", "m", 0.3048, false}, {"英寸", "m", 0.0254, false}, {"英里", "m", 1609.344, false},
	{"海里", "m", 1852, false}, {"里", "m", 500, false}, {"公尺", "m", 1, false}, {"米", "m", 1, false}, {"码", "m", 0.9144, false},
	{"公斤", "kg", 1, false}, {"千克", "kg", 1, false}, {"公吨", "kg", 1000, false}, {"吨", "kg", 1000, false},
	{"磅", "kg", 0.45359237, false}, {"克", "kg", 0.001, false}, {"斤", "kg", 0.5, false},
	{"摄氏度", "C", 1, false}, {"攝氏度", "C", 1, false}, {"℃", "C", 1, false}, {"°C", "C", 1, false},
	{"华氏度", "F", 1, false}, {"華氏度", "F", 1, false}, {"℉", "F", 1, false}, {"°F", "F", 1, false},
	{"square kilometres", "m2", 1e6, true}, {"square kilometers", "m2", 1e6, true},
	{"square metres", "m2", 1, true}, {"square meters", "m2", 1, true}, {"square miles", "m2", 2.589988e6, true},
	{"square feet", "m2", 0.09290304, true}, {"square kilometre", "m2", 1e6, true}, {"square kilometer", "m2", 1e6, true},
	{"square metre", "m2", 1, true}, {"square meter", "m2", 1, true}, {"square mile", "m2", 2.589988e6, true}, {"square foot", "m2", 0.09290304, true}, {"hectares", "m2", 1e4, true}, {"acres", "m2", 4046.8564, true},
	{"hectare", "m2", 1e4, true}, {"acre", "m2", 4046.8564, true}, {"mu", "m2", 666.667, true},
	{"kilometres", "m", 1000, true}, {"kilometers", "m", 1000, true}, {"km", "m", 1000, true},
	{"metres", "m", 1, true}, {"meters", "m", 1, true}, {"centimetres", "m", 0.01, true},
	{"centimeters", "m", 0.01, true}, {"cm", "m", 0.01, true}, {"millimetres", "m", 0.001, true},
	{"millimeters", "m", 0.001, true}, {"mm", "m", 0.001, true}, {"nautical miles", "m", 1852, true}, {"nautical mile", "m", 1852, true},
	{"miles", "m", 1609.344, true}, {"mile", "m", 1609.344, true}, {"feet", "m", 0.3048, true},
	{"foot", "m", 0.3048, true}, {"ft", "m", 0.3048, true}, {"inches", "m", 0.0254, true},
	{"inch", "m", 0.0254, true}, {"yards", "m", 0.9144, true}, {"yard", "m", 0.9144, true}, {"m", "m", 1, true},
	{"kilograms", "kg", 1, true}, {"kilogrammes", "kg", 1, true}, {"kg", "kg", 1, true},
	{"gigatonnes", "kg", 1e12, true}, {"gigatons", "kg", 1e12, true},
	{"megatonnes", "kg", 1e9, true}, {"megatons", "kg", 1e9, true},
	{"metric tonnes", "kg", 1000, true}, {"metric tons", "kg", 1000, true}, {"tonnes", "kg", 1000, true}, {"tons", "kg", 1000, true}, {"pounds", "kg", 0.45359237, true},
	{"pound", "kg", 0.45359237, true}, {"lbs", "kg", 0.45359237, true}, {"lb", "kg", 0.45359237, true},
	{"grams", "kg", 0.001, true}, {"jin", "kg", 0.5, true},
	{"degrees celsius", "C", 1, true}, {"degrees fahrenheit", "F", 1, true}, {"celsius", "C", 1, true},
	{"fahrenheit", "F", 1, true}, {"degrees", "deg", 1, true},
}

// measureOf returns the dimension of the unit written after q in text
// (or at the end of q's own text, as "pounds" read as a currency; or 米
// between the numerals of a Chinese height, 一米八), q's value in the base
// unit of that dimension, and whether the unit is metric.
func measureOf(q Quantity, text string) (dim string, base float64, isMetric, ok bool) {
	rs := []rune(text)
	if q.End > len(rs) || q.Start < 0 || q.Start > q.End {
		return "", 0, false, false
	}
	s := &scanner{rs: rs}
	// The unit may be part of q's text (a currency word, letters attached)
	// or follow it; look from the end of q's digits, and after a scale
	// that ends q (15亿吨, 1.5 billion tons).
	for k := q.Start; k <= q.End; k++ {
		if k < q.End && !s.unitStart(k) {
			continue
		}
		if dim, base, isMetric, ok := s.measureAt(q, s.measureStart(s.spaces(k))); ok {
			return dim, base, isMetric, true // four pounds: the unit after the word
		}
	}
	if dim, base, isMetric, ok := s.measureAt(q, s.spaces(q.End)); ok {
		return dim, base, isMetric, true
	}
	if m, ok := s.unitAfterWord(q); ok {
		return m.dim, q.Value * m.factor, metric(m), true // 50 overhead pounds, 10,000+ overhead pounds
	}
	if qs := []rune(q.Text); q.Lang == article.ZH {
		if k := slices.Index(qs, '米'); k > 0 && k < len(qs)-1 && isHanNumeral(qs[k-1]) && isHanNumeral(qs[k+1]) {
			return "m", q.Value, true, true // 一米八, 一米六零: a height, 1.8 and 1.60 m
		}
	}
	return s.degreesAround(q.Value, q.Start, s.measureStart(s.spaces(q.End)))
}

// unitAfterWord reads an English unit in words that one word of lower
// case stands before, between it and q's number: "50 overhead pounds",
// "10,000+ overhead pounds", "three more miles".
func (s *scanner) unitAfterWord(q Quantity) (measure, bool) {
	if q.Lang != article.EN {
		return measure{}, false
	}
	k := q.End
	if s.at(k) == '+' {
		k++
	}
	if s.at(k) != ' ' || !unicode.IsLower(s.at(k+1)) {
		return measure{}, false
	}
	e := k + 1
	for unicode.IsLower(s.at(e)) {
		e++
	}
	if s.at(e) != ' ' || e-k > 12 {
		return measure{}, false
	}
	m, _, ok := s.unitAt(e + 1)
	return m, ok && m.word && len(m.text) > 2 // a unit spelt out, not m or ft after a word
}

// degreesAround reads a temperature written with the scale before the
// number, which starts at i, and 度 after it, at k: 摄氏37度 (37 °C),
// 华氏100度 (100 °F, given in Celsius and not metric).
func (s *scanner) degreesAround(v float64, i, k int) (dim string, base float64, isMetric, ok bool) {
	if s.at(k) != '度' || i < 2 {
		return "", 0, false, false
	}
	switch string(s.rs[i-2 : i]) {
	case "摄氏", "攝氏":
		return "C", v, true, true
	case "华氏", "華氏":
		return "C", (v - 32) * 5 / 9, false, true
	}
	return "", 0, false, false
}

// measureAt reads a unit of measure at k as the unit of q.
func (s *scanner) measureAt(q Quantity, k int) (dim string, base float64, isMetric, ok bool) {
	m, _, ok := s.unitAt(k)
	if !ok && s.temperatureLetter(k) {
		m, ok = measure{dim: string(s.at(k)), factor: 1}, true
	}
	switch {
	case !ok:
		return "", 0, false, false
	case m.dim == "F":
		return "C", (q.Value - 32) * 5 / 9, false, true
	case m.dim == "m" && (s.has(q.Start-3, "每小时") || s.has(q.Start-3, "每小時")):
		return "m/s", q.Value * m.factor / 3600, metric(m), true // 每小时6公里: a speed, 6 km/h
	}
	return m.dim, q.Value * m.factor, metric(m), true
}

// temperatureWords are the stems of English words that make a C or F
// attached to a number a temperature's scale.
var temperatureWords = []string{"temperat", "degree", "warm", "heat", "hot", "cold", "cool", "freez", "weather", "climate", "fever", "thermo"}

// temperatureLetter reports whether k holds a C or an F that is a
// temperature's scale attached to the number before it, as the FT writes
// degrees (approaching 30C, 1.5C of warming, 104F): a capital alone after
// a digit, in a text that speaks of heat or cold. Not 3F, a floor, nor a
// grade or a name where the text says nothing of temperature.
func (s *scanner) temperatureLetter(k int) bool {
	if r := s.at(k); r != 'C' && r != 'F' || !isDigit(s.at(k-1)) || isLatin(s.at(k+1)) || isDigit(s.at(k+1)) || s.at(k+1) == '-' {
		return false
	}
	b := k - 1
	for b > 0 && (isDigit(s.at(b-1)) || s.at(b-1) == '.') {
		b--
	}
	if s.at(b-1) == ' ' {
		w := b - 1
		for w > 0 && isLatin(s.at(w-1)) {
			w--
		}
		if w < b-1 && unicode.IsUpper(s.at(w)) {
			return false // the Merlin 1C engine: a name
		}
	}
	text := strings.ToLower(string(s.rs))
	return slices.ContainsFunc(temperatureWords, func(w string) bool { return strings.Contains(text, w) })
}

// unitAt returns the unit of measure written at k and where it ends.
func (s *scanner) unitAt(k int) (measure, int, bool) {
	for _, m := range measureUnits {
		e, ok := s.hasExact(k, m.text)
		if m.word {
			e, ok = s.hasWord(k, m.text)
		}
		if ok && e > k {
			return m, e, true
		}
	}
	return measure{}, k, false
}

// measureStart returns where the unit of a number that ends at k begins:
// after a word of approximation (6000多亩, 300余公里), a hyphen joining a
// unit in English (a 550-acre park), or the second number of a range, whose
// unit the first takes (2-4 公顷, 5-10 acres, 3至5公里).
func (s *scanner) measureStart(k int) int {
	switch r := s.at(k); {
	case r == '多' || r == '余' || r == '餘':
		return k + 1
	case r == '-' && isLatin(s.at(k+1)):
		return k + 1
	case r == 't' && s.at(k+1) == 'o' && s.at(k+2) == ' ' && isSpace(s.at(k-1)):
		e := k + 3 // 5 to 10 acres, three to four feet
		for isLatin(s.at(e)) || isDigit(s.at(e)) || (s.at(e) == '.' || s.at(e) == ',') && isDigit(s.at(e+1)) {
			e++
		}
		return s.spaces(e)
	case r == '-' || r == '–' || r == '~' || r == '～' || r == '至' || r == '到':
		e := k + 1
		if r == '-' || r == '–' {
			e = s.spaces(e)
		}
		if !isDigit(s.at(e)) {
			return k
		}
		for isDigit(s.at(e)) || (s.at(e) == '.' || s.at(e) == ',') && isDigit(s.at(e+1)) {
			e++
		}
		if r := s.at(e); r == '多' || r == '余' || r == '餘' {
			e++ // 4000至6000多米
		}
		return s.spaces(e)
	}
	return k
}

// metric reports whether m is a metric unit (or Celsius); the others are
// converted from or to one by translators, and rounded.
func metric(m measure) bool {
	switch m.text {
	case "英里/小时", "英里每小时", "miles per hour", "mph", "英尺", "英寸", "英里", "海里", "里", "码", "磅", "斤", "英亩", "平方英里", "平方英尺", "亩", "畝", "mu", "jin", "acre",
		"square miles", "square feet", "square mile", "square foot", "acres", "nautical miles", "nautical mile", "miles", "mile", "feet", "foot",
		"ft", "inches", "inch", "yards", "yard", "pounds", "pound", "lbs", "lb":
		return false
	}
	return true
}

// unitStart reports whether a unit may start at i inside a quantity: the
// rune before it is a digit, a space or a hyphen (five-pound) and it is
// not one.
func (s *scanner) unitStart(i int) bool {
	r := s.at(i)
	return !isDigit(r) && r != ',' && r != '.' && (isDigit(s.at(i-1)) || isSpace(s.at(i-1)) || s.at(i-1) == '-')
}

// converted reports whether q, a figure with a unit of measure, has a
// counterpart in others in another unit of the same dimension: 约 2,100 米
// and 7,000 feet, 290 公里 and 180 miles, 30 ℃ and 86 °F, 5 公里 and 5,000
// metres. A figure converted between metric and other units is rounded, so
// 6 % apart (1 degree for temperatures; 10 % when both say it is
// approximate, 约30公里 and "about 20 miles") still agree, and so does a figure
// the conversion gives when rounded to the last digit written (50 米 and
// 150 feet, 45.7 metres) or a temperature 多 puts within its span
// (50多摄氏度 and 130 degrees Fahrenheit, 54.4); within one system the
// values must be equal, unless the measure of the same system is one that
// mine, this language's figures, states as often (2000平方公里 and "2,000
// square kilometers" beside 1.63亿亩 and "10.87 million hectares"). Units
// outside the metric system are converted into each other too (109亩 and
// 18 acres): one such unit is a system.
func converted(q Quantity, mine []Quantity, myText string, others []Quantity, otherText string) bool {
	dim, v, isMetric, ok := measureOf(q, myText)
	if !ok {
		return false
	}
	span := 0.0
	if q.Value != 0 {
		span = moreThan(q, myText) * v / q.Value // in the base unit
	}
	converted, sameSystem := false, false
	for _, o := range others {
		d, w, oMetric, ok := measureOf(o, otherText)
		if agree, named := fahrenheitDegrees(dim, v, isMetric, d, w, oMetric); ok && named {
			if agree {
				return true
			}
			continue
		}
		off := 0.06
		if saidRoughly(q, myText) && saidRoughly(o, otherText) {
			off = 0.1 // 约30公里 and "about 20 miles": 32 km
		}
		oSpan := 0.0
		if ok && o.Value != 0 {
			oSpan = moreThan(o, otherText) * w / o.Value
		}
		switch {
		case ok && (degreesEither(dim, v, span, d, w) || degreesEither(d, w, oSpan, dim, v)):
			return true
		case !ok || d != dim:
		case isMetric == oMetric && (isMetric || dim == "C" || q.Value == 0 || o.Value == 0 || sameValue(v/q.Value, w/o.Value)):
			if sameValue(v, w) {
				return true // 5 公里 and 5,000 metres
			}
			// Two units outside the metric system are one system only when
			// one unit: 亩 and acres are converted. A measure of the same
			// system that this language states as often is another figure,
			// not a counterpart (2000平方公里 beside 1.63亿亩, against "10.87
			// million hectares" and "2,000 square kilometers").
			sameSystem = sameSystem || measuresOf(mine, myText, d, w) < measuresOf(others, otherText, d, w)
		case dim == "C" && math.Abs(v-w) <= degreesOff(v),
			dim != "C" && v > 0 && w > 0 && (math.Abs(v-w) <= off*math.Max(v, w) ||
				roundsTo(q, v, w) || roundsTo(o, w, v)):
			converted = true
		}
	}
	// When the other side states the figure in the same system as well
	// (3,000 磅(1,300 公斤) and 3,000 pounds (1,300 kg)), that one must
	// agree exactly.
	return converted && !sameSystem
}

// measuresOf counts the figures of qs, in text, that measure w in the
// base unit of dimension d.
func measuresOf(qs []Quantity, text string, d string, w float64) int {
	n := 0
	for _, m := range qs {
		if md, mw, _, ok := measureOf(m, text); ok && md == d && sameValue(mw, w) {
			n++
		}
	}
	return n
}

// degreesEither reports whether v, a temperature in Celsius that may be
// as much as span higher (50多摄氏度), and w, "degrees" with the scale
// unsaid, agree, w read either as Celsius, the same figure, or as the
// Fahrenheit an American text means, converted (32.2 摄氏度 and "90
// degrees").
func degreesEither(dim string, v, span float64, d string, w float64) bool {
	near := func(x float64) bool { return x >= v-degreesOff(v) && x <= v+span+degreesOff(v) }
	return dim == "C" && d == "deg" && (w >= v && w <= v+span || near((w-32)*5/9))
}

// degreesOff returns how far a temperature converted from v degrees
// Celsius may be from it: a degree, or a hundredth of it where that is
// more (2,500 摄氏度 and "4,500 degrees", 2,482 °C).
func degreesOff(v float64) float64 { return math.Max(1, 0.01*math.Abs(v)) }

// moreThan returns how much more than its value q may be when 多, 余 or 餘
// follows it: up to one more of its last written digit (50多: 50 to 60,
// 6000多: 6000 to 7000); 0 otherwise.
func moreThan(q Quantity, text string) float64 {
	rs := []rune(text)
	if q.End > len(rs) || q.End < 0 {
		return 0
	}
	if r := (&scanner{rs: rs}).at(q.End); r != '多' && r != '余' && r != '餘' {
		return 0
	}
	return lastDigit(q.Value)
}

// lastDigit returns the place of the last nonzero digit of v: 10 for 50,
// 100 for 2,100, 0.1 for 4.5.
func lastDigit(v float64) float64 {
	v = math.Abs(v)
	if v == 0 {
		return 1
	}
	p := 1.0
	for k := 0; k < 6 && !sameValue(v/p, math.Round(v/p)); k++ {
		p /= 10
	}
	for v >= 10*p && sameValue(v/(10*p), math.Round(v/(10*p))) {
		p *= 10
	}
	return p
}

// roundsTo reports whether w, a figure in the base unit of q's dimension,
// is q when turned into q's unit and rounded to q's last written digit
// (150 feet, 45.72 metres, and 50 米; 7,000 feet and 2,133.6 metres, 2,100
// 米). v is q in the base unit.
func roundsTo(q Quantity, v, w float64) bool {
	if q.Value == 0 || v == 0 {
		return false
	}
	p := lastDigit(q.Value)
	if p < 1 || p > 0.2*math.Abs(q.Value) && q.Value >= 10 {
		return false // a figure to a decimal is not rounded, and 1 million acres is no rounded 700,000
	}
	return sameValue(math.Round(w/(v/q.Value)/p)*p, q.Value)
}

// fahrenheitDegrees reports whether one of two temperatures was named
// Fahrenheit (华氏度, °F: measureOf gives it in Celsius, not metric) and
// the other is "degrees" with the scale unsaid (named), and if so whether
// they agree: the degrees are then Fahrenheit too, and must be the same
// figure (81 华氏度 and "80 degrees" do not agree, though either way of
// reading "degrees" would bring them within a degree Celsius).
func fahrenheitDegrees(dim string, v float64, metric bool, d string, w float64, oMetric bool) (agree, named bool) {
	if d == "C" && !oMetric && dim == "deg" {
		dim, v, metric, d, w = d, w, oMetric, dim, v
	}
	if dim != "C" || metric || d != "deg" {
		return false, false
	}
	return math.Abs(v*9/5+32-w) < 0.05, true
}

// writtenMeasure is a number and its unit of measure as a text writes
// them, in any form of numeral (三米, 六米多, 三四千米, 10-foot): its
// dimension, its value (and the top of its span) in the base unit, and
// whether the unit is metric.
type writtenMeasure struct {
	start                 int // in runes
	text                  string
	dim                   string
	value, base, baseHigh float64
	metric                bool
}

// measuresIn returns every number with a unit of measure that text writes,
// with the Chinese numerals Extract does not read as figures (三米, a single
// numeral; 三四千米, neighbouring digits: 3,000 or 4,000 metres) and the
// English number words (six-inch; "a" before a unit, a square mile, is one).
func measuresIn(text string) []writtenMeasure {
	rs := []rune(text)
	s := &scanner{rs: rs}
	var out []writtenMeasure
	numeral := func(r rune) bool { return isDigit(r) || isHanNumeral(r) && r != '第' }
	for i := 0; i < len(rs); i++ {
		word := isLatin(rs[i]) && (i == 0 || !isLatin(rs[i-1]))
		if !numeral(rs[i]) && !word || i > 0 && (numeral(rs[i-1]) || rs[i-1] == '.' || rs[i-1] == ',') {
			continue
		}
		e := i
		for e < len(rs) && isHanNumeral(rs[e]) && !isDigit(rs[i]) {
			e++
		}
		run := rs[i:e]
		var lo, hi float64
		if word {
			w := s.wordEnd(i)
			lower := strings.ToLower(string(rs[i:w]))
			v, ok := wordNumbers[lower]
			if lower == "a" || lower == "an" {
				v, ok = 1, true // nearly a square mile: only a unit after makes it a measure
			}
			if !ok || v < 2 && v != 1 || v == 1 && lower == "one" {
				continue
			}
			lo, hi, e = v, v, w // six-inch-thick
		} else if isDigit(rs[i]) {
			c, ok := s.arabicCore(i)
			if !ok {
				continue
			}
			lo, hi, e = c.value, c.value, c.end // 5千克: 5, then the unit
		} else if a, b, ok := neighbours(run); ok {
			lo, hi = a, b
		} else if v, ok := hanValue(run); ok {
			lo, hi = v, v
		} else {
			continue
		}
		if more := moreThan(Quantity{Value: hi, End: e}, text); more > 0 {
			hi += more // 六米多: 6 to 7 metres
		}
		k := s.measureStart(s.spaces(e))
		_, unitEnd, _ := s.unitAt(k)
		dim, base, metric, ok := s.measureAt(Quantity{Value: lo}, k)
		if !ok {
			dim, base, metric, ok = s.degreesAround(lo, i, k)
		}
		if !ok || lo == 0 {
			continue
		}
		out = append(out, writtenMeasure{start: i, text: string(rs[i:max(unitEnd, min(len(rs), k+1))]), dim: dim, value: lo, base: base, baseHigh: base * hi / lo, metric: metric})
	}
	return out
}

// convertedInWords returns the measure of the other text that q, a figure
// with a unit, is converted from or to when the other text writes it in a
// numeral Extract does not read as a figure (10 feet and 三米, 20-foot and
// 六米多, 10,000-foot and 三四千米): within 6 % of it, or inside its span,
// and no measure of the other text in q's own unit (or both metric).
func convertedInWords(q Quantity, mine, other *side) (string, bool) {
	dim, v, isMetric, ok := measureOf(q, mine.text)
	if !ok || v <= 0 || q.Value == 0 || dim == "deg" {
		return "", false
	}
	found := ""
	for _, m := range other.writtenMeasures() {
		if m.dim != dim {
			continue
		}
		if m.metric && isMetric || dim == "C" && m.metric == isMetric || sameValue(m.base/m.value, v/q.Value) {
			return "", false // 50 公里（31英里） and "(32 miles)": stated in one unit too, it must be the same
		}
		if slices.ContainsFunc(other.qs, func(o Quantity) bool { return o.Start == m.start }) {
			continue // a figure, which converted compares: 6000多亩 and "6,000 mu (450 hectares)"
		}
		if v >= m.base*0.94 && v <= m.baseHigh*1.06 || dim == "C" && v >= m.base-degreesOff(m.base) && v <= m.baseHigh+degreesOff(m.base) {
			found = m.text
		}
	}
	return found, found != ""
}

// heightInFeet returns the metric height of the other text that q, a
// whole number of an English height in feet and inches, is a part of
// when converted: within 3 % of it (the 6-foot-4 athlete and 1米93).
func heightInFeet(q Quantity, mine, other *side) (string, bool) {
	metres, ok := feetAndInches(q, mine.text)
	if !ok {
		return "", false
	}
	for _, m := range other.writtenMeasures() {
		if m.dim == "m" && m.metric && math.Abs(m.base-metres) <= 0.03*metres {
			return m.text, true
		}
	}
	for _, o := range other.qs {
		if v, ok := metricHeight(o, other.text); ok && math.Abs(v-metres) <= 0.03*metres {
			return o.Text, true // 1米93, which Extract reads as one height
		}
	}
	return "", false
}

// feetInMetres reports whether q, a height in metres, is within 3 % of a
// height in feet and inches of the other text when converted (1米63 and
// "five feet four inches"): heightInFeet the other way round.
func feetInMetres(q Quantity, mine, other *side) bool {
	v, ok := metricHeight(q, mine.text)
	return ok && slices.ContainsFunc(other.qs, func(o Quantity) bool {
		metres, ok := feetAndInches(o, other.text)
		return ok && math.Abs(v-metres) <= 0.03*metres
	})
}

// metricHeight returns the value in metres of q, a length written in
// metres (1.63米, 1米63, 一米六零).
func metricHeight(q Quantity, text string) (float64, bool) {
	dim, v, isMetric, ok := measureOf(q, text)
	return v, ok && dim == "m" && isMetric
}

// feetAndInches returns in metres the English height in feet and inches
// that q, one of its whole numbers, is a part of: the 6-foot-4 athlete, 5
// feet 11 inches, 5 ft 3 in, 6'2", five feet four inches.
func feetAndInches(q Quantity, text string) (float64, bool) {
	if q.Lang != article.EN || q.Unit != Plain || q.Value != math.Trunc(q.Value) || q.Value >= 12 {
		return 0, false
	}
	rs := []rune(text)
	s := &scanner{rs: rs}
	feet, inches, ok := 0.0, 0.0, false
	for _, w := range []string{"-foot-", "-feet-", " feet ", " foot ", " ft ", "'", "′"} {
		wr := []rune(w)
		if q.Value >= 3 && q.Value <= 8 && s.has(q.End, w) && isDigit(s.at(q.End+len(wr))) {
			if in, ok2 := s.arabicCore(q.End + len(wr)); ok2 && in.integer && in.value < 12 {
				feet, inches, ok = q.Value, in.value, true // the feet of 6-foot-4
			}
		}
		if b := q.Start - len(wr); b >= 1 && string(rs[b:q.Start]) == w && isDigit(rs[b-1]) && !isDigit(s.at(b-2)) {
			feet, inches, ok = float64(digitValue(rs[b-1])), q.Value, true // the inches
		}
	}
	if !ok {
		feet, inches, ok = feetInWords(q, rs)
	}
	return (feet + inches/12) * 0.3048, ok
}

// feetInWords returns the feet and inches of a height written in words
// that q, one of its numbers, is a part of: "five feet four inches".
func feetInWords(q Quantity, rs []rune) (feet, inches float64, ok bool) {
	if q.End > len(rs) {
		return 0, 0, false
	}
	head, tail := strings.ToLower(string(rs[:q.Start])), strings.ToLower(string(rs[q.End:]))
	for _, w := range []string{" feet ", " foot "} {
		if rest, found := strings.CutPrefix(tail, w); found && q.Value >= 3 && q.Value <= 8 {
			word, after, _ := strings.Cut(rest, " ")
			if in, ok := wordNumbers[strings.TrimRight(word, clauseEnds)]; ok && in < 12 && (strings.HasPrefix(after, "inch") || inchesUnsaid(word, after)) {
				return q.Value, in, true // the feet of "five feet four inches", "five feet six and over"
			}
		}
		if before, found := strings.CutSuffix(head, w); found && (strings.HasPrefix(tail, " inch") || inchesUnsaid("", strings.TrimPrefix(tail, " "))) {
			if words := strings.Fields(before); len(words) > 0 {
				if ft, ok := wordNumbers[words[len(words)-1]]; ok && ft >= 3 && ft <= 8 {
					return ft, q.Value, true // the inches
				}
			}
		}
	}
	return 0, 0, false
}

// clauseEnds are the marks that may end a clause after a word.
const clauseEnds = ",.;”\""

// inchesUnsaid reports whether a height's inches in words, word and the
// text after it, leave "inches" unsaid: the height ends a clause (five
// feet six, or five feet six and over, as a job advertisement wrote).
func inchesUnsaid(word, after string) bool {
	if word != strings.TrimRight(word, clauseEnds) || after == "" || !isLatin(firstRune(after)) && !unicode.IsDigit(firstRune(after)) {
		return true
	}
	next, _, _ := strings.Cut(after, " ")
	return slices.Contains([]string{"and", "or", "tall", "in", "to"}, next)
}
