package practice

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/scenario"
)

func testScene() scenario.Scenario {
	return scenario.Scenario{Name: "test", Who: "Sam", Relationship: "friend", What: "I missed Sam's birthday dinner.", Mood: "guarded", Difficulty: "realistic"}
}

// fakeCheck flags "sorry if" (high, conditional), "but" (high, but-clause),
// "no rush" nothing, "forgive me now" (pressure), "too long" (ignored
// category) and "no apology" (ignored category); "I'm sorry I" shows
// acknowledgment and "my fault" responsibility, "I will" commitment.
func fakeCheck(text string) LineCheck {
	c := LineCheck{Elements: map[string]bool{}}
	lower := strings.ToLower(text)
	add := func(cat, elem, sev, quote, sugg string) {
		c.Findings = append(c.Findings, critique.Finding{Category: cat, Element: elem, Severity: sev, Start: strings.Index(lower, quote), Quote: quote, Suggestion: sugg})
	}
	if strings.Contains(lower, "sorry if") {
		add(critique.CatConditional, critique.ElemAcknowledgment, critique.SevHigh, "sorry if", "Drop the \"if\".")
	}
	if strings.Contains(lower, " but ") {
		add(critique.CatButClause, critique.ElemResponsibility, critique.SevHigh, "but", "End before the \"but\".")
	}
	if strings.Contains(lower, "forgive me now") {
		add(critique.CatPressure, critique.ElemCommitment, critique.SevHigh, "forgive me now", "Leave the next step to them.")
	}
	if strings.Contains(lower, "hedge") {
		add(critique.CatHedged, critique.ElemAcknowledgment, critique.SevMedium, "hedge", "State the effect.")
	}
	add(critique.CatNoApology, critique.ElemAcknowledgment, critique.SevHigh, "", "Say sorry.")
	add(critique.CatTooLong, critique.ElemResponsibility, critique.SevMedium, "", "Cut it.")
	if strings.Contains(lower, "i'm sorry i") {
		c.Elements[critique.ElemAcknowledgment] = true
	}
	if strings.Contains(lower, "my fault") {
		c.Elements[critique.ElemResponsibility] = true
	}
	if strings.Contains(lower, "i will") {
		c.Elements[critique.ElemCommitment] = true
	}
	return c
}

func newTest(t *testing.T, mod func(*Config)) *Session {
	t.Helper()
	cfg := Config{Scenario: testScene(), SystemPrompt: "You are Sam.", Model: "llama3.2", ModelContext: 131072, Check: fakeCheck, Nudge: true}
	if mod != nil {
		mod(&cfg)
	}
	return New(cfg)
}

// exchange sends a line and records a reply.
func exchange(t *testing.T, s *Session, line, reply string) Action {
	t.Helper()
	a := s.Handle(line)
	if a.Kind != ActSend {
		t.Fatalf("Handle(%q) = %v (%s), want send", line, a.Kind, a.Output)
	}
	s.Reply(reply, false, 0, 0)
	return a
}

func roles(s *Session) string {
	var out []string
	for _, t := range s.Turns() {
		r := string(t.Role)
		if t.Interrupted {
			r += "!"
		}
		out = append(out, r)
	}
	return strings.Join(out, ",")
}

func TestNumCtx(t *testing.T) {
	for _, tc := range []struct{ model, conf, want int }{
		{0, 0, 8192},
		{131072, 0, 8192},
		{4096, 0, 4096},
		{131072, 16384, 16384},
		{4096, 16384, 4096},
		{0, 2048, 2048},
	} {
		if got := NumCtx(tc.model, tc.conf); got != tc.want {
			t.Errorf("NumCtx(%d, %d) = %d, want %d", tc.model, tc.conf, got, tc.want)
		}
	}
}

