package article

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Paragraphs of one article (from the seed, shortened) for the alignment
// tables: zhN translates enN; enSplit is en1 cut in two.
var (
	zh0 = "英伟达执行长黄仁勋被指称向业界人士表示,先前对 OpenAI 所宣布的 1,000 亿美元投资其实不具约束力,并私下批评其商业纪律不足。"
	zh1 = "文章将 OpenAI 的执行困境与数字化风险绑在一起:Sam Altman 在 2023 年末被解职后复职,随后一连串复杂交易使公司背负约 1.4 兆美元的运算承诺,约为 OpenAI 预估 2025 年营收的 100 倍。产品推进被描述为仓促,例子包括 GPT Store 的开发者市集尝试,因缺乏清晰策略而未能成功。"
	zh2 = "Microsoft 早期对 OpenAI 的 130 亿美元投资换得 27% 持股,估值约 1,350 亿美元。"
	en0 = "Nvidia CEO Jensen Huang is reported to have told industry associates that his previously announced $100 billion investment in OpenAI was nonbinding, while privately criticizing a lack of business discipline."
	en1 = "The piece links OpenAI's execution concerns to quantified risk: after Sam Altman's late-2023 firing and return, a stream of complex deals left the company on the hook for about $1.4 trillion in computing commitments, roughly 100 times OpenAI's projected 2025 revenue. Product rollouts are characterized as frantic, with the developer-marketplace push around the GPT Store cited as fizzling for lack of a clear strategy."
	en2 = "Microsoft's early $13 billion OpenAI bet now equates to a 27% stake valued around $135 billion."

	enSplit    = strings.SplitAfter(en1, "revenue. ")
	disclosure = "Disclosures: The author holds no position in the securities mentioned. Past performance is no guarantee of future results."
	zhSplit    = strings.SplitAfter(zh1, "100 倍。")
)

