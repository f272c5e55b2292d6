package repl

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/transcripts"
)

// memRecorder keeps events in memory.
type memRecorder struct {
	mu     sync.Mutex
	events []transcripts.Event
}

func (m *memRecorder) Append(e transcripts.Event) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	e.Seq = len(m.events) + 1
	m.events = append(m.events, e)
	return nil
}

func (m *memRecorder) types() string {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []string
	for _, e := range m.events {
		s := string(e.Type)
		if e.Interrupted {
			s += "!"
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

func (m *memRecorder) transcript() *transcripts.Transcript {
	m.mu.Lock()
	defer m.mu.Unlock()
	return &transcripts.Transcript{Events: append([]transcripts.Event(nil), m.events...)}
}

// fakeCoach answers without a model.
type fakeCoach struct {
	hints int
}

func (c *fakeCoach) Hint(context.Context, *practice.Session) (string, error) {
	c.hints++
	return "Ask how it was for them.", nil
}

func (c *fakeCoach) Critique(_ context.Context, _ *practice.Session, line string) (string, any, error) {
	return "critique of " + line, map[string]string{"line": line}, nil
}

func (c *fakeCoach) Debrief(_ context.Context, s *practice.Session) (practice.Debrief, error) {
	return s.Debrief(), nil
}

func check(text string) practice.LineCheck {
	c := practice.LineCheck{Elements: map[string]bool{}}
	if i := strings.Index(text, "sorry if"); i >= 0 {
		c.Findings = append(c.Findings, critique.Finding{Category: critique.CatConditional, Element: critique.ElemAcknowledgment, Severity: critique.SevHigh, Start: i, Quote: "sorry if", Suggestion: "Drop the \"if\"."})
	}
	return c
}

type harness struct {
	t      *testing.T
	srv    *ollamatest.Server
	client *llm.Client
	sess   *practice.Session
	rec    *memRecorder
	ios    *iostreams.IOStreams
	in     *bytes.Buffer
	out    *bytes.Buffer
	errOut *bytes.Buffer
	coach  *fakeCoach
	// cancelOnToken cancels the current call after that many tokens (0: never).
	cancelOnToken int
	cancel        context.CancelFunc
	mu            sync.Mutex
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	srv := ollamatest.New()
	t.Cleanup(srv.Close)
	u, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	ios, in, out, errOut := iostreams.Test()
	h := &harness{
		t: t, srv: srv, client: llm.New(u, llm.Settings{IdleTimeout: 2 * time.Second}),
		rec: &memRecorder{}, ios: ios, in: in, out: out, errOut: errOut, coach: &fakeCoach{},
	}
	h.sess = practice.New(practice.Config{
		Scenario:     scenario.Scenario{Name: "t", Who: "Sam", Relationship: "friend", What: "I missed the dinner.", Mood: "guarded", Difficulty: "realistic"},
		SystemPrompt: "You are Sam.", Model: "llama3.2", ModelContext: 131072,
		Check: check, Nudge: true,
	})
	return h
}

// chatter wraps the client to cancel the turn after N tokens, like a
// Ctrl-C arriving mid-reply.
type chatter struct{ h *harness }

func (c chatter) Chat(ctx context.Context, req llm.ChatRequest, onToken func(string)) (llm.ChatResult, error) {
	n := 0
	return c.h.client.Chat(ctx, req, func(tok string) {
		n++
		if onToken != nil {
			onToken(tok)
		}
		c.h.mu.Lock()
		if c.h.cancelOnToken > 0 && n == c.h.cancelOnToken && c.h.cancel != nil {
			c.h.cancel()
		}
		c.h.mu.Unlock()
	})
}

func (c chatter) ChatJSON(ctx context.Context, req llm.ChatRequest) (string, error) {
	return c.h.client.ChatJSON(ctx, req)
}

func (h *harness) options(jsonOut bool) Options {
	return Options{
		IO: h.ios, Session: h.sess, Chat: chatter{h}, Coach: h.coach, Record: h.rec,
		TranscriptPath: "/tmp/t.jsonl", JSON: jsonOut,
		Interruptible: func(p context.Context) (context.Context, context.CancelFunc) {
			ctx, cancel := context.WithCancel(p)
			h.mu.Lock()
			h.cancel = cancel
			h.mu.Unlock()
			return ctx, cancel
		},
	}
}

// run runs the piped loop over input; interactive selects the
// interactive error rules (return to the prompt) without readline.
func (h *harness) run(input string, interactive, jsonOut bool) error {
	h.in.WriteString(input)
	r := newRunner(h.options(jsonOut))
	r.interactive = interactive
	return r.finish(r.pipedLoop(context.Background()))
}

func (h *harness) chats() []api.ChatRequest {
	var out []api.ChatRequest
	for _, c := range h.srv.ChatRequests() {
		if len(c.Format) == 0 {
			out = append(out, c)
		}
	}
	return out
}

func TestPipedStreamsRepliesInOrder(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"Oh.", " It's", " you."}},
		ollamatest.Reply{Tokens: []string{"I", " waited", " an hour."}},
	)
	if err := h.run("Hi Sam.\nI'm sorry if you waited.\n", false, false); err != nil {
		t.Fatal(err)
	}
	if got, want := h.out.String(), "Oh. It's you.\nI waited an hour.\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if !strings.Contains(h.errOut.String(), `coach: “sorry if” - Drop the "if".`) {
		t.Errorf("no nudge on stderr: %q", h.errOut.String())
	}
	if got, want := h.rec.types(), "user partner user nudge partner end"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
	if strings.Contains(h.out.String(), "coach") {
		t.Error("the nudge went to stdout")
	}
}

