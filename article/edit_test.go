package article

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// editInput has two pairs of two sentences each, linked one to one.
const editInput = "英伟达否认。黄仁勋说交易没问题。\nNvidia denies it. Huang says the deal is fine.\n\n" +
	"微软持有 27% 的股份。它沉默。\nMicrosoft owns 27%. It is silent.\n"

func parseEditInput(t testing.TB) *Article {
	t.Helper()
	a, err := Parse([]byte(editInput))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Pairs) != 2 || !reflect.DeepEqual(a.Pairs[0].Links, []Link{{0, 0}, {1, 1}}) {
		t.Fatalf("the edit input parses as %+v", a.Pairs)
	}
	return a
}

// row is a pair as the edit tests check it: its text and its links.
type row struct {
	zh, en string
	links  []Link
}

func rows(a *Article) []row {
	var out []row
	for _, p := range a.Pairs {
		out = append(out, row{p.ZH, p.EN, p.Links})
	}
	return out
}

var editCases = []struct {
	name  string
	edits []Edit
	want  []row
}{
	{"merge", []Edit{{Op: OpMerge, Pair: 0}}, []row{
		{"英伟达否认。黄仁勋说交易没问题。\n微软持有 27% 的股份。它沉默。", "Nvidia denies it. Huang says the deal is fine.\nMicrosoft owns 27%. It is silent.",
			[]Link{{0, 0}, {1, 1}, {2, 2}, {3, 3}}},
	}},
	{"split at an English sentence cuts the Chinese where the links say", []Edit{{Op: OpSplit, Pair: 0, Lang: EN, Sentence: 1}}, []row{
		{"英伟达否认。", "Nvidia denies it.", []Link{{0, 0}}},
		{"黄仁勋说交易没问题。", "Huang says the deal is fine.", []Link{{0, 0}}},
		{"微软持有 27% 的股份。它沉默。", "Microsoft owns 27%. It is silent.", []Link{{0, 0}, {1, 1}}},
	}},
	{"split undoes a merge", []Edit{{Op: OpMerge, Pair: 0}, {Op: OpSplit, Pair: 0, Lang: ZH, Sentence: 2}}, []row{
		{"英伟达否认。黄仁勋说交易没问题。", "Nvidia denies it. Huang says the deal is fine.", []Link{{0, 0}, {1, 1}}},
		{"微软持有 27% 的股份。它沉默。", "Microsoft owns 27%. It is silent.", []Link{{0, 0}, {1, 1}}},
	}},
	{"move the last Chinese sentence down", []Edit{{Op: OpMove, Pair: 0, Lang: ZH, Sentence: 1, Dir: 1}}, []row{
		{"英伟达否认。", "Nvidia denies it. Huang says the deal is fine.", []Link{{0, 0}, {0, 1}}},
		{"黄仁勋说交易没问题。\n微软持有 27% 的股份。它沉默。", "Microsoft owns 27%. It is silent.", []Link{{0, 0}, {1, 0}, {2, 1}}},
	}},
	{"move the first English sentence up", []Edit{{Op: OpMove, Pair: 1, Lang: EN, Sentence: 0, Dir: -1}}, []row{
		{"英伟达否认。黄仁勋说交易没问题。", "Nvidia denies it. Huang says the deal is fine.\nMicrosoft owns 27%.", []Link{{0, 0}, {1, 1}, {1, 2}}},
		{"微软持有 27% 的股份。它沉默。", "It is silent.", []Link{{0, 0}, {1, 0}}},
	}},
	{"moving the last sentences out removes the pair", []Edit{
		{Op: OpSplit, Pair: 0, Lang: ZH, Sentence: 1},
		{Op: OpMove, Pair: 1, Lang: ZH, Sentence: 0, Dir: -1},
		{Op: OpMove, Pair: 1, Lang: EN, Sentence: 0, Dir: -1},
	}, []row{
		{"英伟达否认。\n黄仁勋说交易没问题。", "Nvidia denies it.\nHuang says the deal is fine.", []Link{{0, 0}, {1, 1}}},
		{"微软持有 27% 的股份。它沉默。", "Microsoft owns 27%. It is silent.", []Link{{0, 0}, {1, 1}}},
	}},
	{"link", []Edit{{Op: OpLink, Pair: 0, ZH: 0, EN: 1}}, []row{
		{"英伟达否认。黄仁勋说交易没问题。", "Nvidia denies it. Huang says the deal is fine.", []Link{{0, 0}, {0, 1}, {1, 1}}},
		{"微软持有 27% 的股份。它沉默。", "Microsoft owns 27%. It is silent.", []Link{{0, 0}, {1, 1}}},
	}},
	{"link twice is one link", []Edit{{Op: OpLink, Pair: 1, ZH: 1, EN: 1}, {Op: OpLink, Pair: 1, ZH: 1, EN: 0}}, []row{
		{"英伟达否认。黄仁勋说交易没问题。", "Nvidia denies it. Huang says the deal is fine.", []Link{{0, 0}, {1, 1}}},
		{"微软持有 27% 的股份。它沉默。", "Microsoft owns 27%. It is silent.", []Link{{0, 0}, {1, 0}, {1, 1}}},
	}},
	{"unlink", []Edit{{Op: OpUnlink, Pair: 0, ZH: 1, EN: 1}}, []row{
		{"英伟达否认。黄仁勋说交易没问题。", "Nvidia denies it. Huang says the deal is fine.", []Link{{0, 0}}},
		{"微软持有 27% 的股份。它沉默。", "Microsoft owns 27%. It is silent.", []Link{{0, 0}, {1, 1}}},
	}},
}

