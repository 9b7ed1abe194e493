package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"tandem/annotation"
	"tandem/index"
)

// TagCount is a tag with the number of annotations that carry it. Tag is the
// spelling most of them use.
type TagCount struct {
	Tag   string `json:"tag"`
	Count int    `json:"count"`
}

// AllAnnotations reads every annotation in the library, article by article.
// Damaged files are set aside as in Annotations and reported.
func (l *Library) AllAnnotations() ([]*annotation.Annotation, []SetAside, error) {
	dirs, err := filepath.Glob(filepath.Join(l.dir, "articles", "*", "annotations"))
	if err != nil {
		return nil, nil, err
	}
	var all []*annotation.Annotation
	var aside []SetAside
	for _, d := range dirs {
		id := filepath.Base(filepath.Dir(d))
		if !isArticleID(id) {
			continue
		}
		list, bad, err := l.Annotations(id)
		if errors.Is(err, ErrIDMismatch) || errors.Is(err, ErrNotFound) {
			continue // a copied folder, or one without an article: not an article's annotations
		}
		if err != nil {
			return nil, nil, err
		}
		all = append(all, list...)
		aside = append(aside, bad...)
	}
	return all, aside, nil
}

// CountTags counts the tags of the given annotations, most used first.
func CountTags(list []*annotation.Annotation) []TagCount {
	spellings := map[string]int{}
	for _, an := range list {
		for _, t := range an.Tags {
			spellings[t]++
		}
	}
	return tallyTags(spellings)
}