func TestStablePrefixOnTheWire(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"One."}, PromptTokens: 40, EvalTokens: 2},
		ollamatest.Reply{Tokens: []string{"Two."}, PromptTokens: 60, EvalTokens: 2},
		ollamatest.Reply{Tokens: []string{"Three."}},
	)
	if err := h.run("a\n/mood cold\nb\nc\n", false, false); err != nil {
		t.Fatal(err)
	}
	reqs := h.chats()
	if len(reqs) != 3 {
		t.Fatalf("%d chat requests", len(reqs))
	}
	for i := 1; i < len(reqs); i++ {
		prev, cur := reqs[i-1].Messages, reqs[i].Messages
		if len(cur) <= len(prev) {
			t.Fatalf("request %d is not longer than %d", i, i-1)
		}
		for j := range prev {
			a, _ := json.Marshal(prev[j])
			b, _ := json.Marshal(cur[j])
			if !bytes.Equal(a, b) {
				t.Errorf("request %d message %d differs from request %d:\n%s\n%s", i, j, i-1, a, b)
			}
		}
		if reqs[i].Options["num_ctx"] != float64(8192) {
			t.Errorf("num_ctx = %v", reqs[i].Options["num_ctx"])
		}
		if reqs[i].Truncate == nil || *reqs[i].Truncate {
			t.Error("truncate is not false")
		}
	}
}

func TestInterruptKeepsPartialAndReturnsToPrompt(t *testing.T) {
	h := newHarness(t)
	h.cancelOnToken = 2
	h.srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"I", " don't", " know", " what", " to", " say."}, TokenDelay: 30 * time.Millisecond},
		ollamatest.Reply{Tokens: []string{"Fine."}},
	)
	err := h.run("Hi Sam.\n/hint\nCan we talk?\n", true, false)
	if err != nil {
		t.Fatal(err)
	}
	h.cancelOnToken = 0
	if !strings.Contains(h.errOut.String(), "(interrupted") {
		t.Errorf("no interrupted notice: %q", h.errOut.String())
	}
	if got, want := h.rec.types(), "user partner! hint user partner end"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
	if p := h.rec.events[1]; p.Text != "I don't" {
		t.Errorf("partial = %q", p.Text)
	}
	reqs := h.chats()
	if len(reqs) != 2 {
		t.Fatalf("%d requests", len(reqs))
	}
	msgs := reqs[1].Messages
	got := []string{}
	for _, m := range msgs {
		got = append(got, m.Role+":"+m.Content)
	}
	want := []string{"system:You are Sam.", "user:Hi Sam.", "assistant:I don't —", "user:Can we talk?"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("next request = %q, want %q", got, want)
	}
	if h.coach.hints != 1 {
		t.Errorf("hints = %d", h.coach.hints)
	}
}

