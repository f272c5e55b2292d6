//go:build linux || darwin

package repl

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/transcripts"
)

// The pty test re-executes the test binary as a small practice program
// (helperMain) on a real pseudo-terminal, so that readline runs in raw
// mode, Ctrl-C typed while a reply streams is a real SIGINT from the
// terminal driver, and Ctrl-D is a real end of input.

const helperEnv = "AMENDS_REPL_PTY_HELPER"

func TestMain(m *testing.M) {
	if os.Getenv(helperEnv) == "1" {
		os.Exit(helperMain())
	}
	os.Exit(m.Run())
}

func helperMain() int {
	ios := iostreams.System(iostreams.Policy{NoColor: true})
	u, err := url.Parse(os.Getenv("OLLAMA_HOST"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	store, err := transcripts.Open(os.Getenv("AMENDS_TEST_TRANSCRIPTS"))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	w, err := store.Create(transcripts.Header{ID: "pty", Model: "llama3.2"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer w.Close()
	who := "Sam"
	var coach Coach = &fakeCoach{}
	if os.Getenv(hostileEnv) == "1" {
		// A scenario file whose name hides what follows, and a coach model
		// whose answers try to drive the terminal.
		who = "Sam" + hideText
		coach = hostileCoach{}
	}
	sess := practice.New(practice.Config{
		Scenario:     scenario.Scenario{Name: "t", Who: who, Relationship: "friend", What: "I missed the dinner.", Mood: "guarded", Difficulty: "realistic"},
		SystemPrompt: "You are Sam.", Model: "llama3.2", ModelContext: 131072, Check: check, Nudge: true,
	})
	opts := Options{
		IO: ios, Session: sess, Chat: llm.New(u, llm.Settings{IdleTimeout: 10 * time.Second}),
		Coach: coach, Record: w, TranscriptPath: w.Path(),
		HistoryFile: filepath.Join(os.Getenv("AMENDS_TEST_TRANSCRIPTS"), "history"),
		Opening:     os.Getenv("AMENDS_TEST_OPENING"),
	}
	if os.Getenv("AMENDS_TEST_RESUME") != "" {
		// A resumed session: three earlier exchanges, the last four turns
		// shown before the first prompt.
		sess.Restore([]practice.Restored{
			{Role: practice.RoleUser, Text: "first line"},
			{Role: practice.RolePartner, Text: "first reply"},
			{Role: practice.RoleUser, Text: "second line"},
			{Role: practice.RolePartner, Text: "second reply"},
			{Role: practice.RoleUser, Text: "third line"},
			{Role: practice.RolePartner, Text: "third reply"},
		}, "")
		opts.Recap = 4
	}
	err = Run(context.Background(), opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "amends:", err)
		return 1
	}
	return 0
}

// screen collects everything the program writes to the terminal.
type screen struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.Write(p)
}

func (s *screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.buf.String()
}

// waitFor waits until the screen shows want (counting from offset from).
func (s *screen) waitFor(t *testing.T, from int, want string) int {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second) // generous: the race detector on a loaded machine
	for time.Now().Before(deadline) {
		out := s.String()
		if i := strings.Index(out[min(from, len(out)):], want); i >= 0 {
			return from + i + len(want)
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %q; screen:\n%s", want, s.String())
	return 0
}

// startPTY runs the helper on a pseudo-terminal with extra environment.
func startPTY(t *testing.T, srv *ollamatest.Server, dir string, env ...string) (*os.File, *screen, *exec.Cmd, chan struct{}) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), helperEnv+"=1", "OLLAMA_HOST="+srv.URL, "AMENDS_TEST_TRANSCRIPTS="+dir, "TERM=xterm"), env...)
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	scr := &screen{}
	copied := make(chan struct{})
	go func() { _, _ = io.Copy(scr, ptmx); close(copied) }()
	return ptmx, scr, cmd, copied
}

// waitExit waits for the helper to exit after the last input.
func waitExit(t *testing.T, cmd *exec.Cmd, ptmx *os.File, scr *screen, copied chan struct{}) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit: %v; screen:\n%s", err, scr.String())
		}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("did not exit; screen:\n%s", scr.String())
	}
	ptmx.Close()
	<-copied
}

