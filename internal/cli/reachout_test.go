package cli

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
)

func TestReachOutStreamsDraft(t *testing.T) {
	srv := ollamatest.New()
	t.Cleanup(srv.Close)
	srv.Enqueue(ollamatest.Reply{Tokens: []string{"\n ", "Hi Sam, I miss you. ", "Would you be open to a coffee sometime? ", "No pressure."}})
	h := newJourneyHarness(t, srv)
	if code := h.run(cmd(newCmdReachOut), "--who", "Sam", "--what", "I missed the dinner"); code != 0 {
		t.Fatalf("exit %d: %s", code, h.err)
	}
	want := "Hi Sam, I miss you. Would you be open to a coffee sometime? No pressure.\n"
	if h.out.String() != want {
		t.Errorf("stdout %q, want %q", h.out, want)
	}
	for _, s := range []string{"Check  score", "invitation", "no-pressure", "brief", "amends critique --kind reach-out -f message.txt", "amends practice --who Sam --what 'I missed the dinner' --opening message.txt", "give them time"} {
		if !strings.Contains(h.err.String(), s) {
			t.Errorf("stderr lacks %q:\n%s", s, h.err)
		}
	}
	reqs := srv.Requests()
	last := string(reqs[len(reqs)-1].Body)
	if !strings.Contains(last, "I missed the dinner") || !strings.Contains(last, `"num_predict"`) {
		t.Errorf("request: %s", last)
	}
}

func TestReachOutAsksOnTerminal(t *testing.T) {
	srv := ollamatest.New()
	t.Cleanup(srv.Close)
	srv.Enqueue(ollamatest.Reply{Tokens: []string{"Hi Ana."}})
	h := newJourneyHarness(t, srv)
	h.ios.SetTTY(true, true, true)
	h.in.WriteString("Ana\nWe argued at the wedding.\n\n")
	opts := &reachOutOptions{IO: h.ios, Factory: h.f, JSON: true}
	if code := printError(h.ios.ErrOut, reachOutRun(context.Background(), opts)); code != 0 {
		t.Fatalf("exit %d: %s", code, h.err)
	}
	// On a terminal the spinner shows while the model drafts.
	if !strings.Contains(h.err.String(), "drafting with llama3.2") {
		t.Errorf("no spinner on stderr: %q", h.err)
	}
	var got struct {
		Draft string          `json:"draft"`
		Check critique.Report `json:"check"`
	}
	if err := json.Unmarshal(h.out.Bytes(), &got); err != nil {
		t.Fatalf("%v: %s", err, h.out)
	}
	if got.Draft != "Hi Ana." || got.Check.Kind != critique.KindReachOut || got.Check.Elements["invitation"] == nil {
		t.Errorf("json: %+v", got)
	}
	for _, q := range []string{"Who is the message for?", "what happened between you?", "Anything you especially want to say?"} {
		if !strings.Contains(h.err.String(), q) {
			t.Errorf("stderr lacks %q: %s", q, h.err)
		}
	}
	reqs := srv.Requests()
	if last := string(reqs[len(reqs)-1].Body); !strings.Contains(last, "We argued at the wedding.") {
		t.Errorf("request: %s", last)
	}
}

func TestReachOutUsage(t *testing.T) {
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"--what", "x"}, "missing --who"},
		{[]string{"--who", "Sam"}, "missing --what"},
		{nil, "missing --who and --what"},
		{[]string{"--offline"}, "missing --who"},
		{[]string{"--who", "Sam", "--what", "x", "--relationship", "neighbour"}, `invalid --relationship "neighbour": use one of friend, family, partner, colleague, other`},
		{[]string{"--who", "Sam\x1b[2J", "--what", "x"}, "--who must be one line of plain text"},
		{[]string{"--who", "Sam", "--what", strings.Repeat("x", 2001)}, "--what is 2001 bytes"},
	}
	for _, tt := range tests {
		h := newJourneyHarness(t, nil)
		if code := h.run(cmd(newCmdReachOut), tt.args...); code != ExitUsage || !strings.Contains(h.err.String(), tt.msg) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, code, h.err, tt.msg)
		}
	}
}

func TestReachOutNoServer(t *testing.T) {
	h := newJourneyHarness(t, nil)
	if code := h.run(cmd(newCmdReachOut), "--who", "Sam", "--what", "x"); code != ExitError {
		t.Fatalf("exit %d", code)
	}
	want := "amends: cannot reach Ollama at http://127.0.0.1:9 (is it running? try: ollama serve)\nWithout the model: amends reach-out --offline --who Sam\n"
	if h.err.String() != want || h.out.Len() != 0 {
		t.Errorf("stderr %q stdout %q", h.err, h.out)
	}

	h = newJourneyHarness(t, nil)
	if code := h.run(cmd(newCmdReachOut), "--who", "Sam", "--offline"); code != 0 {
		t.Fatalf("offline: exit %d: %s", code, h.err)
	}
	if !strings.Contains(h.out.String(), "1. Hi Sam,") || !strings.Contains(h.out.String(), "- Give them time") {
		t.Errorf("offline stdout:\n%s", h.out)
	}
}

// On a 60-column terminal the streamed draft and the check after it are
// word-wrapped to fit; the draft's words are all there, in order.
func TestReachOutWrapsOnTerminal(t *testing.T) {
	srv := ollamatest.New()
	t.Cleanup(srv.Close)
	draft := "Hi Sam, I have been thinking about the dinner I missed and how I only texted the next day. " +
		"Would you be open to a coffee sometime soon? No pressure at all, take whatever time you need."
	srv.Enqueue(ollamatest.Reply{Tokens: strings.SplitAfter(draft, " ")})
	h := newJourneyHarness(t, srv)
	h.ios.SetTTY(false, true, true)
	h.ios.SetWidth(60)
	if code := h.run(cmd(newCmdReachOut), "--who", "Sam", "--what", "I missed the dinner"); code != 0 {
		t.Fatalf("exit %d: %s", code, h.err)
	}
	if got := strings.Join(strings.Fields(h.out.String()), " "); got != draft {
		t.Errorf("draft %q, want %q", got, draft)
	}
	if strings.Count(h.out.String(), "\n") < 3 {
		t.Errorf("draft not wrapped:\n%s", h.out)
	}
	assertFits(t, h.out.String(), 60)
	assertFits(t, h.err.String(), 60)
}
