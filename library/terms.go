package library

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"tandem/annotation"
	"tandem/article"
	"tandem/dict"
	"tandem/index"
)

// The reader's term list is terms.tsv in the library folder: a plain UTF-8
// file the reader may edit by hand, one pair a line,
//
//	Chinese <TAB> English [<TAB> added YYYY-MM-DD [<TAB> note]]
//
// with blank lines and lines beginning with # left alone. Tandem adds a
// pair as a line at the end and removes one by dropping its line, so what
// the reader wrote (comments, order, spacing) stays as written. It is the
// reader's, so a sync carries it (it is not in syncIgnore).

// TermsFile is the term list's name in the library folder.
const TermsFile = "terms.tsv"

// termsHeader opens a term list Tandem creates.
const termsHeader = "# Tandem term list: Chinese<TAB>English<TAB>added (YYYY-MM-DD)<TAB>note. Lines starting with # are comments.\n"

// ErrTermSyntax is what a line of terms.tsv that is not a pair wraps.
var ErrTermSyntax = errors.New("not a term pair")

// ErrTermExists means the pair is in the term list already.
var ErrTermExists = errors.New("the pair is in the term list already")

// ErrTermNotFound means the term list has no such pair.
var ErrTermNotFound = errors.New("the term list has no such pair")

// TermLineError is a line of a term list that is not a pair. It matches
// ErrTermSyntax with errors.Is.
type TermLineError struct {
	File string
	Line int
	Msg  string
}

func (e *TermLineError) Error() string {
	return fmt.Sprintf("%s line %d: %s (fix or remove the line; nothing was changed)", e.File, e.Line, e.Msg)
}

// Unwrap makes errors.Is(err, ErrTermSyntax) true.
func (e *TermLineError) Unwrap() error { return ErrTermSyntax }

// maxTermRunes bounds a side of a pair or its note: a term list is input.
const maxTermRunes = 500

// CheckTerm refuses a pair that cannot be a line of the list: the Chinese
// side must hold Chinese characters and the English side letters or digits
// and no Chinese; neither side, nor the note, may hold a tab or a line
// break, or run past 500 characters; Added is empty or a date
// (YYYY-MM-DD). Sides and note are trimmed of spaces first.
func CheckTerm(p dict.TermPair) (dict.TermPair, error) {
	p.ZH, p.EN = strings.TrimSpace(p.ZH), strings.TrimSpace(p.EN)
	p.Added, p.Note = strings.TrimSpace(p.Added), strings.TrimSpace(p.Note)
	for _, f := range []string{p.ZH, p.EN, p.Note, p.Added} {
		switch {
		case !utf8.ValidString(f):
			return p, errors.New("the text is not UTF-8")
		case strings.ContainsAny(f, "\t\r\n"):
			return p, errors.New("a tab or line break inside a field")
		case utf8.RuneCountInString(f) > maxTermRunes:
			return p, fmt.Errorf("a field longer than %d characters", maxTermRunes)
		}
	}
	if strings.IndexFunc(p.ZH, article.IsHan) < 0 {
		return p, fmt.Errorf("the Chinese side %q has no Chinese characters", p.ZH)
	}
	if strings.IndexFunc(p.EN, article.IsHan) >= 0 || strings.IndexFunc(p.EN, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
		return p, fmt.Errorf("the English side %q needs letters or digits and no Chinese characters", p.EN)
	}
	if p.Added != "" {
		if _, err := time.Parse(time.DateOnly, p.Added); err != nil {
			return p, fmt.Errorf("the date %q is not YYYY-MM-DD", p.Added)
		}
	}
	return p, nil
}

// ParseTerms reads a term list (see TermsFile); name is the file's name in
// errors. A line that is not a pair is a *TermLineError naming the file
// and the line. A byte-order mark and CRLF line ends are accepted.
func ParseTerms(name string, data []byte) ([]dict.TermPair, error) {
	var out []dict.TermPair
	err := termLines(data, func(n int, line string) error {
		if t := strings.TrimSpace(line); t == "" || strings.HasPrefix(t, "#") {
			return nil
		}
		p, err := parseTermLine(line)
		if err != nil {
			return &TermLineError{File: name, Line: n, Msg: err.Error()}
		}
		out = append(out, p)
		return nil
	})
	return out, err
}

