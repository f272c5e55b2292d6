package coach

import (
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/practice"
)

// The instant nudge with the real rule checker: conversational lines that
// are fine get none; non-apologies get one line naming the fix.
func TestPracticeNudgeWithRealChecker(t *testing.T) {
	for _, tc := range []struct {
		line string
		want string // substring of the nudge; "" for none
	}{
		{"How have you been?", ""},
		{"Hi Sam. Can we talk about the dinner?", ""},
		{"I'm sorry I missed your birthday dinner. That was my fault.", ""},
		{"I'm sorry if you felt hurt.", "sorry if"},
		{"I'm sorry I missed it, but work was crazy.", "but"},
		{"I'm sorry you feel that way.", "coach:"},
		{"Can you just forgive me already?", "coach:"},
	} {
		got, _ := practice.PickNudge(LineCheck(tc.line))
		if tc.want == "" && got != "" {
			t.Errorf("%q: unexpected nudge %q", tc.line, got)
		}
		if tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%q: nudge %q, want it to mention %q", tc.line, got, tc.want)
		}
		if strings.Contains(got, "\n") {
			t.Errorf("%q: nudge is more than one line: %q", tc.line, got)
		}
	}
}
