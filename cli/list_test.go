package cli

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"tandem/internal/testenv"
	"tandem/library"
)

// listJSONCases are lists whose strings take every path of
// appendJSONString.
var listJSONCases = [][]listRecord{
	{},
	{{"2026-02-05-fb404c39", "A title", "FT", "2026-02-05", 3}},
	{
		{"a", `quote " and backslash \ and <b>&amp;</b>`, "", "", 0},
		{"b", "controls \x00\x01\b\f\n\r\t\x1f\x7f end", "财新", "2026-01-01", -1},
		{"c", "separators \u2028 and \u2029, emoji 📈, 中文标题", "Bloomberg Opinion", "", 12},
		{"d", "invalid \xff, cut \xe4\xbd, lone \x80 and overlong \xc0\xaf", "\xed\xa0\x80 surrogate", "x", 1 << 40},
	},
}

// referenceListJSON is how writeJSON prints the records: what
// tandem list --json printed before it wrote them itself.
func referenceListJSON(t testing.TB, records []listRecord) []byte {
	var b bytes.Buffer
	if err := writeJSON(&Env{Stdout: &b}, records); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// printedListJSON is what jsonList writes for the records.
func printedListJSON(t testing.TB, records []listRecord) []byte {
	var b bytes.Buffer
	w := newJSONList(&b)
	for _, r := range records {
		if err := w.add(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestListJSONIsWhatEncodingJSONWrites(t *testing.T) {
	for _, records := range listJSONCases {
		if got, want := printedListJSON(t, records), referenceListJSON(t, records); !bytes.Equal(got, want) {
			t.Errorf("printed\n%s\nencoding/json writes\n%s", got, want)
		}
	}
}

// FuzzListJSON checks the list's JSON against encoding/json's for any
// strings and number, as the only record and beside another.
func FuzzListJSON(f *testing.F) {
	for _, records := range listJSONCases {
		for _, r := range records {
			f.Add(r.ID, r.Title, r.Source, r.Date, r.Pairs)
		}
	}
	f.Fuzz(func(t *testing.T, id, title, source, date string, pairs int) {
		r := listRecord{id, title, source, date, pairs}
		for _, records := range [][]listRecord{{r}, {r, listJSONCases[1][0]}} {
			if got, want := printedListJSON(t, records), referenceListJSON(t, records); !bytes.Equal(got, want) {
				t.Errorf("printed\n%s\nencoding/json writes\n%s", got, want)
			}
		}
	})
}

// TestListJSONFromTheCatalogFile lists a library twice, the second time
// from the catalog file the first wrote, and compares each with the
// records of Library.List as encoding/json writes them.
func TestListJSONFromTheCatalogFile(t *testing.T) {
	testenv.Isolate(t)
	if code, _, errOut := run(t, "import", testenv.SeedPath()); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	lib, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	list, err := lib.List()
	lib.Close()
	if err != nil {
		t.Fatal(err)
	}
	records := []listRecord{}
	for _, s := range list {
		records = append(records, listRecord{s.ID, s.Title, s.Source, s.Date, s.Pairs})
	}
	if len(records) != 1 {
		t.Fatalf("the library lists %d articles, want the seed", len(records))
	}
	want := referenceListJSON(t, records)
	for i := range 2 {
		code, out, errOut := run(t, "list", "--json")
		if code != 0 || out != string(want) {
			t.Errorf("run %d: exit %d (%s), printed\n%s\nwant\n%s", i+1, code, errOut, out, want)
		}
	}
}

// TestListJSONEveryOffset puts each kind of byte that JSON escapes or
// that is not ASCII at every offset of a title, eight bytes at a time
// being how appendJSONString passes over plain text.
func TestListJSONEveryOffset(t *testing.T) {
	for _, odd := range []string{`"`, `\`, "\x00", "\x1f", "\x7f", "\xff", "é", "\u2028", "投"} {
		for at := range 20 {
			title := strings.Repeat("a", at) + odd + strings.Repeat("b", 20-at)
			records := []listRecord{{"x", title, "FT", "2026-01-01", 1}}
			if got, want := printedListJSON(t, records), referenceListJSON(t, records); !bytes.Equal(got, want) {
				t.Errorf("%q: printed\n%s\nencoding/json writes\n%s", title, got, want)
			}
		}
	}
}

// BenchmarkListJSON100k writes the JSON of a list of 100,000 articles, as
// tandem list --json does once the library has given them.
func BenchmarkListJSON100k(b *testing.B) {
	records := make([]listRecord, 100_000)
	for i := range records {
		records[i] = listRecord{fmt.Sprintf("2026-%02d-%02d-%08x", 1+i%12, 1+i%28, i),
			fmt.Sprintf("Analysts expect that by 2019 investment will have fallen, part %d", i), "Bloomberg Opinion", "2026-06-23", 6}
	}
	for b.Loop() {
		w := newJSONList(io.Discard)
		for _, r := range records {
			if err := w.add(r); err != nil {
				b.Fatal(err)
			}
		}
		if err := w.close(); err != nil {
			b.Fatal(err)
		}
	}
}
