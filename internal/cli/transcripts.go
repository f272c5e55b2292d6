package cli

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/transcripts"
)

// TranscriptsOptions holds what the transcripts subcommands need.
type TranscriptsOptions struct {
	IO *iostreams.IOStreams
	// Dir returns the transcripts directory from the configuration.
	Dir func() (string, error)

	Ref    string // show, export, rm: an id, a unique prefix or "last"
	JSON   bool   // list --json
	Format string // export --format: md or jsonl
	Yes    bool   // rm --yes
}

func newCmdTranscripts(f *Factory) *cobra.Command {
	opts := &TranscriptsOptions{
		IO: f.IO,
		Dir: func() (string, error) {
			cfg, err := f.Config()
			if err != nil {
				return "", err
			}
			return cfg.TranscriptsDir, nil
		},
	}
	cmd := &cobra.Command{
		Use:   "transcripts",
		Short: "List, read, export and delete saved practice sessions",
		Long: `Every practice session is saved as it happens, one file per session, in a
folder only you can read (see "amends transcripts path"). These commands look
back at them.

Wherever an ID is asked for, a unique prefix of it works, and so does "last"
for the newest session. "amends practice --no-save" keeps nothing on disk.

Without a subcommand, "amends transcripts" is "amends transcripts list".`,
		Example: `  amends transcripts list
  amends transcripts show last
  amends transcripts export 20261129 --format md > session.md
  amends transcripts rm 20261129-0243`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return transcriptsListRun(opts) },
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the list as a JSON array")
	complete := func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return completeTranscriptIDs(opts), cobra.ShellCompDirectiveNoFileComp
	}

	list := &cobra.Command{
		Use:   "list",
		Short: "List saved sessions, newest first",
		Long: `List saved sessions, newest first: id, start time, who it was with, scenario,
the number of your lines that stand (not those taken back with /undo), and the
model. On a terminal this is a table; otherwise one tab-separated line per
session (id, start time in RFC 3339, scenario, lines, model, with), for
scripts. --json prints every detail, including the file path.

The list is kept fast by an index of summaries in the same folder (.index),
rebuilt from the sessions whenever it is missing or out of date.`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return transcriptsListRun(opts) },
	}
	list.Flags().BoolVar(&opts.JSON, "json", false, "print the list as a JSON array")

	show := &cobra.Command{
		Use:               "show ID",
		Short:             "Print a session as Markdown",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: complete,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Ref, opts.Format = args[0], "md"
			return transcriptsExportRun(opts)
		},
	}

	export := &cobra.Command{
		Use:   "export ID",
		Short: "Write a session to stdout as Markdown or as its raw JSONL",
		Long: `Write a session to stdout: --format md (the default) is the readable
Markdown that "show" prints; --format jsonl is the file exactly as saved, which
works even for a file too damaged to read.`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: complete,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Ref = args[0]
			return transcriptsExportRun(opts)
		},
	}
	export.Flags().StringVar(&opts.Format, "format", "md", "md or jsonl")

	path := &cobra.Command{
		Use:   "path",
		Short: "Print the folder where sessions are saved",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			dir, err := opts.Dir()
			if err != nil {
				return err
			}
			_, err = fmt.Fprintln(opts.IO.Out, dir)
			return err
		},
	}

	rm := &cobra.Command{
		Use:   "rm ID",
		Short: "Delete a saved session",
		Long: `Delete a saved session for good. On a terminal you are asked to confirm;
otherwise --yes is required.`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: complete,
		RunE: func(_ *cobra.Command, args []string) error {
			opts.Ref = args[0]
			return transcriptsRmRun(opts)
		},
	}
	rm.Flags().BoolVarP(&opts.Yes, "yes", "y", false, "delete without asking")

	cmd.AddCommand(list, show, export, path, rm)
	return cmd
}

// openTranscripts opens the store without creating it: a missing folder
// simply means there are no sessions yet, and nil is returned.
func openTranscripts(opts *TranscriptsOptions) (*transcripts.Store, error) {
	dir, err := opts.Dir()
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	store, err := transcripts.Open(dir)
	if err != nil {
		return nil, err
	}
	if mode, loose := store.Loose(); loose {
		fmt.Fprintf(opts.IO.ErrOut, "%s the transcripts folder %s is open to others (%v); chmod 700 %s makes it private\n",
			opts.IO.ErrStyles().Yellow("note:"), dir, mode, dir)
	}
	return store, nil
}

// resolveTranscript turns the user's reference into an id, with errors that
// say what to do.
func resolveTranscript(store *transcripts.Store, ref string) (string, error) {
	if store == nil {
		return "", &InputError{Err: errors.New("there are no saved sessions yet; start one with amends practice")}
	}
	id, err := store.Resolve(ref)
	var (
		amb *transcripts.AmbiguousError
		inv *transcripts.InvalidIDError
	)
	switch {
	case err == nil:
		return id, nil
	case errors.As(err, &amb):
		return "", &InputError{Err: fmt.Errorf("%s; type more of the id", amb.Error())}
	case errors.As(err, &inv):
		return "", &InputError{Err: fmt.Errorf("%q is not a session id; amends transcripts list shows them", ref)}
	case errors.Is(err, transcripts.ErrNotFound) && ref == transcripts.Last:
		return "", &InputError{Err: errors.New("there are no saved sessions yet; start one with amends practice")}
	case errors.Is(err, transcripts.ErrNotFound):
		return "", &InputError{Err: fmt.Errorf("no saved session matches %q; amends transcripts list shows them", ref)}
	default:
		return "", err
	}
}

