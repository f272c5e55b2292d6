package repl

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/transcripts"
)

func eventEnd(why string) transcripts.Event {
	return transcripts.Event{Type: transcripts.EventEnd, Text: why}
}

// stepColumn is the width of the step names in the debrief.
const stepColumn = 30

// noteIndent indents a step's notes under its name.
const noteIndent = 4

// RenderDebrief writes the debrief for people. On a terminal (tty) the
// ratings are bars and the per-turn chart a sparkline; otherwise both are
// plain numbers. width > 0 word-wraps every line to that many columns.
//
// Each step shows one verdict. Where the rule checks and the coach model
// rated a step differently, the rules' verdict comes first (its rating,
// note and quoted line belong together) and the model's follows on its own
// labelled line.
func RenderDebrief(d practice.Debrief, st iostreams.Styles, tty bool, width int) string {
	d = safeDebrief(d)
	var b strings.Builder
	para := func(s string) { fmt.Fprintf(&b, "%s\n", iostreams.Wrap(s, width)) }
	b.WriteString("\n")
	para(st.Bold(fmt.Sprintf("Debrief: your conversation with %s (%d of your lines)", d.Who, d.Turns)))
	if d.Summary != "" {
		b.WriteString("\n")
		para(d.Summary)
	}
	b.WriteString("\n")
	pad := strings.Repeat(" ", noteIndent)
	sub := func(s string) {
		fmt.Fprintf(&b, "%s%s\n", pad, iostreams.WrapIndent(s, noteIndent, noteIndent, width))
	}
	disagree := d.Disagreements() > 0
	for _, s := range d.Steps {
		verdict := rating(s.Level, s.Label, tty)
		if s.Model != nil {
			verdict += " (rule checks)"
		}
		name := fmt.Sprintf("  %-*s ", stepColumn, s.Name)
		if width > 0 && iostreams.VisibleWidth(name)+iostreams.VisibleWidth(verdict) > width {
			name = "  " + s.Name + "\n" + pad
		}
		fmt.Fprintf(&b, "%s%s\n", name, colourLevel(st, s.Level, verdict))
		if s.Note != "" {
			sub(st.Dim(s.Note))
		}
		if s.Evidence != "" {
			sub(st.Dim("\u201c" + practice.Shorten(s.Evidence, 70) + "\u201d"))
		}
		if m := s.Model; m != nil {
			line := "Coach model: " + colourLevel(st, m.Level, rating(m.Level, m.Label, tty))
			if m.Note != "" {
				line += ". " + st.Dim(m.Note)
			}
			sub(line)
		}
	}
	if len(d.Scores) > 0 {
		nums := make([]string, len(d.Scores))
		for i, n := range d.Scores {
			nums[i] = strconv.Itoa(n)
		}
		b.WriteString("\n")
		if tty {
			para(fmt.Sprintf("Your lines, turn by turn: %s  %s", practice.Sparkline(d.Scores), st.Dim("("+strings.Join(nums, " ")+", of 100)")))
		} else {
			para(fmt.Sprintf("Your lines, turn by turn (0-100): %s", strings.Join(nums, " ")))
		}
	}
	if d.Best != nil {
		para(fmt.Sprintf("Best line (turn %d, %d): \u201c%s\u201d", d.Best.Turn, d.Best.Score, d.Best.Text))
	}
	if d.Weakest != nil {
		para(fmt.Sprintf("Weakest line (turn %d, %d): \u201c%s\u201d", d.Weakest.Turn, d.Weakest.Score, d.Weakest.Text))
	}
	if len(d.Suggestions) > 0 {
		fmt.Fprintf(&b, "\n%s\n", st.Bold("Three things to try"))
		for i, s := range d.Suggestions {
			lead := fmt.Sprintf("  %d. ", i+1)
			fmt.Fprintf(&b, "%s%s\n", lead, iostreams.WrapIndent(s, len(lead), len(lead), width))
		}
	}
	b.WriteString("\n")
	para(st.Dim(debriefFooter(d, disagree)))
	return b.String()
}

