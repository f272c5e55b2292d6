package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

// judgeTemperature keeps the model's critique steady from run to run.
const judgeTemperature = 0.2

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

// modelCritique asks the model through the critique prompt and JSON schema,
// validates its answer (one retry), and merges it with the rules.
func modelCritique(ctx context.Context, f *Factory, chat llm.Chatter, prompts *templates.Set, model, draft string, rules critique.Report) (critique.Report, error) {
	data := templates.CritiqueData{Kind: string(rules.Kind), Draft: draft}
	for _, fd := range rules.Findings {
		data.Findings = append(data.Findings, templates.Finding{
			Category: fd.Category, Element: fd.Element, Severity: fd.Severity,
			Quote: fd.Quote, Message: fd.Message, Suggestion: fd.Suggestion,
		})
	}
	prompt, err := prompts.Render("critique", data)
	if err != nil {
		return rules, err
	}
	schema, err := templates.CritiqueSchema(string(rules.Kind))
	if err != nil {
		return rules, err
	}
	temp := judgeTemperature
	req := llm.ChatRequest{
		Model:    model,
		Messages: []llm.Message{{Role: "user", Content: prompt}},
		Format:   schema,
		Options:  llm.Options{Temperature: &temp},
	}
	stop := startSpinner(f.IO, "asking "+model+" for its view")
	defer stop()
	var lastErr error
	for attempt := 0; attempt < 2; attempt++ {
		raw, err := chat.ChatJSON(ctx, req)
		if err != nil {
			return rules, err
		}
		v, err := critique.ParseVerdict(raw, rules.Kind, draft)
		if err == nil {
			return critique.Merge(rules, v, model), nil
		}
		lastErr = err
	}
	return rules, fmt.Errorf("the model answered twice with something unusable (%v)", lastErr)
}
