package coach

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/scenario"
	"github.com/amends-cli/amends/internal/templates"
)

// LineCheck runs the offline rule checker on one practice line; the
// session uses it for the instant nudge and the debrief.
func LineCheck(text string) practice.LineCheck { return practice.CheckLine(text) }

// Temperature keeps the practice coach steady.
const Temperature = 0.3

// Practice is the coach of a practice session: /hint, /critique and the
// debrief. It builds its own requests from the session's state and never
// changes the role-play history.
type Practice struct {
	Chat    llm.Caller
	Prompts *templates.Set
	Model   string
	// Render shows a critique report as amends critique does; nil leaves
	// the text empty (the report still goes to the transcript).
	Render func(draft string, rep critique.Report) string

	usage *llm.Usage
}

// Usage is the token accounting of the coach's last reply (nil when it
// had none).
func (c *Practice) Usage() *llm.Usage { return c.usage }

// build returns a Build for the call path: the prompt of tmpl fitted to
// the budget, leaving out the oldest of turns turns when needed.
func (c *Practice) build(kind llm.Kind, tmpl string, turns int, render func(name string, drop int) (string, error), format []byte) func(llm.Budget) (llm.ChatRequest, error) {
	t := Temperature
	return func(b llm.Budget) (llm.ChatRequest, error) {
		prompt, err := fitPrompt(b, tmpl, turns, render)
		if err != nil {
			return llm.ChatRequest{}, err
		}
		return llm.ChatRequest{
			Kind: kind, Model: c.Model, Messages: userPrompt(prompt), Format: format,
			Options: llm.Options{Temperature: &t},
		}, nil
	}
}

func templateTurns(s *practice.Session) []templates.Turn {
	var out []templates.Turn
	for _, t := range s.Turns() {
		switch t.Role {
		case practice.RoleUser:
			tt := templates.Turn{Role: templates.RoleUser, Text: t.Text}
			if t.Check != nil {
				tt.Findings = practice.LineFindings(*t.Check)
			}
			out = append(out, tt)
		case practice.RolePartner:
			out = append(out, templates.Turn{Role: templates.RolePartner, Text: t.Text, Interrupted: t.Interrupted})
		}
	}
	return out
}

func stepProgress(d practice.Debrief) []templates.StepProgress {
	var out []templates.StepProgress
	for _, st := range d.Steps {
		out = append(out, templates.StepProgress{Name: st.Key, Covered: st.Level >= practice.LevelPartly, Note: st.Note})
	}
	return out
}

// Hint asks the coach template for one next move.
func (c *Practice) Hint(ctx context.Context, s *practice.Session) (string, error) {
	data := templates.CoachData{Scenario: s.Scenario(), Turns: templateTurns(s), Steps: stepProgress(s.Debrief())}
	if last, ok := s.LastUserLine(); ok {
		data.LastLine = last
		data.Findings = practice.LineFindings(LineCheck(last))
	}
	turns := data.Turns
	render := func(name string, drop int) (string, error) {
		d := data
		d.Turns = turns[drop:]
		return c.Prompts.Render(name, d)
	}
	res, err := ask(ctx, c.Chat, llm.KindHint, c.Model, c.build(llm.KindHint, "coach", len(turns), render, nil), nil)
	c.usage = res.Usage()
	if err != nil && !(errors.Is(err, llm.ErrCutShort) && strings.TrimSpace(res.Content) != "") {
		// (Ollama ends a reply that keeps repeating a token with no
		// error; the hint up to there is still a hint.)
		return "", err
	}
	text := strings.TrimSpace(res.Content)
	if text == "" {
		return "", errors.New("the coach model gave an empty answer")
	}
	return text, nil
}

// Critique critiques a line with the rules and, when it answers usably,
// the model (the same Judge and fallback as amends critique, told about
// the scene).
func (c *Practice) Critique(ctx context.Context, s *practice.Session, line string) (string, any, error) {
	sc := s.Scenario()
	j := &Judge{
		Chat: c.Chat, Model: c.Model, Prompts: c.Prompts,
		Who: sc.Who, Relationship: sc.Relationship, What: sc.What,
	}
	rep, fallback, err := j.Review(ctx, line, critique.CheckLine(line), false)
	c.usage = j.Usage()
	if err != nil {
		return "", nil, err
	}
	var text string
	if fallback != nil {
		text = fmt.Sprintf("(The model's view is not available: %v. Rules only.)\n", fallback)
	}
	if c.Render != nil {
		text += c.Render(line, rep)
	}
	return text, rep, nil
}

// Debrief adds the model's notes to the rules' debrief, or says why not.
func (c *Practice) Debrief(ctx context.Context, s *practice.Session) (practice.Debrief, error) {
	d := s.Debrief()
	fallback := func(why error) (practice.Debrief, error) {
		d.Notice = fmt.Sprintf("The coach model's notes are not available (%v); this debrief uses the rule checks only.", why)
		return d, nil
	}
	data := templates.DebriefData{Scenario: s.Scenario(), Turns: templateTurns(s), Steps: stepProgress(d)}
	turns := data.Turns
	render := func(name string, drop int) (string, error) {
		dd := data
		dd.Turns = turns[drop:]
		return c.Prompts.Render(name, dd)
	}
	res, err := ask(ctx, c.Chat, llm.KindDebrief, c.Model, c.build(llm.KindDebrief, "debrief", len(turns), render, templates.DebriefSchema()), nil)
	c.usage = res.Usage()
	raw := res.Content
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return d, err
		}
		return fallback(err)
	}
	m, err := practice.ParseModelDebrief(raw)
	if err != nil {
		return fallback(err)
	}
	d.Merge(m)
	return d, nil
}

// CompactPersonas renders the partner's compact personas for small
// contexts, most detailed first: the scene as it is, then without its
// facts and wants (the scene's own words stay). See practice.PickPersona.
func CompactPersonas(prompts *templates.Set, sc scenario.Scenario) ([]string, error) {
	var out []string
	bare := sc
	bare.Facts, bare.Wants = nil, ""
	for _, s := range []scenario.Scenario{sc, bare} {
		p, err := prompts.Render("partner-compact", templates.PartnerData{Scenario: s})
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}
