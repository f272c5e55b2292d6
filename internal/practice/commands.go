package practice

import (
	"fmt"
	"slices"
	"strings"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/scenario"
)

// Kind says what the REPL should do with an Action.
type Kind int

const (
	// ActNoop: nothing to do (an empty line).
	ActNoop Kind = iota
	// ActContinue: a """ block is open; read another line.
	ActContinue
	// ActSend: a user line was added; stream Request and report the result
	// with Reply. Nudge, when set, is printed first.
	ActSend
	// ActRetry: the last reply was dropped; stream Request for a new one.
	ActRetry
	// ActOutput: print Output (on stderr when Error).
	ActOutput
	// ActUndo: the last exchange was taken back; print Output, record it.
	ActUndo
	// ActMood: the mood changed to Text; print Output, record it.
	ActMood
	// ActContinueScene: the user chose to go back to the role-play after
	// a safety step-out; print Output, record it.
	ActContinueScene
	// ActSafety: a safety concern paused the role-play. Output is the
	// message for the user, Text the line (not sent), Detail the concerns.
	ActSafety
	// ActHint: ask the coach for a hint.
	ActHint
	// ActCritique: critique Text, the last user line.
	ActCritique
	// ActStatus: print Output (the status).
	ActStatus
	// ActSave: print where the transcript is.
	ActSave
	// ActEdit: compose the next line in $EDITOR, then Say it.
	ActEdit
	// ActEnd: end with a debrief (NoDebrief when the role-play is paused
	// for safety: no reconciliation coaching then).
	ActEnd
	// ActQuit: end without a debrief.
	ActQuit
)

var kindNames = [...]string{
	"noop", "continue", "send", "retry", "output", "undo", "mood", "continue-scene",
	"safety", "hint", "critique", "status", "save", "edit", "end", "quit",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", int(k))
}

// Action is what Handle asks the REPL to do.
type Action struct {
	Kind Kind
	// Text is the user line (Send, Safety, Critique), the new mood (Mood).
	Text string
	// Output is text to print (Output, Undo, Mood, Status, Safety...).
	Output string
	// Error marks Output as a complaint (unknown command, nothing to undo).
	Error bool
	// Request is the chat request to stream (Send, Retry).
	Request llm.ChatRequest
	// Trimmed is the number of turns newly left out of the request to fit
	// the context; non-zero only the first time it happens in a session.
	Trimmed int
	// Nudge is the one-line coach nudge for a sent line ("" for none), and
	// NudgeFinding the finding it comes from.
	Nudge        string
	NudgeFinding *critique.Finding
	// Detail is structured detail (the safety concerns).
	Detail any
	// NoDebrief is set on ActEnd when the debrief is skipped.
	NoDebrief bool
	// BadInput is set, with an Error output, when the text cannot be sent
	// (over the size limit, binary): a piped session ends on it with exit
	// code 2, an interactive one says so and goes on.
	BadInput error
	// Block is the text of a """ block that this line closed or dropped,
	// for the input history; Dropped says it was not sent.
	Block   string
	Dropped bool
}

// Command describes one slash command for /help.
type Command struct {
	Name, Args, Help string
}

// Commands lists the slash commands in /help order.
var Commands = []Command{
	{"/help", "", "show this list"},
	{"/hint", "", "ask the coach what to try next (not part of the role-play)"},
	{"/critique", "", "critique your last line"},
	{"/undo", "", "take back your last line and the reply, and try again"},
	{"/retry", "", "get a different reply to the same line"},
	{"/mood", "MOOD", "change how they feel: " + strings.Join(scenario.Moods, "|")},
	{"/status", "", "scene, model, turns and how full the context is"},
	{"/save", "", "show where the transcript is saved"},
	{"/edit", "", "write your next line in $EDITOR"},
	{"/continue", "", "go back to the role-play after it was paused for safety"},
	{"/end", "", "finish with a debrief from the coach"},
	{"/quit", "", "leave without a debrief (Ctrl-D also leaves)"},
}

// HelpText is the output of /help.
func HelpText() string {
	var b strings.Builder
	b.WriteString("Type what you would say and press Enter. Commands:\n")
	for _, c := range Commands {
		name := c.Name
		if c.Args != "" {
			name += " " + c.Args
		}
		fmt.Fprintf(&b, "  %-12s %s\n", name, c.Help)
	}
	b.WriteString(`For several lines, start and end with """ on a line of its own; inside, /cancel (or Ctrl-C) drops the block.` + "\n")
	b.WriteString("A line starting with // is sent with a single /.")
	return b.String()
}

