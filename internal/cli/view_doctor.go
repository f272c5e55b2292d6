package cli

import (
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/iostreams"
)

// viewDoctor shows one line per check with its mark, the fix under a
// failing one, and the verdict.
func viewDoctor(ios *iostreams.IOStreams, rep doctorReport) {
	st := ios.Styles()
	for _, c := range rep.Checks {
		var mark string
		switch c.Status {
		case "pass":
			mark = st.Pass()
		case "warn":
			mark = st.Warn()
		case "skip":
			mark = st.Dim("-")
		default:
			mark = st.Fail()
		}
		// Details and fixes wrap under their column on a terminal.
		fmt.Fprintf(ios.Out, "%s %-12s %s\n", iostreams.PadRight(mark, 4), c.Name, detailLines(c.Detail, ios.OutWrap()))
		if c.Fix != "" {
			fmt.Fprintf(ios.Out, "     %-12s %s\n", "", st.Dim(iostreams.WrapIndent("fix: "+iostreams.Sanitize(c.Fix), 18, 23, ios.OutWrap())))
		}
	}
	if rep.OK {
		fmt.Fprintln(ios.Out, st.Green("All set."))
	} else {
		fmt.Fprintln(ios.Out, st.Red("Some checks failed; see the fixes above."))
	}
}

// detailLines wraps a check's detail under its column, one problem per
// line when it lists several.
func detailLines(detail string, width int) string {
	lines := strings.Split(iostreams.Sanitize(detail), "\n")
	for i, l := range lines {
		lines[i] = iostreams.WrapIndent(l, 18, 18, width)
	}
	return strings.Join(lines, "\n"+strings.Repeat(" ", 18))
}
