package iostreams

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Spinner shows that something is on its way, on one line of a terminal,
// until Stop clears it. Callers start one only when the stream is a
// terminal (see StartSpinner).
type Spinner struct {
	w    io.Writer
	stop chan struct{}
	done chan struct{}
	once sync.Once
}

var spinnerFrames = []string{"⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"}

// newSpinner starts a spinner with a label on w; StartSpinner is the one
// way the rest of amends starts one.
func newSpinner(w io.Writer, label string) *Spinner {
	label = Sanitize(label) // labels name the partner, from a scenario file
	s := &Spinner{w: w, stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		t := time.NewTicker(90 * time.Millisecond)
		defer t.Stop()
		for i := 0; ; i++ {
			fmt.Fprintf(s.w, "\r%s %s", spinnerFrames[i%len(spinnerFrames)], label)
			select {
			case <-s.stop:
				fmt.Fprint(s.w, "\r\x1b[K")
				return
			case <-t.C:
			}
		}
	}()
	return s
}

// StartSpinner starts a spinner on stderr when stderr is a terminal, and
// returns nil (whose Stop does nothing) otherwise.
func (s *IOStreams) StartSpinner(label string) *Spinner {
	if !s.stderrTTY {
		return nil
	}
	return newSpinner(s.ErrOut, label)
}

// Stop clears the spinner and waits until it has; it is safe on nil and
// more than once.
func (s *Spinner) Stop() {
	if s == nil {
		return
	}
	s.once.Do(func() {
		close(s.stop)
		<-s.done
	})
}
