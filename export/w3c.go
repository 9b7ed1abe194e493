package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"tandem/annotation"
	"tandem/internal/parallel"
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
// a single annotation. It decodes the annotations one at a time as it
// meets them, so a big export costs about its own size once more, not the
// copies of every list it holds.
func ReadW3C(data []byte) ([]*annotation.Annotation, error) {
	data = bytes.TrimSpace(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	if len(data) > 0 && data[0] == '[' {
		l, err := readItems(dec)
		if err == nil {
			err = atEnd(dec)
		}
		if err != nil {
			return nil, eofUnexpected(err)
		}
		return l.annotations, l.err
	}
	d, err := readDocument(dec)
	if err == nil {
		err = atEnd(dec)
	}
	if err != nil {
		return nil, eofUnexpected(err)
	}
	switch d.typ {
	case "Annotation":
		return parseAll([]json.RawMessage{data})
	case "AnnotationPage":
		return d.items.annotations, d.items.err
	case "AnnotationCollection":
		if !d.firstEmbedded {
			return nil, errors.New("the collection's first page is not embedded (a link to it cannot be followed offline)")
		}
		return d.first.annotations, d.first.err
	}
	return nil, fmt.Errorf("type %q is not Annotation, AnnotationPage or AnnotationCollection", d.typ)
}

// itemList holds the annotations of one list of an export, or why the
// first of them that is not an annotation is not: which list counts is known only
// once the whole document is read.
type itemList struct {
	annotations []*annotation.Annotation
	err         error
}

// document is what ReadW3C needs of an export's top object.
type document struct {
	typ           string
	items         itemList // a page's
	first         itemList // a collection's first page's
	firstEmbedded bool
}

func readDocument(dec *json.Decoder) (document, error) {
	var d document
	err := readObject(dec, func(key string) error {
		var err error
		switch key {
		case "type":
			var typ string
			err = dec.Decode(&typ)
			d.typ = typ
		case "items":
			d.items, err = readItems(dec)
		case "first":
			d.firstEmbedded, err = readFirst(dec, &d.first)
		default:
			err = skipValue(dec)
		}
		return err
	})
	return d, err
}

// readFirst reads a collection's first page into first, reporting whether
// it is embedded: an object, not a link.
func readFirst(dec *json.Decoder, first *itemList) (bool, error) {
	var embedded bool
	err := readValue(dec, '{', func() error {
		embedded = true
		return readFields(dec, func(key string) error {
			if key != "items" {
				return skipValue(dec)
			}
			var err error
			*first, err = readItems(dec)
			return err
		})
	})
	return embedded, err
}

// readItems reads a JSON array of annotations (null for none).
func readItems(dec *json.Decoder) (itemList, error) {
	var l itemList
	var raws []json.RawMessage
	err := readValue(dec, '[', func() error {
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return err
			}
			if l.err != nil {
				continue
			}
			if raws = append(raws, raw); len(raws) == parseChunk {
				l.parse(raws)
				raws = raws[:0]
			}
		}
		if l.err == nil {
			l.parse(raws)
		}
		_, err := dec.Token() // ]
		return err
	})
	if l.annotations == nil && l.err == nil {
		l.annotations = []*annotation.Annotation{}
	}
	return l, err
}

// parseChunk is how many annotations readItems holds undecoded at most:
// enough to keep every core busy decoding them, few enough that a big
// export is not held twice over.
const parseChunk = 256

// parse decodes raws, the annotations that follow those in l, on every
// core, keeping their order; the first that is not an annotation ends the
// list with an error that gives its place.
func (l *itemList) parse(raws []json.RawMessage) {
	out := make([]*annotation.Annotation, len(raws))
	errs := make([]error, len(raws))
	parallel.For(len(raws), 16, func(i int) { out[i], errs[i] = annotation.ParseW3C(raws[i]) })
	for i, err := range errs {
		if err != nil {
			l.annotations, l.err = nil, fmt.Errorf("annotation %d: %w", len(l.annotations)+i+1, err)
			return
		}
	}
	l.annotations = append(l.annotations, out...)
}

// readValue reads the next value: when it opens with delim, body reads the
// rest of it; a scalar is skipped; any other value is an error.
func readValue(dec *json.Decoder, delim json.Delim, body func() error) error {
	tok, err := dec.Token()
	switch {
	case err != nil:
		return err
	case tok == delim:
		return body()
	case tok == json.Delim('{') || tok == json.Delim('['):
		return skipRest(dec)
	}
	return nil
}

// readObject reads an object, calling field with each key to read its value.
func readObject(dec *json.Decoder, field func(key string) error) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != json.Delim('{') {
		return fmt.Errorf("not a JSON object or array")
	}
	return readFields(dec, field)
}

// readFields reads the fields of an object whose { is read, and its }.
func readFields(dec *json.Decoder, field func(key string) error) error {
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		if err := field(tok.(string)); err != nil {
			return err
		}
	}
	_, err := dec.Token() // }
	return err
}

// skipValue reads the next value and drops it.
func skipValue(dec *json.Decoder) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok == json.Delim('{') || tok == json.Delim('[') {
		return skipRest(dec)
	}
	return nil
}

// skipRest reads the rest of an object or array whose opening is read.
func skipRest(dec *json.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// atEnd reports an error unless the decoder has read all its input.
func atEnd(dec *json.Decoder) error {
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("invalid character after the end of the JSON value")
	}
	return nil
}

// eofUnexpected says that a document which ends too soon does, rather
// than just "EOF".
func eofUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
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
