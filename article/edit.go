package article

import (
	"encoding/json"
	"fmt"
)

// EditOp names an alignment edit.
type EditOp string

// The alignment edits a reader can make.
const (
	OpMerge  EditOp = "merge"  // join a pair with the next
	OpSplit  EditOp = "split"  // cut a pair in two at a sentence
	OpMove   EditOp = "move"   // move a sentence to the neighbouring pair
	OpLink   EditOp = "link"   // link two sentences of a pair
	OpUnlink EditOp = "unlink" // remove a link
)

// Edit is one alignment edit, as Article.Edits records it. Which fields
// count depends on Op: Pair always; Lang and Sentence for split; Lang,
// Sentence and Dir for move; ZH and EN for link and unlink. In JSON only
// those are written: {"op":"split","pair":2,"lang":"zh","sentence":4}.
type Edit struct {
	Op       EditOp `json:"op"`
	Pair     int    `json:"pair"`
	Lang     Lang   `json:"lang"`
	Sentence int    `json:"sentence"`
	Dir      int    `json:"dir"`
	ZH       int    `json:"zh"`
	EN       int    `json:"en"`
}

// MarshalJSON writes the edit with the fields its operation uses.
func (e Edit) MarshalJSON() ([]byte, error) {
	switch e.Op {
	case OpMerge:
		return json.Marshal(struct {
			Op   EditOp `json:"op"`
			Pair int    `json:"pair"`
		}{e.Op, e.Pair})
	case OpSplit:
		return json.Marshal(struct {
			Op       EditOp `json:"op"`
			Pair     int    `json:"pair"`
			Lang     Lang   `json:"lang"`
			Sentence int    `json:"sentence"`
		}{e.Op, e.Pair, e.Lang, e.Sentence})
	case OpMove:
		return json.Marshal(struct {
			Op       EditOp `json:"op"`
			Pair     int    `json:"pair"`
			Lang     Lang   `json:"lang"`
			Sentence int    `json:"sentence"`
			Dir      int    `json:"dir"`
		}{e.Op, e.Pair, e.Lang, e.Sentence, e.Dir})
	case OpLink, OpUnlink:
		return json.Marshal(struct {
			Op   EditOp `json:"op"`
			Pair int    `json:"pair"`
			ZH   int    `json:"zh"`
			EN   int    `json:"en"`
		}{e.Op, e.Pair, e.ZH, e.EN})
	}
	type plain Edit // an operation this version does not know: every field
	return json.Marshal(plain(e))
}

// MergePairs joins pair p with pair p+1. Each language's paragraphs are
// joined by a line break, as when the alignment pairs two paragraphs with
// one; the sentences and links of both pairs are kept, with their
// confidences. The new pair is the reader's: confidence 1.
func (a *Article) MergePairs(p int) error {
	return a.Apply(Edit{Op: OpMerge, Pair: p})
}

// SplitPair cuts pair p in two so that sentence s of language lang starts
// the second pair; s is at least 1 and below the number of lang's
// sentences. The other language is cut where the links say: before its
// first sentence linked to sentence s or a later one. When no sentence from
// s on has a link, the other language stays whole in the first pair. The
// sentences of both new pairs are aligned afresh (links made by hand in
// pair p are redone by the aligner); both pairs are the reader's:
// confidence 1.
func (a *Article) SplitPair(p int, lang Lang, s int) error {
	return a.Apply(Edit{Op: OpSplit, Pair: p, Lang: lang, Sentence: s})
}

// MoveSentence moves sentence s of language lang out of pair p: with dir
// -1 the first sentence (s must be 0) goes to the end of pair p-1, with dir
// +1 the last sentence goes to the start of pair p+1. It joins its new
// paragraph by a line break, as paragraphs that merge do. A pair left with
// no text goes. The sentences of the pairs that change are aligned afresh;
// they are the reader's: confidence 1.
func (a *Article) MoveSentence(p int, lang Lang, s, dir int) error {
	return a.Apply(Edit{Op: OpMove, Pair: p, Lang: lang, Sentence: s, Dir: dir})
}

