package repl

import (
	"io"
	"testing"
	"testing/iotest"
)

// chunks returns its pieces one Read at a time.
type chunks struct{ parts []string }

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	c.parts[0] = c.parts[0][n:]
	if c.parts[0] == "" {
		c.parts = c.parts[1:]
	}
	return n, nil
}

func TestKeyReader(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts []string
		want  string
	}{
		{"tmux home and end", []string{"ab\x1b[1~c\x1b[4~"}, "ab\x1b[Hc\x1b[F"},
		{"rxvt", []string{"\x1b[7~\x1b[8~"}, "\x1b[H\x1b[F"},
		{"split across reads", []string{"x\x1b", "[", "4", "~y"}, "x\x1b[Fy"},
		{"other keys untouched", []string{"\x1b[3~\x1b[A\x1b[H\x1bb"}, "\x1b[3~\x1b[A\x1b[H\x1bb"},
		{"lone escape at the end", []string{"q\x1b"}, "q\x1b"},
		{"not a key after all", []string{"\x1b[1", "5~"}, "\x1b[15~"},
		{"plain text", []string{"héllo\n"}, "héllo\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := io.ReadAll(&keyReader{r: &chunks{parts: append([]string(nil), tc.parts...)}})
			if err != nil || string(got) != tc.want {
				t.Errorf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	// One byte at a time, as a slow terminal might deliver it.
	got, err := io.ReadAll(&keyReader{r: iotest.OneByteReader(&chunks{parts: []string{"a\x1b[1~b"}})})
	if err != nil || string(got) != "a\x1b[Hb" {
		t.Errorf("byte by byte: %q %v", got, err)
	}
}
