package practice

import (
	"regexp"
	"strings"
	"sync"
)

// Element names, as the rule checker uses them.
const (
	ElemAcknowledgment = "acknowledgment"
	ElemResponsibility = "responsibility"
	ElemCommitment     = "commitment"
)

// Severities, as the rule checker uses them.
const (
	SevHigh   = "high"
	SevMedium = "medium"
	SevLow    = "low"
)

// Finding is one problem the rule checker found in a line.
type Finding struct {
	Category   string `json:"category"`
	Element    string `json:"element,omitempty"`
	Severity   string `json:"severity"`
	Start      int    `json:"start"`
	Quote      string `json:"quote,omitempty"`
	Message    string `json:"message,omitempty"`
	Suggestion string `json:"suggestion,omitempty"`
}

// LineCheck is the rule checker's verdict on one user line, in the terms
// the session needs. The CLI fills it from the critique package's report.
type LineCheck struct {
	// Score is the checker's own score of the line as a whole draft.
	Score int `json:"score"`
	// Elements says which apology elements the line shows.
	Elements map[string]bool `json:"elements,omitempty"`
	Findings []Finding       `json:"findings,omitempty"`
}

// lineIgnored are whole-draft categories that make no sense for one line of
// a conversation: a single line need not apologise (the person may be
// listening or asking), and length is judged on a whole message.
var lineIgnored = map[string]bool{
	"no-apology": true,
	"too-long":   true,
}

func severityRank(s string) int {
	switch s {
	case SevHigh:
		return 3
	case SevMedium:
		return 2
	case SevLow:
		return 1
	}
	return 0
}

// LineFindings returns the findings that apply to a conversational line.
func LineFindings(c LineCheck) []Finding {
	var out []Finding
	for _, f := range c.Findings {
		if !lineIgnored[f.Category] {
			out = append(out, f)
		}
	}
	return out
}

// PickNudge chooses the one finding worth an instant nudge, the most
// severe (the earliest on a tie), and words it as one line. It returns ""
// when there is nothing to say.
func PickNudge(c LineCheck) (string, *Finding) {
	var best *Finding
	for _, f := range LineFindings(c) {
		if best == nil || severityRank(f.Severity) > severityRank(best.Severity) ||
			severityRank(f.Severity) == severityRank(best.Severity) && f.Start < best.Start {
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
func NudgeLine(f Finding) string {
	fix := strings.TrimSpace(f.Suggestion)
	if fix == "" {
		fix = strings.TrimSpace(f.Message)
	}
	fix = strings.Join(strings.Fields(fix), " ")
	if q := strings.TrimSpace(f.Quote); q != "" {
		return "coach: \u201c" + Shorten(q, 40) + "\u201d - " + fix
	}
	return "coach: " + fix
}

// Listening moves: questions and reflections that let the other person
// speak. They count in the turn score and the debrief.
var listeningRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\?\s*$|\?\s|\b(it sounds like|sounds like you|you must have felt|you felt|that must have|i hear you|i hear that|tell me|help me understand|what was it like|how did (that|it) feel|how are you|what do you need|i'd like to (hear|understand|listen)|i want to (hear|understand|listen)|i'm listening|go on)\b`)
})

// IsListening reports whether a line asks or reflects rather than tells.
func IsListening(text string) bool { return listeningRE().MatchString(text) }

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
		for _, e := range []string{ElemAcknowledgment, ElemResponsibility, ElemCommitment} {
			if c.Elements[e] {
				score += 10
			}
		}
		for _, f := range LineFindings(*c) {
			switch f.Severity {
			case SevHigh:
				score -= 30
			case SevMedium:
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
