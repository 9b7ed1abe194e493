package app

import (
	"fmt"
	"fyne.io/fyne/v2/lang"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tandem/article"
)

// alignMenu is what a right click on a sentence offers: fixes to the
// alignment around it, InterText-style but inside the reading view.
func (r *reader) alignMenu(v *textView, off int, at fyne.Position) {
	ref := r.sentenceAt(v, off)
	if ref.index < 0 || r.art == nil {
		return
	}
	p, last := &r.art.Pairs[ref.pair], len(r.art.Pairs)-1
	n := len(p.Sentences(ref.lang))
	edit := func(e article.Edit) func() { return func() { r.editAlignment(e) } }
	var items []*fyne.MenuItem
	add := func(ok bool, label string, e article.Edit) {
		if ok {
			items = append(items, fyne.NewMenuItem(label, edit(e)))
		}
	}
	add(ref.pair < last, lang.L("Merge this pair with the next"), article.Edit{Op: article.OpMerge, Pair: ref.pair})
	add(ref.index > 0, lang.L("Split the pair before this sentence"), article.Edit{Op: article.OpSplit, Pair: ref.pair, Lang: ref.lang, Sentence: ref.index})
	add(ref.index == 0 && ref.pair > 0, lang.L("Move this sentence to the previous pair"), article.Edit{Op: article.OpMove, Pair: ref.pair, Lang: ref.lang, Sentence: 0, Dir: -1})
	add(ref.index == n-1 && ref.pair < last, lang.L("Move this sentence to the next pair"), article.Edit{Op: article.OpMove, Pair: ref.pair, Lang: ref.lang, Sentence: ref.index, Dir: 1})
	items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("Link this sentence to…"), func() { r.startLink(ref) }))
	for _, j := range p.Counterparts(ref.lang, ref.index) {
		e := article.Edit{Op: article.OpUnlink, Pair: ref.pair, ZH: ref.index, EN: j}
		if ref.lang == article.EN {
			e.ZH, e.EN = j, ref.index
		}
		items = append(items, fyne.NewMenuItem(fmt.Sprintf(lang.L("Unlink from %s sentence %d"), langName(ref.lang.Other()), j+1), edit(e)))
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), r.u.win.Canvas(), at)
}

func langName(l article.Lang) string {
	if l == article.ZH {
		return lang.L("Chinese")
	}
	return lang.L("English")
}

// startLink waits for the reader to click the sentence, in the other
// language of the same pair, to link with ref.
func (r *reader) startLink(ref sentenceRef) {
	r.linkFrom = ref
	r.u.status.say(fmt.Sprintf(lang.L("Click the %s sentence of this pair to link it with, or Esc."), langName(ref.lang.Other())))
}

// finishLink links the waiting sentence to the one clicked, if it is in
// the other language of the same pair; it reports whether the click was
// taken.
func (r *reader) finishLink(v *textView, off int) bool {
	from := r.linkFrom
	if from.index < 0 {
		return false
	}
	r.linkFrom = noSentence
	to := r.sentenceAt(v, off)
	if to.index < 0 || to.pair != from.pair || to.lang == from.lang {
		r.u.status.say(lang.L("Not linked: choose a sentence of the other language in the same pair."))
		return true
	}
	e := article.Edit{Op: article.OpLink, Pair: from.pair, ZH: from.index, EN: to.index}
	if from.lang == article.EN {
		e.ZH, e.EN = to.index, from.index
	}
	r.editAlignment(e)
	return true
}

// editAlignment applies a fix through the library (after every change
// still waiting), then shows the article as it now is, in the same place.
func (r *reader) editAlignment(e article.Edit) {
	id := r.art.ID
	r.clearSelection()
	r.stopEditing()
	r.u.session.do(&change{what: lang.L("fix the alignment"), article: id, run: func() (outcome, error) {
		_, report, err := r.u.session.store.EditAlignment(id, e)
		if err != nil {
			return outcome{}, err
		}
		msg := lang.L("Alignment changed — Ctrl+Z takes it back.")
		if report.Orphaned > 0 {
			msg = fmt.Sprintf(lang.L("Alignment changed; %s lost their text (see Orphans). Ctrl+Z takes it back."), plural(report.Orphaned, "highlight"))
		}
		return outcome{message: msg, reread: true}, nil
	}})
}
