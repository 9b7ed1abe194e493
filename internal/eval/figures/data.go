package figures

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"tandem/article"
)

// Source is one file of sentence pairs from a published translation.
type Source struct {
	Name string
	// Part says what the source was to the rules: "tuned" (its false
	// alarms were read while the rules were written), "seen" (held out in
	// an earlier round, its reports read after that round), "round 3" to
	// "round 73" (held out, measured once and judged, then the rules of that
	// round were written from them) or "held out" (no rule was written
	// after its reports were read).
	Part  string
	Pairs []Pair
}

// Pair is one sentence pair of a source, with the verdict of a reader who
// compared its figures.
type Pair struct {
	Line int // the line of the pair in the original file, 1-based
	article.Pair
	// Differs is set when the translation really states a figure the
	// other language does not (or another one); Note says which.
	Differs bool
	// Misaligned is set when the two sides are not translations of each
	// other: the pair is left out of the evaluation.
	Misaligned bool
	Note       string
}

// dataDir is where the excerpts are kept, beside the other evaluations'.
var dataDir = filepath.Join("..", "testdata", "figures")

// sources lists the excerpts in the order the table prints them; see the
// README beside them for how each was used.
var sources = []struct{ name, part string }{
	{"wmt18", "tuned"}, {"wmt19", "tuned"}, {"wmt20", "seen"}, {"wmt18b", "seen"}, {"wmt20b", "seen"},
	{"wmt19b", "seen"},
	{"wmt18c", "round 3"}, {"wmt19c", "round 3"}, {"wmt20c", "round 3"}, {"wmt18d", "round 4"},
	{"wmt18e", "round 5"}, {"wmt19e", "round 5"},
	{"wmt18f", "round 6"}, {"wmt18g", "round 6"},
	{"tatoeba", "round 7"},
	{"tatoebab", "round 8"},
	{"tatoebac", "round 9"},
	{"wmt22ze", "round 10"}, {"wmt22ez", "round 11"}, {"wmt22zf", "round 12"},
	{"wmt21ze", "round 12"}, {"wmt21ez", "round 12"}, {"wmt21zf", "round 13"},
	{"wmt21zg", "round 14"},
	{"wmt21zt", "round 15"},
	{"ntrex", "round 16"}, {"wmt23ez", "round 16"}, {"ntrexb", "round 16"}, {"wmt23ezb", "round 16"},
	{"wmt24ez", "round 17"},
	{"flores", "round 18"}, {"tico", "round 18"}, {"wmt20ze", "round 18"},
	{"ticob", "round 19"}, {"wmt20zf", "round 19"},
	{"wmt19ze", "round 19"}, {"wmt19zf", "round 19"},
	{"wmt20zeb", "round 20"}, {"wmt19ez", "round 20"},
	{"wmt20zec", "round 21"}, {"wmt19ezb", "round 21"}, {"wmt22zb", "round 21"}, {"wmt22ezb", "round 21"},
	{"wmt22zc", "round 22"}, {"wmt22ezc", "round 22"}, {"wmt21zb", "round 22"},
	{"wmt21zc", "round 23"}, {"ntrextw", "round 23"},
	{"ntrextwb", "round 24"},
	{"florestw", "round 25"}, {"florestwb", "round 25"},
	{"ntrexyue", "round 26"}, {"ntrexyueb", "round 26"},
	{"floresyue", "held out"}, {"floresyueb", "held out"},
	{"wmt20ez", "round 27"}, {"wmt20ezb", "round 27"},
	{"wmt21ezb", "round 28"}, {"wmt21ezc", "round 28"},
	{"tatoebad", "round 29"},
	{"xquad", "round 30"}, {"mgsm", "round 30"}, {"pawsx", "round 30"},
	{"undev", "round 32"},
	{"undevb", "round 38"},
	{"undevc", "round 39"},
	{"undevd", "round 40"},
	{"undeve", "round 73"},
	{"untest", "round 44"}, {"untestb", "round 44"},
	{"untestc", "round 45"}, {"untestd", "round 45"},
	{"unteste", "round 46"},
}

// Load reads every source and the judged verdicts.
func Load() ([]Source, error) {
	judged, err := loadJudged(filepath.Join(dataDir, "judged.tsv"))
	if err != nil {
		return nil, err
	}
	var out []Source
	for _, s := range sources {
		pairs, err := loadPairs(filepath.Join(dataDir, s.name+".tsv"))
		if err != nil {
			return nil, err
		}
		for i := range pairs {
			if v, ok := judged[verdictKey{s.name, pairs[i].Line}]; ok {
				pairs[i].Differs, pairs[i].Misaligned, pairs[i].Note = v.verdict == "differs", v.verdict == "misaligned", v.note
			}
		}
		out = append(out, Source{Name: s.name, Part: s.part, Pairs: pairs})
	}
	return out, nil
}

// loadPairs reads a file of "line<TAB>zh<TAB>en" rows; # starts a comment.
func loadPairs(path string) ([]Pair, error) {
	var out []Pair
	err := eachRow(path, 3, func(cols []string) error {
		n, err := strconv.Atoi(cols[0])
		if err != nil {
			return err
		}
		out = append(out, Pair{Line: n, Pair: article.Pair{ZH: cols[1], EN: cols[2]}})
		return nil
	})
	return out, err
}

// verdictKey names a pair of a source.
type verdictKey struct {
	source string
	line   int
}

// verdict is what a reader found comparing the figures of a pair.
type verdict struct{ verdict, note string }

// loadJudged reads "source<TAB>line<TAB>verdict<TAB>note" rows, verdict
// one of differs, misaligned and faithful.
func loadJudged(path string) (map[verdictKey]verdict, error) {
	out := map[verdictKey]verdict{}
	err := eachRow(path, 4, func(cols []string) error {
		n, err := strconv.Atoi(cols[1])
		if err != nil {
			return err
		}
		switch cols[2] {
		case "differs", "misaligned", "faithful":
		default:
			return fmt.Errorf("verdict %q, want differs, misaligned or faithful", cols[2])
		}
		out[verdictKey{cols[0], n}] = verdict{cols[2], cols[3]}
		return nil
	})
	return out, err
}

// eachRow calls f with the n tab-separated columns of every row of path
// that is not blank or a comment.
func eachRow(path string, n int, f func([]string) error) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.SplitN(text, "\t", n)
		if len(cols) != n {
			return fmt.Errorf("%s:%d: want %d columns", path, line, n)
		}
		if err := f(cols); err != nil {
			return fmt.Errorf("%s:%d: %w", path, line, err)
		}
	}
	return sc.Err()
}
