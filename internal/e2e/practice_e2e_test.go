//go:build e2e && unix

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/amends-cli/amends/internal/iostreams"
)

// amends practice against the real server: piped sessions, Ctrl-C and a
// server crash in the middle of a reply, and kill -9 between turns. Whatever
// happens, every finished turn (and every line the user sent) must be in
// the transcript, and the transcript must stay readable.

// longModel is a model whose replies stream for minutes (about 1000 tokens
// a second): the tiny model never ends a reply on its own.
const longModel = "amends-tiny-long"

var practiceLines = []string{
	"Sam, I missed your birthday dinner and left you waiting at the restaurant.",
	"I'm sorry if you were upset, but work was crazy that week.",
	"No excuses. I forgot, and I didn't even call. Next year I'll plan it with you, and I'll be there.",
}

// tEvent is one line of a transcript: the header or an event.
type tEvent struct {
	Type        string          `json:"type"`
	Seq         int             `json:"seq"`
	Text        string          `json:"text"`
	Interrupted bool            `json:"interrupted"`
	Format      int             `json:"format"`
	ID          string          `json:"id"`
	Model       string          `json:"model"`
	Scenario    json.RawMessage `json:"scenario"`
}

// transcriptsDir is where amends saves sessions with env.
func transcriptsDir(env []string) string {
	return filepath.Join(envValue(env, "XDG_DATA_HOME"), "amends", "transcripts")
}

// transcriptFile returns the one transcript amends wrote with env.
func transcriptFile(t *testing.T, env []string) string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(transcriptsDir(env), "*.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 {
		t.Fatalf("want one transcript in %s, found %d: %v", transcriptsDir(env), len(files), files)
	}
	return files[0]
}

// readTranscript parses a transcript strictly: every line ends in a
// newline and is one JSON object; the first is the header; seq counts 1, 2, 3.
func readTranscript(t *testing.T, path string) (tEvent, []tEvent) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	h, evs, err := parseTranscript(data)
	if err != nil {
		t.Fatalf("transcript %s: %v\n%s", path, err, data)
	}
	return h, evs
}

func parseTranscript(data []byte) (tEvent, []tEvent, error) {
	var h tEvent
	if len(data) == 0 {
		return h, nil, errEmpty
	}
	if data[len(data)-1] != '\n' {
		return h, nil, errTorn
	}
	lines := bytes.Split(data[:len(data)-1], []byte("\n"))
	var evs []tEvent
	for i, l := range lines {
		var e tEvent
		dec := json.NewDecoder(bytes.NewReader(l))
		if err := dec.Decode(&e); err != nil || dec.More() {
			return h, nil, &lineError{n: i + 1, line: string(l), err: err}
		}
		if i == 0 {
			if e.Type != "header" || e.Format != 1 || e.ID == "" {
				return h, nil, &lineError{n: 1, line: string(l), err: errNoHeader}
			}
			h = e
			continue
		}
		if e.Seq != i {
			return h, nil, &lineError{n: i + 1, line: string(l), err: errSeq}
		}
		evs = append(evs, e)
	}
	return h, evs, nil
}

type lineError struct {
	n    int
	line string
	err  error
}

func (e *lineError) Error() string {
	return fmt.Sprintf("line %d: %s: %s", e.n, errString(e.err), e.line)
}

type constErr string

func (e constErr) Error() string { return string(e) }

const (
	errEmpty    = constErr("empty file")
	errTorn     = constErr("the last line has no newline (a torn write)")
	errNoHeader = constErr("not a format-1 header")
	errSeq      = constErr("seq out of order")
)

func errString(err error) string {
	if err == nil {
		return "trailing data"
	}
	return err.Error()
}

// conversation keeps the user and partner events, in order.
func conversation(evs []tEvent) []tEvent {
	var out []tEvent
	for _, e := range evs {
		if e.Type == "user" || e.Type == "partner" {
			out = append(out, e)
		}
	}
	return out
}

