package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/usage"
)

// The user's own copies of prompts and scenarios: written by amends from
// the built-in (never by a shell redirect that truncates the file before
// it is read), never over an existing file without --force.

// writeUserFile writes data to path, creating its folder (private), and
// refuses to replace a file unless force.
func writeUserFile(path, data string, force bool) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("create %s: %w", filepath.Dir(path), err)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return usage.Errorf("%s exists; edit it, or add --force to replace it with a fresh copy", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.WriteString(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// oneName is the argument rule of a command that takes exactly one NAME:
// a missing or extra argument says so in words, with what to type.
func oneName(what string, names func() []string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		switch {
		case len(args) == 1:
			return nil
		case len(args) == 0:
			msg := fmt.Sprintf("%s needs a %s: amends %s %s", cmd.CommandPath(), what, strings.TrimPrefix(cmd.CommandPath(), "amends "), strings.ToUpper(what))
			if names != nil {
				if ns := names(); len(ns) > 0 {
					msg += " (one of " + strings.Join(ns, ", ") + ")"
				}
			}
			return usage.Errorf("%s", msg)
		default:
			return usage.Errorf("%s takes one %s, not %d (quote a name with spaces)", cmd.CommandPath(), what, len(args))
		}
	}
}

// completeNames completes the first argument from names.
func completeNames(names func() []string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
		if len(args) > 0 {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return names(), cobra.ShellCompDirectiveNoFileComp
	}
}

// scenarioNames lists the scenarios for completion and help; built-ins
// only when the user's folder cannot be read.
func scenarioNames(f *Factory) func() []string {
	return func() []string {
		if cfg, err := f.Config(); err == nil {
			if c, err := scenario.Load(scenariosDir(cfg)); err == nil {
				return c.Names()
			}
		}
		return scenario.Builtin().Names()
	}
}

// promptNames lists the prompt templates.
func promptNames(f *Factory) func() []string {
	return func() []string {
		set, err := f.Prompts()
		if err != nil {
			return nil
		}
		return set.Names()
	}
}

// completeEnums registers completion for the enumerated flags a command has.
func completeEnums(cmd *cobra.Command, f *Factory) {
	enums := map[string][]string{
		"relationship": scenario.Relationships,
		"mood":         scenario.Moods,
		"difficulty":   scenario.Difficulties,
	}
	for name, values := range enums {
		if cmd.Flags().Lookup(name) != nil {
			_ = cmd.RegisterFlagCompletionFunc(name, cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp))
		}
	}
	if cmd.Flags().Lookup("scenario") != nil {
		_ = cmd.RegisterFlagCompletionFunc("scenario", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return scenarioNames(f)(), cobra.ShellCompDirectiveNoFileComp
		})
	}
}

// saveDraft writes the draft to a new private file; an existing file is
// never overwritten (it may be something the user wrote).
func saveDraft(path, draft string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return usage.Errorf("-o %s: the file exists; choose another name or move it away", path)
	}
	if err != nil {
		return fmt.Errorf("-o: %w", err)
	}
	if _, err := f.WriteString(strings.TrimRight(draft, "\n") + "\n"); err != nil {
		f.Close()
		return fmt.Errorf("-o %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("-o %s: %w", path, err)
	}
	return nil
}
