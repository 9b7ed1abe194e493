package article

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	utf16 "golang.org/x/text/encoding/unicode"
)

const (
	traditional = "輝達執行長黃仁勳表示,先前宣布的投資並不具約束力。微軟的股價幾乎翻倍,分析師認為這是警告。"
	simplified  = "英伟达执行长黄仁勋表示,先前宣布的投资并不具约束力。微软的股价几乎翻倍,分析师认为这是警告。"
)

// decodeCases give bytes, the text and encoding Decode must find, or the
// error it must give. The Chinese cases are encoded here with x/text.
func decodeCases(t testing.TB) []struct {
	name string
	data []byte
	text string
	enc  Encoding
	err  error
} {
	le := utf16.UTF16(utf16.LittleEndian, utf16.UseBOM)
	be := utf16.UTF16(utf16.BigEndian, utf16.UseBOM)
	return []struct {
		name string
		data []byte
		text string
		enc  Encoding
		err  error
	}{
		{"UTF-8", []byte("Nvidia 英伟达\n"), "Nvidia 英伟达\n", UTF8, nil},
		{"UTF-8 with BOM", []byte("\uFEFFNvidia 英伟达"), "Nvidia 英伟达", UTF8, nil},
		{"CRLF", []byte("a\r\nb\r\n"), "a\nb\n", UTF8, nil},
		{"lone CR", []byte("a\rb"), "a\nb", UTF8, nil},
		{"form feed and line separators", []byte("a\fb\u2028c\u2029d\u0085e"), "a\n\nb\nc\n\nd\ne", UTF8, nil},
		{"UTF-16LE with BOM", encode(t, le, []byte("Nvidia 英伟达\r\n")), "Nvidia 英伟达\n", UTF16LE, nil},
		{"UTF-16BE with BOM", encode(t, be, []byte("Nvidia 英伟达 😀")), "Nvidia 英伟达 😀", UTF16BE, nil},
		{"GB18030 simplified", encode(t, simplifiedchinese.GB18030, []byte(simplified)), simplified, GB18030, nil},
		{"GBK simplified", encode(t, simplifiedchinese.GBK, []byte(simplified)), simplified, GB18030, nil},
		{"Big5 traditional", encode(t, traditionalchinese.Big5, []byte(traditional)), traditional, Big5, nil},
		{"Big5 short", encode(t, traditionalchinese.Big5, []byte("微軟的股價")), "微軟的股價", Big5, nil},
		{"GB18030 traditional characters", encode(t, simplifiedchinese.GB18030, []byte(traditional)), traditional, GB18030, nil},
		{"two UTF-8 marks", []byte("\uFEFF\uFEFFNvidia"), "Nvidia", UTF8, nil},
		{"empty", nil, "", "", ErrEmpty},
		{"two UTF-16 marks and nothing else (FuzzDecode)", []byte{0xFF, 0xFE, 0xFF, 0xFE}, "", "", ErrEmpty},
		{"spaces", []byte("  \n "), "", "", ErrEmpty},
		{"NUL", []byte("a\x00b"), "", "", ErrBinary},
		{"UTF-16 NUL", encode(t, le, []byte("a\x00b")), "", "", ErrBinary},
		{"too large", make([]byte, MaxSize+1), "", "", ErrTooLarge},
		{"Latin-1", []byte("na\xefve caf\xe9"), "", "", ErrEncoding},
		{"UTF-8 with a stray byte", []byte(simplified + "\xff" + simplified), "", "", ErrEncoding},
		{"UTF-16 with odd length", []byte{0xFE, 0xFF, 0, 'a', 0}, "", "", ErrEncoding},
	}
}

func TestDecode(t *testing.T) {
	for _, tc := range decodeCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			text, enc, err := Decode(tc.data)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("Decode = %q, %q, %v; want error %v", text, enc, err, tc.err)
				}
				return
			}
			if err != nil || text != tc.text || enc != tc.enc {
				t.Errorf("Decode = %q, %q, %v; want %q, %q", text, enc, err, tc.text, tc.enc)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics, gives text without BOM, CR or
// NUL, or else one of the sentinel errors, and that UTF-8 input comes back
// as it went in, but for line ends.
func FuzzDecode(f *testing.F) {
	for _, tc := range decodeCases(f) {
		if len(tc.data) <= 1<<10 {
			f.Add(tc.data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := Decode(data)
		if err != nil {
			if !isSentinel(err) || errors.Is(err, ErrNoText) {
				t.Fatalf("error %v is not a Decode sentinel", err)
			}
			return
		}
		switch {
		case !utf8.ValidString(text):
			t.Fatalf("invalid UTF-8 out of %s", enc)
		case strings.ContainsAny(text, "\r\x00"), strings.HasPrefix(text, "\uFEFF"):
			t.Fatalf("CR, NUL or BOM left in %q", text)
		case strings.TrimSpace(text) == "":
			t.Fatalf("blank text accepted")
		}
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\uFEFF")) {
			if enc != UTF8 || text != normalizeNewlines(string(data)) {
				t.Fatalf("UTF-8 input read as %s: %q", enc, text)
			}
		}
	})
}
