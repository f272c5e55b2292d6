package iostreams

import (
	"fmt"
	"io"
	"strings"
)

// StreamOptions say how a reply is shown as it arrives.
type StreamOptions struct {
	// Spinner labels the spinner shown on a terminal's stderr until the
	// first token; "" for none.
	Spinner string
	// Label goes before the first text (e.g. "Sam: ").
	Label string
	// Wrap word-wraps the text to the terminal's width after the label
	// (nothing happens when stdout is not a terminal).
	Wrap bool
	// Hide writes no tokens: the caller shows the whole reply another way
	// (e.g. as JSON).
	Hide bool
}

// Stream shows a model's reply on stdout as its tokens arrive. It is the
// one token-streaming loop: a spinner until the first token, leading blank
// space dropped, an optional label before the first text, word-wrapping
// on a terminal, and a newline at the end when the text did not bring
// one. The text is the model's, so it passes through a SafeWriter: no
// escape sequence in it reaches the terminal, even one split across
// tokens. The label is the caller's (sanitise any part of it that did not
// come from amends before styling it).
type Stream struct {
	ios     *IOStreams
	opts    StreamOptions
	spin    *Spinner
	body    io.Writer
	ww      *wrapWriter
	safe    *SafeWriter
	started bool
	endsNL  bool
}

// StartStream starts showing a reply.
func (s *IOStreams) StartStream(o StreamOptions) *Stream {
	st := &Stream{ios: s, opts: o, body: s.Out}
	if o.Spinner != "" {
		st.spin = s.StartSpinner(o.Spinner)
	}
	return st
}

// Token shows one token; it is the chat call's token callback.
func (st *Stream) Token(t string) {
	st.spin.Stop()
	if st.opts.Hide {
		return
	}
	if !st.started {
		t = strings.TrimLeft(t, " \t\r\n")
		if t == "" {
			return
		}
		st.started = true
		out := st.ios.Out
		if st.opts.Label != "" {
			fmt.Fprint(out, st.opts.Label)
		}
		if st.opts.Wrap && st.ios.OutWrap() > 0 {
			st.ww = newWrapWriter(out, st.ios.OutWrap(), VisibleWidth(st.opts.Label))
			st.body = st.ww
		}
		st.safe = NewSafeWriter(st.body)
	}
	if t == "" {
		return
	}
	_, _ = st.safe.WriteString(t)
	st.endsNL = strings.HasSuffix(t, "\n")
}

// End stops the spinner, flushes the wrapping and ends the line of text,
// and reports whether any text was shown. It is safe to call more than
// once.
func (st *Stream) End() (shown bool) {
	st.spin.Stop()
	if st.safe != nil {
		_ = st.safe.Flush()
	}
	if st.ww != nil {
		_ = st.ww.Flush()
	}
	if st.started && !st.endsNL {
		fmt.Fprintln(st.ios.Out)
		st.endsNL = true
	}
	return st.started
}
