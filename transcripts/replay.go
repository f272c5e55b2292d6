package transcripts

// Message is one turn of the role-play conversation as it stands after
// undo and retry events have been applied.
type Message struct {
	// Role is EventUser or EventPartner.
	Role EventType
	Text string
	// Interrupted marks a partner reply that was cut short; Text holds
	// what had arrived (possibly nothing).
	Interrupted bool
	// Seq is the seq of the event the message comes from.
	Seq int
}

// Why a conversational event is not part of the replayed conversation.
const (
	droppedByUndo  = "undo"
	droppedByRetry = "retry"
)

// Replay rebuilds the role-play conversation from t's events, so that a
// resumed session (--resume) sends the model the same history the user saw.
// The rules, applied in file order:
//
//   - a user event appends a user message; a partner event appends a
//     partner message, interrupted ones included, with the text that had
//     arrived (the next request must include it to stay well-formed);
//   - an undo event takes back the last exchange: it removes the last user
//     message and everything after it (the partner's reply, if any). With
//     no user message left it does nothing, so a partner's opening line
//     cannot be undone;
//   - a retry event removes the last message if it is a partner reply, and
//     does nothing otherwise; the partner event written after it (the new
//     reply) takes its place;
//   - every other event (nudges, hints, critiques, moods, notes, safety,
//     debrief, end, and unknown types) is not part of the conversation.
//
// Several undos in a row take back several exchanges. The events removed
// this way are still in the file, and in the Markdown export, marked as
// taken back or replaced.
func Replay(t *Transcript) []Message {
	msgs, _ := replay(t.Events)
	return msgs
}

// Standing counts the user's lines that stand in the conversation: those
// not taken back with /undo.
func (t *Transcript) Standing() int {
	n := 0
	for _, m := range Replay(t) {
		if m.Role == EventUser {
			n++
		}
	}
	return n
}

// replay implements Replay and also reports, by index into events, which
// conversational events were removed and why.
func replay(events []Event) ([]Message, map[int]string) {
	var (
		msgs    []Message
		from    []int // from[i] is the index in events of msgs[i]
		dropped = map[int]string{}
	)
	for i, e := range events {
		switch e.Type {
		case EventUser, EventPartner:
			msgs = append(msgs, Message{Role: e.Type, Text: e.Text, Interrupted: e.Interrupted, Seq: e.Seq})
			from = append(from, i)
		case EventUndo:
			for j := len(msgs) - 1; j >= 0; j-- {
				if msgs[j].Role == EventUser {
					for _, k := range from[j:] {
						dropped[k] = droppedByUndo
					}
					msgs, from = msgs[:j], from[:j]
					break
				}
			}
		case EventRetry:
			if n := len(msgs); n > 0 && msgs[n-1].Role == EventPartner {
				dropped[from[n-1]] = droppedByRetry
				msgs, from = msgs[:n-1], from[:n-1]
			}
		}
	}
	return msgs, dropped
}
