package cli

import (
	"context"
	"strings"

	"github.com/spf13/cobra"

	"github.com/amends-cli/amends/guide"
	"github.com/amends-cli/amends/internal/iostreams"
)

type guideOptions struct {
	IO   *iostreams.IOStreams
	Slug string
	JSON bool
}

func newCmdGuide(f *Factory, runF func(context.Context, *guideOptions) error) *cobra.Command {
	opts := &guideOptions{IO: f.IO}
	cmd := &cobra.Command{
		Use:   "guide [STEP]",
		Short: "Read the steps: reflect, listen, apologise, forgive, reach out, trust, boundaries, let go",
		Long: `Read the guide to rebuilding a relationship after a falling out.

With no argument, list the steps in order. With a step's name, print it:
formatted on a terminal, plain Markdown when piped.

The guide is written in amends' own words from "` + guide.ArticleTitle + `"
and the research on apologies and reconciliation it cites.`,
		Example: `  amends guide
  amends guide apology
  amends guide reach-out | less
  amends guide --json | jq -r '.[].slug'`,
		Args: cobra.MaximumNArgs(1),
		// Completed on demand: listing the slugs parses every page, which
		// no other command should pay for at start-up.
		ValidArgsFunction: func(_ *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return guide.Slugs(), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.Slug = args[0]
			}
			return runOr(cmd, runF, guideRun, opts)
		},
	}
	cmd.Flags().BoolVar(&opts.JSON, "json", false, "print as JSON (the list, or one step with its body)")
	return cmd
}

// guideListItem is one step in `amends guide --json`.
type guideListItem struct {
	Order   int    `json:"order"`
	Slug    string `json:"slug"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
	Source  string `json:"source"`
}

func guideRun(_ context.Context, opts *guideOptions) error {
	if opts.Slug == "" {
		return guideList(opts)
	}
	t, err := guide.Get(strings.ToLower(strings.TrimSpace(opts.Slug)))
	if err != nil {
		return err // a *guide.NotFoundError is a usage error
	}
	if opts.JSON {
		return printJSON(opts.IO, t)
	}
	return viewGuideTopic(opts.IO, t.Markdown())
}

func guideList(opts *guideOptions) error {
	topics := guide.Topics()
	if opts.JSON {
		items := make([]guideListItem, len(topics))
		for i, t := range topics {
			items[i] = guideListItem{Order: t.Order, Slug: t.Slug, Title: t.Title, Summary: t.Summary, Source: t.Source}
		}
		return printJSON(opts.IO, items)
	}
	return viewGuideList(opts.IO, topics)
}
