package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
)

// viewDraftStream shows a draft as draft produces it: on stdout as the
// tokens arrive when show is set (word-wrapped on a terminal), with a
// spinner labelled label until the first one. A stream cut off after
// some text says the text is incomplete.
func viewDraftStream(ios *iostreams.IOStreams, label string, show bool, draft func(onToken func(string)) (string, error)) (string, error) {
	st := ios.StartStream(iostreams.StreamOptions{Spinner: label, Hide: !show, Wrap: true})
	text, err := draft(st.Token)
	shown := st.End()
	if err != nil {
		var se *llm.StreamError
		if errors.As(err, &se) && shown {
			fmt.Fprintln(ios.ErrOut, "(the draft above is incomplete)")
		}
		return "", err
	}
	return text, nil
}

// viewReachOutCheck prints the rule check of the draft, the next steps
// (practice is the command that rehearses the talk) and the reminder to
// give them time, all on stderr.
func viewReachOutCheck(ios *iostreams.IOStreams, rep critique.Report, practice string) {
	rep, practice = safeReport(rep), iostreams.Sanitize(practice)
	w := ios.ErrOut
	st := ios.ErrStyles()
	// Word-wrap on a terminal only, later lines hanging under the text.
	width := ios.ErrWrap()
	wrap := func(text string, indent int) string { return iostreams.WrapIndent(text, indent, indent, width) }
	fmt.Fprintf(w, "\n%s  score %d/100\n", st.Bold("Check"), rep.Score)
	for _, name := range critique.ElementNames(critique.KindReachOut) {
		el := rep.Elements[name]
		if el == nil {
			continue
		}
		fmt.Fprintf(w, "  %s %-12s %s\n", elementMark(st, el.Present), name, wrap(el.Note, 20))
	}
	for i, fd := range rep.Findings {
		if i == 3 {
			fmt.Fprintf(w, "  %s\n", wrap(fmt.Sprintf("...and %d more: run amends critique --kind reach-out on it", len(rep.Findings)-3), 2))
			break
		}
		quote := ""
		if fd.Quote != "" {
			quote = fmt.Sprintf(" %q", oneLine(fd.Quote))
		}
		fmt.Fprintf(w, "  %s %s\n", iostreams.PadRight(st.Warn(), 4), wrap(fd.Category+quote+": "+fd.Message, 7))
	}
	fmt.Fprintf(w, "\n%s\n", st.Bold("Next"))
	fmt.Fprintf(w, "  %s\n", wrap("Make it sound like you, save it (e.g. message.txt), then:", 2))
	fmt.Fprintln(w, commandLine("amends critique --kind reach-out -f message.txt", "check your edit", 4, width))
	fmt.Fprintln(w, commandLine(practice+" --opening message.txt", "rehearse the talk it may open", 4, width))
	fmt.Fprintf(w, "  %s\n", wrap(reachOutReminder, 2))
}

// commandLine shows a command indent columns in with what it does four
// columns after it, or, when that does not fit width, on the next line
// two columns further in.
func commandLine(cmd, what string, indent, width int) string {
	pad := strings.Repeat(" ", indent)
	if width <= 0 || iostreams.VisibleWidth(pad+cmd+"    "+what) <= width {
		return pad + cmd + "    " + what
	}
	return pad + iostreams.WrapIndent(cmd, indent, indent, width) + "\n" +
		pad + "  " + iostreams.WrapIndent(what, indent+2, indent+2, width)
}

// viewReachOutOffline prints the example openers and the rules on stdout,
// and what to do next on stderr.
func viewReachOutOffline(ios *iostreams.IOStreams, openers, rules []string) {
	openers = slices.Clone(openers)
	for i := range openers {
		openers[i] = iostreams.Sanitize(openers[i]) // they carry --who
	}
	w := ios.Out
	st := ios.Styles()
	width := ios.OutWrap() // 0 in a pipe: no wrapping
	fmt.Fprintln(w, st.Bold(iostreams.Wrap("Three ways to open (change the words until they sound like you):", width)))
	for i, o := range openers {
		n := fmt.Sprintf("%d. ", i+1)
		fmt.Fprintf(w, "\n%s%s\n", n, iostreams.WrapIndent(o, len(n), len(n), width))
	}
	fmt.Fprintf(w, "\n%s\n", st.Bold(iostreams.Wrap("What makes a first message work:", width)))
	for _, r := range rules {
		fmt.Fprintf(w, "- %s\n", iostreams.WrapIndent(r, 2, 2, width))
	}
	es, ew := ios.ErrStyles(), ios.ErrWrap()
	fmt.Fprintf(ios.ErrOut, "\n%s\n", es.Dim(iostreams.Wrap("Offline: examples only. Check yours with: amends critique --kind reach-out -f message.txt", ew)))
	fmt.Fprintln(ios.ErrOut, es.Dim(iostreams.Wrap(reachOutReminder, ew)))
}
