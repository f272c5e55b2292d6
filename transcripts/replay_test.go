package transcripts

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestReplay(t *testing.T) {
	u := func(seq int, text string) Event { return Event{Seq: seq, Type: EventUser, Text: text} }
	p := func(seq int, text string) Event { return Event{Seq: seq, Type: EventPartner, Text: text} }
	pi := func(seq int, text string) Event {
		return Event{Seq: seq, Type: EventPartner, Text: text, Interrupted: true}
	}
	ev := func(seq int, typ EventType) Event { return Event{Seq: seq, Type: typ} }
	mu := func(seq int, text string) Message { return Message{Role: EventUser, Text: text, Seq: seq} }
	mp := func(seq int, text string) Message { return Message{Role: EventPartner, Text: text, Seq: seq} }

	tests := []struct {
		name   string
		events []Event
		want   []Message
	}{
		{name: "empty"},
		{
			name:   "plain exchange; coach events are not conversation",
			events: []Event{u(1, "a"), ev(2, EventNudge), p(3, "b"), ev(4, EventHint), ev(5, EventMood), u(6, "c"), ev(7, EventCritique), p(8, "d"), ev(9, EventDebrief), ev(10, EventEnd), ev(11, "future")},
			want:   []Message{mu(1, "a"), mp(3, "b"), mu(6, "c"), mp(8, "d")},
		},
		{
			name:   "undo removes the last user line and the reply after it",
			events: []Event{u(1, "a"), p(2, "b"), u(3, "c"), p(4, "d"), ev(5, EventUndo)},
			want:   []Message{mu(1, "a"), mp(2, "b")},
		},
		{
			name:   "undo with no reply yet removes just the user line",
			events: []Event{u(1, "a"), p(2, "b"), u(3, "c"), ev(4, EventUndo), u(5, "c2"), p(6, "d2")},
			want:   []Message{mu(1, "a"), mp(2, "b"), mu(5, "c2"), mp(6, "d2")},
		},
		{
			name:   "two undos take back two exchanges",
			events: []Event{u(1, "a"), p(2, "b"), u(3, "c"), p(4, "d"), ev(5, EventUndo), ev(6, EventUndo)},
			want:   nil,
		},
		{
			name:   "undo never removes the partner's opening line",
			events: []Event{p(1, "opening"), ev(2, EventUndo), u(3, "a"), ev(4, EventUndo), ev(5, EventUndo)},
			want:   []Message{mp(1, "opening")},
		},
		{
			name:   "retry replaces the last partner reply with the next one",
			events: []Event{u(1, "a"), p(2, "b"), ev(3, EventRetry), p(4, "b2")},
			want:   []Message{mu(1, "a"), mp(4, "b2")},
		},
		{
			name:   "retry twice",
			events: []Event{u(1, "a"), p(2, "b"), ev(3, EventRetry), p(4, "b2"), ev(5, EventRetry), p(6, "b3")},
			want:   []Message{mu(1, "a"), mp(6, "b3")},
		},
		{
			name:   "retry after a user line (no reply yet) does nothing",
			events: []Event{u(1, "a"), p(2, "b"), u(3, "c"), ev(4, EventRetry), p(5, "d")},
			want:   []Message{mu(1, "a"), mp(2, "b"), mu(3, "c"), mp(5, "d")},
		},
		{
			name:   "retry whose new reply never came leaves the user line waiting",
			events: []Event{u(1, "a"), p(2, "b"), ev(3, EventRetry)},
			want:   []Message{mu(1, "a")},
		},
		{
			name:   "interrupted replies are kept, empty ones too",
			events: []Event{u(1, "a"), pi(2, "half a repl"), u(3, "c"), pi(4, "")},
			want:   []Message{mu(1, "a"), {Role: EventPartner, Text: "half a repl", Interrupted: true, Seq: 2}, mu(3, "c"), {Role: EventPartner, Interrupted: true, Seq: 4}},
		},
		{
			name:   "retry of an interrupted reply",
			events: []Event{u(1, "a"), pi(2, "half"), ev(3, EventRetry), p(4, "whole")},
			want:   []Message{mu(1, "a"), mp(4, "whole")},
		},
		{
			name:   "undo after a retry removes the exchange",
			events: []Event{u(1, "a"), p(2, "b"), ev(3, EventRetry), p(4, "b2"), ev(5, EventUndo), u(6, "x")},
			want:   []Message{mu(6, "x")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Replay(&Transcript{Events: tt.events})
			if d := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("Replay (-want +got):\n%s", d)
			}
		})
	}
}

func TestReplayExample(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "example.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	tr, _, err := Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, m := range Replay(tr) {
		got = append(got, m.Seq)
	}
	// 1 and 3 were undone; 6 was replaced by 8.
	if d := cmp.Diff([]int{5, 8, 10, 12}, got); d != "" {
		t.Errorf("replayed seqs (-want +got):\n%s", d)
	}
}

func TestMarkdownGolden(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("testdata", "example.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	tr, _, err := Parse(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	got := Markdown(tr)
	golden := filepath.Join("testdata", "example.md")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(string(want), got); d != "" {
		t.Errorf("Markdown (-want +got):\n%s", d)
	}
}

func TestMarkdownMinimal(t *testing.T) {
	tr := &Transcript{
		Header: Header{ID: "x"},
		Events: []Event{
			{Seq: 1, Type: EventPartner, Text: "Hello?"},
			{Seq: 2, Type: EventSafety, Text: "We're stepping out.\n\nTake care."},
			{Seq: 3, Type: "future", Text: "kept"},
			{Seq: 4, Type: EventEnd},
		},
	}
	want := "# Practice session x\n\n" +
		"**Partner:** Hello?\n\n" +
		"> **Stepped out of the practice:**\n>\n> We're stepping out.\n>\n> Take care.\n\n" +
		"> **future:** kept\n\n" +
		"*Session ended.*\n"
	if d := cmp.Diff(want, Markdown(tr)); d != "" {
		t.Errorf("Markdown (-want +got):\n%s", d)
	}
}
