package adversarial

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"tandem/article"
	"tandem/internal/testenv"
	"tandem/library"
)

// utf16Bytes encodes s as UTF-16 without a byte order mark, as some
// Windows tools save text.
func utf16Bytes(s string, bigEndian bool) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

// importInto imports one file into a new library in temporary folders.
func importInto(t *testing.T, name string, data []byte) library.Result {
	t.Helper()
	testenv.Isolate(t)
	lib, err := library.Open(library.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	return lib.Import(name, data)
}

// TestUnmarkedUTF16Imports: the sample article saved as UTF-16 without a
// byte order mark, either way round, imports as the same article as its
// UTF-8 original. It used to be refused as "not text: NUL bytes".
func TestUnmarkedUTF16Imports(t *testing.T) {
	seed := testenv.Seed(t)
	var want library.Result
	t.Run("UTF-8", func(t *testing.T) {
		if want = importInto(t, "seed.txt", seed); want.Status != library.Imported {
			t.Fatalf("the UTF-8 original: %v", want.Err)
		}
	})
	for _, big := range []bool{false, true} {
		t.Run(fmt.Sprintf("UTF-16, big-endian %v", big), func(t *testing.T) {
			got := importInto(t, "seed.txt", utf16Bytes(string(seed), big))
			if got.Status != library.Imported {
				t.Fatalf("import: %s: %v", got.Status, got.Err)
			}
			if got.ID != want.ID || got.Title != want.Title || got.Pairs != want.Pairs {
				t.Errorf("imported %s %q with %d pairs, want %s %q with %d", got.ID, got.Title, got.Pairs, want.ID, want.Title, want.Pairs)
			}
		})
	}
}

// TestUndecodableFileSaysWhere: a file that is no known encoding is
// refused with the byte at which decoding fails, so that it can be found
// in an editor.
func TestUndecodableFileSaysWhere(t *testing.T) {
	seed := string(testenv.Seed(t))
	cut := strings.Index(seed, "\n\n") + 2
	lone := utf16Bytes(seed[:cut], false)
	lone = append(append(lone, 0x00, 0xDC), utf16Bytes(seed[cut:], false)...)
	for _, tc := range []struct {
		name string
		data []byte
		at   int
	}{
		{"Latin-1 after the sample", append([]byte(seed), "caf\xe9 na\xefve"...), len(seed) + 3},
		{"a stray byte in the sample", []byte(seed[:cut] + "\xff" + seed[cut:]), cut},
		{"a lone surrogate in unmarked UTF-16", lone, len(utf16Bytes(seed[:cut], false))},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := importInto(t, "seed.txt", tc.data)
			var e *article.EncodingError
			if r.Status != library.Failed || !errors.As(r.Err, &e) {
				t.Fatalf("import: %s, %v; want an encoding error", r.Status, r.Err)
			}
			if e.Offset != tc.at || !strings.Contains(r.Err.Error(), fmt.Sprintf("byte %d,", tc.at)) {
				t.Errorf("%v; want byte %d", r.Err, tc.at)
			}
		})
	}
}