func TestSlashCommands(t *testing.T) {
	tests := []struct {
		name    string
		setup   func(*Session)
		line    string
		kind    Kind
		isErr   bool
		output  string // substring of Output
		text    string
		roles   string // history after
		mood    string
		paused  bool
		noDebri bool
	}{
		{name: "help", line: "/help", kind: ActOutput, output: "/undo"},
		{name: "help case", line: "/HELP", kind: ActOutput, output: "/hint"},
		{name: "unknown", line: "/frobnicate", kind: ActOutput, isErr: true, output: "Unknown command /frobnicate"},
		{name: "empty", line: "   ", kind: ActNoop},
		{name: "plain line", line: "Hi Sam.", kind: ActSend, text: "Hi Sam.", roles: "user"},
		{name: "double slash", line: "//shrug", kind: ActSend, text: "/shrug", roles: "user"},
		{name: "hint", line: "/hint", kind: ActHint},
		{name: "critique nothing", line: "/critique", kind: ActOutput, isErr: true, output: "Nothing to critique"},
		{name: "critique last", setup: func(s *Session) {
			s.Handle("first")
			s.Reply("r", false, 0, 0)
			s.Handle("second")
			s.Reply("r2", false, 0, 0)
		}, line: "/critique", kind: ActCritique, text: "second", roles: "user,partner,user,partner"},
		{name: "undo nothing", line: "/undo", kind: ActOutput, isErr: true, output: "Nothing to undo"},
		{
			name: "undo exchange", setup: func(s *Session) {
				s.Handle("one")
				s.Reply("r1", false, 0, 0)
				s.Handle("two")
				s.Reply("r2", false, 0, 0)
			},
			line: "/undo", kind: ActUndo, text: "two", roles: "user,partner", output: `Took back your line "two"`,
		},
		{
			name: "undo interrupted reply", setup: func(s *Session) { s.Handle("one"); s.Reply("par", true, 0, 0) },
			line: "/undo", kind: ActUndo, text: "one", roles: "",
		},
		{
			name: "undo keeps mood direction", setup: func(s *Session) { s.Handle("one"); s.Reply("r1", false, 0, 0); s.Handle("/mood cold") },
			line: "/undo", kind: ActUndo, roles: "direction", text: "one", mood: "cold",
		},
		{name: "retry nothing", line: "/retry", kind: ActOutput, isErr: true, output: "Nothing to retry"},
		{
			name: "retry", setup: func(s *Session) { s.Handle("one"); s.Reply("r1", false, 0, 0) },
			line: "/retry", kind: ActRetry, roles: "user",
		},
		{name: "mood show", line: "/mood", kind: ActOutput, output: "Sam's mood is guarded", mood: "guarded"},
		{name: "mood set", line: "/mood Cold", kind: ActMood, text: "cold", mood: "cold", roles: "direction", output: "now cold"},
		{name: "mood same", line: "/mood guarded", kind: ActOutput, output: "already guarded", mood: "guarded"},
		{name: "mood bad", line: "/mood furious", kind: ActOutput, isErr: true, output: "hurt, guarded, defensive, cold, open", mood: "guarded"},
		{name: "status", line: "/status", kind: ActStatus, output: "context   ["},
		{name: "save", line: "/save", kind: ActSave},
		{name: "edit", line: "/edit", kind: ActEdit},
		{name: "end no turns", line: "/end", kind: ActEnd, noDebri: true},
		{name: "end", setup: func(s *Session) { s.Handle("one"); s.Reply("r1", false, 0, 0) }, line: "/end", kind: ActEnd, roles: "user,partner"},
		{name: "quit", line: "/quit", kind: ActQuit},
		{name: "exit alias", line: "/exit", kind: ActQuit},
		{name: "continue not paused", line: "/continue", kind: ActOutput, isErr: true, output: "not paused"},
		{name: "safety pauses", line: "he hits me", kind: ActSafety, output: "SAFETY", text: "he hits me", paused: true, roles: ""},
		{name: "paused blocks lines", setup: func(s *Session) { s.Handle("he hits me") }, line: "hello", kind: ActOutput, isErr: true, output: "/continue", paused: true},
		{name: "paused blocks hint", setup: func(s *Session) { s.Handle("he hits me") }, line: "/hint", kind: ActOutput, isErr: true, paused: true},
		{name: "paused end skips debrief", setup: func(s *Session) { s.Handle("one"); s.Reply("r", false, 0, 0); s.Handle("he hits me") }, line: "/end", kind: ActEnd, paused: true, noDebri: true, roles: "user,partner"},
		{name: "continue", setup: func(s *Session) { s.Handle("he hits me") }, line: "/continue", kind: ActContinueScene, output: "Back in the role-play"},
		{name: "fence open", line: `"""`, kind: ActContinue},
		{name: "fence one line", line: `"""one line"""`, kind: ActSend, text: "one line", roles: "user"},
	}
	screen := func(text string) (string, any) {
		if strings.Contains(text, "hits me") {
			return "SAFETY: please look after yourself", []string{"violence"}
		}
		return "", nil
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newTest(t, func(c *Config) { c.Screen = screen })
			if tc.setup != nil {
				tc.setup(s)
			}
			a := s.Handle(tc.line)
			if a.Kind != tc.kind {
				t.Fatalf("kind = %v, want %v (output %q)", a.Kind, tc.kind, a.Output)
			}
			if a.Error != tc.isErr {
				t.Errorf("error = %v, want %v (%q)", a.Error, tc.isErr, a.Output)
			}
			if !strings.Contains(a.Output, tc.output) {
				t.Errorf("output = %q, want it to contain %q", a.Output, tc.output)
			}
			if tc.text != "" && a.Text != tc.text {
				t.Errorf("text = %q, want %q", a.Text, tc.text)
			}
			if got := roles(s); got != tc.roles {
				t.Errorf("history = %q, want %q", got, tc.roles)
			}
			if tc.mood != "" && s.Mood() != tc.mood {
				t.Errorf("mood = %q, want %q", s.Mood(), tc.mood)
			}
			if s.SteppedOut() != tc.paused {
				t.Errorf("paused = %v, want %v", s.SteppedOut(), tc.paused)
			}
			if a.NoDebrief != tc.noDebri {
				t.Errorf("NoDebrief = %v, want %v", a.NoDebrief, tc.noDebri)
			}
			if (a.Kind == ActSend || a.Kind == ActRetry) && len(a.Request.Messages) == 0 {
				t.Errorf("send without a request")
			}
		})
	}
}