// Handle takes one line of input and returns what to do. Slash commands
// change the state here; user lines are added to the history and come back
// as ActSend with the request to stream.
func (s *Session) Handle(line string) Action {
	line = strings.TrimRight(line, "\r\n")
	if s.fence != nil {
		// Inside a block, /cancel drops it, and the commands that leave
		// still leave (dropping it): neither is sent as part of the text.
		switch cmd := strings.ToLower(strings.TrimSpace(line)); cmd {
		case "/cancel", "/quit", "/exit", "/bye", "/end":
			text := s.fence.text()
			s.fence = nil
			a := Action{Kind: ActOutput, Output: "The block was not sent."}
			if cmd != "/cancel" {
				a = s.command(cmd)
			}
			a.Block, a.Dropped = text, true
			return a
		}
		text, done := s.fence.add(line)
		if s.fence.size > critique.MaxBytes {
			// Nothing of the block is sent, and the block is closed.
			s.fence = nil
			err := &critique.InputError{
				Reason: critique.ReasonTooLarge, Offset: critique.MaxBytes,
				Msg: fmt.Sprintf(`the """ block is over the %d-byte limit (about 20 KB): shorten it`, critique.MaxBytes),
			}
			return Action{Kind: ActOutput, Error: true, Output: err.Error(), BadInput: err}
		}
		if !done {
			return Action{Kind: ActContinue}
		}
		s.fence = nil
		a := s.Say(text)
		a.Block = text
		return a
	}
	trimmed := strings.TrimSpace(line)
	if f, text, done := openFence(trimmed); f != nil {
		if done {
			return s.Say(text)
		}
		s.fence = f
		return Action{Kind: ActContinue}
	}
	if trimmed == "" {
		return Action{Kind: ActNoop}
	}
	if strings.HasPrefix(trimmed, "//") {
		return s.Say(trimmed[1:])
	}
	if !strings.HasPrefix(trimmed, "/") {
		return s.Say(trimmed)
	}
	return s.command(trimmed)
}

// CloseFence ends an open """ block at end of input and says what it
// holds, so nothing typed is lost; with no open block it is a no-op.
func (s *Session) CloseFence() Action {
	if s.fence == nil {
		return Action{Kind: ActNoop}
	}
	text := s.fence.text()
	s.fence = nil
	a := s.Say(text)
	a.Block = text
	return a
}

// DropFence abandons an open """ block (Ctrl-C on its empty line) and
// returns its text; ok is false when no block is open.
func (s *Session) DropFence() (text string, ok bool) {
	if s.fence == nil {
		return "", false
	}
	text = s.fence.text()
	s.fence = nil
	return text, true
}

func (s *Session) command(line string) Action {
	name, arg, _ := strings.Cut(line, " ")
	arg = strings.TrimSpace(arg)
	name = strings.ToLower(name)
	switch name {
	case "/help", "/?":
		return Action{Kind: ActOutput, Output: HelpText()}
	case "/hint":
		if s.steppedOut {
			return Action{Kind: ActOutput, Error: true, Output: pausedMessage}
		}
		return Action{Kind: ActHint}
	case "/critique":
		text, ok := s.LastUserLine()
		if !ok {
			return Action{Kind: ActOutput, Error: true, Output: "Nothing to critique yet: say something first."}
		}
		if s.steppedOut {
			return Action{Kind: ActOutput, Error: true, Output: pausedMessage}
		}
		return Action{Kind: ActCritique, Text: text}
	case "/undo":
		return s.undo()
	case "/retry":
		return s.retry()
	case "/mood":
		return s.setMood(arg)
	case "/status":
		return Action{Kind: ActStatus, Output: s.Status().String()}
	case "/save":
		return Action{Kind: ActSave}
	case "/edit":
		if s.steppedOut {
			return Action{Kind: ActOutput, Error: true, Output: pausedMessage}
		}
		return Action{Kind: ActEdit}
	case "/continue":
		if !s.steppedOut {
			return Action{Kind: ActOutput, Error: true, Output: "Nothing to continue: the role-play is not paused."}
		}
		s.steppedOut = false
		return Action{Kind: ActContinueScene, Output: fmt.Sprintf("Back in the role-play with %s. /end stops at any time.", s.cfg.Scenario.Who)}
	case "/end":
		return Action{Kind: ActEnd, NoDebrief: s.steppedOut || s.UserTurns() == 0}
	case "/quit", "/exit", "/bye":
		return Action{Kind: ActQuit}
	}
	return Action{Kind: ActOutput, Error: true, Output: fmt.Sprintf("Unknown command %s; /help lists the commands. (Start a line with // to send a /.)", name)}
}

func (s *Session) undo() Action {
	last := -1
	for i := len(s.turns) - 1; i >= 0; i-- {
		if s.turns[i].Role == RoleUser {
			last = i
			break
		}
	}
	if last < 0 {
		return Action{Kind: ActOutput, Error: true, Output: "Nothing to undo."}
	}
	text := s.turns[last].Text
	// Drop the line and what followed it, except stage directions (a mood
	// set after the line still holds).
	kept := s.turns[:last]
	for _, t := range s.turns[last+1:] {
		if t.Role == RoleDirection {
			kept = append(kept, t)
		}
	}
	s.turns = kept
	s.pending = -1
	s.knownTurns = -1
	if s.window > len(s.turns) {
		s.window = len(s.turns)
	}
	return Action{Kind: ActUndo, Text: text, Output: fmt.Sprintf("Took back your line %q; try it another way.", Shorten(text, 60))}
}

