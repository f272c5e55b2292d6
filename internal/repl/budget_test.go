package repl

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/llm/ollamatest"
	"github.com/amends-cli/amends/internal/practice"
)

// failingCoach fails /hint, as a model that is too small or gone would.
type failingCoach struct{ fakeCoach }

func (c *failingCoach) Hint(context.Context, *practice.Session) (string, error) {
	return "", errors.New("the hint request needs about 3000 tokens but the model's context is 2048")
}

func TestPipedFailedSlashCommandGoesOn(t *testing.T) {
	h := newHarness(t)
	opts := h.options(false)
	opts.Coach = &failingCoach{}
	h.in.WriteString("Hi Sam.\n/hint\nI'm sorry.\n/end\n")
	r := newRunner(opts)
	if err := r.finish(r.pipedLoop(context.Background())); err != nil {
		t.Fatalf("err = %v: a failed /hint must not end a piped session", err)
	}
	if !strings.Contains(h.errOut.String(), "the hint failed") {
		t.Errorf("the failure is not reported: %q", h.errOut.String())
	}
	if got, want := h.rec.types(), "user partner note user partner debrief end"; got != want {
		t.Errorf("events = %q, want %q (the line after /hint and /end still run)", got, want)
	}
}

func TestNoSaveNeverSaysSaved(t *testing.T) {
	for _, interactive := range []bool{true, false} {
		h := newHarness(t)
		h.srv.Enqueue(ollamatest.Reply{Tokens: []string{"You", " never"}, DisconnectAfter: 1})
		opts := h.options(false)
		opts.Record, opts.TranscriptPath = nil, ""
		h.in.WriteString("I'm sorry I vanished.\n")
		r := newRunner(opts)
		r.interactive = interactive
		_ = r.finish(r.pipedLoop(context.Background()))
		if strings.Contains(strings.ToLower(h.errOut.String()), "saved") {
			t.Errorf("interactive=%v: --no-save, yet stderr says saved: %q", interactive, h.errOut.String())
		}
	}
}

func TestContextOverflowTrimsAndRetriesOnce(t *testing.T) {
	h := newHarness(t)
	m := ollamatest.DefaultModel("llama3.2:latest")
	m.ContextLength, m.Digest = 1024, "c0ffee1024"
	h.srv.SetModels(m)
	h.srv.SetTokensPerByte(0.5)
	// The session believes a token is 20 bytes and keeps little room for
	// the reply: far too optimistic for this server, so a growing
	// conversation is refused now and then.
	b := llm.Budget{Kind: llm.KindPartner, NumCtx: 1024, Reply: 16, Tokens: llm.Estimator{PerByte: 0.05, Calibrated: true}}
	h.sess = practice.New(practice.Config{
		Scenario:     h.sess.Scenario(),
		SystemPrompt: "You are Sam.", Model: "llama3.2", Budget: func() llm.Budget { return b },
	})
	line := strings.Repeat("I keep thinking about what I said that night. ", 4)
	var in strings.Builder
	for range 12 {
		in.WriteString(line + "\n")
	}
	if err := h.run(in.String(), false, true); err != nil {
		t.Fatalf("err = %v, stderr %s", err, h.errOut.String())
	}
	refused := 0
	for _, r := range h.srv.ChatRequests() {
		if h.srv.CountTokens(r.Messages) > 1024 {
			refused++
		}
	}
	if refused == 0 {
		t.Fatal("no request was refused: the test does not exercise the overflow")
	}
	if strings.Count(h.out.String(), `"type":"partner"`) != 12 || strings.Contains(h.out.String(), `"interrupted":true`) {
		t.Errorf("every line should get a whole reply after at most one retry:\n%s", h.out.String())
	}
	if len(h.srv.ChatRequests()) != 12+refused {
		t.Errorf("%d requests for 12 lines and %d refusals: want one retry each", len(h.srv.ChatRequests()), refused)
	}
}
