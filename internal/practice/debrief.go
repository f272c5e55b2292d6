package practice

import (
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/amends-cli/amends/internal/critique"
)

// The debrief rates the steps named in critique.Steps(), in that order.
var stepNames = map[string]string{
	critique.StepListening:      "Listening before apologising",
	critique.StepAcknowledgment: "Acknowledgment",
	critique.StepResponsibility: "Responsibility",
	critique.StepCommitment:     "Commitment",
	critique.StepNoPressure:     "No pressure",
	critique.StepBoundaries:     "Respecting boundaries",
}

// StepName is the display name of a step.
func StepName(key string) string { return stepNames[key] }

// Levels of a step rating.
const (
	LevelNotTested = -1
	LevelMissing   = 0
	LevelWeak      = 1
	LevelPartly    = 2
	LevelStrong    = 3
)

// LevelLabel words a level.
func LevelLabel(l int) string {
	switch l {
	case LevelStrong:
		return "strong"
	case LevelPartly:
		return "partly"
	case LevelWeak:
		return "weak"
	case LevelMissing:
		return "missing"
	}
	return "not tested"
}

// Step is the rating of one step of the conversation. Level, Label, Note
// and Evidence are one verdict: the rule checks' alone, or the rule
// checks' and the coach model's when both give the same rating (the note
// is then the model's, which is specific to what was said). When the two
// disagree, the verdict is the rule checks' and Model holds the model's
// own, so that both are shown, each under its name.
type Step struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	Level    int    `json:"level"`
	Label    string `json:"label"`
	Evidence string `json:"evidence,omitempty"`
	Note     string `json:"note,omitempty"`
	// By says whose verdict this is: "rules", or "rules+model" when the
	// model agreed.
	By string `json:"by"`
	// Model is the coach model's differing verdict (nil when it agreed or
	// gave none).
	Model *ModelRating `json:"model,omitempty"`
}

// ModelRating is the coach model's verdict on a step.
type ModelRating struct {
	Level int    `json:"level"`
	Label string `json:"label"`
	Note  string `json:"note,omitempty"`
}

// QuotedLine is a user line picked out by the debrief.
type QuotedLine struct {
	Turn  int    `json:"turn"` // 1-based number among the user's lines
	Text  string `json:"text"`
	Score int    `json:"score"`
}

// Debrief is the end-of-session summary.
type Debrief struct {
	Who         string      `json:"who"`
	Turns       int         `json:"turns"`
	Scores      []int       `json:"scores"`
	Steps       []Step      `json:"steps"`
	Best        *QuotedLine `json:"best,omitempty"`
	Weakest     *QuotedLine `json:"weakest,omitempty"`
	Suggestions []string    `json:"suggestions"`
	Summary     string      `json:"summary,omitempty"`
	// Source is "rules" or "rules+model".
	Source string `json:"source"`
	// Notice explains a fallback to the rules only.
	Notice string `json:"notice,omitempty"`
}

// Partner lines that set a boundary: time, space, or a no.
var boundaryRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(need (some )?(time|space)|not ready|i can'?t do this|don'?t want to (talk|do this|see)|leave me alone|i need you to stop|stop (texting|calling|pushing)|not now|give me (some )?(time|space)|i'?m done|no\.|i'?d rather not)\b`)
})

// User lines that push past a boundary.
var pushRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(come on|why not|please just|can'?t we just|you have to|you need to|just (tell|give|let) me|but i\b|how long)\b`)
})

type userLine struct {
	turn  int
	idx   int
	text  string
	check *LineCheck
	score int
}

func (s *Session) userLines() []userLine {
	var out []userLine
	for i, t := range s.turns {
		if t.Role == RoleUser {
			out = append(out, userLine{turn: len(out) + 1, idx: i, text: t.Text, check: t.Check, score: TurnScore(t.Text, t.Check)})
		}
	}
	return out
}

