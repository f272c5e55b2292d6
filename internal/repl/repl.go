// Package repl runs an `amends practice` session: the interactive loop on a
// terminal (the only importer of github.com/chzyer/readline) and the piped
// loop for scripts. Both are thin: they read a line, hand it to the pure
// practice.Session, and carry out the returned action (stream the
// partner's reply, ask the coach, print, record the transcript).
//
// Ctrl-C has two meanings. While a line is being typed, readline's raw mode
// turns it into a key (readline.ErrInterrupt), which clears the line or, on
// an empty line, says how to leave. While the partner or the coach is
// answering the terminal is in normal mode and Ctrl-C is a real SIGINT: each
// model call runs under its own signal.NotifyContext, so it cancels that
// call only; what had arrived is kept, marked interrupted, and the prompt
// comes back.
package repl

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/transcripts"
)

// Coach is the part of the coach that needs a model: /hint, /critique and
// the debrief. Implementations must not touch the role-play history.
type Coach interface {
	// Hint suggests the next move.
	Hint(ctx context.Context, s *practice.Session) (string, error)
	// Critique critiques one user line; text is for people, data for the
	// transcript and --json.
	Critique(ctx context.Context, s *practice.Session, line string) (text string, data any, err error)
	// Debrief completes the session's rule-based debrief with the model's
	// notes, falling back to the rules alone (with a Notice) when the model
	// cannot help. Only a cancelled ctx is an error.
	Debrief(ctx context.Context, s *practice.Session) (practice.Debrief, error)
}

// Recorder receives the transcript events; *transcripts.Writer is one.
type Recorder interface {
	Append(transcripts.Event) error
}

// Options configure a run.
type Options struct {
	IO      *iostreams.IOStreams
	Session *practice.Session
	Chat    llm.Chatter
	Coach   Coach
	// Record receives the transcript; nil when not saving (--no-save).
	Record Recorder
	// TranscriptPath is shown by /save and at the end ("" when not saving).
	TranscriptPath string
	// HistoryFile is readline's history ("" for none).
	HistoryFile string
	// JSON emits one JSON event per line on stdout instead of text; it
	// implies the line-by-line loop.
	JSON bool
	// Editor is the command /edit runs ("" when unset).
	Editor string
	// Opening is a first line to send before reading any input.
	Opening string
	// Interruptible returns the context of one model call. The default is
	// signal.NotifyContext(parent, os.Interrupt); tests replace it.
	Interruptible func(parent context.Context) (context.Context, context.CancelFunc)
	// Interactive forces the readline loop (true) or the piped loop
	// (false); nil decides from the streams.
	Interactive *bool
	// Recap is how many of the last turns to show before the first
	// prompt (a resumed session); 0 shows none.
	Recap int
}

// errDone ends a loop normally.
var errDone = errors.New("session over")

// Run runs the session until /end, /quit or the end of input. It returns
// nil then; context.Canceled when interrupted outside a reply in piped
// mode; the stream or server error that ended a piped session; or a setup
// error.
func Run(ctx context.Context, opts Options) error {
	r := newRunner(opts)
	interactive := opts.IO.IsStdinTTY() && !opts.JSON
	if opts.Interactive != nil {
		interactive = *opts.Interactive
	}
	r.interactive = interactive
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	defer r.watchSignals(cancel)()
	if opts.Recap > 0 && !opts.JSON {
		r.recap(opts.Recap)
	}
	if opts.Opening != "" {
		if !opts.JSON {
			// Show the line being sent: it came from a file or stdin, so
			// it is not on the screen yet.
			fmt.Fprintln(r.errOut, r.est.Dim("you (your opening):"))
			fmt.Fprintln(r.errOut, iostreams.Block(iostreams.Sanitize(opts.Opening), "  ", r.IO.ErrWrap()))
		}
		if err := r.dispatch(ctx, r.sess.Say(opts.Opening)); err != nil {
			return r.finish(err)
		}
	}
	var err error
	if interactive {
		err = r.interactiveLoop(ctx)
	} else {
		err = r.pipedLoop(ctx)
	}
	return r.finish(err)
}

