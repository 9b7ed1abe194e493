package article

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// MaxSize is the largest input Parse accepts, in bytes.
const MaxSize = 20 << 20

// Encoding names the character encoding an input was decoded from.
type Encoding string

// The encodings Decode recognises by their bytes. An HTML page that is not
// UTF-8 may also declare another (see decodeDeclared); its Encoding is then
// the WHATWG name, such as "windows-1252".
const (
	UTF8    Encoding = "utf-8"
	UTF16LE Encoding = "utf-16le"
	UTF16BE Encoding = "utf-16be"
	GB18030 Encoding = "gb18030"
	Big5    Encoding = "big5"
)

// Decode turns the bytes of a file into text with LF line ends and no byte
// order mark. UTF-8 (with or without BOM) and UTF-16 with BOM are recognised
// by their marks, UTF-16 without one by the zero bytes its ASCII characters
// put on one side of each pair; other bytes that are not UTF-8 are read in
// the charset an HTML page declares in a <meta>, else tried as GB18030 and
// Big5 and the reading with more common Chinese characters wins.
// Bytes that cannot be decoded give an *EncodingError that says where.
func Decode(data []byte) (string, Encoding, error) {
	switch {
	case len(data) == 0:
		return "", "", ErrEmpty
	case len(data) > MaxSize:
		return "", "", fmt.Errorf("%w: %d MB, the limit is %d MB", ErrTooLarge, (len(data)+(1<<20)-1)>>20, MaxSize>>20)
	}
	text, enc, err := decodeBytes(data)
	if err != nil {
		return "", "", err
	}
	if strings.ContainsRune(text, 0) {
		return "", "", fmt.Errorf("%w: it holds NUL characters", ErrBinary)
	}
	// A file saved twice with a mark can carry a second one; it is no
	// more text than the first.
	text = normalizeNewlines(strings.TrimLeft(text, "\uFEFF"))
	if strings.TrimSpace(text) == "" {
		return "", "", ErrEmpty
	}
	return text, enc, nil
}

// decodeBytes picks the encoding: by byte order mark, else UTF-16 when the
// zero bytes say so, else UTF-8 when the bytes are valid UTF-8, else GB18030
// or Big5.
func decodeBytes(data []byte) (string, Encoding, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		if at := invalidUTF8(data[3:]); at >= 0 {
			return "", "", encodingError(data, 3+at, "it starts with a UTF-8 mark but is not UTF-8")
		}
		return string(data[3:]), UTF8, nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeUTF16(data)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		if text, enc, err := decodeUnmarkedUTF16(data); enc != "" || err != nil {
			return text, enc, err
		}
	}
	if err := checkBinary(data); err != nil {
		return "", "", err
	}
	at := invalidUTF8(data)
	if at < 0 {
		return string(data), UTF8, nil
	}
	if text, enc, ok := decodeDeclared(data); ok {
		return text, enc, nil
	}
	text, enc := decodeChinese(data)
	if enc == "" {
		return "", "", encodingError(data, at, "it is not UTF-8, UTF-16, GB18030 or Big5")
	}
	return text, enc, nil
}

// invalidUTF8 returns the offset of the first byte that is not UTF-8, or
// -1 when all are.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

// decodeUTF16 reads data, which starts with a UTF-16 byte order mark.
func decodeUTF16(data []byte) (string, Encoding, error) {
	bigEndian, enc := data[0] == 0xFE, UTF16LE
	if bigEndian {
		enc = UTF16BE
	}
	if len(data)%2 != 0 {
		return "", "", encodingError(data, len(data)-1, "it starts with a UTF-16 mark but has an odd number of bytes")
	}
	text, bad := readUTF16(data[2:], bigEndian)
	if bad >= 0 {
		return "", "", encodingError(data, 2+bad, "it starts with a UTF-16 mark but holds an unpaired surrogate")
	}
	return text, enc, nil
}

