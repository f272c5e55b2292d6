package critique

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/amends-cli/amends/internal/usage"
)

// MaxBytes is the largest draft the checker accepts (about 3,000
// English words; far longer than any message worth sending).
const MaxBytes = 20000

// Reasons carried by an InputError.
const (
	ReasonEmpty    = "empty"
	ReasonTooLarge = "too-large"
	ReasonEncoding = "invalid-utf8"
	ReasonBinary   = "binary"
)

// InputError reports a draft that cannot be checked. Its message is one
// line that names the fix; the CLI maps it to exit code 2.
type InputError struct {
	Reason string // one of the Reason constants
	Offset int    // byte offset of the offending byte, or -1
	Msg    string
}

func (e *InputError) Error() string { return e.Msg }

// Is makes the error a usage error: the user's to fix (exit code 2).
func (e *InputError) Is(target error) bool { return target == usage.ErrUsage }

// Validate checks raw input before it is critiqued and returns it as a
// string, unchanged. It rejects empty or whitespace-only text, drafts
// over MaxBytes, invalid UTF-8, and binary data (NUL or other control
// characters besides tab, newline, carriage return and form feed).
func Validate(input []byte) (string, error) {
	if len(input) > MaxBytes {
		return "", &InputError{
			Reason: ReasonTooLarge, Offset: MaxBytes,
			Msg: fmt.Sprintf("draft is %d bytes, over the %d-byte limit (about 20 KB): shorten it or check one part at a time", len(input), MaxBytes),
		}
	}
	for i := 0; i < len(input); {
		r, size := utf8.DecodeRune(input[i:])
		if r == utf8.RuneError && size <= 1 {
			return "", &InputError{
				Reason: ReasonEncoding, Offset: i,
				Msg: fmt.Sprintf("draft is not valid UTF-8 (bad byte at offset %d): save it as UTF-8 text and try again", i),
			}
		}
		if isBinaryRune(r) {
			what := "a control character"
			if r == 0 {
				what = "a NUL byte"
			}
			return "", &InputError{
				Reason: ReasonBinary, Offset: i,
				Msg: fmt.Sprintf("draft looks like binary data (%s at offset %d): pass plain text", what, i),
			}
		}
		i += size
	}
	s := string(input)
	if strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }) == "" {
		return "", &InputError{
			Reason: ReasonEmpty, Offset: -1,
			Msg: "draft is empty: pass the text as an argument, with -f FILE, or on stdin",
		}
	}
	return s, nil
}

func isBinaryRune(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f':
		return false
	}
	return r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f)
}
