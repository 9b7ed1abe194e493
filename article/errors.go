package article

import "errors"

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