// waitTranscript polls the transcript until cond holds for its events; it
// fails if amends exits first or limit passes. A torn last line counts as
// not yet.
func waitTranscript(t *testing.T, p *AmendsProc, env []string, what string, limit time.Duration, cond func([]tEvent) bool) []tEvent {
	t.Helper()
	deadline := time.Now().Add(limit)
	var last []tEvent
	for {
		files, _ := filepath.Glob(filepath.Join(transcriptsDir(env), "*.jsonl"))
		if len(files) == 1 {
			if data, err := os.ReadFile(files[0]); err == nil {
				if _, evs, err := parseTranscript(data); err == nil {
					last = evs
					if cond(evs) {
						return evs
					}
				}
			}
		}
		select {
		case <-p.done:
			t.Fatalf("amends exited (code %d) before the transcript had %s\nevents: %+v\nstdout:\n%s\nstderr:\n%s", p.ProcessState.ExitCode(), what, last, p.Stdout, p.Stderr)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("the transcript did not have %s within %v\nevents: %+v\nstdout:\n%s\nstderr:\n%s", what, limit, last, p.Stdout, p.Stderr)
		}
	}
}

// waitReplyText waits until at least n bytes of reply text are on stdout
// (in piped text mode stdout carries the replies alone) and returns it.
func waitReplyText(t *testing.T, p *AmendsProc, n int, limit time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(limit)
	for {
		if s := p.Stdout.String(); len(strings.TrimSpace(s)) >= n {
			return s
		}
		select {
		case <-p.done:
			t.Fatalf("amends exited (code %d) before %d bytes of reply arrived\nstdout:\n%s\nstderr:\n%s", p.ProcessState.ExitCode(), n, p.Stdout, p.Stderr)
		case <-time.After(10 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("no %d bytes of reply within %v\nstdout:\n%s\nstderr:\n%s", n, limit, p.Stdout, p.Stderr)
		}
	}
}

func hasEvent(typ string, n int) func([]tEvent) bool {
	return func(evs []tEvent) bool {
		c := 0
		for _, e := range evs {
			if e.Type == typ {
				c++
			}
		}
		return c >= n
	}
}

func sendLine(t *testing.T, p *AmendsProc, line string) {
	t.Helper()
	if _, err := p.Stdin.Write([]byte(line + "\n")); err != nil {
		t.Fatalf("write %q to amends: %v", line, err)
	}
}

// assertNoCrash fails on a Go panic or runtime trace in stderr.
func assertNoCrash(t *testing.T, stderr string) {
	t.Helper()
	for _, s := range []string{"panic:", "goroutine ", "runtime error", "SIGSEGV"} {
		if strings.Contains(stderr, s) {
			t.Errorf("stderr shows a crash (%q):\n%s", s, stderr)
		}
	}
}

func TestPracticePiped(t *testing.T) {
	env := amendsEnv(t, nil)
	requireCommand(t, env, "practice")
	stdin := strings.Join(practiceLines, "\n") + "\n/end\n"
	stdout, stderr, code := runAmends(t, env, stdin, "practice", "--scenario", "missed-birthday")
	if code != 0 {
		t.Fatalf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	assertNoANSI(t, stdout, stderr)
	assertNoCrash(t, stderr)

	path := transcriptFile(t, env)
	if !strings.Contains(stderr, path) {
		t.Errorf("stderr does not name the transcript %s:\n%s", path, stderr)
	}
	for p, want := range map[string]os.FileMode{transcriptsDir(env): 0o700, path: 0o600} {
		st, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := st.Mode().Perm(); got != want {
			t.Errorf("%s: mode %o, want %o", p, got, want)
		}
	}

	h, evs := readTranscript(t, path)
	if h.Model != tinyModelName {
		t.Errorf("header model %q, want %q", h.Model, tinyModelName)
	}
	if base := strings.TrimSuffix(filepath.Base(path), ".jsonl"); h.ID != base {
		t.Errorf("header id %q, file %s", h.ID, base)
	}
	if !strings.Contains(string(h.Scenario), `"missed-birthday"`) {
		t.Errorf("header scenario %s lacks missed-birthday", h.Scenario)
	}
	checkPipedConversation(t, evs, stdout, stderr)
	checkPipedSessionListed(t, env, h.ID, path)
}

// checkPipedConversation checks the events of the piped session: user,
// partner, user, partner... with every line as sent and every reply
// complete and on stdout; a debrief and the end last; the nudge on stderr.
func checkPipedConversation(t *testing.T, evs []tEvent, stdout, stderr string) {
	t.Helper()
	conv := conversation(evs)
	if len(conv) != 2*len(practiceLines) {
		t.Fatalf("%d user/partner events, want %d: %+v", len(conv), 2*len(practiceLines), conv)
	}
	for i, line := range practiceLines {
		u, r := conv[2*i], conv[2*i+1]
		if u.Type != "user" || u.Text != line {
			t.Errorf("turn %d: %s %q, want user %q", i+1, u.Type, u.Text, line)
		}
		if r.Type != "partner" || strings.TrimSpace(r.Text) == "" || r.Interrupted {
			t.Errorf("turn %d: %s %q (interrupted %v), want a finished partner reply", i+1, r.Type, r.Text, r.Interrupted)
			continue
		}
		// What the terminal shows is the reply made safe (the tiny model
		// emits raw control bytes); the transcript keeps it exact.
		if !strings.Contains(stdout, strings.TrimSpace(iostreams.Sanitize(r.Text))) {
			t.Errorf("turn %d: reply %q is not on stdout:\n%s", i+1, r.Text, stdout)
		}
	}
	// /end: a debrief, then the end, last.
	if !hasEvent("debrief", 1)(evs) {
		t.Errorf("no debrief event after /end: %+v", evs)
	}
	if last := evs[len(evs)-1]; last.Type != "end" {
		t.Errorf("last event %s %q, want end", last.Type, last.Text)
	}
	// The nudge for the non-apology is on stderr, not in the conversation.
	if !strings.Contains(stderr, "coach:") {
		t.Errorf("no coach nudge on stderr for %q:\n%s", practiceLines[1], stderr)
	}
	if strings.Contains(stdout, "coach: ") {
		t.Errorf("a nudge leaked into stdout:\n%s", stdout)
	}
}

// checkPipedSessionListed reads the same session through amends
// transcripts list --json and show last.
func checkPipedSessionListed(t *testing.T, env []string, id, path string) {
	t.Helper()
	out, errOut, code := runAmends(t, env, "", "transcripts", "list", "--json")
	if code != 0 {
		t.Fatalf("transcripts list --json: exit %d\n%s%s", code, out, errOut)
	}
	var list []struct {
		ID        string `json:"id"`
		Model     string `json:"model"`
		Scenario  string `json:"scenario"`
		UserTurns int    `json:"user_turns"`
		Ended     bool   `json:"ended"`
		Path      string `json:"path"`
		Problem   string `json:"problem"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil {
		t.Fatalf("transcripts list --json is not a JSON array: %v\n%s", err, out)
	}
	if len(list) != 1 {
		t.Fatalf("transcripts list: %d sessions, want 1: %s", len(list), out)
	}
	if s := list[0]; s.ID != id || s.Scenario != "missed-birthday" || s.Model != tinyModelName ||
		s.UserTurns != len(practiceLines) || !s.Ended || s.Path != path || s.Problem != "" {
		t.Errorf("transcripts list: %+v, want id %s, missed-birthday, %s, %d user turns, ended, path %s",
			s, id, tinyModelName, len(practiceLines), path)
	}
	out, _, code = runAmends(t, env, "", "transcripts", "show", "last")
	if code != 0 {
		t.Fatalf("transcripts show last: exit %d", code)
	}
	for _, line := range practiceLines {
		if !strings.Contains(out, line) {
			t.Errorf("transcripts show last lacks %q:\n%s", line, out)
		}
	}
}

func TestPracticePipedJSON(t *testing.T) {
	env := amendsEnv(t, nil)
	requireCommand(t, env, "practice")
	stdin := strings.Join(practiceLines[:2], "\n") + "\n/end\n"
	stdout, stderr, code := runAmends(t, env, stdin, "practice", "--scenario", "missed-birthday", "--json")
	if code != 0 {
		t.Fatalf("exit %d, want 0\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	if stderr != "" {
		t.Errorf("--json wrote to stderr:\n%s", stderr)
	}
	var partners []string
	types := map[string]int{}
	for i, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		var e struct {
			Type        string `json:"type"`
			Text        string `json:"text"`
			Interrupted bool   `json:"interrupted"`
		}
		if err := json.Unmarshal([]byte(line), &e); err != nil || e.Type == "" {
			t.Errorf("stdout line %d is not a JSON event (%v): %q", i+1, err, line)
			continue
		}
		types[e.Type]++
		if e.Type == "partner" {
			if e.Interrupted || strings.TrimSpace(e.Text) == "" {
				t.Errorf("partner event %d: %+v, want a finished reply", len(partners)+1, e)
			}
			partners = append(partners, e.Text)
		}
	}
	if len(partners) != 2 || types["debrief"] != 1 || types["nudge"] < 1 {
		t.Errorf("events %v, want 2 partner, 1 debrief and a nudge\n%s", types, stdout)
	}
	// The transcript holds the same replies.
	_, evs := readTranscript(t, transcriptFile(t, env))
	var saved []string
	for _, e := range conversation(evs) {
		if e.Type == "partner" {
			saved = append(saved, e.Text)
		}
	}
	if strings.Join(saved, "\x00") != strings.Join(partners, "\x00") {
		t.Errorf("transcript replies %q != --json replies %q", saved, partners)
	}
}

// TestPracticeInterruptLongReply: Ctrl-C (SIGINT) in the middle of a reply
// in piped mode ends amends with 130 and keeps the line and the partial
// reply, marked interrupted.
func TestPracticeInterruptLongReply(t *testing.T) {
	srv := sharedServer(t)
	srv.createModel(t, longModel, "PARAMETER num_predict 100000")
	env := amendsEnv(t, srv, "AMENDS_MODEL="+longModel)
	requireCommand(t, env, "practice")
	p := startAmends(t, env, "practice", "--scenario", "missed-birthday")
	sendLine(t, p, practiceLines[0])
	waitReplyText(t, p, 200, 30*time.Second)
	p.Interrupt(t)
	code := p.WaitExit(t, 15*time.Second)
	stdout, stderr := p.Stdout.String(), p.Stderr.String()
	if code != 130 {
		t.Errorf("exit %d, want 130\nstderr:\n%s", code, stderr)
	}
	assertNoCrash(t, stderr)

	evs, partial := assertPartialKept(t, env, stdout)
	if len(strings.TrimSpace(partial.Text)) < 200 {
		t.Errorf("partial reply has %d bytes, want at least the 200 seen before Ctrl-C", len(partial.Text))
	}
	if last := evs[len(evs)-1]; last.Type != "end" || last.Text != "interrupted by SIGINT" {
		t.Errorf("last event %s %q, want end \"interrupted by SIGINT\"", last.Type, last.Text)
	}
	t.Logf("interrupted after %d bytes; stderr:\n%s", len(partial.Text), stderr)
}

// TestPracticeServerKilledMidReply: the server dies while the partner
// speaks. amends ends with a one-line error (exit 1, no crash) and the
// transcript keeps every line sent and the partial reply.
func TestPracticeServerKilledMidReply(t *testing.T) {
	srv := startServer(t)
	srv.createModel(t, longModel, "PARAMETER num_predict 100000")
	env := amendsEnv(t, srv, "AMENDS_MODEL="+longModel)
	requireCommand(t, env, "practice")
	p := startAmends(t, env, "practice", "--scenario", "missed-birthday")
	sendLine(t, p, practiceLines[0])
	waitReplyText(t, p, 200, 30*time.Second)
	srv.Kill()
	code := p.WaitExit(t, 15*time.Second)
	stdout, stderr := p.Stdout.String(), p.Stderr.String()
	if code != 1 {
		t.Errorf("exit %d, want 1\nstderr:\n%s", code, stderr)
	}
	assertNoCrash(t, stderr)
	// One error line, "amends: ...", saying the reply stopped.
	var errLines []string
	for _, l := range strings.Split(stderr, "\n") {
		if strings.HasPrefix(l, "amends: ") {
			errLines = append(errLines, l)
		}
	}
	if len(errLines) != 1 || !strings.Contains(errLines[0], "the reply stopped before it was finished: the connection to Ollama was lost mid-reply") {
		t.Errorf("want exactly one error line saying the connection was lost:\n%s", stderr)
	}
	if !strings.Contains(stderr, "Your line is saved") {
		t.Errorf("stderr does not say what was kept:\n%s", stderr)
	}

	evs, _ := assertPartialKept(t, env, stdout)
	if last := evs[len(evs)-1]; last.Type != "end" || !strings.HasPrefix(last.Text, "error") {
		t.Errorf("last event %s %q, want an end event naming the error", last.Type, last.Text)
	}
	t.Logf("stderr:\n%s", stderr)
}

// TestPracticeKill9BetweenTurns: SIGKILL right after a finished turn
// leaves a transcript whose every line parses, with the finished turn in it,
// and the session can be listed and resumed.
func TestPracticeKill9BetweenTurns(t *testing.T) {
	env := amendsEnv(t, nil)
	requireCommand(t, env, "practice")
	p := startAmends(t, env, "practice", "--scenario", "missed-birthday")
	sendLine(t, p, practiceLines[0])
	waitTranscript(t, p, env, "a partner reply", 30*time.Second, hasEvent("partner", 1))
	// The reply is recorded; kill at once, before anything else is written.
	if err := p.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if code := p.WaitExit(t, 10*time.Second); code != -1 {
		t.Errorf("exit code %d after SIGKILL, want -1 (killed)", code)
	}

	path := transcriptFile(t, env)
	_, evs := readTranscript(t, path)
	conv := conversation(evs)
	if len(conv) != 2 || conv[0].Type != "user" || conv[0].Text != practiceLines[0] ||
		conv[1].Type != "partner" || conv[1].Interrupted || strings.TrimSpace(conv[1].Text) == "" {
		t.Fatalf("conversation %+v, want the user line and its finished reply", conv)
	}
	if hasEvent("end", 1)(evs) {
		t.Errorf("an end event after SIGKILL? %+v", evs)
	}

	// The session can be read back, and resumed.
	out, errOut, code := runAmends(t, env, "", "transcripts", "list", "--json")
	if code != 0 || !strings.Contains(out, `"user_turns": 1`) && !strings.Contains(out, `"user_turns":1`) {
		t.Errorf("transcripts list after SIGKILL: exit %d, want 0 and 1 user turn\n%s%s", code, out, errOut)
	}
	out, errOut, code = runAmends(t, env, practiceLines[2]+"\n", "practice", "--resume", "last")
	if code != 0 {
		t.Fatalf("resume after SIGKILL: exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	_, evs = readTranscript(t, path)
	conv = conversation(evs)
	if len(conv) != 4 || conv[2].Text != practiceLines[2] || conv[3].Type != "partner" || conv[3].Interrupted {
		t.Errorf("after resuming: %+v, want the old turn and a new finished one", conv)
	}
}

// assertPartialKept checks the transcript of a session cut off during its
// first reply: the user line, then the partner's partial reply marked
// interrupted and equal to what stdout showed (stdout may trim the leading
// space of the first token). It returns the events and the partial reply.
func assertPartialKept(t *testing.T, env []string, stdout string) ([]tEvent, tEvent) {
	t.Helper()
	_, evs := readTranscript(t, transcriptFile(t, env))
	conv := conversation(evs)
	if len(conv) != 2 || conv[0].Type != "user" || conv[0].Text != practiceLines[0] || conv[1].Type != "partner" {
		t.Fatalf("conversation %+v, want the user line and a partner reply", conv)
	}
	partial := conv[1]
	if !partial.Interrupted {
		t.Errorf("the cut-off reply is not marked interrupted: %+v", partial)
	}
	if got, want := strings.TrimSpace(iostreams.Sanitize(partial.Text)), strings.TrimSpace(stdout); got != want {
		t.Errorf("saved partial reply (%d bytes) != reply on stdout (%d bytes)\nsaved: %q\nshown: %q", len(got), len(want), got, want)
	}
	return evs, partial
}