func TestFence(t *testing.T) {
	s := newTest(t, nil)
	steps := []struct {
		line string
		kind Kind
	}{
		{`"""Dear Sam,`, ActContinue},
		{"", ActContinue},
		{"/undo is not a command in here", ActContinue},
		{`I'm sorry."""`, ActSend},
	}
	var last Action
	for _, st := range steps {
		last = s.Handle(st.line)
		if last.Kind != st.kind {
			t.Fatalf("Handle(%q) = %v, want %v", st.line, last.Kind, st.kind)
		}
	}
	want := "Dear Sam,\n\n/undo is not a command in here\nI'm sorry."
	if last.Text != want {
		t.Errorf("block = %q, want %q", last.Text, want)
	}
	// An open block at end of input is still sent.
	s.Reply("ok", false, 0, 0)
	s.Handle(`"""`)
	s.Handle("unfinished")
	if !s.InFence() {
		t.Fatal("fence should be open")
	}
	a := s.CloseFence()
	if a.Kind != ActSend || a.Text != "unfinished" {
		t.Errorf("CloseFence = %v %q", a.Kind, a.Text)
	}
	// An empty block is nothing.
	s.Reply("ok", false, 0, 0)
	s.Handle(`"""`)
	if a := s.Handle(`"""`); a.Kind != ActNoop {
		t.Errorf("empty block = %v", a.Kind)
	}
}

// TestFenceCanBeLeft: inside a block, /cancel drops it and /quit or /end
// still work; none of them is sent to the partner as text.
func TestFenceCanBeLeft(t *testing.T) {
	s := newTest(t, nil)
	s.Handle(`"""`)
	s.Handle("Dear Sam,")
	a := s.Handle("/cancel")
	if a.Kind != ActOutput || !a.Dropped || a.Block != "Dear Sam," || s.InFence() {
		t.Errorf("/cancel = %+v", a)
	}
	if s.UserTurns() != 0 {
		t.Error("a dropped block was sent")
	}
	s.Handle(`"""`)
	s.Handle("I was wrong.")
	a = s.Handle("/quit")
	if a.Kind != ActQuit || !a.Dropped || a.Block != "I was wrong." {
		t.Errorf("/quit in a block = %+v", a)
	}
	s.Handle(`"""`)
	s.Handle("I was wrong.")
	if a := s.Handle("/END"); a.Kind != ActEnd || !a.NoDebrief {
		t.Errorf("/end in a block = %+v", a)
	}
	s.Handle(`"""`)
	s.Handle("Line one")
	if text, ok := s.DropFence(); !ok || text != "Line one" || s.InFence() {
		t.Errorf("DropFence = %q %v", text, ok)
	}
	if _, ok := s.DropFence(); ok {
		t.Error("DropFence with no block open")
	}
	// A closed block reports its text for the input history.
	s.Handle(`"""`)
	s.Handle("One")
	if a := s.Handle(`two"""`); a.Kind != ActSend || a.Block != "One\ntwo" || a.Dropped {
		t.Errorf("closed block = %+v", a)
	}
}

