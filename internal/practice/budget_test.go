package practice

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/llm"
)

// serverCount is a stand-in tokenizer: perByte tokens a byte plus a few for
// the template, as the fake server counts.
func serverCount(msgs []llm.Message, perByte float64) int {
	n := 3
	for _, m := range msgs {
		n += int(math.Ceil(float64(len(m.Content))*perByte)) + 5
	}
	return n
}

func isPrefix(prev, now []llm.Message) bool {
	if len(prev) > len(now) {
		return false
	}
	for i := range prev {
		if prev[i] != now[i] {
			return false
		}
	}
	return true
}

// runSession plays turns exchanges against a simulated server counting
// real tokens at realPerByte while the session estimates at estPerByte.
// It returns how many requests broke the previous request's prefix, and
// fails on any request the server would refuse.
func runSession(t *testing.T, turns int, numCtx int, realPerByte, estPerByte float64) (breaks int) {
	t.Helper()
	b := llm.Budget{
		Kind: llm.KindPartner, NumCtx: numCtx, Reply: llm.ReplyTokens(llm.KindPartner, numCtx),
		Tokens: llm.Estimator{PerByte: estPerByte, Calibrated: true},
	}
	persona := strings.Repeat("You are Sam, and you are hurt. ", 60) // ~1,900 bytes
	s := New(Config{Scenario: testScene(), SystemPrompt: persona, Model: "m", Budget: func() llm.Budget { return b }})
	var prev []llm.Message
	for i := range turns {
		line := fmt.Sprintf("Line %d: I know I let you down and I want to hear how it was for you.", i)
		a := s.Handle(line)
		if a.Kind != ActSend {
			t.Fatalf("turn %d: %v %s", i, a.Kind, a.Output)
		}
		msgs := a.Request.Messages
		if prev != nil && !isPrefix(prev, msgs) {
			breaks++
		}
		count := serverCount(msgs, realPerByte)
		if count > numCtx {
			t.Fatalf("turn %d: the server counts %d tokens on a %d context", i, count, numCtx)
		}
		reply := strings.Repeat("Maybe. ", 20+i%7)
		replyTokens := int(math.Ceil(float64(len(reply)) * realPerByte))
		s.Reply(reply, false, count, replyTokens)
		prev = append(append([]llm.Message(nil), msgs...), llm.Message{Role: "assistant", Content: reply})
	}
	return breaks
}

func TestTrimHysteresisKeepsPrefixStable(t *testing.T) {
	for _, tc := range []struct {
		name          string
		real, est     float64
		maxBreakShare float64
	}{
		{"calibrated", 0.4, 0.4, 0.10},
		{"estimate too low (4 chars a token, real 2.5)", 0.4, 0.25, 0.12},
		{"estimate too high", 0.4, 0.6, 0.15},
		{"byte vocabulary", 1.35, 1.35, 0.20},
	} {
		t.Run(tc.name, func(t *testing.T) {
			const turns = 400
			breaks := runSession(t, turns, 8192, tc.real, tc.est)
			if breaks == 0 {
				t.Fatal("no trim in 400 turns: the test does not exercise trimming")
			}
			if share := float64(breaks) / turns; share > tc.maxBreakShare {
				t.Errorf("%d of %d requests broke the prefix (%.0f%%), want at most %.0f%%", breaks, turns, 100*share, 100*tc.maxBreakShare)
			}
			t.Logf("%d prefix breaks in %d turns", breaks, turns)
		})
	}
}

func TestTrimLeavesAThirdFree(t *testing.T) {
	b := llm.Budget{Kind: llm.KindPartner, NumCtx: 2048, Reply: 256, Tokens: llm.Estimator{PerByte: 1, Calibrated: true}}
	s := New(Config{Scenario: testScene(), SystemPrompt: strings.Repeat("p", 500), Model: "m", Budget: func() llm.Budget { return b }})
	sys := s.systemTokens()
	room := b.Prompt() - sys
	for i := range 40 {
		a := s.Handle(strings.Repeat("u", 60) + fmt.Sprint(i))
		if a.Kind != ActSend {
			t.Fatalf("turn %d: %v %s", i, a.Kind, a.Output)
		}
		used := s.estimate(s.window) - sys
		if used > room {
			t.Fatalf("turn %d: history %d over its room %d", i, used, room)
		}
		if a.Trimmed > 0 && used > room*2/3 {
			t.Errorf("turn %d: the first trim left the history at %d of %d: want a third free", i, used, room)
		}
		s.Reply(strings.Repeat("r", 80), false, 0, 0)
	}
	// Trim once more by hand and check the free share.
	s.Handle(strings.Repeat("u", 60))
	s.fitWindow(true)
	if used := s.estimate(s.window) - sys; used > room*2/3 {
		t.Errorf("after a trim the history uses %d of %d: want at least a third free", used, room)
	}
}

func TestRefitTrimsAtLeastOneExchange(t *testing.T) {
	s := newTest(t, func(c *Config) { c.Check = nil })
	for i := range 4 {
		exchange(t, s, fmt.Sprintf("line %d", i), "reply")
	}
	s.Handle("the pending line")
	req, _, err := s.Refit()
	if err != nil {
		t.Fatal(err)
	}
	if s.window == 0 || req.Messages[len(req.Messages)-1].Content != "the pending line" {
		t.Errorf("window %d, last message %+v: want a trim that keeps the pending line", s.window, req.Messages[len(req.Messages)-1])
	}
}

func TestPickPersona(t *testing.T) {
	full := strings.Repeat("f", 5000)
	compact := strings.Repeat("c", 700)
	byteBudget := func(ctx int) llm.Budget {
		return llm.Budget{NumCtx: ctx, Reply: llm.ReplyTokens(llm.KindPartner, ctx), Tokens: llm.Estimator{PerByte: 1.35, Calibrated: true}}
	}
	if p, c, err := PickPersona("m", full, []string{compact}, byteBudget(16384)); err != nil || c || p != full {
		t.Errorf("16k: compact=%v err=%v, want the full persona", c, err)
	}
	if p, c, err := PickPersona("m", full, []string{compact}, byteBudget(2048)); err != nil || !c || p != compact {
		t.Errorf("2048: compact=%v err=%v, want the compact persona", c, err)
	}
	_, _, err := PickPersona("tiny", full, []string{compact}, byteBudget(512))
	var pe *PersonaError
	if !errors.As(err, &pe) {
		t.Fatalf("512: err = %v, want a PersonaError", err)
	}
	msg := err.Error()
	for _, want := range []string{"512 tokens", fmt.Sprint(pe.Need), "context_size"} {
		if !strings.Contains(msg, want) {
			t.Errorf("message %q lacks %q", msg, want)
		}
	}
	b := byteBudget(512)
	b.ModelContext = 512
	if _, _, err := PickPersona("tiny", full, []string{compact}, b); err == nil || !strings.Contains(err.Error(), "larger context") {
		t.Errorf("at the model's maximum the fix is a larger model: %v", err)
	}
}
