package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"strings"

	"tandem/annotation"
	"tandem/article"
	"tandem/library"
)

// stringList is a flag that may be given many times.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

type annotateCmd struct {
	json        bool
	lang, quote string
	occurrence  int
	color, note string
	tags        stringList
	parsed      annotation.Color // color, as check read it
}

func (a *annotateCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&a.json, "json", false, tr("print the annotation as W3C JSON-LD"))
	fs.StringVar(&a.lang, "lang", "", tr("language of the quote: zh or en"))
	fs.StringVar(&a.quote, "quote", "", tr("the exact text to highlight"))
	fs.IntVar(&a.occurrence, "occurrence", 1, tr("which occurrence of the quote, counting from 1"))
	fs.StringVar(&a.color, "color", "yellow", tr("yellow, green, blue, pink or purple"))
	fs.StringVar(&a.note, "note", "", tr("a note (Markdown)"))
	fs.Var(&a.tags, "tag", tr("a tag (repeat for more)"))
}

func (a *annotateCmd) check(args []string) error {
	if len(args) != 1 || a.quote == "" || !article.Lang(a.lang).Valid() {
		return usageError(tr("give one article ID, --lang zh or en, and --quote"))
	}
	var err error
	a.parsed, err = annotation.ParseColor(a.color)
	return err
}

func (a *annotateCmd) run(c *call) error {
	art, err := c.lib.Article(c.args[0])
	if err != nil {
		return err
	}
	target, err := annotation.FindQuote(art, article.Lang(a.lang), a.quote, a.occurrence)
	if err != nil {
		return err
	}
	an := annotation.New(art, target, a.parsed)
	for _, t := range a.tags {
		an.AddTag(t)
	}
	an.Note = a.note
	if err := c.lib.SaveAnnotation(an); err != nil {
		return err
	}
	if a.json {
		return writeW3C(c.Env, an)
	}
	fmt.Fprintf(c.Stdout, tr("annotated %s\n"), an.ID)
	printAnnotation(c.Env, an)
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
		state = tr(" ORPHAN (text gone)")
	}
	fmt.Fprintf(env.Stdout, "%s  %s ¶%d %d–%d  %s%s\n", an.ID, an.Target.Lang, an.Target.Pair+1, an.Target.Start, an.Target.End, an.Color, state)
	fmt.Fprintf(env.Stdout, "    “%s”\n", oneLine(an.Target.Exact))
	if an.Counterpart != nil {
		unsure := ""
		if an.CounterpartUnsure() {
			unsure = tr(" (the sentence: no words matched well)")
		}
		fmt.Fprintf(env.Stdout, "    ↔ “%s”%s\n", oneLine(an.Counterpart.Exact), unsure)
	}
	if len(an.Tags) > 0 {
		fmt.Fprintf(env.Stdout, tr("    tags: %s\n"), strings.Join(an.Tags, ", "))
	}
	if an.Note != "" {
		fmt.Fprintf(env.Stdout, tr("    note: %s\n"), oneLine(an.Note))
	}
}

type annotationsCmd struct{ json bool }

func (a *annotationsCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&a.json, "json", false, tr("print a JSON array of W3C annotations"))
}

func (*annotationsCmd) check(args []string) error {
	return wantArgs(args, 1, tr("name one article ID"))
}

func (a *annotationsCmd) run(c *call) error {
	list, err := annotationsOf(c, c.args[0])
	if err != nil {
		return err
	}
	if a.json {
		return writeJSON(c.Env, w3cList(list))
	}
	for _, an := range list {
		printAnnotation(c.Env, an)
	}
	return nil
}

// annotationsOf reads an article's annotations, warning on stderr about
// files that were set aside.
func annotationsOf(c *call, id string) ([]*annotation.Annotation, error) {
	list, aside, err := c.lib.Annotations(id)
	warnSetAside(c.Env, aside)
	return list, err
}

// warnSetAside warns on stderr about annotation files that were set aside.
func warnSetAside(env *Env, aside []library.SetAside) {
	for _, s := range aside {
		fmt.Fprintf(env.Stderr, tr("tandem: warning: %s\n"), oneLine(s.String()))
	}
}

type deleteCmd struct{ noFlags }

func (*deleteCmd) check(args []string) error {
	return wantArgs(args, 1, tr("name one annotation ID (tandem annotations ID lists them)"))
}

func (*deleteCmd) run(c *call) error {
	an, err := c.lib.DeleteAnnotation(annotationID(c.args[0]))
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, tr("moved to the trash: %s “%s” (tandem undo brings it back)\n"), an.ID, oneLine(an.Target.Exact))
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

// historyCmd is undo, or redo.
type historyCmd struct {
	noFlags
	which string
}

func (*historyCmd) check(args []string) error { return wantArgs(args, 0, tr("takes no arguments")) }

func (h *historyCmd) run(c *call) error {
	do := c.lib.Undo
	if h.which == "redo" {
		do = c.lib.Redo
	}
	what, err := do()
	if err != nil {
		return err
	}
	fmt.Fprintf(c.Stdout, "%s: %s\n", h.which, what)
	return nil
}
