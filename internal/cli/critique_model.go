package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

// withModel adds the model's judgement to a rules report. When the server
// is unreachable or the model is missing it says so in one line on stderr
// and returns the rules alone; --rewrite, which needs the model, fails.
func withModel(ctx context.Context, opts *critiqueOptions, draft string, rules critique.Report) (critique.Report, error) {
	client, cfg, err := opts.Factory.LLM()
	if err != nil {
		return rules, err
	}
	prompts, err := promptSet(opts.Factory)
	if err != nil {
		return rules, err
	}
	rep, err := modelCritique(ctx, opts.Factory, client, prompts, cfg.Model, draft, rules)
	if err == nil {
		return rep, nil
	}
	if errors.Is(err, context.Canceled) {
		return rules, err
	}
	var un *llm.UnreachableError
	var nf *llm.ModelNotFoundError
	if opts.Rewrite && (errors.As(err, &un) || errors.As(err, &nf)) {
		return rules, err
	}
	if opts.Rewrite {
		return rules, fmt.Errorf("no rewrite: %w", err)
	}
	notice := opts.IO.ErrStyles().Yellow("note:")
	fmt.Fprintf(opts.IO.ErrOut, "%s %v; showing the offline rules only (use --offline to skip the model)\n", notice, err)
	return rules, nil
}

// modelCritique asks the model for its view, with a spinner on a terminal.
func modelCritique(ctx context.Context, f *Factory, chat llm.Chatter, prompts *templates.Set, model, draft string, rules critique.Report) (critique.Report, error) {
	stop := startSpinner(f.IO, "asking "+model+" for its view")
	defer stop()
	j := &critique.Judge{Chat: chat, Model: model, Prompts: prompts, Temperature: critique.DefaultJudgeTemperature}
	return j.Critique(ctx, draft, rules)
}
