// Package practice holds the pure state of one `amends practice` session:
// the scene, the role-play history, the partner's mood, the slash commands,
// multi-line input, the context budget and the requests sent to the model.
//
// Nothing here does I/O. The REPL (internal/repl) reads a line, calls
// Session.Handle, and carries out the returned Action: it streams a reply,
// prints a command's output, asks the coach. The results come back through
// Session.Reply and friends, so every rule about history lives here and is
// table-tested without a terminal or a server.
package practice

import (
	"fmt"
	"slices"
	"strings"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/scenario"
)

// Role of a turn in the role-play history.
type Role string

const (
	// RoleUser is a line the user said to the partner.
	RoleUser Role = "user"
	// RolePartner is the partner's reply.
	RolePartner Role = "partner"
	// RoleDirection is a stage direction for the partner (a mood change),
	// sent to the model as a system message at its place in the history so
	// that the earlier prefix stays byte-identical.
	RoleDirection Role = "direction"
)

// Turn is one entry of the history.
type Turn struct {
	Role Role
	Text string
	// Interrupted marks a partner reply cut short (Ctrl-C, lost
	// connection); Text holds what arrived.
	Interrupted bool
	// Check is the rule check of a user line (nil when no checker is set).
	Check *LineCheck
}

// Screen is a safety screen: it returns a non-empty message for the user
// and optional structured detail when text raises a concern.
type Screen func(text string) (message string, detail any)

// Checker runs the offline rule checker on one user line.
type Checker func(text string) LineCheck

// Config sets up a Session.
type Config struct {
	Scenario scenario.Scenario
	// SystemPrompt is the rendered partner persona and scene. It is fixed
	// for the whole session so every request starts with the same bytes.
	SystemPrompt string
	Model        string
	// ModelContext is the model's own context length (0 when unknown).
	ModelContext int
	// ContextSize is the configured context size (0: DefaultContext, capped
	// by ModelContext).
	ContextSize int
	// Budget, when set, returns the partner call's budget (num_ctx, reply
	// room and the model's token estimator) as it stands; the estimator
	// learns as the session goes. Nil budgets from ModelContext and
	// ContextSize with the cautious prior.
	Budget      func() llm.Budget
	Temperature *float64
	Seed        *int
	// Check is the rule checker; nil disables per-line checks.
	Check Checker
	// Nudge enables the instant one-line nudge after each user line.
	Nudge bool
	// Screen is the safety screen; nil disables it.
	Screen Screen
}

// DefaultContext is the context size used when the config does not set one.
const DefaultContext = llm.DefaultContext

// Session is the state of one practice session. It is not safe for
// concurrent use; the REPL drives it from one goroutine.
type Session struct {
	cfg   Config
	mood  string
	turns []Turn
	fence *fence

	// window is the index of the first turn sent to the model; turns before
	// it were trimmed to fit the context.
	window      int
	trimmedOnce bool
	// known is the server's token count for turns[:knownTurns] plus the
	// system prompt (from the last reply); knownTurns < 0 means unknown.
	known      int
	knownTurns int
	// lastPrompt and lastReply are the server's counts for the last reply.
	lastPrompt, lastReply int

	// steppedOut is set when a safety concern paused the role-play.
	steppedOut bool
	// concerns counts safety step-outs in this session.
	concerns int
	// pending is the user line waiting for a reply (index into turns), or -1.
	pending int
}

// New starts a session.
func New(cfg Config) *Session {
	return &Session{cfg: cfg, mood: cfg.Scenario.Mood, pending: -1, knownTurns: -1}
}

// NumCtx is the num_ctx amends sets: see llm.NumCtx.
func NumCtx(modelCtx, configured int) int { return llm.NumCtx(modelCtx, configured) }

// Scenario returns the scene.
func (s *Session) Scenario() scenario.Scenario { return s.cfg.Scenario }

// Model returns the model name.
func (s *Session) Model() string { return s.cfg.Model }

// Mood returns the partner's current mood.
func (s *Session) Mood() string { return s.mood }

// NumCtxValue is the context size set on every request.
func (s *Session) NumCtxValue() int { return s.budgetNow().NumCtx }

// Turns returns a copy of the whole history, trimmed turns included.
func (s *Session) Turns() []Turn { return slices.Clone(s.turns) }

// SteppedOut reports whether the role-play is paused for safety.
func (s *Session) SteppedOut() bool { return s.steppedOut }

// SafetyConcerns counts the safety step-outs so far.
func (s *Session) SafetyConcerns() int { return s.concerns }

// InFence reports whether a """ block is open (the REPL shows a
// continuation prompt).
func (s *Session) InFence() bool { return s.fence != nil }

