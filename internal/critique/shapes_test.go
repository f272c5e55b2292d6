package critique

import "testing"

// The shapes issue 12 names, each as a whole draft.
func TestShapes(t *testing.T) {
	good := []string{
		"I'm sorry I lied when you asked if I'd read your messages. I had read them. From now on if I've seen something I'll say so.",
		"I said I'd help you move, but I didn't show up. That's on me. Next time I'll tell you the day before if I can't make it.",
		"That was on me. I read your messages without asking. I won't go through your phone again, and I'll tell you when I'm feeling insecure.",
		"Mocking your job in front of your parents was cruel, and I'm sorry. I'll tell them myself that I was out of line.",
		"I was wrong to read your messages, and I'm sorry. I won't pretend I was too busy to think. Could I take you to lunch on Saturday and hear how it's been for you?",
	}
	for _, s := range good {
		r := Check(s, KindApology)
		if r.Score < 75 || hasSeverity(r, SevHigh) {
			t.Errorf("score %d, findings %v, want >= 75 with no high finding:\n%s", r.Score, r.Findings, s)
		}
	}
	credited := Check(good[2], KindApology)
	for _, el := range ElementNames(KindApology) {
		if !credited.Elements[el].Present {
			t.Errorf("%s not credited: %s", el, credited.Elements[el].Note)
		}
	}
	low := map[string]string{
		"I'm sorry I shouted. Talk to me or I'll tell everyone what you did.":        CatThreat,
		"I'm sorry I was late. I'll be on time, provided you quit bringing it up.":   CatCondition,
		"If you don't reply by Friday, I'm done with you. Sorry I missed the party.": CatThreat,
		"Sorry for everything.":                       CatVague,
		"I'm sorry I yelled, but you kept pushing.":   CatBlame,
		"It was only a joke, I barely said anything.": CatMinimizing,
		"Had you told me earlier, I wouldn't have booked it. Sorry I booked the wrong weekend.": CatBlame,
		"sorry for whatever i did. so we're good, right?":                                       CatPressure,
	}
	for s, cat := range low {
		r := Check(s, KindApology)
		if !cats(r)[cat] || r.Score >= 70 {
			t.Errorf("want %s and a score under 70, got %v (%d):\n%s", cat, keys(cats(r)), r.Score, s)
		}
	}
	for _, s := range []string{"thanks so much?? i owe you one", "wait what time is dinner??"} {
		if cats(Check(s, KindReachOut))[CatDeadline] {
			t.Errorf("%q: a doubled question mark is not a deadline", s)
		}
	}
}

// A line of a conversation is not a whole apology.
func TestCheckLine(t *testing.T) {
	r := CheckLine("Hey Sam, can we talk?")
	if len(r.Findings) != 0 || r.Score < 70 {
		t.Errorf("an opening line drew %v (score %d)", r.Findings, r.Score)
	}
	if !cats(Check("Hey Sam, can we talk?", KindApology))[CatNoApology] {
		t.Error("as a whole draft it has no apology")
	}
	if !cats(CheckLine("I'm sorry if you were upset."))[CatConditional] {
		t.Error("a line's own defects are still found")
	}
	// A bare "I'm sorry." names nothing as a whole draft; as a line, the
	// next one may say what for.
	if cats(CheckLine("I'm sorry."))[CatVague] {
		t.Error("a bare apology line drew vague")
	}
	if !cats(Check("I'm sorry. It won't happen again.", KindApology))[CatVague] {
		t.Error("as a whole draft a bare apology names nothing")
	}
}

// A negation is scoped to its clause.
func TestNegationScope(t *testing.T) {
	if !cats(Check("Sorry about the group chat. I didn't think you'd take it so personally.", KindApology))[CatInvalidating] {
		t.Error("the defence inside \"I didn't think you'd ...\" is hidden")
	}
	if cats(Check("I'm sorry I laughed at you. I won't say it was just a joke.", KindApology))[CatMinimizing] {
		t.Error("\"I won't say it was just a joke\" disowns the minimiser")
	}
}

// Texting that drops its stops still has clauses.
func TestRunOnClauses(t *testing.T) {
	if !cats(Check("i didnt mean to upset u its just a joke", KindApology))[CatMinimizing] {
		t.Error("a minimiser after a run-on negation is hidden")
	}
	if cats(Check("I'm sorry I laughed. I won't say it's just a joke.", KindApology))[CatMinimizing] {
		t.Error("\"I won't say it's just a joke\" disowns it")
	}
}
