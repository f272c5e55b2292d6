package practice

import (
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/llm"
)

// The context budget.
//
// Every request carries the persona and scene (the system prompt) and then
// the conversation from s.window on. amends sets num_ctx itself and the
// client sends truncate:false, so the server never drops anything silently;
// instead, when the next request would not leave room for a reply, the
// oldest exchanges are left out here, in whole exchanges, and the REPL says
// so once. Trimming goes down to trimTarget of the budget, not just under
// it, so that it happens rarely: between trims every request starts with
// the same bytes as the one before, which lets Ollama reuse its prompt
// cache.

// charsPerToken is the rough size of a token in English text.
const charsPerToken = 4

// msgOverhead is a rough count of the template tokens around each message.
const msgOverhead = 4

// trimTarget is the fraction (in percent) of the budget a trim aims for.
const trimTarget = 75

// EstimateTokens is a rough token count for text.
func EstimateTokens(text string) int {
	return (len(text)+charsPerToken-1)/charsPerToken + msgOverhead
}

// reserve is the room kept for the reply.
func (s *Session) reserve() int { return min(1024, s.numCtx/4) }

// budget is what the prompt may use.
func (s *Session) budget() int { return s.numCtx - s.reserve() }

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

// estimate is the token count of a request whose conversation starts at
// turn from. It uses the server's count from the last reply when that
// reply's request had the same start, and ~4 characters a token otherwise.
func (s *Session) estimate(from int) int {
	if s.knownTurns >= 0 && s.knownWindow() == from && s.knownTurns <= len(s.turns) {
		n := s.known
		for _, t := range s.turns[s.knownTurns:] {
			n += EstimateTokens(t.Text)
		}
		return n
	}
	n := EstimateTokens(s.cfg.SystemPrompt)
	if d, ok := s.carried(from); ok {
		n += EstimateTokens(d.Text)
	}
	for _, t := range s.turns[from:] {
		n += EstimateTokens(t.Text)
	}
	return n
}

// knownWindow is the window the server's count was taken with; windows only
// move forward and any move invalidates the count, so it is the current one.
func (s *Session) knownWindow() int { return s.window }

// fitWindow moves the window forward, whole exchanges at a time, until the
// conversation fits the budget (down to trimTarget of it), always keeping
// the last user line. It returns how many turns it left out.
func (s *Session) fitWindow() int {
	if s.estimate(s.window) <= s.budget() {
		return 0
	}
	target := s.budget() * trimTarget / 100
	lastUser := -1
	for i := len(s.turns) - 1; i >= 0; i-- {
		if s.turns[i].Role == RoleUser {
			lastUser = i
			break
		}
	}
	start := s.window
	w := s.window
	for w < lastUser && s.estimate(w) > target {
		// Advance to the next user turn after w.
		next := w + 1
		for next < lastUser && s.turns[next].Role != RoleUser {
			next++
		}
		w = next
		s.knownTurns = -1
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

// TooLongError means even the persona and the last line do not fit.
type TooLongError struct{ Tokens, NumCtx int }

func (e *TooLongError) Error() string {
	return fmt.Sprintf("That line is too long for the model's context (~%d tokens with the scene, of %d); shorten it, or raise context_size in the config.", e.Tokens, e.NumCtx)
}

// request builds the chat request for the history as it stands. It
// returns the number of turns newly trimmed, reported only the first time
// trimming happens in a session.
func (s *Session) request() (llm.ChatRequest, int, error) {
	dropped := s.fitWindow()
	if est := s.estimate(s.window); est > s.budget() {
		return llm.ChatRequest{}, 0, &TooLongError{Tokens: est, NumCtx: s.numCtx}
	}
	msgs := make([]llm.Message, 0, len(s.turns)-s.window+2)
	msgs = append(msgs, llm.Message{Role: "system", Content: s.cfg.SystemPrompt})
	msgs = append(msgs, s.conversation()...)
	req := llm.ChatRequest{
		Model:    s.cfg.Model,
		Messages: msgs,
		Options:  llm.Options{NumCtx: s.numCtx, Temperature: s.cfg.Temperature, Seed: s.cfg.Seed},
	}
	report := 0
	if dropped > 0 && !s.trimmedOnce {
		s.trimmedOnce = true
		report = dropped
	}
	return req, report, nil
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