// UserTurns counts the user lines in the history.
func (s *Session) UserTurns() int {
	n := 0
	for _, t := range s.turns {
		if t.Role == RoleUser {
			n++
		}
	}
	return n
}

// LastUserLine returns the last user line, if any.
func (s *Session) LastUserLine() (string, bool) {
	for i := len(s.turns) - 1; i >= 0; i-- {
		if s.turns[i].Role == RoleUser {
			return s.turns[i].Text, true
		}
	}
	return "", false
}

// Restored is one turn of a saved conversation, for Restore.
type Restored struct {
	Role        Role
	Text        string
	Interrupted bool
}

// Restore replaces the history with a saved one (--resume). User lines are
// checked again so the debrief covers the whole session.
func (s *Session) Restore(turns []Restored, mood string) {
	s.turns = s.turns[:0]
	for _, r := range turns {
		t := Turn{Role: r.Role, Text: r.Text, Interrupted: r.Interrupted}
		if r.Role == RoleUser && s.cfg.Check != nil {
			c := s.cfg.Check(r.Text)
			t.Check = &c
		}
		s.turns = append(s.turns, t)
	}
	if mood != "" {
		s.mood = mood
	}
	s.window, s.knownTurns, s.pending = 0, -1, -1
	// A user line left without a reply (a crash mid-request) gets an empty
	// interrupted reply, so the next request alternates properly.
	if n := len(s.turns); n > 0 && s.turns[n-1].Role == RoleUser {
		s.turns = append(s.turns, Turn{Role: RolePartner, Interrupted: true})
	}
	s.fitWindow(false)
}

// Reply records the partner's reply to the pending request. interrupted
// says the reply was cut short; text is what arrived (possibly nothing).
// promptTokens and completionTokens are the server's counts (0 unknown).
// A reply is always recorded, even an empty one, so that the history keeps
// alternating and the next request is well-formed.
func (s *Session) Reply(text string, interrupted bool, promptTokens, completionTokens int) {
	s.turns = append(s.turns, Turn{Role: RolePartner, Text: text, Interrupted: interrupted})
	s.pending = -1
	if promptTokens > 0 && !interrupted {
		// The reply goes into the next prompt wrapped in the template.
		s.known = promptTokens + completionTokens + llm.MessageOverhead
		s.knownTurns = len(s.turns)
		s.lastPrompt, s.lastReply = promptTokens, completionTokens
	} else {
		s.knownTurns = -1
	}
}

// Cancel forgets the pending user line when no request could be made at all
// (for example the line was too long for the context). It is not used for
// a reply that failed: that is a Reply with interrupted set.
func (s *Session) Cancel() {
	if s.pending >= 0 && s.pending == len(s.turns)-1 {
		s.turns = s.turns[:s.pending]
	}
	s.pending = -1
}

// Say sends text to the partner as one turn, without slash-command parsing
// (used for """ blocks, /edit and --opening).
func (s *Session) Say(text string) Action {
	text = strings.TrimSpace(text)
	if text == "" {
		return Action{Kind: ActNoop}
	}
	// The same limit and checks as a critiqued draft.
	if _, err := critique.CheckText("what you wrote", []byte(text)); err != nil {
		return Action{Kind: ActOutput, Error: true, Output: err.Error(), BadInput: err}
	}
	if s.cfg.Screen != nil {
		if msg, detail := s.cfg.Screen(text); msg != "" {
			s.steppedOut = true
			s.concerns++
			return Action{Kind: ActSafety, Text: text, Output: msg, Detail: detail}
		}
	}
	if s.steppedOut {
		return Action{Kind: ActOutput, Error: true, Output: pausedMessage}
	}
	t := Turn{Role: RoleUser, Text: text}
	act := Action{Kind: ActSend, Text: text}
	if s.cfg.Check != nil {
		c := s.cfg.Check(text)
		t.Check = &c
		if s.cfg.Nudge {
			act.Nudge, act.NudgeFinding = PickNudge(c)
		}
	}
	s.turns = append(s.turns, t)
	s.pending = len(s.turns) - 1
	req, trimmed, err := s.request()
	if err != nil {
		s.Cancel()
		return Action{Kind: ActOutput, Error: true, Output: err.Error()}
	}
	act.Request, act.Trimmed = req, trimmed
	return act
}

// pausedMessage is shown when the user writes to the partner while the
// role-play is paused for safety.
const pausedMessage = "The role-play is paused. Type /continue to go back to it, or /end to stop here."

