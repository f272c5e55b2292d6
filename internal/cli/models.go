package cli

import (
	"context"
	"fmt"
	"io"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/llm"
)

type modelsOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	JSON    bool
}

func newCmdModels(f *Factory, runF func(context.Context, *modelsOptions) error) *cobra.Command {
	opts := &modelsOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "models",
		Short: "List the models your Ollama server has",
		Long: `List the models your Ollama server has, marking the one amends is
configured to use with "*". Any chat model works; small ones (llama3.2,
qwen3, gemma3) answer quickly on a laptop.`,
		Example: `  amends models
  amends models --json | jq -r '.[].name'
  amends models pull llama3.2`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, modelsListRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the list as JSON")
	cmd.AddCommand(newCmdModelsPull(f, nil))
	return cmd
}

type modelRow struct {
	llm.Model
	Configured bool `json:"configured"`
}

func modelsListRun(ctx context.Context, opts *modelsOptions) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	client, cfg, err := opts.Factory.LLM()
	if err != nil {
		return err
	}
	models, err := client.List(ctx)
	if err != nil {
		return err
	}
	rows := make([]modelRow, len(models))
	found := false
	for i, m := range models {
		rows[i] = modelRow{Model: m, Configured: llm.SameModel(m.Name, cfg.Model)}
		found = found || rows[i].Configured
	}
	if opts.JSON {
		return printJSON(opts.IO, rows)
	}
	if len(rows) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "No models yet. Get one with: amends models pull %s\n", cfg.Model)
		return nil
	}
	st := opts.IO.Styles()
	tw := tabwriter.NewWriter(opts.IO.Out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "  NAME\tSIZE\tPARAMS\tMODIFIED")
	for _, r := range rows {
		mark := " "
		name := r.Name
		if r.Configured {
			mark, name = "*", st.Bold(name)
		}
		fmt.Fprintf(tw, "%s %s\t%s\t%s\t%s\n", mark, name, humanBytes(r.Size), r.Parameters, r.ModifiedAt.Format("2006-01-02"))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if !found {
		fmt.Fprintf(opts.IO.ErrOut, "The configured model %q is not here. Get it with: amends models pull %s\n", cfg.Model, cfg.Model)
	}
	return nil
}

func humanBytes(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := int64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %cB", float64(n)/float64(div), "kMGTPE"[exp])
}

type modelsPullOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	Name    string
}

func newCmdModelsPull(f *Factory, runF func(context.Context, *modelsPullOptions) error) *cobra.Command {
	opts := &modelsPullOptions{IO: f.IO, Factory: f}
	return &cobra.Command{
		Use:   "pull NAME",
		Short: "Download a model into your Ollama server",
		Long: `Download a model into your Ollama server, with a progress bar on a
terminal and a few plain progress lines otherwise. The download is done by
Ollama itself, from the registry it is configured to use.`,
		Example: `  amends models pull llama3.2`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runOr(cmd, runF, modelsPullRun, opts)
		},
	}
}

func modelsPullRun(ctx context.Context, opts *modelsPullOptions) error {
	ctx, stop := interruptible(ctx)
	defer stop()
	client, _, err := opts.Factory.LLM()
	if err != nil {
		return err
	}
	return pullModel(ctx, opts.IO, client, opts.Name)
}

// pullModel pulls name, drawing progress on stderr.
func pullModel(ctx context.Context, ios *iostreams.IOStreams, client *llm.Client, name string) error {
	fmt.Fprintf(ios.ErrOut, "Pulling %s from %s\n", name, client.URL())
	rep := newPullReporter(ios.ErrOut, ios.IsStderrTTY())
	err := client.Pull(ctx, name, rep.update)
	rep.finish()
	if err != nil {
		return err
	}
	fmt.Fprintf(ios.ErrOut, "Pulled %s.\n", name)
	return nil
}

// pullReporter draws a progress bar per layer on a terminal, and otherwise
// prints a line per status change and per 25% of each layer.
type pullReporter struct {
	w       io.Writer
	tty     bool
	bar     *progressbar.ProgressBar
	digest  string
	status  string
	quarter int
}

func newPullReporter(w io.Writer, tty bool) *pullReporter {
	return &pullReporter{w: w, tty: tty}
}

func (r *pullReporter) update(p llm.Progress) {
	if p.Total <= 0 {
		if p.Status != r.status {
			r.finishBar()
			r.status = p.Status
			fmt.Fprintln(r.w, p.Status)
		}
		return
	}
	if p.Digest != r.digest {
		r.finishBar()
		r.digest, r.status, r.quarter = p.Digest, p.Status, -1
		if r.tty {
			r.bar = progressbar.NewOptions64(p.Total,
				progressbar.OptionSetWriter(r.w),
				progressbar.OptionSetDescription(p.Status),
				progressbar.OptionShowBytes(true),
				progressbar.OptionSetWidth(30),
				progressbar.OptionThrottle(100*time.Millisecond),
				progressbar.OptionShowCount(),
				progressbar.OptionOnCompletion(func() { fmt.Fprintln(r.w) }),
			)
		}
	}
	if r.bar != nil {
		_ = r.bar.Set64(p.Completed)
		return
	}
	q := int(p.Completed * 4 / p.Total)
	if q > r.quarter {
		r.quarter = q
		fmt.Fprintf(r.w, "%s: %d%% of %s\n", p.Status, q*25, humanBytes(p.Total))
	}
}

func (r *pullReporter) finishBar() {
	if r.bar != nil {
		_ = r.bar.Finish()
		r.bar = nil
	}
}

func (r *pullReporter) finish() { r.finishBar() }