func debriefFooter(d practice.Debrief, disagree bool) string {
	switch {
	case d.Source == "rules":
		return "(Rated by the rule checks.)"
	case disagree:
		return "(Ratings by the rule checks, with the coach model's notes where it agrees; where it rates a step differently, both are shown. Summary and suggestions by the coach model.)"
	default:
		return "(The rule checks and the coach model agree on every rating shown; notes, summary and suggestions by the coach model.)"
	}
}

func rating(level int, label string, tty bool) string {
	switch {
	case tty:
		return levelBar(level) + " " + label
	case level >= 0:
		return fmt.Sprintf("%d/3 %s", level, label)
	}
	return label
}

// DebriefMarkdown writes the debrief as Markdown for the transcript and
// its export: a list, one item per step, so that it reads the same as
// plain text and renders as a list (never a table collapsed into a
// paragraph) in a Markdown viewer.
func DebriefMarkdown(d practice.Debrief) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**Debrief: your conversation with %s** (%d of your lines)\n", d.Who, d.Turns)
	if d.Summary != "" {
		fmt.Fprintf(&b, "\n%s\n", oneLine(d.Summary))
	}
	b.WriteString("\n")
	for _, s := range d.Steps {
		fmt.Fprintf(&b, "- **%s: %s**", s.Name, rating(s.Level, s.Label, false))
		if s.Model != nil {
			b.WriteString(" (rule checks)")
		}
		if s.Note != "" {
			b.WriteString(". " + oneLine(s.Note))
		}
		if s.Evidence != "" {
			fmt.Fprintf(&b, " \u201c%s\u201d", oneLine(practice.Shorten(s.Evidence, 70)))
		}
		if m := s.Model; m != nil {
			fmt.Fprintf(&b, " *Coach model: %s.*", rating(m.Level, m.Label, false))
			if m.Note != "" {
				b.WriteString(" " + oneLine(m.Note))
			}
		}
		b.WriteString("\n")
	}
	if len(d.Scores) > 0 {
		nums := make([]string, len(d.Scores))
		for i, n := range d.Scores {
			nums[i] = strconv.Itoa(n)
		}
		fmt.Fprintf(&b, "\nYour lines, turn by turn (0-100): %s\n", strings.Join(nums, " "))
	}
	if d.Best != nil {
		fmt.Fprintf(&b, "\nBest line (turn %d, %d): \u201c%s\u201d\n", d.Best.Turn, d.Best.Score, oneLine(d.Best.Text))
	}
	if d.Weakest != nil {
		fmt.Fprintf(&b, "\nWeakest line (turn %d, %d): \u201c%s\u201d\n", d.Weakest.Turn, d.Weakest.Score, oneLine(d.Weakest.Text))
	}
	if len(d.Suggestions) > 0 {
		b.WriteString("\n**Three things to try**\n\n")
		for i, s := range d.Suggestions {
			fmt.Fprintf(&b, "%d. %s\n", i+1, oneLine(s))
		}
	}
	fmt.Fprintf(&b, "\n*%s*\n", strings.Trim(debriefFooter(d, d.Disagreements() > 0), "()"))
	return b.String()
}

// oneLine folds whitespace so that a model's text cannot break the
// Markdown structure around it.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

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

// safeDebrief returns a copy of d whose text (the coach model's notes,
// summary and suggestions, the user's quoted lines, the partner's name)
// is safe to show on a terminal.
func safeDebrief(d practice.Debrief) practice.Debrief {
	z := iostreams.Sanitize
	d.Who, d.Summary, d.Notice = z(d.Who), z(d.Summary), z(d.Notice)
	d.Steps = slices.Clone(d.Steps)
	for i, s := range d.Steps {
		s.Note, s.Evidence = z(s.Note), z(s.Evidence)
		if s.Model != nil {
			m := *s.Model
			m.Note, m.Label = z(m.Note), z(m.Label)
			s.Model = &m
		}
		d.Steps[i] = s
	}
	for _, q := range []**practice.QuotedLine{&d.Best, &d.Weakest} {
		if *q != nil {
			c := **q
			c.Text = z(c.Text)
			*q = &c
		}
	}
	d.Suggestions = slices.Clone(d.Suggestions)
	for i := range d.Suggestions {
		d.Suggestions[i] = z(d.Suggestions[i])
	}
	return d
}