// decodeUnmarkedUTF16 reads data, which holds zero bytes, as UTF-16
// without a byte order mark when it has whole pairs of bytes, their zero
// bytes fall on one side (as those of ASCII characters do) and the reading
// looks like text. Otherwise it returns no encoding and no error: the zero
// bytes are not UTF-16's.
func decodeUnmarkedUTF16(data []byte) (string, Encoding, error) {
	if len(data)%2 != 0 {
		return "", "", nil
	}
	bigEndian, enc := zeroSide(data)
	if enc == "" {
		return "", "", nil
	}
	text, bad := readUTF16(data, bigEndian)
	if strings.ContainsRune(text, 0) || !looksLikeText(text) {
		return "", "", nil
	}
	if bad >= 0 {
		return "", "", encodingError(data, bad, "it reads as "+strings.ToUpper(string(enc))+" without a mark but holds an unpaired surrogate")
	}
	return text, enc, nil
}

// zeroSide says on which side of the byte pairs the zero bytes of data
// fall: an ASCII character in UTF-16 has its zero byte second in
// little-endian, first in big-endian. A few characters such as 一
// (U+4E00) put theirs on the other side, so one side need only dominate;
// binary files have zeros on both.
func zeroSide(data []byte) (bigEndian bool, enc Encoding) {
	var even, odd int
	for i, b := range data {
		if b == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	switch {
	case odd > 0 && odd >= 3*even:
		return false, UTF16LE
	case even > 0 && even >= 3*odd:
		return true, UTF16BE
	}
	return false, ""
}

// readUTF16 decodes UTF-16 code units, replacing an unpaired surrogate with
// U+FFFD; bad is the byte offset of the first, or -1.
func readUTF16(data []byte, bigEndian bool) (text string, bad int) {
	unit := func(i int) rune {
		if bigEndian {
			return rune(data[i])<<8 | rune(data[i+1])
		}
		return rune(data[i+1])<<8 | rune(data[i])
	}
	var b strings.Builder
	b.Grow(len(data) / 2 * 3)
	bad = -1
	for i := 0; i+1 < len(data); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			pair := utf8.RuneError
			if i+3 < len(data) {
				pair = utf16.DecodeRune(r, unit(i+2))
			}
			if pair == utf8.RuneError {
				bad = cmpOr(bad, i)
			} else {
				i += 2
			}
			r = pair
		}
		b.WriteRune(r)
	}
	return b.String(), bad
}

// cmpOr returns a when it is set (not negative), else b.
func cmpOr(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

// looksLikeText reports whether a text read as UTF-16 without a mark is
// text rather than other bytes in pairs: read that way, runs of ASCII
// become rare Chinese characters and symbols, where text has ASCII, common
// Chinese characters or Chinese punctuation in at least one character in
// four. The first 64K characters decide.
func looksLikeText(text string) bool {
	telling, n := 0, 0
	for _, r := range text {
		if n == 1<<16 {
			break
		}
		n++
		switch {
		case r >= 0x20 && r < 0x7F, r == '\t', r == '\n', r == '\r', r == '\f':
			telling++
		case r >= 0x80 && (isCJKPunct(r) || strings.ContainsRune(commonHan, r)):
			telling++
		}
	}
	return n > 0 && telling*4 >= n
}

// checkBinary rejects bytes that no text file holds: NUL, and a share of
// control characters other than tab, newline, carriage return and form feed.
func checkBinary(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w: it holds NUL bytes (first at byte %d)", ErrBinary, i)
	}
	controls := 0
	for _, b := range data {
		if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F {
			controls++
		}
	}
	if controls*100 > len(data) {
		return fmt.Errorf("%w: %d control bytes", ErrBinary, controls)
	}
	return nil
}

// charsetScan is how far into a page decodeDeclared looks for a <meta>
// naming its charset. Browsers look at the first 1024 bytes; saved pages
// often carry long comments or scripts before it.
const charsetScan = 8 << 10

// decodeDeclared reads bytes that are not UTF-8 in the charset an HTML page
// declares in its first <meta charset> or <meta http-equiv="Content-Type">
// (Tandem's URL import writes the HTTP header's charset there too): GBK,
// GB18030, Big5, the Windows and ISO code pages. Bytes that are valid UTF-8
// never get here, since a page saved again as UTF-8 often keeps its old
// declaration. ok is false when the page declares nothing Tandem can use.
func decodeDeclared(data []byte) (string, Encoding, bool) {
	label := declaredCharset(data[:min(len(data), charsetScan)])
	if label == "" {
		return "", "", false
	}
	codec, name := charset.Lookup(label)
	// A page cannot declare UTF-16 in ASCII it holds (WHATWG reads such a
	// declaration as UTF-8), nor mean the replacement decoder.
	if codec == nil || name == "utf-8" || name == "replacement" || strings.HasPrefix(name, "utf-16") {
		return "", "", false
	}
	out, err := codec.NewDecoder().Bytes(data)
	if err != nil {
		return "", "", false
	}
	switch name {
	case "gbk", "gb18030":
		return string(out), GB18030, true
	case "big5":
		return string(out), Big5, true
	}
	return string(out), Encoding(name), true
}