func TestHintNotInHistory(t *testing.T) {
	h := newHarness(t)
	if err := h.run("Hi.\n/hint\nAnd?\n", false, false); err != nil {
		t.Fatal(err)
	}
	for _, r := range h.chats() {
		for _, m := range r.Messages {
			if strings.Contains(m.Content, "Ask how it was") {
				t.Errorf("the hint leaked into the role-play: %+v", m)
			}
		}
	}
	// Piped, stdout carries the replies only; the hint is on stderr,
	// labelled.
	if !strings.Contains(h.errOut.String(), "[hint] Ask how it was for them.") || strings.Contains(h.out.String(), "Ask how") {
		t.Errorf("hint not shown on stderr, labelled: stdout %q, stderr %q", h.out.String(), h.errOut.String())
	}
}

func TestPipedInterruptExits(t *testing.T) {
	h := newHarness(t)
	h.cancelOnToken = 1
	h.srv.Enqueue(ollamatest.Reply{Tokens: []string{"a", "b", "c"}, TokenDelay: 30 * time.Millisecond})
	err := h.run("Hi.\nnever sent\n", false, false)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if got, want := h.rec.types(), "user partner! end"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
}

func TestDisconnectMidReply(t *testing.T) {
	for _, interactive := range []bool{true, false} {
		t.Run(fmt.Sprint("interactive=", interactive), func(t *testing.T) {
			h := newHarness(t)
			h.srv.Enqueue(
				ollamatest.Reply{Tokens: []string{"You", " never", " call", "."}, DisconnectAfter: 2},
				ollamatest.Reply{Tokens: []string{"Okay."}},
			)
			err := h.run("I'm sorry I vanished.\nStill there?\n", interactive, false)
			var se *llm.StreamError
			if interactive && err != nil {
				t.Fatalf("interactive: err = %v", err)
			}
			if !interactive && !errors.As(err, &se) {
				t.Fatalf("piped: err = %v, want a StreamError", err)
			}
			// Interactive: the error and what was kept, then the prompt.
			// Piped: only what was kept; the CLI prints the error once.
			stderr := h.errOut.String()
			if !strings.Contains(stderr, "Your line is saved") || strings.Contains(stderr, "stopped before it was finished") != interactive {
				t.Errorf("stderr = %q", stderr)
			}
			ev := h.rec.transcript().Events
			if ev[0].Type != transcripts.EventUser || ev[0].Text != "I'm sorry I vanished." {
				t.Errorf("user line lost: %+v", ev[0])
			}
			if ev[1].Type != transcripts.EventPartner || !ev[1].Interrupted || ev[1].Text != "You never" {
				t.Errorf("partial reply = %+v", ev[1])
			}
			want := "user partner! end"
			if interactive {
				want = "user partner! user partner end"
			}
			if got := h.rec.types(); got != want {
				t.Errorf("events = %q, want %q", got, want)
			}
		})
	}
}

func TestReplyCutShortByTheServerGoesOn(t *testing.T) {
	for _, interactive := range []bool{true, false} {
		t.Run(fmt.Sprint("interactive=", interactive), func(t *testing.T) {
			h := newHarness(t)
			h.srv.Enqueue(
				// The server ends the reply cleanly but without its final
				// message, as Ollama does when a model repeats itself.
				ollamatest.Reply{Tokens: []string{"no", " no", " no", " no"}, EndEarly: 2},
				ollamatest.Reply{Tokens: []string{"Okay."}},
			)
			if err := h.run("I'm sorry I vanished.\nStill there?\n", interactive, false); err != nil {
				t.Fatalf("err = %v; a reply the server cut short must not end the session", err)
			}
			if !strings.Contains(h.errOut.String(), "cut short by Ollama") {
				t.Errorf("stderr = %q", h.errOut.String())
			}
			ev := h.rec.transcript().Events
			if ev[1].Type != transcripts.EventPartner || !ev[1].Interrupted || ev[1].Text != "no no" {
				t.Errorf("partial reply = %+v", ev[1])
			}
			if got, want := h.rec.types(), "user partner! note user partner end"; got != want {
				t.Errorf("events = %q, want %q", got, want)
			}
		})
	}
}