type runner struct {
	Options
	sess        *practice.Session
	out, errOut io.Writer
	st, est     iostreams.Styles
	interactive bool
	ended       bool
	// Events the transcript could not take yet (see storage.go).
	pending  []transcripts.Event
	unsynced bool
	storeErr error

	mu  sync.Mutex
	sig os.Signal // the signal that ended the session, if any
}

func newRunner(o Options) *runner {
	r := &runner{
		Options: o, sess: o.Session, out: o.IO.Out, errOut: o.IO.ErrOut,
		st: o.IO.Styles(), est: o.IO.ErrStyles(),
	}
	if r.Interruptible == nil {
		r.Interruptible = r.interruptible
	}
	return r
}

// interruptible is the default Interruptible. Interactive, Ctrl-C stops
// the one call and the session goes on. Piped, Ctrl-C ends the session
// (watchSignals), which cancels every call under it; a call that listened
// for it too could end first, before the signal was noted, and the
// transcript would not say which signal ended the session.
func (r *runner) interruptible(p context.Context) (context.Context, context.CancelFunc) {
	if !r.interactive {
		return context.WithCancel(p)
	}
	return signal.NotifyContext(p, os.Interrupt)
}

// finish maps the loop's result and records the end of the session.
func (r *runner) finish(err error) error {
	if errors.Is(err, errDone) {
		err = nil
	}
	if s := r.signalled(); s != nil && (err == nil || errors.Is(err, context.Canceled)) {
		err = &SignalError{Signal: s}
	}
	if !r.ended {
		why := "end of input"
		var se *SignalError
		switch {
		case errors.As(err, &se):
			why = se.Error()
		case errors.Is(err, context.Canceled):
			why = "interrupted"
		case err != nil:
			why = "error: " + err.Error()
		}
		r.record(transcripts.Event{Type: transcripts.EventEnd, Text: why})
		r.ended = true
	}
	if serr := r.finishStorage(); serr != nil && err == nil {
		err = serr
	}
	return err
}

func rawJSON(v any) json.RawMessage {
	if v == nil {
		return nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil
	}
	return b
}

// jsonEvent is one line of --json output.
type jsonEvent struct {
	Type        string `json:"type"`
	Text        string `json:"text,omitempty"`
	Interrupted bool   `json:"interrupted,omitempty"`
	Error       bool   `json:"error,omitempty"`
	Data        any    `json:"data,omitempty"`
	// Usage is the token accounting of a model reply.
	Usage *llm.Usage `json:"usage,omitempty"`
}

func (r *runner) emit(e jsonEvent) {
	b, err := json.Marshal(e)
	if err != nil {
		return
	}
	fmt.Fprintf(r.out, "%s\n", b)
}

// note prints conversation for the user on stderr (or a JSON event).
func (r *runner) note(typ, text string, isErr bool) {
	if r.JSON {
		r.emit(jsonEvent{Type: typ, Text: text, Error: isErr})
		return
	}
	// Notes carry server errors, names and quotes that did not come from
	// amends: made safe before they are styled.
	text = iostreams.Sanitize(text)
	if r.plainPipe() && !isErr {
		fmt.Fprintln(r.errOut, labelLines(typ, text))
		return
	}
	text = iostreams.Wrap(text, r.IO.ErrWrap())
	if isErr {
		fmt.Fprintln(r.errOut, text)
		return
	}
	fmt.Fprintln(r.errOut, r.est.Dim(text))
}

// show prints requested content on stdout (or a JSON event). When stdout
// is a pipe it carries the partner's replies only: the rest goes to
// stderr, every line labelled with its type.
func (r *runner) show(typ, text string, data any) {
	if r.JSON {
		r.emit(jsonEvent{Type: typ, Text: text, Data: data})
		return
	}
	text = strings.TrimRight(iostreams.Sanitize(text), "\n")
	if r.plainPipe() {
		fmt.Fprintln(r.errOut, labelLines(typ, text))
		return
	}
	fmt.Fprintln(r.out, hangWrap(text, r.IO.OutWrap()))
}

// plainPipe reports plain output to a pipe: stdout is for the replies.
func (r *runner) plainPipe() bool { return !r.JSON && !r.IO.IsStdoutTTY() }

