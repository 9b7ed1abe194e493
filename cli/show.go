package cli

import (
	"fmt"

	"tandem/article"
)

func init() {
	register("show", command{
		usage:   "[--json] ID",
		summary: "Show an article: its metadata and its pairs, Chinese then English.",
		run:     runShow,
	})
}

// showRecord is the output of `tandem show --json`.
type showRecord struct {
	ID          string         `json:"id"`
	Title       string         `json:"title"`
	Source      string         `json:"source"`
	SourceID    string         `json:"source_id"`
	Date        string         `json:"date"`
	Author      string         `json:"author"`
	Pairs       []article.Pair `json:"pairs"`
	Annotations w3cList        `json:"annotations"`
}

func runShow(env *Env, args []string) error {
	fs := flags("show")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		fmt.Fprintln(env.Stderr, "tandem show: name one article ID (tandem list shows them)")
		return errUsage
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
	anns, err := annotationsOf(env, lib, a.ID)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env, showRecord{a.ID, a.Title, a.Source, a.SourceID, a.Date, a.Author, a.Pairs, anns})
	}
	fmt.Fprintf(env.Stdout, "%s\n%s · %s", a.Title, orDash(a.Date), orDash(a.Source))
	if a.Author != "" {
		fmt.Fprintf(env.Stdout, " · %s", a.Author)
	}
	fmt.Fprintf(env.Stdout, " · %s\n", a.ID)
	for i, p := range a.Pairs {
		fmt.Fprintf(env.Stdout, "\n[%d] 中  %s\n[%d] EN  %s\n", i+1, orDash(p.ZH), i+1, orDash(p.EN))
	}
	if len(anns) > 0 {
		fmt.Fprintf(env.Stdout, "\n%d annotations:\n", len(anns))
		for _, an := range anns {
			printAnnotation(env, an)
		}
	}
	return nil
}
