package article

import (
	"reflect"
	"testing"
	"unicode"
	"unicode/utf8"
)

// sentenceCases give a paragraph and the sentences Sentences must cut it
// into, as text, so that a failure reads as prose.
var sentenceCases = []struct {
	name string
	text string
	want []string
}{
	{"empty", "", nil},
	{"white space", " \t\n ", nil},
	{"no terminator", "Nvidia hedges on OpenAI", []string{"Nvidia hedges on OpenAI"}},
	{"two plain sentences", "Huang denies it. Nvidia will invest.", []string{"Huang denies it.", "Nvidia will invest."}},
	{"month abbreviation before a day", "On Feb. 4 the deal changed. It was big.", []string{"On Feb. 4 the deal changed.", "It was big."}},
	{"month abbreviation then year", "In Parmy Olson’s Feb. 4, 2026 commentary, Huang spoke. Nvidia agreed.", []string{"In Parmy Olson’s Feb. 4, 2026 commentary, Huang spoke.", "Nvidia agreed."}},
	{"U.S. inside a sentence", "The U.S. Treasury sold bonds. Prices rose.", []string{"The U.S. Treasury sold bonds.", "Prices rose."}},
	{"U.S. ends a sentence", "He moved to the U.S. The move was costly.", []string{"He moved to the U.S.", "The move was costly."}},
	{"file name ends a sentence", "It keeps the parsed article.json. You can sync it.", []string{"It keeps the parsed article.json.", "You can sync it."}},
	{"Ph.D. inside a sentence", "She holds a Ph.D. Degree holders earn more.", []string{"She holds a Ph.D. Degree holders earn more."}},
	{"Mr. and Mrs.", "Mr. Huang spoke. Mrs. Smith did not.", []string{"Mr. Huang spoke.", "Mrs. Smith did not."}},
	{"decimal", "Revenue rose 1.4 percent. Costs fell.", []string{"Revenue rose 1.4 percent.", "Costs fell."}},
	{"dollar decimal", "It owes $1.4 trillion in commitments. That is 100× revenue.", []string{"It owes $1.4 trillion in commitments.", "That is 100× revenue."}},
	{"year ends a sentence", "It restructured in 2025. In 2032 the deal ends.", []string{"It restructured in 2025.", "In 2032 the deal ends."}},
	{"curly quotes stay with their sentence", "Huang will invest “a great deal of money.” Analysts doubt it.", []string{"Huang will invest “a great deal of money.”", "Analysts doubt it."}},
	{"quote opens the next sentence", "He paused. “We are fine,” he said.", []string{"He paused.", "“We are fine,” he said."}},
	{"question inside a quote then lower case", "“Why?” she asked. Nobody knew.", []string{"“Why?” she asked.", "Nobody knew."}},
	{"?! together", "Really?! Yes. No!", []string{"Really?!", "Yes.", "No!"}},
	{"ellipsis", "Wait... And then it ended.", []string{"Wait...", "And then it ended."}},
	{"lower case after a period", "The model is v. good. It works.", []string{"The model is v. good.", "It works."}},
	{"initials", "He is J. R. R. Tolkien. A writer.", []string{"He is J. R. R. Tolkien.", "A writer."}},
	{"Inc. before a sentence starter", "He works at Apple Inc. The company grew.", []string{"He works at Apple Inc.", "The company grew."}},
	{"Corp. inside a sentence", "Nvidia Corp. Chief Jensen Huang spoke. It ended.", []string{"Nvidia Corp. Chief Jensen Huang spoke.", "It ended."}},
	{"No. before a number", "It ranks No. 1 in chips. Rivals lag.", []string{"It ranks No. 1 in chips.", "Rivals lag."}},
	{"no. as a word", "The answer was no. The talks ended.", []string{"The answer was no.", "The talks ended."}},
	{"sun. as a word", "They sat in the sun. The day was hot.", []string{"They sat in the sun.", "The day was hot."}},
	{"e.g. never ends", "Tools, e.g. Copilot, are confusing. Users leave.", []string{"Tools, e.g. Copilot, are confusing.", "Users leave."}},
	{"p.m. ends", "It closed at 5 p.m. The next day it opened.", []string{"It closed at 5 p.m.", "The next day it opened."}},
	{"no space after period", "Visit openai.com today. Or not.", []string{"Visit openai.com today.", "Or not."}},
	{"bracketed sentence", "(This is inside.) Next one.", []string{"(This is inside.)", "Next one."}},
	{"Chinese terminators", "第一句。第二句！第三句？", []string{"第一句。", "第二句！", "第三句？"}},
	{"Chinese corner quotes close", "他说:「这是真的。」然后离开了。", []string{"他说:「这是真的。」", "然后离开了。"}},
	{"Chinese double corner quotes", "书名是『执行』。它很短。", []string{"书名是『执行』。", "它很短。"}},
	{"Chinese curly quotes close", "他说:“我不知道。”她笑了。", []string{"他说:“我不知道。”", "她笑了。"}},
	{"Chinese quote after question", "他问:“真的吗？”“是的。”", []string{"他问:“真的吗？”", "“是的。”"}},
	{"half-width ?! before Chinese", "真的吗?他说不是!好吧。", []string{"真的吗?", "他说不是!", "好吧。"}},
	{"half-width ? then space then Chinese", "真的吗? 他说不是。", []string{"真的吗?", "他说不是。"}},
	{"half-width period between Latin and Chinese stays", "GPT-5.他说", []string{"GPT-5.他说"}},
	{"Chinese decimal and Latin names", "约 1.4 兆美元的运算承诺。OpenAI 否认。", []string{"约 1.4 兆美元的运算承诺。", "OpenAI 否认。"}},
	{"line break ends a sentence", "第一句\n第二句", []string{"第一句", "第二句"}},
	{"blank line between sentences", "One.\n\n  Two.", []string{"One.", "Two."}},
	{"leading and trailing space", "  Hello there.  ", []string{"Hello there."}},
	{"terminators only", "。！？", []string{"。！？"}},
	{"period at start", ". A", []string{".", "A"}},
}

func TestSentences(t *testing.T) {
	for _, tc := range sentenceCases {
		t.Run(tc.name, func(t *testing.T) {
			spans := Sentences(tc.text)
			checkSpans(t, tc.text, spans)
			var got []string
			rs := []rune(tc.text)
			for _, s := range spans {
				got = append(got, string(rs[s.Start:s.End]))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// FuzzSentences checks that spans stay inside the text, in order, trimmed,
// never across a line break, and that they cover every non-space rune.
func FuzzSentences(f *testing.F) {
	for _, tc := range sentenceCases {
		f.Add(tc.text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			// Paragraphs are decoded text; offsets into invalid UTF-8 still
			// count one rune per bad byte, which checkSpans also does.
			text = string([]rune(text))
		}
		spans := Sentences(text)
		checkSpans(t, text, spans)
		rs := []rune(text)
		for _, s := range spans {
			for _, r := range rs[s.Start:s.End] {
				if r == '\n' {
					t.Fatalf("span %v crosses a line break in %q", s, text)
				}
			}
			if unicode.IsSpace(rs[s.Start]) {
				t.Fatalf("span %v starts with space", s)
			}
		}
	})
}
