package annotation

import (
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"

	"tandem/article"
)

// Color is one of the five highlight colours.
type Color string

// The highlight colours, in the order of the keys 1 to 5.
const (
	Yellow Color = "yellow"
	Green  Color = "green"
	Blue   Color = "blue"
	Pink   Color = "pink"
	Purple Color = "purple"
)

// Colors lists the highlight colours in key order.
var Colors = []Color{Yellow, Green, Blue, Pink, Purple}

// ParseColor checks a colour name.
func ParseColor(s string) (Color, error) {
	i := slices.Index(Colors, Color(strings.ToLower(strings.TrimSpace(s))))
	if i < 0 {
		return "", fmt.Errorf("%w %q (use yellow, green, blue, pink or purple)", ErrColor, s)
	}
	// The constant, not a copy: an annotation read from a file then keeps
	// no string of its own for its colour.
	return Colors[i], nil
}

// Errors of this package.
var (
	// ErrColor means a colour is not one of Colors.
	ErrColor = errors.New("unknown colour")
	// ErrSpan means a span does not fit the article's text.
	ErrSpan = errors.New("the span is not in the article")
	// ErrQuoteNotFound means the quoted text is not in the article.
	ErrQuoteNotFound = errors.New("the quote is not in the article")
	// ErrW3C means a W3C annotation cannot be read as a Tandem annotation.
	ErrW3C = errors.New("not a Tandem annotation")
)

// Annotation is one highlight: a span of an article in one language, its
// aligned counterpart, a colour, tags and a note.
type Annotation struct {
	ID      string // a UUID; the file name and, as urn:uuid:ID, the W3C id
	Article string // the article's ID
	Target  Target
	// Counterpart is the aligned span in the other language, or nil when the
	// text has none or the user cleared it.
	Counterpart *Target
	// CounterpartSet is true once the user has changed or cleared the
	// counterpart by hand: re-anchoring then keeps their choice instead of
	// computing it again from the alignment.
	CounterpartSet bool
	// CounterpartConfidence is how sure the word finder was of the
	// counterpart, in (0, 1] (see Refine); under LowConfidence the
	// counterpart is the whole sentence as a fallback. 0 means the finder
	// did not choose it: a sentence counterpart made before Tandem had the
	// finder, or a span the user chose.
	CounterpartConfidence float64
	Color                 Color
	Tags                  []string // as typed; compare with TagKey
	Note                  string   // Markdown
	Created               time.Time
	Modified              time.Time
	// Orphan is true when the text the annotation was made on is gone; the
	// target keeps the old quote so the reader can re-attach it.
	Orphan bool
	// Figures are the quantities a number claim states, normalised, as the
	// reader accepted them from Tandem's suggestion.
	Figures []Figure
}

// Figure is one quantity of a number claim: the text as written and its
// value and unit (see package quantity for the units).
type Figure struct {
	Quote  string  `json:"quote"`
	Amount float64 `json:"amount"`
	Unit   string  `json:"unit"`
}

// New makes an annotation on target, with the counterpart the word finder
// gives (WordCounterpartOf) and its confidence.
func New(a *article.Article, target Target, color Color) *Annotation {
	now := Now()
	an := &Annotation{
		ID:       NewID(),
		Article:  a.ID,
		Target:   target,
		Color:    color,
		Created:  now,
		Modified: now,
	}
	an.Counterpart, an.CounterpartConfidence = WordCounterpartOf(a, target)
	return an
}

// CounterpartUnsure reports whether the counterpart is the sentence the
// word finder fell back to, not a span it is sure of.
func (an *Annotation) CounterpartUnsure() bool {
	return an.Counterpart != nil && an.CounterpartConfidence > 0 && an.CounterpartConfidence < LowConfidence
}

// Now is the current time as annotations record it: UTC, whole milliseconds,
// so it survives a round trip through JSON exactly.
func Now() time.Time { return time.Now().UTC().Truncate(time.Millisecond) }

// NewID returns a random (version 4) UUID.
func NewID() string {
	var b [16]byte
	rand.Read(b[:]) // never fails: crypto/rand aborts the program if the OS cannot supply bytes
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// Clone returns a deep copy.
func (an *Annotation) Clone() *Annotation {
	c := *an
	c.Tags = slices.Clone(an.Tags)
	c.Figures = slices.Clone(an.Figures)
	if an.Counterpart != nil {
		cp := *an.Counterpart
		c.Counterpart = &cp
	}
	return &c
}

// HasTag reports whether the annotation carries tag (compared by TagKey).
func (an *Annotation) HasTag(tag string) bool {
	k := TagKey(tag)
	for _, t := range an.Tags {
		if TagKey(t) == k {
			return true
		}
	}
	return false
}

// AddTag adds tag unless the annotation has it already; it reports whether
// anything changed.
func (an *Annotation) AddTag(tag string) bool {
	tag = CleanTag(tag)
	if tag == "" || an.HasTag(tag) {
		return false
	}
	an.Tags = append(an.Tags, tag)
	return true
}

// RenameTag replaces every tag matching old with new (dropping a duplicate
// when the annotation already has new); it reports whether anything changed.
func (an *Annotation) RenameTag(old, new string) bool {
	oldKey, newTag := TagKey(old), CleanTag(new)
	var out []string
	changed := false
	for _, t := range an.Tags {
		if TagKey(t) == oldKey && t != newTag {
			changed = true
			t = newTag
		}
		if !slices.ContainsFunc(out, func(o string) bool { return TagKey(o) == TagKey(t) }) {
			out = append(out, t)
		} else {
			changed = true
		}
	}
	an.Tags = out
	return changed
}

// RemoveTag drops every tag matching tag; it reports whether anything
// changed.
func (an *Annotation) RemoveTag(tag string) bool {
	k := TagKey(tag)
	kept := an.Tags[:0:0]
	for _, t := range an.Tags {
		if TagKey(t) != k {
			kept = append(kept, t)
		}
	}
	changed := len(kept) != len(an.Tags)
	an.Tags = kept
	return changed
}

var folder = cases.Fold()

// CleanTag trims a tag and collapses its inner white space; it is stored and
// shown like that.
func CleanTag(tag string) string {
	return strings.Join(strings.Fields(strings.TrimPrefix(strings.TrimSpace(tag), "#")), " ")
}

// TagKey is the form tags are compared in: cleaned, width-normalised (ＡＩ
// and AI are one tag) and case-folded.
func TagKey(tag string) string {
	return folder.String(norm.NFKC.String(CleanTag(tag)))
}
