package article

import (
	"bytes"
	"errors"
	"fmt"
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
	leBare := utf16.UTF16(utf16.LittleEndian, utf16.IgnoreBOM)
	beBare := utf16.UTF16(utf16.BigEndian, utf16.IgnoreBOM)
	chinese := strings.ReplaceAll(simplified, ",", "，") + "\n" // no ASCII but the line end
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
		{"UTF-16LE without BOM", encode(t, leBare, []byte("Nvidia 英伟达\r\n")), "Nvidia 英伟达\n", UTF16LE, nil},
		{"UTF-16BE without BOM", encode(t, beBare, []byte("Nvidia 英伟达 😀")), "Nvidia 英伟达 😀", UTF16BE, nil},
		{"UTF-16LE without BOM, Chinese but a line end", encode(t, leBare, []byte(chinese)), chinese, UTF16LE, nil},
		{"UTF-16BE without BOM, Chinese but a line end", encode(t, beBare, []byte(chinese)), chinese, UTF16BE, nil},
		{"UTF-16BE without BOM, one letter", []byte{0, 'a'}, "a", UTF16BE, nil},
		{"UTF-16LE without BOM, zeros of 一 and 最 on the other side", encode(t, leBare, []byte("一 Nvidia 最一\n")), "一 Nvidia 最一\n", UTF16LE, nil},
		{"UTF-16LE without BOM, NUL character", encode(t, leBare, []byte("Nvidia\x00said")), "", "", ErrBinary},
		{"UTF-16LE without BOM, unpaired surrogate", []byte{'a', 0, 'b', 0, 0x00, 0xDC, 'c', 0}, "", "", ErrEncoding},
		{"one NUL in English", []byte("Nvidia said\x00 no."), "", "", ErrBinary},
		{"NUL in an odd number of bytes", []byte("Nvidia\x00"), "", "", ErrBinary},
		{"binary with zeros on both sides", []byte{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0xde, 0xad, 0xbe, 0xef}, "", "", ErrBinary},
		{"English with NULs between the letters", []byte("N\x00v\x00i\x00d\x00i\x00a\x00\x00"), "", "", ErrBinary},
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

// encodingErrorCases are undecodable bytes and where Decode must say
// decoding fails.
var encodingErrorCases = []struct {
	name string
	data []byte
	at   int
}{
	{"Latin-1", []byte("na\xefve caf\xe9"), 2},
	{"UTF-8 with a stray byte", []byte(simplified + "\xff" + simplified), len(simplified)},
	{"UTF-8 mark then invalid UTF-8", []byte("\uFEFFNvidia \xff\xfe said"), 10},
	{"UTF-16 mark and an odd number of bytes", []byte{0xFE, 0xFF, 0, 'a', 0}, 4},
	{"UTF-16LE mark and a high surrogate before a letter", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xD8, 'b', 0}, 4},
	{"UTF-16BE mark and a high surrogate at the end", []byte{0xFE, 0xFF, 0, 'a', 0xD8, 0x00}, 4},
	{"UTF-16LE mark and a low surrogate alone", []byte{0xFF, 0xFE, 'a', 0, 0x00, 0xDC}, 4},
	{"UTF-16LE without a mark and a low surrogate alone", []byte{'a', 0, 'b', 0, 0x00, 0xDC, 'c', 0}, 4},
	{"0xFF bytes", []byte{0xFF, 0xFF, 0xFF, 'a'}, 0},
}

// TestDecodeSaysWhere: undecodable bytes give an *EncodingError with the
// offset of the byte where decoding fails, in the message too.
func TestDecodeSaysWhere(t *testing.T) {
	for _, tc := range encodingErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Decode(tc.data)
			var e *EncodingError
			if !errors.As(err, &e) || !errors.Is(err, ErrEncoding) {
				t.Fatalf("Decode error = %v, want an *EncodingError", err)
			}
			if e.Offset != tc.at || e.Byte != tc.data[tc.at] {
				t.Errorf("fails at byte %d (0x%02X), want %d (0x%02X)", e.Offset, e.Byte, tc.at, tc.data[tc.at])
			}
			if want := fmt.Sprintf("at byte %d,", tc.at); !strings.Contains(err.Error(), want) {
				t.Errorf("message %q does not say %q", err, want)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics, gives text without BOM, CR or
// NUL, or else one of the sentinel errors (an encoding error saying at
// which byte), and that UTF-8 input comes back as it went in, but for line
// ends.
func FuzzDecode(f *testing.F) {
	for _, tc := range decodeCases(f) {
		if len(tc.data) <= 1<<10 {
			f.Add(tc.data)
		}
	}
	for _, tc := range encodingErrorCases {
		f.Add(tc.data)
	}
	// Pages that declare their charset (TestDeclaredCharset).
	f.Add([]byte("<meta charset=\"windows-1252\"><p>caf\xe9 \x93quoted\x94"))
	f.Add([]byte("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><p>\xd3\xa2\xce\xb0\xb4\xef"))
	f.Add([]byte("<meta charset=utf-16le><p>\xb0\xb1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc, err := Decode(data)
		if err != nil {
			if !isSentinel(err) || errors.Is(err, ErrNoText) {
				t.Fatalf("error %v is not a Decode sentinel", err)
			}
			var e *EncodingError
			if errors.Is(err, ErrEncoding) && (!errors.As(err, &e) || e.Offset < 0 || e.Offset >= len(data) || data[e.Offset] != e.Byte) {
				t.Fatalf("encoding error %v does not point into the %d bytes", err, len(data))
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
		// UTF-8 holds no NUL; zero bytes are UTF-16's.
		if utf8.Valid(data) && !bytes.HasPrefix(data, []byte("\uFEFF")) && bytes.IndexByte(data, 0) < 0 {
			if enc != UTF8 || text != normalizeNewlines(string(data)) {
				t.Fatalf("UTF-8 input read as %s: %q", enc, text)
			}
		}
	})
}

// TestNormalizeNewlinesEach checks that each character normalizeNewlines
// replaces is found alone, and that text without one, UTF-8 or not, comes
// back as it is.
func TestNormalizeNewlinesEach(t *testing.T) {
	for _, c := range []string{"\r", "\f", "\u2028", "\u2029", "\u0085"} {
		if got := normalizeNewlines("a" + c + "b"); got == "a"+c+"b" || strings.Contains(got, c) {
			t.Errorf("normalizeNewlines(%q) = %q", "a"+c+"b", got)
		}
	}
	for _, s := range []string{"plain\ntext", "\xe2\x80", "\xc2\x84 \xe2\x80\xa7", "中文\n"} {
		if got := normalizeNewlines(s); got != s {
			t.Errorf("normalizeNewlines(%q) = %q, want it unchanged", s, got)
		}
	}
}