// Link links Chinese sentence zh with English sentence en in pair p, with
// confidence 1; a link already there is confirmed (its confidence set to
// 1). The pair becomes the reader's: confidence 1.
func (a *Article) Link(p, zh, en int) error {
	return a.Apply(Edit{Op: OpLink, Pair: p, ZH: zh, EN: en})
}

// Unlink removes the link between Chinese sentence zh and English sentence
// en of pair p. The pair becomes the reader's: confidence 1.
func (a *Article) Unlink(p, zh, en int) error {
	return a.Apply(Edit{Op: OpUnlink, Pair: p, ZH: zh, EN: en})
}

// Apply makes an edit and records it in a.Edits, with only the fields its
// operation uses. An edit that does not apply returns an error wrapping
// ErrEdit and leaves the article as it was. Edits change the pairs only:
// the imported source, the ID and the metadata stay. Pair numbers and
// offsets change, so annotations must be anchored again.
func (a *Article) Apply(e Edit) error {
	pairs, err := a.edited(e)
	if err != nil {
		return fmt.Errorf("%s pair %d: %w", e.Op, e.Pair, err)
	}
	a.Pairs = pairs
	a.Edits = append(a.Edits, e.used())
	return nil
}

// used returns the edit with only the fields its operation uses, as it
// reads back from JSON.
func (e Edit) used() Edit {
	u := Edit{Op: e.Op, Pair: e.Pair}
	switch e.Op {
	case OpSplit:
		u.Lang, u.Sentence = e.Lang, e.Sentence
	case OpMove:
		u.Lang, u.Sentence, u.Dir = e.Lang, e.Sentence, e.Dir
	case OpLink, OpUnlink:
		u.ZH, u.EN = e.ZH, e.EN
	}
	return u
}

// edited returns the pairs e makes of a's, sharing untouched pairs.
func (a *Article) edited(e Edit) ([]Pair, error) {
	switch e.Op {
	case OpMerge:
		return a.merge(e.Pair)
	case OpSplit:
		return a.split(e.Pair, e.Lang, e.Sentence)
	case OpMove:
		return a.move(e.Pair, e.Lang, e.Sentence, e.Dir)
	case OpLink, OpUnlink:
		return a.relink(e)
	}
	return nil, fmt.Errorf("%w: unknown operation %q", ErrEdit, e.Op)
}

// Replay parses data and applies edits in order: what an article.json
// with user edits holds, made again from its source (for instance after
// the aligner changed). When an edit does not apply it returns the article
// with the edits before it, and an error naming it.
func Replay(data []byte, edits []Edit) (*Article, error) { return Parser{}.Replay(data, edits) }

// Replay is the package's Replay, parsing with the parser's lexicon.
func (ps Parser) Replay(data []byte, edits []Edit) (*Article, error) {
	a, err := ps.Parse(data)
	if err != nil {
		return nil, err
	}
	return a, a.applyEdits(edits)
}

// applyEdits applies edits in order, stopping at the first that does not
// apply and naming it.
func (a *Article) applyEdits(edits []Edit) error {
	for i, e := range edits {
		if err := a.Apply(e); err != nil {
			return fmt.Errorf("edit %d: %w", i, err)
		}
	}
	return nil
}

// checked reports, wrapped around ErrEdit, when the n pairs from p do not
// exist or do not hold together.
func (a *Article) checked(p, n int) error {
	if p < 0 || p+n > len(a.Pairs) {
		return fmt.Errorf("%w: pairs %d to %d of %d", ErrEdit, p, p+n-1, len(a.Pairs))
	}
	for i := p; i < p+n; i++ {
		if err := a.Pairs[i].check(); err != nil {
			return fmt.Errorf("%w: pair %d: %v", ErrEdit, i, err)
		}
	}
	return nil
}

// replaced returns a's pairs with pairs[from:to] replaced by with.
func (a *Article) replaced(from, to int, with ...Pair) []Pair {
	out := make([]Pair, 0, len(a.Pairs)-(to-from)+len(with))
	out = append(out, a.Pairs[:from]...)
	out = append(out, with...)
	return append(out, a.Pairs[to:]...)
}

