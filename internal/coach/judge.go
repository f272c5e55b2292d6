package coach

import (
	"context"
	"fmt"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

// JSONChatter is what the model critique needs from the model server.
type JSONChatter interface {
	ChatJSON(ctx context.Context, req llm.ChatRequest) (string, error)
}

// Judge asks a model for its critique of a draft, through the critique
// prompt and its JSON schema, and merges the answer with the rules.
type Judge struct {
	Chat    JSONChatter
	Model   string
	Prompts *templates.Set
	// Temperature keeps the judgement steady from run to run; zero means
	// DefaultTemperature.
	Temperature float64
	// Who, Relationship and What describe the situation when known.
	Who, Relationship, What string
}

// DefaultTemperature is a low temperature for judging.
const DefaultTemperature = 0.2

// Critique returns the rules' report merged with the model's verdict. An
// unusable answer is retried once; after that the error says so and the
// rules' report is returned unchanged.
func (j *Judge) Critique(ctx context.Context, draft string, rules critique.Report) (critique.Report, error) {
	data := templates.CritiqueData{
		Kind: rules.Kind, Draft: draft, Findings: rules.Findings,
		Who: j.Who, Relationship: j.Relationship, What: j.What,
	}
	prompt, err := j.Prompts.Render("critique", data)
	if err != nil {
		return rules, err
	}
	schema, err := templates.CritiqueSchema(rules.Kind)
	if err != nil {
		return rules, err
	}
	temp := j.Temperature
	if temp == 0 {
		temp = DefaultTemperature
	}
	req := llm.ChatRequest{
		Model:    j.Model,
		Messages: []llm.Message{{Role: "user", Content: prompt}},
		Format:   schema,
		Options:  llm.Options{Temperature: &temp},
	}
	var lastErr error
	for attempt := 0; attempt < 2; attempt++ {
		raw, err := j.Chat.ChatJSON(ctx, req)
		if err != nil {
			return rules, err
		}
		v, err := critique.ParseVerdict(raw, rules.Kind, draft)
		if err == nil {
			return critique.Merge(rules, v, j.Model), nil
		}
		lastErr = err
	}
	return rules, fmt.Errorf("the model answered twice with something unusable (%v)", lastErr)
}
