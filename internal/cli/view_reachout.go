package cli

import (
	"errors"
	"fmt"
	"slices"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
)

// viewDraftStream shows a draft as draft produces it: on stdout as the
// tokens arrive when show is set, with a spinner labelled label until the
// first one. A stream cut off after some text says the text is
// incomplete.
func viewDraftStream(ios *iostreams.IOStreams, label string, show bool, draft func(onToken func(string)) (string, error)) (string, error) {
	st := ios.StartStream(iostreams.StreamOptions{Spinner: label, Hide: !show})
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
	fmt.Fprintf(w, "\n%s  score %d/100\n", st.Bold("Check"), rep.Score)
	for _, name := range critique.ElementNames(critique.KindReachOut) {
		el := rep.Elements[name]
		if el == nil {
			continue
		}
		fmt.Fprintf(w, "  %s %-12s %s\n", elementMark(st, el.Present), name, el.Note)
	}
	for i, fd := range rep.Findings {
		if i == 3 {
			fmt.Fprintf(w, "  ...and %d more: run amends critique --kind reach-out on it\n", len(rep.Findings)-3)
			break
		}
		quote := ""
		if fd.Quote != "" {
			quote = fmt.Sprintf(" %q", oneLine(fd.Quote))
		}
		fmt.Fprintf(w, "  %s %s%s: %s\n", iostreams.PadRight(st.Warn(), 4), fd.Category, quote, fd.Message)
	}
	fmt.Fprintf(w, "\n%s\n", st.Bold("Next"))
	fmt.Fprintln(w, "  Make it sound like you, save it (e.g. message.txt), then:")
	fmt.Fprintln(w, "    amends critique --kind reach-out -f message.txt    check your edit")
	fmt.Fprintf(w, "    %s --opening message.txt    rehearse the talk it may open\n", practice)
	fmt.Fprintf(w, "  %s\n", reachOutReminder)
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
	fmt.Fprintln(w, st.Bold("Three ways to open (change the words until they sound like you):"))
	for i, o := range openers {
		fmt.Fprintf(w, "\n%d. %s\n", i+1, o)
	}
	fmt.Fprintf(w, "\n%s\n", st.Bold("What makes a first message work:"))
	for _, r := range rules {
		fmt.Fprintf(w, "- %s\n", r)
	}
	es := ios.ErrStyles()
	fmt.Fprintf(ios.ErrOut, "\n%s\n", es.Dim("Offline: examples only. Check yours with: amends critique --kind reach-out -f message.txt"))
	fmt.Fprintln(ios.ErrOut, es.Dim(reachOutReminder))
}
