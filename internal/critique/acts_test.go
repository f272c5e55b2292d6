package critique

import "testing"

// Each act finder: drafts in which it must find an act, and near misses
// in which no finder may.
var actFinderCases = map[string]struct{ act, none []string }{
	"doing":   {[]string{"I was texting while driving the girls home.", "I was shouting at the kids in the car park."}, []string{"I was just asking for an update.", "I was thinking about you.", "I was talking about the council."}},
	"ours":    {[]string{"Sorry we blocked your drive with the skip.", "Sorry my dog dug up your tomatoes."}, []string{"Sorry we both felt it.", "My son realised."}},
	"the-one": {[]string{"I was the one who knocked it over.", "I'm the one that told her."}, []string{"I was the one who felt it.", "I'm the one who realized."}},
	"plain":   {[]string{"I shouted at you.", "I read your diary.", "I sang over your solo on Sunday.", "I quit ranked and left you 4v5.", "I said that about your weight.", "I missed our call this morning.", "I got so drunk at your 21st."}, []string{"I realized something.", "I felt awful.", "I missed our walks.", "I got so tired."}},
	"negated": {[]string{"I didn't call you back.", "I never told you the truth."}, []string{"I didn't do anything.", "I wasn't thinking."}},
	"perfect": {[]string{"I've been ignoring your calls.", "I have broken your trust."}, []string{"I've been thinking.", "I have done things."}},
	"state":   {[]string{"I was so rude to your mother.", "I was late again."}, []string{"I was there."}},
	"sorry-for": {
		[]string{
			"Sorry for shouting.", "Sorry for my comment about your job.", "Sorry for double-booking the boardroom.",
			"I'm sorry for what I said about Colin at the bar.", "sorry bout the remark at netball", "I feel awful about skipping your recital.", "I regret laughing at your poem.",
		},
		[]string{"Sorry for everything.", "Sorry for the whole thing.", "Sorry for what I said to you.", "Sorry about what I did.", "I regret everything."},
	},
	"should-have": {[]string{"I shouldn't have laughed at you.", "I should have called you back."}, []string{"I should have known.", "I should have done something."}},
	"of-me":       {[]string{"It was wrong of me to read your diary.", "That was unfair of me to say in front of them."}, []string{"It was kind of me to ask.", "That was wrong of them."}},
	"judged":      {[]string{"Mocking your job in front of your parents was cruel.", "My comment about your weight was out of line."}, []string{"The morning was awful.", "Everything was wrong."}},
}

// Each verb test: words after the verb that name an act, and words that do not.
var verbTestCases = map[string]struct{ act, none string }{
	"used":    {"your car without asking", "to call you"},
	"dropped": {"Aoife from the team", "the ball"},
	"said":    {"your work was sloppy", "some things"},
	"did":     {"the washing badly", "it"},
	"made":    {"fun of your accent", "a mistake"},
	"missed":  {"your birthday", "you"},
	"got":     {"into your shed", "home"},
	"went":    {"behind your back", "too far"},
	"took":    {"your car", "it too far"},
	"blew":    {"up at you", "it"},
	"let":     {"the dog out", "you down"},
	"treated": {"you like a child", "you"},
	"kept":    {"interrupting", "quiet"},
	"keep":    {"cancelling on you", "quiet"},
	"started": {"yelling", "work"},
	"began":   {"shouting", "to"},
	"had":     {"people over", "a think"},
}

func TestActFinders(t *testing.T) {
	for _, f := range actFinders {
		c, ok := actFinderCases[f.name]
		if !ok {
			t.Errorf("act finder %q has no cases", f.name)
			continue
		}
		for _, s := range c.act {
			if len(newDocBuilt(s).findActs()) == 0 {
				t.Errorf("%s: no act found in %q", f.name, s)
			}
		}
		for _, s := range c.none {
			if acts := newDocBuilt(s).findActs(); len(acts) > 0 {
				t.Errorf("%s: act found in %q", f.name, s)
			}
		}
	}
}

func TestVerbTests(t *testing.T) {
	for verb := range verbTests {
		c, ok := verbTestCases[verb]
		if !ok {
			t.Errorf("verb test %q has no cases", verb)
			continue
		}
		if !specificAct(verb, c.act) {
			t.Errorf("%s %s: not an act", verb, c.act)
		}
		if specificAct(verb, c.none) {
			t.Errorf("%s %s: taken for an act", verb, c.none)
		}
	}
}

func newDocBuilt(s string) *doc {
	build()
	return newDoc(s)
}