func TestUndoRetryAndReplayAgree(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"r1"}},
		ollamatest.Reply{Tokens: []string{"r2"}},
		ollamatest.Reply{Tokens: []string{"r3"}},
		ollamatest.Reply{Tokens: []string{"r2b"}},
	)
	if err := h.run("one\ntwo\n/undo\nthree\n/retry\n/quit\n", false, false); err != nil {
		t.Fatal(err)
	}
	// The transcript, replayed, is the session's history.
	var replayed, live []string
	for _, m := range transcripts.Replay(h.rec.transcript()) {
		replayed = append(replayed, string(m.Role)+":"+m.Text)
	}
	for _, t := range h.sess.Turns() {
		live = append(live, string(t.Role)+":"+t.Text)
	}
	if strings.Join(replayed, "|") != strings.Join(live, "|") {
		t.Errorf("replay %q != live %q", replayed, live)
	}
	if want := "user:one|partner:r1|user:three|partner:r2b"; strings.Join(live, "|") != want {
		t.Errorf("history %q, want %q", live, want)
	}
	if got, want := h.rec.types(), "user partner user partner undo user partner retry partner end"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
}

func TestJSONEvents(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(ollamatest.Reply{Tokens: []string{"Hm", "."}})
	if err := h.run("I'm sorry if that hurt.\n/status\n/bogus\n/end\n", false, true); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, line := range strings.Split(strings.TrimSpace(h.out.String()), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		types = append(types, e["type"].(string))
		checkSnakeCase(t, e)
		if e["type"] == "user" && e["text"] != "I'm sorry if that hurt." {
			t.Errorf("user event = %v", e)
		}
		if e["type"] == "status" {
			if d, _ := e["data"].(map[string]any); d["user_turns"] != 1.0 || d["num_ctx"] == nil {
				t.Errorf("status data = %v", e["data"])
			}
		}
		if e["type"] == "partner" {
			if u, _ := e["usage"].(map[string]any); u["prompt_tokens"] == nil || u["reply_tokens"] == nil {
				t.Errorf("partner usage = %v", e["usage"])
			}
		}
	}
	if got, want := strings.Join(types, " "), "user nudge partner status error debrief"; got != want {
		t.Errorf("json events = %q, want %q", got, want)
	}
	if h.errOut.Len() != 0 {
		t.Errorf("stderr in --json mode: %q", h.errOut.String())
	}
}

// checkSnakeCase fails on any object key in v that is not lower snake case.
func checkSnakeCase(t *testing.T, v any) {
	t.Helper()
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			if k != strings.ToLower(k) || strings.ContainsAny(k, "- ") {
				t.Errorf("JSON key %q is not lower snake case", k)
			}
			checkSnakeCase(t, x)
		}
	case []any:
		for _, x := range v {
			checkSnakeCase(t, x)
		}
	}
}

// A retry is an event of its own in --json, so a replacement reply can be
// told from a new one.
func TestJSONRetryEvent(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(ollamatest.Reply{Tokens: []string{"One."}}, ollamatest.Reply{Tokens: []string{"Two."}})
	if err := h.run("Hi.\n/retry\n", false, true); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, line := range strings.Split(strings.TrimSpace(h.out.String()), "\n") {
		var e map[string]any
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("not JSON: %q", line)
		}
		if e["type"] != "usage" {
			types = append(types, e["type"].(string))
		}
	}
	if got, want := strings.Join(types, " "), "user partner retry partner"; got != want {
		t.Errorf("json events = %q, want %q", got, want)
	}
}

