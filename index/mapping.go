package index

import (
	"slices"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2/document"
	"github.com/blevesearch/bleve/v2/mapping"
	bindex "github.com/blevesearch/bleve_index_api"

	"tandem/annotation"
	"tandem/article"
	"tandem/internal/parallel"
)

// MappingVersion changes whenever the documents, fields or analysis change.
// An index of another version is rebuilt, never read.
const MappingVersion = 2

// The fields of the index. Text fields are analysed with the tandem
// analyzer and neither stored nor given term vectors: the files are the
// truth and snippets are cut from them, which keeps the index small and
// indexing fast. Filter fields (f_*) hold, on an article, what its
// annotations hold, so that `tag:x OpenAI` finds an article that mentions
// OpenAI and has a highlight tagged x.
const (
	fieldType    = "type"    // "article" or "annotation"
	fieldArticle = "article" // the article's ID, on both kinds
	fieldZH      = "zh"      // Chinese text: paragraphs, or a highlight's Chinese side
	fieldEN      = "en"      // English text
	fieldNote    = "note"    // an annotation's note
	fieldSource  = "source"  // the source as written, on articles (facet)
	fieldSourceK = "source_key"
	fieldDate    = "date"  // the article's date as the number YYYYMMDD (sort, after:, before:)
	fieldTag     = "tag"   // a tag as written, on annotations (facet)
	fieldColor   = "color" // on annotations (facet)
	fieldFTag    = "f_tag" // tag keys, for tag: and is:claim
	fieldFColor  = "f_color"
	fieldFIs     = "f_is"   // highlight, note, orphan
	fieldFLang   = "f_lang" // languages with text (article) or of the target (annotation)
	fieldStamp   = "stamp"  // "<article ID> <stamp>", on articles: what was indexed
	fieldCreated = "created"
	fieldModif   = "modified"
)

const (
	typeArticle    = "article"
	typeAnnotation = "annotation"
)

// newMapping describes the documents for Bleve. Documents are built
// directly (see articleDocument), so the mapping serves to record the
// analyzer and field options in the index's metadata.
func newMapping() mapping.IndexMapping {
	m := mapping.NewIndexMapping()
	m.DefaultAnalyzer = AnalyzerName
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	doc := mapping.NewDocumentStaticMapping()
	for _, f := range []string{fieldZH, fieldEN, fieldNote} {
		fm := mapping.NewTextFieldMapping()
		fm.Analyzer, fm.Store, fm.IncludeTermVectors, fm.IncludeInAll, fm.DocValues = AnalyzerName, false, false, false, false
		doc.AddFieldMappingsAt(f, fm)
	}
	dm := mapping.NewNumericFieldMapping()
	dm.Store, dm.IncludeInAll, dm.DocValues = false, false, true
	doc.AddFieldMappingsAt(fieldDate, dm)
	for _, f := range []string{fieldType, fieldArticle, fieldSource, fieldSourceK, fieldTag, fieldColor,
		fieldFTag, fieldFColor, fieldFIs, fieldFLang, fieldStamp, fieldCreated, fieldModif} {
		fm := mapping.NewKeywordFieldMapping()
		fm.Store, fm.IncludeTermVectors, fm.IncludeInAll = false, false, false
		fm.DocValues = facetOrSort(f)
		doc.AddFieldMappingsAt(f, fm)
	}
	m.DefaultMapping = doc
	return m
}

// facetOrSort reports whether a field needs doc values.
func facetOrSort(f string) bool {
	return f == fieldSource || f == fieldTag || f == fieldColor
}

// Entry is one article as the index needs it: the article, its
// annotations, and a stamp that changes whenever its files change.
type Entry struct {
	Article     *article.Article
	Annotations []*annotation.Annotation
	Stamp       string
}

// builder adds fields to a document.
type builder struct{ doc *document.Document }

func (b builder) text(name, value string) {
	if value != "" {
		b.doc.AddField(newTextField(name, value))
	}
}

func (b builder) keyword(name string, values ...string) {
	opts := bindex.IndexField
	if facetOrSort(name) {
		opts |= bindex.DocValues
	}
	for _, v := range values {
		if v != "" {
			b.doc.AddField(document.NewTextFieldCustom(name, nil, []byte(v), opts, nil))
		}
	}
}

