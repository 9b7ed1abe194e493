package quantity

import (
	"strings"

	"tandem/article"
)

// Numbers that are figures of speech: a translator renders them with
// another number or with none, and a reader would not call that a changed
// figure.

// likelyAdverb reports whether q is 八成 used as the adverb "most likely"
// (天气八成会放晴, 他八成是忘了) rather than 80 %: it stands before a verb
// or an adverb, and not after a word that introduces a share (有八成,
// 占八成, 约八成, 的八成).
func likelyAdverb(q Quantity, text string) bool {
	if q.Lang != article.ZH || q.Unit != Percent || q.Text != "八成" {
		return false
	}
	rs := []rune(text)
	if strings.ContainsRune("有占约約近超达達逾的了将將和及或至到为為是", at(rs, q.Start-1)) {
		return false
	}
	return strings.ContainsRune("会會要就是在能已不没沒也还還又得把被都", at(rs, q.End))
}

// roundWords are the English round numbers said with "a" that serve as
// figures of speech (worth a thousand words, a hundred times, a million
// reasons).
var roundWords = map[string]float64{"a hundred": 100, "a thousand": 1e3, "a million": 1e6}

// figureOfSpeech reports whether q, an English round number said with "a"
// (a thousand), faces a Chinese text that has a round numeral (百, 千, 万)
// the check does not read as a figure (百闻不如一见, 千方百计, 万无一失):
// an idiom with a number on each side, which need not agree.
func figureOfSpeech(q Quantity, other *side) bool {
	if q.Lang != article.EN || q.Unit != Plain {
		return false
	}
	if _, ok := roundWords[strings.ToLower(q.Text)]; !ok {
		return false
	}
	rs := []rune(other.text)
	for i, r := range rs {
		if !strings.ContainsRune("百千万萬", r) {
			continue
		}
		read := false
		for _, o := range other.qs {
			if o.Start <= i && i < o.End {
				read = true
				break
			}
		}
		if !read && !isHanNumeral(at(rs, i-1)) && !isDigit(at(rs, i-1)) && !isHanNumeral(at(rs, i+1)) {
			return true
		}
	}
	return false
}