// termLines calls f with each line of data, numbered from 1, without its
// line end.
func termLines(data []byte, f func(n int, line string) error) error {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	for n := 1; len(data) > 0; n++ {
		line, rest, _ := bytes.Cut(data, []byte("\n"))
		data = rest
		if err := f(n, strings.TrimSuffix(string(line), "\r")); err != nil {
			return err
		}
	}
	return nil
}

func parseTermLine(line string) (dict.TermPair, error) {
	if !utf8.ValidString(line) {
		return dict.TermPair{}, errors.New("the line is not UTF-8")
	}
	f := strings.Split(line, "\t")
	if len(f) < 2 || len(f) > 4 {
		return dict.TermPair{}, fmt.Errorf("%d fields; a pair is Chinese<TAB>English, then the date and a note if wanted", len(f))
	}
	p := dict.TermPair{ZH: f[0], EN: f[1]}
	if len(f) > 2 {
		p.Added = f[2]
	}
	if len(f) > 3 {
		p.Note = f[3]
	}
	return CheckTerm(p)
}

// termLine writes a pair as a line of the list.
func termLine(p dict.TermPair) string {
	line := p.ZH + "\t" + p.EN
	if p.Added != "" || p.Note != "" {
		line += "\t" + p.Added
	}
	if p.Note != "" {
		line += "\t" + p.Note
	}
	return line + "\n"
}

// termsPath is the term list's path.
func (l *Library) termsPath() string { return filepath.Join(l.dir, TermsFile) }

// readTerms reads the term list's bytes, nil when there is none.
func (l *Library) readTerms() ([]byte, error) {
	data, err := os.ReadFile(l.termsPath())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return data, err
}

// Terms returns the reader's term list, in the file's order. A file with
// a line that is not a pair is a *TermLineError.
func (l *Library) Terms() ([]dict.TermPair, error) {
	stamp := l.termsStamp()
	data, err := l.readTerms()
	if err != nil {
		return nil, err
	}
	list, err := ParseTerms(l.termsPath(), data)
	if err != nil {
		return nil, err
	}
	l.terms.publish(list, stamp)
	return list, nil
}

// AddTerm adds a pair to the end of the term list, dated today when p has
// no date. A pair already there (sides compared by dict.TermKey: 投資 is
// 投资, "Rate cuts" is "rate cut") is ErrTermExists; a list with a bad line
// is left as it is, with its *TermLineError. The pair counts at once for
// ~ search and new counterparts in this process, and in others once they
// look at the file again (see RefreshTerms). It returns the pair as added.
func (l *Library) AddTerm(p dict.TermPair) (dict.TermPair, error) {
	p, err := CheckTerm(p)
	if err != nil {
		return p, fmt.Errorf("add term: %w", err)
	}
	if p.Added == "" {
		p.Added = time.Now().Format(time.DateOnly)
	}
	err = l.editTerms(func(data []byte, list []dict.TermPair) ([]byte, error) {
		if dict.NewTerms(list).Has(p) {
			return nil, fmt.Errorf("%s = %s: %w", p.ZH, p.EN, ErrTermExists)
		}
		if len(data) == 0 {
			data = []byte(termsHeader)
		}
		if data[len(data)-1] != '\n' {
			data = append(data, '\n')
		}
		return append(data, termLine(p)...), nil
	})
	return p, err
}