// declaredCharset returns the charset label of the first <meta> that
// names one, or "".
func declaredCharset(head []byte) string {
	z := html.NewTokenizer(bytes.NewReader(head))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "meta" || !hasAttr {
				continue
			}
			var cs, equiv, content string
			for more := true; more; {
				var k, v []byte
				k, v, more = z.TagAttr()
				switch strings.ToLower(string(k)) {
				case "charset":
					cs = string(v)
				case "http-equiv":
					equiv = string(v)
				case "content":
					content = string(v)
				}
			}
			if cs != "" {
				return strings.TrimSpace(cs)
			}
			if strings.EqualFold(equiv, "content-type") {
				if _, params, err := mime.ParseMediaType(content); err == nil && params["charset"] != "" {
					return params["charset"]
				}
			}
		}
	}
}

// decodeChinese reads bytes that are not UTF-8 as GB18030 and as Big5 and keeps
// the reading that looks more like Chinese; no encoding when neither does.
func decodeChinese(data []byte) (string, Encoding) {
	type reading struct {
		enc   Encoding
		codec encoding.Encoding
	}
	best, bestScore, bestText := Encoding(""), 0, ""
	for _, r := range []reading{{GB18030, simplifiedchinese.GB18030}, {Big5, traditionalchinese.Big5}} {
		out, err := r.codec.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		text := string(out)
		if s := chineseScore(text); s > bestScore {
			best, bestScore, bestText = r.enc, s, text
		}
	}
	return bestText, best
}

// chineseScore rates how much a decoded text looks like real Chinese: common
// characters count for it, replacement characters and rare ones against it.
func chineseScore(text string) int {
	score := 0
	for _, r := range text {
		switch {
		case r == utf8.RuneError:
			score -= 20
		case r < 0x80:
			// ASCII reads the same in both encodings.
		case strings.ContainsRune(commonHan, r):
			score += 4
		case IsHan(r) || isCJKPunct(r):
			// Plausible but not telling.
		default:
			score--
		}
	}
	return score
}

// commonHan holds frequent Chinese characters in simplified and traditional
// forms; a wrong decoding yields few of them.
const commonHan = "的一是不了人我在有他这這中大来來上国國个個到说說们們为為子和你地出道也时時年得就那要下以生会會自着著去之过過家学學对對可她里裡后後小么麼心多天而能好都然没沒日于於起还還发發成事只作当當想看文无無开開手十用主行方又如前所本见見经經头頭面公同三已老从從动動两兩长長知民样樣现現分将將外但身些与與高意进進把法此实實回二理美点點月明其种種声聲全工己话話儿兒者向情部正名定女问問力机機给給等几幾很业業最间間新什打便位因重被走电電四第门門相次东東政海口使教西再平真听聽世气氣信北少关關并並内內加化由却卻代军軍产產入先山五太水万萬市眼体體别別处處总總才场場师師书書比住员員九笑性通目华華报報立马馬命张張活难難神数數件安表原车車白应應路期叫死常提感金何更反合放做系計计司利资資投美元亿億元兆美股市場场评評论論"

func isCJKPunct(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF
}

// lineBreakers are the characters normalizeNewlines replaces.
var lineBreakers = []string{"\r", "\f", "\u2028", "\u2029", "\u0085"}

// normalizeNewlines turns CRLF and lone CR into LF and form feeds into blank
// lines.
func normalizeNewlines(s string) string {
	// Five plain searches: ContainsAny walks s rune by rune when a
	// character it looks for is not ASCII, and this runs on every file.
	if !containsAny(s, lineBreakers) {
		return s
	}
	return strings.NewReplacer("\r\n", "\n", "\r", "\n", "\f", "\n\n", "\u2028", "\n", "\u2029", "\n\n", "\u0085", "\n").Replace(s)
}
