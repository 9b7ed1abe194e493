package article

import (
	"fmt"
	"math"
	"unicode"
)

// Check reports the first way the article contradicts itself, wrapped
// around ErrInconsistent, or nil. It holds for every article Parse returns
// and every edit leaves: each pair has text; its sentence spans lie inside
// their paragraph, in order, without overlap, start and end on a non-space
// rune and together cover every non-space rune; links point at existing
// sentences, sorted by Chinese then English index, each once; there is one
// link confidence per link; confidences lie in [0, 1].
func (a *Article) Check() error {
	for i := range a.Pairs {
		if err := a.Pairs[i].check(); err != nil {
			return fmt.Errorf("pair %d: %w", i, err)
		}
	}
	return nil
}

// check is Check for one pair.
func (p *Pair) check() error {
	if p.ZH == "" && p.EN == "" {
		return fmt.Errorf("%w: no text in either language", ErrInconsistent)
	}
	for _, l := range []Lang{ZH, EN} {
		if err := spanError(p.Text(l), p.Sentences(l)); err != nil {
			return fmt.Errorf("%w: %s sentences: %v", ErrInconsistent, l, err)
		}
	}
	if err := p.checkLinks(); err != nil {
		return fmt.Errorf("%w: %v", ErrInconsistent, err)
	}
	return nil
}

// spanError checks sentence spans against their text.
func spanError(text string, spans []Span) error {
	rs := []rune(text)
	prev := 0
	for k, s := range spans {
		switch {
		case s.Start < prev || s.End <= s.Start || s.End > len(rs):
			return fmt.Errorf("span %d %v out of order or outside %d runes", k, s, len(rs))
		case unicode.IsSpace(rs[s.Start]) || unicode.IsSpace(rs[s.End-1]):
			return fmt.Errorf("span %d %v starts or ends with white space", k, s)
		}
		if err := onlySpace(rs[prev:s.Start], prev); err != nil {
			return err
		}
		prev = s.End
	}
	return onlySpace(rs[prev:], prev)
}

// onlySpace reports text that no sentence holds; at is where rs starts.
func onlySpace(rs []rune, at int) error {
	for k, r := range rs {
		if !unicode.IsSpace(r) {
			return fmt.Errorf("rune %d %q is in no sentence", at+k, r)
		}
	}
	return nil
}

// checkLinks checks the links and the confidences of a pair.
func (p *Pair) checkLinks() error {
	if !validConfidence(p.Confidence) {
		return fmt.Errorf("confidence %v outside [0, 1]", p.Confidence)
	}
	if len(p.LinkConfidence) != len(p.Links) {
		return fmt.Errorf("%d link confidences for %d links", len(p.LinkConfidence), len(p.Links))
	}
	for k, l := range p.Links {
		switch {
		case l.ZH < 0 || l.ZH >= len(p.SentencesZH) || l.EN < 0 || l.EN >= len(p.SentencesEN):
			return fmt.Errorf("link %v outside %d Chinese and %d English sentences", l, len(p.SentencesZH), len(p.SentencesEN))
		case k > 0 && !linkBefore(p.Links[k-1], l):
			return fmt.Errorf("link %v after %v: out of order or twice", l, p.Links[k-1])
		case !validConfidence(p.LinkConfidence[k]):
			return fmt.Errorf("link %v has confidence %v outside [0, 1]", l, p.LinkConfidence[k])
		}
	}
	return nil
}

func validConfidence(c float64) bool { return c >= 0 && c <= 1 && !math.IsNaN(c) }

// linkBefore reports whether link a sorts before link b.
func linkBefore(a, b Link) bool { return a.ZH < b.ZH || a.ZH == b.ZH && a.EN < b.EN }