func TestNudge(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"I'm sorry I missed it.", ""}, // only ignored categories
		{"I'm sorry if you were upset.", `coach: “sorry if” - Drop the "if". (/undo takes the line back.)`},
		{"I'd hedge, I'm sorry if it hurt", `coach: “sorry if” - Drop the "if". (/undo takes the line back.)`}, // high beats medium
		{"I'm sorry, but forgive me now", `coach: “but” - End before the "but". (/undo takes the line back.)`}, // same severity: earliest
		{"hedge", `coach: “hedge” - State the effect.`},
	}
	for _, tc := range tests {
		s := newTest(t, nil)
		a := s.Handle(tc.line)
		if a.Nudge != tc.want {
			t.Errorf("%q: nudge = %q, want %q", tc.line, a.Nudge, tc.want)
		}
	}
	s := newTest(t, func(c *Config) { c.Nudge = false })
	if a := s.Handle("I'm sorry if you were upset."); a.Nudge != "" {
		t.Errorf("--no-nudge still nudged: %q", a.Nudge)
	}
}

func TestInterruptedReplyKeepsRequestWellFormed(t *testing.T) {
	s := newTest(t, nil)
	exchange(t, s, "Hi Sam.", "Oh. Hi.")
	s.Handle("Can we talk?")
	s.Reply("I don't kn", true, 0, 0)
	a := s.Handle("Sorry, go on.")
	want := []llm.Message{
		{Role: "system", Content: "You are Sam."},
		{Role: "user", Content: "Hi Sam."},
		{Role: "assistant", Content: "Oh. Hi."},
		{Role: "user", Content: "Can we talk?"},
		{Role: "assistant", Content: "I don't kn —"},
		{Role: "user", Content: "Sorry, go on."},
	}
	if diff := cmp.Diff(want, a.Request.Messages); diff != "" {
		t.Errorf("messages (-want +got):\n%s", diff)
	}
	// A reply that failed before any text still alternates.
	s.Reply("", true, 0, 0)
	a = s.Handle("Sam?")
	msgs := a.Request.Messages
	if got := msgs[len(msgs)-2]; got != (llm.Message{Role: "assistant", Content: "—"}) {
		t.Errorf("empty interrupted reply rendered as %+v", got)
	}
	for i := 1; i < len(msgs); i++ {
		if msgs[i].Role == msgs[i-1].Role {
			t.Errorf("messages %d and %d both %s", i-1, i, msgs[i].Role)
		}
	}
}

func TestRetryRequestAnswersSameLine(t *testing.T) {
	s := newTest(t, nil)
	first := exchange(t, s, "Hi Sam.", "Oh. Hi.")
	a := s.Handle("/retry")
	if a.Kind != ActRetry {
		t.Fatalf("kind %v", a.Kind)
	}
	if diff := cmp.Diff(first.Request.Messages, a.Request.Messages); diff != "" {
		t.Errorf("retry request differs from the original (-orig +retry):\n%s", diff)
	}
	s.Reply("What do you want?", false, 0, 0)
	if got := roles(s); got != "user,partner" {
		t.Errorf("history %q", got)
	}
	if s.Turns()[1].Text != "What do you want?" {
		t.Errorf("reply not replaced: %+v", s.Turns())
	}
}

func TestStablePrefix(t *testing.T) {
	s := newTest(t, nil)
	var prev []llm.Message
	lines := []string{"Hi Sam.", "I'm sorry I missed your dinner.", "/mood cold", "It was my fault.", "/retry", "What was it like?"}
	for i, line := range lines {
		a := s.Handle(line)
		switch a.Kind {
		case ActSend, ActRetry:
		case ActMood:
			continue
		default:
			t.Fatalf("%q: %v", line, a.Kind)
		}
		msgs := a.Request.Messages
		if a.Kind == ActSend && len(prev) > 0 {
			if len(msgs) <= len(prev) {
				t.Fatalf("turn %d: request shrank", i)
			}
			if diff := cmp.Diff(prev, msgs[:len(prev)]); diff != "" {
				t.Errorf("turn %d: prefix changed (-prev +now):\n%s", i, diff)
			}
		}
		if a.Request.Options.NumCtx != 8192 {
			t.Errorf("num_ctx = %d", a.Request.Options.NumCtx)
		}
		// The persona is the only system message; the mood direction
		// rides at the start of the next user line.
		for j, m := range msgs[1:] {
			if m.Role == "system" {
				t.Errorf("turn %d: a system message at %d: %q", i, j+1, m.Content)
			}
		}
		if line == "It was my fault." {
			want := MoodDirection("Sam", "cold") + "\n\nIt was my fault."
			if got := msgs[len(msgs)-1].Content; got != want {
				t.Errorf("line after /mood = %q, want %q", got, want)
			}
		}
		s.Reply("reply "+line, false, 100+10*i, 5)
		prev = append(append([]llm.Message(nil), msgs...), llm.Message{Role: "assistant", Content: "reply " + line})
	}
}