func TestAlignParagraphs(t *testing.T) {
	cases := []struct {
		name   string
		zh, en []string
		want   [][2]string
	}{
		{"same counts pair by position", []string{zh0, zh1, zh2}, []string{en0, en1, en2},
			[][2]string{{zh0, en0}, {zh1, en1}, {zh2, en2}}},
		{"English paragraph split in two", []string{zh0, zh1, zh2}, []string{en0, strings.TrimSpace(enSplit[0]), enSplit[1], en2},
			[][2]string{{zh0, en0}, {zh1, strings.TrimSpace(enSplit[0]) + "\n" + enSplit[1]}, {zh2, en2}}},
		{"Chinese paragraph split in two", []string{zh0, zhSplit[0], zhSplit[1], zh2}, []string{en0, en1, en2},
			[][2]string{{zh0, en0}, {zhSplit[0] + "\n" + zhSplit[1], en1}, {zh2, en2}}},
		{"English paragraph missing", []string{zh0, zh1, zh2}, []string{en0, en2},
			[][2]string{{zh0, en0}, {zh1, ""}, {zh2, en2}}},
		{"Chinese paragraph missing", []string{zh0, zh2}, []string{en0, en1, en2},
			[][2]string{{zh0, en0}, {"", en1}, {zh2, en2}}},
		{"no English", []string{zh0, zh2}, nil, [][2]string{{zh0, ""}, {zh2, ""}}},
		{"equal counts that do not pair by position", []string{zh0, zhSplit[0], zhSplit[1], zh2}, []string{en0, en1, en2, disclosure},
			[][2]string{{zh0, en0}, {zhSplit[0] + "\n" + zhSplit[1], en1}, {zh2, en2}, {"", disclosure}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got [][2]string
			for _, p := range alignParagraphs(tc.zh, tc.en) {
				got = append(got, [2]string{p.ZH, p.EN})
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// TestAlignParagraphsTooMany checks the fallback for inputs too big for the
// dynamic programme: pairing by position, nothing lost.
func TestAlignParagraphsTooMany(t *testing.T) {
	zh := make([]string, 3000)
	en := make([]string, 1000)
	for i := range zh {
		zh[i] = "中文段落。"
	}
	for i := range en {
		en[i] = "An English paragraph."
	}
	pairs := alignParagraphs(zh, en)
	if len(pairs) != 3000 || pairs[999].EN == "" || pairs[1000].EN != "" {
		t.Errorf("%d pairs, want 3000 paired by position", len(pairs))
	}
}

func TestAlignSentences(t *testing.T) {
	cases := []struct {
		name   string
		zh, en string
		want   []Link
	}{
		{"one to one", "英伟达否认。微软沉默。", "Nvidia denies it. Microsoft is silent.", []Link{{0, 0}, {1, 1}}},
		{"two Chinese sentences for one English", "英伟达执行长表示投资不具约束力。他私下批评 OpenAI 纪律不足。微软沉默。",
			"Nvidia's chief said the investment was nonbinding and privately criticized OpenAI's discipline. Microsoft is silent.",
			[]Link{{0, 0}, {1, 0}, {2, 1}}},
		{"one Chinese sentence for two English", "英伟达执行长表示这笔投资不具约束力,并私下批评其商业纪律不足。",
			"Nvidia's chief said the investment was nonbinding. He privately criticized a lack of business discipline.",
			[]Link{{0, 0}, {0, 1}}},
		{"shared numbers and names decide", anchorZH, anchorEN, []Link{{0, 0}, {1, 1}, {2, 1}}},
		{"no English sentences", "英伟达否认。", "", []Link{}},
		{"a long English sentence cut into six Chinese ones",
			"约瑟不从，对他主人的妻说。看哪，一切家务，我主人都不知道。他把所有的都交在我手里。在这家里没有比我大的。并且他没有留下一样不交给我，只留下了你，因为你是他的妻子。我怎能作这大恶，得罪神呢？",
			"But he refused, and said unto his master's wife, Behold, my master wotteth not what is with me in the house, and he hath committed all that he hath to my hand; There is none greater in this house than I; neither hath he kept back any thing from me but thee, because thou art his wife: how then can I do this great wickedness, and sin against God?",
			[]Link{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}}},
		// A transcript of questions whose English has no full stops: one
		// English sentence for thirteen Chinese ones, against two
		// sentences translated one for one. The counts (fifteen against
		// three) allow runs of seven; the long sentence, four fifths of
		// the English, allows the thirteen it needs.
		{"a transcript whose English has no full stops",
			"你咳嗽多久了？晚上会更严重吗？你发烧吗？今天量过体温吗？家里还有别人有同样的症状吗？最近两周你去过什么地方吗？爬楼梯时会气促吗？你现在在吃什么药吗？你吸烟吗？今年打过流感疫苗吗？你胸口痛吗？疼痛会放射到手臂或背部吗？你的味觉或嗅觉消失了吗？如果体温超过 39 度，请再给我们打电话。我们会在周五前把检查结果发给你。",
			"so how long have you had this cough and does it get worse at night do you have a fever have you taken your temperature today does anyone else at home have the same symptoms have you travelled anywhere in the last two weeks do you get short of breath when you climb the stairs are you taking any medicine for it do you smoke have you had a flu shot this year do you have any pain in your chest does the pain spread to your arm or your back and have you lost your sense of taste or smell? Please call us again if your temperature goes above 39 degrees. We will send you the test results by Friday.",
			[]Link{{0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, 0}, {5, 0}, {6, 0}, {7, 0}, {8, 0}, {9, 0}, {10, 0}, {11, 0}, {12, 0}, {13, 1}, {14, 2}}},
		// Nine Chinese sentences for four English ones, under three for
		// each: the last English sentence is five Chinese ones, a bead
		// the pair must be allowed though its counts are not lopsided.
		{"five Chinese sentences for one English where counts differ less than threefold",
			"拿俄米说，我女儿们哪，回去吧，为何要跟我去呢？我还能生子作你们的丈夫吗？两个儿妇又放声而哭，俄珥巴与婆婆亲嘴而别，只是路得舍不得拿俄米。拿俄米说，看哪，你嫂子已经回她本国，和她所拜的神那里去了，你也跟着你嫂子回去吧。路得说，不要催我回去不跟随你，你往哪里去，我也往哪里去。你在哪里住宿，我也在哪里住宿。你的国就是我的国，你的神就是我的神。你在哪里死，我也在哪里死，也葬在那里。除非死能使你我相离，不然，愿耶和华重重地降罚与我。",
			"And Naomi said, Turn again, my daughters: why will ye go with me? are there yet any more sons in my womb, that they may be your husbands? And they lifted up their voice, and wept again: and Orpah kissed her mother in law; but Ruth clave unto her. And she said, Behold, thy sister in law is gone back unto her people, and unto her gods: return thou after thy sister in law. And Ruth said, Intreat me not to leave thee, or to return from following after thee: for whither thou goest, I will go; and where thou lodgest, I will lodge: thy people shall be my people, and thy God my God: Where thou diest, will I die, and there will I be buried: the LORD do so to me, and more also, if ought but death part thee and me.",
			[]Link{{0, 0}, {1, 0}, {2, 1}, {3, 2}, {4, 3}, {5, 3}, {6, 3}, {7, 3}, {8, 3}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := Pair{ZH: tc.zh, EN: tc.en}
			alignSentences(&p, nil, 0)
			if !reflect.DeepEqual(p.Links, tc.want) {
				t.Errorf("links %v, want %v", p.Links, tc.want)
			}
		})
	}
}

// In anchorZH/anchorEN, length alone puts the middle Chinese sentence with
// the first English one; only "OpenAI" and "2025" say it belongs to the
// second.
const (
	anchorZH = "英伟达执行长表示这笔投资其实不具约束力。OpenAI 在 2025 年的营收预估为 130 亿美元。微软的股价自上线以来几近翻倍。"
	anchorEN = "Nvidia's chief executive, speaking privately to industry associates, said the investment was in fact not binding at all. OpenAI's 2025 revenue is put at $13 billion; Microsoft's stock nearly doubled."
)

// alike returns n Chinese and m English sentences each of one length, a
// Chinese one as long in English as an English one, and the model that
// says so.
func alike(n, m int) ([]segment, []segment, lengthModel) {
	return withLengths(slices.Repeat([]int{20}, n), slices.Repeat([]int{50}, m))
}

// withLengths returns Chinese sentences of the given numbers of Chinese
// characters and English ones of the given lengths, and a model that
// makes a Chinese character two and a half English runes.
func withLengths(zh, en []int) ([]segment, []segment, lengthModel) {
	a, b := make([]segment, len(zh)), make([]segment, len(en))
	for i, n := range zh {
		a[i] = segment{han: n}
	}
	for i, n := range en {
		b[i] = segment{other: n}
	}
	return a, b, newLengthModel(2.5, perClass{})
}

// TestSentenceLevelFor checks which long runs of sentences a pair of
// sentences alike in length may take in one bead.
func TestSentenceLevelFor(t *testing.T) {
	if got := sentenceLevelFor(alike(4, 4)); len(got.shapes) != len(sentenceLevel.shapes) {
		t.Errorf("4–4 sentences: %d shapes, want the %d of sentenceLevel", len(got.shapes), len(sentenceLevel.shapes))
	}
	if got := sentenceLevelFor(alike(8, 4)); len(got.shapes) != len(sentenceLevel.shapes) {
		t.Errorf("8–4 sentences: %d shapes, want the %d of sentenceLevel", len(got.shapes), len(sentenceLevel.shapes))
	}
	// The longest run each pair may take: two past the ratio of the
	// counts, rounded up; six at least from three times as many; no
	// more than the pair's sentences.
	for _, tc := range []struct{ n, m, longest int }{
		{12, 3, 6}, {3, 12, 6}, {9, 4, 5}, {14, 2, 9}, {40, 1, 40}, {5, 0, 4},
	} {
		got := sentenceLevelFor(alike(tc.n, tc.m))
		if want := len(sentenceLevel.shapes) + len(longRuns(tc.longest)); len(got.shapes) != want {
			t.Errorf("%d–%d sentences: %d shapes, want %d", tc.n, tc.m, len(got.shapes), want)
		}
		if _, ok := got.priorCost(tc.longest, 1); tc.longest > 4 && !ok {
			t.Errorf("%d–%d sentences: no bead of %d to one", tc.n, tc.m, tc.longest)
		}
		if _, ok := got.priorCost(tc.longest+1, 1); ok {
			t.Errorf("%d–%d sentences: a bead of %d to one", tc.n, tc.m, tc.longest+1)
		}
	}
	if len(sentenceLevelFor(alike(12, 3)).shapes) == len(sentenceLevel.shapes) || len(sentenceLevel.shapes) != 10 {
		t.Error("sentenceLevel itself changed")
	}
	if got := longRuns(6); !reflect.DeepEqual(got, []beadShape{{5, 1, runPrior(5)}, {1, 5, runPrior(5)}, {6, 1, runPrior(6)}, {1, 6, runPrior(6)}}) {
		t.Errorf("longRuns(6) = %v", got)
	}
	if got := fitRuns(6); !reflect.DeepEqual(got, []beadShape{{5, 1, 0.002}, {1, 5, 0.002}, {6, 1, 0.001}, {1, 6, 0.001}}) {
		t.Errorf("fitRuns(6) = %v", got)
	}
}

// TestLongestRun checks that where one side has three times as many
// sentences as the other, the runs a pair may take follow the share of
// the other side's longest sentence, within what runCap allows.
func TestLongestRun(t *testing.T) {
	long := func(n, longest, rest int) []int { return append([]int{longest}, slices.Repeat([]int{rest}, n-1)...) }
	cases := []struct {
		name   string
		zh, en []int // Chinese characters and English runes of each sentence
		want   int
	}{
		{"sentences alike: the ratio of the counts", slices.Repeat([]int{20}, 33), slices.Repeat([]int{50}, 3), 13},
		// 33 · 3400/3900 = 28.8, rounded up and two more.
		{"an English sentence of most of the English", slices.Repeat([]int{20}, 33), []int{300, 3400, 200}, 31},
		// 20 · 400/500 = 16, and two more.
		{"a Chinese sentence of most of the Chinese", long(5, 400, 25), slices.Repeat([]int{50}, 20), 18},
		{"counts less than threefold apart: the ratio of the counts", slices.Repeat([]int{20}, 11), long(6, 500, 50), 4},
		{"no run longer than the pair's sentences", slices.Repeat([]int{20}, 9), []int{2000, 10, 10}, 9},
		{"a pair of hundreds of sentences is held to runCap", slices.Repeat([]int{20}, 1200), long(300, 30000, 50), runCap(1200, 300)},
		{"no English", slices.Repeat([]int{20}, 9), nil, 4},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := longestRun(withLengths(tc.zh, tc.en)); got != tc.want {
				t.Errorf("longest run %d, want %d", got, tc.want)
			}
		})
	}
}

// TestRunCap checks that the long runs of a pair are bounded by its size:
// a short pair may take long runs, a big one no more than twelve, and
// none more than a grid can keep.
func TestRunCap(t *testing.T) {
	for _, tc := range []struct{ n, m, want int }{
		{33, 3, maxRun}, {400, 130, 28}, {1200, 300, 12}, {5000, 5000, 12},
	} {
		if got := runCap(tc.n, tc.m); got != tc.want {
			t.Errorf("runCap(%d, %d) = %d, want %d", tc.n, tc.m, got, tc.want)
		}
	}
}

// TestRunsCostAlike checks that sentences one side has over the other
// cost the same whichever sentences of the other side they join: one run
// of k+1 and k−1 beads of one to one as much as k beads of two to one.
func TestRunsCostAlike(t *testing.T) {
	lv := sentenceLevelFor(alike(40, 8))
	cost := func(a, b int) float64 {
		c, ok := lv.priorCost(a, b)
		if !ok {
			t.Fatalf("no bead of %d–%d", a, b)
		}
		return c
	}
	for k := 2; k <= 6; k++ {
		spread := float64(k) * cost(2, 1)
		if run := cost(k+1, 1) + float64(k-1)*cost(1, 1); math.Abs(spread-run) > 1e-9 {
			t.Errorf("%d extra sentences: %d beads of 2–1 cost %.3f, one of %d–1 %.3f", k, k, spread, k+1, run)
		}
		if run := cost(1, k+1) + float64(k-1)*cost(1, 1); math.Abs(spread-run) > 1e-9 {
			t.Errorf("%d extra English sentences: one bead of 1–%d costs %.3f, want %.3f", k, k+1, run, spread)
		}
	}
}

// TestAnchorsDecide makes sure the anchor case above tests the anchors: with
// them taken away the alignment must come out differently.
func TestAnchorsDecide(t *testing.T) {
	a := segmentsOf(anchorZH, Sentences(anchorZH))
	b := segmentsOf(anchorEN, Sentences(anchorEN))
	for i := range a {
		a[i].anchors, a[i].names = nil, nil
	}
	for i := range b {
		b[i].anchors, b[i].names = nil, nil
	}
	beads := alignSegments(a, b, fitLength(a, b), sentenceLevel)
	if len(beads) != 2 || beads[0].A1 != 2 {
		t.Errorf("without anchors the beads are %v; the case no longer needs anchors", beads)
	}
}

func TestAnchorsOf(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"Chinese with numbers and names", "约 1,000 亿美元,OpenAI 与 GPT-5 在 2025 年", []string{"1000", "2025", "gpt-5", "openai"}},
		{"English drops lower-case words", "about $1.4 trillion for OpenAI’s 100× plan", []string{"1.4", "100", "openai"}},
		{"trailing comma of a number", "in 2032, Nvidia", []string{"2032", "nvidia"}},
		{"nothing shared", "没有数字。no names here", nil},
		{"a question in Chinese", "我怎能作这大恶，得罪神呢？", []string{"?"}},
		{"a question in English, once", "why will ye go with me? are there yet any more sons in my womb?", []string{"?"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := anchorsOf(tc.text, false)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("anchorsOf(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestAnchorNames(t *testing.T) {
	cases := []struct {
		name, text string
		english    bool
		want       []string
	}{
		{"sentence-initial word is no name", "Analysts at Goldman Sachs agree. Others wait.", true, []string{"goldman", "sachs"}},
		{"after an opening quote", "“Nvidia is fine,” he said. It is.", true, nil},
		{"numbers always count", "2025 was big. 27% of it.", true, []string{"2025", "27"}},
		{"Chinese keeps the first word", "Goldman Sachs 分析师表示。", false, []string{"goldman", "sachs"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, got := anchorsOf(tc.text, tc.english)
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("names of %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// anchorPattern is what anchorTokens implements by hand.
var anchorPattern = regexp.MustCompile(`[0-9][0-9,]*(?:\.[0-9]+)?|[A-Za-z][A-Za-z0-9+\-]*[A-Za-z0-9+]`)

// FuzzAnchorTokens checks the hand-written scanner against the regular
// expression it replaces.
func FuzzAnchorTokens(f *testing.F) {
	for _, s := range []string{"GPT-5 and H100-equivalent", "1,000.5, 2.", "a-- b-c x+ 1x a", "约 1.4 兆美元 OpenAI’s", "--a-", "e.g. 3.75%–4%"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want [][2]int
		for _, loc := range anchorPattern.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{loc[0], loc[1]})
		}
		if got := anchorTokens(s); !reflect.DeepEqual(got, want) {
			t.Errorf("anchorTokens(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestShapesFitMerged checks that no level allows a bead wider than the
// anchor union can hold.
func TestShapesFitMerged(t *testing.T) {
	for name, lv := range map[string]level{"sentence": sentenceLevel, "paragraph": paragraphLevel, "interleaved": interleavedLevel} {
		for _, s := range lv.shapes {
			if s.a > maxBeadSide || s.b > maxBeadSide {
				t.Errorf("%s level: shape %d-%d wider than %d", name, s.a, s.b, maxBeadSide)
			}
		}
	}
}

func TestBeadLinks(t *testing.T) {
	seg := func(n int) segment { return segment{other: n} }
	model := lengthModel{perHan: 3}
	cases := []struct {
		name string
		a, b []segment
		want []Link
	}{
		{"1-2 links both", []segment{seg(10)}, []segment{seg(5), seg(5)}, []Link{{0, 0}, {0, 1}}},
		{"2-2 cut alike is two 1-1", []segment{seg(5), seg(5)}, []segment{seg(5), seg(5)}, []Link{{0, 0}, {1, 1}}},
		{"2-2 cut across", []segment{seg(4), seg(6)}, []segment{seg(7), seg(3)}, []Link{{0, 0}, {1, 0}, {1, 1}}},
		{"a sliver still links", []segment{seg(1), seg(99)}, []segment{seg(50), seg(50)}, []Link{{0, 0}, {1, 0}, {1, 1}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bd := bead{A1: len(tc.a), B1: len(tc.b)}
			if got := beadLinks(tc.a, tc.b, bd, model); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("links %v, want %v", got, tc.want)
			}
		})
	}
}

// TestAnchorCountsAgree checks that the three ways a bead's anchors are
// counted — sorted strings, bitsets, and sorted numbers for alignments
// with too many anchors for bitsets — give the same counts.
func TestAnchorCountsAgree(t *testing.T) {
	texts := []string{
		"Nvidia and OpenAI", "OpenAI raised 1,000 billion", "2025 Microsoft Amazon",
		"Huang said Nvidia", "", "GPT Store 2023", "英伟达 Nvidia 1,000 亿", "Amazon 27%",
	}
	for _, wide := range []bool{false, true} {
		a, b := paragraphSegments(texts[:5]), paragraphSegments(texts[3:])
		if wide { // enough distinct anchors that internAnchors numbers them
			for i := range 64 * (maxAnchorWords + 1) {
				a = append(a, newSegment(fmt.Sprintf("Name%d", i)))
			}
		}
		plain := func(s []segment) []segment {
			out := append([]segment(nil), s...)
			for i := range out {
				out[i].anchorBits, out[i].nameBits, out[i].anchorIDs, out[i].nameIDs = nil, nil, nil, nil
			}
			return out
		}
		pa, pb := plain(a), plain(b)
		internAnchors(a, b)
		if wide != numbered(a, b) || wide == interned(a, b) {
			t.Fatalf("wide %v: numbered %v, interned %v", wide, numbered(a, b), interned(a, b))
		}
		if _, ok := oneNumbering(a, b); ok == wide {
			t.Errorf("wide %v: oneNumbering says %v", wide, ok)
		}
		if got, want := keptNames(a, b), keptNames(pa, pb); got != want {
			t.Errorf("wide %v: keptNames %v, strings say %v", wide, got, want)
		}
		if got, want := keptNames(a[1:3], b[:2]), keptNames(pa[1:3], pb[:2]); got != want {
			t.Errorf("wide %v: keptNames of a part %v, strings say %v", wide, got, want)
		}
		for i := range 4 {
			for j := range 4 {
				for _, w := range [][2]int{{1, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}} {
					x, y := a[i:min(i+w[0], len(a))], b[j:min(j+w[1], len(b))]
					px, py := pa[i:i+len(x)], pb[j:j+len(y)]
					if got, want := sharedAnchors(x, y), sharedAnchors(px, py); got != want {
						t.Errorf("wide %v: sharedAnchors(%d+%d, %d+%d) = %v, strings say %v", wide, i, len(x), j, len(y), got, want)
					}
					if got, want := missedNames(x, y), missedNames(px, py); got != want {
						t.Errorf("wide %v: missedNames(%d+%d, %d+%d) = %v, strings say %v", wide, i, len(x), j, len(y), got, want)
					}
				}
			}
		}
	}
}

// TestMeasuredParagraphs checks that paragraphs measured once for a parse
// come back as a fresh measure gives them, also after an alignment has
// numbered the anchors of the segments it was handed.
func TestMeasuredParagraphs(t *testing.T) {
	zh := []string{"英伟达 Nvidia 称,投资 1,000 亿美元。黄仁勋否认。", "OpenAI 的合同?", "第三段。"}
	en := []string{"Nvidia said it would invest 100 billion. Huang denied it.", "OpenAI's contract?", "A third one."}
	m := newMeasured()
	first := m.alignParagraphs(zh, en)
	if want := alignParagraphs(zh, en); !reflect.DeepEqual(first, want) {
		t.Fatalf("pairs with measured paragraphs %v, want %v", first, want)
	}
	if len(m.segs) != len(zh)+len(en) {
		t.Fatalf("%d paragraphs kept, want %d", len(m.segs), len(zh)+len(en))
	}
	for _, ps := range [][]string{zh, en} {
		got, want := m.paragraphSegments(ps), paragraphSegments(ps)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("kept segments %+v, want %+v", got, want)
		}
	}
}

// TestKeptNamesOneNumbering checks that keptNames counts by bits only
// segments numbered by one call of internAnchors: segments numbered apart
// have their own numbers for the same name.
func TestKeptNamesOneNumbering(t *testing.T) {
	a := paragraphSegments([]string{"Nvidia 1,000", "OpenAI"})
	b := paragraphSegments([]string{"Nvidia said 1,000", "Amazon"})
	c := paragraphSegments([]string{"OpenAI and Amazon", "Nvidia"})
	want := keptNames([]segment{a[0], a[1]}, []segment{c[0], c[1]})
	internAnchors(a, b)
	internAnchors(c, c[:0])
	mixed := []segment{c[0], c[1]}
	if _, ok := oneNumbering(a, mixed); ok {
		t.Fatal("segments of two numberings count as one")
	}
	if got := keptNames(a, mixed); got != want {
		t.Errorf("keptNames across numberings %v, want %v", got, want)
	}
}

// TestLengthCostFar checks that lengthCost, which stops working out the
// probability past farDelta deviations, gives what the whole formula
// gives on both sides of it.
func TestLengthCostFar(t *testing.T) {
	whole := func(want, got float64) float64 {
		delta := (got - want) / math.Sqrt(lengthVariance*(want+got)/2)
		p := 2 * (1 - normalCDF(math.Abs(delta)))
		return -math.Log(math.Max(p, 1e-12))
	}
	far := 0
	for want := 0.0; want < 3000; want += 7.3 {
		for got := 0.0; got < 4*want+400; got += 0.37 {
			if want+got == 0 {
				continue
			}
			if math.Abs(got-want)/math.Sqrt(lengthVariance*(want+got)/2) >= farDelta {
				far++
			}
			if c, w := lengthCost(want, got), whole(want, got); c != w {
				t.Fatalf("lengthCost(%v, %v) = %v, the formula gives %v", want, got, c, w)
			}
		}
	}
	if far == 0 {
		t.Fatal("no lengths far apart were tried")
	}
}

// TestOneSidedMemo checks that the costs an alignment keeps for one-sided
// beads are those beadCost gives, whichever cell asks first.
func TestOneSidedMemo(t *testing.T) {
	a := paragraphSegments([]string{zh0, zh1, zh2, "附注。"})
	b := paragraphSegments([]string{en0, en1, en2})
	model := fitLength(a, b)
	for _, lv := range []level{paragraphLevel, sentenceLevel} {
		cost := oneSidedMemo(a, b, model, lv)
		for _, order := range []bool{false, true} {
			for x := 0; x <= 4; x++ {
				for y := 0; y <= 3; y++ {
					i, j := x, y
					if order { // the other way round: columns first
						i, j = 4-x, 3-y
					}
					for k, s := range lv.shapes {
						if s.a > i || s.b > j {
							continue
						}
						if got, want := cost(i, j, k), model.beadCost(a[i-s.a:i], b[j-s.b:j], lv); got != want {
							t.Errorf("bead %d–%d ending at (%d, %d): kept %v, beadCost %v", s.a, s.b, i, j, got, want)
						}
					}
				}
			}
		}
	}
}

// TestLinkIndex checks both ways a linkIndex finds links: in its table and,
// for pairs with too many sentences for one, in its map.
func TestLinkIndex(t *testing.T) {
	links := []Link{{0, 0}, {1, 0}, {1, 2}, {3, 4}}
	for _, n := range []int{5, maxLinkTable} {
		x := newLinkIndex(links, n, 5)
		if (x.table == nil) != (n*5 > maxLinkTable) {
			t.Fatalf("%d×5 sentences: table %v", n, x.table != nil)
		}
		for zh := range 5 {
			for en := range 5 {
				want := slices.Index(links, Link{zh, en})
				k, ok := x.find(zh, en)
				if ok != (want >= 0) || ok && k != want {
					t.Errorf("%d×5: find(%d, %d) = %d, %v, want %d", n, zh, en, k, ok, want)
				}
			}
		}
	}
}

// segmentsCases are texts and sentence spans for segmentsOf, among them
// spans out of order, outside the text, and text that is not UTF-8.
var segmentsCases = []struct {
	text  string
	spans []Span
}{
	{"英伟达称,投资 1,000 亿美元。Huang 否认?", []Span{{0, 14}, {14, 23}}},
	{"Nvidia said so. Huang denied it.", []Span{{0, 15}, {16, 32}}},
	{"Nvidia said so. Huang denied it.", []Span{{16, 32}, {0, 15}, {3, 3}}},
	{"短 Nvidia", []Span{{0, 2}, {5, 40}, {-1, 2}, {4, 2}}},
	{"a\xffB 12\xc3", []Span{{0, 3}, {2, 6}, {5, 6}}},
	{"", []Span{{0, 0}, {0, 1}}},
}

// TestSegmentsOf checks segmentsOf, which walks the text once, against
// measuring each span copied out of the text's runes.
func TestSegmentsOf(t *testing.T) {
	for _, tc := range segmentsCases {
		checkSegmentsOf(t, tc.text, tc.spans)
	}
}

func checkSegmentsOf(t *testing.T, text string, spans []Span) {
	t.Helper()
	rs := []rune(text)
	want := make([]segment, len(spans))
	for i, s := range spans {
		if s.Start >= 0 && s.Start <= s.End && s.End <= len(rs) {
			want[i] = newSegment(string(rs[s.Start:s.End]))
		}
	}
	got := segmentsOf(text, spans)
	for i := range got {
		got[i].inQuote = false // TestInQuote checks it
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("segmentsOf(%q, %v) = %+v, want %+v", text, spans, got, want)
	}
}

// TestQuoteSplit checks that a bead of sentences that ends inside a
// quotation on one side only costs quoteSplit more, and one that ends
// inside on both sides (a quotation both cut alike) nothing.
func TestQuoteSplit(t *testing.T) {
	a, b, model := alike(1, 1)
	base := model.beadCost(a, b, sentenceLevel)
	b[0].inQuote = true
	if got := model.beadCost(a, b, sentenceLevel) - base; math.Abs(got-quoteSplit) > 1e-9 {
		t.Errorf("a quotation cut on one side costs %v more, want %v", got, quoteSplit)
	}
	a[0].inQuote = true
	if got := model.beadCost(a, b, sentenceLevel) - base; math.Abs(got) > 1e-9 {
		t.Errorf("a quotation cut alike on both sides costs %v more, want 0", got)
	}
	a[0].inQuote = false
	cut := model.beadCost(a, b, paragraphLevel)
	b[0].inQuote = false
	if got := cut - model.beadCost(a, b, paragraphLevel); got != 0 {
		t.Errorf("paragraphs pay %v for a quotation cut on one side, want 0", got)
	}
}

// TestInQuote checks which sentences segmentsOf says end inside a
// quotation their paragraph goes on with.
func TestInQuote(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []bool
	}{
		{"a quotation cut by a full stop", `He says he sees "exceptional clarity. Lake Tahoe is the cleanest lake, I think." Now the bad news.`, []bool{true, false, false}},
		{"a quotation within a sentence", `"I'm terrified," the actor said. She laughed.`, []bool{false, false}},
		{"curly marks", "他说：“我们发现了异物。上面有藻类。”科学家认为。", []bool{true, false, false}},
		{"a straight quote for an apostrophe", `He did 160 hours" unpaid work. He paid £750.`, []bool{false, false}},
		{"nested straight quotes", `She waits "to call and say, "Hold the line."" Then she left.`, []bool{false, false}},
		{"corner marks", "他说：「走吧。快走。」", []bool{true, false}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []bool
			for _, s := range segmentsOf(tc.text, Sentences(tc.text)) {
				got = append(got, s.inQuote)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("inQuote %v, want %v", got, tc.want)
			}
		})
	}
}

func FuzzSegmentsOf(f *testing.F) {
	for _, tc := range segmentsCases {
		for _, s := range tc.spans {
			f.Add(tc.text, s.Start, s.End, 0, len(tc.text))
		}
	}
	f.Fuzz(func(t *testing.T, text string, s0, e0, s1, e1 int) {
		checkSegmentsOf(t, text, []Span{{s0 % 64, e0 % 64}, {s1 % 64, e1 % 64}})
	})
}

// TestParagraphCostsKept checks that the confidences sum over the bead
// costs the paragraph alignment kept, and that these are the costs a
// lattice weighs afresh.
func TestParagraphCostsKept(t *testing.T) {
	zh := []string{zh0, zh1, zh2, "附注:本文仅供参考。"}
	en := []string{en0, en1, en2}
	m := newMeasured()
	pairs := m.alignParagraphs(zh, en)
	kept, beads := paragraphLattice(pairs, FormatGrouped, m)
	fresh, _ := paragraphLattice(pairs, FormatGrouped, nil)
	if m.aligned == nil || kept.costs == nil || &kept.costs[0][0] != &m.aligned.lt.costs[0][0] {
		t.Fatal("the confidences weighed the paragraphs again")
	}
	if !reflect.DeepEqual(kept.costs, fresh.costs) || kept.total != fresh.total {
		t.Fatalf("kept costs %v (total %v), weighed afresh %v (total %v)", kept.costs, kept.total, fresh.costs, fresh.total)
	}
	for _, bd := range beads {
		if got, want := kept.posterior(bd), fresh.posterior(bd); got != want {
			t.Errorf("posterior of %v: %v with kept costs, %v afresh", bd, got, want)
		}
	}
	// Other paragraphs, or the interleaved level, weigh afresh.
	if m.costsFor(zh[:3], en, kept.model, paragraphLevel) != nil || m.costsFor(zh, en, kept.model, interleavedLevel) != nil {
		t.Error("costs kept for other paragraphs or another level")
	}
}

// TestUnlikelyCost checks that a bead linkPosteriors skips unweighed has
// a posterior below the least it counts.
func TestUnlikelyCost(t *testing.T) {
	if p := math.Exp(-unlikelyCost); p >= minPosterior {
		t.Fatalf("exp(-%v) = %v, not below %v", unlikelyCost, p, minPosterior)
	}
}

// TestTokenSetOfManyTokens: past manyTokens the set is made in a map, and
// must be what sorting them all gives.
func TestTokenSetOfManyTokens(t *testing.T) {
	var segs []segment
	var all []string
	for i := range 3 * manyTokens {
		names := []string{fmt.Sprint(i % 997), fmt.Sprintf("w%d", i%13)}
		segs = append(segs, segment{names: names})
		all = append(all, names...)
	}
	got := tokenSet(segs, namesList)
	if want := sortedSet(all); !slices.Equal(got, want) {
		t.Fatalf("%d tokens in the set, want %d", len(got), len(want))
	}
}

// TestLoneParagraphAcrossPair aligns Genesis 37:1-22 in four paragraphs
// whose first has lost its English: by length the first Chinese paragraph
// fits the English of the second better than the second's own Chinese
// does, but the sentences of the second pair fit each other one by one.
func TestLoneParagraphAcrossPair(t *testing.T) {
	zh := []string{
		"雅各住在迦南地，就是他父亲寄居的地。以色列原来爱约瑟过于爱他的众子，因为约瑟是他年老生的。他给约瑟作了一件彩衣。约瑟的哥哥们见父亲爱约瑟过于爱他们，就恨约瑟，不与他说和睦的话。",
		"约瑟作了一梦，告诉他哥哥们，他们就越发恨他。约瑟对他们说，请听我所作的梦，我们在田里捆禾稼，我的捆起来站着，你们的捆来围着我的捆下拜。",
		"后来他又作了一梦，也告诉他的哥哥们说，看哪，我又作了一梦，梦见太阳，月亮，与十一个星向我下拜。他哥哥们都嫉妒他，他父亲却把这话存在心里。约瑟的哥哥们往示剑去放他们父亲的羊。有人遇见他在田野走迷了路，就问他说，你找什么？",
		"他说，我找我的哥哥们，求你告诉我，他们在何处放羊。来吧。我们将他杀了，丢在一个坑里，就说有恶兽把他吃了。我们且看他的梦将来怎么样。流便听见了，要救他脱离他们的手，说，我们不可害他的性命。",
	}
	en := []string{
		"And Joseph dreamed a dream, and he told it his brethren: and they hated him yet the more. And he said unto them, Hear, I pray you, this dream which I have dreamed: For, behold, we were binding sheaves in the field, and, lo, my sheaf arose, and also stood upright; and, behold, your sheaves stood round about, and made obeisance to my sheaf.",
		"And he dreamed yet another dream, and told it his brethren, and said, Behold, I have dreamed a dream more; and, behold, the sun and the moon and the eleven stars made obeisance to me. And his brethren envied him; but his father observed the saying. And his brethren went to feed their father's flock in Shechem. And a certain man found him, and, behold, he was wandering in the field: and the man asked him, saying, What seekest thou?",
		"And he said, I seek my brethren: tell me, I pray thee, where they feed their flocks. Come now therefore, and let us slay him, and cast him into some pit, and we will say, Some evil beast hath devoured him: and we shall see what will become of his dreams. And Reuben heard it, and he delivered him out of their hands; and said, Let us not kill him.",
	}
	pairs := alignParagraphs(zh, en)
	want := []Pair{{ZH: zh[0]}, {ZH: zh[1], EN: en[0]}, {ZH: zh[2], EN: en[1]}, {ZH: zh[3], EN: en[2]}}
	if len(pairs) != len(want) {
		t.Fatalf("%d pairs, want %d", len(pairs), len(want))
	}
	for i := range want {
		if pairs[i].ZH != want[i].ZH || pairs[i].EN != want[i].EN {
			t.Errorf("pair %d: %.12q / %.12q, want %.12q / %.12q", i, pairs[i].ZH, pairs[i].EN, want[i].ZH, want[i].EN)
		}
	}
}

// TestAcrossPair checks the beads a lone paragraph and its neighbouring
// pair become, on either side and in either language: the paragraphs in
// order, the lone one paired, the pair's paragraph of its language alone.
func TestAcrossPair(t *testing.T) {
	cases := []struct {
		name         string
		x, y, nx, ny bead
		ok           bool
	}{
		{"Chinese alone, then a pair", bead{A0: 3, A1: 4, B0: 5, B1: 5}, bead{A0: 4, A1: 5, B0: 5, B1: 6},
			bead{A0: 3, A1: 4, B0: 5, B1: 6}, bead{A0: 4, A1: 5, B0: 6, B1: 6}, true},
		{"English alone, then a pair", bead{A0: 3, A1: 3, B0: 5, B1: 6}, bead{A0: 3, A1: 4, B0: 6, B1: 7},
			bead{A0: 3, A1: 4, B0: 5, B1: 6}, bead{A0: 4, A1: 4, B0: 6, B1: 7}, true},
		{"a pair, then Chinese alone", bead{A0: 3, A1: 4, B0: 5, B1: 6}, bead{A0: 4, A1: 5, B0: 6, B1: 6},
			bead{A0: 3, A1: 4, B0: 5, B1: 5}, bead{A0: 4, A1: 5, B0: 5, B1: 6}, true},
		{"a pair, then English alone", bead{A0: 3, A1: 4, B0: 5, B1: 6}, bead{A0: 4, A1: 4, B0: 6, B1: 7},
			bead{A0: 3, A1: 3, B0: 5, B1: 6}, bead{A0: 3, A1: 4, B0: 6, B1: 7}, true},
		{"two pairs", bead{A0: 3, A1: 4, B0: 5, B1: 6}, bead{A0: 4, A1: 5, B0: 6, B1: 7}, bead{}, bead{}, false},
		{"Chinese alone, then two to one", bead{A0: 3, A1: 4, B0: 5, B1: 5}, bead{A0: 4, A1: 6, B0: 5, B1: 6}, bead{}, bead{}, false},
	}
	for _, tc := range cases {
		nx, ny, ok := acrossPair(tc.x, tc.y)
		if ok != tc.ok || ok && (nx != tc.nx || ny != tc.ny) {
			t.Errorf("%s: %v %v %v, want %v %v %v", tc.name, nx, ny, ok, tc.nx, tc.ny, tc.ok)
		}
	}
}

// TestArticleRatio: a pair of one Chinese sentence and two English ones,
// the second of which the Chinese leaves out. A length ratio fitted to the
// pair alone makes the two English sentences together exactly as long as
// the Chinese predicts, and glued them into one bead; the ratio of the
// whole article says the first alone is the translation.
func TestArticleRatio(t *testing.T) {
	text := "英伟达周三公布的季度营收创下新高，数据中心业务的增长超过了分析师的预期。\n\n" +
		"Nvidia reported record quarterly revenue on Wednesday, with growth in its data centre business beating analysts' expectations.\n\n" +
		"公司首席财务官表示，新一代芯片的需求依然强劲，供应紧张的局面将持续到明年。\n\n" +
		"The chief financial officer said demand for the new generation of chips remained strong and that supply would stay tight into next year.\n\n" +
		"股价在盘后交易中下跌了百分之三。\n\n" +
		"The shares fell three per cent in after-hours trading. Some investors had bet on an even larger beat, and options traders had priced in a move of about eight per cent in either direction.\n\n" +
		"分析师认为，出口限制对公司在中国的销售影响有限，但长期风险仍不容忽视。\n\n" +
		"Analysts said export controls had limited effect on the company's sales in China, but warned that the long-term risks could not be ignored.\n"
	for _, ps := range []Parser{{}, {Lexicon: testLexicon}} {
		a, err := ps.Parse([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Pairs) != 4 {
			t.Fatalf("%d pairs, want 4", len(a.Pairs))
		}
		if got, want := a.Pairs[2].Links, []Link{{0, 0}}; !reflect.DeepEqual(got, want) {
			t.Errorf("lexicon %v: links of the third pair %v, want %v (the second English sentence alone)", ps.Lexicon != nil, got, want)
		}
		for i, p := range a.Pairs {
			if i != 2 && !reflect.DeepEqual(p.Links, []Link{{0, 0}}) {
				t.Errorf("lexicon %v: links of pair %d %v, want [{0 0}]", ps.Lexicon != nil, i, p.Links)
			}
		}
	}
}

// TestArticleRatioOf checks the ratio of an article: pairs with one
// language only do not count, and an article without Chinese characters
// has none.
func TestArticleRatioOf(t *testing.T) {
	for _, tc := range []struct {
		name  string
		pairs []Pair
		want  float64
	}{
		{"two pairs", []Pair{{ZH: "一二三四", EN: "abcdefgh"}, {ZH: "五六 7", EN: "ijklmnopqr 7"}}, 3},
		{"a one-language pair left out", []Pair{{ZH: "一二", EN: "abcd"}, {EN: "a very long note nobody translated"}}, 2},
		{"no Chinese", []Pair{{ZH: "Nvidia", EN: "Nvidia"}}, 0},
		{"at least one", []Pair{{ZH: "一二三四", EN: "ab"}}, 1},
	} {
		if got := articleRatio(tc.pairs); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: ratio %v, want %v", tc.name, got, tc.want)
		}
	}
}
