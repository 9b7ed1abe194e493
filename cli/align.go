package cli

import (
	"fmt"
	"strconv"
	"strings"

	"tandem/article"
)

func init() {
	register("align", command{
		usage: "ID (--merge P | --split P:S | --move P:S:up|down | --link P:ZS:ES | --unlink P:ZS:ES) [--lang zh|en]",
		summary: "Fix an article's alignment. P is a pair, S, ZS and ES sentences, counted from 0 as in\n" +
			"tandem show --json. --merge joins pair P with the next; --split starts a new pair at sentence S\n" +
			"of the --lang column (default zh); --move sends the first sentence of P up or its last down;\n" +
			"--link and --unlink add or remove a link between Chinese sentence ZS and English sentence ES.\n" +
			"The edit is kept in article.json, annotations are re-anchored, and tandem undo takes it back.",
		run: runAlign,
	})
}

func runAlign(env *Env, args []string) error {
	fs := flags("align")
	merge := fs.String("merge", "", "P: join pair P with the next")
	split := fs.String("split", "", "P:S: start a new pair at sentence S")
	move := fs.String("move", "", "P:S:up|down: move a sentence to the previous or next pair")
	link := fs.String("link", "", "P:ZS:ES: link two sentences")
	unlink := fs.String("unlink", "", "P:ZS:ES: unlink two sentences")
	lang := fs.String("lang", "zh", "the column --split and --move count sentences in")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	e, err := alignEdit(*merge, *split, *move, *link, *unlink, article.Lang(*lang))
	if err != nil || len(rest) != 1 {
		if err == nil {
			err = fmt.Errorf("name one article ID")
		}
		fmt.Fprintf(env.Stderr, "tandem align: %s (tandem align --help)\n", err)
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	a, report, err := lib.EditAlignment(rest[0], e)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %d pairs now; annotations: %d in place, %d moved, %d close match, %d orphaned\n",
		a.ID, len(a.Pairs), report.Exact, report.Moved, report.Fuzzy, report.Orphaned)
	return nil
}

// alignEdit reads the one edit the flags describe.
func alignEdit(merge, split, move, link, unlink string, lang article.Lang) (article.Edit, error) {
	var edits []article.Edit
	add := func(spec string, op article.EditOp, parts int, fill func(e *article.Edit, n []int, word string)) error {
		if spec == "" {
			return nil
		}
		n, word, err := numbers(spec, parts)
		if err != nil {
			return fmt.Errorf("--%s %q: %w", op, spec, err)
		}
		e := article.Edit{Op: op, Pair: n[0], Lang: lang}
		fill(&e, n, word)
		edits = append(edits, e)
		return nil
	}
	for _, err := range []error{
		add(merge, article.OpMerge, 1, func(*article.Edit, []int, string) {}),
		add(split, article.OpSplit, 2, func(e *article.Edit, n []int, _ string) { e.Sentence = n[1] }),
		add(move, article.OpMove, 2, func(e *article.Edit, n []int, dir string) {
			e.Sentence, e.Dir = n[1], map[string]int{"up": -1, "down": 1}[dir]
		}),
		add(link, article.OpLink, 3, func(e *article.Edit, n []int, _ string) { e.ZH, e.EN = n[1], n[2] }),
		add(unlink, article.OpUnlink, 3, func(e *article.Edit, n []int, _ string) { e.ZH, e.EN = n[1], n[2] }),
	} {
		if err != nil {
			return article.Edit{}, err
		}
	}
	switch {
	case len(edits) != 1:
		return article.Edit{}, fmt.Errorf("give exactly one of --merge, --split, --move, --link, --unlink")
	case !lang.Valid():
		return article.Edit{}, fmt.Errorf("--lang must be zh or en")
	case edits[0].Op == article.OpMove && edits[0].Dir == 0:
		return article.Edit{}, fmt.Errorf("--move P:S:up or P:S:down")
	}
	return edits[0], nil
}

// numbers reads "3", "3:1" or "3:1:2" (and a trailing ":up"/":down" word
// for --move) into parts numbers.
func numbers(spec string, parts int) ([]int, string, error) {
	fields := strings.Split(spec, ":")
	word := ""
	if len(fields) == parts+1 && (fields[parts] == "up" || fields[parts] == "down") {
		word, fields = fields[parts], fields[:parts]
	}
	if len(fields) != parts {
		return nil, "", fmt.Errorf("want %d numbers separated by colons", parts)
	}
	out := make([]int, parts)
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 {
			return nil, "", fmt.Errorf("%q is not a number from 0", f)
		}
		out[i] = n
	}
	return out, word, nil
}
