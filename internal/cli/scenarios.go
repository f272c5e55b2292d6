package cli

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/config"
	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/usage"
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
	if err != nil {
		return nil, dir, err
	}
	// A file that cannot be used is named, and the rest still work.
	for _, p := range c.Problems() {
		fmt.Fprintf(f.IO.ErrOut, "%s %s (left out)\n", f.IO.ErrStyles().Yellow("note:"), iostreams.Sanitize(p.Error()))
	}
	return c, dir, nil
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
same name as a built-in replaces it. The quickest start is a new file from
the commented example, or from a scene you like:

  amends scenarios new my-colleague --from colleague

Keys: name, title, who, relationship (friend|family|partner|colleague|other),
what, mood (hurt|guarded|defensive|cold|open), difficulty
(gentle|realistic|hard), background, their_side (how they see it), wants
(what they want from the talk), asks (a question they will ask), facts (a
list). Only who and what are required; unknown keys are an error. A file
that cannot be used is named and left out; the other scenes still work.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, scenariosListRun, opts)
		},
	}
	cmd.AddCommand(newCmdScenariosList(f, nil), newCmdScenariosShow(f, nil), newCmdScenariosNew(f, nil))
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
		err = printJSON(opts.IO, list)
	} else {
		err = viewScenarios(opts.IO, list, dir)
	}
	if err == nil && len(cat.Problems()) > 0 {
		// The list is complete but for the files named on stderr.
		return &SilentError{Code: ExitUsage}
	}
	return err
}

func newCmdScenariosShow(f *Factory, runF func(context.Context, *scenariosShowOptions) error) *cobra.Command {
	opts := &scenariosShowOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a scenario as TOML (amends scenarios new makes your own copy)",
		Example: `  amends scenarios show colleague
  amends scenarios new my-colleague --from colleague   # your own copy to edit
  amends scenarios show colleague --json | jq .facts`,
		Args:              oneName("name", scenarioNames(f)),
		ValidArgsFunction: completeNames(scenarioNames(f)),
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

type scenariosNewOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	Name    string
	From    string
	Force   bool
}

func newCmdScenariosNew(f *Factory, runF func(context.Context, *scenariosNewOptions) error) *cobra.Command {
	opts := &scenariosNewOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "new NAME",
		Short: "Write a new scenario file of your own to edit, and print its path",
		Long: `Write $XDG_CONFIG_HOME/amends/scenarios/NAME.toml: the commented example, or
a copy of --from SCENARIO, named NAME (so it sits beside that scene rather
than replacing it, unless NAME is the same). Then edit it and run
amends practice --scenario NAME.`,
		Example: `  amends scenarios new book-club
  amends scenarios new my-colleague --from colleague
  "$EDITOR" "$(amends scenarios new sister --from family-pride)"`,
		Args: oneName("name", nil),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runOr(cmd, runF, scenariosNewRun, opts)
		},
	}
	cmd.Flags().StringVar(&opts.From, "from", "", "start from this scenario (see amends scenarios list)")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "replace an existing file of that name")
	_ = cmd.RegisterFlagCompletionFunc("from", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return scenarioNames(f)(), cobra.ShellCompDirectiveNoFileComp
	})
	return cmd
}

func scenariosNewRun(_ context.Context, opts *scenariosNewOptions) error {
	name := strings.ToLower(strings.TrimSpace(opts.Name))
	if !scenario.ValidName(name) {
		return usage.Errorf("scenario name %q: use lower-case letters, digits and dashes (e.g. my-colleague)", opts.Name)
	}
	cat, dir, err := loadScenarios(opts.Factory)
	if err != nil {
		return err
	}
	text := scenario.Example(name)
	if opts.From != "" {
		sc, err := cat.Get(opts.From)
		if err != nil {
			return err
		}
		sc.Source = fmt.Sprintf("scenario %q (%s)", sc.Name, sc.Source)
		sc.Name = name
		text = scenarioTOML(sc, dir)
	}
	path := filepath.Join(dir, name+".toml")
	if err := writeUserFile(path, text, opts.Force); err != nil {
		return err
	}
	note := "Edit it, then: amends practice --scenario " + name
	if s, err := scenario.Builtin().Get(name); err == nil && s.Source == scenario.SourceBuiltin {
		note = "It replaces the built-in " + name + ". " + note
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.ErrStyles().Dim(note))
	_, err = fmt.Fprintln(opts.IO.Out, path)
	return err
}
