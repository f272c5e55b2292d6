package cli

import (
	"fmt"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/reflection"
)

// viewReflections lists the saved reflections, newest first (a header on
// a terminal only), and warns about each one that cannot be read.
func viewReflections(ios *iostreams.IOStreams, entries []reflection.Summary) error {
	if len(entries) == 0 {
		fmt.Fprintln(ios.ErrOut, "No reflections yet. Start one with: amends reflect")
		return nil
	}
	n := len(reflection.Questions())
	var rows [][]string
	if ios.IsStdoutTTY() {
		rows = append(rows, []string{"ID", "WHO", "ANSWERED", "STARTED"})
	}
	for _, e := range entries {
		if e.Problem != "" {
			fmt.Fprintf(ios.ErrOut, "warning: skipped %s: %s\n", e.ID, e.Problem)
			continue
		}
		who := e.Who
		if who == "" {
			who = "-"
		}
		rows = append(rows, []string{e.ID, who, fmt.Sprintf("%d/%d", e.Answered, n), e.Started.Format("2006-01-02 15:04")})
	}
	return table(ios.Out, rows)
}
