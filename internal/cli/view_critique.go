package cli

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
)

// viewCritique prints a report for people: on a terminal with colour,
// marks and a score bar; in a pipe as plain text with no escape codes.
func viewCritique(ios *iostreams.IOStreams, draft string, rep critique.Report) {
	rep = safeReport(rep)
	st := ios.Styles()
	w := ios.Out
	// Word-wrap on a terminal only (OutWrap is 0 in a pipe, which leaves
	// each item on one line), with later lines hanging at indent.
	width := ios.OutWrap()
	wrap := func(text string, indent int) string {
		return iostreams.WrapIndent(text, indent, indent, width)
	}
	title := "Apology"
	if rep.Kind == critique.KindReachOut {
		title = "Reach-out message"
	}
	fmt.Fprintf(w, "%s  score %d/100  %s\n", st.Bold(title), rep.Score, scoreBar(st, rep.Score))
	if rep.Source == "rules+model" && rep.Model != "" {
		fmt.Fprintf(w, "%s\n", st.Dim("checked by the rules and by "+rep.Model))
	} else {
		fmt.Fprintf(w, "%s\n", st.Dim("checked by the offline rules"))
	}
	if rep.Doubt >= 0.1 {
		fmt.Fprintf(w, "%s\n", st.Dim(wrap(fmt.Sprintf("the learnt reader is %.0f%% sure something here undercuts it, so the elements earn %.0f%% of their points", rep.Doubt*100, (1-rep.Doubt)*100), 0)))
	}

	fmt.Fprintln(w)
	for _, name := range critique.ElementNames(rep.Kind) {
		el := rep.Elements[name]
		if el == nil {
			continue
		}
		fmt.Fprintf(w, "  %s %-15s %s\n", elementMark(st, el.Present), name, wrap(el.Note, 23))
		if el.Evidence != "" {
			fmt.Fprintf(w, "       %-15s %s\n", "", st.Dim(wrap(`"`+oneLine(el.Evidence)+`"`, 23)))
		}
		if el.ModelPresent != nil && *el.ModelPresent != el.Present {
			verdict := "missing"
			if *el.ModelPresent {
				verdict = "present"
			}
			note := el.ModelNote
			if note != "" {
				note = ": " + note
			}
			fmt.Fprintf(w, "       %-15s %s\n", "", st.Yellow(wrap("the model disagrees, it finds this "+verdict+note, 23)))
		}
	}

	if len(rep.Findings) > 0 {
		fmt.Fprintf(w, "\n%s\n", st.Bold(fmt.Sprintf("What undercuts it (%d)", len(rep.Findings))))
		for _, fd := range rep.Findings {
			sev := fd.Severity
			switch sev {
			case critique.SevHigh:
				sev = st.Red(sev)
			case critique.SevMedium:
				sev = st.Yellow(sev)
			}
			fmt.Fprintf(w, "\n  %s  %s\n", sev, st.Bold(fd.Category))
			if fd.End > fd.Start {
				fmt.Fprintf(w, "      %s\n", wrap(contextLine(st, draft, fd.Start, fd.End), 6))
			}
			fmt.Fprintf(w, "      why: %s\n", wrap(fd.Message, 11))
			if fd.Suggestion != "" {
				fmt.Fprintf(w, "      try: %s\n", wrap(fd.Suggestion, 11))
			}
		}
	}

	if rep.Note != "" {
		fmt.Fprintf(w, "\n%s\n  %s\n", st.Bold("Overall"), wrap(rep.Note, 2))
	}
	if rep.Rewrite != "" {
		fmt.Fprintf(w, "\n%s\n", st.Bold("A possible rewrite (make it yours)"))
		for _, line := range strings.Split(strings.TrimSpace(rep.Rewrite), "\n") {
			fmt.Fprintf(w, "  %s\n", wrap(line, 2))
		}
	}
}

