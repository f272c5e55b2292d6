package iostreams

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostile holds what a model, a server or a file could send to take over
// a terminal.
var hostile = []struct {
	name, in, want string
}{
	{"plain", "Hello, Sam.\n\tIndented.", "Hello, Sam.\n\tIndented."},
	{"unicode", "Café — naïve “quotes” 😊", "Café — naïve “quotes” 😊"},
	{"colour", "\x1b[31mred\x1b[0m", "^[[31mred^[[0m"},
	{"hidden text", "Sam\x1b[8m and all that follows", "Sam^[[8m and all that follows"},
	{"clear screen", "\x1b[2J\x1b[H", "^[[2J^[[H"},
	{"alternate screen", "\x1b[?1049h", "^[[?1049h"},
	{"title (OSC 0, BEL)", "\x1b]0;pwned\x07", "^[]0;pwned^G"},
	{"clipboard (OSC 52, ST)", "\x1b]52;c;cm0gLXJmIH4=\x1b\\", "^[]52;c;cm0gLXJmIH4=^[\\"},
	{"hyperlink (OSC 8)", "\x1b]8;;http://x\x1b\\click\x1b]8;;\x1b\\", "^[]8;;http://x^[\\click^[]8;;^[\\"},
	{"DCS", "\x1bP+q544e\x1b\\", "^[P+q544e^[\\"},
	{"C1 CSI", "\u009b2J", "^[[2J"},
	{"C1 OSC", "\u009d0;title\u009c", "^[]0;title^[\\"},
	{"raw 8-bit CSI", "a\x9b2Jb", `a\x9B2Jb`},
	{"NUL and BS", "a\x00b\x08c", "a^@b^Hc"},
	{"DEL", "a\x7fb", "a^?b"},
	{"lone CR overwrites a line", "safe\rEVIL", "safe^MEVIL"},
	{"CRLF reads as lines", "one\r\ntwo\r\n", "one\ntwo\n"},
	{"bidi override", "abc\u202edcba", "abc<U+202E>dcba"},
	{"bidi isolate", "x\u2066y\u2069", "x<U+2066>y<U+2069>"},
}

func TestSanitize(t *testing.T) {
	for _, tt := range hostile {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sanitize(tt.in); got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSafeWriterEveryChunking writes each hostile text cut at every
// position into two writes, and in one-byte writes: the output must be
// the same as Sanitize's, whatever the chunking.
func TestSafeWriterEveryChunking(t *testing.T) {
	for _, tt := range hostile {
		for cut := 0; cut <= len(tt.in); cut++ {
			var out bytes.Buffer
			w := NewSafeWriter(&out)
			for _, part := range []string{tt.in[:cut], tt.in[cut:]} {
				if n, err := w.Write([]byte(part)); err != nil || n != len(part) {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("%s cut at %d: %q, want %q", tt.name, cut, out.String(), tt.want)
			}
		}
		var out bytes.Buffer
		w := NewSafeWriter(&out)
		for i := 0; i < len(tt.in); i++ {
			w.Write([]byte{tt.in[i]})
		}
		w.Flush()
		if out.String() != tt.want {
			t.Errorf("%s byte by byte: %q, want %q", tt.name, out.String(), tt.want)
		}
	}
}

func TestSanitizeLeavesAmendsColoursAlone(t *testing.T) {
	// Colour is applied to text after it is made safe.
	st := Styles{on: true}
	got := st.Red(Sanitize("\x1b[8mhidden"))
	if want := "\x1b[31m^[[8mhidden\x1b[0m"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSanitizeCleanTextIsNotCopied(t *testing.T) {
	s := strings.Repeat("an ordinary reply, ", 100)
	if n := testing.AllocsPerRun(10, func() { Sanitize(s) }); n != 0 {
		t.Errorf("Sanitize of clean text allocated %v times", n)
	}
}

func FuzzSanitize(f *testing.F) {
	for _, tt := range hostile {
		f.Add(tt.in, 3)
	}
	f.Fuzz(func(t *testing.T, s string, cut int) {
		got := Sanitize(s)
		if !utf8.ValidString(got) {
			t.Fatalf("output is not UTF-8: %q", got)
		}
		for _, r := range got {
			if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || isHiddenControl(r) {
				t.Fatalf("control %U survives in %q", r, got)
			}
		}
		if cut < 0 {
			cut = -cut
		}
		cut %= len(s) + 1
		var out bytes.Buffer
		w := NewSafeWriter(&out)
		w.Write([]byte(s[:cut]))
		w.Write([]byte(s[cut:]))
		w.Flush()
		if out.String() != got {
			t.Fatalf("streamed %q, whole %q", out.String(), got)
		}
	})
}