func (s *Session) retry() Action {
	// The reply to replace is the last partner turn, with nothing after it
	// but stage directions (a /mood set since still applies).
	last := -1
	for i := len(s.turns) - 1; i >= 0; i-- {
		if s.turns[i].Role == RoleDirection {
			continue
		}
		if s.turns[i].Role == RolePartner {
			last = i
		}
		break
	}
	if last < 0 {
		return Action{Kind: ActOutput, Error: true, Output: "Nothing to retry: there is no reply to replace."}
	}
	if s.steppedOut {
		return Action{Kind: ActOutput, Error: true, Output: pausedMessage}
	}
	if s.knownTurns == last+1 && last == len(s.turns)-1 && s.lastPrompt > 0 {
		// The server counted the request this reply answered.
		s.known, s.knownTurns = s.lastPrompt, last
	} else {
		s.knownTurns = -1
	}
	s.turns = slices.Delete(s.turns, last, last+1)
	// The user line being answered again is pending.
	for i := last - 1; i >= 0; i-- {
		if s.turns[i].Role == RoleUser {
			s.pending = i
			break
		}
	}
	req, trimmed, err := s.request()
	if err != nil {
		return Action{Kind: ActOutput, Error: true, Output: err.Error()}
	}
	return Action{Kind: ActRetry, Request: req, Trimmed: trimmed}
}

func (s *Session) setMood(arg string) Action {
	if arg == "" {
		return Action{Kind: ActOutput, Output: fmt.Sprintf("%s's mood is %s. Change it with /mood %s.", s.cfg.Scenario.Who, s.mood, strings.Join(scenario.Moods, "|"))}
	}
	m := strings.ToLower(arg)
	if !slices.Contains(scenario.Moods, m) {
		return Action{Kind: ActOutput, Error: true, Output: fmt.Sprintf("Unknown mood %q; use one of %s.", arg, strings.Join(scenario.Moods, ", "))}
	}
	if m == s.mood {
		return Action{Kind: ActOutput, Output: fmt.Sprintf("%s's mood is already %s.", s.cfg.Scenario.Who, m)}
	}
	s.mood = m
	s.turns = append(s.turns, Turn{Role: RoleDirection, Text: MoodDirection(s.cfg.Scenario.Who, m)})
	return Action{Kind: ActMood, Text: m, Output: fmt.Sprintf("%s's mood is now %s; it shows from the next reply.", s.cfg.Scenario.Who, m)}
}

// MoodDirection is the stage direction sent to the model for a new mood.
// It travels in square brackets at the start of the next user message
// (see conversation), which partner.tmpl tells the partner to follow
// silently.
func MoodDirection(who, mood string) string {
	return fmt.Sprintf("[Stage direction: from now on %s's mood is %s. %s Stay in character and never mention this note.]", who, mood, moodHow[mood])
}

var moodHow = map[string]string{
	"hurt":      "They are wounded and it shows; they talk about what they needed and what it cost them.",
	"guarded":   "They are careful, give little away and test whether the apology is real.",
	"defensive": "They feel accused or judged, argue about what was fair and point to the other person's part.",
	"cold":      "They withdraw: short answers, doubt that this is worth it, ready to end the conversation.",
	"open":      "They are willing to talk about what each of them needs, though not yet to forgive.",
}

// Shorten cuts s to at most n runes on one line, adding "..." when cut.
func Shorten(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-3])) + "..."
}

// fence assembles a """ block.
type fence struct {
	lines []string
	size  int // bytes so far, with the newlines between lines
}

func (f *fence) text() string { return strings.Join(f.lines, "\n") }

const fenceMark = `"""`

// openFence recognises a line starting a """ block. The block may end on
// the same line ("""text""").
func openFence(trimmed string) (*fence, string, bool) {
	rest, ok := strings.CutPrefix(trimmed, fenceMark)
	if !ok {
		return nil, "", false
	}
	if body, closed := strings.CutSuffix(rest, fenceMark); closed {
		return &fence{}, body, true
	}
	f := &fence{}
	if strings.TrimSpace(rest) != "" {
		f.lines = append(f.lines, rest)
	}
	return f, "", false
}

// add takes one more line; a line ending with """ closes the block.
func (f *fence) add(line string) (string, bool) {
	if body, closed := strings.CutSuffix(strings.TrimRight(line, " \t"), fenceMark); closed {
		if body != "" {
			f.lines = append(f.lines, body)
			f.size += len(body) + 1
		}
		return strings.Join(f.lines, "\n"), true
	}
	f.lines = append(f.lines, line)
	f.size += len(line) + 1
	return "", false
}
