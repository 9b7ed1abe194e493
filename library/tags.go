package library

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"tandem/annotation"
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
		if !validID.MatchString(id) {
			continue
		}
		list, bad, err := l.Annotations(id)
		if err != nil {
			return nil, nil, err
		}
		all = append(all, list...)
		aside = append(aside, bad...)
	}
	return all, aside, nil
}

// Tags counts the tags across the library, most used first. Tags that differ
// only in case, width or spacing count as one.
func (l *Library) Tags() ([]TagCount, error) {
	all, _, err := l.AllAnnotations()
	if err != nil {
		return nil, err
	}
	return CountTags(all), nil
}

// CountTags counts the tags of the given annotations, most used first.
func CountTags(list []*annotation.Annotation) []TagCount {
	counts := map[string]int{}
	spellings := map[string]map[string]int{}
	for _, an := range list {
		for _, t := range an.Tags {
			k := annotation.TagKey(t)
			counts[k]++
			if spellings[k] == nil {
				spellings[k] = map[string]int{}
			}
			spellings[k][t]++
		}
	}
	out := make([]TagCount, 0, len(counts))
	for k, n := range counts {
		out = append(out, TagCount{Tag: commonest(spellings[k]), Count: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Tag < out[j].Tag
	})
	return out
}

func commonest(spellings map[string]int) string {
	best, n := "", -1
	for s, c := range spellings {
		if c > n || c == n && s < best {
			best, n = s, c
		}
	}
	return best
}

// RenameTag renames a tag on every annotation in the library, merging it
// into new where an annotation has both. Each file is replaced atomically and
// the whole rename is one undo step; after a crash, running it again
// finishes the job. It returns how many annotations changed.
func (l *Library) RenameTag(old, new string) (int, error) {
	if annotation.CleanTag(old) == "" || annotation.CleanTag(new) == "" {
		return 0, errors.New("a tag cannot be empty")
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	all, _, err := l.AllAnnotations()
	if err != nil {
		return 0, err
	}
	var changes []change
	var werr error
	for _, an := range all {
		if !an.RenameTag(old, new) {
			continue
		}
		an.Modified = annotation.Now()
		c, err := l.writeAnnotation(an)
		if err != nil {
			werr = err
			break
		}
		changes = append(changes, c)
	}
	if len(changes) > 0 {
		// Record what was done even when a write failed, so it can be undone.
		what := fmt.Sprintf("rename tag %q to %q", annotation.CleanTag(old), annotation.CleanTag(new))
		if err := l.remember(step{What: what, Changes: changes}); werr == nil {
			werr = err
		}
	}
	return len(changes), werr
}

// ClaimTypes returns the claim vocabulary: the tags that mark an annotation
// as a claim. A new library has annotation.DefaultClaimTypes.
func (l *Library) ClaimTypes() ([]string, error) {
	data, err := os.ReadFile(filepath.Join(l.dir, "claims.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return append([]string(nil), annotation.DefaultClaimTypes...), nil
	}
	if err != nil {
		return nil, err
	}
	var types []string
	if err := json.Unmarshal(data, &types); err != nil {
		return nil, fmt.Errorf("claims.json: %w", err)
	}
	return types, nil
}

// AddClaimType adds a type to the claim vocabulary.
func (l *Library) AddClaimType(t string) error {
	t = annotation.CleanTag(t)
	if t == "" || strings.ContainsAny(t, "\n") {
		return errors.New("a claim type needs a name")
	}
	types, err := l.ClaimTypes()
	if err != nil {
		return err
	}
	for _, have := range types {
		if annotation.TagKey(have) == annotation.TagKey(t) {
			return nil
		}
	}
	data, err := json.MarshalIndent(append(types, t), "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(filepath.Join(l.dir, "claims.json"), append(data, '\n'))
}
