package practice

import "github.com/amends-cli/amends/internal/llm"

// conversation renders the turns from the window on as chat messages.
//
// A stage direction (a /mood change) is not a message of its own: a
// system message in the middle of the history is moved to the top, merged
// or dropped by several models' chat templates, so the direction would act
// from the wrong place or not at all. Instead it rides at the start of the
// next user message, where every template keeps it, and the turns before
// it stay byte-identical (the server's prompt cache still applies). A
// direction set right after a user line (a /mood, then /retry of its
// reply) goes at the end of that line instead, in this request and every
// later one. The last direction before the window still applies to the
// turns inside it.
func (s *Session) conversation() []llm.Message {
	var msgs []llm.Message
	pending := ""
	if d, ok := s.carried(s.window); ok {
		pending = d.Text
	}
	lastUser := -1
	for _, t := range s.turns[s.window:] {
		switch t.Role {
		case RoleDirection:
			if lastUser >= 0 && lastUser == len(msgs)-1 {
				// Set right after a user line (its reply was retried):
				// it belongs with that line, now and in later requests.
				msgs[lastUser].Content += "\n\n" + t.Text
				pending = ""
				continue
			}
			pending = t.Text
			continue
		case RoleUser:
			m := message(t)
			if pending != "" {
				m.Content = pending + "\n\n" + m.Content
				pending = ""
			}
			msgs = append(msgs, m)
			lastUser = len(msgs) - 1
			continue
		}
		msgs = append(msgs, message(t))
	}
	return msgs
}