// TestREPLDetailsThroughPTY covers the small things a terminal user
// meets: the opening is shown, a resumed session recaps more than one
// line, Home and End from tmux work, text typed while the partner answers
// stays out of the reply and reaches the next prompt, a """ block can be
// dropped and comes back with Up as one entry, /quit inside a block
// leaves, and /mood then /retry gives a new reply.
func TestREPLDetailsThroughPTY(t *testing.T) {
	srv := ollamatest.New()
	defer srv.Close()
	slow := ollamatest.Reply{Tokens: []string{"I", " hear", " you", " but", " I", " am", " still", " upset."}, TokenDelay: 150 * time.Millisecond}
	srv.Enqueue(
		ollamatest.Reply{Tokens: []string{"Go", " on."}}, // the opening
		ollamatest.Reply{Tokens: []string{"Okay."}},      // Home/End line
		slow, // typed ahead during this one
		ollamatest.Reply{Tokens: []string{"Noted."}}, // the typed-ahead line
		ollamatest.Reply{Tokens: []string{"Block", " received."}},
		ollamatest.Reply{Tokens: []string{"A", " new", " reply."}}, // after /mood, /retry
	)
	dir := t.TempDir()
	ptmx, scr, cmd, copied := startPTY(t, srv, dir, "AMENDS_TEST_OPENING=Sam, I owe you an apology.", "AMENDS_TEST_RESUME=1")
	defer ptmx.Close()

	// The recap shows the last four turns, not just the last reply.
	pos := scr.waitFor(t, 0, "Where you left off (the last 4 of 6 turns):")
	for _, want := range []string{"You: second line", "Sam: second reply", "You: third line", "Sam: third reply"} {
		pos = scr.waitFor(t, pos, want)
	}
	// The opening is shown before it is sent.
	pos = scr.waitFor(t, pos, "you (your opening):")
	pos = scr.waitFor(t, pos, "Sam, I owe you an apology.")
	pos = scr.waitFor(t, pos, "Sam: Go on.")
	pos = scr.waitFor(t, pos, "you> ")

	// Home and End as tmux sends them.
	_, _ = ptmx.Write([]byte("world\x1b[1~hello \x1b[4~!\r"))
	pos = scr.waitFor(t, pos, "Sam: Okay.")
	pos = scr.waitFor(t, pos, "you> ")

	// Typing while the partner answers.
	_, _ = ptmx.Write([]byte("I was wrong.\r"))
	pos = scr.waitFor(t, pos, "Sam: I hear")
	_, _ = ptmx.Write([]byte("typed ahead"))
	pos = scr.waitFor(t, pos, "still upset.")
	reply := scr.String()[pos-len("still upset."):]
	pos = scr.waitFor(t, pos, "you> ")
	if strings.Contains(scr.String()[strings.LastIndex(scr.String(), "Sam: I hear"):pos], "typed ahead") {
		t.Errorf("typed text was echoed into the reply: %q", reply)
	}
	// It is waiting at the prompt; Enter sends it.
	pos = scr.waitFor(t, pos, "typed ahead")
	_, _ = ptmx.Write([]byte("\r"))
	pos = scr.waitFor(t, pos, "Sam: Noted.")
	pos = scr.waitFor(t, pos, "you> ")

	// A block dropped with Ctrl-C, recalled with Up, sent as one turn.
	_, _ = ptmx.Write([]byte(`"""` + "\r"))
	pos = scr.waitFor(t, pos, "...> ")
	_, _ = ptmx.Write([]byte("Dear Sam,\r"))
	pos = scr.waitFor(t, pos, "...> ")
	_, _ = ptmx.Write([]byte("I am sorry.\r"))
	pos = scr.waitFor(t, pos, "...> ")
	_, _ = ptmx.Write([]byte{3})
	pos = scr.waitFor(t, pos, "The block was not sent; press Up")
	pos = scr.waitFor(t, pos, "you> ")
	_, _ = ptmx.Write([]byte("\x1b[A"))
	pos = scr.waitFor(t, pos, `"""Dear Sam, I am sorry."""`)
	_, _ = ptmx.Write([]byte("\r"))
	pos = scr.waitFor(t, pos, "Sam: Block received.")
	pos = scr.waitFor(t, pos, "you> ")

	// /mood then /retry replaces the last reply.
	_, _ = ptmx.Write([]byte("/mood hurt\r"))
	pos = scr.waitFor(t, pos, "mood is now hurt")
	pos = scr.waitFor(t, pos, "you> ")
	_, _ = ptmx.Write([]byte("/retry\r"))
	pos = scr.waitFor(t, pos, "Sam: A new reply.")
	pos = scr.waitFor(t, pos, "you> ")

	// /quit inside a block leaves; it is not sent.
	_, _ = ptmx.Write([]byte(`"""` + "\r"))
	pos = scr.waitFor(t, pos, "...> ")
	_, _ = ptmx.Write([]byte("half a thought\r"))
	pos = scr.waitFor(t, pos, "...> ")
	_, _ = ptmx.Write([]byte("/quit\r"))
	scr.waitFor(t, pos, "Transcript saved")
	waitExit(t, cmd, ptmx, scr, copied)

	var sent []string
	for _, r := range srv.ChatRequests() {
		sent = append(sent, r.Messages[len(r.Messages)-1].Content)
	}
	want := []string{
		"Sam, I owe you an apology.", "hello world!", "I was wrong.", "typed ahead",
		"Dear Sam, I am sorry.", "Dear Sam, I am sorry.\n\n" + practice.MoodDirection("Sam", "hurt"),
	}
	if strings.Join(sent, "|") != strings.Join(want, "|") {
		t.Errorf("lines sent:\n%q\nwant\n%q", sent, want)
	}
	hist, err := os.ReadFile(filepath.Join(dir, "history"))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(hist); !strings.Contains(got, `"""Dear Sam, I am sorry."""`+"\n") || strings.Contains(got, "\nDear Sam,\n") || !strings.Contains(got, `"""half a thought"""`) {
		t.Errorf("history:\n%s", got)
	}
}

