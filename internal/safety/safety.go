// Package safety screens what the user writes for signs of danger:
// self-harm and suicide, physical and sexual violence, harm to children,
// threats and blackmail, coercive control, stalking, and the writer's own
// intent to hurt someone. On a concern the caller steps out: it sends
// nothing to the model, does not coach a reconciliation, and points to
// help (see StepOut).
//
// The screen reads text the way a person would, clause by clause, not as
// a list of phrases: the text is cut into sentences of normalised words
// (contractions and texting shorthand spelt out, so "kms", "dont wanna"
// and "ill make sure" read as "kill myself", "do not want to" and "I will
// make sure"); each rule is a frame (who does what to whom, with word
// classes for agents, victims, acts, body parts, means) and a match is
// then judged in its context: negated ("he never hit me"), hypothetical
// ("if he ever hit me I would leave"), counterfactual, fiction or sport,
// or an idiom ("my boss will kill me if this report is late" gives an
// everyday reason and no sign of danger). Rules of an everyday reading
// ("beat me at chess", "hit me up", "stabbed me in the back") claim their
// words first. It is deterministic, offline and explainable: every
// concern quotes the words that raised it. It is a prompt to pause and
// offer help, not a diagnosis; the user can always choose to carry on.
package safety

//go:generate go test -run TestKeysGenUpToDate -update .

import (
	"fmt"
	"slices"
	"strings"
)

// The kinds of concern, most urgent first (see Kinds).
const (
	SelfHarm  = "self-harm"
	Violence  = "violence"
	ChildHarm = "child-harm"
	Threat    = "threats"
	Intent    = "intent-to-harm"
	Stalking  = "stalking"
	Control   = "coercive-control"
)

// ordinary is the kind of the rules that claim words for an everyday
// reading ("hit me up", "beat me at chess"); it is never reported.
const ordinary = "ordinary"

// AllKinds lists the kinds in order of urgency.
var AllKinds = []string{SelfHarm, Violence, ChildHarm, Threat, Intent, Stalking, Control}

// Concern is one passage of the text that raised a concern.
type Concern struct {
	Kind  string `json:"kind"`  // one of AllKinds
	Quote string `json:"quote"` // text[Start:End]
	Start int    `json:"start"` // byte offsets into the screened text
	End   int    `json:"end"`
}

// Screen returns the passages of text that suggest danger, in order of
// position. The text is read sentence by sentence (see engine.go); within
// a passage claimed by several frames the earliest and longest wins, and
// a frame of everyday reading silences the concerns it overlaps.
func Screen(text string) []Concern { return screenWith(text, compiledRules, cueMatchers()) }

// screen is Screen with the rules rs.
func screen(text string, rs []compiled) []Concern {
	return screenWith(text, func() []compiled { return rs }, cueMatchers())
}

// screenWith is Screen with the rules from rules (asked for only when a
// sentence opens the frames) and the cues x.
func screenWith(text string, rules func() []compiled, x cueReader) []Concern {
	type found struct {
		c    Concern
		rank int // rule order: earlier rules win ties
	}
	var all []found
	ss := split(text)
	cues, gates := cueConcerns(text, ss, x)
	// The frames read only the sentences the cues or the model found
	// something in (see frameGate): most of an ordinary apology is never
	// matched against them.
	var rs []compiled
	for k, s := range ss {
		if !gates[k] {
			continue
		}
		if rs == nil {
			rs = rules()
		}
		for _, m := range screenSentence(s, rs) {
			start, end := s[m.i].start, s[m.j-1].end
			all = append(all, found{Concern{Kind: m.r.kind, Quote: text[start:end], Start: start, End: end}, m.r.order})
		}
	}
	// Where a frame has read a passage, its narrower quote stands and the
	// cue adds nothing.
	frames := len(all)
	for _, c := range cues {
		if c.Kind != ordinary && slices.ContainsFunc(all[:frames], func(f found) bool {
			return f.c.Kind != ordinary && c.Start < f.c.End && f.c.Start < c.End
		}) {
			continue
		}
		all = append(all, found{c, 1 << 30}) // after every frame
	}
	slices.SortStableFunc(all, func(a, b found) int {
		if a.c.Start != b.c.Start {
			return a.c.Start - b.c.Start
		}
		if a.c.End != b.c.End {
			return b.c.End - a.c.End
		}
		return a.rank - b.rank
	})
	// An everyday reading silences what it overlaps.
	var quiet [][2]int
	for _, f := range all {
		if f.c.Kind == ordinary {
			quiet = append(quiet, [2]int{f.c.Start, f.c.End})
		}
	}
	var out []Concern
	for _, f := range all {
		c := f.c
		if c.Kind == ordinary || slices.ContainsFunc(quiet, func(q [2]int) bool { return c.Start < q[1] && q[0] < c.End }) {
			continue
		}
		if n := len(out); n > 0 && c.Start < out[n-1].End {
			continue
		}
		out = append(out, c)
	}
	return out
}

