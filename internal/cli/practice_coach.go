package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/practice"
	"github.com/amends-cli/amends/internal/templates"
)

// lineCheck runs the offline rule checker on one practice line.
func lineCheck(text string) practice.LineCheck {
	rep := critique.Check(text, critique.KindApology)
	c := practice.LineCheck{Score: rep.Score, Elements: map[string]bool{}}
	for name, el := range rep.Elements {
		if el != nil && el.Present {
			c.Elements[name] = true
		}
	}
	for _, f := range rep.Findings {
		c.Findings = append(c.Findings, practice.Finding{
			Category: f.Category, Element: f.Element, Severity: f.Severity, Start: f.Start,
			Quote: f.Quote, Message: f.Message, Suggestion: f.Suggestion,
		})
	}
	return c
}

// coachTemperature keeps the coach steady.
const coachTemperature = 0.3

// practiceCoach makes the coach's model calls. It builds its own requests
// from the session's state and never changes the role-play history.
type practiceCoach struct {
	chat    llm.Chatter
	prompts *templates.Set
	model   string
	numCtx  int
	// render shows a critique report as amends critique does.
	render func(draft string, rep critique.Report) string
}

func (c *practiceCoach) request(prompt string) llm.ChatRequest {
	t := coachTemperature
	return llm.ChatRequest{
		Model:    c.model,
		Messages: []llm.Message{{Role: "user", Content: prompt}},
		Options:  llm.Options{NumCtx: c.numCtx, Temperature: &t},
	}
}

func templateTurns(s *practice.Session) []templates.Turn {
	var out []templates.Turn
	for _, t := range s.Turns() {
		switch t.Role {
		case practice.RoleUser:
			tt := templates.Turn{Role: templates.RoleUser, Text: t.Text}
			if t.Check != nil {
				tt.Findings = templateFindings(practice.LineFindings(*t.Check))
			}
			out = append(out, tt)
		case practice.RolePartner:
			out = append(out, templates.Turn{Role: templates.RolePartner, Text: t.Text, Interrupted: t.Interrupted})
		}
	}
	return out
}

func templateFindings(fs []practice.Finding) []templates.Finding {
	var out []templates.Finding
	for _, f := range fs {
		out = append(out, templates.Finding{Category: f.Category, Element: f.Element, Severity: f.Severity, Quote: f.Quote, Message: f.Message, Suggestion: f.Suggestion})
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
func (c *practiceCoach) Hint(ctx context.Context, s *practice.Session) (string, error) {
	data := templates.CoachData{Scenario: s.Scenario(), Turns: templateTurns(s), Steps: stepProgress(s.Debrief())}
	if last, ok := s.LastUserLine(); ok {
		data.LastLine = last
		data.Findings = templateFindings(practice.LineFindings(lineCheck(last)))
	}
	prompt, err := c.prompts.Render("coach", data)
	if err != nil {
		return "", err
	}
	res, err := c.chat.Chat(ctx, c.request(prompt), nil)
	if err != nil {
		return "", err
	}
	text := strings.TrimSpace(res.Content)
	if text == "" {
		return "", errors.New("the coach model gave an empty answer")
	}
	return text, nil
}

// Critique critiques a line with the rules and, when it answers usably,
// the model (as amends critique does).
func (c *practiceCoach) Critique(ctx context.Context, s *practice.Session, line string) (string, any, error) {
	rules := critique.Check(line, critique.KindApology)
	rep := rules
	var notice string
	merged, err := c.modelCritique(ctx, s, line, rules)
	switch {
	case err == nil:
		rep = merged
	case errors.Is(err, context.Canceled):
		return "", nil, err
	default:
		notice = fmt.Sprintf("(The model's view is not available: %v. Rules only.)\n", err)
	}
	text := notice
	if c.render != nil {
		text += c.render(line, rep)
	}
	return text, rep, nil
}

func (c *practiceCoach) modelCritique(ctx context.Context, s *practice.Session, line string, rules critique.Report) (critique.Report, error) {
	sc := s.Scenario()
	j := &critique.Judge{
		Chat: c.chat, Model: c.model, Prompts: c.prompts, Temperature: critique.DefaultJudgeTemperature,
		Who: sc.Who, Relationship: sc.Relationship, What: sc.What,
	}
	return j.Critique(ctx, line, rules)
}

// Debrief adds the model's notes to the rules' debrief, or says why not.
func (c *practiceCoach) Debrief(ctx context.Context, s *practice.Session) (practice.Debrief, error) {
	d := s.Debrief()
	fallback := func(why error) (practice.Debrief, error) {
		d.Notice = fmt.Sprintf("The coach model's notes are not available (%v); this debrief uses the rule checks only.", why)
		return d, nil
	}
	prompt, err := c.prompts.Render("debrief", templates.DebriefData{Scenario: s.Scenario(), Turns: templateTurns(s), Steps: stepProgress(d)})
	if err != nil {
		return fallback(err)
	}
	req := c.request(prompt)
	req.Format = templates.DebriefSchema()
	raw, err := c.chat.ChatJSON(ctx, req)
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

// critiqueRenderer renders a critique report as amends critique does, into
// a string.
func critiqueRenderer(f *Factory) func(string, critique.Report) string {
	return func(draft string, rep critique.Report) string {
		var buf bytes.Buffer
		ios := *f.IO
		ios.Out = &buf
		renderCritique(&ios, draft, rep)
		return buf.String()
	}
}
