package templates

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/amends-cli/amends/internal/critique"
	"github.com/amends-cli/amends/internal/scenario"
)

// Problem is a prompt override (or a scene) that will not load: where it
// is and what is wrong, one line.
type Problem struct {
	Path string
	Line int // 0 when the problem is not tied to a line
	Msg  string
}

func (p Problem) String() string {
	if p.Line > 0 {
		return p.Path + ", line " + strconv.Itoa(p.Line) + ": " + p.Msg
	}
	return p.Path + ": " + p.Msg
}

// CheckOverrides parses every prompt override and renders it with sample
// data of the shape the commands give it, the way practice, critique and
// reach-out will load it, and returns each problem. Built-in prompts are
// tested with the code; only the user's files are checked here.
func (s *Set) CheckOverrides() []Problem {
	var out []Problem
	for _, name := range s.overrideNames() {
		path := s.OverridePath(name)
		if _, err := s.Render(name, SampleData(name, scenario.Scenario{})); err != nil {
			out = append(out, problemOf(path, err))
		}
	}
	return out
}

// CheckScene renders the partner prompts with a scene, as practice does
// before the first line; it returns the problem, if any, for the scene's
// file (path).
func (s *Set) CheckScene(path string, sc scenario.Scenario) *Problem {
	for _, name := range []string{"partner", "partner-compact"} {
		if _, err := s.Render(name, PartnerData{Scenario: sc}); err != nil {
			p := problemOf(path, err)
			var oe *OverrideError
			if errors.As(err, &oe) {
				p = problemOf(oe.Path, err)
			}
			p.Msg = "the " + name + " prompt cannot be rendered with this scene: " + p.Msg
			return &p
		}
	}
	return nil
}

// SampleData is a value of the data type the named prompt is rendered
// with, built from sc (a built-in scene when sc has no Who).
func SampleData(name string, sc scenario.Scenario) any {
	if sc.Who == "" {
		if b, err := scenario.Builtin().Get("missed-birthday"); err == nil {
			sc = b
		}
	}
	turns := []Turn{
		{Role: RoleUser, Text: "I'm sorry I missed your dinner."},
		{Role: RolePartner, Text: "I waited all evening."},
	}
	switch strings.TrimSuffix(baseName(name), "-compact") {
	case "partner":
		return PartnerData{Scenario: sc, UserName: "Chris"}
	case "coach":
		return CoachData{Scenario: sc, Turns: turns, LastLine: turns[0].Text}
	case "debrief":
		return DebriefData{Scenario: sc, Turns: turns}
	case "critique":
		return CritiqueData{Kind: critique.KindApology, Draft: turns[0].Text, Who: sc.Who}
	case "reachout":
		return ReachOutData{Who: sc.Who, What: sc.What}
	}
	return nil
}

// templateLineRE finds the line in a text/template error
// ("template: NAME:LINE:COL: ..." or "template: NAME:LINE: ...").
var templateLineRE = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`template: [^:]*:(\d+):(?:\d+:)? ?`) })

func problemOf(path string, err error) Problem {
	msg := err.Error()
	var oe *OverrideError
	if errors.As(err, &oe) {
		msg = oe.Err.Error()
	}
	p := Problem{Path: path, Msg: msg}
	if m := templateLineRE().FindStringSubmatchIndex(msg); m != nil {
		p.Line, _ = strconv.Atoi(msg[m[2]:m[3]])
		p.Msg = strings.TrimSpace(msg[m[1]:])
	}
	if i := strings.IndexByte(p.Msg, '\n'); i >= 0 {
		p.Msg = p.Msg[:i]
	}
	return p
}
