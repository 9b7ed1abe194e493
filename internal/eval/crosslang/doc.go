// Package crosslang measures search that crosses languages (index's ~term)
// on real text the project did not write: WMT newstest2019 zh–en
// (internal/eval/testdata/wmt), cut into articles in one language only.
// Thirty term pairs were picked by hand from the first segments, each an
// English word and the Chinese word that translates it in the same
// segment, before any was searched for. TestEvalCrossLanguage prints how
// many English ~queries find the Chinese-only article that holds their
// translation, and the reverse, with plain queries beside them.
package crosslang
