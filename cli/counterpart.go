package cli

import (
	"flag"

	"tandem/annotation"
)

type counterpartCmd struct {
	clear, auto bool
	quote       string
	occurrence  int
}

func (k *counterpartCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&k.clear, "clear", false, tr("highlight nothing in the other language"))
	fs.BoolVar(&k.auto, "auto", false, tr("find the counterpart again: the words that translate the highlight, else the aligned sentence(s)"))
	fs.StringVar(&k.quote, "quote", "", tr("the text to highlight in the other language"))
	fs.IntVar(&k.occurrence, "occurrence", 1, tr("which occurrence of the quote, counting from 1"))
}

func (k *counterpartCmd) check(args []string) error {
	chosen := 0
	for _, b := range []bool{k.clear, k.auto, k.quote != ""} {
		if b {
			chosen++
		}
	}
	if len(args) != 1 || chosen != 1 {
		return usageError(tr("name one annotation and exactly one of --clear, --auto, --quote"))
	}
	return nil
}

func (k *counterpartCmd) run(c *call) error {
	an, err := c.lib.FindAnnotation(annotationID(c.args[0]))
	if err != nil {
		return err
	}
	a, err := c.lib.Article(an.Article)
	if err != nil {
		return err
	}
	switch {
	case k.clear:
		an.Counterpart, an.CounterpartSet, an.CounterpartConfidence = nil, true, 0
	case k.auto:
		an.Counterpart, an.CounterpartConfidence = annotation.WordCounterpartOf(a, an.Target)
		an.CounterpartSet = false
	default:
		t, err := annotation.FindQuote(a, an.Target.Lang.Other(), k.quote, k.occurrence)
		if err != nil {
			return err
		}
		an.Counterpart, an.CounterpartSet, an.CounterpartConfidence = &t, true, 0
	}
	an.Modified = annotation.Now()
	if err := c.lib.SaveAnnotation(an); err != nil {
		return err
	}
	printAnnotation(c.Env, an)
	return nil
}
