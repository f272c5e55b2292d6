package transcripts

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"time"
)

// errClosed is returned by Append after Close.
var errClosed = errors.New("transcript writer is closed")

// Writer appends events to one transcript. It is safe for concurrent use:
// events are numbered and written in the order their Append calls take the
// lock.
type Writer struct {
	mu   sync.Mutex
	f    *os.File
	path string
	id   string
	seq  int
	now  func() time.Time
	// torn is set when the file may end in a partial line (a crash before
	// a resume, or a failed write): the next write starts a new line.
	torn   bool
	closed bool
}

func newWriter(f *os.File, path, id string, seq int, torn bool, now func() time.Time) *Writer {
	return &Writer{f: f, path: path, id: id, seq: seq, torn: torn, now: now}
}

// Path is the transcript's file name.
func (w *Writer) Path() string { return w.path }

// ID is the session id.
func (w *Writer) ID() string { return w.id }

// Seq returns the seq of the last event written.
func (w *Writer) Seq() int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.seq
}

// Append writes one event and syncs it to disk before returning, so that a
// crash loses at most the event being written. A zero Seq is set to the
// next number and a zero Time to now; an explicit Seq must be higher than
// the last one. The whole line goes to the file in a single write.
//
// If a write fails, the error is returned and the next Append starts on a
// fresh line, so a fragment left by the failed write cannot swallow it.
func (w *Writer) Append(e Event) error {
	if e.Type == "" {
		return errors.New("append to transcript: event has no type")
	}
	if e.Type == headerType {
		return errors.New("append to transcript: \"header\" is not an event type")
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return errClosed
	}
	switch {
	case e.Seq == 0:
		e.Seq = w.seq + 1
	case e.Seq <= w.seq:
		return fmt.Errorf("append to transcript: seq %d does not follow %d", e.Seq, w.seq)
	}
	if e.Time.IsZero() {
		e.Time = w.now()
	}
	line, err := encodeLine(e)
	if err != nil {
		return fmt.Errorf("append to transcript: encode event: %w", err)
	}
	if w.torn {
		line = append([]byte{'\n'}, line...)
	}
	n, err := w.f.Write(line)
	if err != nil || n != len(line) {
		w.torn = w.torn || n > 0
		if err == nil {
			err = errors.New("short write")
		}
		return fmt.Errorf("append to transcript %s: %w", w.path, err)
	}
	w.torn = false
	// The line is in the file; even if the sync fails it may reach the
	// disk, so its seq is used up.
	w.seq = e.Seq
	if err := w.f.Sync(); err != nil {
		return fmt.Errorf("append to transcript %s: sync: %w", w.path, err)
	}
	return nil
}

// Close closes the file. It is safe to call more than once.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.closed {
		return nil
	}
	w.closed = true
	if err := w.f.Close(); err != nil {
		return fmt.Errorf("close transcript: %w", err)
	}
	return nil
}
