// Package transcripts stores practice sessions as append-only JSONL files,
// one file per session, and reads them back.
//
// A transcript is the user's own words, so the package is built around not
// losing any of them: every event is written with a single write call and
// synced to disk before Append returns, the directory is private (0700) and
// the files are private (0600), and the reader never gives up on a file
// because of a damaged line. A line cut short by a crash, or a line that
// does not parse, is skipped and reported as a Warning; everything else in
// the file is still returned.
//
// The file format is described in README.md next to this file. Not saving at
// all ("--no-save") is the caller's business: it simply does not open a
// Store.
package transcripts

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// FormatVersion is the value of "format" in the header of the files this
// package writes. Readers accept newer versions on a best-effort basis (with
// a warning) but never append to them.
const FormatVersion = 1

// headerType is the "type" of the first line of every transcript.
const headerType = "header"

// EventType says what an event records.
type EventType string

// The event types. The names are part of the file format: never rename one.
const (
	// EventUser is a line the user sent to the partner.
	EventUser EventType = "user"
	// EventPartner is the partner's (the model's) reply. Interrupted is set
	// when the user cut it short; Text is then whatever had arrived.
	EventPartner EventType = "partner"
	// EventNudge is the rule checker's instant one-line remark on a user line.
	EventNudge EventType = "nudge"
	// EventHint is the coach's answer to /hint.
	EventHint EventType = "hint"
	// EventCritique is the coach's critique of a line (/critique).
	EventCritique EventType = "critique"
	// EventDebrief is the end-of-session debrief. Data may hold its JSON form.
	EventDebrief EventType = "debrief"
	// EventNote is anything else worth keeping: a context trim, a model
	// change, a resumed session.
	EventNote EventType = "note"
	// EventUndo takes back the last exchange (see Replay).
	EventUndo EventType = "undo"
	// EventRetry discards the last partner reply; the next partner event is
	// its replacement (see Replay).
	EventRetry EventType = "retry"
	// EventMood records a change of the partner's mood; Text is the new mood.
	EventMood EventType = "mood"
	// EventSafety records that the session stepped out of the role-play
	// because of a safety concern; Text is what the user was shown, Data may
	// hold the concerns.
	EventSafety EventType = "safety"
	// EventEnd marks the end of the session (/end, /quit, Ctrl-D).
	EventEnd EventType = "end"
)

// eventTypes lists every known event type, in the order above.
var eventTypes = []EventType{
	EventUser, EventPartner, EventNudge, EventHint, EventCritique, EventDebrief,
	EventNote, EventUndo, EventRetry, EventMood, EventSafety, EventEnd,
}

// known reports whether t is one of the event types this version knows.
// Readers keep events of unknown types (a newer amends may write them).
func (t EventType) known() bool {
	for _, k := range eventTypes {
		if t == k {
			return true
		}
	}
	return false
}

// Header is the first line of a transcript.
//
// Scenario and Options are free-form JSON chosen by the caller (typically
// json.Marshal of the practice scenario and of the session options). By
// convention the scenario has a string field "name" (a built-in scenario's
// name or a file name) and a string field "who" (the partner's name); List
// and Markdown use them when they are present.
type Header struct {
	// Type is always "header"; Create fills it in.
	Type string `json:"type"`
	// Format is the format version; Create sets FormatVersion.
	Format int `json:"format"`
	// ID names the session and its file, <id>.jsonl. Create generates one
	// with NewID when it is empty.
	ID string `json:"id"`
	// Started is when the session began; Create uses the store's clock when
	// it is zero.
	Started  time.Time       `json:"started"`
	Model    string          `json:"model,omitempty"`
	Scenario json.RawMessage `json:"scenario,omitempty"`
	Options  json.RawMessage `json:"options,omitempty"`
}

// ScenarioName returns the scenario's "name" field, or "" when there is none.
func (h Header) ScenarioName() string { return scenarioField(h.Scenario, "name") }

// PartnerName returns the scenario's "who" field, or "" when there is none.
func (h Header) PartnerName() string { return scenarioField(h.Scenario, "who") }

