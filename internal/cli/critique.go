package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/coach"
	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/usage"
)

type critiqueOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory

	Args      []string
	File      string
	Kind      string
	JSON      bool
	Rewrite   bool
	Offline   bool
	FailUnder int
}

func newCmdCritique(f *Factory, runF func(context.Context, *critiqueOptions) error) *cobra.Command {
	opts := &critiqueOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "critique [DRAFT | -]",
		Short: "Check a draft apology or reach-out message",
		Long: `Check a draft apology or first message before you send it.

Two critics look at it. The rules run offline and instantly: they quote the
exact words that undercut an apology ("sorry if", "sorry you feel", "but",
excuses, blame, pressure...) and say how to fix each. Then the model, if
Ollama is running, judges the whole draft and suggests a rewrite.

An apology is checked for its three parts: acknowledgment (you say what you
did and how it affected them), responsibility (you own it, no excuses), and
commitment (what you will do differently, or how you'll make it right).
A reach-out (--kind reach-out) is checked for an open invitation to talk,
no pressure, and brevity.

The draft comes from the argument, from -f FILE, or from standard input
("-" or a pipe). It must be UTF-8 text, at most 20,000 bytes.`,
		Example: `  amends critique "I'm sorry if you were upset, but I was busy."
  amends critique -f draft.txt
  pbpaste | amends critique -
  amends critique --kind reach-out -f message.txt
  amends critique --json -f draft.txt | jq .score
  amends critique --offline --fail-under 70 -f draft.txt   # exit 3 if below 70
  amends critique --rewrite -f draft.txt > better.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Args = args
			if cmd.Flags().Changed("fail-under") && (opts.FailUnder < 0 || opts.FailUnder > 100) {
				return usage.Errorf("--fail-under must be between 0 and 100, got %d", opts.FailUnder)
			}
			if !cmd.Flags().Changed("fail-under") {
				opts.FailUnder = -1
			}
			if opts.Rewrite && opts.Offline {
				return usage.Errorf("--rewrite needs the model; drop --offline")
			}
			if opts.Rewrite && opts.JSON {
				return usage.Errorf("--rewrite and --json cannot be used together")
			}
			return runOr(cmd, runF, critiqueRun, opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.File, "file", "f", "", "read the draft from `FILE` (\"-\" for stdin)")
	fl.StringVarP(&opts.Kind, "kind", "k", "apology", "what the draft is: apology or reach-out")
	fl.BoolVar(&opts.JSON, "json", false, "print the critique as JSON")
	fl.BoolVar(&opts.Rewrite, "rewrite", false, "print only the model's suggested rewrite")
	fl.BoolVar(&opts.Offline, "offline", false, "rules only: do not ask the model")
	fl.IntVar(&opts.FailUnder, "fail-under", 0, "exit with status 3 when the score is below `N` (0-100)")
	_ = cmd.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions([]string{"apology", "reach-out"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func critiqueRun(ctx context.Context, opts *critiqueOptions) error {
	kind, err := critique.ParseKind(opts.Kind)
	if err != nil {
		return usage.Wrap(err)
	}
	raw, err := readDraft(opts.IO, opts.Args, opts.File)
	if err != nil {
		return err
	}
	draft, err := critique.Validate(raw) // a *critique.InputError is a usage error
	if err != nil {
		return err
	}
	// One bounded draft: the collector would run a few times over the
	// checker's short-lived allocations (twice on 20 KB, stopping both
	// goroutines below each time) for a heap of a few MB.
	defer relaxGC()()
	// The rules check the draft while the safety screen reads it, on
	// another core when there is one: each costs about as much as the
	// other, and both only read the draft. A draft that speaks of danger
	// is not scored (its check is dropped unseen), and nothing is sent.
	checked := make(chan critique.Report, 1)
	go func() { checked <- critique.Check(draft, kind) }()
	if out, err := screenInputs(opts.IO, opts.JSON, draft); out || err != nil {
		return err
	}

	rep := <-checked
	if !opts.Offline {
		ctx, stop := interruptible(ctx)
		defer stop()
		rep, err = withModel(ctx, opts, draft, rep)
		if err != nil {
			return err
		}
	}

	switch {
	case opts.Rewrite:
		if rep.Rewrite == "" {
			return errors.New("the model gave no rewrite; run without --rewrite to see the critique")
		}
		fmt.Fprintln(opts.IO.Out, strings.TrimSpace(rep.Rewrite))
	case opts.JSON:
		if err := printJSON(opts.IO, rep); err != nil {
			return err
		}
	default:
		viewCritique(opts.IO, draft, rep)
		if opts.IO.IsStderrTTY() && opts.File != "" && opts.File != "-" && kind == critique.KindApology {
			fmt.Fprintf(opts.IO.ErrOut, "%s\n", opts.IO.ErrStyles().Dim("Next: rehearse it with: amends practice --opening "+opts.File))
		}
	}
	if opts.FailUnder >= 0 && rep.Score < opts.FailUnder {
		return &ThresholdError{Score: rep.Score, Floor: opts.FailUnder}
	}
	return nil
}

// readDraft takes the draft from the arguments, a file, or stdin, reading
// at most one byte more than the limit so an oversized input is rejected
// without being loaded whole.
func readDraft(ios *iostreams.IOStreams, args []string, file string) ([]byte, error) {
	limit := int64(critique.MaxBytes) + 1
	fromStdin := func() ([]byte, error) {
		if ios.IsStdinTTY() {
			fmt.Fprintln(ios.ErrOut, "Type or paste the draft, then press Ctrl-D on an empty line:")
		}
		b, err := io.ReadAll(io.LimitReader(ios.Input(), limit))
		if err != nil {
			return nil, fmt.Errorf("read stdin: %w", err)
		}
		return b, nil
	}
	switch {
	case len(args) > 0 && file != "":
		return nil, usage.Errorf("give the draft either as an argument or with -f, not both")
	case len(args) == 1 && args[0] == "-":
		return fromStdin()
	case len(args) > 0:
		return []byte(strings.Join(args, " ")), nil
	case file == "-":
		return fromStdin()
	case file != "":
		// Checked here, so that a draft over the limit is reported with
		// the file's real size.
		s, err := critique.ReadFileBounded(file, "draft")
		if err != nil {
			return nil, err
		}
		return []byte(s), nil
	case !ios.IsStdinTTY():
		return fromStdin()
	default:
		return nil, usage.Errorf(`no draft given: pass it as an argument (amends critique "I'm sorry..."), with -f FILE, or on stdin`)
	}
}

// withModel adds the model's judgement to a rules report (coach.Review
// decides what a failure means). When the model cannot help it says why in
// one line on stderr and the rules alone are shown.
func withModel(ctx context.Context, opts *critiqueOptions, draft string, rules critique.Report) (critique.Report, error) {
	client, cfg, err := opts.Factory.LLM()
	if err != nil {
		return rules, err
	}
	prompts, err := opts.Factory.Prompts()
	if err != nil {
		return rules, err
	}
	j := &coach.Judge{Chat: client, Model: cfg.Model, Prompts: prompts}
	sp := opts.IO.StartSpinner("asking " + cfg.Model + " for its view")
	rep, fallback, err := j.Review(ctx, draft, rules, opts.Rewrite)
	sp.Stop()
	if fallback != nil {
		notice := opts.IO.ErrStyles().Yellow("note:")
		fmt.Fprintf(opts.IO.ErrOut, "%s %s; showing the offline rules only (use --offline to skip the model)\n", notice, iostreams.Sanitize(fallback.Error()))
	}
	return rep, err
}