// TestMoodThenRetry: /retry right after /mood replaces the last reply,
// keeps the mood, and delivers it with the line being answered again.
func TestMoodThenRetry(t *testing.T) {
	s := newTest(t, nil)
	if a := s.Handle("I'm sorry I missed your dinner."); a.Kind != ActSend {
		t.Fatalf("send: %v", a.Kind)
	}
	s.Reply("Whatever.", false, 0, 0)
	if a := s.Handle("/mood hurt"); a.Kind != ActMood {
		t.Fatalf("mood: %v %s", a.Kind, a.Output)
	}
	a := s.Handle("/retry")
	if a.Kind != ActRetry {
		t.Fatalf("/retry after /mood: %v %q", a.Kind, a.Output)
	}
	msgs := a.Request.Messages
	last := msgs[len(msgs)-1]
	if len(msgs) != 2 || last.Role != "user" || !strings.HasPrefix(last.Content, "I'm sorry I missed your dinner.\n\n[Stage direction") || !strings.Contains(last.Content, "hurt") {
		t.Errorf("retry request = %+v", msgs)
	}
	s.Reply("It hurt.", false, 0, 0)
	if got := roles(s); got != "user,direction,partner" {
		t.Errorf("history %q", got)
	}
	if s.Mood() != "hurt" {
		t.Errorf("mood = %s", s.Mood())
	}
}

func TestContextTrimming(t *testing.T) {
	// 512 tokens of context: 384 for the prompt after the reply reserve.
	s := newTest(t, func(c *Config) { c.ModelContext = 512; c.Check = nil })
	long := strings.Repeat("word ", 40) // ~54 tokens a message
	var trimmedReports []int
	var firstTrimReq []llm.Message
	for i := range 12 {
		a := s.Handle(long + string(rune('a'+i)))
		if a.Kind != ActSend {
			t.Fatalf("turn %d: %v %s", i, a.Kind, a.Output)
		}
		if a.Trimmed > 0 {
			trimmedReports = append(trimmedReports, a.Trimmed)
			firstTrimReq = a.Request.Messages
		}
		if est := s.estimate(s.window); est > s.budget() {
			t.Errorf("turn %d: request of ~%d tokens over budget %d", i, est, s.budget())
		}
		msgs := a.Request.Messages
		if msgs[0].Content != "You are Sam." {
			t.Fatalf("turn %d: persona not first: %+v", i, msgs[0])
		}
		if msgs[1].Role != "user" {
			t.Errorf("turn %d: conversation starts with %s", i, msgs[1].Role)
		}
		if msgs[len(msgs)-1].Content != long+string(rune('a'+i)) {
			t.Errorf("turn %d: the new line is not last", i)
		}
		s.Reply(long, false, 0, 0)
	}
	if len(trimmedReports) != 1 {
		t.Fatalf("trim reported %d times (%v), want once", len(trimmedReports), trimmedReports)
	}
	if trimmedReports[0]%2 != 0 {
		t.Errorf("trimmed %d turns, want whole exchanges", trimmedReports[0])
	}
	if firstTrimReq == nil {
		t.Fatal("no trim")
	}
	if st := s.Status(); st.TrimmedTurns == 0 || !strings.Contains(st.String(), "earlier turns left out") {
		t.Errorf("status does not mention trimming: %s", st)
	}
	// The full history is kept for the debrief and transcript.
	if s.UserTurns() != 12 {
		t.Errorf("user turns = %d", s.UserTurns())
	}
}