// Kinds returns the distinct kinds among cs, most urgent first (the order
// of AllKinds).
func Kinds(cs []Concern) []string {
	var kinds []string
	for _, k := range AllKinds {
		if slices.ContainsFunc(cs, func(c Concern) bool { return c.Kind == k }) {
			kinds = append(kinds, k)
		}
	}
	return kinds
}

// Where says which command steps out, for the last lines of the message.
type Where int

const (
	// InPractice: the role-play is paused until the user types /continue.
	InPractice Where = iota
	// InCommand: a one-shot command (reach-out, reflect, critique) stops
	// instead of drafting, saving or scoring.
	InCommand
)

// Message is what the practice shows when Screen found something: it steps
// out of the role-play, says why reconciliation is not the goal here, and
// points to help. It returns "" when cs is empty. The practice stays paused
// until the user types /continue.
func Message(cs []Concern) string { return StepOut(cs, InPractice) }

// StepOut is the step-out message for where it is shown: the same words
// everywhere, with the last line saying what happens next.
func StepOut(cs []Concern, where Where) string {
	kinds := Kinds(cs)
	if len(kinds) == 0 {
		return ""
	}
	var about []string
	add := func(s string) {
		if !slices.Contains(about, s) {
			about = append(about, s)
		}
	}
	for _, k := range kinds {
		switch k {
		case SelfHarm:
			add("thoughts of harming yourself")
		case Violence, Threat:
			add("violence or threats")
		case ChildHarm:
			add("harm to a child")
		case Intent:
			add("wanting to hurt someone")
		case Stalking:
			add("being followed or watched")
		case Control:
			add("abuse or control")
		}
	}

	var b strings.Builder
	if where == InPractice {
		b.WriteString("Let's step out of the practice for a moment.\n\n")
	} else {
		b.WriteString("Let's step out of this for a moment.\n\n")
	}
	fmt.Fprintf(&b, "What you wrote mentions %s. When there is abuse, a threat, violence or a risk of self-harm, what matters is your safety, not making up. You don't owe anyone an apology, a conversation or any contact, and amends won't coach you towards reconciling here.\n\n", joinAnd(about))
	switch kinds[0] {
	case SelfHarm:
		b.WriteString("- If you are thinking about harming yourself, please talk to someone now: in the US, call or text 988; in the UK and Ireland, call Samaritans on 116 123; elsewhere, findahelpline.com lists free, confidential lines.\n")
		b.WriteString("- If you are in danger right now, call your local emergency number.\n")
	default:
		b.WriteString("- If you are in danger right now, call your local emergency number.\n")
		if slices.Contains(kinds, ChildHarm) {
			b.WriteString("- If a child is being hurt or is at risk, contact your local child protection service or the police.\n")
		}
		if slices.Contains(kinds, Intent) {
			b.WriteString("- If you feel you might hurt someone, put distance between you now and talk to someone you trust or a crisis line.\n")
		}
		b.WriteString("- If it's weighing on you, a crisis line will listen: in the US, call or text 988; in the UK and Ireland, Samaritans on 116 123; elsewhere, see findahelpline.com.\n")
	}
	b.WriteString("- `amends guide let-go` is about when it's time to let go, and how to do it safely.\n\n")
	if where == InPractice {
		b.WriteString("The practice is paused. It goes on only if you choose: type /continue to carry on, or /quit to stop here.")
	} else {
		b.WriteString("Nothing was sent to the model, and amends stops here.")
	}
	return b.String()
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	default:
		return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
	}
}
