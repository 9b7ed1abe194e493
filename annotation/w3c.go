package annotation

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"time"

	"tandem/article"
)

// The IRIs Tandem's W3C annotations use.
const (
	AnnoContext   = "http://www.w3.org/ns/anno.jsonld"
	articlePrefix = "urn:tandem:article:"
	uuidPrefix    = "urn:uuid:"
)

// tandemContext defines Tandem's own terms beside the W3C vocabulary:
// colour, paragraph (the pair index a position counts in), orphan,
// counterpartSet, counterpartConfidence and the figures of a number claim.
var tandemContext = map[string]any{
	"tandem":                "urn:tandem:vocab:",
	"color":                 "tandem:color",
	"paragraph":             map[string]string{"@id": "tandem:paragraph", "@type": "xsd:integer"},
	"orphan":                map[string]string{"@id": "tandem:orphan", "@type": "xsd:boolean"},
	"counterpartSet":        map[string]string{"@id": "tandem:counterpartSet", "@type": "xsd:boolean"},
	"counterpartConfidence": map[string]string{"@id": "tandem:counterpartConfidence", "@type": "xsd:double"},
	"figures":               map[string]string{"@id": "tandem:figures", "@container": "@list"},
	"quote":                 "tandem:quote",
	"amount":                map[string]string{"@id": "tandem:amount", "@type": "xsd:double"},
	"unit":                  "tandem:unit",
}

// Context is the @context of every annotation Tandem writes.
var Context = []any{AnnoContext, tandemContext}

type w3cAnnotation struct {
	Context        any    `json:"@context"`
	ID             string `json:"id"`
	Type           string `json:"type"`
	Motivation     string `json:"motivation"`
	Created        string `json:"created"`
	Modified       string `json:"modified"`
	Color          Color  `json:"color"`
	Orphan         bool   `json:"orphan,omitempty"`
	CounterpartSet bool   `json:"counterpartSet,omitempty"`
	// CounterpartConfidence is written for a counterpart the word finder
	// chose; files without it read as 0, "not measured".
	CounterpartConfidence float64         `json:"counterpartConfidence,omitempty"`
	Figures               []Figure        `json:"figures,omitempty"`
	Body                  []w3cBody       `json:"body,omitempty"`
	Target                json.RawMessage `json:"target"`
}

type w3cBody struct {
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
	Value   string `json:"value"`
	Format  string `json:"format,omitempty"`
}

type w3cTarget struct {
	Type      string        `json:"type"`
	Source    string        `json:"source"`
	Language  article.Lang  `json:"language"`
	Paragraph int           `json:"paragraph"`
	Selector  []w3cSelector `json:"selector"`
}

type w3cSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact,omitempty"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
	Start  *int   `json:"start,omitempty"`
	End    *int   `json:"end,omitempty"`
}

// MarshalW3C writes the annotation as a W3C Web Annotation (JSON-LD): the
// note as a TextualBody with purpose commenting, each tag as one with
// purpose tagging, and the span — with its counterpart, when there is one, as
// a second target — as a SpecificResource with a TextQuoteSelector and a
// TextPositionSelector.
func (an *Annotation) MarshalW3C() ([]byte, error) {
	w := w3cAnnotation{
		Context:        Context,
		ID:             uuidPrefix + an.ID,
		Type:           "Annotation",
		Motivation:     "highlighting",
		Created:        an.Created.UTC().Format(time.RFC3339Nano),
		Modified:       an.Modified.UTC().Format(time.RFC3339Nano),
		Color:          an.Color,
		Orphan:         an.Orphan,
		CounterpartSet: an.CounterpartSet,
		Figures:        an.Figures,
	}
	w.CounterpartConfidence = an.CounterpartConfidence
	if an.Note != "" {
		w.Body = append(w.Body, w3cBody{Type: "TextualBody", Purpose: "commenting", Value: an.Note, Format: "text/markdown"})
	}
	for _, t := range an.Tags {
		w.Body = append(w.Body, w3cBody{Type: "TextualBody", Purpose: "tagging", Value: t})
	}
	var target any = an.w3cTarget(an.Target)
	if an.Counterpart != nil {
		target = []w3cTarget{an.w3cTarget(an.Target), an.w3cTarget(*an.Counterpart)}
	}
	var err error
	if w.Target, err = marshal(target); err != nil {
		return nil, err
	}
	return marshal(w)
}