func TestTrimCarriesMoodDirection(t *testing.T) {
	s := newTest(t, func(c *Config) { c.ModelContext = 512; c.Check = nil })
	long := strings.Repeat("word ", 40)
	s.Handle("/mood cold")
	var last Action
	for i := range 8 {
		last = s.Handle(long + string(rune('a'+i)))
		s.Reply(long, false, 0, 0)
	}
	if s.window == 0 {
		t.Fatal("expected a trim")
	}
	msgs := last.Request.Messages
	if msgs[1].Role != "user" || !strings.HasPrefix(msgs[1].Content, "[Stage direction") || !strings.Contains(msgs[1].Content, "cold") {
		t.Errorf("trimmed request lost the mood direction: %+v", msgs[1])
	}
}

func TestTooLongLine(t *testing.T) {
	s := newTest(t, func(c *Config) { c.ModelContext = 512 })
	a := s.Handle(strings.Repeat("x", 4000))
	var tl *TooLongError
	if a.Kind != ActOutput || !a.Error || !strings.Contains(a.Output, "too long") {
		t.Fatalf("got %v %q", a.Kind, a.Output)
	}
	_ = errors.As(nil, &tl)
	if roles(s) != "" {
		t.Errorf("line kept in history: %q", roles(s))
	}
}

func TestServerTokenCountsUsed(t *testing.T) {
	s := newTest(t, nil)
	exchange(t, s, "Hi.", "Hello.")
	s.Reply("", false, 0, 0) // not realistic, resets; redo properly below
	s = newTest(t, nil)
	s.Handle("Hi.")
	s.Reply("Hello.", false, 2000, 300)
	if got, want := s.Status().Tokens, 2300+llm.MessageOverhead; got != want || !s.Status().Counted {
		t.Errorf("status tokens = %d, want %d (server count)", got, want)
	}
	s.Handle("/undo")
	if got := s.Status().Tokens; got >= 2300 {
		t.Errorf("after undo the stale server count is still used: %d", got)
	}
}

func TestRestore(t *testing.T) {
	s := newTest(t, nil)
	s.Restore([]Restored{
		{Role: RoleUser, Text: "I'm sorry I missed it."},
		{Role: RolePartner, Text: "You did."},
		{Role: RoleUser, Text: "It was my fault."},
	}, "cold")
	if got := roles(s); got != "user,partner,user,partner!" {
		t.Errorf("history = %q", got)
	}
	if s.Mood() != "cold" {
		t.Errorf("mood %q", s.Mood())
	}
	if s.Turns()[0].Check == nil {
		t.Error("restored user lines are not checked")
	}
	a := s.Handle("Are you there?")
	if n := len(a.Request.Messages); n != 6 {
		t.Errorf("request has %d messages, want 6", n)
	}
}

func TestSceneScreen(t *testing.T) {
	s := newTest(t, func(c *Config) {
		c.Scenario.What = "He threatened me."
		c.Screen = func(text string) (string, any) {
			if strings.Contains(text, "threatened") {
				return "step out", nil
			}
			return "", nil
		}
	})
	if msg, _ := s.ScreenScene(); msg != "step out" || !s.SteppedOut() {
		t.Fatalf("scene screen: %q paused=%v", msg, s.SteppedOut())
	}
	if a := s.Handle("hello"); a.Kind != ActOutput {
		t.Errorf("line sent while paused: %v", a.Kind)
	}
	s.Handle("/continue")
	if a := s.Handle("hello"); a.Kind != ActSend {
		t.Errorf("line not sent after /continue: %v", a.Kind)
	}
}

func TestDebriefConversationLevel(t *testing.T) {
	// A question that asks for something is not listening; one about
	// their side is.
	for line, want := range map[string]bool{
		"Can we talk?": false, "Are we good?": false, "Will you forgive me?": false,
		"What was that night like for you?": true, "How have you been?": true, "It sounds like you felt alone.": true,
	} {
		if got := IsListening(line); got != want {
			t.Errorf("IsListening(%q) = %v, want %v", line, got, want)
		}
	}
	// One line without pushing is not yet strong on "no pressure".
	s := newTest(t, nil)
	exchange(t, s, "I'm sorry I missed your dinner.", "Okay.")
	if st := stepOf(s.Debrief(), critique.StepNoPressure); st.Level != LevelPartly {
		t.Errorf("no pressure on one line: %s", st.Label)
	}
	// A line with two findings against an element counts once.
	s = newTest(t, nil)
	exchange(t, s, "I'm sorry I missed your dinner. It was my fault.", "Hm.")
	exchange(t, s, "I'm sorry if it hurt, but I was busy.", "Right.")
	if st := stepOf(s.Debrief(), critique.StepAcknowledgment); st.Level != LevelPartly {
		t.Errorf("one bad line after the apology: %s (%s)", st.Label, st.Note)
	}
}

