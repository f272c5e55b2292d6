package repl

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/transcripts"
)

func eventEnd(why string) transcripts.Event {
	return transcripts.Event{Type: transcripts.EventEnd, Text: why}
}

// RenderDebrief writes the debrief for people. On a terminal (tty) the
// ratings are bars and the per-turn chart a sparkline; otherwise both are
// plain numbers.
func RenderDebrief(d practice.Debrief, st iostreams.Styles, tty bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s\n", st.Bold(fmt.Sprintf("Debrief: your conversation with %s (%d of your lines)", d.Who, d.Turns)))
	if d.Summary != "" {
		fmt.Fprintf(&b, "\n%s\n", d.Summary)
	}
	b.WriteString("\n")
	for _, s := range d.Steps {
		rating := s.Label
		if tty {
			rating = levelBar(s.Level) + " " + s.Label
		} else if s.Level >= 0 {
			rating = fmt.Sprintf("%d/3 %s", s.Level, s.Label)
		}
		fmt.Fprintf(&b, "  %-30s %s\n", s.Name, colourLevel(st, s.Level, rating))
		if s.Note != "" {
			fmt.Fprintf(&b, "  %-30s %s\n", "", st.Dim(s.Note))
		}
		if s.Evidence != "" {
			fmt.Fprintf(&b, "  %-30s %s\n", "", st.Dim("\u201c"+practice.Shorten(s.Evidence, 70)+"\u201d"))
		}
	}
	if len(d.Scores) > 0 {
		nums := make([]string, len(d.Scores))
		for i, n := range d.Scores {
			nums[i] = strconv.Itoa(n)
		}
		if tty {
			fmt.Fprintf(&b, "\nYour lines, turn by turn: %s  %s\n", practice.Sparkline(d.Scores), st.Dim("("+strings.Join(nums, " ")+", of 100)"))
		} else {
			fmt.Fprintf(&b, "\nYour lines, turn by turn (0-100): %s\n", strings.Join(nums, " "))
		}
	}
	if d.Best != nil {
		fmt.Fprintf(&b, "Best line (turn %d, %d): \u201c%s\u201d\n", d.Best.Turn, d.Best.Score, d.Best.Text)
	}
	if d.Weakest != nil {
		fmt.Fprintf(&b, "Weakest line (turn %d, %d): \u201c%s\u201d\n", d.Weakest.Turn, d.Weakest.Score, d.Weakest.Text)
	}
	if len(d.Suggestions) > 0 {
		fmt.Fprintf(&b, "\n%s\n", st.Bold("Three things to try"))
		for i, s := range d.Suggestions {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, s)
		}
	}
	if d.Source == "rules" {
		fmt.Fprintf(&b, "\n%s\n", st.Dim("(Rated by the rule checks.)"))
	} else {
		fmt.Fprintf(&b, "\n%s\n", st.Dim("(Ratings by the rule checks; notes and suggestions by the coach model.)"))
	}
	return b.String()
}

func levelBar(l int) string {
	if l < 0 {
		return "   "
	}
	return strings.Repeat("■", l) + strings.Repeat("□", 3-l)
}

func colourLevel(st iostreams.Styles, l int, s string) string {
	switch l {
	case practice.LevelStrong:
		return st.Green(s)
	case practice.LevelPartly:
		return st.Yellow(s)
	case practice.LevelWeak, practice.LevelMissing:
		return st.Red(s)
	}
	return st.Dim(s)
}
