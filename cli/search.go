package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"strings"

	"tandem/index"
)

type searchCmd struct {
	json  bool
	limit int
	sort  string
}

func (s *searchCmd) define(fs *flag.FlagSet) {
	fs.BoolVar(&s.json, "json", false, tr(`print JSON: {"total","took_ms","hits":[...],"facets":{...}}`))
	fs.IntVar(&s.limit, "limit", 20, tr("articles to show at most"))
	fs.StringVar(&s.sort, "sort", "relevance", tr("relevance or date (newest first)"))
}

func (s *searchCmd) check(args []string) error {
	if len(args) == 0 || (s.sort != string(index.ByRelevance) && s.sort != string(index.ByDate)) || s.limit < 1 {
		return usageError(tr("give a query; --sort is relevance or date and --limit at least 1"))
	}
	return nil
}

func (s *searchCmd) run(c *call) error {
	// Only --json prints the facets: counting them visits every match,
	// a third of the search at 20,000 matching articles.
	res, err := c.lib.Search(context.Background(), strings.Join(c.args, " "), index.SearchOptions{Limit: s.limit, Sort: index.Sort(s.sort), Facets: s.json})
	if errors.Is(err, index.ErrQuery) {
		return usageError(err.Error())
	}
	if err != nil {
		return err
	}
	if s.json {
		return writeJSON(c.Env, resultsJSON(res))
	}
	printResults(c.Env, res)
	return nil
}

// searchJSON is the output of tandem search --json: the results, with
// snippet text HTML-escaped and its matches in <mark>…</mark>.
type searchJSON struct {
	Total      uint64            `json:"total"`
	TookMS     float64           `json:"took_ms"`
	Hits       []hitJSON         `json:"hits"`
	Facets     *index.Facets     `json:"facets,omitempty"`
	Expansions []index.Expansion `json:"expansions,omitempty"`
}

type hitJSON struct {
	ID          string                `json:"id"`
	Title       string                `json:"title"`
	Source      string                `json:"source"`
	Date        string                `json:"date"`
	Score       float64               `json:"score"`
	Snippets    []snippetJSON         `json:"snippets"`
	Annotations []index.AnnotationHit `json:"annotations"`
}

type snippetJSON struct {
	Field      string `json:"field"`
	Lang       string `json:"lang"`
	Pair       int    `json:"pair"`
	Text       string `json:"text"`
	Aligned    string `json:"aligned,omitempty"`
	Annotation string `json:"annotation,omitempty"`
}

func resultsJSON(res *index.Results) searchJSON {
	out := searchJSON{Total: res.Total, TookMS: res.TookMS, Hits: make([]hitJSON, 0, len(res.Hits)), Facets: res.Facets, Expansions: res.Expansions}
	for _, h := range res.Hits {
		hj := hitJSON{ID: h.ID, Title: h.Title, Source: h.Source, Date: h.Date, Score: h.Score,
			Snippets: make([]snippetJSON, 0, len(h.Snippets)), Annotations: h.Annotations}
		for _, s := range h.Snippets {
			hj.Snippets = append(hj.Snippets, snippetJSON{Field: s.Field, Lang: s.Lang, Pair: s.Pair,
				Text: marked(s.Text, "<mark>", "</mark>", html), Aligned: marked(s.Aligned, "<mark>", "</mark>", html), Annotation: s.Annotation})
		}
		out.Hits = append(out.Hits, hj)
	}
	return out
}

// marked writes snippet parts with open and end around the matches, each
// part's text through escape.
func marked(parts []index.SnippetPart, open, end string, escape func(string) string) string {
	var b strings.Builder
	for _, p := range parts {
		if p.Mark {
			b.WriteString(open + escape(p.Text) + end)
		} else {
			b.WriteString(escape(p.Text))
		}
	}
	return b.String()
}

// html escapes &, < and > so that <mark> and </mark> are the only tags in
// a snippet of --json; nothing else is escaped.
var html = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace

// terminal shows a snippet in a terminal, its matches in «…».
func terminal(parts []index.SnippetPart) string {
	return oneLine(marked(parts, "«", "»", func(s string) string { return s }))
}

func printResults(env *Env, res *index.Results) {
	for _, e := range res.Expansions {
		also := tr("nothing: the dictionary does not know it")
		if len(e.Also) > 0 {
			also = strings.Join(e.Also, ", ")
		}
		fmt.Fprintf(env.Stdout, tr("~%s also: %s\n"), index.QuoteTerm(e.Term), also)
	}
	for _, h := range res.Hits {
		fmt.Fprintf(env.Stdout, "%s  %s  %s  %s\n", h.ID, orDash(h.Date), orDash(h.Source), h.Title)
		for _, s := range h.Snippets {
			if s.Annotation != "" {
				fmt.Fprintf(env.Stdout, "    %s %s: %s\n", s.Field, s.Annotation, terminal(s.Text))
				continue
			}
			fmt.Fprintf(env.Stdout, "    ¶%d %s: %s\n", s.Pair+1, s.Lang, terminal(s.Text))
			if len(s.Aligned) > 0 {
				fmt.Fprintf(env.Stdout, "        %s\n", terminal(s.Aligned))
			}
		}
		for _, a := range h.Annotations {
			fmt.Fprintf(env.Stdout, "    ✎ %s %s [%s] “%s”\n", a.ID, a.Color, strings.Join(a.Tags, ", "), oneLine(a.Quote))
		}
	}
	fmt.Fprintf(env.Stdout, tr("%d matching articles, highlights and notes (%.1f ms)\n"), res.Total, res.TookMS)
}
