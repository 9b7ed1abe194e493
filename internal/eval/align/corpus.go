package align

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"tandem/article"
)

// verse is one aligned line of a source: a reference and its two texts.
type verse struct {
	ref, zh, en string
}

// readVerses reads a source file: one verse a line, "ref<TAB>zh<TAB>en"; a
// blank line ends a chapter, which no unit crosses.
func readVerses(r io.Reader) ([][]verse, error) {
	var chapters [][]verse
	var cur []verse
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			if len(cur) > 0 {
				chapters, cur = append(chapters, cur), nil
			}
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 || f[1] == "" || f[2] == "" {
			return nil, fmt.Errorf("line %d: want ref, Chinese and English separated by tabs", n)
		}
		cur = append(cur, verse{f[0], f[1], f[2]})
	}
	if len(cur) > 0 {
		chapters = append(chapters, cur)
	}
	return chapters, sc.Err()
}

// unit is the smallest stretch of a source whose Chinese sentences and
// English sentences translate each other and nothing outside it: a run of
// verses that ends where both languages end a sentence. Sentences are as
// article.Sentences cuts them, so the gold never asks the aligner for a
// sentence the splitter does not make.
type unit struct {
	zh, en []string
}

// units cuts a chapter into units. A unit whose two sides both hold more
// than one sentence is left out: the source says which verses translate
// each other, not which of their sentences, so its links are unknown.
func units(chapter []verse) []unit {
	var out []unit
	var zh, en strings.Builder
	for i, v := range chapter {
		zh.WriteString(v.zh)
		if en.Len() > 0 {
			en.WriteString(" ")
		}
		en.WriteString(v.en)
		next := ""
		if i+1 < len(chapter) {
			next = chapter[i+1].en
		}
		if !endsSentence(zh.String(), "。！？") || !endsSentence(en.String(), ".!?") || !startsSentence(next) {
			continue
		}
		u := unit{zh: sentenceTexts(zh.String()), en: sentenceTexts(en.String())}
		if len(u.zh) > 0 && len(u.en) > 0 && (len(u.zh) == 1 || len(u.en) == 1) {
			out = append(out, u)
		}
		zh.Reset()
		en.Reset()
	}
	return out
}

// endsSentence reports whether text ends with one of the terminators,
// closing quotes and brackets aside.
func endsSentence(text, terminators string) bool {
	text = strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("”’\"')）」』", r)
	})
	r, _ := utf8.DecodeLastRuneInString(text)
	return strings.ContainsRune(terminators, r)
}

// startsSentence reports whether English text starts the way a sentence
// the splitter cuts before does; the end of a chapter does too.
func startsSentence(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	return text == "" || unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("“‘\"'(", r)
}

// sentenceTexts returns the sentences of text as article.Sentences cuts
// them.
func sentenceTexts(text string) []string {
	rs := []rune(text)
	var out []string
	for _, s := range article.Sentences(text) {
		out = append(out, string(rs[s.Start:s.End]))
	}
	return out
}

// paragraphSizes is how many units each paragraph takes, in turn: real
// paragraphs are of uneven length, and the length model must not find
// every paragraph alike.
var paragraphSizes = []int{3, 2, 4, 3, 5, 2, 3, 1, 4}

// articleSizes is how many paragraphs each article takes, in turn.
var articleSizes = []int{8, 6, 9, 7}

// paragraph is a run of units, the same on both sides in an undamaged
// article.
type paragraph []unit

// articles groups the units of a source into paragraphs, across chapters
// (a source of unrelated segments has one a chapter), and the paragraphs
// into articles. A paragraph whose text the splitter cuts otherwise than
// its units (a verse that starts in lower case after a full stop) is left
// out.
func articles(chapters [][]verse) [][]paragraph {
	var us []unit
	for _, ch := range chapters {
		us = append(us, units(ch)...)
	}
	var paras []paragraph
	for k := 0; len(us) > 0; k++ {
		n := min(paragraphSizes[k%len(paragraphSizes)], len(us))
		p := paragraph(us[:n])
		us = us[n:]
		if p.splitsAsUnits() {
			paras = append(paras, p)
		}
	}
	var out [][]paragraph
	for k := 0; len(paras) > 0; k++ {
		n := min(articleSizes[k%len(articleSizes)], len(paras))
		if n < 4 {
			break
		}
		out = append(out, paras[:n])
		paras = paras[n:]
	}
	return out
}

func (p paragraph) splitsAsUnits() bool {
	var zh, en []string
	for _, u := range p {
		zh, en = append(zh, u.zh...), append(en, u.en...)
	}
	return equal(sentenceTexts(joinZH(zh)), zh) && equal(sentenceTexts(joinEN(en)), en)
}

func joinZH(sentences []string) string { return strings.Join(sentences, "") }
func joinEN(sentences []string) string { return strings.Join(sentences, " ") }

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Source is one body of real translation, cut into articles.
type Source struct {
	Name     string
	Articles [][]paragraph
}

// sourceFiles names the files under internal/eval/testdata that hold the
// sources, by the name the table gives them.
var sourceFiles = []struct{ name, path string }{
	{"bible-ot", "bible/ot.tsv"},
	{"bible-nt", "bible/nt.tsv"},
	{"wmt19", "wmt/newstest2019.tsv"},
	{"wmt20", "wmt/newstest2020.tsv"},
	{"wmt20-docs", "opus/newstest2020-zhen.tsv"},
	{"tico19", "opus/tico19.tsv"},
	{"flores200", "opus/flores200.tsv"},
	{"wmt20b-docs", "opus/newstestB2020-enzh.tsv"},
	{"wmt21b-docs", "opus/newstest2021-enzh-refB.tsv"},
}

// Load reads every source from dir (internal/eval/testdata).
func Load(dir string) ([]Source, error) {
	var out []Source
	for _, f := range sourceFiles {
		fh, err := os.Open(filepath.Join(dir, f.path))
		if err != nil {
			return nil, err
		}
		chapters, err := readVerses(fh)
		fh.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", f.path, err)
		}
		out = append(out, Source{f.name, articles(chapters)})
	}
	return out, nil
}
