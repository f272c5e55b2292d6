// Package cli is the amends command tree. It is the only package that knows
// cobra, and the only place where errors become exit codes.
package cli

import (
	"context"
	"os"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
)

// Main runs amends with the process's arguments, streams and environment,
// and returns the exit code.
func Main() int {
	env := config.Env(config.OSEnv)
	// The policy is applied again once flags are parsed (--no-color).
	ios := iostreams.System(config.PolicyFromEnv(false, env))
	return Run(context.Background(), NewFactory(ios, env), os.Args[1:])
}

// Run executes one command line and returns the exit code. Tests and
// testscript call it directly.
func Run(ctx context.Context, f *Factory, args []string) int {
	root := newCmdRootFor(f, args)
	root.SetArgs(args)
	return printError(f.IO.ErrOut, root.ExecuteContext(ctx))
}

const rootLong = `amends helps you rebuild a relationship after a falling out, step by step:
reflect on what went wrong, apologise well (acknowledgment, responsibility,
commitment), forgive, reach out without pressure, rebuild trust, set
boundaries, and know when to let go.

A local Ollama model plays the other person so you can rehearse the hard
conversation; a coach, kept out of the role-play, checks each line. Nothing
you write leaves this machine except requests to your Ollama server.

Start here:
  amends doctor                     check Ollama, the model and your set-up
  amends guide                      read the steps
  amends reflect                    think it through: your part, their side
  amends critique "I'm sorry..."    check a draft apology or message
  amends practice --scenario NAME   rehearse the conversation
  amends reach-out --who NAME       draft a short first message

Exit codes:
  0    ok
  1    runtime error (Ollama unreachable, model not pulled, I/O)
  2    usage error or bad input
  3    a draft scored below --fail-under
  130  interrupted (Ctrl-C)`

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *Factory) *cobra.Command { return newCmdRootFor(f, nil) }

// subcommands are the root's commands.
var subcommands = []struct {
	name  string
	build func(*Factory) *cobra.Command
}{
	{"version", func(f *Factory) *cobra.Command { return newCmdVersion(f, nil) }},
	{"doctor", func(f *Factory) *cobra.Command { return newCmdDoctor(f, nil) }},
	{"models", func(f *Factory) *cobra.Command { return newCmdModels(f, nil) }},
	{"critique", func(f *Factory) *cobra.Command { return newCmdCritique(f, nil) }},
	{"guide", func(f *Factory) *cobra.Command { return newCmdGuide(f, nil) }},
	{"scenarios", func(f *Factory) *cobra.Command { return newCmdScenarios(f, nil) }},
	{"prompts", func(f *Factory) *cobra.Command { return newCmdPrompts(f, nil) }},
	{"practice", func(f *Factory) *cobra.Command { return newCmdPractice(f, nil) }},
	{"transcripts", func(f *Factory) *cobra.Command { return newCmdTranscripts(f, nil) }},
	{"reflect", func(f *Factory) *cobra.Command { return newCmdReflect(f, nil) }},
	{"reach-out", func(f *Factory) *cobra.Command { return newCmdReachOut(f, nil) }},
}

// newCmdRootFor builds the tree for one command line. When its first word
// names a command, only that command is built under the root (with its
// own subcommands): it is all that cobra looks at to run it, and building
// the other ten, their flags and completions, cost every process about
// 0.2M instructions. Anything else (no command, a flag first, help,
// completion, a misspelt command to suggest for) gets the whole tree.
func newCmdRootFor(f *Factory, args []string) *cobra.Command {
	only := -1
	if len(args) > 0 {
		for i, c := range subcommands {
			if c.name == args[0] {
				only = i
			}
		}
	}
	root := &cobra.Command{
		Use:           "amends",
		Short:         "A coach for rebuilding a relationship after a falling out",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          noArgs,
		// Runnable, so that a stray word is checked by noArgs.
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			f.IO.Apply(config.PolicyFromEnv(f.Flags.NoColor, f.Env))
			return nil
		},
	}
	root.SetIn(f.IO.In)
	root.SetOut(f.IO.Out)
	root.SetErr(f.IO.ErrOut)
	if only < 0 {
		root.Version = versionString()
		root.SetVersionTemplate("amends {{.Version}}\n")
	}

	pf := root.PersistentFlags()
	pf.StringVarP(&f.Flags.Model, "model", "m", "", "Ollama model to use (default \"llama3.2\"; env AMENDS_MODEL)")
	pf.StringVar(&f.Flags.Host, "host", "", "Ollama server, parsed like OLLAMA_HOST (default http://127.0.0.1:11434)")
	pf.StringVar(&f.Flags.ConfigPath, "config", "", "config file (default $XDG_CONFIG_HOME/amends/config.toml)")
	pf.BoolVar(&f.Flags.NoColor, "no-color", false, "no colour in output (also NO_COLOR)")
	pf.DurationVar(&f.Flags.Timeout, "timeout", 0, "longest silence from the model before giving up (default 2m)")

	if only >= 0 {
		// The root itself does not run, so neither its --version flag
		// (the build information, read and parsed) nor the completion
		// command that cobra would add to it is needed.
		root.CompletionOptions.DisableDefaultCmd = true
	}
	for i, c := range subcommands {
		if only < 0 || i == only {
			root.AddCommand(c.build(f))
		}
	}
	markUsageErrors(root)
	return root
}
