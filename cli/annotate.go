package cli

import (
	"encoding/json"
	"fmt"
	"strings"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

func init() {
	register("annotate", command{
		usage:   "[--json] ID --lang zh|en --quote TEXT [--occurrence N] [--color NAME] [--tag T]... [--note TEXT]",
		summary: "Highlight the N-th occurrence (default first) of a quote in one language of an article.\nThe aligned span in the other language is highlighted with it. A quote that is not there is an error.",
		run:     runAnnotate,
	})
	register("annotations", command{
		usage:   "[--json] ID",
		summary: "List an article's annotations in reading order; orphans (whose text is gone) last.",
		run:     runAnnotations,
	})
	register("delete", command{
		usage:   "ANNOTATION-ID",
		summary: "Move an annotation to the trash (tandem undo brings it back).",
		run:     runDelete,
	})
	register("undo", command{
		usage:   "",
		summary: "Take back the last change to annotations or tags.",
		run:     func(env *Env, args []string) error { return runHistory(env, args, "undo") },
	})
	register("redo", command{
		usage:   "",
		summary: "Make again the last change that undo took back.",
		run:     func(env *Env, args []string) error { return runHistory(env, args, "redo") },
	})
}

// stringList is a flag that may be given many times.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func runAnnotate(env *Env, args []string) error {
	fs := flags("annotate")
	asJSON := fs.Bool("json", false, "print the annotation as W3C JSON-LD")
	lang := fs.String("lang", "", "language of the quote: zh or en")
	quote := fs.String("quote", "", "the exact text to highlight")
	occurrence := fs.Int("occurrence", 1, "which occurrence of the quote, counting from 1")
	color := fs.String("color", "yellow", "yellow, green, blue, pink or purple")
	note := fs.String("note", "", "a note (Markdown)")
	var tags stringList
	fs.Var(&tags, "tag", "a tag (repeat for more)")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 || *quote == "" || !article.Lang(*lang).Valid() {
		fmt.Fprintln(env.Stderr, "tandem annotate: give one article ID, --lang zh or en, and --quote")
		return errUsage
	}
	c, err := annotation.ParseColor(*color)
	if err != nil {
		return err
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	a, err := lib.Article(rest[0])
	if err != nil {
		return err
	}
	target, err := annotation.FindQuote(a, article.Lang(*lang), *quote, *occurrence)
	if err != nil {
		return err
	}
	an := annotation.New(a, target, c)
	for _, t := range tags {
		an.AddTag(t)
	}
	an.Note = *note
	if err := lib.SaveAnnotation(an); err != nil {
		return err
	}
	if *asJSON {
		return writeW3C(env, an)
	}
	fmt.Fprintf(env.Stdout, "annotated %s\n", an.ID)
	printAnnotation(env, an)
	return nil
}

func writeW3C(env *Env, an *annotation.Annotation) error {
	data, err := an.MarshalW3C()
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(env.Stdout, "%s\n", data)
	return err
}

// w3cList is a list of annotations that encodes as an array of W3C objects.
type w3cList []*annotation.Annotation

// MarshalJSON writes each annotation in its W3C form.
func (l w3cList) MarshalJSON() ([]byte, error) {
	raws := make([]json.RawMessage, 0, len(l))
	for _, an := range l {
		data, err := an.MarshalW3C()
		if err != nil {
			return nil, err
		}
		raws = append(raws, data)
	}
	return json.Marshal(raws)
}

func printAnnotation(env *Env, an *annotation.Annotation) {
	state := ""
	if an.Orphan {
		state = " ORPHAN (text gone)"
	}
	fmt.Fprintf(env.Stdout, "%s  %s ¶%d %d–%d  %s%s\n", an.ID, an.Target.Lang, an.Target.Pair+1, an.Target.Start, an.Target.End, an.Color, state)
	fmt.Fprintf(env.Stdout, "    “%s”\n", oneLine(an.Target.Exact))
	if an.Counterpart != nil {
		fmt.Fprintf(env.Stdout, "    ↔ “%s”\n", oneLine(an.Counterpart.Exact))
	}
	if len(an.Tags) > 0 {
		fmt.Fprintf(env.Stdout, "    tags: %s\n", strings.Join(an.Tags, ", "))
	}
	if an.Note != "" {
		fmt.Fprintf(env.Stdout, "    note: %s\n", oneLine(an.Note))
	}
}

func runAnnotations(env *Env, args []string) error {
	fs := flags("annotations")
	asJSON := fs.Bool("json", false, "print a JSON array of W3C annotations")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fmt.Fprintln(env.Stderr, "tandem annotations: name one article ID")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	list, err := annotationsOf(env, lib, rest[0])
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env, w3cList(list))
	}
	for _, an := range list {
		printAnnotation(env, an)
	}
	return nil
}

// annotationsOf reads an article's annotations, warning on stderr about
// files that were set aside.
func annotationsOf(env *Env, lib *library.Library, id string) ([]*annotation.Annotation, error) {
	list, aside, err := lib.Annotations(id)
	warnSetAside(env, aside)
	return list, err
}

// warnSetAside warns on stderr about annotation files that were set aside.
func warnSetAside(env *Env, aside []library.SetAside) {
	for _, s := range aside {
		fmt.Fprintf(env.Stderr, "tandem: warning: %s\n", oneLine(s.String()))
	}
}

func runDelete(env *Env, args []string) error {
	rest, err := parse(env, flags("delete"), args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fmt.Fprintln(env.Stderr, "tandem delete: name one annotation ID (tandem annotations ID lists them)")
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	an, err := lib.DeleteAnnotation(annotationID(rest[0]))
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "moved to the trash: %s “%s” (tandem undo brings it back)\n", an.ID, oneLine(an.Target.Exact))
	return nil
}

// annotationID takes an annotation's ID as the commands print it: bare, or
// as the urn:uuid: of its W3C form (annotate --json, annotations --json).
func annotationID(arg string) string {
	const urn = "urn:uuid:"
	if len(arg) > len(urn) && strings.EqualFold(arg[:len(urn)], urn) {
		return arg[len(urn):]
	}
	return arg
}

func runHistory(env *Env, args []string, which string) error {
	rest, err := parse(env, flags(which), args)
	if err != nil {
		return err
	}
	if len(rest) != 0 {
		fmt.Fprintf(env.Stderr, "tandem %s: takes no arguments\n", which)
		return errUsage
	}
	lib, err := env.Open()
	if err != nil {
		return err
	}
	defer lib.Close()
	do := lib.Undo
	if which == "redo" {
		do = lib.Redo
	}
	what, err := do()
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "%s: %s\n", which, what)
	return nil
}