// RemoveTerm removes the pair zh = en (compared by dict.TermKey) from the
// term list, every line of it; the other lines stay as written. A pair not
// there is ErrTermNotFound.
func (l *Library) RemoveTerm(zh, en string) error {
	want := dict.NewTerms([]dict.TermPair{{ZH: zh, EN: en}})
	return l.editTerms(func(data []byte, _ []dict.TermPair) ([]byte, error) {
		var out []byte
		removed := false
		err := termLines(data, func(_ int, line string) error {
			if p, err := parseTermLine(line); err == nil && want.Has(p) {
				removed = true
				return nil
			}
			out = append(out, line...)
			out = append(out, '\n')
			return nil
		})
		if err == nil && !removed {
			err = fmt.Errorf("%s = %s: %w", zh, en, ErrTermNotFound)
		}
		return out, err
	})
}

// editTerms changes the term list under the library's lock: edit gets the
// file's bytes and pairs and returns the new bytes, written atomically.
// Nothing is written when the file does not parse or edit fails.
func (l *Library) editTerms(edit func(data []byte, list []dict.TermPair) ([]byte, error)) error {
	unlock, err := l.writing()
	if err != nil {
		return err
	}
	defer unlock()
	data, err := l.readTerms()
	if err != nil {
		return err
	}
	list, err := ParseTerms(l.termsPath(), data)
	if err != nil {
		return err
	}
	out, err := edit(data, list)
	if err != nil {
		return err
	}
	if err := writeFileAtomic(l.termsPath(), out); err != nil {
		return err
	}
	list, err = ParseTerms(l.termsPath(), out)
	if err != nil {
		return err
	}
	l.terms.publish(list, l.termsStamp())
	return nil
}

// RefreshTerms reads the term list again when the file changed since it was
// last read (by another process, a sync, or a hand), so that ~ search and
// new counterparts use it. It reports whether the list changed. A list
// with a bad line is its *TermLineError, and the pairs last read stay in
// use.
func (l *Library) RefreshTerms() (bool, error) {
	stamp := l.termsStamp()
	if l.terms.seen(stamp) {
		return false, nil
	}
	if _, err := l.Terms(); err != nil {
		l.terms.mark(stamp) // say it once, not on every look
		return false, err
	}
	return true, nil
}

// useTerms hands the term list to ~ search and the word finder when the
// library opens: an empty list when the file has a bad line, which is
// reported where the list is read (Terms, RefreshTerms) rather than
// keeping the library from opening.
func (l *Library) useTerms() {
	if _, err := l.Terms(); err != nil {
		l.terms.publish(nil, "")
	}
}

// termsStamp is what tells a changed term list: its size and time.
func (l *Library) termsStamp() string {
	st, err := os.Stat(l.termsPath())
	if err != nil {
		return "none"
	}
	return fmt.Sprintf("%d %d", st.Size(), st.ModTime().UnixNano())
}

// termCache is the term list in use: what the search index and the word
// finder were last given.
type termCache struct {
	mu    sync.Mutex
	stamp string
}

// publish hands the list, read from the file as stamp tells, to ~ search
// and the word counterpart finder. They are the process's: the last
// library to read its list sets them.
func (c *termCache) publish(list []dict.TermPair, stamp string) {
	t := dict.NewTerms(list)
	index.SetTerms(t)
	annotation.SetTerms(t)
	c.mark(stamp)
}

func (c *termCache) seen(stamp string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stamp == stamp
}

func (c *termCache) mark(stamp string) {
	c.mu.Lock()
	c.stamp = stamp
	c.mu.Unlock()
}

// mergeTerms adds to the term list *ours the pairs of theirs it lacks, as
// lines at its end, when both lists parse; it reports whether they did.
func mergeTerms(ours *[]byte, theirs []byte) bool {
	mine, err := ParseTerms(TermsFile, *ours)
	if err != nil {
		return false
	}
	other, err := ParseTerms(TermsFile, theirs)
	if err != nil {
		return false
	}
	have := dict.NewTerms(mine)
	out := append([]byte(nil), *ours...)
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	for _, p := range other {
		if !have.Has(p) {
			out = append(out, termLine(p)...)
			mine = append(mine, p)
			have = dict.NewTerms(mine)
		}
	}
	*ours = out
	return true
}