// labelLines puts "[typ] " before every line of text, so that a script
// reading stderr can tell a hint from a status or a debrief.
func labelLines(typ, text string) string {
	lines := strings.Split(strings.TrimRight(text, "\n"), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight("["+typ+"] "+l, " ")
	}
	return strings.Join(lines, "\n")
}

// recap shows the last n turns of a resumed conversation.
func (r *runner) recap(n int) {
	turns := r.sess.Turns()
	var shown []practice.Turn
	for _, t := range turns {
		if t.Role != practice.RoleDirection {
			shown = append(shown, t)
		}
	}
	if len(shown) == 0 {
		return
	}
	skipped := max(len(shown)-n, 0)
	head := "Where you left off:"
	if skipped > 0 {
		head = fmt.Sprintf("Where you left off (the last %d of %d turns):", len(shown)-skipped, len(shown))
	}
	var b strings.Builder
	b.WriteString(head + "\n")
	who := r.sess.Scenario().Who
	w := r.IO.ErrWrap()
	for _, t := range shown[skipped:] {
		label := "You: "
		if t.Role == practice.RolePartner {
			label = who + ": "
		}
		text := strings.TrimSpace(t.Text)
		if t.Interrupted {
			text += " [cut off]"
		}
		fmt.Fprintf(&b, "  %s%s\n", label, iostreams.WrapIndent(text, 2+len(label), 4, w))
	}
	recap := iostreams.Sanitize(b.String()) // the transcript's text and name
	if r.plainPipe() {
		fmt.Fprintln(r.errOut, labelLines("recap", recap))
		return
	}
	fmt.Fprint(r.errOut, r.est.Dim(recap))
}

// hangWrap word-wraps a listing such as /help or /status line by line,
// continuing each line under its text column: after the leading spaces,
// or after the first gap of two or more spaces that follows a label
// ("  /mood MOOD   change how they feel ..."). width <= 0 leaves text as it is.
func hangWrap(text string, width int) string {
	if width <= 0 {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		body := strings.TrimLeft(l, " ")
		hang := len(l) - len(body)
		if word, rest, ok := strings.Cut(body, "  "); ok && word != "" {
			gap := len(rest) - len(strings.TrimLeft(rest, " "))
			hang += len(word) + 2 + gap
		}
		if hang > width/2 || hang > len(l) {
			hang = 0
		}
		lines[i] = l[:hang] + iostreams.WrapIndent(l[hang:], hang, hang, width)
	}
	return strings.Join(lines, "\n")
}

// dispatch carries out one action.
func (r *runner) dispatch(ctx context.Context, a practice.Action) error {
	if a.Dropped {
		r.dropped(a.Block)
		if a.Kind == practice.ActOutput {
			return nil
		}
	}
	switch a.Kind {
	case practice.ActNoop, practice.ActContinue:
		return nil
	case practice.ActSend:
		return r.send(ctx, a)
	case practice.ActRetry:
		r.record(transcripts.Event{Type: transcripts.EventRetry})
		if r.JSON {
			r.emit(jsonEvent{Type: "retry"})
		}
		return r.reply(ctx, a)
	case practice.ActOutput:
		if a.BadInput != nil && !r.interactive {
			return a.BadInput
		}
		if a.Error {
			r.note("error", a.Output, true)
		} else {
			r.show("output", a.Output, nil)
		}
	case practice.ActStatus:
		r.show("status", a.Output, r.sess.Status())
	case practice.ActUndo:
		r.record(transcripts.Event{Type: transcripts.EventUndo, Text: a.Text})
		r.note("undo", a.Output, false)
	case practice.ActMood:
		r.record(transcripts.Event{Type: transcripts.EventMood, Text: a.Text})
		r.note("mood", a.Output, false)
	case practice.ActContinueScene:
		r.record(transcripts.Event{Type: transcripts.EventNote, Text: "the user chose to continue the role-play after a safety pause"})
		r.note("note", a.Output, false)
	case practice.ActSafety:
		return r.safety(a.Output, a.Text, a.Detail)
	case practice.ActHint:
		return r.hint(ctx)
	case practice.ActCritique:
		return r.critique(ctx, a.Text)
	case practice.ActSave:
		if r.TranscriptPath == "" {
			r.note("note", "Not saving this session (--no-save).", false)
		} else {
			r.note("note", "Transcript: "+r.TranscriptPath, false)
		}
	case practice.ActEdit:
		text, err := r.edit(ctx)
		if err != nil {
			r.note("error", "amends: "+err.Error(), true)
			return nil
		}
		if strings.TrimSpace(text) == "" {
			r.note("note", "Nothing written; nothing sent.", false)
			return nil
		}
		if !r.JSON && r.interactive {
			fmt.Fprintln(r.errOut, iostreams.Wrap(r.est.Dim("you (from the editor): ")+iostreams.Sanitize(practice.Shorten(text, 70)), r.IO.ErrWrap()))
		}
		return r.dispatch(ctx, r.sess.Say(text))
	case practice.ActEnd:
		return r.end(ctx, a.NoDebrief)
	case practice.ActQuit:
		r.record(eventEnd("quit"))
		r.ended = true
		return errDone
	}
	return nil
}

