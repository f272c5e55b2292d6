package coach

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/amends-cli/amends/guide"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/templates"
)

// errEmptyDraft is a draft the model left empty.
var errEmptyDraft = errors.New("the model returned an empty draft: try again, or use --offline for example openers")

// ReachOut drafts a first message to the person the user fell out with.
type ReachOut struct {
	Chat        llm.Caller
	Prompts     *templates.Set
	Model       string
	Temperature *float64

	usage *llm.Usage
}

// Usage is the token accounting of the last draft (nil when it had none).
func (r *ReachOut) Usage() *llm.Usage { return r.usage }

// Draft asks the model for a first message about the situation. Tokens
// go to onToken as they arrive (nil for none); the result is the whole
// draft, trimmed. A failed stream returns the server's error as it is.
func (r *ReachOut) Draft(ctx context.Context, about templates.ReachOutData, onToken func(string)) (string, error) {
	build := func(b llm.Budget) (llm.ChatRequest, error) {
		prompt, err := fitPrompt(b, "reachout", 0, func(name string, _ int) (string, error) {
			return r.Prompts.Render(name, about)
		})
		if err != nil {
			return llm.ChatRequest{}, err
		}
		return llm.ChatRequest{
			Kind: llm.KindReachOut, Model: r.Model, Messages: userPrompt(prompt),
			Options: llm.Options{Temperature: r.Temperature},
		}, nil
	}
	res, err := ask(ctx, r.Chat, llm.KindReachOut, r.Model, build, onToken)
	r.usage = res.Usage()
	if err != nil {
		return "", err
	}
	draft := strings.TrimSpace(res.Content)
	if draft == "" {
		return "", errEmptyDraft
	}
	return draft, nil
}

// Openers are three example first messages for who, used without a model:
// short, warm, an invitation they can decline, no pressure. Each passes
// the reach-out rules (see the tests).
func Openers(who string) []string {
	return []string{
		fmt.Sprintf("Hi %s, you have been on my mind, and I miss how easy it used to be to talk. Would you be open to catching up sometime? No pressure at all; take whatever time you need.", who),
		fmt.Sprintf("%s, you matter to me, and I'm sorry for my part in what happened between us. I'd love to talk whenever you're ready, and there's no rush to reply.", who),
		fmt.Sprintf("Hey %s, it's been a while and I'd like to make things right between us. Could we meet for a coffee when it suits you? Either way, I hope you're doing well.", who),
	}
}

// FirstMessageRules returns the guide's short rules of a first message,
// one per item, without the list markers.
func FirstMessageRules() ([]string, error) {
	sec, err := guide.Section("reach-out", "In short")
	if err != nil {
		return nil, err
	}
	var rules []string
	for _, line := range strings.Split(sec, "\n") {
		line = strings.TrimSpace(line)
		if item, ok := strings.CutPrefix(line, "- "); ok {
			rules = append(rules, item)
		} else if line != "" && len(rules) > 0 {
			rules[len(rules)-1] += " " + line
		}
	}
	return rules, nil
}
