package cli

// commands is the command table. Every command runs the same way
// (runCommand): its flags are read, its arguments checked, the library
// opened, the work done and the library closed; a command says only what
// is its own. tandem help lists the table.
var commands = map[string]command{
	"import": {
		usage: "[--json] PATH|URL... | [--json] --pair A B",
		summary: "Import articles from files, folders (recursively: .txt .md .markdown .html .htm .docx .pdf .epub) and web pages (http and https URLs, fetched now).\nPrints one result per file; exits 1 when any file failed, after importing the others.\n" +
			"--pair makes one aligned article of two files or URLs, the Chinese and the English version of it in\n" +
			"either order, each in any format; both are kept. Two in one language are refused.",
		runner: func() runner { return new(importCmd) },
	},
	"pair": {
		usage: "[--json] ID FILE",
		summary: "Attach the other language to an article imported in one: align FILE's paragraphs with the\n" +
			"article's, keep FILE next to its source and re-anchor the annotations (tandem undo takes it back).",
		runner: func() runner { return new(pairCmd) },
	},
	"list": {
		reads:   true,
		catalog: true,
		usage:   "[--json]",
		summary: "List the articles in the library, newest first.",
		runner:  func() runner { return new(listCmd) },
	},
	"show": {
		reads:   true,
		usage:   "[--json] ID",
		summary: "Show an article: its metadata and its pairs, Chinese then English.",
		runner:  func() runner { return new(showCmd) },
	},
	"annotate": {
		usage:   "[--json] ID --lang zh|en --quote TEXT [--occurrence N] [--color NAME] [--tag T]... [--note TEXT]",
		summary: "Highlight the N-th occurrence (default first) of a quote in one language of an article.\nThe aligned span in the other language is highlighted with it. A quote that is not there is an error.",
		runner:  func() runner { return new(annotateCmd) },
	},
	"annotations": {
		reads:   true,
		usage:   "[--json] ID",
		summary: "List an article's annotations in reading order; orphans (whose text is gone) last.",
		runner:  func() runner { return new(annotationsCmd) },
	},
	"tags": {
		reads:   true,
		catalog: true,
		usage:   "[--json]",
		summary: "List the tags across the library with how many annotations carry each.",
		runner:  func() runner { return new(tagsCmd) },
	},
	"tag": {
		usage:   "rename OLD NEW",
		summary: "Rename a tag on every annotation, merging it into NEW where both are present.\nTags match ignoring case and width; safe to run again after an interruption.",
		runner:  func() runner { return new(tagCmd) },
	},
	"counterpart": {
		usage:   "ANNOTATION-ID (--clear | --auto | --quote TEXT [--occurrence N])",
		summary: "Change the span an annotation highlights in the other language: clear it, compute it\nagain from the sentence alignment, or set it to a quote.",
		runner:  func() runner { return new(counterpartCmd) },
	},
	"delete": {
		usage:   "ANNOTATION-ID",
		summary: "Move an annotation to the trash (tandem undo brings it back).",
		runner:  func() runner { return new(deleteCmd) },
	},
	"undo": {
		usage:   "",
		summary: "Take back the last change to annotations or tags.",
		runner:  func() runner { return &historyCmd{which: "undo"} },
	},
	"redo": {
		usage:   "",
		summary: "Make again the last change that undo took back.",
		runner:  func() runner { return &historyCmd{which: "redo"} },
	},
	"trash": {
		usage:   "[--empty]",
		summary: "Say how many deleted annotations the trash holds; --empty removes them for good\n(undo and redo cannot bring them back).",
		runner:  func() runner { return new(trashCmd) },
	},
	"open": {
		reads:   true,
		usage:   "tandem://open/ARTICLE-ID[#ANNOTATION-ID]",
		summary: "Show an article, at a highlight, in the window: the open one, else a new window. Exports\ncarry these links; the desktop entry makes them open Tandem from a browser or notes app.",
		runner:  func() runner { return new(openCmd) },
	},
	"sync": {
		usage:   "[--json] | init URL",
		summary: "Share the library through git: commit what changed here, fetch, merge, push. sync init URL\nsets up the remote (a bare repository on a disk, or any git URL your git reaches) and syncs.\nAn annotation changed on two machines is kept twice, both tagged \"sync conflict\".",
		runner:  func() runner { return new(syncCmd) },
	},
	"export": {
		reads:   true,
		usage:   "--format md|w3c|csv [ID...]",
		summary: "Write annotations to stdout: Markdown (Obsidian-ready), a W3C AnnotationCollection (JSON-LD)\nor CSV (RFC 4180). All articles with annotations when no ID is given.",
		runner:  func() runner { return new(exportCmd) },
	},
	"import-annotations": {
		usage:   "FILE",
		summary: "Read annotations back from a W3C export (collection, page, array or single annotation).\nAn annotation with the same ID is replaced; one whose article is missing is reported.",
		runner:  func() runner { return new(importAnnotationsCmd) },
	},
	"reparse": {
		usage:   "[ID...]",
		summary: "Parse articles again from their stored source with this version of Tandem and re-anchor\ntheir annotations (every article when no ID is given). Annotations whose text is gone become orphans.",
		runner:  func() runner { return new(reparseCmd) },
	},
	"check-numbers": {
		reads: true,
		usage: "[--json] [--all] ID",
		summary: "Check that every figure of a pair has its counterpart in the other language.\n" +
			"Prints each quantity (amount, percentage, multiple, count, date, duration) that\n" +
			"likely differs between the two languages of its pair: ¶N counts pairs from 1; in\n" +
			"--json, \"pair\" is the 0-based index of tandem show --json, \"confidence\" (0 to 1)\n" +
			"how likely the figure differs and \"reason\" why. --all adds the figures without a\n" +
			"counterpart that are likely not mismatches (a counting word, a unit or currency\n" +
			"that cannot be converted, a number the other side writes as a word or a name) and\n" +
			"the figures of rows without a counterpart. Vague amounts (tens of billions, 数百亿)\n" +
			"are not checked. Exit 1 when there are likely mismatches.",
		runner: func() runner { return new(checkNumbersCmd) },
	},
	"align": {
		usage: "ID (--merge P | --split P:S | --move P:S:up|down | --link P:ZS:ES | --unlink P:ZS:ES) [--lang zh|en]",
		summary: "Fix an article's alignment. P is a pair, S, ZS and ES sentences, counted from 0 as in\n" +
			"tandem show --json. --merge joins pair P with the next; --split starts a new pair at sentence S\n" +
			"of the --lang column (default zh); --move sends the first sentence of P up or its last down;\n" +
			"--link and --unlink add or remove a link between Chinese sentence ZS and English sentence ES.\n" +
			"The edit is kept in article.json, annotations are re-anchored, and tandem undo takes it back.",
		runner: func() runner { return new(alignCmd) },
	},
	"search": {
		usage: "[--json] [--limit N] [--sort relevance|date] QUERY",
		summary: "Search articles, highlights and notes in Chinese and English.\n" +
			"Words and \"phrases\" in either language, -word to exclude, OR between alternatives;\n" +
			"filters tag: source: lang:zh|en color: is:highlight|note|claim|orphan after:YYYY-MM-DD before:YYYY-MM-DD.\n" +
			"Brings the index up to date first (progress on stderr).",
		terms:  true,
		synced: true,
		reads:  true,
		runner: func() runner { return new(searchCmd) },
	},
	"lookup": {
		alone: true,
		terms: true,
		usage: "[--json] [--limit N] WORD",
		summary: "Look a word up in the bundled Chinese–English dictionary (CC-CEDICT, CC BY-SA 4.0).\n" +
			"A Chinese word, simplified or traditional, gives its entries; Chinese text that is no\n" +
			"single entry is cut into words and each is looked up. English (a word or a phrase) gives\n" +
			"the Chinese entries whose glosses hold it, best first, at most --limit (default 10, 0: all).\n" +
			"Exits 1 when nothing is found.",
		runner: func() runner { return new(lookupCmd) },
	},
	"terms": {
		usage: "[--json] | add [--note TEXT] ZH EN | remove ZH EN | export --csv FILE|--tmx FILE",
		summary: "List, add to, remove from or export your term list: Chinese–English pairs you confirmed,\n" +
			"kept in terms.tsv in the library folder (one pair a line, editable by hand). A pair of the list\n" +
			"overrides the dictionary in ~ search and in word counterparts. A pair may be given in either\n" +
			"order; the same pair twice is refused. export writes CSV, or TMX 1.4 for translation tools.",
		runner: func() runner { return new(termsCmd) },
	},
	"reindex": {
		usage:   "",
		summary: "Delete the search index and build it again from the library's files (progress on stderr).",
		runner:  func() runner { return new(reindexCmd) },
	},
	"check": {
		reads:   true,
		usage:   "[--json]",
		summary: "Check that the search index agrees with the library's files.\nLists the articles that differ and exits 1 when any do (tandem reindex fixes them).",
		runner:  func() runner { return new(checkCmd) },
	},
}
