package critique

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
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
	ReasonEmpty      = "empty"
	ReasonTooLarge   = "too-large"
	ReasonEncoding   = "invalid-utf8"
	ReasonBinary     = "binary"
	ReasonUnreadable = "unreadable"
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
	return checkInput("draft", input, int64(len(input)))
}

// Every text amends takes in (a draft, --opening, a piped line or a """
// block, an /edit file, a scenario or prompt file) is held to the same
// limit and checks, and read no further than one byte past the limit.

// CheckText checks text already read, named by what ("--opening", "line
// 3 of stdin"), as Validate checks a draft.
func CheckText(what string, input []byte) (string, error) {
	return checkInput(what, input, int64(len(input)))
}

// ReadBounded reads at most MaxBytes+1 bytes of r and checks them. size
// is the whole input's size when it is known (a regular file's), else -1:
// the message for an input over the limit then says so without a figure.
func ReadBounded(r io.Reader, what string, size int64) (string, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return "", fmt.Errorf("read %s: %w", what, err)
	}
	if size < int64(len(b)) {
		size = -1
		if len(b) <= MaxBytes {
			size = int64(len(b))
		}
	}
	return checkInput(what, b, size)
}

// ReadFileBounded reads a file as ReadBounded does, naming its real size
// when it is over the limit. A file that cannot be opened is an
// InputError too (the user named it).
func ReadFileBounded(path, what string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		msg := fmt.Sprintf("%s: cannot read %s: %v", what, path, err)
		if what == "draft" {
			msg = fmt.Sprintf("cannot read the draft: %s: %v", path, err)
		}
		return "", &InputError{Reason: ReasonUnreadable, Offset: -1, Msg: msg}
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return ReadBounded(f, what, size)
}

// checkInput is Validate for an input named what, whose whole size is size
// (-1 when only the first MaxBytes+1 bytes were read and the rest is
// unknown).
func checkInput(what string, input []byte, size int64) (string, error) {
	if len(input) > MaxBytes {
		hint := "shorten it"
		if what == "draft" {
			hint = "shorten it or check one part at a time"
		}
		msg := fmt.Sprintf("%s is %d bytes, over the %d-byte limit (about 20 KB): %s", what, size, MaxBytes, hint)
		if size < 0 {
			msg = fmt.Sprintf("%s is over the %d-byte limit (about 20 KB; reading stopped at byte %d): %s", what, MaxBytes, MaxBytes+1, hint)
		}
		return "", &InputError{Reason: ReasonTooLarge, Offset: MaxBytes, Msg: msg}
	}
	for i := 0; i < len(input); {
		r, size := utf8.DecodeRune(input[i:])
		if r == utf8.RuneError && size <= 1 {
			return "", &InputError{
				Reason: ReasonEncoding, Offset: i,
				Msg: fmt.Sprintf("%s is not valid UTF-8 (bad byte at offset %d): save it as UTF-8 text and try again", what, i),
			}
		}
		if isBinaryRune(r) {
			kind := "a control character"
			if r == 0 {
				kind = "a NUL byte"
			}
			return "", &InputError{
				Reason: ReasonBinary, Offset: i,
				Msg: fmt.Sprintf("%s looks like binary data (%s at offset %d): pass plain text", what, kind, i),
			}
		}
		i += size
	}
	s := string(input)
	if strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }) == "" {
		msg := what + " is empty"
		if what == "draft" {
			msg = "draft is empty: pass the text as an argument, with -f FILE, or on stdin"
		}
		return "", &InputError{Reason: ReasonEmpty, Offset: -1, Msg: msg}
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

// ReadFSBounded is ReadFileBounded for a file of fsys.
func ReadFSBounded(fsys fs.FS, name, what string) (string, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return ReadBounded(f, what, size)
}
