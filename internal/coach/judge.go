package coach

import (
	"context"
	"errors"
	"fmt"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

// Judge asks a model for its critique of a draft, through the critique
// prompt and its JSON schema, and merges the answer with the rules.
type Judge struct {
	Chat    llm.Caller
	Model   string
	Prompts *templates.Set
	// Temperature keeps the judgement steady from run to run; zero means
	// judgeTemperature.
	Temperature float64
	// Who, Relationship and What describe the situation when known.
	Who, Relationship, What string

	usage *llm.Usage
}

// judgeTemperature is a low temperature for judging.
const judgeTemperature = 0.2

// Critique returns the rules' report merged with the model's verdict. An
// unusable answer is retried once; after that the error says so and the
// rules' report is returned unchanged.
func (j *Judge) Critique(ctx context.Context, draft string, rules critique.Report) (critique.Report, error) {
	data := templates.CritiqueData{
		Kind: rules.Kind, Draft: draft, Findings: rules.Findings,
		Who: j.Who, Relationship: j.Relationship, What: j.What,
	}
	schema, err := templates.CritiqueSchema(rules.Kind)
	if err != nil {
		return rules, err
	}
	temp := j.Temperature
	if temp == 0 {
		temp = judgeTemperature
	}
	build := func(b llm.Budget) (llm.ChatRequest, error) {
		prompt, err := fitPrompt(b, "critique", 0, func(name string, _ int) (string, error) {
			return j.Prompts.Render(name, data)
		})
		if err != nil {
			var ce *llm.ContextError
			if errors.As(err, &ce) {
				return llm.ChatRequest{}, &DraftTooLongError{Model: j.Model, Bytes: len(draft), Err: ce}
			}
			return llm.ChatRequest{}, err
		}
		return llm.ChatRequest{
			Kind:     llm.KindCritique,
			Model:    j.Model,
			Messages: userPrompt(prompt),
			Format:   schema,
			Options:  llm.Options{Temperature: &temp},
		}, nil
	}
	var lastErr error
	for attempt := 0; attempt < 2; attempt++ {
		res, err := ask(ctx, j.Chat, llm.KindCritique, j.Model, build, nil)
		j.usage = res.Usage()
		if err != nil {
			return rules, err
		}
		v, err := critique.ParseVerdict(res.Content, rules.Kind, draft)
		if err == nil {
			return critique.Merge(rules, v, j.Model), nil
		}
		lastErr = err
	}
	return rules, fmt.Errorf("the model answered twice with something unusable (%v)", lastErr)
}

// Usage is the token accounting of the judge's last reply (nil before one).
func (j *Judge) Usage() *llm.Usage { return j.usage }

// DraftTooLongError is a draft the model's context cannot hold even with
// the compact critique prompt. The rules still critique it.
type DraftTooLongError struct {
	Model string
	Bytes int
	Err   *llm.ContextError
}

func (e *DraftTooLongError) Error() string {
	return fmt.Sprintf("the draft (%d bytes) is too long for %s: the critique needs about %d tokens and the context holds %d; %s",
		e.Bytes, e.Model, e.Err.Need, e.Err.NumCtx, e.Err.Fix())
}

func (e *DraftTooLongError) Unwrap() error { return e.Err }
