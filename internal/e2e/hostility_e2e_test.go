//go:build e2e && unix

package e2e

import (
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/amends-cli/amends/internal/iostreams"
)

// The fault-and-hostility suite against the real server: what the real
// model says never drives the terminal, a session ends cleanly on SIGTERM,
// and nothing reaches the model when the safety screen steps out.

// assertNoControls fails if out holds a byte that could drive a terminal:
// a C0 control other than newline and tab, DEL, a C1 control, or a byte
// that is not UTF-8.
func assertNoControls(t *testing.T, name, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Errorf("%s is not UTF-8: %q", name, out)
	}
	for i, r := range out {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f || r >= 0x80 && r <= 0x9f {
			t.Errorf("%s holds control %U at byte %d: %q", name, r, i, out[max(0, i-20):min(len(out), i+20)])
			return
		}
	}
}

// TestRealRepliesNeverDriveTheTerminal: the tiny model emits raw control
// bytes; practice shows them in visible form and keeps them exact in the
// transcript, and transcripts show does the same.
func TestRealRepliesNeverDriveTheTerminal(t *testing.T) {
	env := amendsEnv(t, nil)
	requireCommand(t, env, "practice")
	stdout, stderr, code := runAmends(t, env, strings.Join(practiceLines, "\n")+"\n", "practice", "--scenario", "missed-birthday")
	if code != 0 {
		t.Fatalf("exit %d\nstderr:\n%s", code, stderr)
	}
	assertNoControls(t, "practice stdout", stdout)
	assertNoControls(t, "practice stderr", stderr)
	_, evs := readTranscript(t, transcriptFile(t, env))
	raw := 0
	for _, e := range conversation(evs) {
		if e.Type != "partner" {
			continue
		}
		if iostreams.Sanitize(e.Text) != e.Text {
			raw++
		}
		if !strings.Contains(stdout, strings.TrimSpace(iostreams.Sanitize(e.Text))) {
			t.Errorf("reply %q is not on stdout in its visible form", e.Text)
		}
	}
	t.Logf("%d of the replies held control bytes", raw)
	shown, stderr, code := runAmends(t, env, "", "transcripts", "show", "last")
	if code != 0 {
		t.Fatalf("transcripts show: exit %d\n%s", code, stderr)
	}
	assertNoControls(t, "transcripts show", shown)
}

// TestPracticeSIGTERMMidReply: SIGTERM while the partner speaks keeps the
// line and the partial reply (marked interrupted), ends the transcript
// with the signal's name, and exits 143.
func TestPracticeSIGTERMMidReply(t *testing.T) {
	srv := sharedServer(t)
	srv.createModel(t, longModel, "PARAMETER num_predict 100000")
	env := amendsEnv(t, srv, "AMENDS_MODEL="+longModel)
	requireCommand(t, env, "practice")
	p := startAmends(t, env, "practice", "--scenario", "missed-birthday")
	sendLine(t, p, practiceLines[0])
	waitReplyText(t, p, 200, 30*time.Second)
	if err := p.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := p.WaitExit(t, 15*time.Second); code != 143 {
		t.Errorf("exit %d, want 143\nstderr:\n%s", code, p.Stderr)
	}
	assertNoCrash(t, p.Stderr.String())
	evs, _ := assertPartialKept(t, env, p.Stdout.String())
	if last := evs[len(evs)-1]; last.Type != "end" || last.Text != "interrupted by SIGTERM" {
		t.Errorf("last event %s %q, want end \"interrupted by SIGTERM\"", last.Type, last.Text)
	}
}

// TestSafetyStepOutSendsNothing: a line that speaks of danger steps out
// of practice, critique and reach-out with nothing sent to the model.
func TestSafetyStepOutSendsNothing(t *testing.T) {
	p := newLoggingProxy(t, sharedServer(t))
	env := amendsEnv(t, nil, p.Env()...)
	danger := "He beat me and threatened to kill me if I leave."
	stdout, stderr, code := runAmends(t, env, danger+"\n", "practice", "--scenario", "missed-birthday")
	if code != 0 || !strings.Contains(stderr+stdout, "step out") {
		t.Errorf("practice: exit %d, no step-out\nstdout:\n%s\nstderr:\n%s", code, stdout, stderr)
	}
	stdout, _, code = runAmends(t, env, "", "critique", danger)
	if code != 0 || !strings.Contains(stdout, "Nothing was sent to the model") {
		t.Errorf("critique: exit %d, stdout:\n%s", code, stdout)
	}
	stdout, _, code = runAmends(t, env, "", "reach-out", "--who", "Sam", "--what", danger)
	if code != 0 || !strings.Contains(stdout, "step out") {
		t.Errorf("reach-out: exit %d, stdout:\n%s", code, stdout)
	}
	if n := len(p.Chats()); n != 0 {
		t.Errorf("%d chat requests reached the server, want none", n)
	}
}
