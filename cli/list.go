package cli

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strconv"
	"text/tabwriter"
	"unicode/utf8"

	"tandem/library"
)

// listRecord is one element of `tandem list --json`.
type listRecord struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Source string `json:"source"`
	Date   string `json:"date"`
	Pairs  int    `json:"pairs"`
}

type listCmd struct{ json bool }

func (l *listCmd) define(fs *flag.FlagSet) { fs.BoolVar(&l.json, "json", false, tr("print JSON")) }

func (l *listCmd) check(args []string) error {
	if len(args) > 0 {
		return usagef(tr("unexpected argument %q"), args[0])
	}
	return nil
}

func (l *listCmd) run(c *call) error {
	if l.json {
		return printListJSON(c)
	}
	var records []listRecord
	err := c.lib.ListEach(func(s library.Summary) error {
		if r, ok := record(c, s); ok {
			records = append(records, r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(c.Stdout)
	tw := tabwriter.NewWriter(bw, 0, 4, 2, ' ', 0)
	for _, r := range records {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, orDash(r.Date), orDash(r.Source), r.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return bw.Flush()
}

// record is an article's line of the list; an article whose files cannot
// be read has none, and its problem goes to stderr.
func record(c *call, s library.Summary) (listRecord, bool) {
	if s.Problem != "" {
		fmt.Fprintf(c.Stderr, tr("tandem list: %s\n"), oneLine(s.Problem))
		return listRecord{}, false
	}
	return listRecord{s.ID, s.Title, s.Source, s.Date, s.Pairs}, true
}

// printListJSON prints the list as writeJSON prints a []listRecord, byte
// for byte, each article's record written as it comes from the library:
// the list of 100,000 articles is never held whole, nor passed through
// encoding/json's reflection and indenting, which took most of the time.
func printListJSON(c *call) error {
	w := newJSONList(c.Stdout)
	err := c.lib.ListEach(func(s library.Summary) error {
		if r, ok := record(c, s); ok {
			return w.add(r)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return w.close()
}

// jsonList writes a JSON array of list records a record at a time.
type jsonList struct {
	w *bufio.Writer
	n int // records written
}

func newJSONList(w io.Writer) *jsonList { return &jsonList{w: bufio.NewWriterSize(w, 1<<16)} }

// add writes a record.
func (j *jsonList) add(r listRecord) error {
	b := j.w.AvailableBuffer()
	if j.n == 0 {
		b = append(b, "[\n"...)
	} else {
		b = append(b, ",\n"...)
	}
	j.n++
	_, err := j.w.Write(appendListRecord(b, r))
	return err
}

// close ends the array and flushes it.
func (j *jsonList) close() error {
	if j.n == 0 {
		j.w.WriteString("[]\n")
	} else {
		j.w.WriteString("\n]\n")
	}
	return j.w.Flush()
}

// appendListRecord appends a record as an element of writeJSON's indented
// array, without the comma and newline after it.
func appendListRecord(b []byte, r listRecord) []byte {
	b = append(b, "  {\n    \"id\": "...)
	b = appendJSONString(b, r.ID)
	b = append(b, ",\n    \"title\": "...)
	b = appendJSONString(b, r.Title)
	b = append(b, ",\n    \"source\": "...)
	b = appendJSONString(b, r.Source)
	b = append(b, ",\n    \"date\": "...)
	b = appendJSONString(b, r.Date)
	b = append(b, ",\n    \"pairs\": "...)
	b = strconv.AppendInt(b, int64(r.Pairs), 10)
	return append(b, "\n  }"...)
}

// appendJSONString appends s as a JSON string the way encoding/json writes
// it with HTML escaping off: quotes, backslashes and control characters
// escaped (\b, \f, \n, \r and \t by name), invalid UTF-8 as \ufffd, and
// U+2028 and U+2029 as \u2028 and \u2029.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plain8(s[i:i+8]) {
			i += 8
			continue
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(append(b, s[start:i]...), `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(append(b, s[start:i]...), '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plain8 reports whether 8 bytes are ASCII that JSON takes as it is: no
// control character, quote or backslash. Titles are mostly such text,
// which a byte at a time took a fifth of tandem list --json.
func plain8(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	_ = s[7]
	x := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	quote, backslash := x^(ones*'"'), x^(ones*'\\')
	control := (x - ones*0x20) & ^x             // a byte below 0x20
	quote = (quote - ones) & ^quote             // a byte '"'
	backslash = (backslash - ones) & ^backslash // a byte '\\'
	return (control|quote|backslash|x)&highs == 0
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}