// dropped says that a """ block was not sent, and keeps its text: in the
// transcript and, on a terminal, in the input history.
func (r *runner) dropped(text string) {
	if strings.TrimSpace(text) == "" {
		r.note("note", "(The empty block was dropped.)", false)
		return
	}
	r.record(transcripts.Event{Type: transcripts.EventNote, Text: "A block you wrote was not sent: " + text})
	msg := "(The block was not sent"
	if r.interactive && r.HistoryFile != "" {
		msg += "; press Up to get it back"
	} else if r.Record != nil {
		msg += "; its text is kept in the transcript"
	}
	r.note("note", msg+".)", false)
}

func (r *runner) safety(msg, line string, detail any) error {
	r.record(transcripts.Event{
		Type: transcripts.EventSafety, Text: msg,
		Data: rawJSON(map[string]any{"line": line, "concerns": detail}),
	})
	if r.JSON {
		r.emit(jsonEvent{Type: "safety", Text: msg, Data: detail})
		return nil
	}
	w := r.IO.ErrWrap()
	fmt.Fprintln(r.errOut)
	fmt.Fprintln(r.errOut, iostreams.Wrap(strings.TrimRight(msg, "\n"), w))
	fmt.Fprintln(r.errOut)
	fmt.Fprintln(r.errOut, r.est.Dim(iostreams.Wrap("The role-play is paused and nothing was sent. Type /continue only if you are safe and want to go on; /end stops here.", w)))
	return nil
}

// send records the user's line, prints the nudge, and streams the reply.
func (r *runner) send(ctx context.Context, a practice.Action) error {
	// The line is on disk before anything else can go wrong.
	r.record(transcripts.Event{Type: transcripts.EventUser, Text: a.Text})
	if r.JSON {
		r.emit(jsonEvent{Type: "user", Text: a.Text})
	}
	if a.Nudge != "" {
		r.record(transcripts.Event{Type: transcripts.EventNudge, Text: a.Nudge, Data: rawJSON(a.NudgeFinding)})
		if r.JSON {
			r.emit(jsonEvent{Type: "nudge", Text: a.Nudge, Data: a.NudgeFinding})
		} else {
			fmt.Fprintln(r.errOut, r.est.Dim(iostreams.Wrap(iostreams.Sanitize(a.Nudge), r.IO.ErrWrap())))
		}
	}
	return r.reply(ctx, a)
}