func stepOf(d Debrief, key string) Step {
	for _, st := range d.Steps {
		if st.Key == key {
			return st
		}
	}
	return Step{}
}

func TestDebrief(t *testing.T) {
	s := newTest(t, nil)
	exchange(t, s, "How have you been? I'd like to hear what that night was like for you.", "Lonely. I waited an hour.")
	exchange(t, s, "I'm sorry if you were upset.", "If?")
	exchange(t, s, "I'm sorry I missed your dinner. It was my fault. I will put your dates in my calendar.", "I need some time.")
	exchange(t, s, "Of course. Thank you for telling me.", "Okay.")
	d := s.Debrief()
	if d.Turns != 4 || len(d.Scores) != 4 {
		t.Fatalf("turns %d scores %v", d.Turns, d.Scores)
	}
	level := map[string]int{}
	for _, st := range d.Steps {
		level[st.Key] = st.Level
		if st.Name == "" || st.Label == "" {
			t.Errorf("step %s lacks name or label", st.Key)
		}
	}
	want := map[string]int{
		critique.StepListening:      LevelStrong,
		critique.StepAcknowledgment: LevelStrong, // "sorry if" came first; the later clean apology recovers it
		critique.StepResponsibility: LevelStrong,
		critique.StepCommitment:     LevelStrong,
		critique.StepNoPressure:     LevelStrong,
		critique.StepBoundaries:     LevelStrong,
	}
	if diff := cmp.Diff(want, level); diff != "" {
		t.Errorf("levels (-want +got):\n%s", diff)
	}
	if d.Best == nil || d.Best.Turn != 3 {
		t.Errorf("best = %+v, want turn 3", d.Best)
	}
	if d.Weakest == nil || d.Weakest.Turn != 2 {
		t.Errorf("weakest = %+v, want turn 2", d.Weakest)
	}
	if len(d.Suggestions) != 3 {
		t.Errorf("suggestions = %q", d.Suggestions)
	}
	if d.Source != "rules" {
		t.Errorf("source %q", d.Source)
	}
}

func TestDebriefPressureAndBoundary(t *testing.T) {
	s := newTest(t, nil)
	exchange(t, s, "I'm sorry I was late, but traffic.", "I need some time.")
	exchange(t, s, "Come on, forgive me now.", "No.")
	d := s.Debrief()
	got := map[string]int{}
	for _, st := range d.Steps {
		got[st.Key] = st.Level
	}
	if got[critique.StepListening] != LevelMissing || got[critique.StepNoPressure] != LevelWeak || got[critique.StepBoundaries] != LevelMissing {
		t.Errorf("levels %v", got)
	}
	if d.Suggestions[0] != stepSuggestion[critique.StepListening] && d.Suggestions[0] != stepSuggestion[critique.StepBoundaries] && d.Suggestions[0] != stepSuggestion[critique.StepCommitment] {
		t.Errorf("first suggestion does not address a missing step: %q", d.Suggestions[0])
	}
}

func TestDebriefEmpty(t *testing.T) {
	d := newTest(t, nil).Debrief()
	if d.Turns != 0 || d.Best != nil || len(d.Suggestions) != 3 {
		t.Errorf("%+v", d)
	}
	for _, st := range d.Steps {
		if st.Level != LevelNotTested {
			t.Errorf("%s rated %d with no lines", st.Key, st.Level)
		}
	}
}

func TestModelDebrief(t *testing.T) {
	for _, tc := range []struct {
		raw string
		ok  bool
	}{
		{`{"summary":"Good.","steps":{"listening":{"rating":3,"note":"You asked."}},"best_line":"","weakest_line":"","suggestions":["a","b","c"]}`, true},
		{`{"summary":"","steps":{},"suggestions":[]}`, false},
		{`not json`, false},
		{`{"summary":"x"`, false},
		{`{"steps":{"bogus":{"rating":1,"note":"x"}}}`, false},
	} {
		m, err := ParseModelDebrief(tc.raw)
		if (err == nil) != tc.ok {
			t.Errorf("ParseModelDebrief(%q) err = %v, want ok=%v", tc.raw, err, tc.ok)
			continue
		}
		if !tc.ok {
			continue
		}
		s := newTest(t, nil)
		exchange(t, s, "How are you?", "Fine.")
		d := s.Debrief()
		d.Merge(m)
		if d.Source != "rules+model" || d.Summary != "Good." || d.Steps[0].Note != "You asked." {
			t.Errorf("merge: %+v", d)
		}
		if diff := cmp.Diff([]string{"a", "b", "c"}, d.Suggestions); diff != "" {
			t.Errorf("suggestions: %s", diff)
		}
	}
}

