package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"tandem/annotation"
)

// collection is a W3C AnnotationCollection with its one page embedded.
type collection struct {
	Context string `json:"@context"`
	ID      string `json:"id"`
	Type    string `json:"type"`
	Label   string `json:"label"`
	Total   int    `json:"total"`
	First   page   `json:"first"`
}

type page struct {
	ID         string            `json:"id"`
	Type       string            `json:"type"`
	StartIndex int               `json:"startIndex"`
	Items      []json.RawMessage `json:"items"`
}

// W3C writes every annotation as one W3C AnnotationCollection whose first
// (and only) AnnotationPage holds the annotations, each a complete
// annotation with its own @context. The collection's id is derived from the
// annotations it holds, so the same export gives the same file.
func W3C(w io.Writer, items []Item) error {
	c := collection{Context: annotation.AnnoContext, Type: "AnnotationCollection", Label: "Tandem annotations",
		First: page{Type: "AnnotationPage", Items: []json.RawMessage{}}}
	h := sha256.New()
	for _, it := range items {
		for _, an := range it.Annotations {
			data, err := an.MarshalW3C()
			if err != nil {
				return err
			}
			c.First.Items = append(c.First.Items, data)
			h.Write(data)
		}
	}
	c.Total = len(c.First.Items)
	sum := h.Sum(nil)
	c.ID = fmt.Sprintf("urn:uuid:%x-%x-%x-%x-%x", sum[0:4], sum[4:6], sum[6:8], sum[8:10], sum[10:16])
	c.First.ID = c.ID + "#page-1"
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(c)
}

// ReadW3C reads annotations from a W3C export: an AnnotationCollection with
// an embedded first page, an AnnotationPage, a JSON array of annotations or
// a single annotation.
func ReadW3C(data []byte) ([]*annotation.Annotation, error) {
	data = bytes.TrimSpace(data)
	var raws []json.RawMessage
	if len(data) > 0 && data[0] == '[' {
		if err := json.Unmarshal(data, &raws); err != nil {
			return nil, err
		}
		return parseAll(raws)
	}
	var head struct {
		Type  string            `json:"type"`
		First json.RawMessage   `json:"first"`
		Items []json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, err
	}
	switch head.Type {
	case "Annotation":
		return parseAll([]json.RawMessage{data})
	case "AnnotationPage":
		return parseAll(head.Items)
	case "AnnotationCollection":
		var first struct {
			Items []json.RawMessage `json:"items"`
		}
		if err := json.Unmarshal(head.First, &first); err != nil {
			return nil, errors.New("the collection's first page is not embedded (a link to it cannot be followed offline)")
		}
		return parseAll(first.Items)
	}
	return nil, fmt.Errorf("type %q is not Annotation, AnnotationPage or AnnotationCollection", head.Type)
}

func parseAll(raws []json.RawMessage) ([]*annotation.Annotation, error) {
	out := make([]*annotation.Annotation, 0, len(raws))
	for i, r := range raws {
		an, err := annotation.ParseW3C(r)
		if err != nil {
			return nil, fmt.Errorf("annotation %d: %w", i+1, err)
		}
		out = append(out, an)
	}
	return out, nil
}
