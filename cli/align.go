package cli

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"tandem/article"
)

type alignCmd struct {
	merge, split, move, link, unlink, lang string
	edit                                   article.Edit // as check read it
}

func (a *alignCmd) define(fs *flag.FlagSet) {
	fs.StringVar(&a.merge, "merge", "", tr("P: join pair P with the next"))
	fs.StringVar(&a.split, "split", "", tr("P:S: start a new pair at sentence S"))
	fs.StringVar(&a.move, "move", "", tr("P:S:up|down: move a sentence to the previous or next pair"))
	fs.StringVar(&a.link, "link", "", tr("P:ZS:ES: link two sentences"))
	fs.StringVar(&a.unlink, "unlink", "", tr("P:ZS:ES: unlink two sentences"))
	fs.StringVar(&a.lang, "lang", "zh", tr("the column --split and --move count sentences in"))
}

func (a *alignCmd) check(args []string) error {
	var err error
	a.edit, err = alignEdit(a.merge, a.split, a.move, a.link, a.unlink, article.Lang(a.lang))
	if err == nil && len(args) != 1 {
		err = errors.New(tr("name one article ID"))
	}
	if err != nil {
		return usagef(tr("%s (tandem align --help)"), err)
	}
	return nil
}

func (a *alignCmd) run(c *call) error {
	art, report, err := c.lib.EditAlignment(c.args[0], a.edit)
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, tr("%s: %d pairs now; annotations: %d in place, %d moved, %d close match, %d orphaned\n"),
		art.ID, len(art.Pairs), report.Exact, report.Moved, report.Fuzzy, report.Orphaned)
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
		return article.Edit{}, errors.New(tr("give exactly one of --merge, --split, --move, --link, --unlink"))
	case !lang.Valid():
		return article.Edit{}, errors.New(tr("--lang must be zh or en"))
	case edits[0].Op == article.OpMove && edits[0].Dir == 0:
		return article.Edit{}, errors.New(tr("--move P:S:up or P:S:down"))
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
		return nil, "", fmt.Errorf(tr("want %d numbers separated by colons"), parts)
	}
	out := make([]int, parts)
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 {
			return nil, "", fmt.Errorf(tr("%q is not a number from 0"), f)
		}
		out[i] = n
	}
	return out, word, nil
}