// articleDocument is the document of an article: its text in both
// languages, its metadata, and the filter values of its annotations.
func articleDocument(e Entry) *document.Document {
	a := e.Article
	b := builder{document.NewDocument(a.ID)}
	b.keyword(fieldType, typeArticle)
	b.keyword(fieldArticle, a.ID)
	var zh, en []string
	for _, p := range a.Pairs {
		zh, en = append(zh, p.ZH), append(en, p.EN)
	}
	b.text(fieldZH, strings.Join(zh, "\n"))
	b.text(fieldEN, strings.Join(en, "\n"))
	analyseAhead(b.doc)
	b.keyword(fieldFLang, articleLangs(a)...)
	b.keyword(fieldSource, a.Source)
	metadata(b, a)
	b.keyword(fieldStamp, a.ID+" "+e.Stamp)
	var tags, colors, is []string
	for _, an := range e.Annotations {
		tags = append(tags, tagKeys(an)...)
		colors = append(colors, string(an.Color))
		is = append(is, annotationIs(an)...)
	}
	b.keyword(fieldFTag, unique(tags)...)
	b.keyword(fieldFColor, unique(colors)...)
	b.keyword(fieldFIs, unique(is)...)
	return b.doc
}

// aheadMin is the text from which a document's fields are analysed as it
// is made, each on a processor of its own: Bleve analyses a document's
// fields one after the other, so a 19 MB article took half a second on
// one core while the other waited.
const aheadMin = 1 << 20

// analyseAhead analyses the text fields of a document that holds at least
// aheadMin bytes of text, side by side; Bleve then finds them done.
func analyseAhead(doc *document.Document) {
	var fields []*textField
	size := 0
	for _, f := range doc.Fields {
		if tf, ok := f.(*textField); ok {
			fields = append(fields, tf)
			size += len(tf.text)
		}
	}
	if size >= aheadMin {
		parallel.For(len(fields), 2, func(i int) { fields[i].Analyze() })
	}
}

// annotationDocument is the document of one highlight: its quote and
// counterpart in the fields of their languages, its note, tags and colour.
func annotationDocument(a *article.Article, an *annotation.Annotation) *document.Document {
	b := builder{document.NewDocument(annotationDocID(a.ID, an.ID))}
	b.keyword(fieldType, typeAnnotation)
	b.keyword(fieldArticle, a.ID)
	b.text(langField(an.Target.Lang), an.Target.Exact)
	if an.Counterpart != nil {
		b.text(langField(an.Counterpart.Lang), an.Counterpart.Exact)
	}
	b.text(fieldNote, an.Note)
	b.keyword(fieldFLang, string(an.Target.Lang))
	metadata(b, a)
	b.keyword(fieldTag, unique(an.Tags)...)
	b.keyword(fieldFTag, unique(tagKeys(an))...)
	b.keyword(fieldColor, string(an.Color))
	b.keyword(fieldFColor, string(an.Color))
	b.keyword(fieldFIs, annotationIs(an)...)
	b.keyword(fieldCreated, an.Created.UTC().Format("2006-01-02"))
	b.keyword(fieldModif, an.Modified.UTC().Format("2006-01-02"))
	return b.doc
}

// metadata adds the fields both kinds of document share with their article.
func metadata(b builder, a *article.Article) {
	b.keyword(fieldSourceK, foldKey(a.Source))
	if d, ok := dateNumber(a.Date); ok {
		b.doc.AddField(document.NewNumericFieldWithIndexingOptions(fieldDate, nil, d, bindex.IndexField|bindex.DocValues))
	}
}

// dateNumber turns YYYY-MM-DD into the number YYYYMMDD: a numeric range
// is a handful of terms where a range of date strings is one per day.
func dateNumber(date string) (float64, bool) {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return 0, false
	}
	return float64(t.Year()*10000 + int(t.Month())*100 + t.Day()), true
}

// annotationDocID is the document ID of an annotation: article IDs hold no
// slash, so the article is always the part before it.
func annotationDocID(articleID, id string) string { return articleID + "/" + id }

func articleOfDoc(docID string) string {
	id, _, _ := strings.Cut(docID, "/")
	return id
}

func langField(l article.Lang) string {
	if l == article.ZH {
		return fieldZH
	}
	return fieldEN
}

func articleLangs(a *article.Article) []string {
	var zh, en bool
	for _, p := range a.Pairs {
		zh, en = zh || p.ZH != "", en || p.EN != ""
	}
	var out []string
	if zh {
		out = append(out, string(article.ZH))
	}
	if en {
		out = append(out, string(article.EN))
	}
	return out
}

// annotationIs lists the is: values an annotation answers to; is:claim is
// answered at query time from the claim vocabulary.
func annotationIs(an *annotation.Annotation) []string {
	out := []string{"highlight"}
	if strings.TrimSpace(an.Note) != "" {
		out = append(out, "note")
	}
	if an.Orphan {
		out = append(out, "orphan")
	}
	return out
}

func tagKeys(an *annotation.Annotation) []string {
	out := make([]string, 0, len(an.Tags))
	for _, t := range an.Tags {
		out = append(out, annotation.TagKey(t))
	}
	return out
}

// foldKey is how sources and tags are compared: as annotation.TagKey does.
func foldKey(s string) string { return annotation.TagKey(s) }

func unique(list []string) []string {
	out := slices.Clone(list)
	slices.Sort(out)
	return slices.Compact(out)
}