// TestEdits applies each case's edits and checks the pairs, that the
// article still holds together, that the edits are recorded and that the
// pairs they touched are the reader's.
func TestEdits(t *testing.T) {
	for _, tc := range editCases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseEditInput(t)
			for _, e := range tc.edits {
				if err := a.Apply(e); err != nil {
					t.Fatal(err)
				}
				if err := a.Check(); err != nil {
					t.Fatalf("after %+v: %v", e, err)
				}
			}
			if got := rows(a); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("pairs\n%q\nwant\n%q", got, tc.want)
			}
			if !reflect.DeepEqual(a.Edits, tc.edits) {
				t.Errorf("edits recorded %+v, want %+v", a.Edits, tc.edits)
			}
			if p := a.Pairs[tc.edits[0].Pair]; !p.Edited || p.Confidence != 1 {
				t.Errorf("edited pair: edited %v, confidence %v", p.Edited, p.Confidence)
			}
		})
	}
}

// TestEditNamedFunctions checks that the named edits record what Apply
// records.
func TestEditNamedFunctions(t *testing.T) {
	a := parseEditInput(t)
	steps := []func() error{
		func() error { return a.Link(0, 0, 1) },
		func() error { return a.Unlink(0, 0, 1) },
		func() error { return a.SplitPair(0, ZH, 1) },
		func() error { return a.MoveSentence(1, EN, 0, -1) },
		func() error { return a.MergePairs(0) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	want := []Edit{
		{Op: OpLink, Pair: 0, ZH: 0, EN: 1}, {Op: OpUnlink, Pair: 0, ZH: 0, EN: 1},
		{Op: OpSplit, Pair: 0, Lang: ZH, Sentence: 1}, {Op: OpMove, Pair: 1, Lang: EN, Sentence: 0, Dir: -1},
		{Op: OpMerge, Pair: 0},
	}
	if !reflect.DeepEqual(a.Edits, want) {
		t.Errorf("edits %+v\nwant %+v", a.Edits, want)
	}
}

var editErrorCases = []struct {
	name string
	edit Edit
}{
	{"merge the last pair", Edit{Op: OpMerge, Pair: 1}},
	{"merge before the first", Edit{Op: OpMerge, Pair: -1}},
	{"split before the first sentence", Edit{Op: OpSplit, Pair: 0, Lang: ZH, Sentence: 0}},
	{"split after the last sentence", Edit{Op: OpSplit, Pair: 0, Lang: EN, Sentence: 2}},
	{"split in French", Edit{Op: OpSplit, Pair: 0, Lang: "fr", Sentence: 1}},
	{"split a pair that is not there", Edit{Op: OpSplit, Pair: 2, Lang: ZH, Sentence: 1}},
	{"move without direction", Edit{Op: OpMove, Pair: 0, Lang: ZH, Sentence: 1, Dir: 0}},
	{"move two pairs", Edit{Op: OpMove, Pair: 0, Lang: ZH, Sentence: 1, Dir: 2}},
	{"move the last sentence up", Edit{Op: OpMove, Pair: 1, Lang: ZH, Sentence: 1, Dir: -1}},
	{"move the first sentence down", Edit{Op: OpMove, Pair: 0, Lang: EN, Sentence: 0, Dir: 1}},
	{"move above the first pair", Edit{Op: OpMove, Pair: 0, Lang: ZH, Sentence: 0, Dir: -1}},
	{"move below the last pair", Edit{Op: OpMove, Pair: 1, Lang: EN, Sentence: 1, Dir: 1}},
	{"move in no language", Edit{Op: OpMove, Pair: 0, Lang: "", Sentence: 0, Dir: 1}},
	{"link a missing sentence", Edit{Op: OpLink, Pair: 0, ZH: 2, EN: 0}},
	{"link a negative sentence", Edit{Op: OpLink, Pair: 0, ZH: 0, EN: -1}},
	{"unlink what is not linked", Edit{Op: OpUnlink, Pair: 0, ZH: 0, EN: 1}},
	{"unknown operation", Edit{Op: "swap", Pair: 0}},
}

// TestEditErrors checks that edits that do not apply say so with ErrEdit
// and change nothing.
func TestEditErrors(t *testing.T) {
	for _, tc := range editErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			a := parseEditInput(t)
			before := cloneArticle(t, a)
			err := a.Apply(tc.edit)
			if !errors.Is(err, ErrEdit) {
				t.Fatalf("Apply(%+v) = %v, want ErrEdit", tc.edit, err)
			}
			if !reflect.DeepEqual(a, before) {
				t.Errorf("a failed edit changed the article")
			}
		})
	}
}

