package coach

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
)

// sized is a scripted caller whose budget is a given context at a given
// tokens-per-byte ratio; it records what it was asked to send.
type sized struct {
	scripted
	numCtx  int
	perByte float64
}

func (s *sized) Budget(_ string, kind llm.Kind) llm.Budget {
	return llm.Budget{Kind: kind, NumCtx: s.numCtx, Reply: llm.ReplyTokens(kind, s.numCtx), Tokens: llm.Estimator{PerByte: s.perByte, Calibrated: true}}
}

func (s *sized) Call(ctx context.Context, call llm.Call) (llm.ChatResult, error) {
	b := s.Budget(call.Model, call.Kind)
	req, err := call.Build(b)
	if err != nil {
		return llm.ChatResult{}, err
	}
	if !b.Fits(req.Messages) {
		return llm.ChatResult{}, fmt.Errorf("built a request that does not fit: %d tokens", b.Tokens.Messages(req.Messages))
	}
	content, err := s.ChatJSON(ctx, req)
	return llm.ChatResult{Content: content, Done: err == nil}, err
}

// apologyOfSize repeats an apology to about n bytes.
func apologyOfSize(n int) string {
	const s = "I'm sorry I missed your birthday dinner and didn't call until the next day. "
	return strings.TrimSpace(strings.Repeat(s, n/len(s)+1)[:n])
}

func TestCritiquePromptHoldsTheDraftOnce(t *testing.T) {
	draft := "I'm sorry if you were upset, but I was busy. I'm sorry if it hurt, but it was just a joke. " + apologyOfSize(2000)
	rules := critique.Check(draft, critique.KindApology)
	if len(rules.Findings) < 2 {
		t.Fatalf("want a draft with findings, got %d", len(rules.Findings))
	}
	chat := &sized{scripted: scripted{answers: []string{goodVerdict}}, numCtx: 8192, perByte: 0.3}
	j := &Judge{Chat: chat, Model: "m", Prompts: templates.New("")}
	if _, err := j.Critique(context.Background(), draft, rules); err != nil {
		t.Fatal(err)
	}
	prompt := chat.reqs[0].Messages[0].Content
	if n := strings.Count(prompt, "it was just a joke"); n != 1 {
		t.Errorf("the draft's words appear %d times in the prompt, want once", n)
	}
	if !strings.Contains(prompt, "F1 ") || !strings.Contains(prompt, fmt.Sprintf("%d-%d", rules.Findings[0].Start, rules.Findings[0].End)) {
		t.Error("findings do not point into the draft by id and offsets")
	}
	if len(prompt) > len(draft)+8000 {
		t.Errorf("prompt of %d bytes for a %d-byte draft", len(prompt), len(draft))
	}
}

func TestCritiqueFitsSmallContextsOrSaysTooLong(t *testing.T) {
	for _, tc := range []struct {
		name        string
		numCtx      int
		perByte     float64
		draftBytes  int
		wantCompact bool
		wantTooLong bool
	}{
		{"4 KB on 8192, real tokenizer", 8192, 0.3, 4096, false, false},
		{"short line on 2048, byte vocabulary", 2048, 1.35, 120, true, false},
		{"4 KB on 2048, byte vocabulary", 2048, 1.35, 4096, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			draft := apologyOfSize(tc.draftBytes)
			rules := critique.Check(draft, critique.KindApology)
			chat := &sized{scripted: scripted{answers: []string{goodVerdict}}, numCtx: tc.numCtx, perByte: tc.perByte}
			j := &Judge{Chat: chat, Model: "tiny", Prompts: templates.New("")}
			rep, fallback, err := j.Review(context.Background(), draft, rules, false)
			if err != nil {
				t.Fatal(err)
			}
			if tc.wantTooLong {
				var tl *DraftTooLongError
				if !errors.As(fallback, &tl) || rep.Source != "rules" || len(chat.reqs) != 0 {
					t.Fatalf("fallback %v, source %q, %d requests: want too long, rules only, nothing sent", fallback, rep.Source, len(chat.reqs))
				}
				msg := fallback.Error()
				for _, want := range []string{"too long", fmt.Sprint(tl.Err.Need), "2048"} {
					if !strings.Contains(msg, want) {
						t.Errorf("%q lacks %q", msg, want)
					}
				}
				return
			}
			if fallback != nil || rep.Source != "rules+model" {
				t.Fatalf("fallback %v, source %q", fallback, rep.Source)
			}
			compact := !strings.Contains(chat.reqs[0].Messages[0].Content, "# The framework")
			if compact != tc.wantCompact {
				t.Errorf("compact prompt = %v, want %v", compact, tc.wantCompact)
			}
		})
	}
}

