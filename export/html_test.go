package export

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"tandem/annotation"
	"tandem/article"
)

// htmlPage writes items as HTML and parses the page back.
func htmlPage(t *testing.T, its []Item, claims []string) (string, *html.Node) {
	t.Helper()
	var b bytes.Buffer
	if err := HTML(&b, its, claims); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	return b.String(), doc
}

// find returns the elements of doc for which keep is true.
func find(doc *html.Node, keep func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && keep(n) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func attrOf(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// text is the text under n.
func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func TestHTMLMarksEveryHighlightAndItsCounterpart(t *testing.T) {
	its := items(t)
	src, doc := htmlPage(t, its, annotation.DefaultClaimTypes)
	for _, an := range its[0].Annotations {
		marks := find(doc, func(n *html.Node) bool { return n.Data == "mark" && attrOf(n, "data-id") == an.ID })
		if an.Orphan {
			if len(marks) > 0 {
				t.Errorf("the orphan %q is marked in the text", an.Target.Exact)
			}
			continue
		}
		var hl, cp string
		for _, m := range marks {
			if strings.Contains(attrOf(m, "class"), "cp") {
				cp += text(m)
			} else {
				hl += text(m)
			}
		}
		if hl != an.Target.Exact {
			t.Errorf("marks of %s hold %q, want %q", an.ID, hl, an.Target.Exact)
		}
		if an.Counterpart != nil && cp != an.Counterpart.Exact {
			t.Errorf("counterpart marks of %s hold %q, want %q", an.ID, cp, an.Counterpart.Exact)
		}
		for _, id := range []string{"h-" + an.ID, "c-" + an.ID} {
			if len(find(doc, func(n *html.Node) bool { return attrOf(n, "id") == id })) != 1 {
				t.Errorf("no one element with id %s", id)
			}
		}
		if len(find(doc, func(n *html.Node) bool { return attrOf(n, "href") == "#c-"+an.ID })) == 0 {
			t.Errorf("highlight %s does not link to its counterpart", an.ID)
		}
		if len(find(doc, func(n *html.Node) bool { return attrOf(n, "href") == Link(an.Article, an.ID) })) != 1 {
			t.Errorf("no tandem:// link to %s", an.ID)
		}
	}
	for _, want := range []string{
		"<em>hedges</em>",                       // the note's Markdown, rendered
		`<span class="tag claim">denial</span>`, // a claim type
		`<span class="tag">AI chips</span>`,     // a plain tag
		`lang="zh"`, "不具约束力", "orphaned",
	} {
		if !strings.Contains(src, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	for _, banned := range []string{"<script", "http://", "https://", "@import", "url("} {
		if strings.Contains(src, banned) {
			t.Errorf("the page holds %q: it must need nothing from the network", banned)
		}
	}
}

func TestHTMLOverlappingHighlightsAndHostileText(t *testing.T) {
	a := &article.Article{ID: "2026-01-01-abcdef12", Title: "<script>alert(1)</script>", Pairs: []article.Pair{{
		ZH: "甲乙丙丁", EN: "one <b>two</b> & three",
		SentencesZH: []article.Span{{Start: 0, End: 4}}, SentencesEN: []article.Span{{Start: 0, End: 22}},
		Links: []article.Link{{ZH: 0, EN: 0}}, LinkConfidence: []float64{1}, Confidence: 1,
	}}}
	mk := func(start, end int, note string) *annotation.Annotation {
		tg, err := annotation.NewTarget(a, article.EN, 0, start, end)
		if err != nil {
			t.Fatal(err)
		}
		an := annotation.New(a, tg, annotation.Green)
		an.Note = note
		return an
	}
	outer, inner := mk(0, 14, "<img src=x onerror=alert(1)> [x](javascript:alert(1))"), mk(4, 22, "")
	src, doc := htmlPage(t, []Item{{Article: a, Annotations: []*annotation.Annotation{outer, inner}}}, nil)
	for _, an := range []*annotation.Annotation{outer, inner} {
		var got string
		for _, m := range find(doc, func(n *html.Node) bool {
			return n.Data == "mark" && attrOf(n, "data-id") == an.ID && !strings.Contains(attrOf(n, "class"), "cp")
		}) {
			got += text(m)
		}
		if got != an.Target.Exact {
			t.Errorf("overlapping marks of %s hold %q, want %q", an.ID, got, an.Target.Exact)
		}
	}
	for _, banned := range []string{"<script>alert", "<b>two", "onerror", "javascript:"} {
		if strings.Contains(src, banned) {
			t.Errorf("the page holds %q unescaped", banned)
		}
	}
}