// TestEditDamagedPair checks that an edit refuses a pair whose spans do
// not fit its text (a hand-edited article.json) rather than panic.
func TestEditDamagedPair(t *testing.T) {
	for _, e := range []Edit{{Op: OpMerge, Pair: 0}, {Op: OpSplit, Pair: 0, Lang: ZH, Sentence: 1},
		{Op: OpMove, Pair: 0, Lang: ZH, Sentence: 1, Dir: 1}, {Op: OpLink, Pair: 0, ZH: 0, EN: 0}} {
		a := parseEditInput(t)
		a.Pairs[0].SentencesZH[1].End = 400
		if err := a.Apply(e); !errors.Is(err, ErrEdit) {
			t.Errorf("%s on a damaged pair: %v, want ErrEdit", e.Op, err)
		}
	}
}

// sentenceTextsOf returns the text of every sentence of language l, pair
// after pair.
func sentenceTextsOf(a *Article, l Lang) []string {
	var out []string
	for i := range a.Pairs {
		out = append(out, sentenceTexts(&a.Pairs[i], l)...)
	}
	return out
}

// TestEditsKeepText checks on the gold articles that merges, splits and
// moves keep each language's sentences, in order, word for word.
func TestEditsKeepText(t *testing.T) {
	for _, c := range loadGold(t) {
		t.Run(c.name, func(t *testing.T) {
			a := c.got
			want := [2][]string{sentenceTextsOf(a, ZH), sentenceTextsOf(a, EN)}
			for _, e := range structuralEdits(a) {
				if err := a.Apply(e); err != nil {
					continue // the article has changed shape under the list
				}
				if err := a.Check(); err != nil {
					t.Fatalf("after %+v: %v", e, err)
				}
				got := [2][]string{sentenceTextsOf(a, ZH), sentenceTextsOf(a, EN)}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("after %+v the text changed", e)
				}
			}
			if len(a.Edits) < 3 {
				t.Errorf("only %d edits applied", len(a.Edits))
			}
		})
	}
}

