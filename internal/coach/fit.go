package coach

import (
	"context"

	"github.com/amends-cli/amends/internal/llm"
)

// Every coach call goes through the model's call path (llm.Caller): its
// prompt is built for the budget the call is given, so that it fits the
// model's context with room for the reply. A template NAME has a compact
// variant NAME-compact for small contexts; a prompt that shows a
// transcript can also leave out its oldest turns.

// keepFull is how many of the latest turns the full template must keep; on
// a context too small for that, the compact one is used.
const keepFull = 6

// fitPrompt returns the prompt for tmpl that fits b: the full template
// with every turn when it fits, else with the fewest of the oldest turns
// left out (keeping the last keepFull), else the compact template with the
// fewest turns left out. turns is how many turns render can leave out
// (0 for a prompt without a transcript). When nothing fits, it returns a
// *llm.ContextError with what the smallest prompt needs.
func fitPrompt(b llm.Budget, tmpl string, turns int, render func(name string, drop int) (string, error)) (string, error) {
	fits := func(p string) bool { return b.Fits(userPrompt(p)) }
	tries := []struct {
		name    string
		maxDrop int
	}{{tmpl, max(0, turns-keepFull)}, {tmpl + "-compact", turns}}
	var smallest string
	for _, try := range tries {
		p, ok, err := fewestDropped(try.maxDrop, func(d int) (string, error) { return render(try.name, d) }, fits)
		if err != nil {
			return "", err
		}
		if ok {
			return p, nil
		}
		smallest = p
	}
	return "", &llm.ContextError{
		Kind: b.Kind, NumCtx: b.NumCtx, ModelContext: b.ModelContext,
		Need: b.Tokens.Messages(userPrompt(smallest)) + b.Reply,
	}
}

// fewestDropped finds the smallest drop in [0, maxDrop] whose prompt
// fits, by bisection (a prompt only shrinks as turns are left out). When
// none fits it returns the prompt with maxDrop and false.
func fewestDropped(maxDrop int, render func(int) (string, error), fits func(string) bool) (string, bool, error) {
	p, err := render(0)
	if err != nil || fits(p) {
		return p, err == nil, err
	}
	last, err := render(maxDrop)
	if err != nil || maxDrop == 0 || !fits(last) {
		return last, false, err
	}
	lo, hi, best := 0, maxDrop, last // render(lo) does not fit, render(hi) does
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		p, err := render(mid)
		if err != nil {
			return "", false, err
		}
		if fits(p) {
			hi, best = mid, p
		} else {
			lo = mid
		}
	}
	return best, true, nil
}

func userPrompt(p string) []llm.Message { return []llm.Message{{Role: "user", Content: p}} }

// ask runs one call: build makes the request for the budget the call
// path gives it.
func ask(ctx context.Context, c llm.Caller, kind llm.Kind, model string, build func(llm.Budget) (llm.ChatRequest, error), onToken func(string)) (llm.ChatResult, error) {
	return c.Call(ctx, llm.Call{Kind: kind, Model: model, Build: build, OnToken: onToken})
}
