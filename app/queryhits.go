package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"
	"reflect"
	"slices"

	"tandem/article"
	"tandem/index"
)

// queryHits are the places the last opened search's query stands in the
// article on display. They stay marked until the query changes; n and N
// step through them when no text field has the keyboard.
type queryHits struct {
	query   string
	parse   index.ParseOptions // how the query was read
	article string             // the article they were found in
	hits    []queryHit         // in reading order: pair, then Chinese before English
	byPair  map[int][]int      // indexes into hits
	at      int                // the hit n or N went to last, or -1
	near    queryHit           // the hit a search opened the article at, until hits are found
}

// queryHit is one place the query stands.
type queryHit struct {
	pair int
	lang article.Lang
	span article.Span
}

// findHits finds where query stands in every paragraph of a, in reading
// order.
func findHits(a *article.Article, query string, parse index.ParseOptions) []queryHit {
	m, err := index.NewMatcherWith(query, parse)
	if err != nil {
		return nil // nothing a query that cannot be read would mark
	}
	var out []queryHit
	for i := range a.Pairs {
		p := &a.Pairs[i]
		for _, l := range []article.Lang{article.ZH, article.EN} {
			for _, s := range m.Matches(p.Text(l), l) {
				out = append(out, queryHit{pair: i, lang: l, span: s})
			}
		}
	}
	return out
}

// markQuery marks every place query stands in the article on display (and
// in each article shown after, until the query changes); "" takes the
// marks away. The article is searched in the background.
func (r *reader) markQuery(query string) {
	id := ""
	if r.art != nil {
		id = r.art.ID
	}
	var parse index.ParseOptions
	if r.u.search != nil {
		parse = r.u.search.shownParse
	}
	if query == r.found.query && id == r.found.article && reflect.DeepEqual(parse, r.found.parse) {
		return
	}
	r.found = queryHits{query: query, parse: parse, article: id, at: -1, near: r.found.near}
	r.refreshAllMarks()
	if query == "" || r.art == nil {
		return
	}
	a := r.art
	r.u.session.background(func() func() {
		hits := findHits(a, query, parse)
		return func() {
			if r.art != a || r.found.query != query {
				return // another article or query came meanwhile
			}
			r.found.hits, r.found.byPair = hits, map[int][]int{}
			for i, h := range hits {
				r.found.byPair[h.pair] = append(r.found.byPair[h.pair], i)
			}
			r.goNear()
			r.refreshAllMarks()
			r.u.writeProbe()
		}
	})
}

// goNear makes the hit a search opened the article at the one n and N go
// on from: the hit itself, or the first after it.
func (r *reader) goNear() {
	n := r.found.near
	r.found.at = slices.IndexFunc(r.found.hits, func(h queryHit) bool { return h == n })
	if r.found.at < 0 {
		r.found.at = slices.IndexFunc(r.found.hits, func(h queryHit) bool { return h.pair >= n.pair })
	}
}

// hitMarks are the fills of the query's hits in one paragraph; the hit n
// or N went to last is stronger.
func (r *reader) hitMarks(pair int, lang article.Lang) []textMark {
	var marks []textMark
	for _, i := range r.found.byPair[pair] {
		if h := r.found.hits[i]; h.lang == lang {
			name := colorHit
			if i == r.found.at {
				name = colorHitNow
			}
			marks = append(marks, textMark{Span: h.span, fill: r.u.color(name)})
		}
	}
	return marks
}

// stepHit goes to the next (+1) or previous (-1) hit of the query that is
// on display, and flashes it. It reports false when there is none.
func (r *reader) stepHit(dir int) bool {
	var shown []int
	for i, h := range r.found.hits {
		if !r.page.rows[h.pair].view(h.lang).Hidden {
			shown = append(shown, i)
		}
	}
	if len(shown) == 0 {
		return false
	}
	next := shown[0]
	if dir < 0 {
		next = shown[len(shown)-1]
	}
	if k := slices.Index(shown, r.found.at); k >= 0 {
		next = shown[(k+dir+len(shown))%len(shown)]
	}
	old := r.found.hits[max(r.found.at, 0)].pair
	r.found.at = next
	h := r.found.hits[next]
	r.refreshMarks(old)
	r.refreshMarks(h.pair)
	r.showSpan(r.page.rows[h.pair].view(h.lang), h.span)
	r.u.writeProbe()
	r.u.status.say(fmt.Sprintf(lang.L("Match %d of %d for %q — n and N go to the next and previous."), slices.Index(shown, next)+1, len(shown), r.found.query))
	return true
}

// refreshAllMarks redraws the fills of every pair.
func (r *reader) refreshAllMarks() {
	for i := range r.page.rows {
		r.refreshMarks(i)
	}
}