func (a *Article) merge(p int) ([]Pair, error) {
	if err := a.checked(p, 2); err != nil {
		return nil, err
	}
	x, y := &a.Pairs[p], &a.Pairs[p+1]
	var m Pair
	for _, l := range []Lang{ZH, EN} {
		text, spans := joinText(x.Text(l), x.Sentences(l), y.Text(l), y.Sentences(l))
		m.setSide(l, text, spans)
	}
	m.Links = append([]Link{}, x.Links...)
	m.LinkConfidence = append([]float64{}, x.LinkConfidence...)
	for k, l := range y.Links {
		m.Links = append(m.Links, Link{l.ZH + len(x.SentencesZH), l.EN + len(x.SentencesEN)})
		m.LinkConfidence = append(m.LinkConfidence, y.LinkConfidence[k])
	}
	m.Confidence, m.Edited = 1, true
	return a.replaced(p, p+2, m), nil
}

func (a *Article) split(p int, lang Lang, s int) ([]Pair, error) {
	if err := a.checked(p, 1); err != nil {
		return nil, err
	}
	if !lang.Valid() {
		return nil, fmt.Errorf("%w: language %q", ErrEdit, lang)
	}
	x := &a.Pairs[p]
	if n := len(x.Sentences(lang)); s < 1 || s >= n {
		return nil, fmt.Errorf("%w: cannot split before %s sentence %d of %d", ErrEdit, lang, s, n)
	}
	cut := map[Lang]int{lang: s, lang.Other(): otherCut(x, lang, s)}
	var first, second Pair
	for _, l := range []Lang{ZH, EN} {
		head, headSpans, tail, tailSpans := cutText(x.Text(l), x.Sentences(l), cut[l])
		first.setSide(l, head, headSpans)
		second.setSide(l, tail, tailSpans)
	}
	first.realign()
	second.realign()
	return a.replaced(p, p+1, first, second), nil
}

// otherCut returns where the language other than lang is cut when sentence
// s of lang starts a new pair: at the first sentence linked to s or a later
// one, else after the last sentence.
func otherCut(x *Pair, lang Lang, s int) int {
	other := lang.Other()
	cut := len(x.Sentences(other))
	for _, l := range x.Links {
		if l.index(lang) >= s && l.index(other) < cut {
			cut = l.index(other)
		}
	}
	return cut
}

func (a *Article) move(p int, lang Lang, s, dir int) ([]Pair, error) {
	if err := a.checked(p, 1); err != nil {
		return nil, err
	}
	if !lang.Valid() {
		return nil, fmt.Errorf("%w: language %q", ErrEdit, lang)
	}
	n := len(a.Pairs[p].Sentences(lang))
	switch {
	case dir != -1 && dir != 1:
		return nil, fmt.Errorf("%w: direction %d is neither -1 nor +1", ErrEdit, dir)
	case dir == -1 && s != 0, dir == 1 && s != n-1, n == 0:
		return nil, fmt.Errorf("%w: %s sentence %d of %d is not the %s", ErrEdit, lang, s, n, map[int]string{-1: "first", 1: "last"}[dir])
	}
	to := p + dir
	if err := a.checked(to, 1); err != nil {
		return nil, err
	}
	from, dest := a.Pairs[p], a.Pairs[to]
	moveSentence(&from, &dest, lang, dir)
	from.realign()
	dest.realign()
	lo, hi := min(p, to), max(p, to)
	pairs := [2]Pair{from, dest}
	if dir == -1 {
		pairs = [2]Pair{dest, from}
	}
	if from.ZH == "" && from.EN == "" {
		return a.replaced(lo, hi+1, dest), nil
	}
	return a.replaced(lo, hi+1, pairs[:]...), nil
}