func TestInteractiveThroughPTY(t *testing.T) {
	srv := ollamatest.New()
	defer srv.Close()
	srv.Enqueue(
		// Slow enough to be interrupted after the first words.
		ollamatest.Reply{Tokens: []string{"I", " waited", " for", " you", " all", " night", " and", " you", " never", " came."}, TokenDelay: 300 * time.Millisecond},
		ollamatest.Reply{Tokens: []string{"Go", " on", "."}},
	)
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=1", "OLLAMA_HOST="+srv.URL, "AMENDS_TEST_TRANSCRIPTS="+dir, "TERM=xterm")
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	scr := &screen{}
	copied := make(chan struct{})
	go func() { _, _ = io.Copy(scr, ptmx); close(copied) }()

	pos := scr.waitFor(t, 0, "you> ")
	// A line, then Ctrl-C once the reply has started.
	_, _ = ptmx.Write([]byte("I'm sorry if you waited.\r"))
	pos = scr.waitFor(t, pos, `coach: “sorry if”`)
	pos = scr.waitFor(t, pos, "Sam: I waited")
	_, _ = ptmx.Write([]byte{3})
	pos = scr.waitFor(t, pos, "(interrupted")
	pos = scr.waitFor(t, pos, "you> ")

	// Ctrl-C on an empty prompt says how to leave, and does not quit.
	_, _ = ptmx.Write([]byte{3})
	pos = scr.waitFor(t, pos, "To leave")
	pos = scr.waitFor(t, pos, "you> ")

	_, _ = ptmx.Write([]byte("/undo\r"))
	pos = scr.waitFor(t, pos, "Took back")
	pos = scr.waitFor(t, pos, "you> ")

	_, _ = ptmx.Write([]byte("I'm sorry I didn't come.\r"))
	pos = scr.waitFor(t, pos, "Sam: Go on.")
	pos = scr.waitFor(t, pos, "you> ")

	// Ctrl-D leaves, saving.
	_, _ = ptmx.Write([]byte{4})
	scr.waitFor(t, pos, "Transcript saved")

	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("exit: %v; screen:\n%s", err, scr.String())
		}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("did not exit after Ctrl-D; screen:\n%s", scr.String())
	}
	ptmx.Close()
	<-copied

	tr, warns, err := mustStore(t, dir).Read("pty")
	if err != nil || len(warns) > 0 {
		t.Fatalf("read transcript: %v %v", err, warns)
	}
	var got []string
	for _, e := range tr.Events {
		s := string(e.Type)
		if e.Interrupted {
			s += "!"
		}
		got = append(got, s)
	}
	if want := "user nudge partner! undo user partner end"; strings.Join(got, " ") != want {
		t.Errorf("events = %q, want %q", strings.Join(got, " "), want)
	}
	if p := tr.Events[2]; !strings.HasPrefix(p.Text, "I waited") || p.Text == strings.Join([]string{"I", " waited", " for", " you", " all", " night", " and", " you", " never", " came."}, "") {
		t.Errorf("interrupted reply = %q, want a prefix", p.Text)
	}
	msgs := transcripts.Replay(tr)
	if len(msgs) != 2 || msgs[0].Text != "I'm sorry I didn't come." || msgs[1].Text != "Go on." {
		t.Errorf("replayed history = %+v", msgs)
	}
	// The request after the undo does not contain the taken-back exchange.
	reqs := srv.ChatRequests()
	last := reqs[len(reqs)-1].Messages
	if len(last) != 2 || last[1].Content != "I'm sorry I didn't come." {
		t.Errorf("last request = %+v", last)
	}
}

