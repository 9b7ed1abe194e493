package article

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Parse reads an article from the bytes of a file. The encoding and the
// format are detected from the content, never from a file name. The result
// has its ID set and every pair split into sentences and aligned.
func Parse(data []byte) (*Article, error) { return Parser{}.Parse(data) }

// Parse is the package's Parse, with the parser's lexicon weighing the
// sentence links.
func (ps Parser) Parse(data []byte) (*Article, error) {
	d, err := readDoc(data)
	if err != nil {
		return nil, err
	}
	a, _ := parseDoc(d, ps.Lexicon)
	if len(a.Pairs) == 0 {
		if a.Format == FormatHTML {
			return nil, fmt.Errorf("%w: the web page holds no article (a sign-in page, or only links, forms and scripts)", ErrNoText)
		}
		return nil, ErrNoText
	}
	return a, nil
}

// readDoc reads the bytes of a file into blocks, whatever its format: a
// document format (PDF, Word) by its magic bytes, else decoded text.
func readDoc(data []byte) (doc, error) {
	var d doc
	err := errNotZip // not a document format: read as text
	switch {
	case len(data) > MaxSize:
	case isPDF(data):
		d, err = pdfDoc(data)
	case isDOCX(data):
		if d, err = epubDoc(data); errors.Is(err, errNotEPUB) {
			d, err = docxDoc(data)
		}
	}
	switch {
	case err == nil:
		return d, nil
	case errors.Is(err, errNotZip):
		text, _, err := Decode(data)
		if err != nil {
			return doc{}, err
		}
		return textDoc(text), nil
	}
	return doc{}, err
}

// meta is what an input says about itself, outside its paragraphs.
type meta struct {
	title                          titlePair
	author, date, source, sourceID string
}

// doc is an input cut into blocks (runs of lines between blank lines) before
// languages are told apart, with the metadata found on the way and the lines
// consumed as metadata.
type doc struct {
	format  Format
	meta    meta
	blocks  [][]string
	dropped []string
}

// parseText turns decoded text into an article. It also returns the lines it
// read as metadata rather than as paragraphs.
func parseText(text string) (*Article, []string) {
	return parseDoc(textDoc(text), nil)
}

// textDoc cuts decoded text into blocks: as HTML, Markdown or plain text.
func textDoc(text string) doc {
	switch {
	case looksLikeHTML(text):
		return htmlDoc(text)
	case looksLikeMarkdown(text):
		return markdownDoc(text)
	}
	return doc{blocks: splitBlocks(strings.Split(text, "\n"))}
}

// parseDoc turns an input cut into blocks into an article, and returns
// the lines it read as metadata. lex, when not nil, weighs the sentence
// links.
func parseDoc(d doc, lex Lexicon) (*Article, []string) {
	d.takeDigestLines()
	a := &Article{
		Author:   d.meta.author,
		Date:     d.meta.date,
		Source:   d.meta.source,
		SourceID: d.meta.sourceID,
	}
	var layout Format
	m := newMeasured()
	m.lex = lex
	a.Pairs, layout = pairUp(units(d.blocks), m)
	a.Format = d.format
	if a.Format == "" {
		a.Format = layout
	}
	posteriors := make([][]float64, len(a.Pairs))
	ratio := articleRatio(a.Pairs)
	eachParagraph(len(a.Pairs), func(i int) { posteriors[i] = alignSentences(&a.Pairs[i], lex, ratio) })
	a.score(posteriors, m)
	a.setTitles(d.meta.title)
	a.Date = cmp.Or(a.Date, leadDate(a.Pairs))
	if a.Author == "" {
		a.Author = deriveAuthor(a.Pairs)
	}
	a.ID = MakeID(a)
	a.ownMetadata()
	return a, d.dropped
}

// ownMetadata gives the article's metadata strings memory of their own.
// Cut from the decoded input, each would keep the whole input alive
// wherever it is kept after the text is gone: an import of 100,000 files
// kept every file's text for its title in the library's list and in the
// import's results, half a gigabyte.
func (a *Article) ownMetadata() {
	for _, s := range []*string{&a.ID, &a.Title, &a.TitleZH, &a.TitleEN, &a.Source, &a.SourceID, &a.Date, &a.Author} {
		*s = strings.Clone(*s)
	}
}