// moveSentence moves the first (dir -1) or last (dir +1) sentence of
// language l from pair from to the end or start of pair to.
func moveSentence(from, to *Pair, l Lang, dir int) {
	text, spans := from.Text(l), from.Sentences(l)
	if dir == -1 {
		moved, movedSpans, rest, restSpans := cutText(text, spans, 1)
		from.setSide(l, rest, restSpans)
		t, ts := joinText(to.Text(l), to.Sentences(l), moved, movedSpans)
		to.setSide(l, t, ts)
		return
	}
	rest, restSpans, moved, movedSpans := cutText(text, spans, len(spans)-1)
	from.setSide(l, rest, restSpans)
	t, ts := joinText(moved, movedSpans, to.Text(l), to.Sentences(l))
	to.setSide(l, t, ts)
}

func (a *Article) relink(e Edit) ([]Pair, error) {
	if err := a.checked(e.Pair, 1); err != nil {
		return nil, err
	}
	x := a.Pairs[e.Pair]
	if e.ZH < 0 || e.ZH >= len(x.SentencesZH) || e.EN < 0 || e.EN >= len(x.SentencesEN) {
		return nil, fmt.Errorf("%w: no sentences zh %d and en %d in %d and %d", ErrEdit, e.ZH, e.EN, len(x.SentencesZH), len(x.SentencesEN))
	}
	k := Link{e.ZH, e.EN}
	at := 0
	for at < len(x.Links) && linkBefore(x.Links[at], k) {
		at++
	}
	has := at < len(x.Links) && x.Links[at] == k
	links := append([]Link{}, x.Links[:at]...)
	conf := append([]float64{}, x.LinkConfidence[:at]...)
	switch {
	case e.Op == OpLink:
		links, conf = append(links, k), append(conf, 1)
	case !has:
		return nil, fmt.Errorf("%w: no link between zh %d and en %d", ErrEdit, e.ZH, e.EN)
	}
	if has {
		at++
	}
	x.Links = append(links, x.Links[at:]...)
	x.LinkConfidence = append(conf, x.LinkConfidence[at:]...)
	x.Confidence, x.Edited = 1, true
	return a.replaced(e.Pair, e.Pair+1, x), nil
}

// realign links the pair's sentences afresh and makes the pair the
// reader's.
func (p *Pair) realign() {
	links, post := linkSentences(p, nil)
	p.Links = links
	p.LinkConfidence = make([]float64, len(post))
	for k, c := range post {
		p.LinkConfidence[k] = round3(c)
	}
	p.Confidence, p.Edited = 1, true
}

// setSide sets the text and sentences of language l.
func (p *Pair) setSide(l Lang, text string, spans []Span) {
	p.setText(l, text)
	if l == ZH {
		p.SentencesZH = spans
	} else {
		p.SentencesEN = spans
	}
}

// cutText cuts a paragraph before sentence i (0 ≤ i ≤ len(spans)): the
// text up to the end of sentence i-1 and the text from the start of
// sentence i, with their spans. The white space between is dropped.
func cutText(text string, spans []Span, i int) (head string, headSpans []Span, tail string, tailSpans []Span) {
	rs := []rune(text)
	headEnd, tailStart := 0, len(rs)
	if i > 0 {
		headEnd = spans[i-1].End
	}
	if i < len(spans) {
		tailStart = spans[i].Start
	}
	headSpans = append([]Span{}, spans[:i]...)
	tailSpans = make([]Span, 0, len(spans)-i)
	for _, s := range spans[i:] {
		tailSpans = append(tailSpans, Span{s.Start - tailStart, s.End - tailStart})
	}
	return string(rs[:headEnd]), headSpans, string(rs[tailStart:]), tailSpans
}

// joinText joins two paragraphs of one language with a line break, the
// spans of the second shifted after it; an empty one is left out.
func joinText(a string, aSpans []Span, b string, bSpans []Span) (string, []Span) {
	switch {
	case b == "":
		return a, append([]Span{}, aSpans...)
	case a == "":
		return b, append([]Span{}, bSpans...)
	}
	shift := len([]rune(a)) + 1
	spans := append([]Span{}, aSpans...)
	for _, s := range bSpans {
		spans = append(spans, Span{s.Start + shift, s.End + shift})
	}
	return a + "\n" + b, spans
}