// tallyTags counts tags from the counts of their spellings: spellings that
// differ only in case, width or spacing (one TagKey) are one tag, spelled
// as most of them are, ties going to the first in byte order. Most used
// first. This is the one place that says how tags are counted: the
// library's tag list and a search's tag facets both come through here.
func tallyTags(spellings map[string]int) []TagCount {
	counts := map[string]int{}
	commonest := map[string]string{}
	for t, n := range spellings {
		k := annotation.TagKey(t)
		counts[k] += n
		if best, ok := commonest[k]; !ok || n > spellings[best] || n == spellings[best] && t < best {
			commonest[k] = t
		}
	}
	out := make([]TagCount, 0, len(counts))
	for k, n := range counts {
		out = append(out, TagCount{Tag: commonest[k], Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Tag < out[j].Tag
	})
	return out
}

// mergeTagFacets counts a search's tag and claim facets, which the index
// keeps by spelling, as tallyTags counts tags.
func mergeTagFacets(f *index.Facets) {
	for _, m := range []*map[string]int{&f.Tags, &f.Claim} {
		merged := map[string]int{}
		for _, t := range tallyTags(*m) {
			merged[t.Tag] = t.Count
		}
		*m = merged
	}
}

// RenameTag renames a tag on every annotation in the library, merging it
// into new where an annotation has both. Each file is replaced atomically and
// the whole rename is one undo step; after a crash, running it again
// finishes the job. It returns how many annotations changed.
func (l *Library) RenameTag(old, new string) (int, error) {
	if annotation.CleanTag(old) == "" || annotation.CleanTag(new) == "" {
		return 0, errors.New("a tag cannot be empty")
	}
	what := fmt.Sprintf("rename tag %q to %q", annotation.CleanTag(old), annotation.CleanTag(new))
	return l.retag(what, func(an *annotation.Annotation) bool { return an.RenameTag(old, new) })
}

// DeleteTag removes a tag from every annotation in the library (the
// annotations stay), as one undo step. It returns how many changed.
func (l *Library) DeleteTag(tag string) (int, error) {
	if annotation.CleanTag(tag) == "" {
		return 0, errors.New("a tag cannot be empty")
	}
	what := fmt.Sprintf("delete tag %q", annotation.CleanTag(tag))
	return l.retag(what, func(an *annotation.Annotation) bool { return an.RemoveTag(tag) })
}

// retag applies a tag change to every annotation it changes, writing each
// atomically, as one undo step: all of it lands with its step, or none
// (see land).
func (l *Library) retag(what string, edit func(*annotation.Annotation) bool) (int, error) {
	unlock, err := l.writing()
	if err != nil {
		return 0, err
	}
	defer unlock()
	all, _, err := l.AllAnnotations()
	if err != nil {
		return 0, err
	}
	var edited []*annotation.Annotation
	for _, an := range all {
		if edit(an) {
			an.Modified = annotation.Now()
			edited = append(edited, an)
		}
	}
	changes, errs := l.preparing().annotations(edited)
	for _, err := range errs {
		if err != nil {
			return 0, err
		}
	}
	if err := l.land(what, changes); err != nil {
		return 0, err
	}
	return len(changes), nil
}

// ClaimType is one kind of claim and the colour a highlight marked as that
// kind takes.
type ClaimType struct {
	Name  string           `json:"name"`
	Color annotation.Color `json:"color"`
}

// defaultClaimColors colour the starting vocabulary.
var defaultClaimColors = map[string]annotation.Color{
	"claim": annotation.Yellow, "number": annotation.Green, "forecast": annotation.Purple,
	"denial": annotation.Pink, "attribution": annotation.Blue,
}

// ClaimVocabulary returns the claim types with their colours. A new library
// has annotation.DefaultClaimTypes; claims.json holds the user's list once
// it changes (a plain list of names, as older versions wrote, still reads).
func (l *Library) ClaimVocabulary() ([]ClaimType, error) {
	data, err := os.ReadFile(filepath.Join(l.dir, "claims.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return withColors(annotation.DefaultClaimTypes), nil
	}
	if err != nil {
		return nil, err
	}
	var vocab []ClaimType
	if err := json.Unmarshal(data, &vocab); err != nil {
		var names []string
		if json.Unmarshal(data, &names) != nil {
			return nil, fmt.Errorf("claims.json: %w", err)
		}
		vocab = withColors(names)
	}
	return vocab, nil
}

func withColors(names []string) []ClaimType {
	out := make([]ClaimType, len(names))
	for i, n := range names {
		c, ok := defaultClaimColors[annotation.TagKey(n)]
		if !ok {
			c = annotation.Yellow
		}
		out[i] = ClaimType{Name: n, Color: c}
	}
	return out
}

// SetClaimVocabulary replaces the claim types and their colours. Names are
// cleaned; duplicates (by TagKey) and unknown colours are refused.
func (l *Library) SetClaimVocabulary(vocab []ClaimType) error {
	if l.readOnly != nil {
		return fmt.Errorf("claim types: %w", l.readOnly)
	}
	seen := map[string]bool{}
	for i, t := range vocab {
		vocab[i].Name = annotation.CleanTag(t.Name)
		k := annotation.TagKey(t.Name)
		if k == "" || seen[k] {
			return fmt.Errorf("claim type %q is empty or twice in the list", t.Name)
		}
		seen[k] = true
		if _, err := annotation.ParseColor(string(t.Color)); err != nil {
			return err
		}
	}
	data, err := json.MarshalIndent(vocab, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(l.dir, "claims.json"), append(data, '\n'))
}

// ClaimTypes returns the names of the claim types: the tags that mark an
// annotation as a claim.
func (l *Library) ClaimTypes() ([]string, error) {
	vocab, err := l.ClaimVocabulary()
	if err != nil {
		return nil, err
	}
	names := make([]string, len(vocab))
	for i, t := range vocab {
		names[i] = t.Name
	}
	return names, nil
}

// AddClaimType adds a type to the claim vocabulary, in yellow.
func (l *Library) AddClaimType(t string) error {
	t = annotation.CleanTag(t)
	if t == "" {
		return errors.New("a claim type needs a name")
	}
	vocab, err := l.ClaimVocabulary()
	if err != nil {
		return err
	}
	for _, have := range vocab {
		if annotation.TagKey(have.Name) == annotation.TagKey(t) {
			return nil
		}
	}
	return l.SetClaimVocabulary(append(vocab, ClaimType{Name: t, Color: annotation.Yellow}))
}