// reply streams the partner's answer to a.Request and records it.
func (r *runner) reply(ctx context.Context, a practice.Action) error {
	who := r.sess.Scenario().Who
	if a.Trimmed > 0 {
		msg := practice.TrimNotice(a.Trimmed, r.sess.NumCtxValue(), who)
		r.record(transcripts.Event{Type: transcripts.EventNote, Text: msg})
		r.note("note", msg, false)
	}
	res, err := r.stream(ctx, a.Request)
	var overflow *llm.ContextError
	if errors.As(err, &overflow) && res.Content == "" {
		// Not an outage: the prompt is larger than the model's context.
		// The estimator has learned from the refusal; trim once and retry.
		req, trimmed, ferr := r.sess.Refit()
		if ferr != nil {
			err = ferr
		} else {
			if trimmed > 0 {
				msg := practice.TrimNotice(trimmed, r.sess.NumCtxValue(), who)
				r.record(transcripts.Event{Type: transcripts.EventNote, Text: msg})
				r.note("note", msg, false)
			}
			res, err = r.stream(ctx, req)
		}
	}
	interrupted := err != nil
	r.sess.Reply(res.Content, interrupted, res.PromptTokens, res.CompletionTokens)
	r.record(transcripts.Event{Type: transcripts.EventPartner, Text: res.Content, Interrupted: interrupted})
	if r.JSON {
		r.emit(jsonEvent{Type: "partner", Text: res.Content, Interrupted: interrupted, Usage: res.Usage()})
	}
	if err == nil {
		return nil
	}
	if errors.Is(err, context.Canceled) {
		if ctx.Err() != nil || !r.interactive {
			return context.Canceled
		}
		r.note("interrupted", fmt.Sprintf("(interrupted: what %s said so far is kept. Go on, or /retry for a new reply.)", who), false)
		return nil
	}
	if errors.Is(err, llm.ErrCutShort) {
		// The server is fine; it stopped this one reply. The conversation
		// goes on, piped or not.
		r.record(transcripts.Event{Type: transcripts.EventNote, Text: err.Error()})
		r.note("note", fmt.Sprintf("(%s cut short by Ollama, which stops a reply that keeps repeating itself; what arrived is kept. Go on, or /retry.)", who), false)
		return nil
	}
	// Nothing claims a line was saved unless the transcript has it.
	kept := ""
	if r.saved() {
		kept = "Your line is saved"
		if res.Content != "" {
			kept += fmt.Sprintf(", and so is what %s said so far (marked cut off)", who)
		}
		kept += ". "
	}
	var tooLong *practice.TooLongError
	if errors.As(err, &overflow) || errors.As(err, &tooLong) {
		// The server is fine; this line cannot be answered on this model.
		r.note("error", fmt.Sprintf("amends: %v\n%sShorten the line, or /undo it.", err, kept), true)
		return nil
	}
	switch {
	case r.interactive:
		r.note("error", fmt.Sprintf("amends: %v\n%s/retry asks again once the server is back.", err, kept), true)
		return nil
	case r.JSON:
		r.note("error", strings.TrimSpace(fmt.Sprintf("%v. %s", err, kept)), true)
	default:
		// The CLI prints the error itself, once, as the session ends.
		if kept != "" {
			fmt.Fprintln(r.errOut, iostreams.Sanitize(strings.TrimSpace(kept)))
		}
	}
	return err
}

// stream runs one chat call under its own interrupt context, writing the
// tokens to stdout as they arrive (with a spinner until the first one).
func (r *runner) stream(ctx context.Context, req llm.ChatRequest) (llm.ChatResult, error) {
	tctx, stop := r.Interruptible(ctx)
	defer stop()
	defer r.quiet()()
	who := r.sess.Scenario().Who
	o := iostreams.StreamOptions{Hide: r.JSON, Wrap: true}
	if !r.JSON {
		o.Spinner = r.est.Dim(who + " is thinking...")
	}
	if r.IO.IsStdoutTTY() {
		o.Label = r.st.Bold(iostreams.Sanitize(who) + ": ")
	}
	st := r.IO.StartStream(o)
	res, err := r.Chat.Chat(tctx, req, st.Token)
	st.End()
	return res, err
}

// quiet turns off the terminal's echo while the model answers (see
// quietInput), in the interactive loop only.
func (r *runner) quiet() (restore func()) {
	if !r.interactive || !r.IO.IsStdinTTY() {
		return func() {}
	}
	return quietInput(r.IO.StdinFd())
}

// call runs a coach call under its own interrupt context with a spinner.
func (r *runner) call(ctx context.Context, label string, f func(context.Context) error) error {
	tctx, stop := r.Interruptible(ctx)
	defer stop()
	defer r.quiet()()
	var sp *iostreams.Spinner
	if !r.JSON {
		sp = r.IO.StartSpinner(r.est.Dim(label))
	}
	err := f(tctx)
	sp.Stop()
	return err
}

func (r *runner) coachErr(ctx context.Context, what string, err error) error {
	if errors.Is(err, context.Canceled) {
		if ctx.Err() != nil || !r.interactive {
			return context.Canceled
		}
		r.note("interrupted", "("+what+" cancelled)", false)
		return nil
	}
	// A failed slash command is reported and the session goes on, on a
	// terminal and in a pipe alike: the next line may well work.
	r.note("error", fmt.Sprintf("amends: %s failed: %v", what, err), true)
	r.record(transcripts.Event{Type: transcripts.EventNote, Text: what + " failed: " + err.Error()})
	return nil
}

