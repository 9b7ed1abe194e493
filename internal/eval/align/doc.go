// Package align measures the paragraph and sentence alignment of package
// article on real published Chinese–English translations that the project
// did not write, whole and with generated damage: a paragraph missing on one
// side, a one-language note added, a paragraph split or two merged on one
// side, a sentence left untranslated. The texts are in
// internal/eval/testdata/bible and internal/eval/testdata/wmt, each with a
// README naming its source and licence; TestEvalAlign prints pair and link
// precision, recall and F1 per source and per damage, and fails below the
// targets.
package align
