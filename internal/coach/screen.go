package coach

import "github.com/amends-cli/amends/internal/safety"

// Screen screens the scene and each user line for a practice session: on
// a concern it returns the message for the user (which points to the
// guide's "when to let go" and to help) and the concerns, for the
// transcript.
func Screen(text string) (string, any) {
	cs := safety.Screen(text)
	if len(cs) == 0 {
		return "", nil
	}
	type concern struct {
		Kind  string `json:"kind"`
		Quote string `json:"quote"`
		Start int    `json:"start"`
		End   int    `json:"end"`
	}
	out := make([]concern, len(cs))
	for i, c := range cs {
		out[i] = concern{Kind: c.Kind, Quote: c.Quote, Start: c.Start, End: c.End}
	}
	return safety.Message(cs), out
}
