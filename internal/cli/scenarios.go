package cli

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/scenario"
)

// scenariosDir is where the user's own scenario files live:
// $XDG_CONFIG_HOME/amends/scenarios.
func scenariosDir(cfg *config.Config) string { return filepath.Join(cfg.ConfigDir, "scenarios") }

// loadScenarios returns the built-in scenarios overridden by the user's
// files. A malformed file is an error naming it (exit 2).
func loadScenarios(f *Factory) (*scenario.Catalog, string, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, "", err
	}
	dir := scenariosDir(cfg)
	c, err := scenario.Load(dir)
	return c, dir, err
}

type scenariosListOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	JSON    bool
}

type scenariosShowOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	Name    string
	JSON    bool
}

// newCmdScenarios is the scenarios group; alone it lists them.
func newCmdScenarios(f *Factory, runF func(context.Context, *scenariosListOptions) error) *cobra.Command {
	opts := &scenariosListOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "scenarios",
		Short: "List and show the role-play scenarios for amends practice",
		Long: `List and show the scenes you can rehearse with amends practice --scenario NAME.

Built-in scenarios are drawn from the guide's own examples. Add your own as
TOML files in $XDG_CONFIG_HOME/amends/scenarios/NAME.toml; a file with the
same name as a built-in replaces it. The quickest start is to copy one:

  amends scenarios show colleague > ~/.config/amends/scenarios/my-colleague.toml

Keys: name, title, who, relationship (friend|family|partner|colleague|other),
what, mood (hurt|guarded|defensive|cold|open), difficulty
(gentle|realistic|hard), background, facts (a list). Only who and what are
required; unknown keys are an error.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, scenariosListRun, opts)
		},
	}
	cmd.AddCommand(newCmdScenariosList(f, nil), newCmdScenariosShow(f, nil))
	return cmd
}

func newCmdScenariosList(f *Factory, runF func(context.Context, *scenariosListOptions) error) *cobra.Command {
	opts := &scenariosListOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:     "list",
		Short:   "List the scenarios, built-in and your own",
		Example: "  amends scenarios list\n  amends scenarios list --json | jq -r '.[].name'",
		Args:    noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, scenariosListRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the list as JSON")
	return cmd
}

func scenariosListRun(_ context.Context, opts *scenariosListOptions) error {
	cat, dir, err := loadScenarios(opts.Factory)
	if err != nil {
		return err
	}
	list := cat.List()
	if opts.JSON {
		return printJSON(opts.IO, list)
	}
	return viewScenarios(opts.IO, list, dir)
}

func newCmdScenariosShow(f *Factory, runF func(context.Context, *scenariosShowOptions) error) *cobra.Command {
	opts := &scenariosShowOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a scenario as TOML (save it in your scenarios folder to make your own)",
		Example: `  amends scenarios show colleague
  amends scenarios show colleague > ~/.config/amends/scenarios/colleague.toml
  amends scenarios show colleague --json | jq .facts`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runOr(cmd, runF, scenariosShowRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the scenario as JSON")
	return cmd
}

func scenariosShowRun(_ context.Context, opts *scenariosShowOptions) error {
	cat, dir, err := loadScenarios(opts.Factory)
	if err != nil {
		return err
	}
	s, err := cat.Get(opts.Name)
	if err != nil {
		return err
	}
	if opts.JSON {
		return printJSON(opts.IO, s)
	}
	_, err = fmt.Fprint(opts.IO.Out, scenarioTOML(s, dir))
	return err
}