// structuralEdits lists merges, splits and moves to try on a, in an order
// that applies most of them.
func structuralEdits(a *Article) []Edit {
	var out []Edit
	for p := range a.Pairs {
		for _, l := range []Lang{ZH, EN} {
			if n := len(a.Pairs[p].Sentences(l)); n > 1 {
				out = append(out, Edit{Op: OpSplit, Pair: p, Lang: l, Sentence: n - 1},
					Edit{Op: OpMove, Pair: p, Lang: l, Sentence: 0, Dir: -1},
					Edit{Op: OpMove, Pair: p, Lang: l, Sentence: n - 2, Dir: 1})
			}
		}
		out = append(out, Edit{Op: OpMerge, Pair: p})
	}
	return out
}

// TestReplay checks that the recorded edits, applied to a fresh parse of
// the source, give the edited article exactly, also after a trip through
// JSON as article.json makes.
func TestReplay(t *testing.T) {
	for _, c := range loadGold(t) {
		t.Run(c.name, func(t *testing.T) {
			data := readFile(t, filepath.Join("testdata/gold", c.gold.Input))
			a := c.got
			for _, e := range structuralEdits(a) {
				_ = a.Apply(e) // some no longer apply; those are not recorded
			}
			_ = a.Link(0, 0, 0)
			var saved Article
			js, err := json.Marshal(a)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(js, &saved); err != nil || !reflect.DeepEqual(&saved, a) {
				t.Fatalf("JSON does not read back: %v", err)
			}
			again, err := Replay(data, saved.Edits)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(again, a) {
				t.Errorf("replaying %d edits gives another article", len(a.Edits))
			}
		})
	}
}

func TestReplayStopsAtABadEdit(t *testing.T) {
	edits := []Edit{{Op: OpMerge, Pair: 0}, {Op: OpMerge, Pair: 0}, {Op: OpLink, Pair: 0, ZH: 0, EN: 0}}
	a, err := Replay([]byte(editInput), edits)
	if !errors.Is(err, ErrEdit) || !strings.Contains(err.Error(), "edit 1") {
		t.Fatalf("Replay = %v, want ErrEdit at edit 1", err)
	}
	if a == nil || len(a.Edits) != 1 || len(a.Pairs) != 1 {
		t.Errorf("Replay kept %+v, want the first merge", a)
	}
	if _, err := Replay(nil, edits); !errors.Is(err, ErrEmpty) {
		t.Errorf("Replay of nothing: %v", err)
	}
}

// TestEditJSON pins the shape of edits in article.json.
func TestEditJSON(t *testing.T) {
	edits := []Edit{
		{Op: OpMerge, Pair: 3}, {Op: OpSplit, Pair: 2, Lang: ZH, Sentence: 4},
		{Op: OpMove, Pair: 1, Lang: EN, Sentence: 0, Dir: -1}, {Op: OpLink, Pair: 0, ZH: 0, EN: 2},
		{Op: OpUnlink, Pair: 5, ZH: 1, EN: 0},
	}
	const want = `[{"op":"merge","pair":3},{"op":"split","pair":2,"lang":"zh","sentence":4},` +
		`{"op":"move","pair":1,"lang":"en","sentence":0,"dir":-1},{"op":"link","pair":0,"zh":0,"en":2},` +
		`{"op":"unlink","pair":5,"zh":1,"en":0}]`
	got, err := json.Marshal(edits)
	if err != nil || string(got) != want {
		t.Fatalf("got  %s (%v)\nwant %s", got, err, want)
	}
	var back []Edit
	if err := json.Unmarshal(got, &back); err != nil || !reflect.DeepEqual(back, edits) {
		t.Errorf("read back %+v, %v", back, err)
	}
}

