package repl

import (
	"context"
	"strings"
	"testing"

	"github.com/muesli/reflow/ansi"

	"github.com/amends-cli/amends/internal/llm/ollamatest"
	"github.com/amends-cli/amends/internal/practice"
)

// wordyCoach gives long answers, and a debrief whose model part disagrees
// with the rules on some steps, so that every layout path is exercised.
type wordyCoach struct{ fakeCoach }

const longText = "Before you say sorry again, ask Sam what that evening was like for them, and then reflect back what you heard in your own words, without defending yourself or explaining why you were late."

func (wordyCoach) Hint(context.Context, *practice.Session) (string, error) {
	return longText, nil
}

func (wordyCoach) Debrief(_ context.Context, s *practice.Session) (practice.Debrief, error) {
	d := s.Debrief()
	m, err := practice.ParseModelDebrief(`{"summary":"` + longText + `","steps":{
		"listening":{"rating":0,"note":"` + longText + `"},
		"acknowledgment":{"rating":3,"note":"` + longText + `"},
		"no-pressure":{"rating":1,"note":"You asked them to decide tonight."}},
		"suggestions":["` + longText + `","Say the one thing you will do differently next time, and when.","Leave the pace to them."]}`)
	if err != nil {
		return d, err
	}
	d.Merge(m)
	return d, nil
}

// TestEveryLineFits checks that on a terminal 60 (and 40) columns wide
// everything a session prints fits: the intro, nudges, streamed replies,
// /help, /status, hints, the safety message and the debrief.
func TestEveryLineFits(t *testing.T) {
	for _, width := range []int{60, 40} {
		h := newHarness(t)
		h.ios.SetTTY(false, true, true)
		h.ios.SetWidth(width)
		h.coach = nil
		reply := strings.Fields("I waited for you all night at the restaurant, and you never came, not a text, not a call, nothing at all until the next afternoon, and then you acted as if it was nothing. https://example.com/a-link-far-too-long-to-fit-on-any-one-line-of-the-terminal")
		for i := range reply[1:] {
			reply[i+1] = " " + reply[i+1]
		}
		h.srv.Enqueue(ollamatest.Reply{Tokens: reply}, ollamatest.Reply{Tokens: reply})
		o := h.options(false)
		o.Coach = &wordyCoach{}
		h.in.WriteString("I'm sorry if you waited for me all evening at the restaurant, I really am.\n/help\n/status\n/hint\n/mood\nThat was my fault and I will call you before every plan from now on.\n/end\n")
		r := newRunner(o)
		r.interactive = true
		if err := r.finish(r.pipedLoop(context.Background())); err != nil {
			t.Fatal(err)
		}
		for name, out := range map[string]string{"stdout": h.out.String(), "stderr": h.errOut.String()} {
			// A carriage return starts the line again (the spinner).
			for i, l := range strings.FieldsFunc(out, func(r rune) bool { return r == '\n' || r == '\r' }) {
				if w := ansi.PrintableRuneWidth(l); w > width {
					t.Errorf("%d columns: %s line %d is %d wide: %q", width, name, i+1, w, l)
				}
			}
		}
		out := h.out.String()
		for _, want := range []string{"Sam: I waited", "/mood MOOD", "Coach model:", "(rule checks)", "Three things to try"} {
			if !strings.Contains(out, want) {
				t.Errorf("%d columns: output lacks %q:\n%s", width, want, out)
			}
		}
	}
}

// TestDebriefMarkdownIsAList: the transcript's debrief is Markdown that
// renders as a list, with both verdicts where they differ.
func TestDebriefMarkdownIsAList(t *testing.T) {
	h := newHarness(t)
	h.srv.Enqueue(ollamatest.Reply{Tokens: []string{"Fine."}})
	if err := h.run("How was it for you?\n", false, false); err != nil {
		t.Fatal(err)
	}
	d, _ := wordyCoach{}.Debrief(context.Background(), h.sess)
	md := DebriefMarkdown(d)
	items := 0
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "- **") {
			items++
		}
		if strings.HasPrefix(l, "  ") || strings.Contains(l, "|") {
			t.Errorf("line %q would render as code or a broken table", l)
		}
	}
	if items != len(d.Steps) {
		t.Errorf("%d list items for %d steps:\n%s", items, len(d.Steps), md)
	}
	if !strings.Contains(md, "*Coach model: 0/3 missing.*") {
		t.Errorf("the model's differing verdict is missing:\n%s", md)
	}
}