func mustStore(t *testing.T, dir string) *transcripts.Store {
	t.Helper()
	s, err := transcripts.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// hostileEnv makes the helper program's scene and coach hostile.
const hostileEnv = "AMENDS_REPL_PTY_HOSTILE"

// Escape sequences that would take over a terminal.
const (
	hideText  = "\x1b[8m"                    // conceal everything after it
	clipboard = "\x1b]52;c;cm0gLXJmIH4=\x07" // OSC 52: write the clipboard
	title     = "\x1b]0;pwned\x1b\\"         // OSC 0: retitle the window
	clear     = "\x1b[2J\x1b[?1049h"         // clear, alternate screen
	c1CSI     = "\u009b2J"                   // the same, as a C1 control
)

type hostileCoach struct{}

func (hostileCoach) Hint(context.Context, *practice.Session) (string, error) {
	return "Ask" + title + " how it was" + clear, nil
}

func (hostileCoach) Critique(_ context.Context, _ *practice.Session, line string) (string, any, error) {
	return "Overall" + hideText + " fine" + c1CSI, nil, nil
}

func (hostileCoach) Debrief(_ context.Context, s *practice.Session) (practice.Debrief, error) {
	d := s.Debrief()
	d.Summary = "Summary" + clipboard
	d.Suggestions = []string{"Try" + title}
	return d, nil
}

// TestHostileTextThroughPTY sends escape sequences from every side that
// is not amends (the model's reply, split across tokens; the coach's
// hint, critique and debrief; the partner's name from a scenario file)
// and checks the bytes that reach the terminal: none of them drives it,
// each is shown in caret notation.
func TestHostileTextThroughPTY(t *testing.T) {
	srv := ollamatest.New()
	defer srv.Close()
	srv.Enqueue(ollamatest.Reply{Tokens: []string{"Hello", "\x1b]52;c;", "cm0gLXJmIH4=", "\x07", " there", "\x1b", "[2J", "\x1b[?1049h", "\u009b", "8m", " end."}})
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), helperEnv+"=1", hostileEnv+"=1", "OLLAMA_HOST="+srv.URL, "AMENDS_TEST_TRANSCRIPTS="+dir, "TERM=xterm")
	ptmx, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 200})
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer ptmx.Close()
	scr := &screen{}
	copied := make(chan struct{})
	go func() { _, _ = io.Copy(scr, ptmx); close(copied) }()

	pos := scr.waitFor(t, 0, "you> ")
	_, _ = ptmx.Write([]byte("I'm sorry I missed it.\r"))
	pos = scr.waitFor(t, pos, " end.")
	pos = scr.waitFor(t, pos, "you> ")
	_, _ = ptmx.Write([]byte("/hint\r"))
	pos = scr.waitFor(t, pos, "how it was")
	pos = scr.waitFor(t, pos, "you> ")
	_, _ = ptmx.Write([]byte("/critique\r"))
	pos = scr.waitFor(t, pos, " fine")
	pos = scr.waitFor(t, pos, "you> ")
	_, _ = ptmx.Write([]byte("/end\r"))
	scr.waitFor(t, pos, "Transcript saved")
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("did not exit; screen:\n%q", scr.String())
	}
	ptmx.Close()
	<-copied

	out := scr.String()
	for _, bad := range []string{"\x1b]", "\x1b[8m", "\x1b[2J", "\x1b[?1049h", "\x9b", "\u009b", "pwned\x1b", "\x07"} {
		if strings.Contains(out, bad) {
			t.Errorf("the terminal received %q; screen:\n%q", bad, out)
		}
	}
	for _, want := range []string{
		"Sam^[[8m: Hello^[]52;c;cm0gLXJmIH4=^G there^[[2J^[[?1049h^[[8m end.", // the reply, split across tokens
		"talking with Sam^[[8m.",       // the name, from the scenario
		"Sam^[[8m is thinking",         // and in the spinner
		"Ask^[]0;pwned^[\\ how it was", // the hint
		"Overall^[[8m fine^[[2J",       // the critique
		"Summary^[]52;c;",              // the debrief
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the terminal did not show %q; screen:\n%q", want, out)
		}
	}
	// The transcript keeps the reply exactly as it came.
	tr, _, err := mustStore(t, dir).Read("pty")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range tr.Events {
		if e.Type == transcripts.EventPartner && !strings.Contains(e.Text, "\x1b]52;c;") {
			t.Errorf("the transcript changed the reply: %q", e.Text)
		}
	}
}