// splitBlocks cuts lines into blocks at blank lines, trimming each line.
func splitBlocks(lines []string) [][]string {
	var blocks [][]string
	var cur []string
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if len(cur) > 0 {
				blocks = append(blocks, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if len(cur) > 0 {
		blocks = append(blocks, cur)
	}
	return blocks
}

var (
	digestHeader = lazyRegexp(`^(?:←|<-)\s*返回\s*(.*?)\s*$`)
	digestFooter = lazyRegexp(`^(\d{4}-\d{2}-\d{2})(?:\s*[(（]\s*\p{L}+\s*[)）])?\s*[·•|-]\s*([0-9A-Fa-f]{6,64})$`)
)

// takeDigestLines reads the digest header (← 返回 Source) from the first line
// and the footer (date, weekday, id) from the last, and removes them. In
// plain text it then takes the title lines (see takeTitleLines).
func (d *doc) takeDigestLines() {
	if len(d.blocks) == 0 {
		return
	}
	if m := digestHeader.FindStringSubmatch(d.blocks[0][0]); m != nil {
		d.meta.source = m[1]
		if d.format == "" {
			d.format = FormatDigest
		}
		d.dropFirstLine()
	}
	if d.format == "" || d.format == FormatDigest {
		d.takeTitleLines()
	}
	if len(d.blocks) == 0 {
		return
	}
	lastBlock := d.blocks[len(d.blocks)-1]
	last := lastBlock[len(lastBlock)-1]
	if m := digestFooter.FindStringSubmatch(last); m != nil && validDate(m[1]) {
		d.meta.date = m[1]
		d.meta.sourceID = strings.ToLower(m[2])
		d.dropped = append(d.dropped, last)
		d.blocks[len(d.blocks)-1] = lastBlock[:len(lastBlock)-1]
		if len(lastBlock) == 1 {
			d.blocks = d.blocks[:len(d.blocks)-1]
		}
	}
}

// dropFirstLine moves the first line of the text to the lines read as
// metadata.
func (d *doc) dropFirstLine() {
	d.dropped = append(d.dropped, d.blocks[0][0])
	d.blocks[0] = d.blocks[0][1:]
	if len(d.blocks[0]) == 0 {
		d.blocks = d.blocks[1:]
	}
}

// Longest title line, in runes, that takeTitleLines reads as a heading.
const (
	maxHeadingEN = 150
	maxHeadingZH = 60
)

// takeTitleLines takes the headings that open a plain text as its titles,
// as Markdown's level-one headings are: a first line that reads as a
// heading becomes the title of its language, and a second one in the other
// language (a bilingual text's headings, one under the other) the other
// title. They leave the paragraphs, which would otherwise repeat the title
// in their first row.
func (d *doc) takeTitleLines() {
	for len(d.blocks) > 0 {
		b := d.blocks[0]
		l := langOf(b[0])
		if len(b) > 1 && wrapped(b) && langOf(b[1]) == l {
			return // the first line of a paragraph broken at a fixed width
		}
		if !isHeading(b[0], d.lineAfter(l)) || !d.meta.title.add(b[0]) {
			return
		}
		d.dropFirstLine()
	}
}

// lineAfter returns the first line after the first line of the text that
// is in language l, or "".
func (d *doc) lineAfter(l Lang) string {
	for bi, b := range d.blocks {
		for li, line := range b {
			if (bi > 0 || li > 0) && langOf(line) == l {
				return line
			}
		}
	}
	return ""
}

// isHeading reports whether line reads as a heading over next, the next
// line in its language: short, mostly words (not a date), not a byline,
// not ending as a sentence or a lead-in does, and followed by text that is
// longer or ends as a sentence.
func isHeading(line, next string) bool {
	rs := []rune(strings.TrimSpace(line))
	if len(rs) == 0 || next == "" || isByline(line) || isDateLine(line) {
		return false
	}
	limit := maxHeadingEN
	if langOf(line) == ZH {
		limit = maxHeadingZH
	}
	if letters, _ := letterCount(line); len(rs) > limit || letters < 3 ||
		endsAsSentence(rs) || strings.ContainsRune("，、,;；:：", rs[len(rs)-1]) {
		return false
	}
	nextRunes := []rune(strings.TrimSpace(next))
	return len(nextRunes) > len(rs) || endsAsSentence(nextRunes)
}

// endsAsSentence reports whether rs ends as a sentence does, maybe inside
// quotes or brackets.
func endsAsSentence(rs []rune) bool {
	i := len(rs) - 1
	for i > 0 && rs[i] != '…' && strings.ContainsRune(closers, rs[i]) {
		i--
	}
	return i >= 0 && strings.ContainsRune(sentenceEnds, rs[i])
}

// dateEN is a date written in English alone: "February 4, 2026", "4 Feb
// 2026", "Wednesday, February 4, 2026".
var dateEN = lazyRegexp(`(?i)^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+)?` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+\d{4}$`)

// isDateLine reports whether a line is a date or a figure alone: short,
// with more digits and marks than letters (2026年2月4日), or an English
// date. A sentence full of figures is not one.
func isDateLine(line string) bool {
	letters, marks := letterCount(line)
	return letters < marks && letters+marks <= 24 || dateEN.MatchString(strings.TrimSpace(line))
}

// letterCount counts the letters of s and the other runes that are not
// spaces.
func letterCount(s string) (letters, marks int) {
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsSpace(r):
			marks++
		}
	}
	return letters, marks
}

// sentenceEnds are the marks that end a sentence, not a heading.
const sentenceEnds = ".。!！?？…"

func validDate(s string) bool {
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// wrapped reports whether a block is hard-wrapped: the lines of a paragraph
// broken at a fixed width, so its lines in one language are one paragraph.
// A block with a long line has one paragraph a line. This is decided block
// by block: one language may be wrapped and the other not.
func wrapped(block []string) bool {
	for _, l := range block {
		if utf8.RuneCountInString(l) > 120 {
			return false
		}
	}
	return len(block) > 1
}

// unit is one paragraph in one language; block is the index of the block it
// came from.
type unit struct {
	lang  Lang
	text  string
	block int
}

// units turns blocks into paragraphs tagged with their language. Lines that
// have no letters take the language of the line before them (or after them,
// first in the text). Lines with no letters and no digits are separators and
// are left out.
func units(blocks [][]string) []unit {
	var out []unit
	for bi, b := range blocks {
		hardWrapped := wrapped(b)
		for _, l := range b {
			if !hasLetterOrDigit(l) {
				continue
			}
			u := unit{lang: langOf(l), text: l, block: bi}
			last := len(out) - 1
			if last >= 0 && out[last].block == bi && (u.lang == "" || u.lang == out[last].lang) &&
				(hardWrapped || u.lang == "") {
				out[last].text = joinLines(out[last].text, l)
				continue
			}
			out = append(out, u)
		}
	}
	for i := range out {
		if out[i].lang == "" {
			out[i].lang = neighbourLang(out, i)
		}
	}
	return out
}

func neighbourLang(us []unit, i int) Lang {
	for k := i - 1; k >= 0; k-- {
		if us[k].lang != "" {
			return us[k].lang
		}
	}
	for k := i + 1; k < len(us); k++ {
		if us[k].lang != "" {
			return us[k].lang
		}
	}
	return EN
}

// joinLines joins two wrapped lines of one paragraph: with a space, except
// where Chinese meets Chinese or punctuation ("持股," + "估值"), since Chinese
// puts no spaces between words.
func joinLines(a, b string) string {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	cjk := func(r rune) bool { return IsHan(r) || isCJKPunct(r) }
	if cjk(last) && (cjk(first) || unicode.IsPunct(first)) || cjk(first) && unicode.IsPunct(last) {
		return a + b
	}
	return a + " " + b
}

// pairUp arranges paragraphs into pairs and names the layout it found.
//   - Interleaved by line: most blocks hold both languages; each block's runs
//     of Chinese and English pair up.
//   - Interleaved by paragraph: the language switches at almost every
//     paragraph; neighbours pair up.
//   - Grouped (or a digest): one language, then the other; the two lists are
//     aligned by position or by length.
func pairUp(us []unit, m *measured) ([]Pair, Format) {
	zh, en := 0, 0
	for _, u := range us {
		if u.lang == ZH {
			zh++
		} else {
			en++
		}
	}
	switch {
	case len(us) == 0:
		return nil, FormatOneLanguage
	case zh == 0 || en == 0:
		return pairNeighbours(us, func(a, b unit) bool { return false }), FormatOneLanguage
	case mixedBlocks(us)*2 >= blockCount(us):
		return pairNeighbours(us, func(a, b unit) bool { return a.block == b.block }), FormatInterleaved
	case switches(us) > 2 && switches(us)*2 >= len(us)-1:
		return pairInterleaved(us, m), FormatInterleaved
	}
	var zhs, ens []string
	for _, u := range us {
		if u.lang == ZH {
			zhs = append(zhs, u.text)
		} else {
			ens = append(ens, u.text)
		}
	}
	return m.alignParagraphs(zhs, ens), FormatGrouped
}

// pairNeighbours walks the paragraphs in order and pairs each with the next
// one when that one is in the other language and may join it.
func pairNeighbours(us []unit, mayJoin func(a, b unit) bool) []Pair {
	var pairs []Pair
	for i := 0; i < len(us); i++ {
		var p Pair
		p.setText(us[i].lang, us[i].text)
		if i+1 < len(us) && us[i+1].lang != us[i].lang && mayJoin(us[i], us[i+1]) {
			p.setText(us[i+1].lang, us[i+1].text)
			i++
		}
		pairs = append(pairs, p)
	}
	return pairs
}

// pairInterleaved pairs paragraphs that alternate between the languages. A
// translator keeps one order throughout, each Chinese paragraph before its
// English or each after it, so both orders are tried and the one whose pairs
// fit the length model better wins. Pairing greedily from the top instead
// would shift every pair by one after a one-sided paragraph, such as a title
// given only in English.
//
// The paragraphs are measured once, in m, which the confidences read them
// from again.
func pairInterleaved(us []unit, m *measured) []Pair {
	model := fitUnits(us, m)
	var best []Pair
	bestCost := math.Inf(1)
	for _, first := range []Lang{ZH, EN} {
		pairs := pairNeighbours(us, func(a, b unit) bool { return a.lang == first })
		if c := pairsCost(model, pairs, m); c < bestCost {
			best, bestCost = pairs, c
		}
	}
	return best
}

// fitUnits fits the length model to all the paragraphs of both languages.
func fitUnits(us []unit, m *measured) lengthModel {
	var zh, en []string
	for _, u := range us {
		if u.lang == ZH {
			zh = append(zh, u.text)
		} else {
			en = append(en, u.text)
		}
	}
	return fitLength(m.paragraphSegments(zh), m.paragraphSegments(en))
}

// pairsCost is the Gale–Church cost of a pairing: 1–1 beads for full pairs,
// 1–0 or 0–1 beads for one-sided ones. Each side of a pair is one
// paragraph, measured in m.
func pairsCost(model lengthModel, pairs []Pair, m *measured) float64 {
	total := 0.0
	for _, p := range pairs {
		var a, b []segment
		if p.ZH != "" {
			a = m.paragraphSegments([]string{p.ZH})
		}
		if p.EN != "" {
			b = m.paragraphSegments([]string{p.EN})
		}
		total += model.beadCost(a, b, interleavedLevel)
	}
	return total
}

func (p *Pair) setText(l Lang, s string) {
	if l == ZH {
		p.ZH = s
	} else {
		p.EN = s
	}
}

func mixedBlocks(us []unit) int {
	langs := map[int]map[Lang]bool{}
	for _, u := range us {
		if langs[u.block] == nil {
			langs[u.block] = map[Lang]bool{}
		}
		langs[u.block][u.lang] = true
	}
	n := 0
	for _, l := range langs {
		if len(l) == 2 {
			n++
		}
	}
	return n
}

func blockCount(us []unit) int {
	seen := map[int]bool{}
	for _, u := range us {
		seen[u.block] = true
	}
	return len(seen)
}

func switches(us []unit) int {
	n := 0
	for i := 1; i < len(us); i++ {
		if us[i].lang != us[i-1].lang {
			n++
		}
	}
	return n
}

var hexID = lazyRegexp(`^[0-9A-Fa-f]{8}`)

// MakeID returns the stable, readable ID of an article: its date (or
// "undated") and eight hex digits — the start of the source's own ID when it
// is hexadecimal, else of a hash of its text (and source ID). The same article imported twice gets
// the same ID.
func MakeID(a *Article) string {
	date := a.Date
	if date == "" {
		date = "undated"
	}
	if hexID.MatchString(a.SourceID) {
		return date + "-" + strings.ToLower(a.SourceID[:8])
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00", a.SourceID)
	for _, p := range a.Pairs {
		fmt.Fprintf(h, "%s\x00%s\x00", p.ZH, p.EN)
	}
	return date + "-" + hex.EncodeToString(h.Sum(nil))[:8]
}
