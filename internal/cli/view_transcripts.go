package cli

import (
	"bufio"
	"fmt"
	"text/tabwriter"
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
			fmt.Fprintf(ios.ErrOut, "%s %s cannot be read (%s); amends transcripts export %s --format jsonl still copies it\n",
				ios.ErrStyles().Yellow("note:"), s.ID, s.Problem, s.ID)
		}
	}
	// One write for the whole list, not one per cell.
	out := bufio.NewWriter(ios.Out)
	if !ios.IsStdoutTTY() {
		for _, s := range list {
			fmt.Fprintf(out, "%s\t%s\t%s\t%d\t%s\t%s\n",
				s.ID, s.Started.Format(time.RFC3339), oneLine(s.Scenario), s.UserTurns, oneLine(s.Model), oneLine(s.With))
		}
		return out.Flush()
	}
	// No styling inside the table: escape codes would upset the alignment.
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTARTED\tWITH\tSCENARIO\tLINES\tMODEL")
	for _, s := range list {
		scen, turns := s.Scenario, fmt.Sprint(s.UserTurns)
		switch {
		case s.Problem != "":
			scen, turns = "(unreadable)", "-"
		case scen == "":
			scen = "-"
		}
		with := s.With
		if with == "" {
			with = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n",
			s.ID, s.Started.Local().Format("2006-01-02 15:04"), oneLine(with), oneLine(scen), turns, oneLine(s.Model))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return out.Flush()
}