func scenarioField(raw json.RawMessage, key string) string {
	if len(raw) == 0 {
		return ""
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	var s string
	if json.Unmarshal(m[key], &s) != nil {
		return ""
	}
	return s
}

// Event is one line after the header.
type Event struct {
	// Seq numbers the events of a session from 1, without gaps when written
	// by one Writer; a resumed session continues after the highest Seq.
	Seq  int       `json:"seq"`
	Time time.Time `json:"time"`
	Type EventType `json:"type"`
	// Text is the event's text: the line, the reply, the nudge. Omitted
	// when empty.
	Text string `json:"text,omitempty"`
	// Interrupted marks a partner reply cut short by the user (Ctrl-C) or
	// by a lost connection. Omitted when false.
	Interrupted bool `json:"interrupted,omitempty"`
	// Data is optional structured detail (a critique's or debrief's JSON,
	// the safety concerns). Omitted when empty.
	Data json.RawMessage `json:"data,omitempty"`
}

// Transcript is a session read back from disk.
type Transcript struct {
	Header Header
	Events []Event
	// Path is the file it was read from ("" for Parse).
	Path string
}

// Last returns the last event of type typ, if any; for example the current
// mood of a resumed session.
func (t *Transcript) Last(typ EventType) (Event, bool) {
	for i := len(t.Events) - 1; i >= 0; i-- {
		if t.Events[i].Type == typ {
			return t.Events[i], true
		}
	}
	return Event{}, false
}

// Count returns the number of events of type typ.
func (t *Transcript) Count(typ EventType) int {
	n := 0
	for _, e := range t.Events {
		if e.Type == typ {
			n++
		}
	}
	return n
}

// Warning is a problem found while reading that did not stop the read: a
// skipped line, an event out of order, a newer format.
type Warning struct {
	Line int    // 1-based line number in the file; 0 for the file as a whole
	Msg  string // lower case, no trailing period
}

func (w Warning) String() string {
	if w.Line == 0 {
		return w.Msg
	}
	return fmt.Sprintf("line %d: %s", w.Line, w.Msg)
}

// FormatError means the file is not a transcript at all: it is empty or its
// first line is not a valid header. Nothing after the header is ever a
// FormatError; damaged events become warnings.
type FormatError struct {
	Path string
	Msg  string
}

func (e *FormatError) Error() string {
	if e.Path == "" {
		return "not a transcript: " + e.Msg
	}
	return fmt.Sprintf("%s is not a transcript: %s", e.Path, e.Msg)
}

// errNotHeader is wrapped into a FormatError by Parse.
var errNotHeader = errors.New("the first line is not a transcript header")

// parseHeader decodes and checks a header line.
func parseHeader(line []byte) (Header, error) {
	var h Header
	if err := json.Unmarshal(line, &h); err != nil {
		return h, errNotHeader
	}
	switch {
	case h.Type != headerType:
		return h, errNotHeader
	case h.Format < 1:
		return h, fmt.Errorf("header has no valid format version (%d)", h.Format)
	case h.ID == "":
		return h, errors.New("header has no id")
	}
	return h, nil
}

// Parse reads a transcript from r. It returns an error only when the first
// line is not a valid header (a *FormatError) or when r fails; every damaged
// line after the header is skipped and reported as a Warning:
//
//   - a last line with no trailing newline that does not parse is a write
//     cut short by a crash;
//   - any other line that does not parse, or an event without a type or with
//     a seq below 1, is skipped as corrupt;
//   - blank lines are ignored silently;
//   - events whose seq does not increase are kept, with a warning.
func Parse(r io.Reader) (*Transcript, []Warning, error) {
	br := bufio.NewReader(r)
	var (
		t       Transcript
		warns   []Warning
		lineNo  int
		lastSeq int
	)
	for {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, warns, fmt.Errorf("read transcript: %w", err)
		}
		atEOF := err != nil
		if len(line) == 0 && atEOF {
			break
		}
		lineNo++
		complete := bytes.HasSuffix(line, []byte("\n"))
		body := bytes.TrimRight(line, "\r\n")

		if lineNo == 1 {
			h, herr := parseHeader(body)
			if herr != nil {
				if len(bytes.TrimSpace(body)) == 0 {
					herr = errors.New("the file is empty")
				}
				return nil, nil, &FormatError{Msg: herr.Error()}
			}
			t.Header = h
			if h.Format > FormatVersion {
				warns = append(warns, Warning{Msg: fmt.Sprintf("written in format %d by a newer amends; read as format %d, some details may be missing", h.Format, FormatVersion)})
			}
		} else if len(bytes.TrimSpace(body)) > 0 {
			e, perr := parseEvent(body)
			switch {
			case perr != nil && !complete && atEOF:
				warns = append(warns, Warning{Line: lineNo, Msg: "incomplete last line (a write cut short, probably by a crash); skipped"})
			case perr != nil:
				warns = append(warns, Warning{Line: lineNo, Msg: "corrupt line skipped: " + perr.Error()})
			default:
				if e.Seq <= lastSeq {
					warns = append(warns, Warning{Line: lineNo, Msg: fmt.Sprintf("event seq %d does not follow %d; kept in file order", e.Seq, lastSeq)})
				}
				lastSeq = max(lastSeq, e.Seq)
				t.Events = append(t.Events, e)
			}
		}
		if atEOF {
			break
		}
	}
	if lineNo == 0 {
		return nil, nil, &FormatError{Msg: "the file is empty"}
	}
	return &t, warns, nil
}

// parseEvent decodes and checks one event line.
func parseEvent(line []byte) (Event, error) {
	var e Event
	if err := json.Unmarshal(line, &e); err != nil {
		return e, errors.New(shortJSONError(err))
	}
	switch {
	case e.Type == "":
		return e, errors.New("event has no type")
	case e.Type == headerType:
		return e, errors.New("a second header")
	case e.Seq < 1:
		return e, fmt.Errorf("event has no valid seq (%d)", e.Seq)
	}
	return e, nil
}

// shortJSONError turns a decoding error into a short phrase without the
// package prefix.
func shortJSONError(err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return fmt.Sprintf("invalid JSON at byte %d", syn.Offset)
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Sprintf("field %q has the wrong type", typ.Field)
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

// encodeLine marshals v as one JSON line ending in a newline. HTML
// characters are not escaped, so the file stays readable.
func encodeLine(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
