package iostreams

import (
	"fmt"
	"io"
	"strings"
)

// Stream shows a model's reply on stdout as its tokens arrive. It is the
// one token-streaming loop: a spinner on a terminal's stderr until the
// first token, leading blank space dropped, an optional prefix before the
// first text, and a newline at the end when the text did not bring one.
type Stream struct {
	out     io.Writer
	spin    *Spinner
	prefix  string
	show    bool
	started bool
	endsNL  bool
}

// StartStream starts showing a reply. label is the spinner's ("" for
// none; shown only when stderr is a terminal); prefix goes before the
// first text; with show false the tokens are not written (the caller
// prints the whole reply another way, e.g. as JSON).
func (s *IOStreams) StartStream(label, prefix string, show bool) *Stream {
	st := &Stream{out: s.Out, prefix: prefix, show: show}
	if label != "" {
		st.spin = s.StartSpinner(label)
	}
	return st
}

// Token shows one token; it is the chat call's token callback.
func (st *Stream) Token(t string) {
	st.spin.Stop()
	if !st.show {
		return
	}
	if !st.started {
		t = strings.TrimLeft(t, " \t\r\n")
		if t == "" {
			return
		}
		st.started = true
		if st.prefix != "" {
			fmt.Fprint(st.out, st.prefix)
		}
	}
	if t == "" {
		return
	}
	_, _ = io.WriteString(st.out, t)
	st.endsNL = strings.HasSuffix(t, "\n")
}

// End stops the spinner and ends the line of text, and reports whether
// any text was shown. It is safe to call more than once.
func (st *Stream) End() (shown bool) {
	st.spin.Stop()
	if st.started && !st.endsNL {
		fmt.Fprintln(st.out)
		st.endsNL = true
	}
	return st.started
}
