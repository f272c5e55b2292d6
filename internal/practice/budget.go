package practice

import (
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/llm"
)

// The context budget.
//
// Every request carries the persona and scene (the system prompt) and then
// the conversation from s.window on. amends sets num_ctx itself, keeps
// room for the reply (num_predict), and the client sends truncate:false,
// so the server never drops anything silently; instead, when the next
// request would not fit, the oldest exchanges are left out here, in whole
// exchanges, and the REPL says so once.
//
// Trimming has hysteresis: when the history no longer fits, it is trimmed
// once, far enough to leave at least a third of the history's room free,
// and then left alone until it fills up again. Between trims every request
// starts with exactly the bytes of the one before, so Ollama reuses its
// prompt cache instead of reading the whole prompt again.
//
// Sizes come from the model's token estimator (calibrated by the server's
// counts, see llm.Estimator), and, for the prefix already sent, from the
// server's own count of the last request.

// trimFree is the share of the history's room a trim leaves free.
const trimFree = 3 // one third

// budgetNow returns the partner call's budget now (the estimator learns as
// the session goes).
func (s *Session) budgetNow() llm.Budget {
	if s.cfg.Budget != nil {
		b := s.cfg.Budget()
		if b.NumCtx > 0 {
			return b
		}
	}
	n := llm.NumCtx(s.cfg.ModelContext, s.cfg.ContextSize)
	return llm.Budget{
		Kind: llm.KindPartner, NumCtx: n, ModelContext: s.cfg.ModelContext,
		Reply: llm.ReplyTokens(llm.KindPartner, n),
	}
}

// budget is what the prompt may use.
func (s *Session) budget() int { return s.budgetNow().Prompt() }

func (s *Session) tokens(text string) int {
	return s.budgetNow().Tokens.Message(llm.Message{Content: text})
}

func (s *Session) turnTokens(t Turn) int { return s.tokens(message(t).Content) }

// carried returns the last stage direction before the window, which still
// applies to the turns inside it.
func (s *Session) carried(from int) (Turn, bool) {
	for i := from - 1; i >= 0; i-- {
		if s.turns[i].Role == RoleDirection {
			return s.turns[i], true
		}
	}
	return Turn{}, false
}

func (s *Session) carriedTokens(from int) int {
	if d, ok := s.carried(from); ok {
		return s.tokens(d.Text)
	}
	return 0
}

// systemTokens is the estimated size of the persona.
func (s *Session) systemTokens() int { return llm.RequestOverhead + s.tokens(s.cfg.SystemPrompt) }

// counted reports whether the server's count of the last request covers
// the current window.
func (s *Session) counted() bool { return s.knownTurns >= 0 && s.knownTurns <= len(s.turns) }

// current is the token count of the request for the window as it stands:
// the server's count of the last request plus estimates of what came
// after it, or an estimate of the whole.
func (s *Session) current() int {
	if s.counted() {
		n := s.known
		for _, t := range s.turns[s.knownTurns:] {
			n += s.turnTokens(t)
		}
		return n
	}
	n := s.systemTokens() + s.carriedTokens(s.window)
	for _, t := range s.turns[s.window:] {
		n += s.turnTokens(t)
	}
	return n
}

// estimate is the token count of a request whose conversation starts at
// turn from (from ≥ s.window): the current count less the turns left out.
func (s *Session) estimate(from int) int {
	n := s.current() - s.carriedTokens(s.window) + s.carriedTokens(from)
	for _, t := range s.turns[s.window:from] {
		n -= s.turnTokens(t)
	}
	return n
}

// fitWindow moves the window forward, whole exchanges at a time, when the
// conversation does not fit the budget (or force is set): far enough to
// leave a third of the history's room free, always keeping the last user
// line. It returns how many turns it left out.
func (s *Session) fitWindow(force bool) int {
	budget := s.budget()
	if !force && s.estimate(s.window) <= budget {
		return 0
	}
	sys := s.systemTokens()
	target := sys + (budget-sys)*(trimFree-1)/trimFree
	lastUser := -1
	for i := len(s.turns) - 1; i >= 0; i-- {
		if s.turns[i].Role == RoleUser {
			lastUser = i
			break
		}
	}
	start, w := s.window, s.window
	for w < lastUser && (s.estimate(w) > target || (force && w == start)) {
		// Advance to the next user turn after w.
		next := w + 1
		for next < lastUser && s.turns[next].Role != RoleUser {
			next++
		}
		w = next
	}
	if w == start {
		return 0
	}
	// The server's count was of the old window: keep it as a base for the
	// new one by subtracting what was left out (estimates stay consistent
	// with it), until the next reply brings a fresh count.
	if s.counted() {
		s.known = s.estimateKnown(w)
	}
	s.window = w
	dropped := 0
	for _, t := range s.turns[start:w] {
		if t.Role != RoleDirection {
			dropped++
		}
	}
	return dropped
}

