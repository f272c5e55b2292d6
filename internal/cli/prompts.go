package cli

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/iostreams"
	"github.com/amends-cli/amends/internal/templates"
)

type promptsListOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	JSON    bool
}

type promptsShowOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	Name    string
	JSON    bool
}

type promptsPathOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	Name    string
}

// newCmdPrompts is the prompts group; alone it lists them.
func newCmdPrompts(f *Factory, runF func(context.Context, *promptsListOptions) error) *cobra.Command {
	opts := &promptsListOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "prompts",
		Short: "List, show and locate the prompt templates sent to the model",
		Long: `amends talks to the model through a few prompt templates (Go text/template):

  partner   the role-play partner in amends practice
  coach     the /hint coach in amends practice
  debrief   the end-of-session debrief (/end)
  critique  the model critique in amends critique
  reachout  the first-message drafter in amends reach-out

To change one, amends prompts override NAME writes your own copy (in
amends prompts path) and prints where; edit it, and your file wins over the
built-in. Delete it to go back. An empty or broken copy is an error naming
it, for that prompt only. Each template documents its data at the top, and can use the
guide's text with {{guide "apology"}} or {{guideSection "apology" "Responsibility"}}.`,
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, promptsListRun, opts)
		},
	}
	cmd.AddCommand(newCmdPromptsList(f, nil), newCmdPromptsShow(f, nil), newCmdPromptsPath(f, nil), newCmdPromptsOverride(f, nil))
	return cmd
}

func newCmdPromptsList(f *Factory, runF func(context.Context, *promptsListOptions) error) *cobra.Command {
	opts := &promptsListOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the prompt templates and whether you have overridden them",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runOr(cmd, runF, promptsListRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print the list as JSON")
	return cmd
}

// promptInfo is one template in `amends prompts list --json` and
// `amends prompts show --json`.
type promptInfo struct {
	Name       string `json:"name"`
	Overridden bool   `json:"overridden"`
	// Path is the override file: where it is when Overridden, else where
	// it would go.
	Path string `json:"path"`
	Text string `json:"text,omitempty"`
	// Error is set when an override does not parse.
	Error string `json:"error,omitempty"`
}

func promptsListRun(_ context.Context, opts *promptsListOptions) error {
	set, err := opts.Factory.Prompts()
	if err != nil {
		return err
	}
	var rows []promptInfo
	for _, n := range set.Names() {
		_, over, err := set.Source(n)
		row := promptInfo{Name: n, Overridden: over, Path: set.OverridePath(n)}
		if err != nil {
			if !over {
				return err
			}
			// An empty or unreadable copy is listed as broken, naming
			// itself; the others are unaffected.
			row.Error = err.Error()
			rows = append(rows, row)
			continue
		}
		if over {
			if err := set.Parse(n); err != nil {
				row.Error = err.Error()
			}
		}
		rows = append(rows, row)
	}
	if opts.JSON {
		return printJSON(opts.IO, rows)
	}
	return viewPrompts(opts.IO, rows)
}

func newCmdPromptsShow(f *Factory, runF func(context.Context, *promptsShowOptions) error) *cobra.Command {
	opts := &promptsShowOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "show NAME",
		Short: "Print a prompt template (yours if overridden, else the built-in)",
		Example: `  amends prompts show partner
  amends prompts override partner     # your own copy to edit`,
		Args:              oneName("name", promptNames(f)),
		ValidArgsFunction: completeNames(promptNames(f)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runOr(cmd, runF, promptsShowRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print name, override state, path and text as JSON")
	return cmd
}

func promptsShowRun(_ context.Context, opts *promptsShowOptions) error {
	set, err := opts.Factory.Prompts()
	if err != nil {
		return err
	}
	text, over, err := set.Source(opts.Name)
	if err != nil {
		return err
	}
	name := strings.TrimSuffix(opts.Name, templates.Ext)
	path := set.OverridePath(name)
	if opts.JSON {
		return printJSON(opts.IO, promptInfo{Name: name, Overridden: over, Path: path, Text: text})
	}
	es := opts.IO.ErrStyles()
	if over {
		fmt.Fprintln(opts.IO.ErrOut, es.Dim("Overridden by "+path+" (delete it to use the built-in)."))
	} else {
		fmt.Fprintln(opts.IO.ErrOut, es.Dim("Built-in. To change it, save a copy as "+path+"."))
	}
	_, err = fmt.Fprint(opts.IO.Out, iostreams.Sanitize(text)) // an override is the user's file
	return err
}

func newCmdPromptsPath(f *Factory, runF func(context.Context, *promptsPathOptions) error) *cobra.Command {
	opts := &promptsPathOptions{IO: f.IO, Factory: f}
	return &cobra.Command{
		Use:   "path [NAME]",
		Short: "Print the folder for your prompt overrides (or one template's override file)",
		Example: `  amends prompts path
  mkdir -p "$(amends prompts path)"`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: completeNames(promptNames(f)),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Name = args[0]
			}
			return runOr(cmd, runF, promptsPathRun, opts)
		},
	}
}

type promptsOverrideOptions struct {
	IO      *iostreams.IOStreams
	Factory *Factory
	Name    string
	Force   bool
}

func newCmdPromptsOverride(f *Factory, runF func(context.Context, *promptsOverrideOptions) error) *cobra.Command {
	opts := &promptsOverrideOptions{IO: f.IO, Factory: f}
	cmd := &cobra.Command{
		Use:   "override NAME",
		Short: "Write your own copy of a prompt template to edit, and print its path",
		Example: `  amends prompts override partner
  "$EDITOR" "$(amends prompts override coach)"`,
		Args:              oneName("name", promptNames(f)),
		ValidArgsFunction: completeNames(promptNames(f)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Name = args[0]
			return runOr(cmd, runF, promptsOverrideRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, "replace your existing copy with the built-in")
	return cmd
}

func promptsOverrideRun(_ context.Context, opts *promptsOverrideOptions) error {
	set, err := opts.Factory.Prompts()
	if err != nil {
		return err
	}
	text, err := set.Builtin(opts.Name)
	if err != nil {
		return err
	}
	path := set.OverridePath(opts.Name)
	if err := writeUserFile(path, text, opts.Force); err != nil {
		return err
	}
	fmt.Fprintln(opts.IO.ErrOut, opts.IO.ErrStyles().Dim("Your copy of the built-in; edit it, or delete it to go back."))
	_, err = fmt.Fprintln(opts.IO.Out, path)
	return err
}

func promptsPathRun(_ context.Context, opts *promptsPathOptions) error {
	set, err := opts.Factory.Prompts()
	if err != nil {
		return err
	}
	if opts.Name == "" {
		_, err = fmt.Fprintln(opts.IO.Out, set.Dir())
		return err
	}
	if _, _, err := set.Source(opts.Name); err != nil {
		return err
	}
	_, err = fmt.Fprintln(opts.IO.Out, set.OverridePath(opts.Name))
	return err
}
