package iostreams

import (
	"bytes"
	"io"
	"unicode/utf8"
)

// Text that did not come from amends (a model's reply, a server's error
// body, a transcript, a scenario or prompt file) must never drive the
// terminal: an escape sequence in it could retitle the window, write the
// clipboard (OSC 52), clear the screen, switch to the alternate screen or
// hide what follows. Sanitize and SafeWriter make every such byte visible
// instead, in caret notation, so nothing is hidden from the reader:
//
//   - C0 controls other than newline and tab: ESC is "^[", BEL "^G", a
//     lone carriage return "^M" (a CR right before a LF is dropped, so
//     CRLF text reads as lines); DEL is "^?";
//   - C1 controls (U+0080 to U+009F) as their seven-bit equivalent, so
//     CSI (U+009B) reads "^[[" (they are escape sequences on many
//     terminals);
//   - bytes that are not UTF-8 as "\xNN" (a raw 0x9B is CSI on some
//     terminals);
//   - the Unicode controls that reorder or hide text (bidirectional
//     embeddings, overrides and isolates) as "<U+202E>" and the like.
//
// Every escape sequence (CSI, OSC, DCS, APC, ...) starts with ESC or a C1
// control, so once those are visible the rest of the sequence is plain
// text that the terminal prints. amends' own colours are added after
// sanitising (see Styles), so they are unaffected.

// Sanitize returns s with every control character other than newline and
// tab made visible.
func Sanitize(s string) string {
	if clean(s) {
		return s
	}
	var b bytes.Buffer
	b.Grow(len(s) + 16)
	appendSafe(&b, []byte(s), true)
	return b.String()
}

// clean reports whether s needs no change (the common case, checked
// without allocating).
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
			return false
		}
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size <= 1 || isHiddenControl(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

// isHiddenControl reports the runes past ASCII that must be made visible:
// C1 controls and the bidirectional formatting characters.
func isHiddenControl(r rune) bool {
	return r >= 0x80 && r <= 0x9f || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f || r == 0x061c
}

const hexDigits = "0123456789ABCDEF"

// appendSafe writes the visible form of p to b. When final is false, an
// incomplete UTF-8 sequence or a CR at the very end is not written: the
// number of bytes held back is returned, for the next chunk to complete.
func appendSafe(b *bytes.Buffer, p []byte, final bool) (held int) {
	for i := 0; i < len(p); {
		c := p[i]
		switch {
		case c == '\n' || c == '\t' || c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
			i++
			continue
		case c == '\r':
			if i+1 == len(p) && !final {
				return 1
			}
			if i+1 < len(p) && p[i+1] == '\n' {
				i++ // CRLF reads as LF
				continue
			}
			b.WriteString("^M")
			i++
			continue
		case c < 0x20:
			b.WriteByte('^')
			b.WriteByte(c + 0x40)
			i++
			continue
		case c == 0x7f:
			b.WriteString("^?")
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		if r == utf8.RuneError && size <= 1 {
			if !final && !utf8.FullRune(p[i:]) {
				return len(p) - i
			}
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&0xf])
			i++
			continue
		}
		switch {
		case r >= 0x80 && r <= 0x9f:
			b.WriteString("^[")
			b.WriteByte(byte(r - 0x40))
		case isHiddenControl(r):
			b.WriteString("<U+")
			for shift := 12; shift >= 0; shift -= 4 {
				b.WriteByte(hexDigits[(r>>shift)&0xf])
			}
			b.WriteByte('>')
		default:
			b.Write(p[i : i+size])
		}
		i += size
	}
	return 0
}

// SafeWriter sanitises everything written through it before passing it
// on, for text that arrives in chunks (a streamed reply): a character or
// a CRLF split across two writes is held back until the next write or
// Flush completes it. It is not safe for concurrent use.
type SafeWriter struct {
	w       io.Writer
	pending []byte // bytes held back from the last write
	buf     bytes.Buffer
}

// NewSafeWriter returns a writer that sanitises what it passes to w.
func NewSafeWriter(w io.Writer) *SafeWriter { return &SafeWriter{w: w} }

// Write sanitises p and writes it on. It reports len(p) on success: the
// bytes it holds back count as written.
func (s *SafeWriter) Write(p []byte) (int, error) {
	data := p
	if len(s.pending) > 0 {
		data = append(s.pending, p...)
		s.pending = nil
	}
	s.buf.Reset()
	if held := appendSafe(&s.buf, data, false); held > 0 {
		s.pending = append([]byte(nil), data[len(data)-held:]...)
	}
	if s.buf.Len() > 0 {
		if _, err := s.w.Write(s.buf.Bytes()); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// WriteString is Write for a string.
func (s *SafeWriter) WriteString(str string) (int, error) { return s.Write([]byte(str)) }

// Flush writes what was held back, in its visible form.
func (s *SafeWriter) Flush() error {
	if len(s.pending) == 0 {
		return nil
	}
	s.buf.Reset()
	appendSafe(&s.buf, s.pending, true)
	s.pending = nil
	_, err := s.w.Write(s.buf.Bytes())
	return err
}
