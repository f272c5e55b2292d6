package coach

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/llm"
	"github.com/amends-cli/amends/internal/practice"
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
	Chat    llm.Chatter
	Prompts *templates.Set
	Model   string
	NumCtx  int
	// Render shows a critique report as amends critique does; nil leaves
	// the text empty (the report still goes to the transcript).
	Render func(draft string, rep critique.Report) string
}

func (c *Practice) request(prompt string) llm.ChatRequest {
	t := Temperature
	return llm.ChatRequest{
		Model:    c.Model,
		Messages: []llm.Message{{Role: "user", Content: prompt}},
		Options:  llm.Options{NumCtx: c.NumCtx, Temperature: &t},
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
	prompt, err := c.Prompts.Render("coach", data)
	if err != nil {
		return "", err
	}
	res, err := c.Chat.Chat(ctx, c.request(prompt), nil)
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
// the model (the same Judge and fallback as amends critique, told about
// the scene).
func (c *Practice) Critique(ctx context.Context, s *practice.Session, line string) (string, any, error) {
	sc := s.Scenario()
	j := &Judge{
		Chat: c.Chat, Model: c.Model, Prompts: c.Prompts,
		Who: sc.Who, Relationship: sc.Relationship, What: sc.What,
	}
	rep, fallback, err := j.Review(ctx, line, critique.Check(line, critique.KindApology), false)
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
	prompt, err := c.Prompts.Render("debrief", templates.DebriefData{Scenario: s.Scenario(), Turns: templateTurns(s), Steps: stepProgress(d)})
	if err != nil {
		return fallback(err)
	}
	req := c.request(prompt)
	req.Format = templates.DebriefSchema()
	raw, err := c.Chat.ChatJSON(ctx, req)
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
