package lexicon

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"tandem/internal/atomicfile"
)

// Version is the version of the file format and of the training: a file of
// another version is retrained rather than read.
const Version = 1

// header starts every table file: "tandem-lexicon <version> <sentences>
// <keep> <articles>".
const header = "tandem-lexicon"

// ErrVersion says a table file is of another version.
var ErrVersion = errors.New("lexicon: another version")

// WriteTo writes the table as text, one pair a line after the header:
// Chinese word, English stem, the English word as shown, and the score
// with three decimals, tab-separated, in the order of the Chinese words
// and then the stems, so that the same table is always the same bytes.
func (t *Table) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	n, _ := fmt.Fprintf(bw, "%s %d %d %d %d\n", header, Version, t.Sentences, t.keep, t.Articles)
	total := int64(n)
	for _, e := range t.entries {
		n, _ := fmt.Fprintf(bw, "%s\t%s\t%s\t%s\n", e.zh, e.stem, e.surface, strconv.FormatFloat(e.score, 'f', 3, 64))
		total += int64(n)
	}
	return total, bw.Flush()
}

// Read reads a table WriteTo wrote. A line that does not read is an error
// naming it; a header of another version is ErrVersion.
func Read(r io.Reader) (*Table, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, err
		}
		return nil, errors.New("lexicon: empty file")
	}
	f := strings.Fields(sc.Text())
	if len(f) != 5 || f[0] != header {
		return nil, fmt.Errorf("lexicon: line 1: not a table header: %q", sc.Text())
	}
	if f[1] != strconv.Itoa(Version) {
		return nil, fmt.Errorf("%w: %s", ErrVersion, f[1])
	}
	sentences, err1 := strconv.Atoi(f[2])
	keep, err2 := strconv.Atoi(f[3])
	articles, err3 := strconv.Atoi(f[4])
	if err1 != nil || err2 != nil || err3 != nil || sentences < 0 || keep < 1 || keep > 100 || articles < 0 {
		return nil, fmt.Errorf("lexicon: line 1: bad header %q", sc.Text())
	}
	var entries []entry
	line := 1
	for sc.Scan() {
		line++
		s := sc.Text()
		p := strings.Split(s, "\t")
		if len(p) != 4 || !utf8.ValidString(s) || p[0] == "" || p[1] == "" || p[2] == "" {
			return nil, fmt.Errorf("lexicon: line %d: want four fields: %q", line, s)
		}
		score, err := strconv.ParseFloat(p[3], 64)
		if err != nil || !(score > 0 && score <= 1) {
			return nil, fmt.Errorf("lexicon: line %d: bad score %q", line, p[3])
		}
		e := entry{zh: p[0], stem: p[1], surface: p[2], score: round(score)}
		if n := len(entries); n > 0 {
			if last := entries[n-1]; last.zh > e.zh || last.zh == e.zh && last.stem >= e.stem {
				return nil, fmt.Errorf("lexicon: line %d: out of order", line)
			}
		}
		entries = append(entries, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("lexicon: line %d: %w", line+1, err)
	}
	t := newTable(entries, keep, sentences)
	t.Articles = articles
	return t, nil
}

// Load reads the table saved at path (gzipped).
func Load(path string) (*Table, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	t, err := Read(z)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return t, nil
}

// Save writes the table to path, gzipped, through a file beside it renamed
// into place, so that a reader never sees half a table.
func (t *Table) Save(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".lexicon-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	z := gzip.NewWriter(tmp)
	if _, err := t.WriteTo(z); err != nil {
		tmp.Close()
		return err
	}
	if err := z.Close(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return atomicfile.Replace(tmp.Name(), path)
}
