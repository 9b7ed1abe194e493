package index

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// termsOf lists the terms of text, space-separated, in emission order.
func termsOf(text string, query bool) string {
	var out []string
	tokenize(text, query, func(t token) { out = append(out, string(t.term)) })
	return strings.Join(out, " ")
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		name, text, index, query string
	}{
		{"Chinese unigrams and bigrams", "投资者", "投 投资 资 资者 者", "投资 资者"},
		{"one character", "投", "投", "投"},
		{"traditional folds to simplified", "投資", "投 投资 资", "投资"},
		{"full-width digits and comma", "１，０００", "1000", "1000"},
		{"grouping commas go", "1,000 and 1,350.5", "1000 1350.5", "1000 1350.5"},
		{"decimal point stays", "1.4 兆", "1.4 兆", "1.4 兆"},
		{"comma between words splits", "rate,yield", "rate yield", "rate yield"},
		{"stemming", "Investments investing", "invest invest", "invest invest"},
		{"case folding", "NVIDIA Nvidia", "nvidia nvidia", "nvidia nvidia"},
		{"possessive", "Olson’s Olson's investors'", "olson olson investor", "olson olson investor"},
		{"stop words", "the rate of interest", "rate interest", "rate interest"},
		{"Latin inside Chinese", "Nvidia执行长", "nvidia 执 执行 行 行长 长", "nvidia 执行 行长"},
		{"full-width Latin", "ＯｐｅｎＡＩ", "openai", "openai"},
		{"punctuation", "«GPT-5»", "gpt 5", "gpt 5"},
		{"kana", "カタカナ", "カ カタ タ タカ カ カナ ナ", "カタ タカ カナ"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := termsOf(tc.text, false); got != tc.index {
				t.Errorf("index terms of %q = %q, want %q", tc.text, got, tc.index)
			}
			if got := termsOf(tc.text, true); got != tc.query {
				t.Errorf("query terms of %q = %q, want %q", tc.text, got, tc.query)
			}
		})
	}
}

func TestTokenOffsetsPointIntoTheText(t *testing.T) {
	text := "在 2026 年,Nvidia 的 1,000 亿美元投資。"
	tokenize(text, false, func(tok token) {
		surface := text[tok.start:tok.end]
		if termsOf(surface, false) == "" {
			t.Errorf("token %q covers %q, which has no terms", tok.term, surface)
		}
	})
}

// TestAnalyzerAddsWordPairs: Bleve gets tokenize's terms and, after each
// word or number that follows another, the pair of the two.
func TestAnalyzerAddsWordPairs(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Nvidia 的投資 1,000", "nvidia 的 的投 投 投资 资 1000"},
		{"Market shares rose", "market share market|share rose share|rose"},
		{"share of the market", "share market"}, // not across stop words
		{"$100 billion", "100 billion 100|billion"},
		{"OpenAI 的 Altman", "openai 的 altman"}, // nor across Chinese
	} {
		var got []string
		for _, tok := range (analyzer{}).Analyze([]byte(tc.text)) {
			got = append(got, strings.ReplaceAll(string(tok.Term), " ", "|"))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q: Bleve analyzer gives %q, want %q", tc.text, got, tc.want)
		}
	}
}

func TestPhraseIndexTerms(t *testing.T) {
	for _, tc := range []struct {
		text   string
		phrase bool
		want   string
	}{
		{"market share", false, "market share"},
		{"market share", true, "market|share"},
		{"rising market share", true, "rise|market market|share"},
		{"share of market", true, "share market"},
		{"US$100 billion 投资", true, "us|100 100|billion 投资"},
		{"电动汽车", true, "电动 动汽 汽车"},
	} {
		kind := Word
		if tc.phrase {
			kind = Phrase
		}
		_, all := queryChains(Term{Text: tc.text, Kind: kind})
		var got []string
		for _, w := range indexTerms(all, tc.phrase) {
			got = append(got, strings.ReplaceAll(w, " ", "|"))
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%q (phrase %v): %q, want %q", tc.text, tc.phrase, got, tc.want)
		}
	}
}

// longWordCases are words longer than maxWordRunes, with the terms they
// must give: those of their first maxWordRunes characters, alike at index
// and query time.
var longWordCases = []struct {
	name, text, want string
}{
	{"one letter", strings.Repeat("y", 1000), stem([]byte(strings.Repeat("y", maxWordRunes)))},
	{"just over", strings.Repeat("a", maxWordRunes+1), strings.Repeat("a", maxWordRunes)},
	{"just under", strings.Repeat("b", maxWordRunes-1), strings.Repeat("b", maxWordRunes-1)},
	{"folded before the cut", strings.Repeat("Ｙ", 300), stem([]byte(strings.Repeat("y", maxWordRunes)))},
	{"digits", strings.Repeat("9", 500), strings.Repeat("9", maxWordRunes)},
	{"grouping commas are not counted", strings.Repeat("1,000", 100), strings.Repeat("1000", maxWordRunes/4)},
	{"apostrophes", strings.Repeat("x'", 200) + "x", stem([]byte(strings.Repeat("x'", maxWordRunes/2)))},
	{"Cyrillic", strings.Repeat("щ", 200), strings.Repeat("щ", maxWordRunes)},
	{"then a normal word", strings.Repeat("z", 200) + " Investments", strings.Repeat("z", maxWordRunes) + " invest"},
	{"then Chinese", strings.Repeat("q", 200) + "投资", strings.Repeat("q", maxWordRunes) + " 投资"},
}

// TestLongWordsAreCut: a word longer than maxWordRunes gives the term of
// its beginning, at index and query time alike, while its token still
// covers the whole word.
func TestLongWordsAreCut(t *testing.T) {
	for _, tc := range longWordCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := termsOf(tc.text, true); got != tc.want {
				t.Errorf("query terms = %.80q, want %.80q", got, tc.want)
			}
			var first token
			tokenize(tc.text, false, func(tok token) {
				if first.term == nil {
					first = tok
					first.term = bytes.Clone(tok.term)
				}
			})
			word := strings.IndexFunc(tc.text, func(r rune) bool { return r == ' ' || isCJK(r) })
			if word < 0 {
				word = len(tc.text)
			}
			if first.start != 0 || first.end != word {
				t.Errorf("first token covers [%d, %d), want the whole word [0, %d)", first.start, first.end, word)
			}
		})
	}
}

// TestEveryLetterLongWord analyses a long word of each letter: each gives
// one term, no longer than the cap.
func TestEveryLetterLongWord(t *testing.T) {
	for c := 'a'; c <= 'z'; c++ {
		word := strings.Repeat(string(c), 4<<10)
		toks := (analyzer{}).Analyze([]byte(word))
		if len(toks) != 1 || utf8.RuneCount(toks[0].Term) > maxWordRunes || toks[0].End != len(word) {
			t.Errorf("%c×4096: %d tokens, the first %.20q…", c, len(toks), toks[0].Term)
		}
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"投資 1,000 Olson’s", "ＯｐｅｎＡＩ", "a'b'", "1,,2..3", "\xff\xfe"} {
		f.Add(s)
	}
	for _, tc := range longWordCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tokenize(s, false, func(tok token) {
			if tok.start < 0 || tok.end > len(s) || tok.start >= tok.end || len(tok.term) == 0 {
				t.Fatalf("%q: bad token %+v", s, tok)
			}
			if n := utf8.RuneCount(tok.term); n > maxWordRunes {
				t.Fatalf("%.40q: a term of %d characters, the cap is %d", s, n, maxWordRunes)
			}
		})
	})
}
