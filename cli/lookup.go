package cli

import (
	"flag"
	"fmt"
	"strings"
	"unicode"

	"tandem/dict"
)

type lookupCmd struct {
	json  bool
	limit int
}

func (l *lookupCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&l.json, "json", false, tr(`print JSON: [{"simplified","traditional","pinyin","glosses":[...]}]`))
	fs.IntVar(&l.limit, "limit", 10, tr("English: entries to show at most (0: all)"))
}

func (l *lookupCmd) check(args []string) error {
	if len(args) == 0 || strings.TrimSpace(strings.Join(args, "")) == "" || l.limit < 0 {
		return usageError(tr("give a word to look up; --limit is 0 or more"))
	}
	return nil
}

// lookupEntry is one entry of tandem lookup --json.
type lookupEntry struct {
	Simplified  string   `json:"simplified"`
	Traditional string   `json:"traditional"`
	Pinyin      string   `json:"pinyin"`
	Glosses     []string `json:"glosses"`
}

func (l *lookupCmd) run(c *call) error {
	d, err := dict.Bundled()
	if err != nil {
		return err
	}
	word := strings.TrimSpace(strings.Join(c.args, " "))
	entries := lookupWord(d, word, l.limit)
	if len(entries) == 0 {
		return fmt.Errorf(tr("no entry for %q in the dictionary"), word)
	}
	out := make([]lookupEntry, len(entries))
	for i, e := range entries {
		out[i] = lookupEntry{e.Simplified, e.Traditional, e.PinyinMarks(), e.Glosses}
	}
	if l.json {
		return writeJSON(c.Env, out)
	}
	for _, e := range out {
		forms := e.Simplified
		if e.Traditional != e.Simplified {
			forms += " " + e.Traditional
		}
		fmt.Fprintf(c.Stdout, "%s [%s] %s\n", forms, e.Pinyin, strings.Join(e.Glosses, "; "))
	}
	return nil
}

// lookupWord finds word's entries: a Chinese headword's own, else those of
// each word its text is cut into; for English, the entries whose glosses
// hold it, at most limit (0: all).
func lookupWord(d *dict.Dictionary, word string, limit int) []dict.Entry {
	if !hasHan(word) {
		es := d.English(word)
		if limit > 0 && len(es) > limit {
			es = es[:limit]
		}
		return es
	}
	if es := d.Lookup(word); len(es) > 0 {
		return es
	}
	var es []dict.Entry
	for _, w := range d.Segment(word) {
		if w.Known {
			es = append(es, d.Lookup(w.Text)...)
		}
	}
	return es
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