// Debrief computes the rule-based debrief: each step rated from the rule
// checks, the per-turn scores, the best and weakest lines and three
// suggestions. It is deterministic.
func (s *Session) Debrief() Debrief {
	lines := s.userLines()
	d := Debrief{Who: s.cfg.Scenario.Who, Turns: len(lines), Scores: []int{}, Source: "rules"}
	for _, l := range lines {
		d.Scores = append(d.Scores, l.score)
	}
	d.Steps = []Step{
		s.rateListening(lines),
		rateElement(critique.StepAcknowledgment, critique.ElemAcknowledgment, lines),
		rateElement(critique.StepResponsibility, critique.ElemResponsibility, lines),
		rateElement(critique.StepCommitment, critique.ElemCommitment, lines),
		ratePressure(lines),
		s.rateBoundaries(),
	}
	for i := range d.Steps {
		d.Steps[i].Name = StepName(d.Steps[i].Key)
		d.Steps[i].Label = LevelLabel(d.Steps[i].Level)
		d.Steps[i].By = "rules"
	}
	if len(lines) > 0 {
		best, worst := lines[0], lines[0]
		for _, l := range lines[1:] {
			if l.score > best.score {
				best = l
			}
			if l.score < worst.score {
				worst = l
			}
		}
		d.Best = &QuotedLine{Turn: best.turn, Text: best.text, Score: best.score}
		if worst.score < best.score && worst.check != nil && hasProblem(*worst.check) {
			d.Weakest = &QuotedLine{Turn: worst.turn, Text: worst.text, Score: worst.score}
		}
	}
	d.Suggestions = ruleSuggestions(d.Steps, lines)
	return d
}

// hasProblem: a line with a medium or high finding; a good line is never
// called the weakest.
func hasProblem(c LineCheck) bool {
	for _, f := range LineFindings(c) {
		if critique.SeverityRank(f.Severity) >= 2 {
			return true
		}
	}
	return false
}

func (s *Session) rateListening(lines []userLine) Step {
	st := Step{Key: critique.StepListening, Level: LevelNotTested}
	if len(lines) == 0 {
		return st
	}
	firstApology := -1
	for i, l := range lines {
		if IsApology(l.text) {
			firstApology = i
			break
		}
	}
	before, first := -1, -1
	for i, l := range lines {
		if IsListening(l.text) {
			if first < 0 {
				first = i
			}
			if firstApology < 0 || i < firstApology {
				before = i
				break
			}
		}
	}
	switch {
	case before >= 0:
		st.Level, st.Evidence = LevelStrong, lines[before].text
		st.Note = "You asked or reflected before you apologised."
	case first >= 0:
		st.Level, st.Evidence = LevelPartly, lines[first].text
		st.Note = "You listened, but only after apologising; asking first lets them feel heard."
	default:
		st.Level = LevelMissing
		st.Note = "You did not ask a question or reflect back what they said."
	}
	return st
}

// rateElement rates one apology element over the conversation. A line
// that undercuts the element counts once, however many findings it has;
// lines before the element is first shown clearly count as a slip the
// person recovered from, not against the step.
func rateElement(key, elem string, lines []userLine) Step {
	st := Step{Key: key, Level: LevelNotTested}
	if len(lines) == 0 {
		return st
	}
	present := -1
	var bad []critique.Finding // the first undercutting finding of each line after present
	recovered := 0
	for i, l := range lines {
		if l.check == nil {
			continue
		}
		if present < 0 && l.check.Elements[elem] {
			present = i
		}
		f := undercut(elem, *l.check)
		switch {
		case f == nil:
		case present < 0:
			recovered++
			bad = append(bad, *f)
		case i > present || !l.check.Elements[elem]:
			bad = append(bad, *f)
		}
	}
	if present >= 0 {
		bad = bad[recovered:]
	}
	switch {
	case present >= 0 && len(bad) == 0:
		st.Level, st.Evidence = LevelStrong, lines[present].text
		st.Note = "Clear, and not undercut anywhere."
		if recovered > 0 {
			st.Note = "Clear; you recovered from an earlier slip."
		}
	case present >= 0 && len(bad) == 1:
		st.Level, st.Evidence = LevelPartly, lines[present].text
		st.Note = fmt.Sprintf("There, but undercut once (%s: %q).", bad[0].Category, bad[0].Quote)
	case present >= 0:
		st.Level, st.Evidence = LevelWeak, lines[present].text
		st.Note = fmt.Sprintf("There, but undercut in %d lines (first %s: %q).", len(bad), bad[0].Category, bad[0].Quote)
	case len(bad) > 0:
		st.Level, st.Evidence = LevelMissing, bad[0].Quote
		st.Note = fmt.Sprintf("Not there, and %s got in the way.", bad[0].Category)
	default:
		st.Level = LevelMissing
		st.Note = "Not there yet."
	}
	return st
}