// ScreenScene screens the scene itself (what happened, background). On a
// concern the session starts paused and the message is returned.
func (s *Session) ScreenScene() (string, any) {
	if s.cfg.Screen == nil {
		return "", nil
	}
	msg, detail := s.cfg.Screen(SceneText(s.cfg.Scenario))
	if msg != "" {
		s.steppedOut = true
		s.concerns++
	}
	return msg, detail
}

// SceneText is the text of a scene that ScreenScene screens: what
// happened, the background, their side, what they want and ask, and the
// facts.
func SceneText(sc scenario.Scenario) string {
	return strings.Join(append([]string{sc.What, sc.Background, sc.TheirSide, sc.Wants, sc.Asks}, sc.Facts...), "\n")
}

// Status is what /status shows.
type Status struct {
	Scenario  string `json:"scenario"`
	Who       string `json:"who"`
	Mood      string `json:"mood"`
	Model     string `json:"model"`
	UserTurns int    `json:"user_turns"`
	// Tokens is the size of the next request's prefix: the server's count
	// of the last request plus estimates of what came since (Counted), or
	// an estimate of the whole.
	Tokens  int  `json:"tokens"`
	Counted bool `json:"counted"`
	NumCtx  int  `json:"num_ctx"`
	// Reply is the room kept for the reply (num_predict).
	Reply int `json:"reply"`
	// LastPrompt and LastReply are the server's counts for the last reply
	// (0 before the first).
	LastPrompt   int  `json:"last_prompt"`
	LastReply    int  `json:"last_reply"`
	TrimmedTurns int  `json:"trimmed_turns"`
	Paused       bool `json:"paused"`
}

// Status returns the session's status.
func (s *Session) Status() Status {
	b := s.budgetNow()
	return Status{
		Scenario:     s.cfg.Scenario.Name,
		Who:          s.cfg.Scenario.Who,
		Mood:         s.mood,
		Model:        s.cfg.Model,
		UserTurns:    s.UserTurns(),
		Tokens:       s.current(),
		Counted:      s.counted(),
		NumCtx:       b.NumCtx,
		Reply:        b.Reply,
		LastPrompt:   s.lastPrompt,
		LastReply:    s.lastReply,
		TrimmedTurns: s.window,
		Paused:       s.steppedOut,
	}
}

// String renders the status for /status.
func (st Status) String() string {
	var b strings.Builder
	name := st.Scenario
	if name == "" {
		name = "(your own scene)"
	}
	fmt.Fprintf(&b, "scenario  %s, with %s\n", name, st.Who)
	fmt.Fprintf(&b, "mood      %s\n", st.Mood)
	fmt.Fprintf(&b, "model     %s\n", st.Model)
	fmt.Fprintf(&b, "turns     %d\n", st.UserTurns)
	pct := 0
	if st.NumCtx > 0 {
		pct = st.Tokens * 100 / st.NumCtx
	}
	approx := "~"
	if st.Counted {
		approx = ""
	}
	fmt.Fprintf(&b, "context   %s %s%d of %d tokens (%d%%), %d kept for the reply", Meter(pct, 20), approx, st.Tokens, st.NumCtx, pct, st.Reply)
	if st.TrimmedTurns > 0 {
		fmt.Fprintf(&b, "; %d earlier turns left out", st.TrimmedTurns)
	}
	if st.LastPrompt > 0 {
		fmt.Fprintf(&b, "\nlast      the server counted %d prompt tokens and %d reply tokens", st.LastPrompt, st.LastReply)
	}
	if st.Paused {
		b.WriteString("\npaused    the role-play is paused (/continue to go back to it)")
	}
	return b.String()
}

// Meter draws a bar of width cells filled to pct percent.
func Meter(pct, width int) string {
	pct = min(max(pct, 0), 100)
	full := (pct*width + 50) / 100
	return "[" + strings.Repeat("#", full) + strings.Repeat(".", width-full) + "]"
}

// ChatRequest builds the request for the current history (for /retry
// and tests). See request.
func (s *Session) ChatRequest() (llm.ChatRequest, int, error) { return s.request() }

// Transcript renders the role-play so far as plain text for the coach
// ("You: ...", "Sam: ..."), all turns included.
func (s *Session) Transcript() string {
	var b strings.Builder
	who := s.cfg.Scenario.Who
	for _, t := range s.turns {
		switch t.Role {
		case RoleUser:
			fmt.Fprintf(&b, "You: %s\n", t.Text)
		case RolePartner:
			txt := strings.TrimSpace(t.Text)
			if t.Interrupted {
				txt += " [cut off]"
			}
			fmt.Fprintf(&b, "%s: %s\n", who, txt)
		case RoleDirection:
			fmt.Fprintf(&b, "(%s)\n", t.Text)
		}
	}
	return b.String()
}
