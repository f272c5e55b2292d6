package cli

import (
	"context"
	"fmt"

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
	for i, m := range models {
		rows[i] = modelRow{Model: m, Configured: llm.SameModel(m.Name, cfg.Model)}
	}
	if opts.JSON {
		return printJSON(opts.IO, rows)
	}
	return viewModels(opts.IO, rows, cfg.Model)
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