// coachUsage is the token accounting of the coach's last call, when the
// coach keeps it.
func (r *runner) coachUsage() *llm.Usage {
	if u, ok := r.Coach.(interface{ Usage() *llm.Usage }); ok {
		return u.Usage()
	}
	return nil
}

func (r *runner) hint(ctx context.Context) error {
	var text string
	err := r.call(ctx, "The coach is thinking...", func(c context.Context) error {
		var err error
		text, err = r.Coach.Hint(c, r.sess)
		return err
	})
	if err != nil {
		return r.coachErr(ctx, "the hint", err)
	}
	text = strings.TrimSpace(text)
	r.record(transcripts.Event{Type: transcripts.EventHint, Text: text})
	if r.JSON {
		r.emit(jsonEvent{Type: "hint", Text: text, Usage: r.coachUsage()})
		return nil
	}
	if r.plainPipe() {
		fmt.Fprintln(r.errOut, labelLines("hint", text))
		return nil
	}
	fmt.Fprintln(r.out, r.st.Cyan("coach (not part of the role-play):"))
	fmt.Fprintln(r.out, iostreams.Block(iostreams.Sanitize(text), "  ", r.IO.OutWrap()))
	return nil
}

func (r *runner) critique(ctx context.Context, line string) error {
	var (
		text string
		data any
	)
	err := r.call(ctx, "The coach is reading your line...", func(c context.Context) error {
		var err error
		text, data, err = r.Coach.Critique(c, r.sess, line)
		return err
	})
	if err != nil {
		return r.coachErr(ctx, "the critique", err)
	}
	r.record(transcripts.Event{Type: transcripts.EventCritique, Text: line, Data: rawJSON(data)})
	if r.JSON {
		r.emit(jsonEvent{Type: "critique", Text: line, Data: data, Usage: r.coachUsage()})
		return nil
	}
	text = iostreams.Sanitize(text)
	if r.plainPipe() {
		fmt.Fprintln(r.errOut, labelLines("critique", text))
		return nil
	}
	fmt.Fprintln(r.out, strings.TrimRight(text, "\n"))
	return nil
}

func (r *runner) end(ctx context.Context, noDebrief bool) error {
	if noDebrief {
		msg := "Ended. No debrief: nothing to rate yet."
		if r.sess.SteppedOut() {
			msg = "Ended. No debrief while the role-play is paused for safety; please look after yourself first."
		}
		r.note("note", msg, false)
		r.record(transcripts.Event{Type: transcripts.EventEnd, Text: "end"})
		r.ended = true
		return errDone
	}
	var d practice.Debrief
	err := r.call(ctx, "The coach is preparing your debrief...", func(c context.Context) error {
		var err error
		d, err = r.Coach.Debrief(c, r.sess)
		return err
	})
	if err != nil {
		if errors.Is(err, context.Canceled) && ctx.Err() == nil && r.interactive {
			// Cancelled the model's part: show the rules' debrief.
			d = r.sess.Debrief()
			d.Notice = "The coach's notes were cancelled; this debrief uses the rule checks only."
		} else {
			return r.coachErr(ctx, "the debrief", err)
		}
	}
	r.record(transcripts.Event{Type: transcripts.EventDebrief, Text: DebriefMarkdown(d), Data: rawJSON(d)})
	if r.JSON {
		r.emit(jsonEvent{Type: "debrief", Data: d, Usage: r.coachUsage()})
	} else {
		if d.Notice != "" {
			r.note("note", d.Notice, false)
		}
		if r.plainPipe() {
			fmt.Fprintln(r.errOut, labelLines("debrief", strings.Trim(RenderDebrief(d, r.st, false, 0), "\n")))
		} else {
			fmt.Fprint(r.out, RenderDebrief(d, r.st, r.IO.IsStdoutTTY(), r.IO.OutWrap()))
		}
	}
	r.record(transcripts.Event{Type: transcripts.EventEnd, Text: "end"})
	r.ended = true
	return errDone
}
