package repl

import (
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/transcripts"
)

// Honest storage. An event the transcript could not take (a full disk, a
// folder gone) is kept in memory, in order, and written again before the
// next one; until every event is on disk the session says so after every
// turn, and it never says "saved" unless it is. At the end, what could
// not be written is shown, so nothing the user wrote is lost.

// seqer is implemented by transcripts.Writer: its sequence number tells a
// line that reached the file but was not synced from one that was not
// written at all.
type seqer interface{ Seq() int }

// record appends an event to the transcript, after any held back.
func (r *runner) record(e transcripts.Event) {
	if r.Record == nil {
		return
	}
	r.pending = append(r.pending, e)
	r.flushPending()
}

// flushPending writes the events held back, in order, stopping at the
// first that fails.
func (r *runner) flushPending() {
	wasFailing := r.storeErr != nil
	for len(r.pending) > 0 {
		before := -1
		if s, ok := r.Record.(seqer); ok {
			before = s.Seq()
		}
		err := r.Record.Append(r.pending[0])
		if err == nil {
			r.pending = r.pending[1:]
			r.unsynced = false // a good append syncs the whole file
			continue
		}
		r.storeErr = err
		if s, ok := r.Record.(seqer); ok && before >= 0 && s.Seq() > before {
			// Written, not synced: not to be written twice.
			r.pending = r.pending[1:]
			r.unsynced = true
			continue
		}
		return
	}
	if !r.unsynced {
		r.storeErr = nil
		if wasFailing {
			r.note("note", "The transcript is being written again: everything so far is on disk.", false)
		}
	}
}

// saved reports whether every event so far is on disk.
func (r *runner) saved() bool {
	return r.Record != nil && len(r.pending) == 0 && !r.unsynced
}

// storageNotice says, after a turn, that the transcript is behind; it
// says it on every turn until a write succeeds.
func (r *runner) storageNotice() {
	if r.Record == nil || r.saved() {
		return
	}
	r.flushPending() // one more try first
	if r.saved() {
		return
	}
	msg := fmt.Sprintf("amends: warning: the transcript cannot be written (%v); ", r.storeErr)
	if n := len(r.pending); n > 0 {
		msg += fmt.Sprintf("%d %s held in memory and retried on every turn. The session goes on.", n, plural(n, "event is", "events are"))
	} else {
		msg += "the last lines are written but not yet synced to disk. The session goes on."
	}
	r.note("error", msg, true)
}

// finishStorage writes what it can at the end, says "saved" only when
// everything is on disk, and otherwise shows what could not be saved and
// returns an error.
func (r *runner) finishStorage() error {
	if r.Record == nil || r.TranscriptPath == "" {
		return nil
	}
	r.flushPending()
	if r.saved() {
		if !r.JSON {
			fmt.Fprintln(r.errOut, r.est.Dim("Transcript saved: "+r.TranscriptPath))
		}
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "amends: the transcript %s is incomplete (%v).", r.TranscriptPath, r.storeErr)
	if len(r.pending) > 0 {
		b.WriteString(" Not written:")
		for _, e := range r.pending {
			if e.Text == "" || e.Type == transcripts.EventEnd {
				continue
			}
			fmt.Fprintf(&b, "\n  [%s] %s", e.Type, iostreams.Sanitize(e.Text))
		}
	}
	fmt.Fprintln(r.errOut, b.String())
	return fmt.Errorf("the transcript %s is incomplete: %w", r.TranscriptPath, r.storeErr)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