func transcriptsListRun(opts *TranscriptsOptions) error {
	store, err := openTranscripts(opts)
	if err != nil {
		return err
	}
	var list []transcripts.Summary
	if store != nil {
		if list, err = store.List(); err != nil {
			return err
		}
	}
	if opts.JSON {
		if list == nil {
			list = []transcripts.Summary{}
		}
		b, err := json.MarshalIndent(list, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(opts.IO.Out, "%s\n", b)
		return err
	}
	if len(list) == 0 {
		if opts.IO.IsStderrTTY() {
			fmt.Fprintln(opts.IO.ErrOut, "No saved sessions yet. Start one with: amends practice --scenario NAME")
		}
		return nil
	}

	for _, s := range list {
		if s.Problem != "" {
			fmt.Fprintf(opts.IO.ErrOut, "%s %s cannot be read (%s); amends transcripts export %s --format jsonl still copies it\n",
				opts.IO.ErrStyles().Yellow("note:"), s.ID, s.Problem, s.ID)
		}
	}

	// One write for the whole list, not one per cell.
	out := bufio.NewWriter(opts.IO.Out)
	if !opts.IO.IsStdoutTTY() {
		for _, s := range list {
			fmt.Fprintf(out, "%s\t%s\t%s\t%d\t%s\t%s\n",
				s.ID, s.Started.Format(time.RFC3339), tableCell(s.Scenario), s.UserTurns, tableCell(s.Model), tableCell(s.With))
		}
		return out.Flush()
	}
	// No styling inside the table: escape codes would upset the alignment.
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tSTARTED\tWITH\tSCENARIO\tLINES\tMODEL")
	for _, s := range list {
		scen := s.Scenario
		switch {
		case s.Problem != "":
			scen = "(unreadable)"
		case scen == "":
			scen = "-"
		}
		turns := fmt.Sprint(s.UserTurns)
		if s.Problem != "" {
			turns = "-"
		}
		with := s.With
		if with == "" {
			with = "-"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n",
			s.ID, s.Started.Local().Format("2006-01-02 15:04"), tableCell(with), tableCell(scen), turns, tableCell(s.Model))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	return out.Flush()
}

func transcriptsExportRun(opts *TranscriptsOptions) error {
	if opts.Format != "md" && opts.Format != "jsonl" {
		return flagErrorf("--format must be md or jsonl, not %q", opts.Format)
	}
	store, err := openTranscripts(opts)
	if err != nil {
		return err
	}
	id, err := resolveTranscript(store, opts.Ref)
	if err != nil {
		return err
	}
	if opts.Format == "jsonl" {
		f, err := os.Open(store.Path(id))
		if err != nil {
			return fmt.Errorf("export %s: %w", id, err)
		}
		defer f.Close()
		_, err = io.Copy(opts.IO.Out, f)
		return err
	}
	t, warns, err := store.Read(id)
	var fe *transcripts.FormatError
	if errors.As(err, &fe) {
		return fmt.Errorf("session %s cannot be read: %s; amends transcripts export %s --format jsonl copies the raw file", id, fe.Msg, id)
	}
	if err != nil {
		return err
	}
	for _, w := range warns {
		fmt.Fprintf(opts.IO.ErrOut, "%s %s: %s\n", opts.IO.ErrStyles().Yellow("note:"), id, w)
	}
	_, err = io.WriteString(opts.IO.Out, transcripts.Markdown(t))
	return err
}

func transcriptsRmRun(opts *TranscriptsOptions) error {
	store, err := openTranscripts(opts)
	if err != nil {
		return err
	}
	id, err := resolveTranscript(store, opts.Ref)
	if err != nil {
		return err
	}
	if !opts.Yes {
		if !opts.IO.CanPrompt() {
			return &FlagError{Err: fmt.Errorf("not deleting %s without confirmation: add --yes", id)}
		}
		fmt.Fprintf(opts.IO.ErrOut, "Delete session %s%s for good? [y/N] ", id, describeSession(store, id))
		answer, err := bufio.NewReader(opts.IO.In).ReadString('\n')
		if err != nil && answer == "" {
			fmt.Fprintln(opts.IO.ErrOut)
			return &SilentError{Code: ExitError}
		}
		if a := strings.ToLower(strings.TrimSpace(answer)); a != "y" && a != "yes" {
			fmt.Fprintln(opts.IO.ErrOut, "Kept.")
			return nil
		}
	}
	if err := store.Remove(id); err != nil {
		return err
	}
	fmt.Fprintf(opts.IO.ErrOut, "Deleted %s.\n", id)
	return nil
}

// describeSession is a short parenthesis for the confirmation question.
func describeSession(store *transcripts.Store, id string) string {
	t, _, err := store.Read(id)
	if err != nil {
		return ""
	}
	var parts []string
	if who := t.Header.PartnerName(); who != "" {
		parts = append(parts, "with "+who)
	}
	if !t.Header.Started.IsZero() {
		parts = append(parts, "started "+t.Header.Started.Local().Format("2006-01-02 15:04"))
	}
	n := t.Standing()
	parts = append(parts, fmt.Sprintf("%d %s of yours", n, sessionPlural(n, "line", "lines")))
	return " (" + strings.Join(parts, ", ") + ")"
}

func sessionPlural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// tableCell keeps a table cell on one line.
func tableCell(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c >= 0x80 || c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s // already one clean line: no copy
}

// completeTranscriptIDs offers the saved session ids, newest first.
func completeTranscriptIDs(opts *TranscriptsOptions) []string {
	dir, err := opts.Dir()
	if err != nil {
		return nil
	}
	if _, err := os.Stat(dir); err != nil {
		return nil
	}
	store, err := transcripts.Open(dir)
	if err != nil {
		return nil
	}
	list, err := store.List()
	if err != nil {
		return nil
	}
	ids := []string{transcripts.Last}
	for _, s := range list {
		ids = append(ids, s.ID+"\t"+s.Scenario)
	}
	return ids
}