func longSession(t *testing.T, exchanges int) *practice.Session {
	t.Helper()
	sc, err := scenario.Builtin().Get("missed-birthday")
	if err != nil {
		t.Fatal(err)
	}
	s := practice.New(practice.Config{Scenario: sc, SystemPrompt: "p", Model: "m", ModelContext: 1 << 20, Check: LineCheck})
	for i := range exchanges {
		a := s.Handle(fmt.Sprintf("Line %d: I'm sorry I missed your dinner, that was my fault.", i))
		if a.Kind != practice.ActSend {
			t.Fatalf("turn %d: %v %s", i, a.Kind, a.Output)
		}
		s.Reply(fmt.Sprintf("Reply %d: it still hurts, you know.", i), false, 0, 0)
	}
	return s
}

func TestHintAndDebriefFitASmallContext(t *testing.T) {
	s := longSession(t, 30)
	const debriefJSON = `{"steps":{},"best_line":"","weakest_line":"","suggestions":[],"summary":"ok"}`
	chat := &sized{scripted: scripted{answers: []string{"Ask how it was for them.\nTry: How was it?", debriefJSON}}, numCtx: 2048, perByte: 1.35}
	c := &Practice{Chat: chat, Prompts: templates.New(""), Model: "tiny"}
	if _, err := c.Hint(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	hint := chat.reqs[0].Messages[0].Content
	if !strings.Contains(hint, "Line 29") || strings.Contains(hint, "Line 0:") {
		t.Errorf("the hint should keep the latest turns and leave out the oldest:\n%s", hint)
	}
	d, err := c.Debrief(context.Background(), s)
	if err != nil || d.Notice != "" {
		t.Fatalf("debrief notice %q err %v: want the model's notes on a 2048 context", d.Notice, err)
	}
	if deb := chat.reqs[1].Messages[0].Content; !strings.Contains(deb, "Line 29") {
		t.Error("the debrief left out the latest turn")
	}

	// On a large context nothing is left out and the full templates are used.
	chat = &sized{scripted: scripted{answers: []string{"Try: x", debriefJSON}}, numCtx: 32768, perByte: 0.3}
	c.Chat = chat
	if _, err := c.Hint(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	if hint := chat.reqs[0].Messages[0].Content; !strings.Contains(hint, "Line 0:") || !strings.Contains(hint, "# What good looks like") {
		t.Error("on a large context the full coach prompt with every turn is expected")
	}
}

func TestReachOutFitsSmallContext(t *testing.T) {
	chat := &sized{scripted: scripted{answers: []string{"Hi Sam, could we talk sometime? No rush."}}, numCtx: 2048, perByte: 1.35}
	r := &ReachOut{Chat: chat, Prompts: templates.New(""), Model: "tiny"}
	draft, err := r.Draft(context.Background(), templates.ReachOutData{Who: "Sam", What: "We fell out."}, nil)
	if err != nil || draft == "" {
		t.Fatalf("draft %q err %v", draft, err)
	}
	if p := chat.reqs[0].Messages[0].Content; strings.Contains(p, "# The rules for a first message") {
		t.Error("on a 2048 byte-vocabulary context the compact reach-out prompt is expected")
	}
}

// Every built-in scene can be rehearsed on a 2048-token model with a
// byte vocabulary (the compact persona at the cautious prior, before any
// calibration).
func TestEveryBuiltinSceneFitsASmallContext(t *testing.T) {
	b := llm.Budget{
		Kind: llm.KindPartner, NumCtx: 2048, Reply: llm.ReplyTokens(llm.KindPartner, 2048),
		Tokens: llm.Estimator{PerByte: llm.PriorPerByte(259)},
	}
	set := templates.New("")
	for _, sc := range scenario.Builtin().List() {
		full, err := set.Render("partner", templates.PartnerData{Scenario: sc})
		if err != nil {
			t.Fatal(err)
		}
		compacts, err := CompactPersonas(set, sc)
		if err != nil {
			t.Fatal(err)
		}
		if _, isCompact, err := practice.PickPersona("tiny", full, compacts, b); err != nil || !isCompact {
			t.Errorf("%s: compact=%v err=%v", sc.Name, isCompact, err)
		}
	}
}

// A hint Ollama cut short (a reply that kept repeating a token) is still a
// hint: what arrived is used.
func TestHintCutShortKeepsWhatArrived(t *testing.T) {
	s := longSession(t, 1)
	c := &Practice{Chat: cutShort{"Ask how it was for them."}, Prompts: templates.New(""), Model: "m"}
	hint, err := c.Hint(context.Background(), s)
	if err != nil || hint != "Ask how it was for them." {
		t.Fatalf("hint %q err %v", hint, err)
	}
}

type cutShort struct{ text string }

func (c cutShort) Budget(_ string, kind llm.Kind) llm.Budget {
	return llm.Budget{Kind: kind, NumCtx: 32768, Reply: 256, Tokens: llm.Estimator{PerByte: 0.3}}
}

func (c cutShort) Call(_ context.Context, call llm.Call) (llm.ChatResult, error) {
	if _, err := call.Build(c.Budget(call.Model, call.Kind)); err != nil {
		return llm.ChatResult{}, err
	}
	return llm.ChatResult{Content: c.text}, &llm.StreamError{Partial: c.text, Err: llm.ErrCutShort}
}