func TestSafetyStepsOut(t *testing.T) {
	h := newHarness(t)
	h.sess = practice.New(practice.Config{
		Scenario:     scenario.Scenario{Who: "Sam", Mood: "guarded"},
		SystemPrompt: "You are Sam.", Model: "llama3.2",
		Screen: func(text string) (string, any) {
			if strings.Contains(text, "hurt myself") {
				return "Please reach out for help.", []string{"self-harm"}
			}
			return "", nil
		},
	})
	if err := h.run("I want to hurt myself.\nHello?\n/hint\n/continue\nHello.\n", false, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.errOut.String(), "Please reach out for help.") {
		t.Errorf("no safety message: %q", h.errOut.String())
	}
	if n := len(h.chats()); n != 1 {
		t.Errorf("%d chat requests, want 1 (only after /continue)", n)
	}
	for _, m := range h.chats()[0].Messages {
		if strings.Contains(m.Content, "hurt myself") {
			t.Error("the concerning line reached the partner")
		}
	}
	if got, want := h.rec.types(), "safety note user partner end"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
	if h.coach.hints != 0 {
		t.Error("a hint was given while paused")
	}
}

func TestFenceBlockIsOneTurn(t *testing.T) {
	h := newHarness(t)
	if err := h.run("\"\"\"\nDear Sam,\n\nI'm sorry.\n\"\"\"\n", false, false); err != nil {
		t.Fatal(err)
	}
	reqs := h.chats()
	if len(reqs) != 1 {
		t.Fatalf("%d requests", len(reqs))
	}
	if got := reqs[0].Messages[1].Content; got != "Dear Sam,\n\nI'm sorry." {
		t.Errorf("block = %q", got)
	}
}

func TestDebriefRendered(t *testing.T) {
	h := newHarness(t)
	if err := h.run("How was it for you?\nI'm sorry if you waited.\n/end\n", false, false); err != nil {
		t.Fatal(err)
	}
	// Piped, the debrief is on stderr, every line labelled.
	out := h.errOut.String()
	for _, want := range []string{"[debrief] Debrief: your conversation with Sam", "Listening before apologising", "turn by turn (0-100): 80 40", "Best line (turn 1", "Weakest line (turn 2", "Three things to try", "[debrief]   3. "} {
		if !strings.Contains(out, want) {
			t.Errorf("debrief lacks %q:\n%s", want, out)
		}
	}
	ev := h.rec.transcript().Events
	var d practice.Debrief
	for _, e := range ev {
		if e.Type == transcripts.EventDebrief {
			if err := json.Unmarshal(e.Data, &d); err != nil {
				t.Fatal(err)
			}
		}
	}
	if d.Turns != 2 {
		t.Errorf("debrief data not saved: %+v", d)
	}
	if got := h.rec.types(); !strings.HasSuffix(got, "debrief end") {
		t.Errorf("events = %q", got)
	}
	if strings.Contains(out, "\x1b[") {
		t.Error("escape codes in piped output")
	}
	tty := RenderDebrief(d, iostreams.Styles{}, true, 0)
	if !strings.Contains(tty, practice.Sparkline(d.Scores)) {
		t.Errorf("no sparkline on a terminal:\n%s", tty)
	}
}

func TestOpeningIsFirstTurn(t *testing.T) {
	h := newHarness(t)
	h.in.WriteString("Then?\n")
	o := h.options(false)
	o.Opening = "Sam, I owe you an apology."
	f := false
	o.Interactive = &f
	if err := Run(context.Background(), o); err != nil {
		t.Fatal(err)
	}
	reqs := h.chats()
	if len(reqs) != 2 || reqs[0].Messages[1].Content != "Sam, I owe you an apology." {
		t.Errorf("opening not sent first: %+v", reqs)
	}
}

