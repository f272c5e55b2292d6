package coach

import (
	"strings"
	"testing"

	"github.com/amends-cli/amends/internal/critique"
)

// The offline openers must pass the reach-out rules they teach.
func TestOpenersPassTheRules(t *testing.T) {
	for _, o := range Openers("Sam") {
		if !strings.Contains(o, "Sam") {
			t.Errorf("opener does not name Sam: %q", o)
		}
		rep := critique.Check(o, critique.KindReachOut)
		for _, name := range critique.ElementNames(critique.KindReachOut) {
			if el := rep.Elements[name]; el == nil || !el.Present {
				t.Errorf("opener %q: %s missing (%+v)", o, name, el)
			}
		}
		if len(rep.Findings) > 0 {
			t.Errorf("opener %q: findings %+v", o, rep.Findings)
		}
	}
}

func TestFirstMessageRulesFromGuide(t *testing.T) {
	rules, err := FirstMessageRules()
	if err != nil {
		t.Fatal(err)
	}
	if len(rules) < 3 {
		t.Errorf("rules: %q", rules)
	}
	for _, r := range rules {
		if strings.HasPrefix(r, "-") || strings.Contains(r, "\n") {
			t.Errorf("rule not cleaned: %q", r)
		}
	}
}