// scoreBar draws a ten-cell bar; plain text uses # and -.
func scoreBar(st iostreams.Styles, score int) string {
	full := (score + 5) / 10
	if full > 10 {
		full = 10
	}
	if full < 0 {
		full = 0
	}
	if !st.Enabled() {
		return "[" + strings.Repeat("#", full) + strings.Repeat("-", 10-full) + "]"
	}
	bar := strings.Repeat("█", full) + st.Dim(strings.Repeat("░", 10-full))
	switch {
	case score >= 80:
		return st.Green(bar)
	case score >= 60:
		return st.Yellow(bar)
	default:
		return st.Red(bar)
	}
}

// contextLine shows the quoted span inside its line of the draft, with the
// span highlighted on a terminal and bracketed in plain text.
func contextLine(st iostreams.Styles, draft string, start, end int) string {
	ls := strings.LastIndexByte(draft[:start], '\n') + 1
	le := strings.IndexByte(draft[end:], '\n')
	if le < 0 {
		le = len(draft)
	} else {
		le += end
	}
	before, quote, after := draft[ls:start], draft[start:end], draft[end:le]
	const room = 50
	if len(before) > room {
		before = "…" + trimLeftRunes(before, room)
	}
	if len(after) > room {
		after = trimRightRunes(after, room) + "…"
	}
	before, after = strings.TrimRight(before, "\r"), strings.TrimRight(after, "\r")
	quote = strings.ReplaceAll(oneLine(quote), "\r", "")
	if st.Enabled() {
		return before + st.Highlight(quote) + after
	}
	return before + "[" + quote + "]" + after
}

// trimLeftRunes keeps the last n runes of s. It walks back from the end
// rather than decoding all of s: every finding of a long line asks for
// its context, and the line can be the whole draft.
func trimLeftRunes(s string, n int) string {
	if !utf8.ValidString(s) { // drafts are valid UTF-8 (critique.Validate)
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return string(r[len(r)-n:])
	}
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// trimRightRunes keeps the first n runes of s (see trimLeftRunes).
func trimRightRunes(s string, n int) string {
	if !utf8.ValidString(s) {
		r := []rune(s)
		if len(r) <= n {
			return s
		}
		return string(r[:n])
	}
	i := 0
	for ; n > 0 && i < len(s); n-- {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}

// elementMark is the pass or fail mark of an element, padded to four
// visible columns whatever the colour.
func elementMark(st iostreams.Styles, present bool) string {
	if present {
		return iostreams.PadRight(st.Pass(), 4)
	}
	return iostreams.PadRight(st.Fail(), 4)
}

// critiqueRenderer renders a critique report as amends critique does, into
// a string (practice's /critique shows it so).
func critiqueRenderer(ios *iostreams.IOStreams) func(string, critique.Report) string {
	return func(draft string, rep critique.Report) string {
		var buf bytes.Buffer
		to := *ios
		to.Out = &buf
		viewCritique(&to, draft, rep)
		return buf.String()
	}
}

// safeReport returns a copy of rep whose text (the model's notes, overall
// and rewrite, quotes of the draft) is safe to show on a terminal; --json
// prints the report as it is.
func safeReport(rep critique.Report) critique.Report {
	z := iostreams.Sanitize
	rep.Model, rep.Note, rep.Rewrite = z(rep.Model), z(rep.Note), z(rep.Rewrite)
	els := make(map[string]*critique.Element, len(rep.Elements))
	for k, e := range rep.Elements {
		if e == nil {
			continue
		}
		c := *e
		c.Evidence, c.Note, c.ModelNote = z(c.Evidence), z(c.Note), z(c.ModelNote)
		els[k] = &c
	}
	rep.Elements = els
	fs := make([]critique.Finding, len(rep.Findings))
	for i, f := range rep.Findings {
		f.Quote, f.Message, f.Suggestion = z(f.Quote), z(f.Message), z(f.Suggestion)
		fs[i] = f
	}
	rep.Findings = fs
	return rep
}
