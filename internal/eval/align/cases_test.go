package align

import (
	"reflect"
	"strings"
	"testing"

	"tandem/article"
	"tandem/dict"
)

// Cases from the published translations that the aligner once got wrong,
// parsed with the bundled dictionary as the library's import parses: each
// fails without the rule its comment names.

// parsePair parses one Chinese paragraph and its English translation and
// returns the one pair they make.
func parsePair(t *testing.T, zh, en string) article.Pair {
	t.Helper()
	a := parseBundled(t, []byte(zh+"\n\n"+en+"\n"))
	if len(a.Pairs) != 1 {
		t.Fatalf("%d pairs, want 1", len(a.Pairs))
	}
	return a.Pairs[0]
}

func parseBundled(t *testing.T, text []byte) *article.Article {
	t.Helper()
	d, err := dict.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parser{Lexicon: d}.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestUntranslatedSentenceAlone: an English sentence the Chinese does not
// translate stands alone rather than joining its neighbour's link. A pair
// of newstest2020 (segments 228–231) with the Chinese of segment 230 taken
// out: by their lengths the sentence about Nestlé goes as well with the
// Chinese before it as alone; none of its words is among those the Chinese
// translates, and only the lexicon's charge for the words a bead leaves
// unmatched (article's lexMiss) says so.
func TestUntranslatedSentenceAlone(t *testing.T) {
	p := parsePair(t,
		"当恒星冒险离一个超大质量黑洞太近时，就会被吸进去，这个黑洞位于大多数星系的中心，比如地球的银河系。"+
			"画面中的男子据称在多伦多杀害了 10 名路人，他告诉警方自己是一个网上性失意男子组织的成员。"+
			"世界卫生组织驻加纳代表欧文·卡卢瓦博士指出，狂犬病是一种流行性疾病，必须加以控制才能挽救生命。",
		"Stars get sucked in when they venture too close to a supermassive black hole, which lives at the centre of most galaxies, including the Earth's Milky Way. "+
			"Footage has emerged of a man alleged to have killed 10 pedestrians in Toronto telling police that he was part of an online group for sexually frustrated men. "+
			"Nestle would start with suppliers in Indonesia and Brazil, since these countries are among the world's biggest coffee producers. "+
			"Dr Owen Kaluwa, the World Health Organisation (WHO) Representative to Ghana observed that rabies was an endemic which had to be controlled to save lives.")
	if want := []article.Link{{ZH: 0, EN: 0}, {ZH: 1, EN: 1}, {ZH: 2, EN: 3}}; !reflect.DeepEqual(p.Links, want) {
		t.Errorf("links %v, want %v (English sentence 2 alone)", p.Links, want)
	}
}

// TestRunsSpread: Ruth 4:6–7 in the Chinese Union Version and the King
// James Version, four Chinese sentences to two English; the Chinese cuts
// each verse in two. With runs of sentences priced each on its own, a run
// of three and a sentence alone cost less than two runs of two (article's
// runPrior), and the kinsman's 你可以赎我所当赎的，我不能赎了 (redeem thou my
// right to thyself; for I cannot redeem it) went with verse 7.
func TestRunsSpread(t *testing.T) {
	p := parsePair(t,
		"那人说，这样我就不能赎了，恐怕于我的产业有碍。"+
			"你可以赎我所当赎的，我不能赎了。"+
			"从前，在以色列中要定夺什么事，或赎回，或交易，这人就脱鞋给那人。"+
			"以色列人都以此为证据。",
		"And the kinsman said, I cannot redeem it for myself, lest I mar mine own inheritance: redeem thou my right to thyself; for I cannot redeem it. "+
			"Now this was the manner in former time in Israel concerning redeeming and concerning changing, for to confirm all things; a man plucked off his shoe, and gave it to his neighbour: and this was a testimony in Israel.")
	if want := []article.Link{{ZH: 0, EN: 0}, {ZH: 1, EN: 0}, {ZH: 2, EN: 1}, {ZH: 3, EN: 1}}; !reflect.DeepEqual(p.Links, want) {
		t.Errorf("links %v, want %v", p.Links, want)
	}
}

// TestLoneParagraphByWords: Acts 2:41–3:18 as the evaluation lays it out
// (the third article of bible-nt, its first seven paragraphs), a digest
// with the Chinese of the first paragraph left out. By their lengths the
// first Chinese paragraph (众人都惧怕。使徒又行了许多奇事神迹, 71 characters)
// fits the first English one (240 runes) about as well as its own
// translation (And fear came upon every soul: and many wonders and signs
// were done by the apostles, 334 runes), and the sentences of neither
// pair fit much better; the words the dictionary finds in common (fear,
// wonders, signs, apostles) say which (article's measured.wordCost).
func TestLoneParagraphByWords(t *testing.T) {
	srcs, err := Load("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var nt Source
	for _, s := range srcs {
		if s.Name == "bible-nt" {
			nt = s
		}
	}
	if len(nt.Articles) < 3 || len(nt.Articles[2]) < 7 {
		t.Fatal("bible-nt has no third article of seven paragraphs")
	}
	d := undamaged(nt.Articles[2][:7])
	d[0].noZH = true
	a := parseBundled(t, d.digest(nt.Name))
	if len(a.Pairs) != 7 {
		t.Fatalf("%d pairs, want 7", len(a.Pairs))
	}
	if p := a.Pairs[0]; p.ZH != "" || !strings.HasPrefix(p.EN, "Then they that gladly received") {
		t.Errorf("pair 0: %.20q with %.40q, want the first English paragraph alone", p.ZH, p.EN)
	}
	if p := a.Pairs[1]; !strings.HasPrefix(p.ZH, "众人都惧怕") || !strings.HasPrefix(p.EN, "And fear came upon every soul") {
		t.Errorf("pair 1: %.20q with %.40q, want 众人都惧怕 with And fear came upon every soul", p.ZH, p.EN)
	}
}

// TestAsManySentencesLookedUp: Genesis 39:21–40:3, six Chinese sentences
// and six English; the translator joins two verses in one place (39:22)
// and cuts one in another (40:1–3). By lengths alone the short
// 耶和华使他所作的尽都顺利 (the LORD made it to prosper) went with the
// butler and the baker; the pair asked no lexicon, as its counts are
// equal, until lengths aligning it otherwise than one for one made it
// (article's sentenceAlignment).
func TestAsManySentencesLookedUp(t *testing.T) {
	p := parsePair(t,
		"但耶和华与约瑟同在，向他施恩，使他在司狱的眼前蒙恩。司狱就把监里所有的囚犯都交在约瑟手下。他们在那里所办的事都是经他的手。"+
			"凡在约瑟手下的事，司狱一概不察，因为耶和华与约瑟同在。耶和华使他所作的尽都顺利。"+
			"这事以后，埃及王的酒政和膳长得罪了他们的主埃及王，法老就恼怒酒政和膳长这二臣，把他们下在护卫长府内的监里，就是约瑟被囚的地方。",
		"But the LORD was with Joseph, and shewed him mercy, and gave him favour in the sight of the keeper of the prison. "+
			"And the keeper of the prison committed to Joseph's hand all the prisoners that were in the prison; and whatsoever they did there, he was the doer of it. "+
			"The keeper of the prison looked not to any thing that was under his hand; because the LORD was with him, and that which he did, the LORD made it to prosper. "+
			"And it came to pass after these things, that the butler of the king of Egypt and his baker had offended their lord the king of Egypt. "+
			"And Pharaoh was wroth against two of his officers, against the chief of the butlers, and against the chief of the bakers. "+
			"And he put them in ward in the house of the captain of the guard, into the prison, the place where Joseph was bound.")
	want := []article.Link{{ZH: 0, EN: 0}, {ZH: 1, EN: 1}, {ZH: 2, EN: 1}, {ZH: 3, EN: 2}, {ZH: 4, EN: 2}, {ZH: 5, EN: 3}, {ZH: 5, EN: 4}, {ZH: 5, EN: 5}}
	if !reflect.DeepEqual(p.Links, want) {
		t.Errorf("links %v, want %v", p.Links, want)
	}
}

// TestNamesInCharacters: Ruth 4:9–14, eight Chinese sentences to four
// English. The names are written for their sound (波阿斯 Boaz, 拿俄米
// Naomi), which no character of them says; the dictionary's names of
// three characters do (dict's maxNameWord), and 于是，波阿斯娶了路得为妻
// (So Boaz took Ruth) went with the verse before, and the women's words
// to Naomi with Boaz's marriage.
func TestNamesInCharacters(t *testing.T) {
	p := parsePair(t,
		"波阿斯对长老和众民说，你们今日作见证，凡属以利米勒和基连，玛伦的，我都从拿俄米手中置买了。"+
			"又娶了玛伦的妻摩押女子路得为妻，好在死人的产业上存留他的名，免得他的名在本族本乡灭没。你们今日可以作见证。"+
			"于是，波阿斯娶了路得为妻，与她同房。耶和华使她怀孕生了一个儿子。"+
			"妇人们对拿俄米说，耶和华是应当称颂的。因为今日没有撇下你使你无至近的亲属。愿这孩子在以色列中得名声。",
		"And Boaz said unto the elders, and unto all the people, Ye are witnesses this day, that I have bought all that was Elimelech's, and all that was Chilion's and Mahlon's, of the hand of Naomi. "+
			"Moreover Ruth the Moabitess, the wife of Mahlon, have I purchased to be my wife, to raise up the name of the dead upon his inheritance, that the name of the dead be not cut off from among his brethren, and from the gate of his place: ye are witnesses this day. "+
			"So Boaz took Ruth, and she was his wife: and when he went in unto her, the LORD gave her conception, and she bare a son. "+
			"And the women said unto Naomi, Blessed be the LORD, which hath not left thee this day without a kinsman, that his name may be famous in Israel.")
	want := []article.Link{{ZH: 0, EN: 0}, {ZH: 1, EN: 1}, {ZH: 2, EN: 1}, {ZH: 3, EN: 2}, {ZH: 4, EN: 2}, {ZH: 5, EN: 3}, {ZH: 6, EN: 3}, {ZH: 7, EN: 3}}
	if !reflect.DeepEqual(p.Links, want) {
		t.Errorf("links %v, want %v", p.Links, want)
	}
}