func (an *Annotation) w3cTarget(t Target) w3cTarget {
	start, end := t.Start, t.End
	return w3cTarget{
		Type:      "SpecificResource",
		Source:    articlePrefix + an.Article,
		Language:  t.Lang,
		Paragraph: t.Pair,
		Selector: []w3cSelector{
			{Type: "TextQuoteSelector", Exact: t.Exact, Prefix: t.Prefix, Suffix: t.Suffix},
			{Type: "TextPositionSelector", Start: &start, End: &end},
		},
	}
}

// marshal is json.Marshal, indented and without escaping <, > and &, so the
// files read well.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

var uuidRE = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`)

// ParseW3C reads an annotation that MarshalW3C wrote (or another tool wrote
// in the same shape). Anything it cannot read is an error wrapping ErrW3C
// that says what is wrong.
func ParseW3C(data []byte) (*Annotation, error) {
	var w w3cAnnotation
	if err := json.Unmarshal(data, &w); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrW3C, err)
	}
	if w.Type != "Annotation" {
		return nil, fmt.Errorf("%w: type is %q, not Annotation", ErrW3C, w.Type)
	}
	id := strings.TrimPrefix(w.ID, uuidPrefix)
	if !uuidRE.MatchString(id) {
		return nil, fmt.Errorf("%w: id %q is not urn:uuid:<uuid>", ErrW3C, w.ID)
	}
	an := &Annotation{ID: id, Orphan: w.Orphan, CounterpartSet: w.CounterpartSet, Figures: w.Figures}
	if w.CounterpartConfidence < 0 || w.CounterpartConfidence > 1 {
		return nil, fmt.Errorf("%w: counterpartConfidence %v is not between 0 and 1", ErrW3C, w.CounterpartConfidence)
	}
	var err error
	if an.Color, err = ParseColor(string(w.Color)); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrW3C, err)
	}
	if an.Created, err = time.Parse(time.RFC3339Nano, w.Created); err != nil {
		return nil, fmt.Errorf("%w: created: %v", ErrW3C, err)
	}
	if an.Modified, err = time.Parse(time.RFC3339Nano, w.Modified); err != nil {
		return nil, fmt.Errorf("%w: modified: %v", ErrW3C, err)
	}
	for _, b := range w.Body {
		switch b.Purpose {
		case "commenting":
			an.Note = b.Value
		case "tagging":
			an.Tags = append(an.Tags, b.Value)
		}
	}
	if err := an.readTargets(w.Target); err != nil {
		return nil, err
	}
	an.CounterpartConfidence = w.CounterpartConfidence
	return an, nil
}

func (an *Annotation) readTargets(raw json.RawMessage) error {
	var targets []w3cTarget
	if err := json.Unmarshal(raw, &targets); err != nil {
		var one w3cTarget
		if err := json.Unmarshal(raw, &one); err != nil {
			return fmt.Errorf("%w: target: %v", ErrW3C, err)
		}
		targets = []w3cTarget{one}
	}
	if len(targets) == 0 || len(targets) > 2 {
		return fmt.Errorf("%w: %d targets, want 1 or 2", ErrW3C, len(targets))
	}
	an.Article = strings.TrimPrefix(targets[0].Source, articlePrefix)
	for i, wt := range targets {
		if wt.Source != articlePrefix+an.Article || an.Article == "" {
			return fmt.Errorf("%w: target source %q is not a Tandem article", ErrW3C, wt.Source)
		}
		t, err := wt.target()
		if err != nil {
			return err
		}
		if i == 0 {
			an.Target = t
		} else {
			an.Counterpart = &t
		}
	}
	return nil
}

func (wt w3cTarget) target() (Target, error) {
	// The constant, not the string decoded: one allocation fewer for each
	// annotation a catalog or a claims table keeps.
	t := Target{Lang: article.ZH, Pair: wt.Paragraph, Start: -1}
	switch wt.Language {
	case article.ZH:
	case article.EN:
		t.Lang = article.EN
	default:
		return t, fmt.Errorf("%w: target language %q", ErrW3C, wt.Language)
	}
	for _, s := range wt.Selector {
		switch s.Type {
		case "TextQuoteSelector":
			t.Exact, t.Prefix, t.Suffix = s.Exact, s.Prefix, s.Suffix
		case "TextPositionSelector":
			if s.Start != nil && s.End != nil {
				t.Start, t.End = *s.Start, *s.End
			}
		}
	}
	if t.Exact == "" || t.Start < 0 || t.End <= t.Start || t.Pair < 0 {
		return t, fmt.Errorf("%w: target needs a TextQuoteSelector and a TextPositionSelector", ErrW3C)
	}
	return t, nil
}