func TestEditSendsWhatWasWritten(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("uses a shell script as the editor and GNU stat")
	}
	h := newHarness(t)
	dir := t.TempDir()
	script := dir + "/ed.sh"
	body := "#!/bin/sh\nstat -c %a \"$1\" > " + dir + "/mode\nprintf 'Sam,\\nI am sorry.\\n' >> \"$1\"\n"
	if err := os.WriteFile(script, []byte(body), 0o700); err != nil {
		t.Fatal(err)
	}
	h.in.WriteString("/edit\n")
	o := h.options(false)
	o.Editor = script
	r := newRunner(o)
	if err := r.finish(r.pipedLoop(context.Background())); err != nil {
		t.Fatal(err)
	}
	reqs := h.chats()
	if len(reqs) != 1 || reqs[0].Messages[1].Content != "Sam,\nI am sorry." {
		t.Fatalf("edited line not sent: %+v", reqs)
	}
	if mode, _ := os.ReadFile(dir + "/mode"); strings.TrimSpace(string(mode)) != "600" {
		t.Errorf("temp file mode %q, want 600", mode)
	}
	// No editor: a clear error, nothing sent.
	h2 := newHarness(t)
	if err := h2.run("/edit\n", true, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h2.errOut.String(), "$EDITOR") || len(h2.chats()) != 0 {
		t.Errorf("stderr %q", h2.errOut.String())
	}
}

// flakyRecorder fails while full is set, like a full disk.
type flakyRecorder struct {
	memRecorder
	full bool
}

func (f *flakyRecorder) Append(e transcripts.Event) error {
	if f.full {
		return errors.New("write /t.jsonl: no space left on device")
	}
	return f.memRecorder.Append(e)
}

func TestStorageIsHonest(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"One."}},
		ollamatest.Reply{Tokens: []string{"Two."}},
		ollamatest.Reply{Tokens: []string{"Three."}},
	)
	rec := &flakyRecorder{full: true}
	h.rec = &rec.memRecorder
	opts := h.options(false)
	opts.Record = rec
	r := newRunner(opts)
	h.in.WriteString("First line.\n")
	// The disk is full for the first turn: the session goes on, says so
	// after the turn, and keeps the events.
	err := r.pipedLoop(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.errOut.String(), "the transcript cannot be written (write /t.jsonl: no space left on device); 2 events are held in memory") {
		t.Fatalf("no notice after the turn: %q", h.errOut.String())
	}
	// Still full: it says so again on the next turn.
	h.errOut.Reset()
	h.in.WriteString("Second line.\n")
	if err := r.pipedLoop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(h.errOut.String(), "4 events are held in memory") {
		t.Fatalf("no notice on the second turn: %q", h.errOut.String())
	}
	// Space again: everything held is written, in order, and it says so.
	rec.full = false
	h.errOut.Reset()
	h.in.WriteString("Third line.\n")
	if err := r.finish(r.pipedLoop(context.Background())); err != nil {
		t.Fatal(err)
	}
	if got, want := rec.types(), "user partner user partner user partner end"; got != want {
		t.Errorf("events = %q, want %q", got, want)
	}
	if !strings.Contains(h.errOut.String(), "being written again") || !strings.Contains(h.errOut.String(), "Transcript saved") {
		t.Errorf("stderr = %q", h.errOut.String())
	}
}

func TestNeverSaysSavedWhenItIsNot(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(ollamatest.Reply{Tokens: []string{"One."}})
	rec := &flakyRecorder{full: true}
	opts := h.options(false)
	opts.Record = rec
	r := newRunner(opts)
	h.in.WriteString("First line.\n")
	err := r.finish(r.pipedLoop(context.Background()))
	if err == nil || !strings.Contains(err.Error(), "is incomplete") {
		t.Fatalf("err = %v", err)
	}
	out := h.errOut.String()
	if strings.Contains(out, "Transcript saved") {
		t.Errorf("said saved: %q", out)
	}
	// What could not be written is shown, so it is not lost.
	if !strings.Contains(out, "[user] First line.") || !strings.Contains(out, "[partner] One.") {
		t.Errorf("unsaved lines not shown: %q", out)
	}
}