// undercut returns the first medium or high finding of a line that
// withholds elem, or nil.
func undercut(elem string, c LineCheck) *critique.Finding {
	for _, f := range LineFindings(c) {
		if critique.Pushes(f.Category) || critique.SeverityRank(f.Severity) < 2 {
			continue
		}
		if f.Element == elem || slices.Contains(critique.Withholds(f.Category), elem) {
			return &f
		}
	}
	return nil
}

// ratePressure rates "no pressure" by the lines that push: each counts
// once. One line is too little to rate it strong.
func ratePressure(lines []userLine) Step {
	st := Step{Key: critique.StepNoPressure, Level: LevelNotTested}
	if len(lines) == 0 {
		return st
	}
	var hits []critique.Finding
	for _, l := range lines {
		if l.check == nil {
			continue
		}
		for _, f := range l.check.Findings {
			if critique.Pushes(f.Category) {
				hits = append(hits, f)
				break
			}
		}
	}
	switch {
	case len(hits) == 0 && len(lines) == 1:
		st.Level, st.Note = LevelPartly, "No pushing in your one line; a longer conversation would show more."
	case len(hits) == 0:
		st.Level, st.Note = LevelStrong, "You left the pace and the next step to them."
	case len(hits) == 1:
		st.Level, st.Evidence = LevelWeak, hits[0].Quote
		st.Note = "Once you pushed for a quick answer or forgiveness."
	default:
		st.Level, st.Evidence = LevelMissing, hits[0].Quote
		st.Note = fmt.Sprintf("You pushed in %d lines for an answer or forgiveness.", len(hits))
	}
	return st
}

func (s *Session) rateBoundaries() Step {
	st := Step{Key: critique.StepBoundaries, Level: LevelNotTested, Note: fmt.Sprintf("%s did not ask for time or say no, so this was not tested.", s.cfg.Scenario.Who)}
	set, kept := 0, 0
	var broke string
	for i, t := range s.turns {
		if t.Role != RolePartner || !boundaryRE().MatchString(t.Text) {
			continue
		}
		// The user's next line.
		for _, n := range s.turns[i+1:] {
			if n.Role != RoleUser {
				continue
			}
			set++
			pushed := pushRE().MatchString(n.Text)
			if n.Check != nil {
				for _, f := range n.Check.Findings {
					if critique.Pushes(f.Category) {
						pushed = true
					}
				}
			}
			if pushed {
				if broke == "" {
					broke = n.Text
				}
			} else {
				kept++
			}
			break
		}
	}
	switch {
	case set == 0:
	case kept == set:
		st.Level, st.Note = LevelStrong, "When they asked for time or said no, you accepted it."
	case kept > 0:
		st.Level, st.Evidence, st.Note = LevelWeak, broke, "Sometimes you pushed past a limit they set."
	default:
		st.Level, st.Evidence, st.Note = LevelMissing, broke, "You pushed past the limit they set."
	}
	return st
}

var stepSuggestion = map[string]string{
	critique.StepListening:      "Before apologising, ask one open question or reflect what they said: \"It sounds like that left you feeling ... - is that right?\"",
	critique.StepAcknowledgment: "Name the specific thing you did and what it did to them: \"I'm sorry I ..., and that it left you ...\"",
	critique.StepResponsibility: "Own your part with no \"but\", no excuse and no mention of their share: \"That was my doing.\"",
	critique.StepCommitment:     "Offer one concrete, checkable change or repair: \"From now on I will ...\"",
	critique.StepNoPressure:     "Leave the pace to them: \"Take whatever time you need; I'm not going anywhere.\"",
	critique.StepBoundaries:     "When they ask for time or say no, accept it in one line and stop there: \"Okay. Thank you for telling me.\"",
}

var fallbackSuggestions = []string{
	"Practise the same scene again with --difficulty hard (or /mood defensive), and keep your first line to what you did and its effect.",
	"Write your opening in full first (amends critique), then rehearse it here with --opening.",
	"Plan one specific thing you will do differently, and say it out loud before the real conversation.",
}

