package cli

import (
	"context"
	"os"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/transcripts"
)

// transcriptsDir is what every transcripts subcommand needs: where the
// sessions are, from the configuration.
type transcriptsDir struct {
	IO  *iostreams.IOStreams
	Dir func() (string, error)
}

func newTranscriptsDir(f *Factory) transcriptsDir {
	return transcriptsDir{IO: f.IO, Dir: func() (string, error) {
		cfg, err := f.Config()
		if err != nil {
			return "", err
		}
		return cfg.TranscriptsDir, nil
	}}
}

type transcriptsListOptions struct {
	transcriptsDir
	JSON bool
}

type transcriptsExportOptions struct {
	transcriptsDir
	Ref    string // an id, a unique prefix or "last"
	Format string // md or jsonl
	// render lays the Markdown out for a terminal (show, not export).
	render bool
}

type transcriptsPathOptions struct{ transcriptsDir }

type transcriptsRmOptions struct {
	transcriptsDir
	Ref string
	Yes bool
}

// newCmdTranscripts is the transcripts group; alone it lists them.
func newCmdTranscripts(f *Factory, runF func(context.Context, *transcriptsListOptions) error) *cobra.Command {
	opts := &transcriptsListOptions{transcriptsDir: newTranscriptsDir(f)}
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
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runOr(cmd, runF, transcriptsListRun, opts) },
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the list as a JSON array")
	cmd.AddCommand(
		newCmdTranscriptsList(f, nil),
		newCmdTranscriptsShow(f, nil),
		newCmdTranscriptsExport(f, nil),
		newCmdTranscriptsPath(f, nil),
		newCmdTranscriptsRm(f, nil),
	)
	return cmd
}

func newCmdTranscriptsList(f *Factory, runF func(context.Context, *transcriptsListOptions) error) *cobra.Command {
	opts := &transcriptsListOptions{transcriptsDir: newTranscriptsDir(f)}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List saved sessions, newest first",
		Long: `List saved sessions, newest first: id, start time, who it was with, scenario,
the number of your lines that stand (not those taken back with /undo), and the
model. On a terminal this is a table; otherwise one tab-separated line per
session (id, start time in RFC 3339, scenario, lines, model, with), for
scripts. --json prints every detail, including the file path.

The list is kept fast by an index of summaries in the same folder (.index),
rebuilt from the sessions whenever it is missing or out of date.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runOr(cmd, runF, transcriptsListRun, opts) },
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the list as a JSON array")
	return cmd
}

func newCmdTranscriptsShow(f *Factory, runF func(context.Context, *transcriptsExportOptions) error) *cobra.Command {
	opts := &transcriptsExportOptions{transcriptsDir: newTranscriptsDir(f), Format: "md", render: true}
	return &cobra.Command{
		Use:               "show ID",
		Short:             "Print a session (laid out on a terminal, Markdown in a pipe)",
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeTranscriptIDs(opts.transcriptsDir),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ref = args[0]
			return runOr(cmd, runF, transcriptsExportRun, opts)
		},
	}
}

func newCmdTranscriptsExport(f *Factory, runF func(context.Context, *transcriptsExportOptions) error) *cobra.Command {
	opts := &transcriptsExportOptions{transcriptsDir: newTranscriptsDir(f)}
	cmd := &cobra.Command{
		Use:   "export ID",
		Short: "Write a session to stdout as Markdown or as its raw JSONL",
		Long: `Write a session to stdout: --format md (the default) is the readable
Markdown that "show" prints; --format jsonl is the file exactly as saved, which
works even for a file too damaged to read.`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeTranscriptIDs(opts.transcriptsDir),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ref = args[0]
			return runOr(cmd, runF, transcriptsExportRun, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Format, "format", "md", "md or jsonl")
	return cmd
}

func newCmdTranscriptsPath(f *Factory, runF func(context.Context, *transcriptsPathOptions) error) *cobra.Command {
	opts := &transcriptsPathOptions{transcriptsDir: newTranscriptsDir(f)}
	return &cobra.Command{
		Use:   "path",
		Short: "Print the folder where sessions are saved",
		Args:  noArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return runOr(cmd, runF, transcriptsPathRun, opts) },
	}
}

func newCmdTranscriptsRm(f *Factory, runF func(context.Context, *transcriptsRmOptions) error) *cobra.Command {
	opts := &transcriptsRmOptions{transcriptsDir: newTranscriptsDir(f)}
	cmd := &cobra.Command{
		Use:   "rm ID",
		Short: "Delete a saved session",
		Long: `Delete a saved session for good. On a terminal you are asked to confirm;
otherwise --yes is required.`,
		Args:              cobra.ExactArgs(1),
		ValidArgsFunction: completeTranscriptIDs(opts.transcriptsDir),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ref = args[0]
			return runOr(cmd, runF, transcriptsRmRun, opts)
		},
	}
	cmd.Flags().BoolVarP(&opts.Yes, "yes", "y", false, "delete without asking")
	return cmd
}

// completeTranscriptIDs offers the saved session ids, newest first, for
// the first argument.
func completeTranscriptIDs(d transcriptsDir) cobra.CompletionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		none := cobra.ShellCompDirectiveNoFileComp
		if len(args) > 0 {
			return nil, none
		}
		dir, err := d.Dir()
		if err != nil {
			return nil, none
		}
		if _, err := os.Stat(dir); err != nil {
			return nil, none
		}
		store, err := transcripts.Open(dir)
		if err != nil {
			return nil, none
		}
		list, err := store.List()
		if err != nil {
			return nil, none
		}
		ids := []string{transcripts.Last}
		for _, s := range list {
			ids = append(ids, s.ID+"\t"+s.Scenario)
		}
		return ids, none
	}
}