// cloneArticle copies an article through JSON.
func cloneArticle(t testing.TB, a *Article) *Article {
	t.Helper()
	js, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var b Article
	if err := json.Unmarshal(js, &b); err != nil {
		t.Fatal(err)
	}
	return &b
}

// fuzzEdit turns five bytes into an edit of a, mostly one that applies.
func fuzzEdit(a *Article, b []byte) Edit {
	ops := []EditOp{OpMerge, OpSplit, OpMove, OpLink, OpUnlink}
	e := Edit{Op: ops[int(b[0])%len(ops)], Pair: int(b[1])%(len(a.Pairs)+1) - int(b[0]/128)}
	e.Lang = []Lang{ZH, EN}[b[2]&1]
	n, nzh, nen := 1, 1, 1
	if e.Pair >= 0 && e.Pair < len(a.Pairs) {
		p := &a.Pairs[e.Pair]
		n, nzh, nen = len(p.Sentences(e.Lang))+1, len(p.SentencesZH)+1, len(p.SentencesEN)+1
	}
	e.Sentence = int(b[3]) % n
	e.Dir = int(b[4])%3 - 1
	e.ZH, e.EN = int(b[3])%nzh, int(b[4])%nen
	if e.Op == OpMove && e.Dir == 1 && b[3]&1 == 0 {
		e.Sentence = n - 2 // the last sentence, most of the time
	}
	return e
}

// FuzzEdits applies a sequence of edits, read from ops, to a parsed input.
// A failed edit must say ErrEdit and change nothing; every other edit must
// leave an article that passes Check, with the text of each language as
// it was; and replaying the recorded edits must give the same article.
func FuzzEdits(f *testing.F) {
	seeds := [][]byte{[]byte(editInput), readFile(f, seedPath)}
	for _, tc := range parseCases {
		seeds = append(seeds, readFile(f, filepath.Join("testdata/parse", tc.file)))
	}
	for i, s := range seeds {
		f.Add(s, []byte{byte(i), 0, 0, 1, 2, 1, 0, 1, 1, 0, 2, 1, 0, 0, 2, 3, 0, 1, 0, 1, 4, 0, 0, 0, 0})
	}
	f.Fuzz(func(t *testing.T, data, ops []byte) {
		a, err := Parse(data)
		if err != nil {
			return
		}
		text := [2][]string{sentenceTextsOf(a, ZH), sentenceTextsOf(a, EN)}
		for len(ops) >= 5 && len(a.Edits) < 30 {
			e := fuzzEdit(a, ops[:5])
			ops = ops[5:]
			applyChecked(t, a, e)
			if got := [2][]string{sentenceTextsOf(a, ZH), sentenceTextsOf(a, EN)}; !reflect.DeepEqual(got, text) {
				t.Fatalf("after %+v the text changed", e)
			}
		}
		again, err := Replay(data, a.Edits)
		if err != nil || !reflect.DeepEqual(again, a) {
			t.Fatalf("replaying %+v: %v, or another article", a.Edits, err)
		}
	})
}

// applyChecked applies e and checks what must hold after it.
func applyChecked(t *testing.T, a *Article, e Edit) {
	t.Helper()
	before := cloneArticle(t, a)
	if err := a.Apply(e); err != nil {
		if !errors.Is(err, ErrEdit) {
			t.Fatalf("Apply(%+v) = %v, not ErrEdit", e, err)
		}
		if !reflect.DeepEqual(a, before) {
			t.Fatalf("failed %+v changed the article", e)
		}
		return
	}
	if err := a.Check(); err != nil {
		t.Fatalf("after %+v: %v", e, err)
	}
}
