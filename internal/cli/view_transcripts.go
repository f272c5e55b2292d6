package cli

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/transcripts"
)

// viewTranscriptList shows the saved sessions: a table on a terminal, one
// tab-separated line per session in a pipe, a note for each unreadable one.
func viewTranscriptList(ios *iostreams.IOStreams, list []transcripts.Summary) error {
	if len(list) == 0 {
		if ios.IsStderrTTY() {
			fmt.Fprintln(ios.ErrOut, "No saved sessions yet. Start one with: amends practice --scenario NAME")
		}
		return nil
	}
	for _, s := range list {
		if s.Problem != "" {
			fmt.Fprintln(ios.ErrOut, iostreams.Wrap(fmt.Sprintf("%s %s cannot be read (%s); amends transcripts export %s --format jsonl still copies it",
				ios.ErrStyles().Yellow("note:"), s.ID, iostreams.Sanitize(s.Problem), s.ID), ios.ErrWrap()))
		}
	}
	if !ios.IsStdoutTTY() {
		// One tab-separated line per session, for scripts; one write.
		var b strings.Builder
		for _, s := range list {
			fmt.Fprintf(&b, "%s\t%s\t%s\t%d\t%s\t%s\n",
				s.ID, s.Started.Format(time.RFC3339), oneLine(s.Scenario), s.UserTurns, oneLine(s.Model), oneLine(s.With))
		}
		_, err := io.WriteString(ios.Out, b.String())
		return err
	}
	rows := [][]string{{"ID", "STARTED", "WITH", "SCENARIO", "LINES", "MODEL"}}
	for _, s := range list {
		scen, turns, with := s.Scenario, fmt.Sprint(s.UserTurns), s.With
		switch {
		case s.Problem != "":
			scen, turns = "(unreadable)", "-"
		case scen == "":
			scen = "-"
		}
		if with == "" {
			with = "-"
		}
		rows = append(rows, []string{s.ID, s.Started.Local().Format("2006-01-02 15:04"), oneLine(with), oneLine(scen), turns, oneLine(s.Model)})
	}
	if ios.OutWrap() > 0 {
		// The ID goes last, so on a narrow terminal it hangs below its
		// row whole rather than pushing the row past the edge.
		for _, r := range rows {
			copy(r, append(r[1:], r[0]))
		}
	}
	return tableWrap(ios.Out, rows, ios.OutWrap())
}
