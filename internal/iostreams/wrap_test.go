package iostreams

import (
	"bytes"
	"strings"
	"testing"

	"github.com/muesli/reflow/ansi"
)

const sample = "I waited for you all night, and you never came. Not a text, not a call. " +
	"Do you know what that felt like? https://example.com/a/very/long/address/that/cannot/be/broken/anywhere " +
	"\x1b[2mdim words that carry escape codes across the line\x1b[0m.\n\nA second paragraph."

// fits fails when a line of s is wider than width columns.
func fits(t *testing.T, s string, width int) {
	t.Helper()
	for i, l := range strings.Split(s, "\n") {
		if w := ansi.PrintableRuneWidth(l); w > width {
			t.Errorf("line %d is %d columns wide, more than %d: %q", i+1, w, width, l)
		}
	}
}

// words returns the text's words with escape codes removed, for checking
// that wrapping lost or merged nothing (long words may be cut in pieces).
func letters(s string) string {
	var b strings.Builder
	esc := false
	for _, r := range s {
		switch {
		case esc:
			esc = !(r >= 0x40 && r <= 0x5a || r >= 0x61 && r <= 0x7a)
		case r == 0x1b:
			esc = true
		case r == ' ' || r == '\n':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestWrapFitsAndKeepsText(t *testing.T) {
	for _, width := range []int{100, 80, 60, 40, 20} {
		got := Wrap(sample, width)
		fits(t, got, width)
		if letters(got) != letters(sample) {
			t.Errorf("width %d: text changed:\n%s", width, got)
		}
		if !strings.Contains(got, "\n\nA second") {
			t.Errorf("width %d: paragraph break lost:\n%s", width, got)
		}
	}
	// Words are not broken when they fit.
	if got := Wrap("alpha beta gamma delta", 20); got != "alpha beta gamma\ndelta" {
		t.Errorf("Wrap = %q", got)
	}
	if got := Wrap("as is", 0); got != "as is" {
		t.Errorf("width 0 = %q", got)
	}
}

func TestWrapIndent(t *testing.T) {
	label := "  Listening:  "
	got := label + WrapIndent("You asked or reflected before you apologised, which lets them feel heard first.", len(label), 4, 40)
	fits(t, got, 40)
	lines := strings.Split(got, "\n")
	if len(lines) < 2 || !strings.HasPrefix(lines[0], label+"You") {
		t.Fatalf("first line = %q", lines[0])
	}
	for _, l := range lines[1:] {
		if !strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "     ") {
			t.Errorf("continuation %q is not indented by 4", l)
		}
	}
}

func TestBlock(t *testing.T) {
	got := Block("one two three four five six seven eight nine ten eleven twelve", "  > ", 24)
	fits(t, got, 24)
	for _, l := range strings.Split(got, "\n") {
		if !strings.HasPrefix(l, "  > ") {
			t.Errorf("line %q lacks the prefix", l)
		}
	}
}

// TestWrapWriterStreams feeds text in small pieces, as a model streams
// it, and checks that the result fits, keeps every word, and matches
// wrapping the whole text at once.
func TestWrapWriterStreams(t *testing.T) {
	for _, width := range []int{80, 60, 33, 20} {
		for _, chunk := range []int{1, 3, 7, 1000} {
			var out bytes.Buffer
			prefix := "Sam: "
			out.WriteString(prefix)
			ww := newWrapWriter(&out, width, len(prefix))
			for i := 0; i < len(sample); i += chunk {
				if _, err := ww.WriteString(sample[i:min(i+chunk, len(sample))]); err != nil {
					t.Fatal(err)
				}
			}
			if err := ww.Flush(); err != nil {
				t.Fatal(err)
			}
			got := out.String()
			fits(t, got, width)
			if letters(got) != letters(prefix+sample) {
				t.Errorf("width %d chunk %d: text changed:\n%s", width, chunk, got)
			}
			// The same layout as wrapping the whole reply behind its label.
			whole := prefix + dropLead(Wrap(placeholder(len(prefix))+sample, width), len(prefix))
			if got != whole {
				t.Errorf("width %d chunk %d: streamed layout differs:\n%s\n---\n%s", width, chunk, got, whole)
			}
		}
	}
}

// Words appear as soon as they are complete: nothing waits for the end.
func TestWrapWriterIsIncremental(t *testing.T) {
	var out bytes.Buffer
	ww := newWrapWriter(&out, 40, 0)
	_, _ = ww.WriteString("Hello there, ")
	if !strings.Contains(out.String(), "Hello there,") {
		t.Errorf("after two words, wrote %q", out.String())
	}
	_, _ = ww.WriteString("frie")
	if strings.Contains(out.String(), "frie") {
		t.Errorf("a half word was written: %q", out.String())
	}
	_ = ww.Flush()
	if !strings.HasSuffix(out.String(), "frie") {
		t.Errorf("flush lost the last word: %q", out.String())
	}
}

func TestWrapWriterPassThrough(t *testing.T) {
	var out bytes.Buffer
	ww := newWrapWriter(&out, 0, 5)
	_, _ = ww.WriteString(sample)
	_ = ww.Flush()
	if out.String() != sample {
		t.Errorf("width 0 changed the text")
	}
}
