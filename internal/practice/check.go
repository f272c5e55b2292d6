package practice

import (
	"regexp"
	"strings"
	"sync"

	"github.com/amends-cli/amends/internal/critique"
)

// LineCheck is the rule checker's verdict on one user line, in the terms
// the session needs (see CheckLine).
type LineCheck struct {
	// Score is the checker's own score of the line as a whole draft.
	Score int `json:"score"`
	// Elements says which apology elements the line shows.
	Elements map[string]bool    `json:"elements,omitempty"`
	Findings []critique.Finding `json:"findings,omitempty"`
}

// CheckLine runs the offline rule checker on one line of the
// conversation, read as an apology.
func CheckLine(text string) LineCheck {
	rep := critique.CheckLine(text)
	c := LineCheck{Score: rep.Score, Elements: map[string]bool{}, Findings: rep.Findings}
	for name, el := range rep.Elements {
		if el != nil && el.Present {
			c.Elements[name] = true
		}
	}
	return c
}

// LineFindings returns the findings that apply to a conversational line.
func LineFindings(c LineCheck) []critique.Finding {
	var out []critique.Finding
	for _, f := range c.Findings {
		if !critique.LineIgnored(f.Category) {
			out = append(out, f)
		}
	}
	return out
}

// PickNudge chooses the one finding worth an instant nudge, the most
// severe (the earliest on a tie), and words it as one line. It returns ""
// when there is nothing to say.
func PickNudge(c LineCheck) (string, *critique.Finding) {
	var best *critique.Finding
	for _, f := range LineFindings(c) {
		if best == nil || critique.SeverityRank(f.Severity) > critique.SeverityRank(best.Severity) ||
			critique.SeverityRank(f.Severity) == critique.SeverityRank(best.Severity) && f.Start < best.Start {
			f := f
			best = &f
		}
	}
	if best == nil {
		return "", nil
	}
	return NudgeLine(*best), best
}

// NudgeLine words a finding as a one-line nudge.
func NudgeLine(f critique.Finding) string {
	fix := strings.TrimSpace(f.Suggestion)
	if fix == "" {
		fix = strings.TrimSpace(f.Message)
	}
	fix = strings.Join(strings.Fields(fix), " ")
	if f.Severity == critique.SevHigh {
		fix += " (/undo takes the line back.)"
	}
	if q := strings.TrimSpace(f.Quote); q != "" {
		return "coach: \u201c" + Shorten(q, 40) + "\u201d - " + fix
	}
	return "coach: " + fix
}

// Listening moves: a question about the other person's side, or a
// reflection of what they said. "Can we talk?" or "Are we good?" asks
// for something; it does not listen.
var (
	reflectRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(it sounds like|sounds like you|you must have felt|you must have been|that must have|i hear you|i hear that|tell me (more|how|what|about)|help me understand|what was it like|how did (that|it) (feel|land|affect you)|how are you|what do you need|i'd like to (hear|understand|listen)|i want to (hear|understand|listen)|i'm listening|go on|i can see (why|how|that you))\b`)
	})
	askAboutThemRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(how|what|why|when|which|was|were|did|do|does|is|are|have|has|would)\b[^?]*\b(you|your|you're|you've|you'd|u|ur)\b[^?]*\?`)
	})
	askingForRE = sync.OnceValue(func() *regexp.Regexp {
		return regexp.MustCompile(`(?i)\b(forgive|move on|we good|are we (good|ok|okay|cool)|still mad|still angry at me|can we (just|talk|meet)|will you|could you just|why (won't|don't|aren't|can't) you|happy now)\b`)
	})
)

// IsListening reports whether a line asks about the other person's side
// or reflects it back, rather than telling or asking for something.
func IsListening(text string) bool {
	if reflectRE().MatchString(text) {
		return true
	}
	return askAboutThemRE().MatchString(text) && !askingForRE().MatchString(text)
}

var apologyRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(sorry|apologi[sz]e|apology|i was wrong|my fault|forgive me)\b`)
})

// IsApology reports whether a line attempts an apology.
func IsApology(text string) bool { return apologyRE().MatchString(text) }

// TurnScore scores one conversational line from 0 to 100: it starts at 70,
// gains for each apology element the line shows and for listening, and
// loses for each finding by severity. A neutral, respectful line scores 70;
// a full apology or a good question scores higher; a non-apology lower.
func TurnScore(text string, c *LineCheck) int {
	score := 70
	if c != nil {
		for _, e := range critique.ElementNames(critique.KindApology) {
			if c.Elements[e] {
				score += 10
			}
		}
		for _, f := range LineFindings(*c) {
			switch f.Severity {
			case critique.SevHigh:
				score -= 30
			case critique.SevMedium:
				score -= 15
			default:
				score -= 5
			}
		}
	}
	if IsListening(text) {
		score += 10
	}
	return min(max(score, 0), 100)
}
