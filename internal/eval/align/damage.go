package align

import (
	"fmt"
	"strings"
)

// row is one row the reader should see: units, laid out on each side as
// one paragraph or several (cuts are the unit indexes where a further
// paragraph starts), or missing on one side. A unit with no Chinese is a
// sentence the translator left out.
type row struct {
	units          []unit
	zhCuts, enCuts []int
	noZH, noEN     bool
}

// goldRow is the alignment a row must get: its sentences on each side and
// the links between them, [zh, en] indexes into the row's own lists.
type goldRow struct {
	zh, en []string
	links  [][2]int
}

func (r row) gold() goldRow {
	var g goldRow
	for _, u := range r.units {
		z0, e0 := len(g.zh), len(g.en)
		if !r.noZH {
			g.zh = append(g.zh, u.zh...)
		}
		if !r.noEN {
			g.en = append(g.en, u.en...)
		}
		for i := z0; i < len(g.zh); i++ {
			for j := e0; j < len(g.en); j++ {
				g.links = append(g.links, [2]int{i, j})
			}
		}
	}
	return g
}

// paragraphs returns the row's paragraphs in one language: none when the
// row lacks that side.
func (r row) paragraphs(zh bool) []string {
	if zh && r.noZH || !zh && r.noEN {
		return nil
	}
	cuts := r.enCuts
	if zh {
		cuts = r.zhCuts
	}
	var out []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			if zh {
				out = append(out, joinZH(cur))
			} else {
				out = append(out, joinEN(cur))
			}
		}
		cur = nil
	}
	for i, u := range r.units {
		if contains(cuts, i) {
			flush()
		}
		if zh {
			cur = append(cur, u.zh...)
		} else {
			cur = append(cur, u.en...)
		}
	}
	flush()
	return out
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if x == y {
			return true
		}
	}
	return false
}

// doc is an article as its rows.
type doc []row

func undamaged(ps []paragraph) doc {
	d := make(doc, len(ps))
	for i, p := range ps {
		d[i] = row{units: append([]unit{}, p...)}
	}
	return d
}

// digest lays the article out in the digest format: a header, the Chinese
// paragraphs, the English paragraphs, a dated footer.
func (d doc) digest(source string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "← 返回 %s\n\n", source)
	for _, zh := range []bool{true, false} {
		for _, r := range d {
			for _, p := range r.paragraphs(zh) {
				b.WriteString(p)
				b.WriteString("\n\n")
			}
		}
	}
	b.WriteString("2026-01-05 (Monday) · 0123456789abcdef\n")
	return []byte(b.String())
}

// interleaved lays the article out paragraph by paragraph, each Chinese
// paragraph before its English one.
func (d doc) interleaved(string) []byte {
	var b strings.Builder
	for _, r := range d {
		for _, zh := range []bool{true, false} {
			for _, p := range r.paragraphs(zh) {
				b.WriteString(p)
				b.WriteString("\n\n")
			}
		}
	}
	return []byte(b.String())
}

// layout is a way to lay an article out in a format Tandem imports.
// Interleaving pairs neighbouring paragraphs, so a paragraph split or two
// merged on one side cannot be laid out that way and are measured in the
// digest layout only.
type layout struct {
	name        string
	render      func(d doc, source string) []byte
	splitsMerge bool
}

var layouts = []layout{
	{"digest", doc.digest, true},
	{"interleaved", doc.interleaved, false},
}

// damage is one kind of change a real translation makes to an article.
// apply changes the article at paragraph p, or reports false when it
// cannot there (a paragraph too short to split, say); other is a paragraph
// of another article, for a note nobody translated. rearranges is set for
// a paragraph split or merged on one side.
type damage struct {
	name       string
	rearranges bool
	apply      func(d doc, p int, other paragraph) (doc, bool)
}

// damages lists the kinds, each tried at several positions.
var damages = []damage{
	{"missing zh paragraph", false, func(d doc, p int, _ paragraph) (doc, bool) {
		d[p].noZH = true
		return d, true
	}},
	{"missing en paragraph", false, func(d doc, p int, _ paragraph) (doc, bool) {
		d[p].noEN = true
		return d, true
	}},
	{"extra one-language note", false, func(d doc, p int, other paragraph) (doc, bool) {
		note := row{units: other, noZH: p%2 == 0, noEN: p%2 != 0}
		return append(d[:p], append(doc{note}, d[p:]...)...), true
	}},
	{"paragraph split on one side", true, func(d doc, p int, _ paragraph) (doc, bool) {
		if len(d[p].units) < 2 {
			return d, false
		}
		cut := []int{len(d[p].units) / 2}
		if p%2 == 0 {
			d[p].zhCuts = cut
		} else {
			d[p].enCuts = cut
		}
		return d, true
	}},
	{"paragraphs merged on one side", true, func(d doc, p int, _ paragraph) (doc, bool) {
		if p+1 >= len(d) {
			p--
		}
		merged := row{units: append(append([]unit{}, d[p].units...), d[p+1].units...)}
		cut := []int{len(d[p].units)}
		if p%2 == 0 {
			merged.enCuts = cut
		} else {
			merged.zhCuts = cut
		}
		return append(d[:p], append(doc{merged}, d[p+2:]...)...), true
	}},
	{"untranslated sentence", false, func(d doc, p int, _ paragraph) (doc, bool) {
		us := d[p].units
		for _, i := range middleOut(len(us)) {
			if len(us[i].zh) == 1 && len(us[i].en) == 1 && len(us) > 1 {
				us = append([]unit{}, us...)
				us[i].zh = nil
				d[p].units = us
				return d, true
			}
		}
		return d, false
	}},
}

// middleOut returns 0..n-1 from the middle outwards, so a damage inside a
// paragraph falls in its middle when it can.
func middleOut(n int) []int {
	var out []int
	for k := 0; k < n; k++ {
		i := n/2 + (k+1)/2*sign(k)
		if i >= 0 && i < n {
			out = append(out, i)
		}
	}
	return out
}

func sign(k int) int {
	if k%2 == 0 {
		return 1
	}
	return -1
}

// positions are where a damage is tried: first paragraph, the middle, the
// last, and one between.
func positions(n int) []int {
	seen := map[int]bool{}
	var out []int
	for _, p := range []int{0, n / 4, n / 2, n - 1} {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func (d doc) clone() doc {
	out := make(doc, len(d))
	for i, r := range d {
		out[i] = row{
			units:  append([]unit{}, r.units...),
			zhCuts: append([]int{}, r.zhCuts...),
			enCuts: append([]int{}, r.enCuts...),
			noZH:   r.noZH, noEN: r.noEN,
		}
	}
	return out
}
