package article

import (
	"errors"
	"fmt"
)

// Errors returned by Parse and Decode. They are wrapped with detail; test with
// errors.Is.
var (
	// ErrEmpty means the input holds no bytes, or only white space.
	ErrEmpty = errors.New("the file is empty")
	// ErrTooLarge means the input is bigger than MaxSize.
	ErrTooLarge = errors.New("the file is too large")
	// ErrBinary means the input is not text (it holds NUL or control bytes).
	ErrBinary = errors.New("the file is not text")
	// ErrEncoding means the bytes are not UTF-8, UTF-16, GB18030 or Big5.
	ErrEncoding = errors.New("the text encoding is not recognised")
	// ErrNoText means the input decodes but holds no paragraph of text.
	ErrNoText = errors.New("the file has no text paragraphs")
)

// Errors of the alignment edits and of Check.
var (
	// ErrEdit means an alignment edit does not apply to the article: a pair
	// or sentence out of range, a sentence that cannot move that way, a
	// link that is not there. The article is left as it was.
	ErrEdit = errors.New("the alignment edit does not apply")
	// ErrInconsistent means an article's pairs contradict themselves: a
	// span outside its text, a link to a missing sentence, a confidence
	// outside [0, 1]. Only a hand-edited or damaged article.json has one.
	ErrInconsistent = errors.New("the article's alignment is inconsistent")
)

// EncodingError says why and where bytes could not be decoded. It wraps
// ErrEncoding.
type EncodingError struct {
	Offset int    // the byte at which decoding fails, from 0
	Byte   byte   // the byte there
	Reason string // what the bytes are not, or which reading fails
}

// Error gives the reason and the byte offset.
func (e *EncodingError) Error() string {
	return fmt.Sprintf("%v: %s (decoding fails at byte %d, 0x%02X)", ErrEncoding, e.Reason, e.Offset, e.Byte)
}

// Unwrap makes errors.Is(err, ErrEncoding) true.
func (e *EncodingError) Unwrap() error { return ErrEncoding }

// encodingError is the *EncodingError at byte at of data.
func encodingError(data []byte, at int, reason string) *EncodingError {
	return &EncodingError{Offset: at, Byte: data[at], Reason: reason}
}
