package cli

import (
	"fmt"

	"tandem/annotation"
)

func init() {
	register("counterpart", command{
		usage:   "ANNOTATION-ID (--clear | --auto | --quote TEXT [--occurrence N])",
		summary: "Change the span an annotation highlights in the other language: clear it, compute it\nagain from the sentence alignment, or set it to a quote.",
		run:     runCounterpart,
	})
}

func runCounterpart(env *Env, args []string) error {
	fs := flags("counterpart")
	clearIt := fs.Bool("clear", false, "highlight nothing in the other language")
	auto := fs.Bool("auto", false, "use the aligned sentence(s) again")
	quote := fs.String("quote", "", "the text to highlight in the other language")
	occurrence := fs.Int("occurrence", 1, "which occurrence of the quote, counting from 1")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	chosen := 0
	for _, b := range []bool{*clearIt, *auto, *quote != ""} {
		if b {
			chosen++
		}
	}
	if len(rest) != 1 || chosen != 1 {
		fmt.Fprintln(env.Stderr, "tandem counterpart: name one annotation and exactly one of --clear, --auto, --quote")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	an, err := lib.FindAnnotation(annotationID(rest[0]))
	if err != nil {
		return err
	}
	a, err := lib.Article(an.Article)
	if err != nil {
		return err
	}
	switch {
	case *clearIt:
		an.Counterpart, an.CounterpartSet = nil, true
	case *auto:
		an.Counterpart, an.CounterpartSet = annotation.CounterpartOf(a, an.Target), false
	default:
		t, err := annotation.FindQuote(a, an.Target.Lang.Other(), *quote, *occurrence)
		if err != nil {
			return err
		}
		an.Counterpart, an.CounterpartSet = &t, true
	}
	an.Modified = annotation.Now()
	if err := lib.SaveAnnotation(an); err != nil {
		return err
	}
	printAnnotation(env, an)
	return nil
}