func ruleSuggestions(steps []Step, lines []userLine) []string {
	var out []string
	add := func(s string) {
		if s != "" && !slices.Contains(out, s) && len(out) < 3 {
			out = append(out, s)
		}
	}
	if len(lines) == 0 {
		for _, s := range fallbackSuggestions {
			add(s)
		}
		return out
	}
	ranked := slices.Clone(steps)
	slices.SortStableFunc(ranked, func(a, b Step) int { return a.Level - b.Level })
	for _, st := range ranked {
		if st.Level >= LevelMissing && st.Level < LevelStrong {
			add(stepSuggestion[st.Key])
		}
	}
	// Then the fix of the most frequent finding.
	count := map[string]int{}
	fix := map[string]string{}
	var order []string
	for _, l := range lines {
		if l.check == nil {
			continue
		}
		for _, f := range LineFindings(*l.check) {
			if count[f.Category] == 0 {
				order = append(order, f.Category)
				fix[f.Category] = f.Suggestion
			}
			count[f.Category]++
		}
	}
	slices.SortStableFunc(order, func(a, b string) int { return count[b] - count[a] })
	for _, c := range order {
		add(fix[c])
	}
	for _, s := range fallbackSuggestions {
		add(s)
	}
	return out
}

// ModelDebrief is the coach model's part of the debrief. Its JSON shape is
// the debrief template's answer (through templates.DebriefSchema): {"steps": {"listening": {"rating": 0-3,
// "note": "..."}, ...}, "best_line", "weakest_line", "suggestions",
// "summary"}.
type ModelDebrief struct {
	Steps map[string]struct {
		Rating int    `json:"rating"`
		Note   string `json:"note"`
	} `json:"steps"`
	Suggestions []string `json:"suggestions"`
	Summary     string   `json:"summary"`
}

// ParseModelDebrief decodes and checks the model's debrief. It fails when
// the reply is not the asked-for JSON or says nothing usable.
func ParseModelDebrief(raw string) (ModelDebrief, error) {
	var m ModelDebrief
	dec := json.NewDecoder(strings.NewReader(strings.TrimSpace(raw)))
	if err := dec.Decode(&m); err != nil {
		return m, fmt.Errorf("the coach's reply is not valid JSON: %w", err)
	}
	var sugg []string
	for _, s := range m.Suggestions {
		if s = strings.TrimSpace(s); s != "" {
			sugg = append(sugg, s)
		}
	}
	m.Suggestions = sugg
	m.Summary = strings.TrimSpace(m.Summary)
	known := 0
	for k, st := range m.Steps {
		if stepNames[k] != "" && strings.TrimSpace(st.Note) != "" {
			known++
		}
	}
	if len(sugg) == 0 && known == 0 && m.Summary == "" {
		return m, errors.New("the coach's reply has no notes or suggestions")
	}
	return m, nil
}

// Merge adds the coach model's part to the rule-based debrief, so that
// the two never contradict each other on one line. For each step the
// model rated: when its rating is the rules' rating, the step keeps that
// one verdict with the model's note; when they differ, the step keeps the
// rules' verdict (rating, note and quoted line agree with one another) and
// carries the model's as Model, to be shown beside it under its own name.
// The model's summary and suggestions come first, topped up from the rules.
func (d *Debrief) Merge(m ModelDebrief) {
	d.Source = "rules+model"
	d.Summary = m.Summary
	for i := range d.Steps {
		st := &d.Steps[i]
		ms, ok := m.Steps[st.Key]
		if !ok || ms.Rating < LevelMissing || ms.Rating > LevelStrong {
			continue
		}
		note := strings.TrimSpace(ms.Note)
		if ms.Rating == st.Level {
			st.By = "rules+model"
			if note != "" {
				st.Note = note
			}
			continue
		}
		st.Model = &ModelRating{Level: ms.Rating, Label: LevelLabel(ms.Rating), Note: note}
	}
	var out []string
	for _, s := range append(slices.Clone(m.Suggestions), d.Suggestions...) {
		if len(out) < 3 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	d.Suggestions = out
}

// Disagreements counts the steps where the rules and the model differ.
func (d Debrief) Disagreements() int {
	n := 0
	for _, st := range d.Steps {
		if st.Model != nil {
			n++
		}
	}
	return n
}

// Sparkline draws scores (0-100) as ▁▂▃▄▅▆▇█.
func Sparkline(scores []int) string {
	const bars = "▁▂▃▄▅▆▇█"
	r := []rune(bars)
	var b strings.Builder
	for _, s := range scores {
		s = min(max(s, 0), 100)
		b.WriteRune(r[s*len(r)/101])
	}
	return b.String()
}