// TestMergeIsCoherent: a step shows one verdict when the rules and the
// model agree (with the model's note), and the rules' verdict with the
// model's beside it when they differ; a rating beside a contradicting
// note never happens.
func TestMergeIsCoherent(t *testing.T) {
	s := newTest(t, nil)
	exchange(t, s, "How are you?", "Fine.")
	d := s.Debrief()
	listen := d.Steps[0]
	if listen.Key != "listening" || listen.Level != LevelStrong {
		t.Fatalf("rules' listening = %+v", listen)
	}
	raw := `{"summary":"ok","steps":{
		"listening":{"rating":3,"note":"You asked how it was for them first."},
		"acknowledgment":{"rating":2,"note":"You named part of it."},
		"boundaries":{"rating":7,"note":"out of range"}},
		"suggestions":["a"]}`
	m, err := ParseModelDebrief(raw)
	if err != nil {
		t.Fatal(err)
	}
	rulesAck := d.Steps[1]
	d.Merge(m)
	got := d.Steps[0]
	if got.Level != LevelStrong || got.Note != "You asked how it was for them first." || got.By != "rules+model" || got.Model != nil {
		t.Errorf("agreeing step = %+v", got)
	}
	ack := d.Steps[1]
	if ack.Level != rulesAck.Level || ack.Note != rulesAck.Note || ack.Evidence != rulesAck.Evidence || ack.By != "rules" {
		t.Errorf("differing step lost the rules' own verdict: %+v (rules %+v)", ack, rulesAck)
	}
	if ack.Model == nil || ack.Model.Level != 2 || ack.Model.Label != "partly" || ack.Model.Note != "You named part of it." {
		t.Errorf("differing step's model verdict = %+v", ack.Model)
	}
	if b := d.Steps[5]; b.Model != nil || b.By != "rules" {
		t.Errorf("an out-of-range rating was used: %+v", b)
	}
	if d.Disagreements() != 1 {
		t.Errorf("Disagreements = %d", d.Disagreements())
	}
}

func TestSparklineAndMeter(t *testing.T) {
	if got := Sparkline([]int{0, 50, 100, 150, -5}); got != "▁▄██▁" {
		t.Errorf("Sparkline = %q", got)
	}
	if got := Meter(50, 10); got != "[#####.....]" {
		t.Errorf("Meter = %q", got)
	}
}

func TestTurnScore(t *testing.T) {
	c := fakeCheck("I'm sorry I missed it. It was my fault. I will call.")
	if got := TurnScore("I'm sorry I missed it. It was my fault. I will call.", &c); got != 100 {
		t.Errorf("full apology = %d", got)
	}
	c = fakeCheck("I'm sorry if you were upset.")
	if got := TurnScore("I'm sorry if you were upset.", &c); got != 50 { // 70 + ack 10 - high 30
		t.Errorf("conditional = %d", got)
	}
	if got := TurnScore("How are you?", nil); got != 80 {
		t.Errorf("question = %d", got)
	}
}

// After /mood and /retry, later requests keep the direction where the
// retried request had it, so their prefix is unchanged.
func TestRetriedMoodStaysPut(t *testing.T) {
	s := newTest(t, nil)
	s.Handle("I'm sorry.")
	s.Reply("Whatever.", false, 0, 0)
	s.Handle("/mood hurt")
	a := s.Handle("/retry")
	s.Reply("It hurt.", false, 0, 0)
	prev := append(append([]llm.Message(nil), a.Request.Messages...), llm.Message{Role: "assistant", Content: "It hurt."})
	b := s.Handle("I know.")
	if diff := cmp.Diff(prev, b.Request.Messages[:len(prev)]); diff != "" {
		t.Errorf("prefix changed after /mood + /retry (-prev +now):\n%s", diff)
	}
	if got := b.Request.Messages[len(b.Request.Messages)-1].Content; got != "I know." {
		t.Errorf("the direction was delivered twice: %q", got)
	}
}
