package cli

import (
	"flag"
	"fmt"

	"tandem/article"
)

// showRecord is the output of `tandem show --json`.
type showRecord struct {
	ID          string         `json:"id"`
	Title       string         `json:"title"`
	TitleZH     string         `json:"title_zh"`
	TitleEN     string         `json:"title_en"`
	Source      string         `json:"source"`
	SourceID    string         `json:"source_id"`
	Date        string         `json:"date"`
	Author      string         `json:"author"`
	Pairs       []article.Pair `json:"pairs"`
	Annotations w3cList        `json:"annotations"`
}

type showCmd struct{ json bool }

func (s *showCmd) define(fs *flag.FlagSet) { fs.BoolVar(&s.json, "json", false, tr("print JSON")) }

func (*showCmd) check(args []string) error {
	return wantArgs(args, 1, tr("name one article ID (tandem list shows them)"))
}

func (s *showCmd) run(c *call) error {
	a, err := c.lib.Article(c.args[0])
	if err != nil {
		return err
	}
	anns, err := annotationsOf(c, a.ID)
	if err != nil {
		return err
	}
	if s.json {
		return writeJSON(c.Env, showRecord{a.ID, a.Title, a.TitleIn(article.ZH), a.TitleIn(article.EN), a.Source, a.SourceID, a.Date, a.Author, a.Pairs, anns})
	}
	fmt.Fprintln(c.Stdout, a.Title)
	if other := article.OtherTitle(a.Title, a.TitleIn(article.ZH), a.TitleIn(article.EN)); other != "" {
		fmt.Fprintln(c.Stdout, other)
	}
	fmt.Fprintf(c.Stdout, "%s · %s", orDash(a.Date), orDash(a.Source))
	if a.Author != "" {
		fmt.Fprintf(c.Stdout, " · %s", a.Author)
	}
	fmt.Fprintf(c.Stdout, " · %s\n", a.ID)
	for i, p := range a.Pairs {
		fmt.Fprintf(c.Stdout, "\n[%d] 中  %s\n[%d] EN  %s\n", i+1, orDash(p.ZH), i+1, orDash(p.EN))
	}
	if len(anns) > 0 {
		fmt.Fprintf(c.Stdout, tr("\n%d annotations:\n"), len(anns))
		for _, an := range anns {
			printAnnotation(c.Env, an)
		}
	}
	return nil
}