// estimateKnown moves the server's count to a new window start.
func (s *Session) estimateKnown(w int) int {
	n := s.known - s.carriedTokens(s.window) + s.carriedTokens(w)
	for _, t := range s.turns[s.window:w] {
		n -= s.turnTokens(t)
	}
	return n
}

// TooLongError means even the persona and the last line do not fit.
type TooLongError struct{ Tokens, NumCtx, Room int }

func (e *TooLongError) Error() string {
	return fmt.Sprintf("That line is too long for the model's context (~%d tokens with the scene, and %d of the %d are kept for the reply); shorten it, or raise context_size in the config.", e.Tokens, e.Room, e.NumCtx)
}

// request builds the chat request for the history as it stands. It
// returns the number of turns newly trimmed, reported only the first time
// trimming happens in a session.
func (s *Session) request() (llm.ChatRequest, int, error) {
	return s.build(false)
}

func (s *Session) build(force bool) (llm.ChatRequest, int, error) {
	dropped := s.fitWindow(force)
	b := s.budgetNow()
	est := s.estimate(s.window)
	if est > b.Prompt() {
		return llm.ChatRequest{}, 0, &TooLongError{Tokens: est, NumCtx: b.NumCtx, Room: b.Reply}
	}
	msgs := make([]llm.Message, 0, len(s.turns)-s.window+2)
	msgs = append(msgs, llm.Message{Role: "system", Content: s.cfg.SystemPrompt})
	msgs = append(msgs, s.conversation()...)
	req := llm.ChatRequest{
		Kind:     llm.KindPartner,
		Model:    s.cfg.Model,
		Messages: msgs,
		Options: llm.Options{
			NumCtx: b.NumCtx, NumPredict: b.Reply,
			Temperature: s.cfg.Temperature, Seed: s.cfg.Seed,
		},
		PromptTokens: est,
	}
	report := 0
	if dropped > 0 && !s.trimmedOnce {
		s.trimmedOnce = true
		report = dropped
	}
	return req, report, nil
}

// Refit is the one retry after the server refused the last request as
// longer than the context (the estimator has learned from the refusal):
// it forgets the server's stale count and trims at least one exchange.
// The pending line stays.
func (s *Session) Refit() (llm.ChatRequest, int, error) {
	s.knownTurns = -1
	return s.build(true)
}

// message renders a turn for the model. An interrupted reply ends with a
// dash, so the model sees it was cut off and the roles keep alternating.
func message(t Turn) llm.Message {
	switch t.Role {
	case RoleUser:
		return llm.Message{Role: "user", Content: t.Text}
	case RoleDirection:
		return llm.Message{Role: "system", Content: t.Text}
	}
	text := t.Text
	if t.Interrupted {
		text = strings.TrimRight(text, " \t\n")
		if text == "" {
			text = "—"
		} else {
			text += " —"
		}
	}
	return llm.Message{Role: "assistant", Content: text}
}

// TrimNotice is what the REPL prints (once) when turns were left out.
func TrimNotice(dropped, numCtx int, who string) string {
	return fmt.Sprintf("(The conversation no longer fits the model's %d-token context: the oldest %d turns are left out of what %s remembers from now on. The scene and persona always stay.)", numCtx, dropped, who)
}

// PersonaError means not even the compact persona leaves room for a
// conversation on this model: it is said before the first line.
type PersonaError struct {
	Model               string
	NumCtx, ModelCtx    int
	Persona, Room, Need int
	Reply               int
}

func (e *PersonaError) Error() string {
	return fmt.Sprintf("This scene does not fit %s's context of %d tokens: it needs about %d (the partner's persona %d, room for the conversation %d, the reply %d). Fix: %s.",
		e.Model, e.NumCtx, e.Need, e.Persona, e.Room, e.Reply, llm.ContextFix(e.Model, e.NumCtx, e.ModelCtx))
}

// PickPersona chooses the partner's system prompt for the budget: the full
// persona when it leaves a third of the prompt's room for the
// conversation, else the first compact one (in the order given, most
// detailed first) that leaves a fifth, else a *PersonaError with the
// numbers. compact reports whether a compact one was chosen.
func PickPersona(model, full string, compacts []string, b llm.Budget) (persona string, compact bool, err error) {
	size := func(p string) int { return llm.RequestOverhead + b.Tokens.Message(llm.Message{Content: p}) }
	room := b.Prompt()
	if size(full)+room/3 <= room {
		return full, false, nil
	}
	smallest := full
	for _, c := range compacts {
		if c == "" {
			continue
		}
		if size(c)+room/5 <= room {
			return c, true, nil
		}
		if size(c) < size(smallest) {
			smallest = c
		}
	}
	p, need := size(smallest), room/5
	return "", false, &PersonaError{
		Model: model, NumCtx: b.NumCtx, ModelCtx: b.ModelContext,
		Persona: p, Room: need, Reply: b.Reply, Need: p + need + b.Reply,
	}
}
