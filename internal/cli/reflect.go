package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/reflection"
	"github.com/amends-cli/amends/internal/usage"
)

// maxReflectInput bounds piped answers (far more than anyone writes).
const maxReflectInput = 1 << 20

type reflectOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory

	Who       string
	Questions bool
	JSON      bool

	// interruptible is for tests; nil means Ctrl-C (SIGINT).
	interruptible func(context.Context) (context.Context, context.CancelFunc)
}

func newCmdReflect(f *Factory, runF func(context.Context, *reflectOptions) error) *cobra.Command {
	opts := &reflectOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "reflect",
		Short: "Answer a few questions about what happened, saved privately",
		Long: `Reflect before you reach out: a few questions about your part, their side,
what you value, and what you are not ready for yet. Writing the answers down
helps untangle them; nothing is sent anywhere and no model is used.

On a terminal each question is asked in turn. Write as many lines as you
like; an empty line ends the answer, and an empty answer skips the question.
The reflection is saved after every answer, so stopping early (Ctrl-D or
Ctrl-C) keeps what you wrote.

From a pipe, the answers are read from standard input in question order:
one line per answer, or several lines between two lines that are just """.
An empty line skips a question. --questions prints the questions to copy
into a file.

Reflections are Markdown files readable only by you, in
$XDG_DATA_HOME/amends/reflections/.`,
		Example: `  amends reflect --who Sam
  amends reflect --questions > answers.txt     # edit each line into your answer
  amends reflect --who Sam < answers.txt
  amends reflect list
  amends reflect show last`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if opts.Questions && cmd.Flags().Changed("who") {
				return usage.Errorf("--questions only prints the questions; drop --who")
			}
			return runOr(cmd, runF, reflectRun, opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Who, "who", "", "who the reflection is about (\"Sam\")")
	fl.BoolVar(&opts.Questions, "questions", false, "print the questions and exit")
	fl.BoolVar(&opts.JSON, "json", false, "print the saved reflection (or the questions) as JSON")

	cmd.AddCommand(newCmdReflectList(f, nil), newCmdReflectShow(f, nil))
	return cmd
}

// reflectStore opens the store in the data directory.
func reflectStore(f *Factory) (*reflection.Store, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	return reflection.Open(filepath.Join(cfg.DataDir, "reflections"))
}

func reflectRun(ctx context.Context, opts *reflectOptions) error {
	qs := reflection.Questions()
	if opts.Questions {
		if opts.JSON {
			return printJSON(opts.IO, qs)
		}
		for _, q := range qs {
			fmt.Fprintln(opts.IO.Out, q.Text)
		}
		return nil
	}
	who := strings.TrimSpace(opts.Who)
	if err := checkOneLine("--who", who); err != nil {
		return err
	}
	store, err := reflectStore(opts.Factory)
	if err != nil {
		return err
	}
	entry := reflection.Entry{Who: who}

	if opts.IO.IsStdinTTY() {
		saved, err := reflectInteractive(ctx, opts, store, &entry)
		if err != nil || !saved {
			return err
		}
	} else {
		raw, err := io.ReadAll(io.LimitReader(opts.IO.Input(), maxReflectInput+1))
		if err != nil {
			return fmt.Errorf("read stdin: %w", err)
		}
		if len(raw) > maxReflectInput {
			return usage.Errorf("the answers on stdin are over %d bytes", maxReflectInput)
		}
		answers, err := reflection.ParseAnswers(string(raw), len(qs))
		if err != nil {
			return err
		}
		for i, a := range answers {
			entry.Add(qs[i], a)
		}
		if len(entry.Answers) == 0 {
			return usage.Errorf("no answers on stdin: give one line (or one \"\"\" block) per question, in order; see amends reflect --questions")
		}
		if err := store.Create(&entry, opts.Factory.Now()); err != nil {
			return err
		}
		fmt.Fprintf(opts.IO.ErrOut, "Saved %d of %d answers.\n", len(entry.Answers), len(qs))
	}

	// The answers are saved (nothing the user wrote is lost, and nothing
	// goes to a model); when they speak of danger, the step-out follows.
	var texts []string
	for _, a := range entry.Answers {
		texts = append(texts, a.Text)
	}
	if out, err := screenInputs(opts.IO, opts.JSON, texts...); out || err != nil {
		if err == nil {
			fmt.Fprintf(opts.IO.ErrOut, "Your answers are saved in %s.\n", entry.Path)
		}
		return err
	}
	if opts.JSON {
		return printJSON(opts.IO, entry)
	}
	fmt.Fprintln(opts.IO.Out, entry.Path)
	return nil
}

type reflectListOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	JSON    bool
}

func newCmdReflectList(f *Factory, runF func(context.Context, *reflectListOptions) error) *cobra.Command {
	opts := &reflectListOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List your saved reflections, newest first",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, reflectListRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the reflections as JSON")
	return cmd
}

func reflectListRun(_ context.Context, opts *reflectListOptions) error {
	defer relaxGC()()
	store, err := reflectStore(opts.Factory)
	if err != nil {
		return err
	}
	entries, err := store.List()
	if err != nil {
		return err
	}
	if opts.JSON {
		if entries == nil {
			entries = []reflection.Summary{}
		}
		return printJSON(opts.IO, entries)
	}
	return viewReflections(opts.IO, entries)
}

type reflectShowOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	Ref     string
	JSON    bool
}

func newCmdReflectShow(f *Factory, runF func(context.Context, *reflectShowOptions) error) *cobra.Command {
	opts := &reflectShowOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "show ID|last",
		Short: "Print a saved reflection as Markdown",
		Long: `Print a saved reflection as Markdown. ID is one from amends reflect list,
or a unique prefix of one; "last" is the newest.`,
		Example: `  amends reflect show last
  amends reflect show 2025-03-01-201500 > reflection.md`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Ref = args[0]
			return runOr(cmd, runF, reflectShowRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the reflection as JSON")
	return cmd
}

func reflectShowRun(_ context.Context, opts *reflectShowOptions) error {
	store, err := reflectStore(opts.Factory)
	if err != nil {
		return err
	}
	id, err := store.Resolve(opts.Ref)
	if err != nil {
		return err
	}
	e, err := store.Read(id)
	if err != nil {
		return err
	}
	if opts.JSON {
		return printJSON(opts.IO, e)
	}
	_, err = io.WriteString(opts.IO.Out, iostreams.Sanitize(e.Markdown()))
	return err
}
