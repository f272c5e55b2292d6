package iostreams

import (
	"bytes"
	"io"
	"strings"

	"github.com/muesli/reflow/ansi"
	"github.com/muesli/reflow/wordwrap"
	"github.com/muesli/reflow/wrap"
)

// Word wrapping for the text amends prints on a terminal. The layout is
// github.com/muesli/reflow's: words move to the next line whole, escape
// sequences take no room, and a word longer than a line is cut where the
// line ends so that nothing ever runs past the edge. A width of 0 or less
// leaves the text as it is (a pipe gets one line per paragraph).

// minWrap is the narrowest width amends lays text out for; a narrower
// terminal gets lines of this width, cut by the terminal itself.
const minWrap = 20

// Wrap word-wraps s to width columns.
func Wrap(s string, width int) string {
	if width <= 0 {
		return s
	}
	width = max(width, minWrap)
	// Hard-wrap line by line: reflow's wrap keeps its column across the
	// newlines of one Write, so each line gets its own.
	lines := strings.Split(wordWrap(s, width), "\n")
	for i, l := range lines {
		if ansi.PrintableRuneWidth(l) > width {
			lines[i] = wrap.String(l, width)
		}
	}
	return strings.Join(lines, "\n")
}

// wordWrap breaks lines at spaces only: a hyphen in a flag or a path
// ("--no-color", "my-scene.toml") is not a place to break.
func wordWrap(s string, width int) string {
	w := newWords(width)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return w.String()
}

func newWords(width int) *wordwrap.WordWrap {
	w := wordwrap.NewWriter(width)
	w.Breakpoints = nil
	return w
}

// WrapIndent word-wraps s to width columns with every line after the
// first starting with indent spaces (a hanging indent under a label the
// caller has already printed, first columns wide). With width <= 0 it
// returns s unchanged.
func WrapIndent(s string, first, indent, width int) string {
	if width <= 0 {
		return s
	}
	if first < 0 {
		first = indent
	}
	avail := max(width-indent, minWrap)
	out := Wrap(s, avail)
	if extra := first - indent; extra > 0 {
		// The first line has the label's extra columns less room: lay it
		// out behind a placeholder word that wide, then take it away.
		out = dropLead(Wrap(placeholder(extra)+s, avail), extra)
	}
	return strings.ReplaceAll(out, "\n", "\n"+strings.Repeat(" ", indent))
}

// placeholder is n columns of filler ending in a space (n >= 1), standing
// for text already on the line.
func placeholder(n int) string { return strings.Repeat("x", n-1) + " " }

// dropLead removes a placeholder of n columns from the start of wrapped
// text: its n-1 filler bytes, and the space after them unless the wrapper
// turned it into a line break.
func dropLead(s string, n int) string {
	s = s[min(n-1, len(s)):]
	return strings.TrimPrefix(s, " ")
}

// Block word-wraps s to width and puts prefix in front of every line,
// counting the prefix's columns.
func Block(s, prefix string, width int) string {
	if width > 0 {
		s = Wrap(s, width-ansi.PrintableRuneWidth(prefix))
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// wrapWriter word-wraps text that arrives piece by piece (a streamed
// reply): each word is written as soon as it is complete and known to fit,
// so the reply still appears as it comes. Flush writes the last word.
type wrapWriter struct {
	w      io.Writer
	width  int
	words  *wordwrap.WordWrap
	done   int // bytes of words' output already handled
	line   *wrap.Wrap
	lineAt int // bytes of line's output already written
	// skip is the placeholder still to drop from the output, skipSpace
	// whether the space after it is still to drop (see newWrapWriter).
	skip      int
	skipSpace bool
	err       error
}

// newWrapWriter wraps what is written to w at width columns, counting
// from column col (text already on the current line). A width of 0 or
// less passes everything through.
func newWrapWriter(w io.Writer, width, col int) *wrapWriter {
	ww := &wrapWriter{w: w, width: width}
	if width <= 0 {
		return ww
	}
	ww.width = max(width, minWrap)
	ww.words = newWords(ww.width)
	ww.newLine()
	if col = min(col, ww.width-1); col > 0 {
		// Account for the text already on the line without writing it
		// again: a placeholder that wide goes through the wrappers and
		// is dropped on the way out.
		ww.skip, ww.skipSpace = col-1, true
		_, _ = ww.words.Write([]byte(placeholder(col)))
		ww.pump()
	}
	return ww
}

func (ww *wrapWriter) newLine() {
	ww.line = wrap.NewWriter(ww.width)
	ww.lineAt = 0
}

// Write takes the next piece of text.
func (ww *wrapWriter) Write(p []byte) (int, error) {
	if ww.err != nil {
		return 0, ww.err
	}
	if ww.words == nil {
		return ww.w.Write(p)
	}
	_, _ = ww.words.Write(p)
	ww.pump()
	return len(p), ww.err
}

// WriteString is Write for a string.
func (ww *wrapWriter) WriteString(s string) (int, error) { return ww.Write([]byte(s)) }

// pump passes the word wrapper's new output through the line cutter to w.
func (ww *wrapWriter) pump() {
	out := ww.words.Bytes()[ww.done:]
	ww.done += len(out)
	var buf bytes.Buffer
	for len(out) > 0 {
		i := bytes.IndexByte(out, '\n')
		seg := out
		if i >= 0 {
			seg = out[:i]
		}
		_, _ = ww.line.Write(seg)
		cut := ww.line.Bytes()[ww.lineAt:]
		ww.lineAt += len(cut)
		buf.Write(ww.dropPlaceholder(cut))
		if i < 0 {
			break
		}
		ww.skip, ww.skipSpace = 0, false
		buf.WriteByte('\n')
		ww.newLine()
		out = out[i+1:]
	}
	if buf.Len() > 0 {
		if _, err := ww.w.Write(buf.Bytes()); err != nil {
			ww.err = err
		}
	}
}

// Flush writes the word still being assembled. The writer can be used
// again afterwards.
func (ww *wrapWriter) Flush() error {
	if ww.words == nil || ww.err != nil {
		return ww.err
	}
	_ = ww.words.Close()
	ww.pump()
	return ww.err
}

func (ww *wrapWriter) dropPlaceholder(b []byte) []byte {
	n := min(ww.skip, len(b))
	b, ww.skip = b[n:], ww.skip-n
	if ww.skip == 0 && ww.skipSpace && len(b) > 0 {
		ww.skipSpace = false
		b = bytes.TrimPrefix(b, []byte(" "))
	}
	return b
}
